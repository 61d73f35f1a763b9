// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace tcpladder::core {

// An address as IpAddress::toString writes it and a port, joined as Endpoint::toString joins them:
// "10.0.0.1:80", "[::1]:80" (an IPv6 address, which has colons of its own, is bracketed).
std::string formatEndpoint(const std::string &host, std::uint16_t port);

} // namespace tcpladder::core
