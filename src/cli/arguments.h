// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tcpladder::cli {

// What one sub-command accepts: options that take a value and options that are switches.
struct CommandSpec
{
    std::string name;
    std::set<std::string> valueOptions; // e.g. "--stream", "-o"
    std::set<std::string> switches;     // e.g. "--json"
    int positionals = 0;                // exact number of positional arguments (FILE)
};

struct Arguments
{
    std::vector<std::string> positionals;
    std::map<std::string, std::string> values;
    std::set<std::string> switches;

    bool has(const std::string &option) const { return values.count(option) || switches.count(option); }
    std::optional<std::string> value(const std::string &option) const;
};

// Parses argv after the sub-command; on failure returns nullopt and sets a one-line error.
std::optional<Arguments> parseArguments(const CommandSpec &spec, const std::vector<std::string> &args,
                                        std::string &error);

// Strict unsigned parse for --stream, --width, --count ...: the whole text must be a number.
std::optional<unsigned long long> parseUnsigned(const std::string &text);

} // namespace tcpladder::cli
