// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment.h"
#include "stream.h"
#include "streamreplay.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace tcpladder::core {

// How a connection was recognised in the other end's capture, most trusted first.
enum class PeerMatchMethod : std::uint8_t {
    PortsAndIsns,    // same ports and the same raw ISNs in both directions
    IsnsOnly,        // same raw ISNs, different ports or addresses: a NAT between the captures
    SequenceNumbers, // no SYN seen: the same raw sequence numbers and lengths of data segments
};

// "ports_and_isns", "isns_only", "sequence_numbers": the names the JSON uses.
const char *peerMatchMethodName(PeerMatchMethod method);

struct PeerMatch
{
    std::uint32_t stream = 0; // tcp.stream in the other capture
    PeerMatchMethod method = PeerMatchMethod::PortsAndIsns;
    // The other capture's tracker took the other end as the client (it saw no SYN).
    bool swapped = false;
};

// Finds `ladder`'s connection among the other capture's streams. Raw numbers, not addresses, are
// what both captures share when a NAT sits between them; a 32-bit ISN pair matching by chance is
// negligible. nullopt when no stream shares them.
std::optional<PeerMatch> findPeerStream(const ConnectionLadder &ladder, std::span<const Stream> streams,
                                        std::span<const Segment> segments);

} // namespace tcpladder::core
