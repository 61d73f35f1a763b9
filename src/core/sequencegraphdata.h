// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment.h"
#include "streamreplay.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace tcpladder::core {

// One point of a time-sequence graph. `row` is the index into ConnectionLadder::rows, so a click
// on the graph can select the segment in the ladder and the ladder can find its point.
struct GraphPoint
{
    double time = 0;  // seconds since the connection's first segment
    double value = 0; // relative sequence number in the data direction's space (unwrapped past 4 GiB)
    int row = -1;
};

// What a mark on the graph means; each kind gets its own series and legend entry.
enum class GraphMark : std::uint8_t {
    Syn,            // at the sender's seq
    Fin,            // at the sender's seq + len (where the FIN sits)
    Rst,            // at the sender's seq
    Retransmission, // at seq + len of the data segment that was resent
    OutOfOrder,     // at seq + len of a data segment tshark calls out of order
    DuplicateAck,   // on the peer's ACK line
    ZeroWindow,     // on the peer's ACK line: the peer advertised no room at all
};
inline constexpr std::size_t graphMarkCount = 7;

// Everything drawn for the data sent in one direction (Stevens / tcptrace style). Points are in
// ladder-row order, which is capture order; `row` therefore rises strictly within each vector.
struct GraphDirection
{
    Direction direction = Direction::ClientToServer;
    std::vector<GraphPoint> data;   // segments with payload: (time, seq + len)
    std::vector<GraphPoint> ack;    // the peer's segments with ACK: (time, ack)
    std::vector<GraphPoint> window; // the peer's segments with ACK: (time, ack + advertisedWindow)
    std::array<std::vector<GraphPoint>, graphMarkCount> marks; // indexed by GraphMark
    std::uint64_t payloadBytes = 0;

    const std::vector<GraphPoint> &mark(GraphMark kind) const { return marks[static_cast<std::size_t>(kind)]; }
    std::vector<GraphPoint> &mark(GraphMark kind) { return marks[static_cast<std::size_t>(kind)]; }
    bool empty() const;
};

struct SequenceGraphData
{
    std::array<GraphDirection, 2> directions; // indexed by Direction
    double duration = 0;                      // seconds from the first to the last segment
    std::int64_t startNs = 0;                 // timeNs that time 0 stands for

    const GraphDirection &operator[](Direction d) const { return directions[static_cast<std::size_t>(d)]; }
    // The direction that carried more payload (the "bulk" one), client -> server on a tie.
    Direction busiestDirection() const;
};

SequenceGraphData buildSequenceGraph(const ConnectionLadder &ladder);

// A part of the graph reduced for display. Lines keep, per time bucket, their first, lowest,
// highest and last point, so the drawn shape is what a full-resolution plot would show at that
// width; marks are never reduced, because a missing retransmission would be a wrong answer.
struct GraphDisplay
{
    std::vector<GraphPoint> data;
    std::vector<GraphPoint> ack;
    std::vector<GraphPoint> window;
    std::array<std::vector<GraphPoint>, graphMarkCount> marks;
};

// Points of `points` with time in [t0, t1] (plus the nearest one outside each end, so lines reach
// the edge), reduced to at most 4 * buckets + 2 points. Input in any time order.
std::vector<GraphPoint> downsamplePoints(std::span<const GraphPoint> points, double t0, double t1, std::size_t buckets);

GraphDisplay displayGraph(const GraphDirection &direction, double t0, double t1, std::size_t buckets);

// A rectangle of the graph's plane cut into `columns` x `rows` equal cells (a cell is a few screen pixels).
struct GraphGrid
{
    double t0 = 0, t1 = 0; // time, left to right
    double v0 = 0, v1 = 0; // value, bottom to top
    std::size_t columns = 1, rows = 1;
};

// The first point of `points` in each cell of `grid`, in input order; points outside it are kept.
// Two dots in one cell are drawn on the same pixels, so a scatter plot looks the same with one.
std::vector<GraphPoint> onePointPerCell(std::span<const GraphPoint> points, const GraphGrid &grid);

// The point of `points` (rows rising, as every graph series here is built) for ladder row `row`.
std::optional<GraphPoint> findRowPoint(std::span<const GraphPoint> points, int row);

// Seconds from `startNs`, the time axis of every connection graph.
inline double graphSeconds(std::int64_t timeNs, std::int64_t startNs)
{
    return static_cast<double>(timeNs - startNs) / 1e9;
}

// The point that stands for ladder row `row` in this direction's graph: its data point, its place
// on the ACK line, or its SYN/FIN/RST mark; nullopt when the row draws nothing here.
std::optional<GraphPoint> pointForRow(const GraphDirection &direction, int row);

} // namespace tcpladder::core
