// SPDX-License-Identifier: GPL-3.0-or-later
#include "laddernotes.h"

#include <algorithm>

namespace tcpladder::core {

namespace {

// Rows are in capture order, so their frame numbers ascend.
std::vector<StreamRow>::const_iterator firstRowFrom(const ConnectionLadder &ladder, std::uint32_t frame)
{
    return std::lower_bound(ladder.rows.begin(), ladder.rows.end(), frame,
                            [](const StreamRow &row, std::uint32_t f) { return row.segment.frame < f; });
}

} // namespace

std::optional<std::uint32_t> rowOfFrame(const ConnectionLadder &ladder, std::uint32_t frame)
{
    const auto found = firstRowFrom(ladder, frame);
    if (found == ladder.rows.end() || found->segment.frame != frame)
        return std::nullopt;
    return static_cast<std::uint32_t>(found - ladder.rows.begin());
}

FrameComments commentsOnLadder(const ConnectionLadder &ladder, const FrameComments &all)
{
    FrameComments on;
    if (ladder.rows.empty())
        return on;
    const auto first = all.lower_bound(ladder.rows.front().segment.frame);
    const auto last = all.upper_bound(ladder.rows.back().segment.frame);
    for (auto it = first; it != last; ++it) {
        if (rowOfFrame(ladder, it->first))
            on.insert(*it);
    }
    return on;
}

RowNotes ladderNotes(const ConnectionLadder &ladder, const FrameComments &edits)
{
    RowNotes notes;
    const auto add = [&](std::uint32_t frame, const std::vector<std::string> &texts) {
        if (const auto row = rowOfFrame(ladder, frame)) {
            if (texts.empty())
                notes.erase(*row);
            else
                notes[*row] = texts;
        }
    };
    for (const auto &[frame, texts] : ladder.comments)
        add(frame, texts);
    if (!ladder.rows.empty()) {
        const auto first = edits.lower_bound(ladder.rows.front().segment.frame);
        const auto last = edits.upper_bound(ladder.rows.back().segment.frame);
        for (auto it = first; it != last; ++it)
            add(it->first, it->second);
    }
    return notes;
}

} // namespace tcpladder::core
