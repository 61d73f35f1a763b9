// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureload.h"

#include "laddernotes.h"

#include "arguments.h"

#include <cstdio>

namespace tcpladder::cli {

void printError(const std::string &message)
{
    std::fprintf(stderr, "tcpladder-cli: %s\n", message.c_str());
}

void printWarnings(const core::CaptureIndex &index)
{
    for (const auto &warning : index.warnings())
        std::fprintf(stderr, "tcpladder-cli: warning: %s\n", warning.c_str());
}

std::optional<std::string> languageOption(const Arguments &args)
{
    const std::string language = args.value("--lang").value_or("en");
    if (language != "en" && language != "zh_CN") {
        printError("--lang is en or zh_CN, not '" + language + "'");
        return std::nullopt;
    }
    return language;
}

bool CaptureLoad::load(const std::string &path)
{
    std::string error;
    if (core::loadFile(path, m_index, error) == core::LoadResult::Failed) {
        printError(error);
        return false;
    }
    return true;
}

std::optional<core::ConnectionLadder> CaptureLoad::ladder(const std::string &text, const std::string &path) const
{
    const auto &streams = m_index.tracker().streams();
    const auto number = parseUnsigned(text);
    if (!number) {
        printError("--stream needs a stream number (0, 1, 2 ...), not '" + text + "'");
        return std::nullopt;
    }
    if (*number >= streams.size()) {
        printError(streams.empty() ? "no TCP connections in " + path
                                   : "no stream " + text + " in " + path + " (streams are 0 to "
                           + std::to_string(streams.size() - 1) + "; see 'tcpladder-cli list')");
        return std::nullopt;
    }
    core::ConnectionLadder ladder = core::buildConnectionLadder(streams[*number], m_index.tracker().segments());
    ladder.comments = core::commentsOnLadder(ladder, m_index.packetComments());
    // The file once more, for tshark's tcp.analysis: the JSON's fields and the ladder's loss marks.
    std::string error;
    ladder.tcp = core::analyzeLadderTcp(path, ladder, error);
    if (!error.empty())
        printError("warning: " + error);
    return ladder;
}

std::optional<core::ConnectionLadder> CaptureLoad::loadStream(const Arguments &args, const std::string &command,
                                                              const std::function<bool()> &checkOptions)
{
    const std::string &path = args.positionals.front();
    const auto stream = args.value("--stream");
    if (!stream) {
        printError("'" + command + "' needs --stream N (see 'tcpladder-cli list " + path + "' for the numbers)");
        return std::nullopt;
    }
    if (checkOptions && !checkOptions())
        return std::nullopt;
    if (!load(path))
        return std::nullopt;
    return ladder(*stream, path);
}

} // namespace tcpladder::cli
