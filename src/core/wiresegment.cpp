// SPDX-License-Identifier: GPL-3.0-or-later
#include "wiresegment.h"

#include "ladderframes.h"

namespace tcpladder::core {

std::vector<WireSegment> readWireSegments(const std::string &path, const ConnectionLadder &ladder, std::string &error)
{
    const auto &rows = ladder.rows;
    std::vector<WireSegment> out(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Segment &segment = rows[r].segment;
        WireSegment &wire = out[r];
        wire.timeNs = segment.timeNs;
        wire.frame = segment.frame;
        wire.direction = segment.direction;
        wire.length = segment.payloadLength;
        wire.flags = segment.flags;
        const bool fromClient = segment.direction == Direction::ClientToServer;
        wire.rawSeq = segment.seq + (fromClient ? ladder.clientBaseSeq : ladder.serverBaseSeq);
        wire.rawAck = segment.ack + (fromClient ? ladder.serverBaseSeq : ladder.clientBaseSeq);
    }
    if (rows.empty())
        return out;
    forEachLadderTcpFrame(path, rows, error, [&](std::size_t row, const DecodedTcp &tcp, const RawFrame &) {
        WireSegment &wire = out[row];
        wire.rawSeq = tcp.seq;
        wire.rawAck = tcp.ack;
        wire.ipId = tcp.ipId;
        wire.hasTimestamps = tcp.options.hasTimestamps;
        wire.tsVal = tcp.options.tsVal;
        wire.tsEcr = tcp.options.tsEcr;
    });
    return out;
}

} // namespace tcpladder::core
