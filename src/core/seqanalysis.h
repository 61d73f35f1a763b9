// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>

namespace tcpladder::core {

// Result bits of the per-segment sequence analysis, one per Wireshark tcp.analysis.* flag we
// reproduce. Kept apart from SegmentNote because several of them (lost segment, window update,
// keep-alive ACK, zero-window probe) steer later decisions without ever reaching the ladder.
enum SeqFlag : std::uint16_t {
    SeqRetransmission = 0x0001,
    SeqLostSegment = 0x0002,
    SeqAckLostSegment = 0x0004,
    SeqKeepAlive = 0x0008,
    SeqDuplicateAck = 0x0010,
    SeqZeroWindow = 0x0020,
    SeqZeroWindowProbe = 0x0040,
    SeqZeroWindowProbeAck = 0x0080,
    SeqKeepAliveAck = 0x0100,
    SeqOutOfOrder = 0x0200,
    SeqFastRetransmission = 0x0400,
    SeqWindowUpdate = 0x0800,
    SeqReusedPorts = 0x2000,
    SeqSpuriousRetransmission = 0x4000,
};

// What one direction of a connection has shown so far, in raw (absolute) sequence space as
// Wireshark keeps it. A handful of words per direction: nothing grows with the segment count.
// Field order avoids padding (48 bytes, not 56): one is kept per direction of every connection.
struct FlowState
{
    std::int64_t nextSeqTimeNs = 0;
    std::int64_t lastAckTimeNs = 0;
    std::uint32_t baseSeq = 0;
    std::int32_t mss = -1;
    std::uint32_t nextSeq = 0; // highest seq + len seen; 0 means "nothing yet", as in Wireshark
    std::uint32_t maxSeqToBeAcked = 0;
    std::uint32_t lastAck = 0;
    std::uint32_t window = std::numeric_limits<std::uint32_t>::max(); // never equals a 16-bit window at first
    std::int32_t dupAckNum = 0;
    std::uint16_t lastSegmentFlags = 0;
    bool baseSet = false;
    std::int8_t windowScaleOption = -1; // from this side's SYN; -2: its SYN had none
};

// Connection-wide state that the analysis needs besides the two flows.
struct ConversationTiming
{
    std::int64_t mostRecentSynNs = 0; // 0: no SYN without ACK seen
    std::int64_t firstRttNs = 0;      // SYN to the first pure ACK; 0: not known yet
};

// Wireshark's tcp_analyze_sequence_number: sets missing base sequence numbers (the ISN from a
// SYN, else seq - 1; the peer's from ack - 1), classifies one segment and advances both flows.
// `initialFlags` carries what was decided before (the reused-ports mark). Returns SeqFlag bits.
std::uint16_t analyzeSegment(FlowState &fwd, FlowState &rev, const ConversationTiming &timing, std::uint32_t seq,
                             std::uint32_t ack, std::uint32_t length, std::uint16_t flags, std::uint16_t window,
                             std::int64_t timeNs, std::uint16_t initialFlags);

// Updates the SYN time and first RTT after a segment was analysed (the order Wireshark uses).
void updateTiming(ConversationTiming &timing, std::uint16_t flags, std::int64_t timeNs);

} // namespace tcpladder::core
