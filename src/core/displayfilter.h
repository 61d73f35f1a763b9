// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment.h"
#include "stream.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tcpladder::core {

// Why a filter did not compile. The wording of each code is in filterErrorText() only, so the CLI's
// English and the UI's translation (tr() context "FilterError") say the same thing.
enum class FilterErrorCode : std::uint8_t {
    None,
    UnterminatedString,
    SingleEquals,
    UnexpectedCharacter,
    UnmatchedClose,
    UnexpectedToken,
    TooManyConditions,
    NestedTooDeep,
    Empty,
    EndsEarly,
    MissingClose,
    ExpectedField,
    UnknownField,
    UnknownFieldSuggestion,
    NeedsComparison,
    ContainsHostOnly,
    AddressOperator,
    ExpectedValue,
    InvalidPrefix,
    NotIpv4,
    NotIpv6,
    NotNumber,
    FlagRange
};

// Where and why a filter did not compile: position/length in characters of the offending text.
struct FilterError
{
    std::size_t position = 0;
    std::size_t length = 0;
    std::string message; // in English: "unknown field `ip.adr` — did you mean `ip.addr`?"
    FilterErrorCode code = FilterErrorCode::None;
    std::vector<std::string> args; // what %1, %2 … of the wording stand for ("ip.adr", "ip.addr")

    static FilterError make(std::size_t position, std::size_t length, FilterErrorCode code,
                            std::vector<std::string> args = {});
};

// The English wording of `code` with %1, %2 … for the error's args.
const char *filterErrorText(FilterErrorCode code);
// `wording` (filterErrorText() or a translation of it) with %1, %2 … replaced by `error.args`, in one
// pass, so a `%2` typed in the filter itself stays as it is.
std::string fillFilterError(std::string_view wording, const FilterError &error);

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
