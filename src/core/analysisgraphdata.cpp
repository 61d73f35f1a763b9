// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisgraphdata.h"

#include <algorithm>

namespace tcpladder::core {

namespace {

std::size_t index(Direction direction)
{
    return static_cast<std::size_t>(direction);
}

Direction other(Direction direction)
{
    return direction == Direction::ClientToServer ? Direction::ServerToClient : Direction::ClientToServer;
}

// Time 0 and the length of the time axis, the same as the time-sequence graph's.
template<typename Graph>
void setTimeAxis(Graph &graph, const ConnectionLadder &ladder)
{
    if (ladder.rows.empty())
        return;
    graph.startNs = ladder.rows.front().segment.timeNs;
    std::int64_t lastNs = graph.startNs;
    for (const StreamRow &row : ladder.rows)
        lastNs = std::max(lastNs, row.segment.timeNs);
    graph.duration = graphSeconds(lastNs, graph.startNs);
}

} // namespace

RttGraphData buildRttGraph(const ConnectionLadder &ladder, std::span<const TcpRowAnalysis> analysis)
{
    RttGraphData graph;
    setTimeAxis(graph, ladder);
    const std::size_t rows = std::min(ladder.rows.size(), analysis.size());
    for (std::size_t i = 0; i < rows; ++i) {
        if (analysis[i].ackRttNs < 0)
            continue;
        const Segment &ack = ladder.rows[i].segment;
        graph.samples[index(other(ack.direction))].push_back({graphSeconds(ack.timeNs, graph.startNs),
                                                              static_cast<double>(analysis[i].ackRttNs) / 1e6,
                                                              static_cast<int>(i)});
    }
    return graph;
}

std::optional<GraphPoint> pointForRow(const RttGraphData &graph, int row)
{
    for (const auto &samples : graph.samples) {
        if (auto p = findRowPoint(samples, row))
            return p;
    }
    return std::nullopt;
}

Direction InFlightGraphData::busiestDirection() const
{
    return directions[1].payloadBytes > directions[0].payloadBytes ? Direction::ServerToClient
                                                                   : Direction::ClientToServer;
}

InFlightGraphData buildInFlightGraph(const ConnectionLadder &ladder, std::span<const TcpRowAnalysis> analysis)
{
    InFlightGraphData graph;
    graph.directions[0].direction = Direction::ClientToServer;
    graph.directions[1].direction = Direction::ServerToClient;
    setTimeAxis(graph, ladder);
    for (std::size_t i = 0; i < ladder.rows.size(); ++i) {
        const Segment &s = ladder.rows[i].segment;
        const double time = graphSeconds(s.timeNs, graph.startNs);
        const int row = static_cast<int>(i);
        InFlightDirection &own = graph.directions[index(s.direction)];
        own.payloadBytes += s.payloadLength;
        if (i < analysis.size() && analysis[i].bytesInFlight >= 0)
            own.inFlight.push_back({time, static_cast<double>(analysis[i].bytesInFlight), row});
        // Every segment of the receiver tells the sender its window, ACK flag or not (as tcp.window_size).
        graph.directions[index(other(s.direction))].window.push_back(
            {time, static_cast<double>(advertisedWindow(s, ladder)), row});
    }
    return graph;
}

std::optional<GraphPoint> pointForRow(const InFlightDirection &direction, int row)
{
    if (auto p = findRowPoint(direction.inFlight, row))
        return p;
    return findRowPoint(direction.window, row);
}

} // namespace tcpladder::core
