// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment.h"
#include "streamreplay.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tcpladder::core {

// One segment of a ladder with the raw header fields that survive the trip between two capture
// points (NAT rewrites addresses and ports, never these), so its copy in another capture can be
// found. Relative numbers cannot do this: each capture's tracker picks its own base.
struct WireSegment
{
    std::int64_t timeNs = 0; // on this capture's own clock
    std::uint32_t frame = 0;
    Direction direction = Direction::ClientToServer; // in the ladder's client/server terms
    std::uint32_t rawSeq = 0;
    std::uint32_t rawAck = 0;
    std::uint32_t length = 0; // tcp.len
    std::uint16_t flags = 0;
    std::uint16_t ipId = 0; // 0 for IPv6
    bool hasTimestamps = false;
    std::uint32_t tsVal = 0;
    std::uint32_t tsEcr = 0;
};

// The ladder's rows read again from the capture at `path` (one WireSegment per row, same order).
// Rows whose frame cannot be decoded keep their relative fields only; `error` says why the file
// could not be read at all.
std::vector<WireSegment> readWireSegments(const std::string &path, const ConnectionLadder &ladder, std::string &error);

} // namespace tcpladder::core
