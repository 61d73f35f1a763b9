// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "captureload.h"
#include "displayfilter.h"
#include "jsonreport.h"
#include "languagecatalogue.h"
#include "peerreport.h"
#include "textreport.h"

#include <QCoreApplication>

#include <cstdio>

namespace tcpladder::cli {

int runList(const Arguments &args)
{
    const std::string &path = args.positionals.front();
    // Compile the filter before reading a large file, so a typo fails at once.
    core::FilterError filterError;
    const auto filter = core::DisplayFilter::compile(args.value("--filter").value_or(""), filterError);
    if (!filter) {
        printError("invalid filter: " + filterError.message + " (column " + std::to_string(filterError.position + 1)
                   + ")");
        return 1;
    }
    CaptureLoad capture;
    if (!capture.load(path))
        return 1;

    const auto &tracker = capture.index().tracker();
    std::vector<const core::Stream *> streams;
    for (const auto &stream : tracker.streams()) {
        if (filter->matchesStream(stream, tracker.segments()))
            streams.push_back(&stream);
    }

    if (args.has("--json")) {
        writeListJson(stdout, path, capture.index(), streams);
        std::fputc('\n', stdout);
    } else {
        std::fputs(listText(path, capture.index(), streams).c_str(), stdout);
        printWarnings(capture.index());
    }
    return 0;
}

int runLadder(const Arguments &args, int argc, char *argv[])
{
    const auto language = languageOption(args);
    if (!language)
        return 1;
    CaptureLoad capture;
    const auto ladder = capture.loadStream(args, "ladder");
    if (!ladder)
        return 1;
    const auto peer = loadPeerCapture(args, *ladder);
    if (args.has("--peer-capture") && !peer)
        return 1;
    const LadderJsonAdditions additions = peer ? peerJsonAdditions(*peer, *ladder) : LadderJsonAdditions{};
    if (args.has("--json")) {
        const QCoreApplication app(argc, argv); // for the catalogue's resource
        // The explanations as the pane words them (context "Explanation"); English needs its
        // catalogue too, for its plural forms.
        ui::LanguageCatalogue catalogue;
        if (!catalogue.load(QString::fromStdString(*language))) {
            printError("no translation for " + *language + " is built in");
            return 1;
        }
        std::printf("%s\n", ladderJson(*ladder, ladder->tcp, catalogue.explanations(), additions).c_str());
    } else {
        std::fputs(ladderText(*ladder).c_str(), stdout);
        if (peer)
            std::fputs(peerText(*peer, *args.value("--peer-capture")).c_str(), stdout);
        printWarnings(capture.index());
    }
    return 0;
}

} // namespace tcpladder::cli
