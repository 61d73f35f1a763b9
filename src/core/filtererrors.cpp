// SPDX-License-Identifier: GPL-3.0-or-later
// The wording of display-filter errors, once: the CLI prints it, the UI translates it (context "FilterError").
#include "displayfilter.h"

#include "ladderlabels.h" // TCPLADDER_TRANSLATE_NOOP

namespace tcpladder::core {

const char *filterErrorText(FilterErrorCode code)
{
    // Marked for lupdate; the UI translates them with QCoreApplication::translate("FilterError", ...).
    switch (code) {
    case FilterErrorCode::None:
        break;
    case FilterErrorCode::UnterminatedString:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "this string has no closing `\"`");
    case FilterErrorCode::SingleEquals:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "use `==` to compare (a single `=` is not an operator)");
    case FilterErrorCode::UnexpectedCharacter:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "unexpected character `%1`");
    case FilterErrorCode::UnmatchedClose:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "unexpected `)` without a matching `(`");
    case FilterErrorCode::UnexpectedToken:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "unexpected `%1`; join conditions with `and` or `or`");
    case FilterErrorCode::TooManyConditions:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "too many conditions: a filter may join at most %1");
    case FilterErrorCode::NestedTooDeep:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "nested too deeply: at most %1 levels of `(` and `not`");
    case FilterErrorCode::Empty:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "empty filter");
    case FilterErrorCode::EndsEarly:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "the filter ends too early: expected a field");
    case FilterErrorCode::MissingClose:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "missing `)` to close the `(` at column %1");
    case FilterErrorCode::ExpectedField:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "expected a field name such as `ip.addr`, found `%1`");
    case FilterErrorCode::UnknownField:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "unknown field `%1`");
    case FilterErrorCode::UnknownFieldSuggestion:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "unknown field `%1` — did you mean `%2`?");
    case FilterErrorCode::NeedsComparison:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "`%1` needs a comparison, e.g. `%2`");
    case FilterErrorCode::ContainsHostOnly:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "`contains` works with `host` only");
    case FilterErrorCode::AddressOperator:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "addresses can only be compared with == or !=");
    case FilterErrorCode::ExpectedValue:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "expected a value after `%1`");
    case FilterErrorCode::InvalidPrefix:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "`%1` has an invalid prefix length");
    case FilterErrorCode::NotIpv4:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "`%1` is not an IPv4 address");
    case FilterErrorCode::NotIpv6:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "`%1` is not an IPv6 address");
    case FilterErrorCode::NotNumber:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "`%1` is not a number");
    case FilterErrorCode::FlagRange:
        return TCPLADDER_TRANSLATE_NOOP("FilterError", "a flag is 0 or 1, not %1");
    }
    return "";
}

std::string fillFilterError(std::string_view wording, const FilterError &error)
{
    std::string out;
    for (std::size_t i = 0; i < wording.size(); ++i) {
        if (wording[i] == '%' && i + 1 < wording.size() && wording[i + 1] >= '1' && wording[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(wording[i + 1] - '1');
            if (index < error.args.size()) {
                out += error.args[index];
                ++i;
                continue;
            }
        }
        out += wording[i];
    }
    return out;
}

FilterError FilterError::make(std::size_t position, std::size_t length, FilterErrorCode code,
                              std::vector<std::string> args)
{
    FilterError error{position, length, {}, code, std::move(args)};
    error.message = fillFilterError(filterErrorText(code), error);
    return error;
}

} // namespace tcpladder::core
