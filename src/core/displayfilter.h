// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment.h"
#include "stream.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace tcpladder::core {

// Where and why a filter did not compile: position/length in characters of the offending text.
struct FilterError
{
    std::size_t position = 0;
    std::size_t length = 0;
    std::string message; // "unknown field `ip.adr` — did you mean `ip.addr`?"
};

// The subset of Wireshark's display-filter language that the tutorial teaches:
// fields ip.addr ip.src ip.dst ipv6.addr ipv6.src ipv6.dst tcp.port tcp.srcport tcp.dstport tcp.stream
// tcp.len tcp.flags.syn/.fin/.reset/.ack/.push and `host` (a name learned from DNS/SNI/Host);
// comparisons == != eq ne > < >= <= gt lt ge le, `contains` for host; and/&&, or/||, not/!, parentheses;
// addresses may carry a /prefix. Like Wireshark, a packet filter: a connection matches when one of its
// segments does.
class DisplayFilter
{
public:
    DisplayFilter();
    ~DisplayFilter();
    DisplayFilter(DisplayFilter &&) noexcept;
    DisplayFilter &operator=(DisplayFilter &&) noexcept;

    // An empty or all-blank text compiles to a filter that matches everything.
    static std::optional<DisplayFilter> compile(std::string_view text, FilterError &error);

    bool matchesSegment(const Stream &stream, const Segment &segment) const;
    bool matchesStream(const Stream &stream, std::span<const Segment> allSegments) const;
    bool isEmpty() const;

    struct Node;

private:
    std::unique_ptr<Node> m_root;
};

} // namespace tcpladder::core
