// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionanalyzer.h"
#include "ipaddress.h"
#include "segment.h"
#include "stream.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tcpladder::core {

// One ladder row: the segment (notes include the connection-level ones) and the analysis after it.
struct StreamRow
{
    Segment segment;
    RowAnalysis analysis;
};

// Replays one stream through a fresh analyzer, so per-row phases and states need no memory
// while the capture is indexed; called only for the connection a person is looking at.
std::vector<StreamRow> replayStream(const Stream &stream, std::span<const Segment> allSegments);

// Everything needed to draw, print or export one connection's ladder, detached from the capture
// so it can cross threads and outlive the index that produced it.
struct ConnectionLadder
{
    std::uint32_t streamIndex = 0;
    Endpoint client;
    Endpoint server;
    std::string hostname;
    std::uint32_t clientBaseSeq = 0; // raw ISN for "why is the SYN's seq 0" explanations
    std::uint32_t serverBaseSeq = 0;
    std::int8_t clientWindowScale = -1;
    std::int8_t serverWindowScale = -1;
    OpenKind open = OpenKind::None;
    CloseKind close = CloseKind::None;
    std::optional<Side> firstFin;
    std::optional<int> teardownSegments;
    std::vector<StreamRow> rows;
};

ConnectionLadder buildConnectionLadder(const Stream &stream, std::span<const Segment> allSegments);

} // namespace tcpladder::core

namespace tcpladder::core {

// The window the sender advertises in bytes, as Wireshark's tcp.window_size (the Info column's
// Win=): scaled when both SYNs negotiated scaling, never scaled on a SYN, raw when unknown.
std::uint32_t advertisedWindow(const Segment &segment, const ConnectionLadder &ladder);

} // namespace tcpladder::core
