// SPDX-License-Identifier: GPL-3.0-or-later
// The wording of a row's note. Texts are marked for lupdate in context "Explanation", so the pane,
// the JSON and the text ladder share one catalogue.
#include "explanationnote.h"

#include "explanationwords.h"
#include "tcpflags.h"

#include <cstdio>

namespace tcpladder::core {

namespace words {

std::string num(std::uint64_t value)
{
    return std::to_string(value);
}

std::string who(const Words &w, Side side)
{
    return side == Side::Client ? w(TCPLADDER_TRANSLATE_NOOP("Explanation", "the client"))
                                : w(TCPLADDER_TRANSLATE_NOOP("Explanation", "the server"));
}

std::string otherSide(const Words &w, Side side)
{
    return who(w, peerOf(side));
}

namespace {

std::string decimal(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

} // namespace

std::string milliseconds(const Words &w, std::int64_t ns)
{
    return w(TCPLADDER_TRANSLATE_NOOP("Explanation", "%1 ms"), {decimal(static_cast<double>(ns) / 1e6)});
}

std::string waits(const Words &w, const Explanation &e)
{
    std::string out;
    for (const std::int64_t ns : e.intervalsNs) {
        if (!out.empty())
            out += ", ";
        out += w(TCPLADDER_TRANSLATE_NOOP("Explanation", "%1 s"), {decimal(static_cast<double>(ns) / 1e9)});
    }
    return out;
}

void capitalize(Paragraphs &paragraphs)
{
    for (std::string &p : paragraphs)
        if (!p.empty() && p[0] >= 'a' && p[0] <= 'z')
            p[0] = static_cast<char>(p[0] - 'a' + 'A');
}

} // namespace words

namespace {

using namespace words;

const Segment *segmentOfFrame(const ConnectionLadder &l, std::uint32_t frame)
{
    for (const StreamRow &r : l.rows)
        if (r.segment.frame == frame)
            return &r.segment;
    return nullptr;
}

std::string synOpens(const Words &w, const Explanation &e)
{
    return w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                      "%1 opens the connection. Its SYN shows Seq=0 because sequence numbers are shown "
                                      "relative to its initial sequence number (ISN); the raw ISN it chose is %2."),
             {who(w, e.side), num(e.rawIsn)});
}

std::string refused(const Words &w, const Explanation &e)
{
    return w(
        TCPLADDER_TRANSLATE_NOOP("Explanation",
                                 "Connection refused: %1 answered the SYN (frame %2) with a reset. Nothing listens "
                                 "on port %3, so the connection never opened."),
        {who(w, e.side), num(e.frame), num(e.port)});
}

// What asked for a retransmission, as the capture shows it: duplicate ACKs, else a timer.
std::string retransmissionCause(const Words &w, const Explanation &e)
{
    if (e.count > 0)
        return w(TCPLADDER_TRANSLATE_N_NOOP("Explanation",
                                            "%1 had sent %n duplicate ACK(s) asking for Seq=%2, so %3 resent it "
                                            "without waiting for its timer: a fast retransmission."),
                 {otherSide(w, e.side), num(e.relativeSeq), who(w, e.side)}, e.count);
    if (e.waitNs > 0)
        return w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                          "No duplicate ACK asked for it: no acknowledgement came within %1 of the "
                                          "previous copy, so %2's retransmission timer fired."),
                 {milliseconds(w, e.waitNs), who(w, e.side)});
    return w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                      "No duplicate ACK asked for it in this capture, so %1's retransmission timer "
                                      "fired."),
             {who(w, e.side)});
}

Paragraphs finSent(const Words &w, const Explanation &e)
{
    const std::string state(toString(e.state));
    Paragraphs out;
    if (e.count == 1)
        out.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                 "%1 closes first: its FIN says “I will send no more data” and takes "
                                                 "one sequence number, %2. It moves to %3, and it will be the side "
                                                 "that waits in TIME_WAIT."),
                        {who(w, e.side), num(e.ack - 1), state}));
    else
        out.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                 "%1 closes its direction too: its FIN takes sequence number %2. It "
                                                 "is now in %3."),
                        {who(w, e.side), num(e.ack - 1), state}));
    // With data on board, Seq= in the header is the data's first byte; the FIN comes after the data.
    if (e.bytes > 0)
        out.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                 "The FIN rides on %1 bytes of data that start at Seq=%2, and it "
                                                 "takes the number after them: %2 + %1 = %3. That is why %4 answers "
                                                 "it with Ack=%5."),
                        {num(e.bytes), num(e.relativeSeq), num(e.ack - 1), otherSide(w, e.side), num(e.ack)}));
    return out;
}

Paragraphs resetAfterData(const Words &w, const ConnectionLadder &l, const Explanation &e)
{
    const Segment *before = e.precedingFrame ? segmentOfFrame(l, e.precedingFrame) : nullptr;
    const std::string after = before ? w(TCPLADDER_TRANSLATE_NOOP("Explanation", "after frame %1 ([%2] from %3)"),
                                         {num(before->frame), flagsToString(before->flags), who(w, senderOf(*before))})
                                     : w(TCPLADDER_TRANSLATE_NOOP("Explanation", "as the first segment seen"));
    return {w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                       "%1 aborts the connection with a reset, %2. No FIN handshake follows: both ends "
                                       "forget the connection at once and unread data is thrown away."),
              {who(w, e.side), after}),
            resetBytes(w, e)};
}

Paragraphs synRetransmission(const Words &w, const Segment &s, const Explanation &e)
{
    if (s.has(FlagAck))
        return {w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                           "This is retransmission %1 of the SYN-ACK: no ACK reached %3, so it waited "
                                           "and sent it again. Waits so far: %2."),
                  {num(static_cast<std::uint64_t>(e.count - 1)), waits(w, e), who(w, e.side)})};
    Paragraphs out{synOpens(w, e)};
    for (std::string &p :
         synRetries(w, e,
                    w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                               "This is retransmission %1 of the SYN: %3 waited and sent it again. "
                                               "Waits so far: %2."),
                      {num(static_cast<std::uint64_t>(e.count - 1)), waits(w, e), who(w, e.side)})))
        out.push_back(std::move(p));
    return out;
}

Paragraphs rowParagraphs(const Words &w, const ConnectionLadder &l, std::size_t row, const Explanation &e)
{
    const Segment &s = l.rows[row].segment;
    switch (e.kind) {
    case ExplanationKind::SynRelativeSeq:
        return {synOpens(w, e)};
    case ExplanationKind::SynAckAck:
        return {
            w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                       "%1 accepts. Ack=1 acknowledges the SYN: a SYN occupies one sequence number, "
                                       "so the next byte expected is ISN + 1 = %2 (relative 1). Its own Seq=0 "
                                       "stands for its raw ISN %3."),
              {who(w, e.side), num(e.rawAck), num(e.rawIsn)})};
    case ExplanationKind::SynRetransmission:
        return synRetransmission(w, s, e);
    case ExplanationKind::HandshakeComplete:
        return {w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                           "The third segment of the handshake: %1 acknowledges the SYN-ACK (Ack=%2, "
                                           "%5's ISN %3 + %2). Both ends are now ESTABLISHED and data can flow. From "
                                           "the first SYN to this ACK took %4: the round-trip time seen at this "
                                           "capture point."),
                  {who(w, e.side), num(e.ack), num(e.peerIsn), milliseconds(w, e.rttNs), otherSide(w, e.side)})};
    case ExplanationKind::RstRefused:
        return {refused(w, e)};
    case ExplanationKind::RstAfterData:
        return resetAfterData(w, l, e);
    case ExplanationKind::FinSent:
        return finSent(w, e);
    case ExplanationKind::NotReceived: {
        const std::string repeat = "[" + flagsToString(e.flags) + "]";
        return {e.side == Side::Client
                    ? w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                 "This segment never reached the server: the server sent %1 again "
                                                 "afterwards (frame %2), which it would not have done had this "
                                                 "segment arrived."),
                        {repeat, num(e.frame)})
                    : w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                 "This segment never reached the client: the client sent %1 again "
                                                 "afterwards (frame %2), which it would not have done had this "
                                                 "segment arrived."),
                        {repeat, num(e.frame)})};
    }
    case ExplanationKind::DataSegment:
        return {
            w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                       "%1 sends %2 bytes of data, relative bytes %3 to %4. When %6 has them all, "
                                       "its Ack will say %5."),
              {who(w, e.side), num(e.bytes), num(e.relativeSeq), num(e.ack - 1), num(e.ack), otherSide(w, e.side)})};
    case ExplanationKind::Acknowledgement:
        return {w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                           "%1 acknowledges: Ack=%2 means “I have every byte before %2 from %3”."),
                  {who(w, e.side), num(e.ack), otherSide(w, e.side)})};
    case ExplanationKind::Retransmission:
        return {e.frame ? w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                     "This segment is a retransmission: the same %1 bytes at Seq=%2 "
                                                     "were first sent in frame %3."),
                            {num(e.bytes), num(e.relativeSeq), num(e.frame)})
                        : w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                     "This segment is a retransmission: the same %1 bytes at Seq=%2 "
                                                     "were sent before the capture point saw them."),
                            {num(e.bytes), num(e.relativeSeq)}),
                retransmissionCause(w, e)};
    case ExplanationKind::DuplicateAck:
        return {w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                           "Duplicate ACK #%1 of frame %2: %3 repeats Ack=%4 because a later segment "
                                           "arrived while the bytes at %4 are still missing. Three duplicates make the "
                                           "sender retransmit at once (fast retransmit)."),
                  {num(static_cast<std::uint64_t>(e.count)), num(e.frame), who(w, e.side), num(e.ack)})};
    case ExplanationKind::ZeroWindow:
        return {w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                           "%1 advertises a zero window: its receive buffer is full, so %2 must stop "
                                           "sending until the window opens again."),
                  {who(w, e.side), otherSide(w, e.side)})};
    case ExplanationKind::ThreeSegmentTeardown:
        if (e.row == row)
            return {finAckMerged(w, e)};
        return teardown(w, e, false);
    case ExplanationKind::FourSegmentTeardown:
    case ExplanationKind::HalfClose:
    case ExplanationKind::SimultaneousClose:
        return teardown(w, e, false);
    case ExplanationKind::TimeWait:
        if (senderOf(s) == e.side)
            return {w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                               "%1 is now in TIME_WAIT: it closed first, so it keeps the connection's "
                                               "ports for 2×MSL in case this last ACK is lost and %2's FIN comes "
                                               "again."),
                      {who(w, e.side), otherSide(w, e.side)})};
        return {w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                           "This FIN puts %1 in TIME_WAIT: it closed first, so it keeps the "
                                           "connection's ports for 2×MSL in case its last ACK is lost and this FIN "
                                           "comes again."),
                  {who(w, e.side)})};
    case ExplanationKind::DataTransfer:
        break; // a phase's summary, never a row's (explainRow does not return it)
    }
    return {};
}

} // namespace

std::string ExplanationNote::text() const
{
    std::string out;
    for (const std::string &p : paragraphs) {
        if (!out.empty())
            out += '\n';
        out += p;
    }
    return out;
}

std::vector<std::string> explanationParagraphs(const ConnectionLadder &ladder, std::size_t row, const Explanation &e,
                                               const LadderTranslate &translate)
{
    if (row >= ladder.rows.size())
        return {};
    const Words w(translate);
    Paragraphs out = rowParagraphs(w, ladder, row, e);
    capitalize(out);
    return out;
}

ExplanationNote explanationNoteForRow(const ConnectionLadder &ladder, std::size_t row, const LadderTranslate &translate)
{
    ExplanationNote note;
    if (row >= ladder.rows.size())
        return note;
    const Words w(translate);
    const Segment &s = ladder.rows[row].segment;
    note.title = w(TCPLADDER_TRANSLATE_NOOP("Explanation", "Frame %1: [%2] from %3"),
                   {num(s.frame), flagsToString(s.flags), who(w, senderOf(s))});
    for (const Explanation &e : explainRow(ladder, row))
        for (std::string &p : rowParagraphs(w, ladder, row, e))
            note.paragraphs.push_back(std::move(p));
    capitalize(note.paragraphs);
    return note;
}

} // namespace tcpladder::core
