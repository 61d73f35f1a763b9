// SPDX-License-Identifier: GPL-3.0-or-later
#include "twocapture.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <tuple>

namespace tcpladder::core {

namespace {

using CopyKey = std::tuple<Direction, std::uint32_t, std::uint32_t, std::uint32_t, std::uint16_t, std::uint16_t, bool,
                           std::uint32_t, std::uint32_t>;

CopyKey copyKey(const WireSegment &s)
{
    return {s.direction, s.rawSeq, s.rawAck, s.length, s.flags, s.ipId, s.hasTimestamps, s.tsVal, s.tsEcr};
}

int dirIndex(Direction direction)
{
    return direction == Direction::ClientToServer ? 0 : 1;
}

Side senderOf(Direction direction)
{
    return direction == Direction::ClientToServer ? Side::Client : Side::Server;
}

// Which end A was captured at: a segment is seen later at its receiver, so B's time minus A's is
// larger for what A's end sent than for what B's end sent, whatever the offset between the clocks.
std::optional<Side> captureSideOfA(std::span<const WireSegment> a, std::span<const WireSegment> b,
                                   const std::vector<MergedSegment> &merged)
{
    std::array<double, 2> sum{};
    std::array<std::size_t, 2> count{};
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!merged[i].copy)
            continue;
        const int d = dirIndex(a[i].direction);
        sum[d] += static_cast<double>(b[*merged[i].copy].timeNs - a[i].timeNs);
        ++count[d];
    }
    if (count[0] == 0 || count[1] == 0)
        return std::nullopt;
    return sum[0] / double(count[0]) > sum[1] / double(count[1]) ? Side::Client : Side::Server;
}

// Minimum of (receiver time - sender time), in the two captures' own clocks, per direction.
std::optional<ClockOffset> clockOffset(std::span<const WireSegment> a, std::span<const WireSegment> b,
                                       const std::vector<MergedSegment> &merged, Side aSide)
{
    constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::max();
    std::int64_t fromA = kNone; // min over A-sent of tB - tA = offset + delay
    std::int64_t fromB = kNone; // min over B-sent of tA - tB = -offset + delay
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!merged[i].copy)
            continue;
        const std::int64_t difference = b[*merged[i].copy].timeNs - a[i].timeNs;
        if (senderOf(a[i].direction) == aSide)
            fromA = std::min(fromA, difference);
        else
            fromB = std::min(fromB, -difference);
    }
    if (fromA == kNone || fromB == kNone)
        return std::nullopt;
    return ClockOffset{(fromA - fromB) / 2, (fromA + fromB) / 2};
}

void placeOnClock(TwoCaptureMerge &merge, std::span<const WireSegment> a, std::span<const WireSegment> b)
{
    const std::int64_t offset = merge.clock ? merge.clock->offsetNs : 0;
    const auto place = [&](std::span<const WireSegment> own, std::span<const WireSegment> other,
                           std::vector<MergedSegment> &rows, Side ownSide, std::int64_t ownToA) {
        for (std::size_t i = 0; i < own.size(); ++i) {
            MergedSegment &row = rows[i];
            const bool ownSends = senderOf(own[i].direction) == ownSide;
            const std::int64_t ownTime = own[i].timeNs + ownToA;
            if (row.copy) {
                row.seen = Seen::Both;
                const bool clocksKnown = merge.clock.has_value();
                const std::optional<std::int64_t> otherTime =
                    clocksKnown ? std::optional(other[*row.copy].timeNs - offset - ownToA) : std::nullopt;
                row.sentNs = ownSends ? std::optional(ownTime) : otherTime;
                row.receivedNs = ownSends ? otherTime : std::optional(ownTime);
            } else {
                row.seen = ownSends ? Seen::SenderOnly : Seen::ReceiverOnly;
                (ownSends ? row.sentNs : row.receivedNs) = ownTime;
            }
        }
    };
    const Side bSide = merge.aSide == Side::Client ? Side::Server : Side::Client;
    place(a, b, merge.a, merge.aSide, 0);
    // B's times minus the offset are A's; for B's rows "other" is A, whose times need no shift:
    // other - offset - ownToA with ownToA = -offset gives A's time unchanged.
    place(b, a, merge.b, bSide, -offset);
}

void report(TwoCaptureMerge &merge, std::span<const WireSegment> a, std::span<const WireSegment> b)
{
    const auto countUnpaired = [&](const std::vector<MergedSegment> &rows, std::span<const WireSegment> own) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            DirectionReport &r = merge.directions[dirIndex(own[i].direction)];
            if (rows[i].seen == Seen::SenderOnly)
                ++r.lostBetweenCaptures;
            else if (rows[i].seen == Seen::ReceiverOnly)
                ++r.receiverOnly;
        }
    };
    for (const Direction direction : {Direction::ClientToServer, Direction::ServerToClient}) {
        std::vector<std::pair<std::int64_t, std::int64_t>> trips; // (sent, received) of pairs
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i].direction == direction && merge.a[i].copy && merge.a[i].oneWayDelayNs())
                trips.emplace_back(*merge.a[i].sentNs, *merge.a[i].receivedNs);
        DirectionReport &r = merge.directions[dirIndex(direction)];
        r.both = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
            r.both += a[i].direction == direction && merge.a[i].copy ? 1 : 0;
        if (trips.empty())
            continue;
        std::sort(trips.begin(), trips.end());
        std::int64_t latestArrival = std::numeric_limits<std::int64_t>::min();
        std::vector<std::int64_t> delays;
        for (const auto &[sent, received] : trips) {
            if (received < latestArrival)
                ++r.reordered;
            latestArrival = std::max(latestArrival, received);
            delays.push_back(received - sent);
        }
        std::sort(delays.begin(), delays.end());
        r.minDelayNs = delays.front();
        r.maxDelayNs = delays.back();
        r.medianDelayNs = delays[delays.size() / 2];
        long double total = 0;
        for (const std::int64_t d : delays)
            total += d;
        r.meanDelayNs = static_cast<std::int64_t>(total / delays.size());
    }
    countUnpaired(merge.a, a);
    countUnpaired(merge.b, b);
}

} // namespace

const char *seenName(Seen seen)
{
    switch (seen) {
    case Seen::Both:
        return "both";
    case Seen::SenderOnly:
        return "sender_only";
    case Seen::ReceiverOnly:
        return "receiver_only";
    }
    return "";
}

TwoCaptureMerge mergeTwoCaptures(std::span<const WireSegment> a, std::span<const WireSegment> b)
{
    TwoCaptureMerge merge;
    merge.a.resize(a.size());
    merge.b.resize(b.size());
    std::map<CopyKey, std::deque<std::size_t>> unpairedB;
    for (std::size_t j = 0; j < b.size(); ++j)
        unpairedB[copyKey(b[j])].push_back(j);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto found = unpairedB.find(copyKey(a[i]));
        if (found == unpairedB.end() || found->second.empty())
            continue;
        const std::size_t j = found->second.front();
        found->second.pop_front();
        merge.a[i].copy = j;
        merge.b[j].copy = i;
    }
    if (const auto side = captureSideOfA(a, b, merge.a)) {
        merge.aSide = *side;
        merge.aSideKnown = true;
        merge.clock = clockOffset(a, b, merge.a, merge.aSide);
    }
    placeOnClock(merge, a, b);
    report(merge, a, b);
    return merge;
}

} // namespace tcpladder::core
