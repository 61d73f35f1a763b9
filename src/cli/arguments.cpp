// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"

#include <charconv>

namespace tcpladder::cli {

std::optional<std::string> Arguments::value(const std::string &option) const
{
    const auto it = values.find(option);
    if (it == values.end())
        return std::nullopt;
    return it->second;
}

std::optional<Arguments> parseArguments(const CommandSpec &spec, const std::vector<std::string> &args,
                                        std::string &error)
{
    Arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::string inlineValue;
        bool hasInlineValue = false;
        // Accept --width=800 as well as --width 800, like most GNU tools.
        if (arg.rfind("--", 0) == 0) {
            if (const auto eq = arg.find('='); eq != std::string::npos) {
                inlineValue = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                hasInlineValue = true;
            }
        }
        if (spec.valueOptions.count(arg)) {
            if (hasInlineValue) {
                parsed.values[arg] = inlineValue;
            } else if (i + 1 < args.size()) {
                parsed.values[arg] = args[++i];
            } else {
                error = "option " + arg + " needs a value";
                return std::nullopt;
            }
        } else if (spec.switches.count(arg) && !hasInlineValue) {
            parsed.switches.insert(arg);
        } else if (arg.size() > 1 && arg[0] == '-') {
            error = "unknown option " + arg + " for '" + spec.name + "' (see tcpladder-cli --help)";
            return std::nullopt;
        } else {
            parsed.positionals.push_back(arg);
        }
    }
    if (static_cast<int>(parsed.positionals.size()) != spec.positionals) {
        error = spec.positionals == 1 ? "'" + spec.name + "' needs exactly one capture FILE (see tcpladder-cli --help)"
                                      : "'" + spec.name + "' takes no FILE argument (see tcpladder-cli --help)";
        return std::nullopt;
    }
    return parsed;
}

std::optional<unsigned long long> parseUnsigned(const std::string &text)
{
    unsigned long long value = 0;
    const auto *begin = text.data();
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (text.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

} // namespace tcpladder::cli
