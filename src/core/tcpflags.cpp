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

std::vector<LabelPart> segmentLabelParts(const Segment &segment, bool withWindow)
{
    using Kind = LabelPartKind;
    std::vector<LabelPart> parts{{Kind::Text, "["},
                                 {Kind::Flags, flagsToString(segment.flags)},
                                 {Kind::Text, "] Seq="},
                                 {Kind::Seq, std::to_string(segment.seq)}};
    if (segment.has(FlagAck)) {
        parts.push_back({Kind::Text, " Ack="});
        parts.push_back({Kind::Ack, std::to_string(segment.ack)});
    }
    if (withWindow) {
        parts.push_back({Kind::Text, " Win="});
        parts.push_back({Kind::Window, std::to_string(segment.window)});
    }
    parts.push_back({Kind::Text, " Len="});
    parts.push_back({Kind::Len, std::to_string(segment.payloadLength)});
    return parts;
}

std::string segmentLabel(const Segment &segment, bool withWindow)
{
    std::string text;
    for (const LabelPart &part : segmentLabelParts(segment, withWindow))
        text += part.text;
    return text;
}

} // namespace tcpladder::core
