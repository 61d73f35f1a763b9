// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packetcomments.h"
#include "streamreplay.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tcpladder::core {

// Teacher's notes on one ladder: row index (into ConnectionLadder::rows) -> its texts.
using RowNotes = std::map<std::uint32_t, std::vector<std::string>>;

// The comments of `all` that fall on the ladder's frames, for ConnectionLadder::comments.
FrameComments commentsOnLadder(const ConnectionLadder &ladder, const FrameComments &all);

// The ladder's row that shows `frame`; nullopt when the frame is not one of its segments.
std::optional<std::uint32_t> rowOfFrame(const ConnectionLadder &ladder, std::uint32_t frame);

// What the ladder shows as notes: its capture's comments, with `edits` (frame -> texts, an empty
// list for a removed note) over them. O(notes · log rows): the ladder can have millions of rows.
RowNotes ladderNotes(const ConnectionLadder &ladder, const FrameComments &edits = {});

} // namespace tcpladder::core
