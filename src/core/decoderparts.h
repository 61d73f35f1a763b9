// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the link-layer half of the decoder (decoder.cpp) and its IP/TCP half (decoderip.cpp) share.
// Not part of the core's interface.

#include "decoder.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace tcpladder::core::decoding {

using Bytes = std::span<const std::uint8_t>;

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

inline std::uint16_t be16(Bytes b, std::size_t at)
{
    return static_cast<std::uint16_t>((b[at] << 8) | b[at + 1]);
}

inline std::uint32_t be32(Bytes b, std::size_t at)
{
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8)
        | b[at + 3];
}

DecodeStatus decodeIpv4(Packet packet, DecodedTcp &out);
DecodeStatus decodeIpv6(Packet packet, DecodedTcp &out);
// Guesses the IP version from the first nibble, for links that do not name the protocol.
DecodeStatus decodeIpByVersion(Packet ip, DecodedTcp &out);

} // namespace tcpladder::core::decoding
