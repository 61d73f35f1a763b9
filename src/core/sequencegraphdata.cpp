// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencegraphdata.h"

#include "tcpflags.h"

#include <algorithm>
#include <limits>
#include <unordered_set>

namespace tcpladder::core {

namespace {

constexpr std::int64_t seqSpace = std::int64_t{1} << 32;

// Relative numbers are 32-bit and wrap after 4 GiB; a graph needs them to keep climbing, so each
// value is read as the 64-bit number nearest to the highest one seen so far in that space.
class Unwrapper
{
public:
    double operator()(std::uint32_t value)
    {
        std::int64_t candidate = (m_highest & ~(seqSpace - 1)) | value;
        if (candidate - m_highest > seqSpace / 2)
            candidate -= seqSpace;
        else if (m_highest - candidate > seqSpace / 2)
            candidate += seqSpace;
        if (candidate < 0) // before the first wrap a value far below 0 is a plain small number
            candidate += seqSpace;
        m_highest = std::max(m_highest, candidate);
        return static_cast<double>(candidate);
    }

private:
    std::int64_t m_highest = 0;
};

std::size_t index(Direction direction)
{
    return static_cast<std::size_t>(direction);
}

Direction other(Direction direction)
{
    return direction == Direction::ClientToServer ? Direction::ServerToClient : Direction::ClientToServer;
}

} // namespace

bool GraphDirection::empty() const
{
    if (!data.empty() || !ack.empty())
        return false;
    return std::all_of(marks.begin(), marks.end(), [](const auto &m) { return m.empty(); });
}

Direction SequenceGraphData::busiestDirection() const
{
    return directions[1].payloadBytes > directions[0].payloadBytes ? Direction::ServerToClient
                                                                   : Direction::ClientToServer;
}

SequenceGraphData buildSequenceGraph(const ConnectionLadder &ladder)
{
    SequenceGraphData graph;
    graph.directions[0].direction = Direction::ClientToServer;
    graph.directions[1].direction = Direction::ServerToClient;
    if (ladder.rows.empty())
        return graph;

    graph.startNs = ladder.rows.front().segment.timeNs;
    std::array<Unwrapper, 2> unwrap; // one per sequence space, indexed by the data direction
    std::int64_t lastNs = graph.startNs;
    for (std::size_t i = 0; i < ladder.rows.size(); ++i) {
        const Segment &s = ladder.rows[i].segment;
        const int row = static_cast<int>(i);
        const double time = graphSeconds(s.timeNs, graph.startNs);
        lastNs = std::max(lastNs, s.timeNs);

        // What this segment sends lives in its own direction's graph ...
        GraphDirection &own = graph.directions[index(s.direction)];
        const double seq = unwrap[index(s.direction)](s.seq);
        const double end = seq + s.payloadLength;
        own.payloadBytes += s.payloadLength;
        if (s.payloadLength > 0)
            own.data.push_back({time, end, row});
        if (s.has(FlagSyn))
            own.mark(GraphMark::Syn).push_back({time, seq, row});
        if (s.has(FlagFin))
            own.mark(GraphMark::Fin).push_back({time, end, row});
        if (s.has(FlagRst))
            own.mark(GraphMark::Rst).push_back({time, seq, row});
        if (s.hasNote(NoteRetransmission))
            own.mark(GraphMark::Retransmission).push_back({time, end, row});
        if (s.hasNote(NoteOutOfOrder))
            own.mark(GraphMark::OutOfOrder).push_back({time, end, row});

        // ... what it acknowledges and advertises lives in the peer's.
        GraphDirection &peer = graph.directions[index(other(s.direction))];
        const bool acks = s.has(FlagAck);
        const double ack = acks ? unwrap[index(peer.direction)](s.ack) : 0.0;
        if (acks) {
            peer.ack.push_back({time, ack, row});
            peer.window.push_back({time, ack + advertisedWindow(s, ladder), row});
        }
        if (s.hasNote(NoteDuplicateAck))
            peer.mark(GraphMark::DuplicateAck).push_back({time, ack, row});
        if (s.hasNote(NoteZeroWindow))
            peer.mark(GraphMark::ZeroWindow).push_back({time, ack, row});
    }
    graph.duration = graphSeconds(lastNs, graph.startNs);
    return graph;
}

std::vector<GraphPoint> downsamplePoints(std::span<const GraphPoint> points, double t0, double t1, std::size_t buckets)
{
    buckets = std::max<std::size_t>(buckets, 1);
    // Per bucket: the input positions of its first, lowest, highest and last point.
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    struct Keep
    {
        std::size_t first = none, low = none, high = none, last = none;
    };
    std::vector<Keep> keep(buckets);
    std::size_t before = none;
    std::size_t after = none;
    const double span = t1 - t0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const GraphPoint &p = points[i];
        if (p.time < t0) {
            if (before == none || p.time >= points[before].time)
                before = i;
            continue;
        }
        if (p.time > t1) {
            if (after == none || p.time < points[after].time)
                after = i;
            continue;
        }
        std::size_t b = span > 0 ? static_cast<std::size_t>((p.time - t0) / span * static_cast<double>(buckets)) : 0;
        b = std::min(b, buckets - 1);
        Keep &k = keep[b];
        if (k.first == none) {
            k.first = k.low = k.high = k.last = i;
            continue;
        }
        if (p.value < points[k.low].value)
            k.low = i;
        if (p.value > points[k.high].value)
            k.high = i;
        k.last = i;
    }

    std::vector<GraphPoint> out;
    if (before != none)
        out.push_back(points[before]);
    std::size_t picked[4];
    for (const Keep &k : keep) {
        if (k.first == none)
            continue;
        picked[0] = k.first;
        picked[1] = k.low;
        picked[2] = k.high;
        picked[3] = k.last;
        std::sort(std::begin(picked), std::end(picked));
        for (std::size_t j = 0; j < 4; ++j) {
            if (j == 0 || picked[j] != picked[j - 1])
                out.push_back(points[picked[j]]);
        }
    }
    if (after != none)
        out.push_back(points[after]);
    return out;
}

GraphDisplay displayGraph(const GraphDirection &direction, double t0, double t1, std::size_t buckets)
{
    GraphDisplay display;
    display.data = downsamplePoints(direction.data, t0, t1, buckets);
    display.ack = downsamplePoints(direction.ack, t0, t1, buckets);
    display.window = downsamplePoints(direction.window, t0, t1, buckets);
    display.marks = direction.marks;
    return display;
}

std::vector<GraphPoint> onePointPerCell(std::span<const GraphPoint> points, const GraphGrid &grid)
{
    const std::size_t columns = std::max<std::size_t>(grid.columns, 1);
    const std::size_t rows = std::max<std::size_t>(grid.rows, 1);
    const double width = grid.t1 - grid.t0;
    const double height = grid.v1 - grid.v0;
    const auto cellOf = [](double offset, double span, std::size_t cells) {
        const auto cell = span > 0 ? static_cast<std::size_t>(offset / span * static_cast<double>(cells)) : 0;
        return std::min(cell, cells - 1);
    };
    std::unordered_set<std::uint64_t> taken;
    std::vector<GraphPoint> out;
    out.reserve(points.size());
    for (const GraphPoint &p : points) {
        const bool inside = p.time >= grid.t0 && p.time <= grid.t1 && p.value >= grid.v0 && p.value <= grid.v1;
        if (inside) {
            const std::uint64_t cell =
                cellOf(p.time - grid.t0, width, columns) * rows + cellOf(p.value - grid.v0, height, rows);
            if (!taken.insert(cell).second)
                continue;
        }
        out.push_back(p);
    }
    return out;
}

std::optional<GraphPoint> findRowPoint(std::span<const GraphPoint> points, int row)
{
    const auto it =
        std::lower_bound(points.begin(), points.end(), row, [](const GraphPoint &p, int r) { return p.row < r; });
    if (it != points.end() && it->row == row)
        return *it;
    return std::nullopt;
}

std::optional<GraphPoint> pointForRow(const GraphDirection &direction, int row)
{
    if (auto p = findRowPoint(direction.data, row))
        return p;
    for (const GraphMark kind : {GraphMark::Syn, GraphMark::Fin, GraphMark::Rst}) {
        if (auto p = findRowPoint(direction.mark(kind), row))
            return p;
    }
    return findRowPoint(direction.ack, row);
}

} // namespace tcpladder::core
