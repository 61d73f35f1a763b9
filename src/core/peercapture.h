// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peermatch.h"
#include "streamreplay.h"
#include "twocapture.h"
#include "wiresegment.h"

#include <cstdint>
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

enum class PeerCaptureFailure : std::uint8_t { Unreadable, NoMatch };

// Reads capture B (`peerPath`), finds the connection of `ladder` (read from `path`) in it and merges
// the two. nullopt with `error` set (and `failure`, when given) when a capture cannot be read or B
// does not hold the connection.
std::optional<PeerCapture> mergePeerCapture(const std::string &path, const ConnectionLadder &ladder,
                                            const std::string &peerPath, std::string &error,
                                            PeerCaptureFailure *failure = nullptr);

} // namespace tcpladder::core
