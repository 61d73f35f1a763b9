// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpflags.h"

#include "segment.h"

#include <array>
#include <utility>

namespace tcpladder::core {

std::string flagsToString(std::uint16_t flags)
{
    static constexpr std::array<std::pair<std::uint16_t, const char *>, 9> names{{
        {FlagFin, "FIN"},
        {FlagSyn, "SYN"},
        {FlagRst, "RST"},
        {FlagPsh, "PSH"},
        {FlagAck, "ACK"},
        {FlagUrg, "URG"},
        {FlagEce, "ECE"},
        {FlagCwr, "CWR"},
        {FlagAe, "AE"},
    }};
    std::string text;
    for (const auto &[bit, name] : names) {
        if (!(flags & bit))
            continue;
        if (!text.empty())
            text += ", ";
        text += name;
    }
    return text.empty() ? "<None>" : text;
}

std::string segmentLabel(const Segment &segment, bool withWindow)
{
    std::string text = "[" + flagsToString(segment.flags) + "] Seq=" + std::to_string(segment.seq);
    if (segment.has(FlagAck))
        text += " Ack=" + std::to_string(segment.ack);
    if (withWindow)
        text += " Win=" + std::to_string(segment.window);
    text += " Len=" + std::to_string(segment.payloadLength);
    return text;
}

} // namespace tcpladder::core
