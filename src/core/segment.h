// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace tcpladder::core {

enum class Direction : std::uint8_t { ClientToServer = 0, ServerToClient = 1 };

// Analysis notes of one segment (bit set), named as in the JSON contract.
enum SegmentNote : std::uint8_t {
    NoteRetransmission = 0x01, // tshark: retransmission, fast_retransmission or spurious_retransmission
    NoteDuplicateAck = 0x02,
    NoteOutOfOrder = 0x04,
    NoteZeroWindow = 0x08,
    NoteKeepAlive = 0x10,
    NoteFinAckMerged = 0x20, // this FIN also acknowledges the peer's FIN (the 3-segment close)
    NotePortReused = 0x40,
};

// One TCP segment as the whole application sees it. Payload bytes are never kept: the detail
// view re-reads the frame at fileOffset. Kept small because a 1 GB capture holds ~10M of these.
struct Segment
{
    std::int64_t timeNs = 0;         // capture time, ns since the Unix epoch
    std::uint64_t fileOffset = 0;    // offset of the frame's record in the (uncompressed) capture
    std::uint32_t frame = 0;         // 1-based frame number, as Wireshark counts
    std::uint32_t seq = 0;           // relative, equal to Wireshark's tcp.seq
    std::uint32_t ack = 0;           // relative, equal to tcp.ack; 0 when ACK is off
    std::uint32_t payloadLength = 0; // tcp.len
    std::uint16_t window = 0;        // raw header field (not scaled)
    std::uint16_t flags = 0;         // TcpFlag bits
    Direction direction = Direction::ClientToServer;
    std::uint8_t notes = 0; // SegmentNote bits

    bool has(std::uint16_t flag) const { return (flags & flag) != 0; }
    bool hasNote(std::uint8_t note) const { return (notes & note) != 0; }
};

static_assert(sizeof(Segment) == 40, "Segment must stay compact: one per TCP packet in memory");

} // namespace tcpladder::core
