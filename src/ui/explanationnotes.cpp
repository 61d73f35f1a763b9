// SPDX-License-Identifier: GPL-3.0-or-later
// What the explanation pane says, built from this connection's rows. Every number in a note is
// read from the ladder (raw ISNs, back-off gaps, who reset), so a note never describes "a" TCP.
#include "explanationpane.h"

#include "ladderlayout.h"
#include "tcpflags.h"

#include <QLocale>

namespace tcpladder::ui {

using namespace tcpladder::core;

namespace {

QString who(Direction d)
{
    return d == Direction::ClientToServer ? ExplanationPane::tr("the client") : ExplanationPane::tr("the server");
}

QString peer(Direction d)
{
    return who(d == Direction::ClientToServer ? Direction::ServerToClient : Direction::ClientToServer);
}

QString seconds(std::int64_t ns)
{
    return ExplanationPane::tr("%1 s").arg(QLocale().toString(static_cast<double>(ns) / 1e9, 'f', 3));
}

QString stateName(TcpState s)
{
    return QString::fromLatin1(toString(s).data(), static_cast<qsizetype>(toString(s).size()));
}

// First row with this flag from this side, or -1.
int firstRow(const ConnectionLadder &l, std::uint16_t flag, Direction d)
{
    for (std::size_t i = 0; i < l.rows.size(); ++i)
        if (l.rows[i].segment.has(flag) && l.rows[i].segment.direction == d)
            return static_cast<int>(i);
    return -1;
}

QString finAckMergedText(const ConnectionLadder &l, int row)
{
    const Segment &s = l.rows[static_cast<std::size_t>(row)].segment;
    return ExplanationPane::tr("Frame %1: %2 had its ACK of the peer's FIN waiting (delayed ACK) when it closed too, "
                               "so the ACK rode on its own FIN: one segment instead of two (Ack=%3).")
        .arg(s.frame).arg(who(s.direction)).arg(s.ack);
}

} // namespace

ExplanationPane::Note ExplanationPane::noteForRow(const ConnectionLadder &l, int row)
{
    Note note;
    if (row < 0 || row >= static_cast<int>(l.rows.size()))
        return note;
    const StreamRow &r = l.rows[static_cast<std::size_t>(row)];
    const Segment &s = r.segment;
    const bool fromClient = s.direction == Direction::ClientToServer;
    const std::uint32_t ownIsn = fromClient ? l.clientBaseSeq : l.serverBaseSeq;
    const std::uint32_t peerIsn = fromClient ? l.serverBaseSeq : l.clientBaseSeq;
    note.title = tr("Frame %1: [%2] from %3").arg(s.frame).arg(QString::fromStdString(flagsToString(s.flags)), who(s.direction));

    if (s.has(FlagSyn) && !s.has(FlagAck)) {
        note.paragraphs << tr("%1 opens the connection. Its SYN shows Seq=0 because sequence numbers are shown "
                              "relative to its initial sequence number (ISN); the raw ISN it chose is %2.")
                               .arg(who(s.direction)).arg(ownIsn);
        // Back-off: gaps between this SYN and the earlier identical ones.
        QStringList gaps;
        std::int64_t previous = -1;
        for (int i = 0; i <= row; ++i) {
            const Segment &x = l.rows[static_cast<std::size_t>(i)].segment;
            if (x.has(FlagSyn) && !x.has(FlagAck) && x.direction == s.direction) {
                if (previous >= 0)
                    gaps << seconds(x.timeNs - previous);
                previous = x.timeNs;
            }
        }
        if (!gaps.isEmpty())
            note.paragraphs << tr("This is retransmission %1 of the SYN: no SYN-ACK came back, so the client waited "
                                  "and sent it again. Waits so far: %2 (the timer backs off on each try).")
                                   .arg(gaps.size()).arg(gaps.join(QStringLiteral(", ")));
    } else if (s.has(FlagSyn) && s.has(FlagAck)) {
        note.paragraphs << tr("%1 accepts. Ack=1 acknowledges the SYN: a SYN occupies one sequence number, so "
                              "the next byte expected is ISN + 1 = %2 (relative 1). Its own Seq=0 stands for its "
                              "raw ISN %3.")
                               .arg(who(s.direction)).arg(static_cast<std::uint32_t>(peerIsn + 1)).arg(ownIsn);
    } else if (s.has(FlagRst)) {
        const QString after = row > 0 ? tr("after frame %1 ([%2] from %3)")
                                            .arg(l.rows[static_cast<std::size_t>(row - 1)].segment.frame)
                                            .arg(QString::fromStdString(flagsToString(l.rows[static_cast<std::size_t>(row - 1)].segment.flags)),
                                                 who(l.rows[static_cast<std::size_t>(row - 1)].segment.direction))
                                      : tr("as the first segment seen");
        if (l.open == OpenKind::SynOnly || (row == 1 && l.rows[0].segment.has(FlagSyn)))
            note.paragraphs << tr("Connection refused: %1 answered the SYN with a reset (%2). Nothing listens on "
                                  "port %3, so the connection never opened.")
                                   .arg(who(s.direction), after).arg(l.server.port);
        else
            note.paragraphs << tr("%1 aborts the connection with a reset, %2. No FIN handshake follows: both ends "
                                  "forget the connection at once and unread data is thrown away.")
                                   .arg(who(s.direction), after);
    } else if (s.has(FlagFin)) {
        const bool first = l.firstFin && (*l.firstFin == Side::Client) == fromClient &&
            firstRow(l, FlagFin, s.direction) == row;
        if (first)
            note.paragraphs << tr("%1 closes first: its FIN says “I will send no more data” (Seq=%2, the FIN takes "
                                  "one sequence number). It moves to %3, and it will be the side that waits in TIME_WAIT.")
                                   .arg(who(s.direction)).arg(s.seq).arg(stateName(fromClient ? r.analysis.clientState : r.analysis.serverState));
        else
            note.paragraphs << tr("%1 closes its direction too (FIN, Seq=%2). It is now in %3.")
                                   .arg(who(s.direction)).arg(s.seq).arg(stateName(fromClient ? r.analysis.clientState : r.analysis.serverState));
        if (s.hasNote(NoteFinAckMerged))
            note.paragraphs << finAckMergedText(l, row);
    } else if (r.analysis.phase == Phase::Handshake && s.has(FlagAck)) {
        note.paragraphs << tr("The third segment of the handshake: %1 acknowledges the SYN-ACK (Ack=1, the server's "
                              "ISN %2 + 1). Both ends are now ESTABLISHED and data can flow.")
                               .arg(who(s.direction)).arg(l.serverBaseSeq);
    } else if (s.payloadLength > 0) {
        note.paragraphs << tr("%1 sends %2 bytes of data, relative bytes %3 to %4. The peer's Ack will say %5 "
                              "when it has them all.")
                               .arg(who(s.direction)).arg(s.payloadLength).arg(s.seq).arg(s.seq + s.payloadLength - 1)
                               .arg(s.seq + s.payloadLength);
    } else {
        note.paragraphs << tr("%1 acknowledges: Ack=%2 means “I have every byte before %2 from %3”.")
                               .arg(who(s.direction)).arg(s.ack).arg(peer(s.direction));
    }
    if (s.hasNote(NoteRetransmission) && !s.has(FlagSyn))
        note.paragraphs << tr("This segment is a retransmission: the same bytes were sent before.");
    const TcpState after = fromClient ? r.analysis.clientState : r.analysis.serverState;
    if (after == TcpState::TimeWait)
        note.paragraphs << tr("%1 is now in TIME_WAIT: it closed first, so it keeps the connection's ports for "
                              "2×MSL in case this last ACK is lost and the peer's FIN comes again.")
                               .arg(who(s.direction));
    for (QString &p : note.paragraphs)
        if (!p.isEmpty())
            p[0] = p[0].toUpper();
    return note;
}

ExplanationPane::Note ExplanationPane::noteForPhase(const ConnectionLadder &l, Phase phase, std::uint32_t first,
                                                    std::uint32_t last)
{
    Note note;
    if (l.rows.empty() || first > last || last >= l.rows.size())
        return note;
    note.title = QString::fromStdString(std::string(toString(phase)));
    const auto frameOf = [&](std::uint32_t r) { return l.rows[r].segment.frame; };
    switch (phase) {
    case Phase::Handshake: {
        note.title = tr("Handshake");
        const std::int64_t span = l.rows[last].segment.timeNs - l.rows[first].segment.timeNs;
        note.paragraphs << tr("Frames %1–%2: the three-way handshake. The client's SYN (raw ISN %3), the server's "
                              "SYN-ACK (raw ISN %4), the client's ACK. It took %5.")
                               .arg(frameOf(first)).arg(frameOf(last)).arg(l.clientBaseSeq).arg(l.serverBaseSeq)
                               .arg(seconds(span));
        break;
    }
    case Phase::Data: {
        note.title = tr("Data");
        std::uint64_t c = 0, sv = 0;
        for (std::uint32_t r = first; r <= last; ++r)
            (l.rows[r].segment.direction == Direction::ClientToServer ? c : sv) += l.rows[r].segment.payloadLength;
        note.paragraphs << tr("Frames %1–%2: %3 bytes from the client and %4 bytes from the server, each "
                              "acknowledged by the other side.")
                               .arg(frameOf(first)).arg(frameOf(last)).arg(c).arg(sv);
        break;
    }
    case Phase::Teardown: {
        note.title = tr("Teardown");
        const QString closer = l.firstFin ? who(*l.firstFin == Side::Client ? Direction::ClientToServer
                                                                            : Direction::ServerToClient)
                                          : tr("one side");
        std::uint64_t after = 0; // data after the first FIN: the other direction was still open
        for (std::uint32_t r = first; r <= last; ++r)
            after += l.rows[r].segment.payloadLength;
        if (after > 0)
            note.paragraphs << tr("Half-close: %1 sent its FIN but the other side kept sending — %2 bytes after "
                                  "the first FIN. A FIN closes only one direction.")
                                   .arg(closer).arg(after);
        if (l.close == CloseKind::Half) {
            note.paragraphs << tr("Only one FIN was seen: the other direction is still open.");
        } else if (l.teardownSegments && *l.teardownSegments == 3) {
            int merged = -1;
            for (std::uint32_t r = first; r <= last; ++r)
                if (l.rows[r].segment.hasNote(NoteFinAckMerged))
                    merged = static_cast<int>(r);
            note.paragraphs << tr("Teardown in 3 segments: %1 sent FIN; the peer's ACK of it and the peer's own FIN "
                                  "travelled together; then the last ACK.").arg(closer);
            if (merged >= 0)
                note.paragraphs << finAckMergedText(l, merged);
        } else if (l.teardownSegments) {
            note.paragraphs << tr("Teardown in %1 segments: %2 sent FIN, the peer ACKed it, later sent its own FIN, "
                                  "and that FIN was ACKed. Each direction is closed separately.")
                                   .arg(*l.teardownSegments).arg(closer);
        } else {
            note.paragraphs << tr("Teardown: %1 sent the first FIN.").arg(closer);
        }
        if (l.firstFin)
            note.paragraphs << tr("%1 closed first, so it is the one left in TIME_WAIT.").arg(closer);
        break;
    }
    case Phase::Reset: {
        note.title = tr("Reset");
        const Segment &rst = l.rows[first].segment;
        note.paragraphs << tr("Frame %1: %2 reset the connection (RST). Whatever follows is not a normal close.")
                               .arg(rst.frame).arg(who(rst.direction));
        break;
    }
    }
    for (QString &p : note.paragraphs)
        if (!p.isEmpty())
            p[0] = p[0].toUpper();
    return note;
}

} // namespace tcpladder::ui
