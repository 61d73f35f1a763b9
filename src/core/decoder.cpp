// SPDX-License-Identifier: GPL-3.0-or-later
// The decoder's link-layer half: Ethernet (VLAN, QinQ, MPLS, PPPoE), Linux cooked, BSD loopback,
// PPP, Cisco HDLC and raw IP, down to the IP header that decoderip.cpp reads.
#include "decoder.h"

#include "decoderparts.h"

#include <algorithm>
#include <cstddef>

namespace tcpladder::core {

namespace {

using namespace decoding;

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

// Where the walk down the link layers started, and where it notes what it read (may be null: the
// hot path of indexing a capture does not ask).
struct Walk
{
    const std::uint8_t *frameStart = nullptr;
    LinkLayers *layers = nullptr;

    void note(LinkLayerKind kind, const Packet &at, std::size_t length, std::uint32_t value) const
    {
        if (layers && layers->count < LinkLayers::kMax)
            layers->layers[layers->count++] = {kind, offsetOf(at), static_cast<std::uint32_t>(length), value};
    }
    // `at` holds the IP header: noted, then read by `decode` (decodeIpv4, decodeIpv6, decodeIpByVersion).
    DecodeStatus ip(DecodeStatus (*decode)(Packet, DecodedTcp &), Packet at, DecodedTcp &out) const
    {
        if (layers)
            layers->ipOffset = offsetOf(at);
        return decode(at, out);
    }

private:
    std::uint32_t offsetOf(const Packet &at) const { return static_cast<std::uint32_t>(at.bytes.data() - frameStart); }
};

// `bytes` starts right after an EtherType field whose value is `type`.
DecodeStatus decodeEtherType(const Walk &walk, std::uint16_t type, Packet bytes, DecodedTcp &out)
{
    // Each 802.1Q / 802.1ad tag is 4 bytes: TCI, then the next EtherType. Any number may stack.
    while (type == kEtherVlan || type == kEtherQinQ || type == kEtherQinQOld) {
        if (bytes.size() < 4)
            return DecodeStatus::Truncated;
        type = be16(bytes.bytes, 2);
        walk.note(LinkLayerKind::Vlan, bytes, 4, be16(bytes.bytes, 0));
        bytes = bytes.skip(4);
    }
    switch (type) {
    case kEtherIpv4:
        return walk.ip(decodeIpv4, bytes, out);
    case kEtherIpv6:
        return walk.ip(decodeIpv6, bytes, out);
    case kEtherMpls:
    case kEtherMplsMulticast:
        for (;;) { // pop labels until bottom of stack, then guess IPv4/IPv6 as Wireshark does
            if (bytes.size() < 4)
                return DecodeStatus::Truncated;
            const bool bottom = (bytes[2] & 0x01) != 0;
            walk.note(LinkLayerKind::Mpls, bytes, 4, be32(bytes.bytes, 0));
            bytes = bytes.skip(4);
            if (bottom)
                return walk.ip(decodeIpByVersion, bytes, out);
        }
    case kEtherPppoeSession: {
        if (bytes.size() < 8)
            return DecodeStatus::Truncated;
        const std::uint16_t ppp = be16(bytes.bytes, 6);
        walk.note(LinkLayerKind::Pppoe, bytes, 6, be16(bytes.bytes, 2));
        walk.note(LinkLayerKind::Ppp, bytes.skip(6), 2, ppp);
        if (ppp == 0x0021)
            return walk.ip(decodeIpv4, bytes.skip(8), out);
        if (ppp == 0x0057)
            return walk.ip(decodeIpv6, bytes.skip(8), out);
        return DecodeStatus::NotTcp;
    }
    default:
        return DecodeStatus::NotTcp;
    }
}

// PPP in HDLC-like framing (RFC 1662): optional ff 03, then a 1- or 2-byte protocol number.
DecodeStatus decodePpp(const Walk &walk, Packet frame, DecodedTcp &out)
{
    const Packet header = frame;
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
    walk.note(LinkLayerKind::Ppp, header, header.size() - frame.size(), protocol);
    switch (protocol) {
    case 0x0021:
        return walk.ip(decodeIpv4, frame, out);
    case 0x0057:
        return walk.ip(decodeIpv6, frame, out);
    case 0x0281:
        return decodeEtherType(walk, kEtherMpls, frame, out);
    default:
        return DecodeStatus::NotTcp;
    }
}

// DLT_NULL stores the address family in the capturing host's byte order, DLT_LOOP in network
// order; files from both kinds of host exist, so look at which half of the word is zero.
DecodeStatus decodeNullLoop(const Walk &walk, Packet packet, DecodedTcp &out)
{
    const Bytes frame = packet.bytes;
    if (frame.size() < 4)
        return DecodeStatus::Truncated;
    const std::uint32_t family = (frame[0] == 0 && frame[1] == 0)
        ? be32(frame, 0)
        : (std::uint32_t{frame[3]} << 24) | (std::uint32_t{frame[2]} << 16) | (std::uint32_t{frame[1]} << 8) | frame[0];
    walk.note(LinkLayerKind::Loopback, packet, 4, family);
    const Packet ip = packet.skip(4);
    switch (family) {
    case 2: // AF_INET everywhere
        return walk.ip(decodeIpv4, ip, out);
    case 24: // AF_INET6 on NetBSD/OpenBSD, and Npcap's loopback adapter
    case 28: // FreeBSD, DragonFly
    case 30: // macOS, Darwin
        return walk.ip(decodeIpv6, ip, out);
    default:
        return DecodeStatus::NotTcp;
    }
}

// The one list of link types: each one's header, down to what follows it.
DecodeStatus decodeLinkLayer(const Walk &walk, int linkType, std::span<const std::uint8_t> bytes,
                             std::uint32_t wireLength, DecodedTcp &out)
{
    out = DecodedTcp{};
    const Packet frame{bytes, wireLength == 0 ? kUnknown : std::max<std::size_t>(wireLength, bytes.size())};
    switch (linkType) {
    case kDltEn10mb: {
        if (frame.size() < 14)
            return DecodeStatus::Truncated;
        const std::uint16_t type = be16(bytes, 12);
        walk.note(LinkLayerKind::Ethernet, frame, 14, type);
        if (type <= 1500)
            return DecodeStatus::NotTcp; // 802.3 length field: LLC follows (STP, NetBIOS, ...)
        return decodeEtherType(walk, type, frame.skip(14), out);
    }
    case kDltLinuxSll:
        if (frame.size() < 16)
            return DecodeStatus::Truncated;
        walk.note(LinkLayerKind::LinuxSll, frame, 16, be16(bytes, 14));
        return decodeEtherType(walk, be16(bytes, 14), frame.skip(16), out);
    case kDltLinuxSll2:
        if (frame.size() < 20)
            return DecodeStatus::Truncated;
        walk.note(LinkLayerKind::LinuxSll2, frame, 20, be16(bytes, 0));
        return decodeEtherType(walk, be16(bytes, 0), frame.skip(20), out);
    case kDltNull:
    case kDltLoop:
        return decodeNullLoop(walk, frame, out);
    case kDltPpp:
    case kDltPppSerial:
        return decodePpp(walk, frame, out);
    case kDltCiscoHdlc: // address, control, then an EtherType
        if (frame.size() < 4)
            return DecodeStatus::Truncated;
        walk.note(LinkLayerKind::CiscoHdlc, frame, 4, be16(bytes, 2));
        return decodeEtherType(walk, be16(bytes, 2), frame.skip(4), out);
    case kDltRaw:
    case kLinktypeRaw:
        return walk.ip(decodeIpByVersion, frame, out);
    case kLinktypeIpv4:
        return walk.ip(decodeIpv4, frame, out);
    case kLinktypeIpv6:
        return walk.ip(decodeIpv6, frame, out);
    default:
        return DecodeStatus::UnsupportedLink;
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

DecodeStatus decodeFrame(int linkType, std::span<const std::uint8_t> bytes, std::uint32_t wireLength, DecodedTcp &out)
{
    return decodeLinkLayer(Walk{bytes.data(), nullptr}, linkType, bytes, wireLength, out);
}

DecodeStatus decodeFrame(int linkType, std::span<const std::uint8_t> bytes, std::uint32_t wireLength, DecodedTcp &out,
                         LinkLayers &layers)
{
    layers = LinkLayers{};
    return decodeLinkLayer(Walk{bytes.data(), &layers}, linkType, bytes, wireLength, out);
}

} // namespace tcpladder::core
