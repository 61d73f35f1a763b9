// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peercapture.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tcpladder::core {

// One arrow of a ladder drawn from two captures: it leaves the sender's lifeline at its send time
// and reaches the receiver's at its receive time (both on capture A's clock), so its slant is the
// real one-way delay. A segment lost between the captures stops half-way.
struct MergedArrow
{
    Direction direction = Direction::ClientToServer;
    Seen seen = Seen::Both;
    double startY = 0;           // on the sender's lifeline
    double endY = 0;             // on the receiver's lifeline; for a lost segment, where it stops
    bool startEstimated = false; // receiver-only: the send time is the direction's median delay earlier
    std::int64_t startNs = 0;    // on A's clock, since A's first segment (drawn in the time column)
    std::optional<std::int64_t> oneWayDelayNs;
    std::uint32_t frame = 0; // in capture A, or in B for a segment A does not have
    bool inA = true;
    std::size_t index = 0; // in TwoCaptureMerge::a when inA, else in TwoCaptureMerge::b
    std::string label;     // "[PSH, ACK] Seq=1 Ack=1 Len=1448", numbers relative to A's ISNs
};

// Time runs down, but not to scale: each send or receive moment is at least one step below the one
// before and at most a few steps, so a burst of segments stays readable and an idle second does not
// leave a page of white. The order of all moments is kept, which is what shows the slant, the
// crossing of segments in flight and the reordering.
struct MergedLadder
{
    std::vector<MergedArrow> arrows; // by send time
    double height = 0;               // of the arrow area, from y = 0
    double longestDrop = 0;          // the largest endY - startY: how far above a view an arrow may start
};

// A WireSegment as the ladder labels it, from either capture: seq and ack relative to `ladder`'s ISNs.
Segment relativeToLadder(const WireSegment &wire, const ConnectionLadder &ladder);

// `step` is the smallest vertical gap between two moments (e.g. one line of text).
MergedLadder layoutMergedLadder(const ConnectionLadder &ladder, const PeerCapture &peer, double step);

} // namespace tcpladder::core
