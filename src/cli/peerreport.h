// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreport.h"
#include "peercapture.h"

#include <optional>
#include <string>

namespace tcpladder::cli {

struct Arguments;

// --peer-capture B: the other end's capture of the ladder's connection, merged. nullopt with an
// error line on stderr when B cannot be read or does not hold the connection.
std::optional<core::PeerCapture> loadPeerCapture(const Arguments &args, const core::ConnectionLadder &ladder);

// The two-capture fields of `ladder --json` (issue 18), added after the contract's own.
LadderJsonAdditions peerJsonAdditions(const core::PeerCapture &peer, const core::ConnectionLadder &ladder);

// The same in words, printed under the text ladder.
std::string peerText(const core::PeerCapture &peer, const std::string &peerPath);

} // namespace tcpladder::cli
