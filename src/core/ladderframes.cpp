// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderframes.h"

namespace tcpladder::core {

bool forEachLadderTcpFrame(
    const std::string &path, const std::vector<StreamRow> &rows, std::string &error,
    const std::function<void(std::size_t row, const DecodedTcp &tcp, const RawFrame &frame)> &visit)
{
    FileSource source;
    if (!source.open(path, error))
        return false;
    RawFrame frame;
    std::size_t cursor = 0;
    while (cursor < rows.size() && source.next(frame) == FileSource::Next::Frame) {
        if (frame.frameNumber != rows[cursor].segment.frame)
            continue;
        const std::size_t row = cursor++;
        DecodedTcp tcp;
        if (decodeFrame(frame.linkType, frame.data, frame.originalLength, tcp) == DecodeStatus::Tcp)
            visit(row, tcp, frame);
    }
    return true;
}

} // namespace tcpladder::core
