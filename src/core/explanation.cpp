// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanation.h"

#include "tcpflags.h"

#include <cstdio>

namespace tcpladder::core {

namespace {

Side senderOf(const Segment &segment)
{
    return segment.direction == Direction::ClientToServer ? Side::Client : Side::Server;
}

Side peerOf(Side side)
{
    return side == Side::Client ? Side::Server : Side::Client;
}

bool isPureSyn(const Segment &s)
{
    return (s.flags & (FlagSyn | FlagAck)) == FlagSyn;
}

bool isSynAck(const Segment &s)
{
    return (s.flags & (FlagSyn | FlagAck)) == (FlagSyn | FlagAck);
}

std::uint32_t baseOf(const ConnectionLadder &ladder, Side side)
{
    return side == Side::Client ? ladder.clientBaseSeq : ladder.serverBaseSeq;
}

// Designated initializers would do, but GCC's -Wextra wants every member named then.
Explanation note(ExplanationKind kind, std::optional<std::size_t> row, Side side = Side::Client, std::uint32_t frame = 0)
{
    Explanation e;
    e.kind = kind;
    e.row = row;
    e.side = side;
    e.frame = frame;
    return e;
}

const Segment &seg(const ConnectionLadder &ladder, std::size_t row)
{
    return ladder.rows[row].segment;
}

template<typename Pred>
std::optional<std::size_t> firstRow(const ConnectionLadder &ladder, Pred pred, std::size_t from = 0)
{
    for (std::size_t i = from; i < ladder.rows.size(); ++i)
        if (pred(seg(ladder, i)))
            return i;
    return std::nullopt;
}

// The copies of a SYN (or SYN-ACK) up to `row`, and the waits between them: the back-off.
Explanation synCopies(const ConnectionLadder &ladder, std::size_t row)
{
    const Segment &last = seg(ladder, row);
    const bool synAck = isSynAck(last);
    Explanation e = note(ExplanationKind::SynRetransmission, row, senderOf(last), last.frame);
    std::int64_t previous = 0;
    for (std::size_t i = 0; i <= row; ++i) {
        const Segment &s = seg(ladder, i);
        if (senderOf(s) != e.side || (synAck ? !isSynAck(s) : !isPureSyn(s)))
            continue;
        if (e.count++ > 0)
            e.intervalsNs.push_back(s.timeNs - previous);
        previous = s.timeNs;
    }
    e.rawIsn = baseOf(ladder, e.side);
    return e;
}

// The opener's first ACK of the SYN-ACK: the row that completes the three-way handshake.
std::optional<std::size_t> handshakeAckRow(const ConnectionLadder &ladder)
{
    const auto synAck = firstRow(ladder, isSynAck);
    if (!synAck)
        return std::nullopt;
    const Side opener = peerOf(senderOf(seg(ladder, *synAck)));
    return firstRow(
        ladder,
        [opener](const Segment &s) {
            return senderOf(s) == opener && (s.flags & (FlagAck | FlagSyn | FlagRst)) == FlagAck && s.ack >= 1;
        },
        *synAck + 1);
}

Explanation handshakeComplete(const ConnectionLadder &ladder, std::size_t row)
{
    const Segment &ack = seg(ladder, row);
    const auto syn = firstRow(ladder, isPureSyn);
    const auto synAck = firstRow(ladder, isSynAck);
    const Segment &start = seg(ladder, syn ? *syn : *synAck);
    Explanation e = note(ExplanationKind::HandshakeComplete, row, senderOf(ack), ack.frame);
    e.ack = ack.ack;
    e.rttNs = ack.timeNs - start.timeNs;
    return e;
}

Explanation resetExplanation(const ConnectionLadder &ladder, std::size_t row)
{
    const Segment &rst = seg(ladder, row);
    const Side side = senderOf(rst);
    bool senderSpoke = false;
    std::optional<std::size_t> lastPeerSyn;
    Explanation e = note(ExplanationKind::RstAfterData, row, side, rst.frame);
    for (std::size_t i = 0; i < row; ++i) {
        const Segment &s = seg(ladder, i);
        if (senderOf(s) == side)
            senderSpoke = true;
        else if (isPureSyn(s))
            lastPeerSyn = i;
        (senderOf(s) == Side::Client ? e.clientBytes : e.serverBytes) += s.payloadLength;
        e.afterFin = e.afterFin || (s.flags & FlagFin);
    }
    if (!senderSpoke && lastPeerSyn) {
        e.kind = ExplanationKind::RstRefused;
        e.frame = seg(ladder, *lastPeerSyn).frame;
    }
    return e;
}

Explanation dataTransfer(const ConnectionLadder &ladder)
{
    Explanation e = note(ExplanationKind::DataTransfer, std::nullopt);
    for (std::size_t i = 0; i < ladder.rows.size(); ++i) {
        const Segment &s = seg(ladder, i);
        if (s.hasNote(NoteRetransmission)) {
            ++e.count;
            continue;
        }
        if (s.payloadLength > 0 && !e.row)
            e.row = i;
        (senderOf(s) == Side::Client ? e.clientBytes : e.serverBytes) += s.payloadLength;
    }
    return e;
}

Explanation teardown(const ConnectionLadder &ladder)
{
    const auto fin = firstRow(ladder, [](const Segment &s) { return s.has(FlagFin); });
    if (!fin)
        return dataTransfer(ladder);
    const Side closer = senderOf(seg(ladder, *fin));
    Explanation e = note(ExplanationKind::FourSegmentTeardown, *fin, closer, seg(ladder, *fin).frame);
    e.count = ladder.teardownSegments.value_or(0);

    const auto secondFin = firstRow(
        ladder, [closer](const Segment &s) { return s.has(FlagFin) && senderOf(s) != closer; }, *fin + 1);
    if (secondFin) {
        const RowAnalysis &after = ladder.rows[*secondFin].analysis;
        if ((closer == Side::Client ? after.serverState : after.clientState) == TcpState::Closing) {
            e.kind = ExplanationKind::SimultaneousClose;
            return e;
        }
    }
    // Half-close: the peer still sent new data between the first FIN and its own FIN.
    const std::size_t end = secondFin.value_or(ladder.rows.size() - 1);
    for (std::size_t i = *fin + 1; i <= end; ++i) {
        const Segment &s = seg(ladder, i);
        if (senderOf(s) != closer && !s.hasNote(NoteRetransmission))
            e.bytes += s.payloadLength;
    }
    if (e.bytes > 0) {
        e.kind = ExplanationKind::HalfClose;
        return e;
    }
    if (const auto merged = firstRow(ladder, [](const Segment &s) { return s.hasNote(NoteFinAckMerged); })) {
        e.kind = ExplanationKind::ThreeSegmentTeardown;
        e.row = *merged;
        e.frame = seg(ladder, *merged).frame;
    }
    return e;
}

// Where the first closer enters TIME_WAIT: the row after which its state says so first.
std::optional<std::size_t> timeWaitRow(const ConnectionLadder &ladder, Side side)
{
    for (std::size_t i = 0; i < ladder.rows.size(); ++i) {
        const RowAnalysis &a = ladder.rows[i].analysis;
        if ((side == Side::Client ? a.clientState : a.serverState) == TcpState::TimeWait)
            return i;
    }
    return std::nullopt;
}

// The ACK this duplicate repeats, and how many duplicates of it came up to `row`.
Explanation duplicateAck(const ConnectionLadder &ladder, std::size_t row)
{
    const Segment &dup = seg(ladder, row);
    Explanation e = note(ExplanationKind::DuplicateAck, row, senderOf(dup));
    e.ack = dup.ack;
    for (std::size_t i = 0; i <= row; ++i) {
        const Segment &s = seg(ladder, i);
        if (senderOf(s) != e.side || !s.has(FlagAck) || s.ack != dup.ack)
            continue;
        if (s.hasNote(NoteDuplicateAck))
            ++e.count;
        else {
            e.frame = s.frame; // a new original: the duplicates restart
            e.count = 0;
        }
    }
    return e;
}

} // namespace

std::vector<Explanation> explainRow(const ConnectionLadder &ladder, std::size_t row)
{
    std::vector<Explanation> out;
    if (row >= ladder.rows.size())
        return out;
    const Segment &s = seg(ladder, row);
    const Side side = senderOf(s);

    if (isPureSyn(s) || isSynAck(s)) {
        const bool synAck = isSynAck(s);
        const auto first = firstRow(ladder, [&](const Segment &x) {
            return senderOf(x) == side && (synAck ? isSynAck(x) : isPureSyn(x));
        });
        if (first && *first != row) {
            out.push_back(synCopies(ladder, row));
        } else {
            Explanation e = note(synAck ? ExplanationKind::SynAckAck : ExplanationKind::SynRelativeSeq, row, side,
                                 s.frame);
            e.rawIsn = baseOf(ladder, side);
            e.relativeSeq = s.seq;
            if (synAck) {
                e.ack = s.ack;
                e.rawAck = baseOf(ladder, peerOf(side)) + s.ack;
            }
            out.push_back(e);
        }
    }
    if (handshakeAckRow(ladder) == row)
        out.push_back(handshakeComplete(ladder, row));
    if (s.has(FlagRst))
        out.push_back(resetExplanation(ladder, row));
    if (s.hasNote(NoteRetransmission) && !s.has(FlagSyn)) {
        Explanation e = note(ExplanationKind::Retransmission, row, side);
        e.relativeSeq = s.seq;
        e.bytes = s.payloadLength;
        for (std::size_t i = 0; i < row && e.frame == 0; ++i) {
            const Segment &x = seg(ladder, i);
            if (senderOf(x) == side && x.seq == s.seq && (x.payloadLength > 0 || x.has(FlagFin)))
                e.frame = x.frame;
        }
        out.push_back(e);
    }
    if (s.hasNote(NoteDuplicateAck))
        out.push_back(duplicateAck(ladder, row));
    if (s.hasNote(NoteZeroWindow))
        out.push_back(note(ExplanationKind::ZeroWindow, row, side, s.frame));

    if (ladder.firstFin) {
        const Explanation close = teardown(ladder);
        const auto fin = firstRow(ladder, [](const Segment &x) { return x.has(FlagFin); });
        const bool halfCloseData = close.kind == ExplanationKind::HalfClose && fin && row > *fin
            && side != close.side && s.payloadLength > 0;
        if (row == fin || close.row == row || halfCloseData)
            out.push_back(close);
        if (close.kind != ExplanationKind::SimultaneousClose && timeWaitRow(ladder, close.side) == row)
            out.push_back(note(ExplanationKind::TimeWait, row, close.side, s.frame));
    }
    return out;
}

Explanation explainPhase(const ConnectionLadder &ladder, Phase phase)
{
    switch (phase) {
    case Phase::Handshake: {
        std::optional<std::size_t> lastSyn;
        int syns = 0;
        for (std::size_t i = 0; i < ladder.rows.size(); ++i)
            if (isPureSyn(seg(ladder, i)) && senderOf(seg(ladder, i)) == Side::Client) {
                lastSyn = i;
                ++syns;
            }
        if (syns > 1)
            return synCopies(ladder, *lastSyn);
        if (const auto ack = handshakeAckRow(ladder))
            return handshakeComplete(ladder, *ack);
        if (const auto rst = firstRow(ladder, [](const Segment &s) { return s.has(FlagRst); }))
            return resetExplanation(ladder, *rst);
        if (const auto synAck = firstRow(ladder, isSynAck))
            return explainRow(ladder, *synAck).front();
        if (lastSyn)
            return explainRow(ladder, *lastSyn).front();
        break;
    }
    case Phase::Teardown:
        return teardown(ladder);
    case Phase::Reset:
        if (const auto rst = firstRow(ladder, [](const Segment &s) { return s.has(FlagRst); }))
            return resetExplanation(ladder, *rst);
        break;
    case Phase::Data:
        break;
    }
    return dataTransfer(ladder);
}

std::string_view toString(ExplanationKind kind)
{
    switch (kind) {
    case ExplanationKind::SynRelativeSeq: return "syn_relative_seq";
    case ExplanationKind::SynAckAck: return "syn_ack_ack";
    case ExplanationKind::HandshakeComplete: return "handshake_complete";
    case ExplanationKind::SynRetransmission: return "syn_retransmission";
    case ExplanationKind::Retransmission: return "retransmission";
    case ExplanationKind::DuplicateAck: return "duplicate_ack";
    case ExplanationKind::ZeroWindow: return "zero_window";
    case ExplanationKind::DataTransfer: return "data_transfer";
    case ExplanationKind::FourSegmentTeardown: return "four_segment_teardown";
    case ExplanationKind::ThreeSegmentTeardown: return "three_segment_teardown";
    case ExplanationKind::SimultaneousClose: return "simultaneous_close";
    case ExplanationKind::HalfClose: return "half_close";
    case ExplanationKind::RstRefused: return "rst_refused";
    case ExplanationKind::RstAfterData: return "rst_after_data";
    case ExplanationKind::TimeWait: return "time_wait";
    }
    return "unknown";
}

namespace {

std::string milliseconds(std::int64_t ns)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f ms", static_cast<double>(ns) / 1e6);
    return buffer;
}

std::string who(Side side)
{
    return side == Side::Client ? "the client" : "the server";
}

std::string capital(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

} // namespace

std::string explanationToEnglish(const Explanation &e)
{
    const auto n = [](auto v) { return std::to_string(v); };
    const std::string sender = who(e.side);
    const std::string peer = who(peerOf(e.side));
    switch (e.kind) {
    case ExplanationKind::SynRelativeSeq:
        return "Seq=" + n(e.relativeSeq) + " is relative: " + sender + " chose the random initial sequence number "
            + n(e.rawIsn) + ", and every seq of this side is counted from it, so the SYN shows " + n(e.relativeSeq)
            + ".";
    case ExplanationKind::SynAckAck:
        return "Ack=" + n(e.ack) + " means \"next I expect byte " + n(e.ack) + "\": the SYN used up one sequence number, "
            + "so " + sender + " acknowledges the peer's ISN + 1 (raw " + n(e.rawAck) + "). Its own ISN is "
            + n(e.rawIsn) + ".";
    case ExplanationKind::HandshakeComplete:
        return "This ACK completes the three-way handshake: " + sender
            + " acknowledged the SYN-ACK and both sides are ESTABLISHED. From the first SYN to this ACK took "
            + milliseconds(e.rttNs) + " (the measured round-trip time).";
    case ExplanationKind::SynRetransmission: {
        std::string text = capital(sender) + " sent its SYN " + n(e.count) + " times: no answer came, so it waited";
        for (std::size_t i = 0; i < e.intervalsNs.size(); ++i)
            text += (i == 0 ? " " : ", then ") + milliseconds(e.intervalsNs[i]);
        return text + " before trying again (exponential back-off).";
    }
    case ExplanationKind::Retransmission:
        return capital(sender) + " sent " + n(e.bytes) + " bytes at Seq=" + n(e.relativeSeq) + " again"
            + (e.frame ? " (first sent in frame " + n(e.frame) + ")" : std::string())
            + ": no acknowledgement came in time, or the peer signalled a loss with duplicate ACKs.";
    case ExplanationKind::DuplicateAck:
        return capital(sender) + " repeats Ack=" + n(e.ack) + " (duplicate #" + n(e.count)
            + (e.frame ? ", of frame " + n(e.frame) : std::string())
            + "): a later segment arrived but the one at " + n(e.ack) + " is missing. Three duplicates trigger a "
            + "fast retransmission.";
    case ExplanationKind::ZeroWindow:
        return capital(sender) + " advertises a zero window: its receive buffer is full, so " + peer
            + " must stop sending until the window opens.";
    case ExplanationKind::DataTransfer:
        return "Data: the client sent " + n(e.clientBytes) + " bytes, the server " + n(e.serverBytes) + " bytes; "
            + n(e.count) + " segments were retransmissions.";
    case ExplanationKind::FourSegmentTeardown:
        return capital(sender) + " closed first (FIN); " + peer + " acknowledged it, later sent its own FIN, and "
            + sender + " acknowledged that: " + n(e.count) + " segments.";
    case ExplanationKind::ThreeSegmentTeardown:
        return "A 3-segment teardown: " + peer + " had not yet sent its delayed ACK for " + sender
            + "'s FIN when it closed too, so the ACK rode on its own FIN (frame " + n(e.frame) + ").";
    case ExplanationKind::SimultaneousClose:
        return "Simultaneous close: both sides sent a FIN before receiving the other's, so both went through "
               "CLOSING and both end in TIME_WAIT.";
    case ExplanationKind::HalfClose:
        return capital(sender) + " closed its sending side first (FIN), but " + peer + " still sent " + n(e.bytes)
            + " bytes after it: a half-close. A FIN only says \"I will send no more\".";
    case ExplanationKind::RstRefused:
        return capital(sender) + " answered the SYN (frame " + n(e.frame)
            + ") with RST: nothing was listening on that port, so the connection was refused.";
    case ExplanationKind::RstAfterData:
        return capital(sender) + " reset the connection (RST) after the client sent " + n(e.clientBytes)
            + " bytes and the server " + n(e.serverBytes) + " bytes" + (e.afterFin ? ", after a FIN" : "")
            + ": an abort, not an orderly close; unacknowledged data may be lost.";
    case ExplanationKind::TimeWait:
        return capital(sender) + " closed first, so it now waits in TIME_WAIT (2 x MSL) before the port pair can be "
            + "reused: late segments of this connection must not reach a new one.";
    }
    return {};
}

} // namespace tcpladder::core
