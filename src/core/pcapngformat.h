// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// pcapng block types and option codes (pcapng specification, IETF draft-ietf-opsawg-pcapng), for the
// writer and for reading packet comments (which libpcap does not expose).

#include <cstdint>

namespace tcpladder::core::pcapng {

constexpr std::uint32_t sectionHeaderBlock = 0x0A0D0D0A;
constexpr std::uint32_t interfaceDescriptionBlock = 0x00000001;
constexpr std::uint32_t obsoletePacketBlock = 0x00000002;
constexpr std::uint32_t simplePacketBlock = 0x00000003;
constexpr std::uint32_t enhancedPacketBlock = 0x00000006;

constexpr std::uint16_t optionEnd = 0;
constexpr std::uint16_t optionComment = 1;
constexpr std::uint16_t optionIfName = 2;
constexpr std::uint16_t optionShbUserApplication = 4;
constexpr std::uint16_t optionIfTimestampResolution = 9;

} // namespace tcpladder::core::pcapng
