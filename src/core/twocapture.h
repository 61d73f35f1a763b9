// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionanalyzer.h"
#include "wiresegment.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace tcpladder::core {

// Where a segment was captured: at both ends, only at the end that sent it (it was lost between
// the two capture points), or only at the end that received it (the sender's capture missed it).
enum class Seen : std::uint8_t { Both, SenderOnly, ReceiverOnly };

const char *seenName(Seen seen); // "both", "sender_only", "receiver_only"

// One segment of either capture, placed on capture A's clock.
struct MergedSegment
{
    Seen seen = Seen::Both;
    std::optional<std::size_t> copy;        // index of its copy in the other capture's segments
    std::optional<std::int64_t> sentNs;     // on A's clock; unknown when the sender's capture missed it
    std::optional<std::int64_t> receivedNs; // on A's clock; unknown when it never arrived
    std::optional<std::int64_t> oneWayDelayNs() const
    {
        return sentNs && receivedNs ? std::optional(*receivedNs - *sentNs) : std::nullopt;
    }
};

// The two capture clocks, from the fastest trip each way. Assumption: the fastest trip took equally
// long in both directions. Whatever the real split, each fastest trip took at least 0 s, so the
// estimate is off by at most half the fastest round trip: errorBoundNs.
struct ClockOffset
{
    std::int64_t offsetNs = 0; // B's clock minus A's
    std::int64_t errorBoundNs = 0;
};

// What one direction's pairs show; delays in ns, over the segments seen at both ends.
struct DirectionReport
{
    std::size_t both = 0;
    std::size_t lostBetweenCaptures = 0; // sent (in the sender's capture) and never captured arriving
    std::size_t receiverOnly = 0;        // arrived, but the sender's capture does not have it
    std::size_t reordered = 0;           // arrived after a segment that was sent after it
    std::int64_t minDelayNs = 0;
    std::int64_t medianDelayNs = 0;
    std::int64_t meanDelayNs = 0;
    std::int64_t maxDelayNs = 0;
};

struct TwoCaptureMerge
{
    Side aSide = Side::Client;                 // the end capture A was taken at (B at the other)
    bool aSideKnown = false;                   // false: too few segments seen at both ends to tell
    std::optional<ClockOffset> clock;          // needs segments seen at both ends in both directions
    std::vector<MergedSegment> a;              // one per segment of capture A, same order
    std::vector<MergedSegment> b;              // one per segment of capture B
    std::array<DirectionReport, 2> directions; // indexed by Direction (c2s, s2c)
};

// Pairs every segment with its copy in the other capture (raw seq, ack, length, flags, IP ID and TCP
// timestamps must all agree, so a retransmission never pairs with the original; equal copies pair
// in capture order) and derives the clocks, delays, losses and reordering. `b` must already use
// `a`'s client/server directions.
TwoCaptureMerge mergeTwoCaptures(std::span<const WireSegment> a, std::span<const WireSegment> b);

} // namespace tcpladder::core
