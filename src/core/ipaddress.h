// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <string>

namespace tcpladder::core {

// IPv4 is stored in the first four bytes so one type serves both families without a variant.
struct IpAddress
{
    std::array<std::uint8_t, 16> bytes{};
    bool isV6 = false;

    static IpAddress fromV4(const std::uint8_t *fourBytes);
    static IpAddress fromV6(const std::uint8_t *sixteenBytes);
    // Parses dotted IPv4 or RFC 5952 IPv6 text; returns false on bad input.
    static bool parse(const std::string &text, IpAddress &out);

    std::string toString() const;
    auto operator<=>(const IpAddress &) const = default;
};

struct Endpoint
{
    IpAddress ip;
    std::uint16_t port = 0;

    // "10.0.0.1:80" or "[::1]:80".
    std::string toString() const;
    auto operator<=>(const Endpoint &) const = default;
};

struct EndpointHash
{
    std::size_t operator()(const Endpoint &e) const noexcept;
};

} // namespace tcpladder::core
