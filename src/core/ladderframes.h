// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decoder.h"
#include "packetsource.h"
#include "streamreplay.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace tcpladder::core {

// Reads the capture at `path` once more and calls `visit` with the index of each ladder row whose frame
// decodes as TCP, that TCP header and the frame (the header's fields that the ladder does not keep: raw
// numbers, IP ID, options). Rows are in frame order, one per frame, so one forward pass finds them all.
// False, with `error`, when the file cannot be opened.
bool forEachLadderTcpFrame(
    const std::string &path, const std::vector<StreamRow> &rows, std::string &error,
    const std::function<void(std::size_t row, const DecodedTcp &tcp, const RawFrame &frame)> &visit);

} // namespace tcpladder::core
