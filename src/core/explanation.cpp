// SPDX-License-Identifier: GPL-3.0-or-later
// What one row of a ladder is and means.
#include "explanationparts.h"

namespace tcpladder::core {

namespace explain {

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
    // The peer did answer when the capture holds answers that never reached this side.
    for (std::size_t i = 0; i < row; ++i)
        if (senderOf(seg(ladder, i)) != e.side && ladder.rows[i].analysis.unreceivedRepeatRow != 0)
            ++e.unreceived;
    e.backoff = backoffOf(e.intervalsNs);
    e.rawIsn = baseOf(ladder, e.side);
    return e;
}

namespace {

// What a row is when nothing more specific applies: data, or an acknowledgement.
Explanation plainSegment(const ConnectionLadder &ladder, std::size_t row)
{
    const Segment &s = seg(ladder, row);
    if (s.payloadLength == 0) {
        Explanation e = note(ExplanationKind::Acknowledgement, row, senderOf(s), s.frame);
        e.ack = s.ack;
        return e;
    }
    Explanation e = note(ExplanationKind::DataSegment, row, senderOf(s), s.frame);
    e.relativeSeq = s.seq;
    e.bytes = s.payloadLength;
    e.ack = s.seq + s.payloadLength;
    return e;
}

// The ACK this duplicate repeats, and how many duplicates of it came up to `row`.
Explanation duplicateAck(const ConnectionLadder &ladder, std::size_t row)
{
    const Segment &dup = seg(ladder, row);
    Explanation e = note(ExplanationKind::DuplicateAck, row, senderOf(dup));
    e.ack = dup.ack;
    // As Wireshark counts: the original is where the ack value last changed; any ACK that is not a
    // duplicate (a window change, say) restarts the count but keeps that original.
    std::optional<std::uint32_t> currentAck;
    for (std::size_t i = 0; i <= row; ++i) {
        const Segment &s = seg(ladder, i);
        if (senderOf(s) != e.side || !s.has(FlagAck))
            continue;
        if (s.ack != currentAck) {
            currentAck = s.ack;
            e.frame = s.frame;
            e.count = 0;
        } else if (s.hasNote(NoteDuplicateAck)) {
            ++e.count;
        } else {
            e.count = 0;
        }
    }
    return e;
}

// A data (or FIN) segment sent again, and what asked for it: the peer's duplicate ACKs for this
// very byte since the previous copy (fast retransmit), else a timer, after the wait since that copy.
Explanation retransmissionOf(const ConnectionLadder &ladder, std::size_t row)
{
    const Segment &s = seg(ladder, row);
    Explanation e = note(ExplanationKind::Retransmission, row, senderOf(s));
    e.relativeSeq = s.seq;
    e.bytes = s.payloadLength;
    std::optional<std::size_t> previous;
    for (std::size_t i = 0; i < row; ++i) {
        const Segment &x = seg(ladder, i);
        if (senderOf(x) == e.side && x.seq == s.seq && (x.payloadLength > 0 || x.has(FlagFin))) {
            if (e.frame == 0)
                e.frame = x.frame;
            previous = i;
        }
    }
    for (std::size_t i = previous.value_or(0); i < row; ++i) {
        const Segment &x = seg(ladder, i);
        if (senderOf(x) != e.side && x.hasNote(NoteDuplicateAck) && x.ack == s.seq)
            ++e.count;
    }
    if (previous)
        e.waitNs = s.timeNs - seg(ladder, *previous).timeNs;
    return e;
}

} // namespace

} // namespace explain

using namespace explain;

Backoff backoffOf(const std::vector<std::int64_t> &intervalsNs)
{
    if (intervalsNs.size() < 2)
        return Backoff::None;
    // Timers fire late by a few ms and the capture point adds jitter: 20 % is "the same".
    const auto near = [](double value, double target) { return value > 0.8 * target && value < 1.2 * target; };
    std::size_t regular = 1;
    while (regular < intervalsNs.size()
           && near(static_cast<double>(intervalsNs[regular]), static_cast<double>(intervalsNs[0])))
        ++regular;
    for (std::size_t i = regular; i < intervalsNs.size(); ++i)
        if (!near(static_cast<double>(intervalsNs[i]), 2.0 * static_cast<double>(intervalsNs[i - 1])))
            return Backoff::Irregular;
    if (regular == intervalsNs.size())
        return Backoff::Regular;
    return regular == 1 ? Backoff::Doubling : Backoff::RegularThenDoubling;
}

std::vector<Explanation> explainRow(const ConnectionLadder &ladder, std::size_t row)
{
    std::vector<Explanation> out;
    if (row >= ladder.rows.size())
        return out;
    const Segment &s = seg(ladder, row);
    const Side side = senderOf(s);

    if (isPureSyn(s) || isSynAck(s)) {
        const bool synAck = isSynAck(s);
        const auto first = firstRow(
            ladder, [&](const Segment &x) { return senderOf(x) == side && (synAck ? isSynAck(x) : isPureSyn(x)); });
        if (first && *first != row) {
            out.push_back(synCopies(ladder, row));
        } else {
            Explanation e =
                note(synAck ? ExplanationKind::SynAckAck : ExplanationKind::SynRelativeSeq, row, side, s.frame);
            e.rawIsn = baseOf(ladder, side);
            e.relativeSeq = s.seq;
            if (synAck) {
                e.ack = s.ack;
                e.peerIsn = baseOf(ladder, peerOf(side));
                e.rawAck = e.peerIsn + s.ack;
            }
            out.push_back(e);
        }
    }
    const bool handshakeAck = handshakeAckRow(ladder) == row;
    if (handshakeAck)
        out.push_back(handshakeComplete(ladder, row));
    if (s.has(FlagRst))
        out.push_back(resetExplanation(ladder, row));
    if (s.has(FlagFin)) {
        Explanation e = note(ExplanationKind::FinSent, row, side, s.frame);
        e.relativeSeq = s.seq;
        e.bytes = s.payloadLength;
        // The FIN's own number follows its data (and a SYN): the peer's Ack for it is one more.
        e.ack = s.seq + s.payloadLength + (s.has(FlagSyn) ? 1U : 0U) + 1U;
        e.count = ladder.firstFin && *ladder.firstFin != side ? 2 : 1;
        e.state = stateOf(ladder, row, side);
        out.push_back(e);
    }
    const bool retransmission = s.hasNote(NoteRetransmission) && !s.has(FlagSyn);
    if (out.empty() && !retransmission && !s.hasNote(NoteDuplicateAck))
        out.push_back(plainSegment(ladder, row));
    if (retransmission)
        out.push_back(retransmissionOf(ladder, row));
    if (s.hasNote(NoteDuplicateAck))
        out.push_back(duplicateAck(ladder, row));
    if (s.hasNote(NoteZeroWindow))
        out.push_back(note(ExplanationKind::ZeroWindow, row, side, s.frame));
    if (const auto repeat = ladder.rows[row].analysis.unreceivedRepeatRow; repeat != 0 && repeat < ladder.rows.size()) {
        Explanation e = note(ExplanationKind::NotReceived, row, side, seg(ladder, repeat).frame);
        e.flags = seg(ladder, repeat).flags;
        out.push_back(e);
    }

    if (ladder.firstFin) {
        const Explanation close = teardown(ladder);
        const auto fin = firstRow(ladder, [](const Segment &x) { return x.has(FlagFin); });
        const bool halfCloseData =
            close.kind == ExplanationKind::HalfClose && fin && row > *fin && side != close.side && s.payloadLength > 0;
        if (row == fin || close.row == row || halfCloseData)
            out.push_back(close);
        // Entering TIME_WAIT, and the last ACK the waiting side sends from it.
        const bool waits = timeWaitRow(ladder, close.side) == row
            || (side == close.side && stateOf(ladder, row, side) == TcpState::TimeWait);
        if (close.kind != ExplanationKind::SimultaneousClose && waits)
            out.push_back(note(ExplanationKind::TimeWait, row, close.side, s.frame));
    }
    return out;
}

} // namespace tcpladder::core
