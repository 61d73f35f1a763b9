// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayfilter.h"

#include "filtertree.h"
#include "tcpflags.h"

#include <algorithm>

namespace tcpladder::core {

namespace {

using Node = DisplayFilter::Node;

bool addressMatches(const Node &n, const IpAddress &ip)
{
    if (ip.isV6 != n.address.isV6)
        return false;
    const int bits = n.prefixBits;
    for (int i = 0; i < bits / 8; ++i) {
        if (ip.bytes[static_cast<std::size_t>(i)] != n.address.bytes[static_cast<std::size_t>(i)])
            return false;
    }
    if (bits % 8) {
        const auto mask = static_cast<std::uint8_t>(0xFF << (8 - bits % 8));
        const auto i = static_cast<std::size_t>(bits / 8);
        return (ip.bytes[i] & mask) == (n.address.bytes[i] & mask);
    }
    return true;
}

bool compareNumber(Op op, std::uint64_t actual, std::uint64_t wanted)
{
    switch (op) {
    case Op::Eq:
        return actual == wanted;
    case Op::Ne:
        return actual != wanted;
    case Op::Gt:
        return actual > wanted;
    case Op::Lt:
        return actual < wanted;
    case Op::Ge:
        return actual >= wanted;
    case Op::Le:
        return actual <= wanted;
    case Op::Contains:
        return false;
    }
    return false;
}

// The header bit a tcp.flags.* field tests.
std::uint16_t flagOf(Field field)
{
    switch (field) {
    case Field::FlagSyn:
        return core::FlagSyn;
    case Field::FlagFin:
        return core::FlagFin;
    case Field::FlagReset:
        return core::FlagRst;
    case Field::FlagAck:
        return core::FlagAck;
    case Field::FlagPush:
        return core::FlagPsh;
    default:
        return 0;
    }
}

// Wireshark semantics for fields that occur twice in a packet (ip.addr, tcp.port): "a == b" holds when
// any occurrence equals b, and "a != b" is "not (a == b)".
bool evaluateCompare(const Node &n, const Stream &stream, const Segment &segment)
{
    const bool fromClient = segment.direction == Direction::ClientToServer;
    const Endpoint &src = fromClient ? stream.client : stream.server;
    const Endpoint &dst = fromClient ? stream.server : stream.client;
    const bool negate = n.op == Op::Ne;
    const Op op = negate ? Op::Eq : n.op;
    bool result = false;
    switch (n.field) {
    case Field::IpAddr:
    case Field::Ipv6Addr:
        result = addressMatches(n, src.ip) || addressMatches(n, dst.ip);
        break;
    case Field::IpSrc:
    case Field::Ipv6Src:
        result = addressMatches(n, src.ip);
        break;
    case Field::IpDst:
    case Field::Ipv6Dst:
        result = addressMatches(n, dst.ip);
        break;
    case Field::TcpPort:
        result = compareNumber(op, src.port, n.number) || compareNumber(op, dst.port, n.number);
        break;
    case Field::TcpSrcPort:
        result = compareNumber(op, src.port, n.number);
        break;
    case Field::TcpDstPort:
        result = compareNumber(op, dst.port, n.number);
        break;
    case Field::TcpStream:
        result = compareNumber(op, stream.index, n.number);
        break;
    case Field::TcpLen:
        result = compareNumber(op, segment.payloadLength, n.number);
        break;
    case Field::FlagSyn:
    case Field::FlagFin:
    case Field::FlagReset:
    case Field::FlagAck:
    case Field::FlagPush:
        result = compareNumber(op, segment.has(flagOf(n.field)) ? 1 : 0, n.number);
        break;
    case Field::Host: {
        const std::string host = filterLowercase(stream.hostname);
        result = op == Op::Contains ? host.find(n.text) != std::string::npos : host == n.text;
        break;
    }
    }
    return negate ? !result : result;
}

bool evaluate(const Node &n, const Stream &stream, const Segment &segment)
{
    switch (n.kind) {
    case Node::Kind::And:
        return evaluate(*n.left, stream, segment) && evaluate(*n.right, stream, segment);
    case Node::Kind::Or:
        return evaluate(*n.left, stream, segment) || evaluate(*n.right, stream, segment);
    case Node::Kind::Not:
        return !evaluate(*n.left, stream, segment);
    case Node::Kind::Compare:
        return evaluateCompare(n, stream, segment);
    }
    return false;
}

} // namespace

DisplayFilter::DisplayFilter() = default;
DisplayFilter::~DisplayFilter() = default;
DisplayFilter::DisplayFilter(DisplayFilter &&) noexcept = default;
DisplayFilter &DisplayFilter::operator=(DisplayFilter &&) noexcept = default;

std::optional<DisplayFilter> DisplayFilter::compile(std::string_view text, FilterError &error)
{
    error = {};
    auto tokens = tokenizeFilter(text, error);
    if (!error.message.empty())
        return std::nullopt;
    DisplayFilter filter;
    if (tokens.empty())
        return filter;
    filter.m_root = parseFilter(std::move(tokens), text.size(), error);
    if (!filter.m_root)
        return std::nullopt;
    return filter;
}

bool DisplayFilter::isEmpty() const
{
    return !m_root;
}

bool DisplayFilter::matchesSegment(const Stream &stream, const Segment &segment) const
{
    return !m_root || evaluate(*m_root, stream, segment);
}

bool DisplayFilter::matchesStream(const Stream &stream, std::span<const Segment> allSegments) const
{
    if (!m_root)
        return true;
    return std::any_of(stream.segments.begin(), stream.segments.end(), [&](std::uint32_t index) {
        return index < allSegments.size() && evaluate(*m_root, stream, allSegments[index]);
    });
}

} // namespace tcpladder::core
