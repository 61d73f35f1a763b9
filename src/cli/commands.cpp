// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "captureload.h"
#include "jsonreport.h"
#include "textreport.h"

#include <cstdio>

namespace tcpladder::cli {

int runList(const Arguments &args)
{
    const std::string &path = args.positionals.front();
    CaptureLoad capture;
    if (!capture.load(path))
        return 1;

    std::vector<const core::Stream *> streams;
    for (const auto &stream : capture.index().tracker().streams())
        streams.push_back(&stream);

    if (args.has("--json")) {
        std::printf("%s\n", listJson(path, capture.index(), streams).c_str());
    } else {
        std::fputs(listText(path, capture.index(), streams).c_str(), stdout);
        printWarnings(capture.index());
    }
    return 0;
}

int runLadder(const Arguments &args)
{
    const std::string &path = args.positionals.front();
    const auto stream = args.value("--stream");
    if (!stream) {
        printError("'ladder' needs --stream N (see 'tcpladder-cli list " + path + "' for the numbers)");
        return 1;
    }
    CaptureLoad capture;
    if (!capture.load(path))
        return 1;
    const auto ladder = capture.ladder(*stream, path);
    if (!ladder)
        return 1;
    if (args.has("--json")) {
        std::printf("%s\n", ladderJson(*ladder).c_str());
    } else {
        std::fputs(ladderText(*ladder).c_str(), stdout);
        printWarnings(capture.index());
    }
    return 0;
}

} // namespace tcpladder::cli
