// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packetcomments.h"

#include <string>

namespace tcpladder::core {

// Writes the capture at `source` (pcap or pcapng, plain or gzip) to `target` as pcapng with every frame,
// each frame's comments taken from `edits` where it has an entry (an empty list removes them) and kept
// as the file had them otherwise. Written to a temporary file beside `target` and renamed over it only
// once complete, so a failed save leaves `target` — even when it is `source` — as it was. False with a
// message a person can act on.
bool saveCaptureWithComments(const std::string &source, const std::string &target, const FrameComments &edits,
                             std::string &error);

} // namespace tcpladder::core
