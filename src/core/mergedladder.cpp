// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedladder.h"

#include "tcpflags.h"

#include <algorithm>

namespace tcpladder::core {

namespace {

struct Moments
{
    std::int64_t sent = 0;
    std::int64_t arrived = 0; // or where a lost one stops
};

} // namespace

Segment relativeToLadder(const WireSegment &wire, const ConnectionLadder &ladder)
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
    const auto add = [&](const MergedSegment &row, const WireSegment &wire, bool inA, std::size_t index) {
        MergedArrow arrow;
        arrow.index = index;
        arrow.direction = wire.direction;
        arrow.seen = row.seen;
        arrow.frame = wire.frame;
        arrow.inA = inA;
        arrow.oneWayDelayNs = row.oneWayDelayNs();
        arrow.label = segmentLabel(relativeToLadder(wire, ladder), false);
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
        add(merge.a[i], peer.a[i], true, i);
    for (std::size_t j = 0; j < merge.b.size(); ++j)
        if (!merge.b[j].copy)
            add(merge.b[j], peer.b[j], false, j);

    // Every moment gets its own y: at least one step below the previous (two segments sent in the
    // same microsecond still get two lines), at most four, in between in proportion to the time that
    // passed (one step per quarter of the larger median one-way delay).
    struct Moment
    {
        std::int64_t ns;
        std::size_t arrow;
        bool arrival;
    };
    std::vector<Moment> timeline;
    for (std::size_t i = 0; i < moments.size(); ++i) {
        timeline.push_back({moments[i].sent, i, false});
        timeline.push_back({moments[i].arrived, i, true});
    }
    std::stable_sort(timeline.begin(), timeline.end(), [](const Moment &l, const Moment &r) {
        return l.ns < r.ns || (l.ns == r.ns && !l.arrival && r.arrival);
    });
    const std::int64_t unitNs = std::max<std::int64_t>(
        1, std::max(medianDelay(Direction::ClientToServer), medianDelay(Direction::ServerToClient)) / 4);
    double y = step;
    for (std::size_t k = 0; k < timeline.size(); ++k) {
        if (k > 0) {
            const double steps = static_cast<double>(timeline[k].ns - timeline[k - 1].ns) / static_cast<double>(unitNs);
            y += step * std::clamp(steps, 1.0, 4.0);
        }
        MergedArrow &arrow = out.arrows[timeline[k].arrow];
        (timeline[k].arrival ? arrow.endY : arrow.startY) = y;
    }
    std::stable_sort(out.arrows.begin(), out.arrows.end(),
                     [](const MergedArrow &l, const MergedArrow &r) { return l.startY < r.startY; });
    for (const MergedArrow &arrow : out.arrows)
        out.longestDrop = std::max(out.longestDrop, arrow.endY - arrow.startY);
    out.height = y + step;
    return out;
}

} // namespace tcpladder::core
