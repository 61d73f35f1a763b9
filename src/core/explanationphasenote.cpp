// SPDX-License-Identifier: GPL-3.0-or-later
// The wording of a phase bracket's note, and the teardown and SYN-retry sentences it shares with
// the row notes (explanationnote.cpp).
#include "explanationnote.h"

#include "explanationwords.h"

namespace tcpladder::core {

namespace words {

namespace {

// Only what the measured waits show: Linux >= 6.5 retries SYNs at a fixed interval first.
std::string backoff(const Words &w, Backoff pattern)
{
    switch (pattern) {
    case Backoff::Regular:
        return w(TCPLADDER_TRANSLATE_NOOP("Explanation", "The waits are all the same length."));
    case Backoff::Doubling:
        return w(TCPLADDER_TRANSLATE_NOOP("Explanation", "Each wait is twice the one before: exponential back-off."));
    case Backoff::RegularThenDoubling:
        return w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                          "The first waits are the same length, then each wait is twice the one "
                                          "before."));
    case Backoff::Irregular:
    case Backoff::None:
        break;
    }
    return {};
}

// Why the SYN went again: no answer at all, or answers that never reached the sender.
std::string synUnanswered(const Words &w, const Explanation &e)
{
    if (e.unreceived == 0)
        return e.side == Side::Client
            ? w(TCPLADDER_TRANSLATE_NOOP("Explanation", "No SYN-ACK came back from the server."))
            : w(TCPLADDER_TRANSLATE_NOOP("Explanation", "No SYN-ACK came back from the client."));
    return e.side == Side::Client
        ? w(TCPLADDER_TRANSLATE_N_NOOP("Explanation",
                                       "The server did answer: %n SYN-ACK(s) appear in the capture, but none reached "
                                       "the client, which kept resending its SYN."),
            {}, e.unreceived)
        : w(TCPLADDER_TRANSLATE_N_NOOP("Explanation",
                                       "The client did answer: %n SYN-ACK(s) appear in the capture, but none reached "
                                       "the server, which kept resending its SYN."),
            {}, e.unreceived);
}

std::string countedTeardown(const Words &w, const Explanation &e)
{
    return e.side == Side::Client
        ? w(TCPLADDER_TRANSLATE_NOOP(
                "Explanation",
                "Teardown in %1 segments: the client sent FIN, the server ACKed it, later sent its "
                "own FIN, and the client ACKed that. Each direction is closed separately."),
            {num(static_cast<std::uint64_t>(e.count))})
        : w(TCPLADDER_TRANSLATE_NOOP(
                "Explanation",
                "Teardown in %1 segments: the server sent FIN, the client ACKed it, later sent its "
                "own FIN, and the server ACKed that. Each direction is closed separately."),
            {num(static_cast<std::uint64_t>(e.count))});
}

} // namespace

std::string finAckMerged(const Words &w, const Explanation &e)
{
    return e.side == Side::Client
        ? w(TCPLADDER_TRANSLATE_NOOP(
                "Explanation",
                "Frame %1: the server had its ACK of the client's FIN waiting (delayed ACK) when it "
                "closed too, so the ACK rode on its own FIN: one segment instead of two (Ack=%2)."),
            {num(e.frame), num(e.ack)})
        : w(TCPLADDER_TRANSLATE_NOOP(
                "Explanation",
                "Frame %1: the client had its ACK of the server's FIN waiting (delayed ACK) when it "
                "closed too, so the ACK rode on its own FIN: one segment instead of two (Ack=%2)."),
            {num(e.frame), num(e.ack)});
}

Paragraphs synRetries(const Words &w, const Explanation &e, const std::string &head)
{
    Paragraphs out{head, synUnanswered(w, e)};
    if (std::string pattern = backoff(w, e.backoff); !pattern.empty())
        out.push_back(std::move(pattern));
    return out;
}

std::string resetBytes(const Words &w, const Explanation &e)
{
    return e.afterFin ? w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                   "Before it the client had sent %1 bytes and the server %2 bytes, "
                                                   "and a FIN had already been sent: the reset cut the close short."),
                          {num(e.clientBytes), num(e.serverBytes)})
                      : w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                   "Before it the client had sent %1 bytes and the server %2 bytes; "
                                                   "data not yet acknowledged may be lost."),
                          {num(e.clientBytes), num(e.serverBytes)});
}

// The teardown in one line (a row's note) or in full (the phase bracket's note).
Paragraphs teardown(const Words &w, const Explanation &e, bool full)
{
    Paragraphs out;
    const std::string closer = who(w, e.side);
    const auto firstFin = [&] {
        return w(TCPLADDER_TRANSLATE_NOOP("Explanation", "Teardown: %1 sent the first FIN."), {closer});
    };
    const auto oneFin = [&] {
        return w(TCPLADDER_TRANSLATE_NOOP("Explanation", "Only one FIN was seen: the other direction is still open."));
    };
    switch (e.kind) {
    case ExplanationKind::ThreeSegmentTeardown:
        out.push_back(e.side == Side::Client
                          ? w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                       "Teardown in 3 segments: the client sent FIN; the server's ACK "
                                                       "of it and the server's own FIN travelled together; then the "
                                                       "client's last ACK."))
                          : w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                       "Teardown in 3 segments: the server sent FIN; the client's ACK "
                                                       "of it and the client's own FIN travelled together; then the "
                                                       "server's last ACK.")));
        if (full)
            out.push_back(finAckMerged(w, e));
        break;
    case ExplanationKind::HalfClose:
        out.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                 "Half-close: %1 sent its FIN but the other side kept sending — %2 "
                                                 "bytes after the first FIN. A FIN closes only one direction."),
                        {closer, num(e.bytes)}));
        if (full && !e.bothFins)
            out.push_back(oneFin());
        else if (full && e.count > 0)
            out.push_back(countedTeardown(w, e));
        break;
    case ExplanationKind::SimultaneousClose:
        out.push_back(
            w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                       "Simultaneous close: both sides sent a FIN before the other's arrived, "
                                       "so both went through CLOSING and both end in TIME_WAIT.")));
        return out;
    default:
        if (!e.bothFins) {
            out.push_back(firstFin());
            out.push_back(oneFin());
        } else if (e.count > 0) {
            out.push_back(countedTeardown(w, e));
        } else {
            out.push_back(firstFin());
        }
        break;
    }
    if (full)
        out.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation", "%1 closed first, so it is the one left in TIME_WAIT."),
                        {closer}));
    return out;
}

} // namespace words

namespace {

using namespace words;

std::string phaseName(const Words &w, Phase phase)
{
    switch (phase) {
    case Phase::Handshake:
        return w(TCPLADDER_TRANSLATE_NOOP("Explanation", "Handshake"));
    case Phase::Data:
        return w(TCPLADDER_TRANSLATE_NOOP("Explanation", "Data"));
    case Phase::Teardown:
        return w(TCPLADDER_TRANSLATE_NOOP("Explanation", "Teardown"));
    case Phase::Reset:
        return w(TCPLADDER_TRANSLATE_NOOP("Explanation", "Reset"));
    }
    return {};
}

void append(Paragraphs &to, Paragraphs from)
{
    for (std::string &p : from)
        to.push_back(std::move(p));
}

} // namespace

ExplanationNote explanationNoteForPhase(const ConnectionLadder &l, Phase phase, std::uint32_t first, std::uint32_t last,
                                        const LadderTranslate &translate)
{
    ExplanationNote note;
    if (l.rows.empty() || first > last || last >= l.rows.size())
        return note;
    const Words w(translate);
    const std::string firstFrame = num(l.rows[first].segment.frame);
    const std::string lastFrame = num(l.rows[last].segment.frame);
    const Explanation e = explainPhase(l, phase);
    note.title = phaseName(w, phase);
    Paragraphs &out = note.paragraphs;
    switch (e.kind) {
    case ExplanationKind::HandshakeComplete: {
        const bool clientOpened = e.side == Side::Client;
        out.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                 "Frames %1–%2: the three-way handshake. The client's SYN (raw ISN "
                                                 "%3), the server's SYN-ACK (raw ISN %4), the client's ACK. It took "
                                                 "%5."),
                        {firstFrame, lastFrame, num(clientOpened ? e.rawIsn : e.peerIsn),
                         num(clientOpened ? e.peerIsn : e.rawIsn), milliseconds(w, e.rttNs)}));
        break;
    }
    case ExplanationKind::SynRetransmission:
        append(out,
               synRetries(
                   w, e,
                   w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                              "Frames %1–%2: %3 sent its SYN %4 times, waiting %5 between "
                                              "the tries."),
                     {firstFrame, lastFrame, who(w, e.side), num(static_cast<std::uint64_t>(e.count)), waits(w, e)})));
        break;
    case ExplanationKind::DataTransfer:
        out.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                 "Frames %1–%2: %3 bytes from the client and %4 bytes from the server, "
                                                 "each acknowledged by the other side."),
                        {firstFrame, lastFrame, num(e.clientBytes), num(e.serverBytes)}));
        if (e.count > 0)
            out.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                     "Retransmissions: %1 segments were sent again and are not "
                                                     "counted twice."),
                            {num(static_cast<std::uint64_t>(e.count))}));
        break;
    case ExplanationKind::RstAfterData:
        out.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                 "Frame %1: %2 reset the connection (RST). Whatever follows is not a "
                                                 "normal close."),
                        {num(e.frame), who(w, e.side)}));
        out.push_back(resetBytes(w, e));
        break;
    case ExplanationKind::FourSegmentTeardown:
    case ExplanationKind::ThreeSegmentTeardown:
    case ExplanationKind::HalfClose:
    case ExplanationKind::SimultaneousClose:
        append(out, teardown(w, e, true));
        break;
    default: // a handshake the capture holds only part of: say what its row would
        append(out, explanationParagraphs(l, e.row && *e.row < l.rows.size() ? *e.row : first, e, translate));
        break;
    }
    capitalize(note.paragraphs);
    return note;
}

std::vector<PhaseSpan> phaseSpans(const ConnectionLadder &ladder)
{
    std::vector<PhaseSpan> spans;
    for (std::uint32_t r = 0; r < ladder.rows.size(); ++r) {
        const Phase phase = ladder.rows[r].analysis.phase;
        if (spans.empty() || spans.back().phase != phase)
            spans.push_back({phase, r, r});
        else
            spans.back().lastRow = r;
    }
    return spans;
}

} // namespace tcpladder::core
