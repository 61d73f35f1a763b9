// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "captureload.h"
#include "displayfilter.h"
#include "jsonreport.h"
#include "peerreport.h"
#include "textreport.h"

#include <QCoreApplication>
#include <QTranslator>

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

namespace {

// Translates the explanations as the pane does (context "Explanation") with the built-in
// catalogue of `language`; English needs it too, for its plural forms.
core::LadderTranslate explanationTranslator(QTranslator &catalogue, const std::string &language)
{
    if (!catalogue.load(QStringLiteral(":/i18n/tcpladder_%1.qm").arg(QString::fromStdString(language))))
        return {};
    return [&catalogue](const char *source, const char *comment, int n) {
        return catalogue.translate("Explanation", source, comment, n).toStdString();
    };
}

} // namespace

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
        QTranslator catalogue;
        const core::LadderTranslate translate = explanationTranslator(catalogue, *language);
        if (!translate) {
            printError("no translation for " + *language + " is built in");
            return 1;
        }
        std::printf("%s\n", ladderJson(*ladder, ladder->tcp, translate, additions).c_str());
    } else {
        std::fputs(ladderText(*ladder).c_str(), stdout);
        if (peer)
            std::fputs(peerText(*peer, *args.value("--peer-capture")).c_str(), stdout);
        printWarnings(capture.index());
    }
    return 0;
}

} // namespace tcpladder::cli
