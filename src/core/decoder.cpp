// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoder.h"

#include <algorithm>
#include <cstddef>

namespace tcpladder::core {

namespace {

using Bytes = std::span<const std::uint8_t>;

constexpr int kDltNull = 0;
constexpr int kDltEn10mb = 1;
constexpr int kDltPpp = 9;
constexpr int kDltRaw = 12;
constexpr int kDltPppSerial = 50;
constexpr int kDltCiscoHdlc = 104;
constexpr int kLinktypeRaw = 101;
constexpr int kDltLoop = 108;
constexpr int kDltLinuxSll = 113;
constexpr int kLinktypeIpv4 = 228;
constexpr int kLinktypeIpv6 = 229;
constexpr int kDltLinuxSll2 = 276;

constexpr std::uint16_t kEtherIpv4 = 0x0800;
constexpr std::uint16_t kEtherIpv6 = 0x86dd;
constexpr std::uint16_t kEtherVlan = 0x8100;
constexpr std::uint16_t kEtherQinQ = 0x88a8;
constexpr std::uint16_t kEtherQinQOld = 0x9100; // pre-802.1ad QinQ, still seen on some switches
constexpr std::uint16_t kEtherMpls = 0x8847;
constexpr std::uint16_t kEtherMplsMulticast = 0x8848;
constexpr std::uint16_t kEtherPppoeSession = 0x8864;

constexpr std::uint8_t kIpProtoTcp = 6;
constexpr std::uint8_t kIpProtoUdp = 17;

// The captured bytes from some header on, and how many bytes were on the wire from there (the
// "reported length" Wireshark clamps IP lengths to); kUnknown when the caller did not say.
constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);

struct Packet
{
    Bytes bytes;
    std::size_t reported = kUnknown;

    std::size_t size() const { return bytes.size(); }
    std::uint8_t operator[](std::size_t i) const { return bytes[i]; }
    // Callers check n <= size() first; reported >= size() always holds.
    Packet skip(std::size_t n) const { return {bytes.subspan(n), reported == kUnknown ? kUnknown : reported - n}; }
};

std::uint16_t be16(Bytes b, std::size_t at)
{
    return static_cast<std::uint16_t>((b[at] << 8) | b[at + 1]);
}

std::uint32_t be32(Bytes b, std::size_t at)
{
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8)
        | b[at + 3];
}

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
    out.src = IpAddress::fromV4(ip.data() + 12);
    out.dst = IpAddress::fromV4(ip.data() + 16);
    const Bytes datagram = ip.first(std::min(ip.size(), totalLength)); // drop Ethernet padding
    return decodeTcp(datagram.subspan(headerLength), static_cast<std::uint32_t>(totalLength - headerLength), out);
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
        case 0:   // hop-by-hop options
        case 43:  // routing
        case 60:  // destination options
        case 135: // mobility
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

// Guesses the IP version from the first nibble, for links that do not name the protocol.
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

// `bytes` starts right after an EtherType field whose value is `type`.
DecodeStatus decodeEtherType(std::uint16_t type, Packet bytes, DecodedTcp &out)
{
    // Each 802.1Q / 802.1ad tag is 4 bytes: TCI, then the next EtherType. Any number may stack.
    while (type == kEtherVlan || type == kEtherQinQ || type == kEtherQinQOld) {
        if (bytes.size() < 4)
            return DecodeStatus::Truncated;
        type = be16(bytes.bytes, 2);
        bytes = bytes.skip(4);
    }
    switch (type) {
    case kEtherIpv4:
        return decodeIpv4(bytes, out);
    case kEtherIpv6:
        return decodeIpv6(bytes, out);
    case kEtherMpls:
    case kEtherMplsMulticast:
        for (;;) { // pop labels until bottom of stack, then guess IPv4/IPv6 as Wireshark does
            if (bytes.size() < 4)
                return DecodeStatus::Truncated;
            const bool bottom = (bytes[2] & 0x01) != 0;
            bytes = bytes.skip(4);
            if (bottom)
                return decodeIpByVersion(bytes, out);
        }
    case kEtherPppoeSession: {
        if (bytes.size() < 8)
            return DecodeStatus::Truncated;
        const std::uint16_t ppp = be16(bytes.bytes, 6);
        if (ppp == 0x0021)
            return decodeIpv4(bytes.skip(8), out);
        if (ppp == 0x0057)
            return decodeIpv6(bytes.skip(8), out);
        return DecodeStatus::NotTcp;
    }
    default:
        return DecodeStatus::NotTcp;
    }
}

// PPP in HDLC-like framing (RFC 1662): optional ff 03, then a 1- or 2-byte protocol number.
DecodeStatus decodePpp(Packet frame, DecodedTcp &out)
{
    if (frame.size() >= 2 && frame[0] == 0xff && frame[1] == 0x03)
        frame = frame.skip(2);
    if (frame.size() == 0)
        return DecodeStatus::Truncated;
    std::uint16_t protocol = frame[0];
    if ((protocol & 1) == 0) { // an even first byte means the protocol field was not compressed
        if (frame.size() < 2)
            return DecodeStatus::Truncated;
        protocol = be16(frame.bytes, 0);
        frame = frame.skip(2);
    } else {
        frame = frame.skip(1);
    }
    switch (protocol) {
    case 0x0021:
        return decodeIpv4(frame, out);
    case 0x0057:
        return decodeIpv6(frame, out);
    case 0x0281:
        return decodeEtherType(kEtherMpls, frame, out);
    default:
        return DecodeStatus::NotTcp;
    }
}

// DLT_NULL stores the address family in the capturing host's byte order, DLT_LOOP in network
// order; files from both kinds of host exist, so look at which half of the word is zero.
DecodeStatus decodeNullLoop(Packet packet, DecodedTcp &out)
{
    const Bytes frame = packet.bytes;
    if (frame.size() < 4)
        return DecodeStatus::Truncated;
    const std::uint32_t family = (frame[0] == 0 && frame[1] == 0)
        ? be32(frame, 0)
        : (std::uint32_t{frame[3]} << 24) | (std::uint32_t{frame[2]} << 16) | (std::uint32_t{frame[1]} << 8)
            | frame[0];
    const Packet ip = packet.skip(4);
    switch (family) {
    case 2: // AF_INET everywhere
        return decodeIpv4(ip, out);
    case 24: // AF_INET6 on NetBSD/OpenBSD, and Npcap's loopback adapter
    case 28: // FreeBSD, DragonFly
    case 30: // macOS, Darwin
        return decodeIpv6(ip, out);
    default:
        return DecodeStatus::NotTcp;
    }
}

} // namespace

bool isSupportedLinkType(int linkType)
{
    switch (linkType) {
    case kDltNull:
    case kDltEn10mb:
    case kDltRaw:
    case kLinktypeRaw:
    case kDltLoop:
    case kDltLinuxSll:
    case kLinktypeIpv4:
    case kLinktypeIpv6:
    case kDltLinuxSll2:
    case kDltPpp:
    case kDltPppSerial:
    case kDltCiscoHdlc:
        return true;
    default:
        return false;
    }
}

DecodeStatus decodeFrame(int linkType, std::span<const std::uint8_t> frame, DecodedTcp &out)
{
    return decodeFrame(linkType, frame, 0, out);
}

DecodeStatus decodeFrame(int linkType, std::span<const std::uint8_t> bytes, std::uint32_t wireLength,
                         DecodedTcp &out)
{
    out = DecodedTcp{};
    const Packet frame{bytes, wireLength == 0 ? kUnknown : std::max<std::size_t>(wireLength, bytes.size())};
    switch (linkType) {
    case kDltEn10mb: {
        if (frame.size() < 14)
            return DecodeStatus::Truncated;
        const std::uint16_t type = be16(bytes, 12);
        if (type <= 1500)
            return DecodeStatus::NotTcp; // 802.3 length field: LLC follows (STP, NetBIOS, ...)
        return decodeEtherType(type, frame.skip(14), out);
    }
    case kDltLinuxSll:
        if (frame.size() < 16)
            return DecodeStatus::Truncated;
        return decodeEtherType(be16(bytes, 14), frame.skip(16), out);
    case kDltLinuxSll2:
        if (frame.size() < 20)
            return DecodeStatus::Truncated;
        return decodeEtherType(be16(bytes, 0), frame.skip(20), out);
    case kDltNull:
    case kDltLoop:
        return decodeNullLoop(frame, out);
    case kDltPpp:
    case kDltPppSerial:
        return decodePpp(frame, out);
    case kDltCiscoHdlc: // address, control, then an EtherType
        if (frame.size() < 4)
            return DecodeStatus::Truncated;
        return decodeEtherType(be16(bytes, 2), frame.skip(4), out);
    case kDltRaw:
    case kLinktypeRaw:
        return decodeIpByVersion(frame, out);
    case kLinktypeIpv4:
        return decodeIpv4(frame, out);
    case kLinktypeIpv6:
        return decodeIpv6(frame, out);
    default:
        return DecodeStatus::UnsupportedLink;
    }
}

} // namespace tcpladder::core
