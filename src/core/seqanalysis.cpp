// SPDX-License-Identifier: GPL-3.0-or-later
#include "seqanalysis.h"

#include "tcpflags.h"

namespace tcpladder::core {

namespace {

// Serial-number comparisons (RFC 1982) on the 32-bit sequence space, as Wireshark's *_SEQ macros.
bool seqGt(std::uint32_t a, std::uint32_t b)
{
    return static_cast<std::int32_t>(b - a) < 0;
}
bool seqLt(std::uint32_t a, std::uint32_t b)
{
    return static_cast<std::int32_t>(a - b) < 0;
}
bool seqLe(std::uint32_t a, std::uint32_t b)
{
    return static_cast<std::int32_t>(a - b) <= 0;
}

// Wireshark holds these intervals in an unsigned 64-bit value, so a clock that goes backwards
// yields a huge interval rather than a negative one; keep that so the thresholds compare alike.
std::uint64_t elapsed(std::int64_t now, std::int64_t then)
{
    return static_cast<std::uint64_t>(now) - static_cast<std::uint64_t>(then);
}

constexpr std::uint16_t kSynFinRst = FlagSyn | FlagFin | FlagRst;
constexpr std::uint64_t kFastRetransmitWindowNs = 20'000'000;
constexpr std::uint64_t kDefaultOutOfOrderNs = 3'000'000;

// The zero-window/keep-alive/window-update/dup-ACK checks; the early returns are where Wireshark
// skips the remaining checks of this block.
void classifyForward(FlowState &fwd, const FlowState &rev, std::uint32_t seq, std::uint32_t ack, std::uint32_t length,
                     std::uint16_t flags, std::uint16_t window, std::uint16_t &result)
{
    if (length == 1 && seq == fwd.nextSeq && rev.window == 0) {
        result |= SeqZeroWindowProbe;
        return;
    }
    if (window == 0 && (flags & kSynFinRst) == 0)
        result |= SeqZeroWindow;
    if (fwd.nextSeq != 0 && seqGt(seq, fwd.nextSeq) && (flags & FlagRst) == 0)
        result |= SeqLostSegment;
    if ((length == 0 || length == 1) && seq == fwd.nextSeq - 1 && (flags & kSynFinRst) == 0)
        result |= SeqKeepAlive;

    const bool sameAsBefore = length == 0 && seq == fwd.nextSeq && ack == fwd.lastAck && (flags & kSynFinRst) == 0;
    if (sameAsBefore && window != 0 && window != fwd.window)
        result |= SeqWindowUpdate;
    if (sameAsBefore && window != 0 && window == fwd.window && (rev.lastSegmentFlags & SeqKeepAlive)) {
        result |= SeqKeepAliveAck;
        return;
    }
    if (sameAsBefore && window == 0 && window == fwd.window && (rev.lastSegmentFlags & SeqZeroWindowProbe)) {
        result |= SeqZeroWindowProbeAck;
        return;
    }
    if (sameAsBefore && window != 0 && window == fwd.window) {
        ++fwd.dupAckNum;
        result |= SeqDuplicateAck;
    }
}

// Retransmission, fast retransmission, spurious retransmission or out-of-order, checked in
// Wireshark's default order (fast retransmission takes precedence over out-of-order).
void classifyRetransmission(const FlowState &fwd, const FlowState &rev, const ConversationTiming &timing,
                            std::uint32_t seq, std::uint32_t length, std::uint16_t flags, std::int64_t timeNs,
                            std::uint16_t &result)
{
    if (length == 0 && (flags & (FlagSyn | FlagFin)) == 0)
        return;
    if (result & SeqKeepAlive)
        return;
    bool notAdvanced = fwd.nextSeq != 0 && seqLt(seq, fwd.nextSeq);
    // A segment starting one byte early but carrying new data follows a zero-window probe.
    if (length > 1 && fwd.nextSeq - 1 == seq)
        notAdvanced = false;

    if (length > 0 && rev.lastAck != 0 && seqLe(seq + length, rev.lastAck)) {
        result |= SeqSpuriousRetransmission;
        return;
    }
    if (notAdvanced && rev.dupAckNum >= 2 && rev.lastAck == seq
        && elapsed(timeNs, rev.lastAckTimeNs) < kFastRetransmitWindowNs) {
        result |= SeqFastRetransmission;
        return;
    }
    const std::uint64_t threshold =
        timing.firstRttNs == 0 ? kDefaultOutOfOrderNs : static_cast<std::uint64_t>(timing.firstRttNs);
    const std::uint32_t end = seq + length + ((flags & (FlagSyn | FlagFin)) ? 1u : 0u);
    if (notAdvanced && elapsed(timeNs, fwd.nextSeqTimeNs) < threshold && fwd.nextSeq != end) {
        result |= SeqOutOfOrder;
        return;
    }
    if (notAdvanced)
        result |= SeqRetransmission;
}

} // namespace

std::uint16_t analyzeSegment(FlowState &fwd, FlowState &rev, const ConversationTiming &timing, std::uint32_t seq,
                             std::uint32_t ack, std::uint32_t length, std::uint16_t flags, std::uint16_t window,
                             std::int64_t timeNs, std::uint16_t initialFlags)
{
    if (!fwd.baseSet) {
        fwd.baseSeq = (flags & FlagSyn) ? seq : seq - 1;
        fwd.baseSet = true;
    }
    // A SYN's ACK field may hold garbage, so the peer's ISN comes from the first real ACK.
    if (!rev.baseSet && (flags & FlagAck)) {
        rev.baseSeq = ack - 1;
        rev.baseSet = true;
    }

    std::uint16_t result = initialFlags;
    classifyForward(fwd, rev, seq, ack, length, flags, window, result);

    if (ack != fwd.lastAck)
        fwd.dupAckNum = 0;

    // An ACK beyond anything seen from the peer acknowledges a segment the capture missed. Wireshark 4.0
    // flags it every time and moves the peer's bound up so the same gap is reported once.
    if (rev.maxSeqToBeAcked != 0 && seqGt(ack, rev.maxSeqToBeAcked) && (flags & FlagAck)) {
        rev.maxSeqToBeAcked = rev.nextSeq;
        result |= SeqAckLostSegment;
    }

    classifyRetransmission(fwd, rev, timing, seq, length, flags, timeNs, result);

    std::uint32_t nextSeq = seq + length;
    if (flags & (FlagSyn | FlagFin))
        ++nextSeq;
    const bool probe = (result & SeqZeroWindowProbe) != 0;
    if ((seqGt(nextSeq, fwd.nextSeq) || fwd.nextSeq == 0) && !probe) {
        fwd.nextSeq = nextSeq;
        fwd.nextSeqTimeNs = timeNs;
    }
    if ((seq == fwd.maxSeqToBeAcked || fwd.maxSeqToBeAcked == 0) && !probe)
        fwd.maxSeqToBeAcked = fwd.nextSeq;

    fwd.window = window;
    fwd.lastAck = ack;
    fwd.lastAckTimeNs = timeNs;
    fwd.lastSegmentFlags = result;
    return result;
}

void updateTiming(ConversationTiming &timing, std::uint16_t flags, std::int64_t timeNs)
{
    if ((flags & (FlagSyn | FlagAck)) == FlagSyn)
        timing.mostRecentSynNs = timeNs;
    else if ((flags & (FlagSyn | FlagAck)) == FlagAck && timing.mostRecentSynNs != 0 && timing.firstRttNs == 0)
        timing.firstRttNs = timeNs - timing.mostRecentSynNs;
}

} // namespace tcpladder::core
