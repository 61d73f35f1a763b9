// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tcpladder::core {

// TCP header flag bits as they sit in the header (AE is the former NS bit, the 9th bit).
enum TcpFlag : std::uint16_t {
    FlagFin = 0x001,
    FlagSyn = 0x002,
    FlagRst = 0x004,
    FlagPsh = 0x008,
    FlagAck = 0x010,
    FlagUrg = 0x020,
    FlagEce = 0x040,
    FlagCwr = 0x080,
    FlagAe = 0x100,
};

// Names joined by ", " in Wireshark's Info-column order: FIN, SYN, RST, PSH, ACK, URG, ECE, CWR, AE.
// An empty set is "<None>", as Wireshark prints it.
std::string flagsToString(std::uint16_t flags);
// An arrow's label, as the ladder (and the text ladder) print it: "[SYN, ACK] Seq=0 Ack=1 Len=0", with
// "Win=" before Len when asked for.
struct Segment;
std::string segmentLabel(const Segment &segment, bool withWindow);
// The same label in its parts, so a quiz can put a blank where one value was: joined, they are
// segmentLabel().
enum class LabelPartKind : std::uint8_t { Text, Flags, Seq, Ack, Window, Len };
struct LabelPart
{
    LabelPartKind kind = LabelPartKind::Text;
    std::string text;
};
std::vector<LabelPart> segmentLabelParts(const Segment &segment, bool withWindow);

} // namespace tcpladder::core
