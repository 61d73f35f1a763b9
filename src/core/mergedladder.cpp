// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedladder.h"

#include "tcpflags.h"

#include <algorithm>
#include <map>

namespace tcpladder::core {

namespace {

// A WireSegment as the ladder labels it: relative to A's ISNs, whichever capture it comes from.
Segment relativeSegment(const WireSegment &wire, const ConnectionLadder &ladder)
{
    Segment segment;
    const bool fromClient = wire.direction == Direction::ClientToServer;
    segment.direction = wire.direction;
    segment.flags = wire.flags;
    segment.payloadLength = wire.length;
    segment.seq = wire.rawSeq - (fromClient ? ladder.clientBaseSeq : ladder.serverBaseSeq);
    segment.ack = wire.flags & FlagAck ? wire.rawAck - (fromClient ? ladder.serverBaseSeq : ladder.clientBaseSeq) : 0;
    return segment;
}

struct Moments
{
    std::int64_t sent = 0;
    std::int64_t arrived = 0; // or where a lost one stops
};

} // namespace

MergedLadder layoutMergedLadder(const ConnectionLadder &ladder, const PeerCapture &peer, double step)
{
    MergedLadder out;
    const TwoCaptureMerge &merge = peer.merge;
    if (!merge.clock || ladder.rows.empty())
        return out;
    const std::int64_t originNs = ladder.rows.front().segment.timeNs;
    const auto medianDelay = [&](Direction d) {
        const DirectionReport &r = merge.directions[d == Direction::ClientToServer ? 0 : 1];
        return r.both > 0 ? r.medianDelayNs : 0;
    };
    std::vector<Moments> moments;
    const auto add = [&](const MergedSegment &row, const WireSegment &wire, bool inA) {
        MergedArrow arrow;
        arrow.direction = wire.direction;
        arrow.seen = row.seen;
        arrow.frame = wire.frame;
        arrow.inA = inA;
        arrow.oneWayDelayNs = row.oneWayDelayNs();
        arrow.label = segmentLabel(relativeSegment(wire, ladder), false);
        Moments m;
        if (row.sentNs) {
            m.sent = *row.sentNs;
            m.arrived = row.receivedNs ? *row.receivedNs : m.sent + medianDelay(wire.direction) / 2;
        } else {
            m.arrived = *row.receivedNs;
            m.sent = m.arrived - medianDelay(wire.direction);
            arrow.startEstimated = true;
        }
        arrow.startNs = m.sent - originNs;
        out.arrows.push_back(arrow);
        moments.push_back(m);
    };
    for (std::size_t i = 0; i < merge.a.size(); ++i)
        add(merge.a[i], peer.a[i], true);
    for (std::size_t j = 0; j < merge.b.size(); ++j)
        if (!merge.b[j].copy)
            add(merge.b[j], peer.b[j], false);

    // Every moment gets a y: at least one step below the previous, at most four, in between in
    // proportion to the time that passed (one step per median one-way delay / 4).
    std::vector<std::int64_t> times;
    for (const Moments &m : moments) {
        times.push_back(m.sent);
        times.push_back(m.arrived);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    const std::int64_t unitNs =
        std::max<std::int64_t>(1, std::max(medianDelay(Direction::ClientToServer), medianDelay(Direction::ServerToClient)) / 4);
    std::map<std::int64_t, double> yOf;
    double y = step;
    for (std::size_t k = 0; k < times.size(); ++k) {
        if (k > 0) {
            const double steps = static_cast<double>(times[k] - times[k - 1]) / static_cast<double>(unitNs);
            y += step * std::clamp(steps, 1.0, 4.0);
        }
        yOf[times[k]] = y;
    }
    for (std::size_t i = 0; i < out.arrows.size(); ++i) {
        out.arrows[i].startY = yOf[moments[i].sent];
        out.arrows[i].endY = yOf[moments[i].arrived];
    }
    std::vector<std::size_t> order(out.arrows.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t l, std::size_t r) { return moments[l].sent < moments[r].sent; });
    std::vector<MergedArrow> sorted;
    for (const std::size_t i : order)
        sorted.push_back(out.arrows[i]);
    out.arrows = std::move(sorted);
    out.height = y + step;
    return out;
}

} // namespace tcpladder::core
