// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peermatch.h"
#include "streamreplay.h"
#include "twocapture.h"
#include "wiresegment.h"

#include <optional>
#include <string>
#include <vector>

namespace tcpladder::core {

// A connection captured at both ends: capture A's ladder merged with its copy in capture B.
struct PeerCapture
{
    PeerMatch match;
    ConnectionLadder peer;      // the connection's ladder in capture B
    std::vector<WireSegment> a; // per row of A's ladder
    std::vector<WireSegment> b; // per row of `peer`, directions in A's client/server terms
    TwoCaptureMerge merge;
};

// Reads capture B (`peerPath`), finds the connection of `ladder` (read from `path`) in it and merges
// the two. nullopt with `error` set when B cannot be read or does not hold the connection.
std::optional<PeerCapture> mergePeerCapture(const std::string &path, const ConnectionLadder &ladder,
                                            const std::string &peerPath, std::string &error);

} // namespace tcpladder::core
