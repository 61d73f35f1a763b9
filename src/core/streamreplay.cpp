// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamreplay.h"

#include "tcpflags.h"

#include <algorithm>

namespace tcpladder::core {

std::vector<StreamRow> replayStream(const Stream &stream, std::span<const Segment> allSegments)
{
    std::vector<StreamRow> rows;
    rows.reserve(stream.segments.size());
    ConnectionAnalyzer analyzer;
    for (const auto index : stream.segments) {
        if (index >= allSegments.size())
            break;
        StreamRow row{allSegments[index], analyzer.add(allSegments[index])};
        row.segment.notes |= row.analysis.notes;
        rows.push_back(row);
    }
    return rows;
}

} // namespace tcpladder::core

namespace tcpladder::core {

ConnectionLadder buildConnectionLadder(const Stream &stream, std::span<const Segment> allSegments)
{
    ConnectionLadder ladder;
    ladder.streamIndex = stream.index;
    ladder.client = stream.client;
    ladder.server = stream.server;
    ladder.hostname = stream.hostname;
    ladder.clientBaseSeq = stream.clientBaseSeq;
    ladder.serverBaseSeq = stream.serverBaseSeq;
    ladder.clientWindowScale = stream.clientWindowScale;
    ladder.serverWindowScale = stream.serverWindowScale;
    ladder.open = stream.analyzer.open();
    ladder.close = stream.analyzer.close();
    ladder.firstFin = stream.analyzer.firstFin();
    ladder.teardownSegments = stream.analyzer.teardownSegments();
    ladder.rows = replayStream(stream, allSegments);
    return ladder;
}

} // namespace tcpladder::core

namespace tcpladder::core {

std::uint32_t advertisedWindow(const Segment &segment, const ConnectionLadder &ladder)
{
    const std::int8_t shift = segment.direction == Direction::ClientToServer ? ladder.clientWindowScale
                                                                            : ladder.serverWindowScale;
    if (segment.has(FlagSyn) || shift < 0)
        return segment.window;
    return static_cast<std::uint32_t>(segment.window) << std::min<int>(shift, 14);
}

} // namespace tcpladder::core
