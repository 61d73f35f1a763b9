// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipaddress.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace tcpladder::core {

// TCP options the analysis and the details pane care about; absent ones keep their defaults.
struct TcpOptions
{
    std::int32_t mss = -1;        // -1: option absent
    std::int8_t windowScale = -1; // shift count, -1: option absent
    bool sackPermitted = false;
    std::uint8_t sackBlocks = 0;     // number of SACK blocks in this segment
    std::uint32_t sackEdges[8] = {}; // raw left/right edges of the first (up to four) SACK blocks
    bool hasTimestamps = false;
    std::uint32_t tsVal = 0;
    std::uint32_t tsEcr = 0;
};

// The fields of one TCP/IP frame, decoded without copying: payload points into the frame.
struct DecodedTcp
{
    IpAddress src;
    IpAddress dst;
    std::uint16_t srcPort = 0;
    std::uint16_t dstPort = 0;
    std::uint32_t seq = 0;    // raw (absolute) sequence number
    std::uint32_t ack = 0;    // raw acknowledgement number
    std::uint16_t flags = 0;  // TcpFlag bits, including AE
    std::uint16_t window = 0; // raw header field
    std::uint16_t urgentPointer = 0;
    std::uint16_t checksum = 0;
    std::uint8_t headerLength = 0;   // TCP header length in bytes (data offset * 4)
    std::uint32_t payloadLength = 0; // tcp.len: from the IP lengths, as Wireshark computes it
    TcpOptions options;
    std::span<const std::uint8_t> payload; // the captured part of the payload (may be shorter)
    std::uint8_t ipVersion = 4;
    std::uint8_t ttl = 0;   // TTL / hop limit
    std::uint16_t ipId = 0; // IPv4 identification (0 for IPv6): tells a copy from a resend
    // 17 for an unfragmented UDP datagram: decodeFrame then returns NotTcp with only the addresses,
    // ports and payload set, so the hostname sniffer can read DNS without a second decoder.
    std::uint8_t ipProtocol = 6;
};

enum class DecodeStatus {
    Tcp,            // out is filled
    NotTcp,         // a well-formed frame that carries no TCP (ARP, UDP, ICMP, ...)
    Truncated,      // the frame ends inside a header we need
    Malformed,      // a header contradicts itself (bad lengths, bad version)
    UnsupportedLink // link type this decoder does not know
};

// One link-layer header the decoder walked through on its way to IP (for the details pane).
enum class LinkLayerKind : std::uint8_t { Ethernet, Vlan, Mpls, Pppoe, Ppp, CiscoHdlc, LinuxSll, LinuxSll2, Loopback };

struct LinkLayer
{
    LinkLayerKind kind = LinkLayerKind::Ethernet;
    std::uint32_t offset = 0; // of the header in the frame
    std::uint32_t length = 0;
    // What the header says: the EtherType (Ethernet, VLAN, SLL, SLL2, C-HDLC) or PPP protocol that
    // follows it, the address family (Loopback), the label stack entry (MPLS), the session (PPPoE).
    std::uint32_t value = 0;
};

// The link-layer headers of one frame, outermost first, and where its IP header starts.
struct LinkLayers
{
    static constexpr std::size_t kMax = 16; // deeper tag stacks are decoded but not all listed
    std::array<LinkLayer, kMax> layers{};
    std::size_t count = 0;
    std::optional<std::size_t> ipOffset; // none when the frame carries no IP the decoder reads

    std::span<const LinkLayer> list() const { return {layers.data(), count}; }
};

// Link types handled (libpcap DLT_* / LINKTYPE_* values): EN10MB (+802.1Q, QinQ), LINUX_SLL,
// LINUX_SLL2, NULL and LOOP (either byte order), RAW, IPV4, IPV6; also PPP, PPP_SERIAL and C_HDLC
// (routers' captures), and MPLS / PPPoE inside Ethernet.
bool isSupportedLinkType(int linkType);

// Decodes one frame. Never reads outside `frame`; never allocates.
DecodeStatus decodeFrame(int linkType, std::span<const std::uint8_t> frame, DecodedTcp &out);

// The same, told the frame's length on the wire (RawFrame::originalLength; 0 = unknown). Wireshark
// clamps an IP length that claims more than the wire carried, and takes the wire length for a
// zero IPv4 total length (TSO); this is needed to get tcp.len exactly as Wireshark does then.
DecodeStatus decodeFrame(int linkType, std::span<const std::uint8_t> frame, std::uint32_t wireLength, DecodedTcp &out);

// The same, also saying which link-layer headers it read and where IP starts. A frame that is not
// TCP (or is cut short) still reports the headers read up to there.
DecodeStatus decodeFrame(int linkType, std::span<const std::uint8_t> frame, std::uint32_t wireLength, DecodedTcp &out,
                         LinkLayers &layers);

} // namespace tcpladder::core
