// SPDX-License-Identifier: GPL-3.0-or-later
// The decoder's IP and TCP half: IPv4, IPv6 with its extension headers, TCP and its options, and
// UDP for the hostname sniffer. decoder.cpp walks the link layers down to here.
#include "decoderparts.h"

#include <algorithm>

namespace tcpladder::core::decoding {

namespace {

constexpr std::uint8_t kIpProtoTcp = 6;
constexpr std::uint8_t kIpProtoUdp = 17;

void parseTcpOptions(Bytes options, TcpOptions &out)
{
    std::size_t i = 0;
    while (i < options.size()) {
        const std::uint8_t kind = options[i];
        if (kind == 0) // end of option list
            break;
        if (kind == 1) { // NOP
            ++i;
            continue;
        }
        if (i + 1 >= options.size())
            break;
        const std::uint8_t length = options[i + 1];
        if (length < 2 || i + length > options.size())
            break; // a bad length makes the rest unparseable, as in Wireshark
        const Bytes value = options.subspan(i + 2, length - 2u);
        switch (kind) {
        case 2:
            if (length == 4)
                out.mss = be16(value, 0);
            break;
        case 3:
            if (length == 3)
                out.windowScale = static_cast<std::int8_t>(std::min<std::uint8_t>(value[0], 14)); // RFC 7323 cap
            break;
        case 4:
            if (length == 2)
                out.sackPermitted = true;
            break;
        case 5:
            if ((length - 2) % 8 == 0) {
                out.sackBlocks = static_cast<std::uint8_t>(std::min((length - 2) / 8, 4));
                for (int b = 0; b < out.sackBlocks * 2; ++b)
                    out.sackEdges[b] = be32(value, static_cast<std::size_t>(b) * 4);
            }
            break;
        case 8:
            if (length == 10) {
                out.hasTimestamps = true;
                out.tsVal = be32(value, 0);
                out.tsEcr = be32(value, 4);
            }
            break;
        default:
            break;
        }
        i += length;
    }
}

// `segment` holds the TCP header and whatever payload was captured, already cut to the IP
// datagram's end; `ipPayloadLength` is the length the IP header claims for it.
DecodeStatus decodeTcp(Bytes segment, std::uint32_t ipPayloadLength, DecodedTcp &out)
{
    if (segment.size() < 20)
        return DecodeStatus::Truncated;
    const std::uint8_t headerLength = static_cast<std::uint8_t>((segment[12] >> 4) * 4);
    if (headerLength < 20 || headerLength > ipPayloadLength)
        return DecodeStatus::Malformed;

    out.srcPort = be16(segment, 0);
    out.dstPort = be16(segment, 2);
    out.seq = be32(segment, 4);
    out.ack = be32(segment, 8);
    out.flags = static_cast<std::uint16_t>(be16(segment, 12) & 0x01ff);
    out.window = be16(segment, 14);
    out.checksum = be16(segment, 16);
    out.urgentPointer = be16(segment, 18);
    out.headerLength = headerLength;
    out.payloadLength = ipPayloadLength - headerLength;

    // A small snaplen can cut the options: the segment still counts (Wireshark tracks it too),
    // only the options that were captured are read.
    const std::size_t capturedHeader = std::min<std::size_t>(headerLength, segment.size());
    parseTcpOptions(segment.subspan(20, capturedHeader - 20), out.options);
    const Bytes payload = segment.subspan(capturedHeader);
    out.payload = payload.first(std::min<std::size_t>(payload.size(), out.payloadLength));
    return DecodeStatus::Tcp;
}

// Hands out a UDP datagram's ports and captured payload; a bad one is simply not UDP to us.
DecodeStatus decodeUdp(Bytes datagram, DecodedTcp &out)
{
    if (datagram.size() < 8 || be16(datagram, 4) < 8)
        return DecodeStatus::NotTcp;
    out.ipProtocol = kIpProtoUdp;
    out.srcPort = be16(datagram, 0);
    out.dstPort = be16(datagram, 2);
    out.payload = datagram.subspan(8, std::min<std::size_t>(datagram.size(), be16(datagram, 4)) - 8);
    return DecodeStatus::NotTcp;
}

// Finds a Jumbo Payload option (RFC 2675) in a hop-by-hop header; 0 when there is none.
std::uint32_t jumboLength(Bytes hopByHop)
{
    std::size_t i = 2;
    while (i < hopByHop.size()) {
        const std::uint8_t type = hopByHop[i];
        if (type == 0) { // Pad1
            ++i;
            continue;
        }
        if (i + 1 >= hopByHop.size())
            break;
        const std::size_t length = hopByHop[i + 1];
        if (i + 2 + length > hopByHop.size())
            break;
        if (type == 0xc2 && length == 4)
            return be32(hopByHop, i + 2);
        i += 2 + length;
    }
    return 0;
}

} // namespace

DecodeStatus decodeIpv4(Packet packet, DecodedTcp &out)
{
    const Bytes ip = packet.bytes;
    if (ip.size() < 20)
        return DecodeStatus::Truncated;
    if ((ip[0] >> 4) != 4)
        return DecodeStatus::Malformed;
    const std::size_t headerLength = (ip[0] & 0x0fu) * 4u;
    if (headerLength < 20)
        return DecodeStatus::Malformed;
    std::size_t totalLength = be16(ip, 2);
    if (totalLength == 0) {
        // TSO / BIG TCP: the NIC fills the length in later; Wireshark uses the frame's length.
        totalLength = packet.reported == kUnknown ? ip.size() : packet.reported;
    } else if (packet.reported != kUnknown && totalLength > packet.reported) {
        totalLength = packet.reported; // a lying length: Wireshark trusts the frame instead
    }
    if (totalLength < headerLength) {
        return DecodeStatus::Malformed;
    }
    if (ip[9] == kIpProtoUdp && (be16(ip, 6) & 0x1fff) == 0 && ip.size() >= headerLength) {
        out.src = IpAddress::fromV4(ip.data() + 12);
        out.dst = IpAddress::fromV4(ip.data() + 16);
        return decodeUdp(ip.first(std::min(ip.size(), totalLength)).subspan(headerLength), out);
    }
    if ((be16(ip, 6) & 0x1fff) != 0 || ip[9] != kIpProtoTcp)
        return DecodeStatus::NotTcp; // only a first fragment carries the TCP header
    if (ip.size() < headerLength)
        return DecodeStatus::Truncated;

    out.ipVersion = 4;
    out.ttl = ip[8];
    out.ipId = be16(ip, 4);
    out.src = IpAddress::fromV4(ip.data() + 12);
    out.dst = IpAddress::fromV4(ip.data() + 16);
    const Bytes datagram = ip.first(std::min(ip.size(), totalLength)); // drop Ethernet padding
    return decodeTcp(datagram.subspan(headerLength), static_cast<std::uint32_t>(totalLength - headerLength), out);
}

DecodeStatus decodeIpv6(Packet packet, DecodedTcp &out)
{
    const Bytes ip = packet.bytes;
    if (ip.size() < 40)
        return DecodeStatus::Truncated;
    if ((ip[0] >> 4) != 6)
        return DecodeStatus::Malformed;
    std::size_t payloadLength = be16(ip, 4);
    std::uint8_t next = ip[6];
    std::size_t offset = 40;
    bool lengthKnown = payloadLength != 0;

    for (;;) {
        if (next == kIpProtoTcp)
            break;
        if (next == kIpProtoUdp) {
            out.src = IpAddress::fromV6(ip.data() + 8);
            out.dst = IpAddress::fromV6(ip.data() + 24);
            const std::size_t end = lengthKnown ? std::min(ip.size(), 40 + payloadLength) : ip.size();
            return end < offset ? DecodeStatus::NotTcp : decodeUdp(ip.subspan(offset, end - offset), out);
        }
        switch (next) {
        case 0:    // hop-by-hop options
        case 43:   // routing
        case 60:   // destination options
        case 135:  // mobility
        case 51: { // authentication header (its length counts 4-byte words)
            if (ip.size() < offset + 2)
                return DecodeStatus::Truncated;
            const std::size_t length = next == 51 ? (ip[offset + 1] + 2u) * 4u : (ip[offset + 1] + 1u) * 8u;
            if (ip.size() < offset + length)
                return DecodeStatus::Truncated;
            if (next == 0 && !lengthKnown) {
                if (const std::uint32_t jumbo = jumboLength(ip.subspan(offset, length))) {
                    payloadLength = jumbo;
                    lengthKnown = true;
                }
            }
            next = ip[offset];
            offset += length;
            break;
        }
        case 44: // fragment
            if (ip.size() < offset + 8)
                return DecodeStatus::Truncated;
            if ((be16(ip, offset + 2) >> 3) != 0)
                return DecodeStatus::NotTcp;
            next = ip[offset];
            offset += 8;
            break;
        default: // upper-layer protocol other than TCP, ESP, no next header
            return DecodeStatus::NotTcp;
        }
    }

    // BIG TCP without its jumbo option, or a length claiming more than the wire carried: trust the frame.
    if (!lengthKnown)
        payloadLength = (packet.reported == kUnknown ? ip.size() : packet.reported) - 40;
    else if (packet.reported != kUnknown && 40 + payloadLength > packet.reported)
        payloadLength = packet.reported - 40;
    if (40 + payloadLength < offset)
        return DecodeStatus::Malformed;

    out.ipVersion = 6;
    out.ttl = ip[7];
    out.src = IpAddress::fromV6(ip.data() + 8);
    out.dst = IpAddress::fromV6(ip.data() + 24);
    const Bytes datagram = ip.first(std::min(ip.size(), 40 + payloadLength));
    return decodeTcp(datagram.subspan(offset), static_cast<std::uint32_t>(40 + payloadLength - offset), out);
}

DecodeStatus decodeIpByVersion(Packet ip, DecodedTcp &out)
{
    if (ip.size() == 0)
        return DecodeStatus::Truncated;
    switch (ip[0] >> 4) {
    case 4:
        return decodeIpv4(ip, out);
    case 6:
        return decodeIpv6(ip, out);
    default:
        return DecodeStatus::NotTcp;
    }
}

} // namespace tcpladder::core::decoding
