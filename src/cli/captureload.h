// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "captureindex.h"
#include "streamreplay.h"

#include <functional>
#include <optional>
#include <string>

namespace tcpladder::cli {

struct Arguments;

// A capture loaded for one command, with the error reporting every command shares.
class CaptureLoad
{
public:
    // Prints "tcpladder-cli: <reason>" on stderr and returns false when nothing could be read.
    bool load(const std::string &path);

    const core::CaptureIndex &index() const { return m_index; }

    // The ladder of stream `text` (a number), or an error line on stderr and nullopt.
    std::optional<core::ConnectionLadder> ladder(const std::string &text, const std::string &path) const;

    // Loads FILE and returns the ladder of --stream N: what `ladder` and `export` both start with.
    // `checkOptions` runs after --stream is known and before the (possibly long) load.
    std::optional<core::ConnectionLadder> loadStream(const Arguments &args, const std::string &command,
                                                     const std::function<bool()> &checkOptions = {});

private:
    core::CaptureIndex m_index;
};

// --lang's value ("en" when absent), or an error line on stderr and nullopt for another language.
std::optional<std::string> languageOption(const Arguments &args);

// One line on stderr, prefixed with the program name, as every error and warning is printed.
void printError(const std::string &message);
void printWarnings(const core::CaptureIndex &index);

} // namespace tcpladder::cli
