// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipaddress.h"

#include "endpointformat.h"

#include <cstring>

#if defined(_WIN32)
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#endif

namespace tcpladder::core {

IpAddress IpAddress::fromV4(const std::uint8_t *fourBytes)
{
    IpAddress a;
    std::memcpy(a.bytes.data(), fourBytes, 4);
    return a;
}

IpAddress IpAddress::fromV6(const std::uint8_t *sixteenBytes)
{
    IpAddress a;
    a.isV6 = true;
    std::memcpy(a.bytes.data(), sixteenBytes, 16);
    return a;
}

bool IpAddress::parse(const std::string &text, IpAddress &out)
{
    IpAddress a;
    if (inet_pton(AF_INET, text.c_str(), a.bytes.data()) == 1) {
        out = a;
        return true;
    }
    a.isV6 = true;
    if (inet_pton(AF_INET6, text.c_str(), a.bytes.data()) == 1) {
        out = a;
        return true;
    }
    return false;
}

std::string IpAddress::toString() const
{
    char buffer[INET6_ADDRSTRLEN] = {};
    inet_ntop(isV6 ? AF_INET6 : AF_INET, bytes.data(), buffer, sizeof buffer);
    return buffer;
}

std::string Endpoint::toString() const
{
    return formatEndpoint(ip.toString(), port);
}

std::string formatEndpoint(const std::string &host, std::uint16_t port)
{
    const bool v6 = host.find(':') != std::string::npos;
    return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::size_t EndpointHash::operator()(const Endpoint &e) const noexcept
{
    // FNV-1a over the address bytes and port: cheap, and good enough for a hash map key.
    std::uint64_t h = 1469598103934665603ULL;
    for (auto b : e.ip.bytes)
        h = (h ^ b) * 1099511628211ULL;
    h = (h ^ e.port) * 1099511628211ULL;
    h = (h ^ (e.ip.isV6 ? 1u : 0u)) * 1099511628211ULL;
    return static_cast<std::size_t>(h);
}

} // namespace tcpladder::core
