// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "captureindex.h"
#include "streamreplay.h"

#include <string>
#include <vector>

namespace tcpladder::cli {

// Human-readable forms of the list and ladder commands: an aligned table and an ASCII ladder.
std::string listText(const std::string &fileName, const core::CaptureIndex &index,
                     const std::vector<const core::Stream *> &streams);
std::string ladderText(const core::ConnectionLadder &ladder);

} // namespace tcpladder::cli
