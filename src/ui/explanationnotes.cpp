// SPDX-License-Identifier: GPL-3.0-or-later
// What the explanation pane says. The core decides what there is to say and with which numbers
// (core::explainRow / explainPhase); this file only words that data with tr(), so the English
// and Chinese notes and the CLI's English fallback can never disagree about a fact.
#include "explanationpane.h"

#include "explanation.h"
#include "tcpflags.h"

#include <QLocale>

namespace tcpladder::ui {

using namespace tcpladder::core;

namespace {

QString who(Side side)
{
    return side == Side::Client ? ExplanationPane::tr("the client") : ExplanationPane::tr("the server");
}

QString peerOf(Side side)
{
    return who(side == Side::Client ? Side::Server : Side::Client);
}

Side senderOf(const Segment &s)
{
    return s.direction == Direction::ClientToServer ? Side::Client : Side::Server;
}

QString seconds(std::int64_t ns)
{
    return ExplanationPane::tr("%1 s").arg(QLocale().toString(static_cast<double>(ns) / 1e9, 'f', 3));
}

QString milliseconds(std::int64_t ns)
{
    return ExplanationPane::tr("%1 ms").arg(QLocale().toString(static_cast<double>(ns) / 1e6, 'f', 3));
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

QString flagsOf(const Segment &s)
{
    return QString::fromStdString(flagsToString(s.flags));
}

const Segment *segmentOfFrame(const ConnectionLadder &l, std::uint32_t frame)
{
    for (const StreamRow &r : l.rows)
        if (r.segment.frame == frame)
            return &r.segment;
    return nullptr;
}

// e.side closed first; its peer's ACK rode on the peer's own FIN.
QString finAckMergedText(const Explanation &e)
{
    return e.side == Side::Client
        ? ExplanationPane::tr("Frame %1: the server had its ACK of the client's FIN waiting (delayed ACK) when it "
                              "closed too, so the ACK rode on its own FIN: one segment instead of two (Ack=%2).")
              .arg(e.frame).arg(e.ack)
        : ExplanationPane::tr("Frame %1: the client had its ACK of the server's FIN waiting (delayed ACK) when it "
                              "closed too, so the ACK rode on its own FIN: one segment instead of two (Ack=%2).")
              .arg(e.frame).arg(e.ack);
}

QString timeWaitText(const Explanation &e)
{
    return ExplanationPane::tr("%1 closed first, so it is the one left in TIME_WAIT.").arg(who(e.side));
}

QString synOpensText(const Explanation &e)
{
    return ExplanationPane::tr("%1 opens the connection. Its SYN shows Seq=0 because sequence numbers are shown "
                               "relative to its initial sequence number (ISN); the raw ISN it chose is %2.")
        .arg(who(e.side)).arg(e.rawIsn);
}

QString waitsText(const Explanation &e)
{
    QStringList waits;
    for (const std::int64_t ns : e.intervalsNs)
        waits << seconds(ns);
    return waits.join(QStringLiteral(", "));
}

// Only what the measured waits show: Linux >= 6.5 retries SYNs at a fixed interval first.
QString backoffText(Backoff backoff)
{
    switch (backoff) {
    case Backoff::Regular: return ExplanationPane::tr("The waits are all the same length.");
    case Backoff::Doubling: return ExplanationPane::tr("Each wait is twice the one before: exponential back-off.");
    case Backoff::RegularThenDoubling:
        return ExplanationPane::tr("The first waits are the same length, then each wait is twice the one before.");
    case Backoff::Irregular:
    case Backoff::None: break;
    }
    return {};
}

// Why the SYN went again: no answer at all, or answers that never reached the sender.
QString synUnansweredText(const Explanation &e)
{
    if (e.unreceived == 0)
        return e.side == Side::Client ? ExplanationPane::tr("No SYN-ACK came back from the server.")
                                      : ExplanationPane::tr("No SYN-ACK came back from the client.");
    return e.side == Side::Client
        ? ExplanationPane::tr("The server did answer: %n SYN-ACK(s) appear in the capture, but none reached the "
                              "client, which kept resending its SYN.", nullptr, e.unreceived)
        : ExplanationPane::tr("The client did answer: %n SYN-ACK(s) appear in the capture, but none reached the "
                              "server, which kept resending its SYN.", nullptr, e.unreceived);
}

QStringList synRetriesText(const Explanation &e, const QString &head)
{
    QStringList out{head, synUnansweredText(e)};
    if (const QString pattern = backoffText(e.backoff); !pattern.isEmpty())
        out << pattern;
    return out;
}

QString refusedText(const Explanation &e)
{
    return ExplanationPane::tr("Connection refused: %1 answered the SYN (frame %2) with a reset. Nothing listens on "
                               "port %3, so the connection never opened.")
        .arg(who(e.side)).arg(e.frame).arg(e.port);
}

QString resetBytesText(const Explanation &e)
{
    return e.afterFin ? ExplanationPane::tr("Before it the client had sent %1 bytes and the server %2 bytes, and a FIN "
                                            "had already been sent: the reset cut the close short.")
                            .arg(e.clientBytes).arg(e.serverBytes)
                      : ExplanationPane::tr("Before it the client had sent %1 bytes and the server %2 bytes; data "
                                            "not yet acknowledged may be lost.")
                            .arg(e.clientBytes).arg(e.serverBytes);
}

QString countedTeardownText(const Explanation &e)
{
    return e.side == Side::Client
        ? ExplanationPane::tr("Teardown in %1 segments: the client sent FIN, the server ACKed it, later sent its own "
                              "FIN, and the client ACKed that. Each direction is closed separately.").arg(e.count)
        : ExplanationPane::tr("Teardown in %1 segments: the server sent FIN, the client ACKed it, later sent its own "
                              "FIN, and the server ACKed that. Each direction is closed separately.").arg(e.count);
}

// What asked for a retransmission, as the capture shows it: duplicate ACKs, else a timer.
QString retransmissionCauseText(const Explanation &e)
{
    if (e.count > 0)
        return ExplanationPane::tr("%1 had sent %n duplicate ACK(s) asking for Seq=%2, so %3 resent it without "
                                   "waiting for its timer: a fast retransmission.", nullptr, e.count)
            .arg(peerOf(e.side)).arg(e.relativeSeq).arg(who(e.side));
    if (e.waitNs > 0)
        return ExplanationPane::tr("No duplicate ACK asked for it: no acknowledgement came within %1 of the previous "
                                   "copy, so %2's retransmission timer fired.")
            .arg(milliseconds(e.waitNs), who(e.side));
    return ExplanationPane::tr("No duplicate ACK asked for it in this capture, so %1's retransmission timer fired.")
        .arg(who(e.side));
}

// The teardown in one line (a row's note) or in full (the phase bracket's note).
QStringList teardownText(const Explanation &e, bool full)
{
    QStringList out;
    const QString closer = who(e.side);
    switch (e.kind) {
    case ExplanationKind::ThreeSegmentTeardown:
        out << (e.side == Side::Client
                    ? ExplanationPane::tr("Teardown in 3 segments: the client sent FIN; the server's ACK of it and the "
                                          "server's own FIN travelled together; then the client's last ACK.")
                    : ExplanationPane::tr("Teardown in 3 segments: the server sent FIN; the client's ACK of it and the "
                                          "client's own FIN travelled together; then the server's last ACK."));
        if (full)
            out << finAckMergedText(e);
        break;
    case ExplanationKind::HalfClose:
        out << ExplanationPane::tr("Half-close: %1 sent its FIN but the other side kept sending — %2 bytes after the "
                                   "first FIN. A FIN closes only one direction.").arg(closer).arg(e.bytes);
        if (full && !e.bothFins)
            out << ExplanationPane::tr("Only one FIN was seen: the other direction is still open.");
        else if (full && e.count > 0)
            out << countedTeardownText(e);
        break;
    case ExplanationKind::SimultaneousClose:
        out << ExplanationPane::tr("Simultaneous close: both sides sent a FIN before the other's arrived, so both went "
                                   "through CLOSING and both end in TIME_WAIT.");
        return out;
    default:
        if (!e.bothFins) {
            out << ExplanationPane::tr("Teardown: %1 sent the first FIN.").arg(closer);
            out << ExplanationPane::tr("Only one FIN was seen: the other direction is still open.");
        } else if (e.count > 0) {
            out << countedTeardownText(e);
        } else {
            out << ExplanationPane::tr("Teardown: %1 sent the first FIN.").arg(closer);
        }
        break;
    }
    if (full)
        out << timeWaitText(e);
    return out;
}

// The paragraphs for one explanation of a row.
QStringList rowText(const ConnectionLadder &l, std::size_t row, const Explanation &e)
{
    const Segment &s = l.rows[row].segment;
    switch (e.kind) {
    case ExplanationKind::SynRelativeSeq:
        return {synOpensText(e)};
    case ExplanationKind::SynAckAck:
        return {ExplanationPane::tr("%1 accepts. Ack=1 acknowledges the SYN: a SYN occupies one sequence number, so "
                                    "the next byte expected is ISN + 1 = %2 (relative 1). Its own Seq=0 stands for its "
                                    "raw ISN %3.")
                    .arg(who(e.side)).arg(e.rawAck).arg(e.rawIsn)};
    case ExplanationKind::SynRetransmission:
        if (s.has(FlagAck))
            return {ExplanationPane::tr("This is retransmission %1 of the SYN-ACK: no ACK reached %3, so it waited and "
                                        "sent it again. Waits so far: %2.")
                        .arg(e.count - 1).arg(waitsText(e), who(e.side))};
        return QStringList{synOpensText(e)}
            + synRetriesText(e, ExplanationPane::tr("This is retransmission %1 of the SYN: %3 waited and sent it "
                                                    "again. Waits so far: %2.")
                                    .arg(e.count - 1).arg(waitsText(e), who(e.side)));
    case ExplanationKind::HandshakeComplete:
        return {ExplanationPane::tr("The third segment of the handshake: %1 acknowledges the SYN-ACK (Ack=%2, %5's "
                                    "ISN %3 + %2). Both ends are now ESTABLISHED and data can flow. From the "
                                    "first SYN to this ACK took %4: the round-trip time seen at this capture point.")
                    .arg(who(e.side)).arg(e.ack).arg(e.peerIsn).arg(milliseconds(e.rttNs), peerOf(e.side))};
    case ExplanationKind::RstRefused:
        return {refusedText(e)};
    case ExplanationKind::RstAfterData: {
        const Segment *before = e.precedingFrame ? segmentOfFrame(l, e.precedingFrame) : nullptr;
        const QString after = before ? ExplanationPane::tr("after frame %1 ([%2] from %3)")
                                           .arg(before->frame).arg(flagsOf(*before), who(senderOf(*before)))
                                     : ExplanationPane::tr("as the first segment seen");
        return {ExplanationPane::tr("%1 aborts the connection with a reset, %2. No FIN handshake follows: both ends "
                                    "forget the connection at once and unread data is thrown away.")
                    .arg(who(e.side), after),
                resetBytesText(e)};
    }
    case ExplanationKind::FinSent: {
        QStringList out;
        if (e.count == 1)
            out << ExplanationPane::tr("%1 closes first: its FIN says “I will send no more data” and takes one "
                                       "sequence number, %2. It moves to %3, and it will be the side that waits in "
                                       "TIME_WAIT.")
                       .arg(who(e.side)).arg(e.ack - 1).arg(latin1(toString(e.state)));
        else
            out << ExplanationPane::tr("%1 closes its direction too: its FIN takes sequence number %2. It is now "
                                       "in %3.")
                       .arg(who(e.side)).arg(e.ack - 1).arg(latin1(toString(e.state)));
        // With data on board, Seq= in the header is the data's first byte; the FIN comes after the data.
        if (e.bytes > 0)
            out << ExplanationPane::tr("The FIN rides on %1 bytes of data that start at Seq=%2, and it takes the "
                                       "number after them: %2 + %1 = %3. That is why %4 answers it with Ack=%5.")
                       .arg(e.bytes).arg(e.relativeSeq).arg(e.ack - 1).arg(peerOf(e.side)).arg(e.ack);
        return out;
    }
    case ExplanationKind::NotReceived: {
        const QString repeat = QStringLiteral("[%1]").arg(QString::fromStdString(flagsToString(e.flags)));
        return {e.side == Side::Client
                    ? ExplanationPane::tr("This segment never reached the server: the server sent %1 again afterwards "
                                          "(frame %2), which it would not have done had this segment arrived.")
                          .arg(repeat).arg(e.frame)
                    : ExplanationPane::tr("This segment never reached the client: the client sent %1 again afterwards "
                                          "(frame %2), which it would not have done had this segment arrived.")
                          .arg(repeat).arg(e.frame)};
    }
    case ExplanationKind::DataSegment:
        return {ExplanationPane::tr("%1 sends %2 bytes of data, relative bytes %3 to %4. When %6 has them all, "
                                    "its Ack will say %5.")
                    .arg(who(e.side)).arg(e.bytes).arg(e.relativeSeq).arg(e.ack - 1).arg(e.ack).arg(peerOf(e.side))};
    case ExplanationKind::Acknowledgement:
        return {ExplanationPane::tr("%1 acknowledges: Ack=%2 means “I have every byte before %2 from %3”.")
                    .arg(who(e.side)).arg(e.ack).arg(peerOf(e.side))};
    case ExplanationKind::Retransmission:
        return {e.frame ? ExplanationPane::tr("This segment is a retransmission: the same %1 bytes at Seq=%2 were "
                                              "first sent in frame %3.")
                              .arg(e.bytes).arg(e.relativeSeq).arg(e.frame)
                        : ExplanationPane::tr("This segment is a retransmission: the same %1 bytes at Seq=%2 were "
                                              "sent before the capture point saw them.")
                              .arg(e.bytes).arg(e.relativeSeq),
                retransmissionCauseText(e)};
    case ExplanationKind::DuplicateAck:
        return {ExplanationPane::tr("Duplicate ACK #%1 of frame %2: %3 repeats Ack=%4 because a later segment arrived "
                                    "while the bytes at %4 are still missing. Three duplicates make the sender "
                                    "retransmit at once (fast retransmit).")
                    .arg(e.count).arg(e.frame).arg(who(e.side)).arg(e.ack)};
    case ExplanationKind::ZeroWindow:
        return {ExplanationPane::tr("%1 advertises a zero window: its receive buffer is full, so %2 must stop sending "
                                    "until the window opens again.")
                    .arg(who(e.side), peerOf(e.side))};
    case ExplanationKind::ThreeSegmentTeardown:
        if (e.row == row)
            return {finAckMergedText(e)};
        return teardownText(e, false);
    case ExplanationKind::FourSegmentTeardown:
    case ExplanationKind::HalfClose:
    case ExplanationKind::SimultaneousClose:
        return teardownText(e, false);
    case ExplanationKind::TimeWait:
        if (senderOf(s) == e.side)
            return {ExplanationPane::tr("%1 is now in TIME_WAIT: it closed first, so it keeps the connection's ports "
                                        "for 2×MSL in case this last ACK is lost and %2's FIN comes again.")
                        .arg(who(e.side), peerOf(e.side))};
        return {ExplanationPane::tr("This FIN puts %1 in TIME_WAIT: it closed first, so it keeps the connection's "
                                    "ports for 2×MSL in case its last ACK is lost and this FIN comes again.")
                    .arg(who(e.side))};
    case ExplanationKind::DataTransfer:
        break;
    }
    return {QString::fromStdString(explanationToEnglish(e))};
}

void capitalize(QStringList &paragraphs)
{
    for (QString &p : paragraphs)
        if (!p.isEmpty())
            p[0] = p[0].toUpper();
}

} // namespace

ExplanationPane::Note ExplanationPane::noteForRow(const ConnectionLadder &l, int row)
{
    Note note;
    if (row < 0 || row >= static_cast<int>(l.rows.size()))
        return note;
    const auto index = static_cast<std::size_t>(row);
    const Segment &s = l.rows[index].segment;
    note.title = tr("Frame %1: [%2] from %3").arg(s.frame).arg(flagsOf(s), who(senderOf(s)));
    for (const Explanation &e : explainRow(l, index))
        note.paragraphs << rowText(l, index, e);
    capitalize(note.paragraphs);
    return note;
}

ExplanationPane::Note ExplanationPane::noteForPhase(const ConnectionLadder &l, Phase phase, std::uint32_t first,
                                                    std::uint32_t last)
{
    Note note;
    if (l.rows.empty() || first > last || last >= l.rows.size())
        return note;
    const std::uint32_t firstFrame = l.rows[first].segment.frame;
    const std::uint32_t lastFrame = l.rows[last].segment.frame;
    const Explanation e = explainPhase(l, phase);
    switch (phase) {
    case Phase::Handshake: note.title = tr("Handshake"); break;
    case Phase::Data: note.title = tr("Data"); break;
    case Phase::Teardown: note.title = tr("Teardown"); break;
    case Phase::Reset: note.title = tr("Reset"); break;
    }
    switch (e.kind) {
    case ExplanationKind::HandshakeComplete: {
        const bool clientOpened = e.side == Side::Client;
        note.paragraphs << tr("Frames %1–%2: the three-way handshake. The client's SYN (raw ISN %3), the server's "
                              "SYN-ACK (raw ISN %4), the client's ACK. It took %5.")
                               .arg(firstFrame).arg(lastFrame).arg(clientOpened ? e.rawIsn : e.peerIsn)
                               .arg(clientOpened ? e.peerIsn : e.rawIsn).arg(milliseconds(e.rttNs));
        break;
    }
    case ExplanationKind::SynRetransmission:
        note.paragraphs << synRetriesText(e, tr("Frames %1–%2: %3 sent its SYN %4 times, waiting %5 between the "
                                                "tries.")
                                                 .arg(firstFrame).arg(lastFrame).arg(who(e.side)).arg(e.count)
                                                 .arg(waitsText(e)));
        break;
    case ExplanationKind::DataTransfer:
        note.paragraphs << tr("Frames %1–%2: %3 bytes from the client and %4 bytes from the server, each "
                              "acknowledged by the other side.")
                               .arg(firstFrame).arg(lastFrame).arg(e.clientBytes).arg(e.serverBytes);
        if (e.count > 0)
            note.paragraphs << tr("Retransmissions: %1 segments were sent again and are not counted twice.")
                                   .arg(e.count);
        break;
    case ExplanationKind::RstAfterData:
        note.paragraphs << tr("Frame %1: %2 reset the connection (RST). Whatever follows is not a normal close.")
                               .arg(e.frame).arg(who(e.side))
                        << resetBytesText(e);
        break;
    case ExplanationKind::FourSegmentTeardown:
    case ExplanationKind::ThreeSegmentTeardown:
    case ExplanationKind::HalfClose:
    case ExplanationKind::SimultaneousClose:
        note.paragraphs << teardownText(e, true);
        break;
    default: // a handshake the capture holds only part of: say what its row would
        if (e.row && *e.row < l.rows.size())
            note.paragraphs << rowText(l, *e.row, e);
        else
            note.paragraphs << QString::fromStdString(explanationToEnglish(e));
        break;
    }
    capitalize(note.paragraphs);
    return note;
}

} // namespace tcpladder::ui
