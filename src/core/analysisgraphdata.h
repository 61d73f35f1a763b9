// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sequencegraphdata.h"
#include "tcpanalysis.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace tcpladder::core {

// Round-trip time per ACK, as tshark's tcp.analysis.ack_rtt: the time from a segment to the ACK
// that first covers it. Points sit at the ACK's time with the RTT in milliseconds; `row` is the
// ACK's ladder row. Filed under the direction of the data acknowledged (the ACK goes the other way).
struct RttGraphData
{
    std::array<std::vector<GraphPoint>, 2> samples; // indexed by the acknowledged data's Direction
    double duration = 0;                            // seconds from the first to the last segment
    std::int64_t startNs = 0;

    const std::vector<GraphPoint> &operator[](Direction d) const { return samples[static_cast<std::size_t>(d)]; }
    bool empty() const { return samples[0].empty() && samples[1].empty(); }
};

// `analysis` holds one entry per ladder row (analyzeLadderTcp / analyzeStreamTcp); missing rows count as none.
RttGraphData buildRttGraph(const ConnectionLadder &ladder, std::span<const TcpRowAnalysis> analysis);
std::optional<GraphPoint> pointForRow(const RttGraphData &graph, int row);

// Bytes in flight per data segment of one direction (tcp.analysis.bytes_in_flight: sent, not yet
// acknowledged, less what SACK covers) against the window the receiver advertised (tcp.window_size),
// which bounds it. Both in bytes.
struct InFlightDirection
{
    Direction direction = Direction::ClientToServer;
    std::vector<GraphPoint> inFlight; // this direction's data segments: (time, bytes in flight)
    std::vector<GraphPoint> window;   // the receiver's segments: (time, its advertised window), a step line
    std::uint64_t payloadBytes = 0;
};

struct InFlightGraphData
{
    std::array<InFlightDirection, 2> directions; // indexed by Direction
    double duration = 0;
    std::int64_t startNs = 0;

    const InFlightDirection &operator[](Direction d) const { return directions[static_cast<std::size_t>(d)]; }
    Direction busiestDirection() const; // more payload; client -> server on a tie
};

InFlightGraphData buildInFlightGraph(const ConnectionLadder &ladder, std::span<const TcpRowAnalysis> analysis);
// The row's in-flight point, else its place on the window line; nullopt when it draws nothing here.
std::optional<GraphPoint> pointForRow(const InFlightDirection &direction, int row);

} // namespace tcpladder::core
