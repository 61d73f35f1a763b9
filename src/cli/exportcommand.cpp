// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "captureload.h"
#include "graphexport.h"
#include "ladderexport.h"
#include "languagemanager.h"
#include "tcpanalysis.h"
#include "textdiagramcommand.h"

#include <QFont>
#include <QApplication>

#include <cstdio>

namespace tcpladder::cli {

namespace {

struct ExportRequest
{
    ui::LadderExportOptions options;
    QString output;
    QString language = QStringLiteral("en");
    bool graph = false;
    ui::GraphKind graphKind = ui::GraphKind::Sequence;
};

std::optional<ui::GraphKind> parseGraphKind(const std::string &name)
{
    if (name == "sequence")
        return ui::GraphKind::Sequence;
    if (name == "rtt")
        return ui::GraphKind::RoundTripTime;
    if (name == "inflight")
        return ui::GraphKind::BytesInFlight;
    return std::nullopt;
}

std::optional<ExportRequest> parseRequest(const Arguments &args)
{
    ExportRequest request;
    const auto output = args.value("-o");
    if (!output) {
        printError("'export' needs -o OUT.png, -o OUT.svg or -o OUT.pdf");
        return std::nullopt;
    }
    request.output = QString::fromStdString(*output);
    request.graph = args.has("--graph");
    if (const auto type = args.value("--graph-type")) {
        const auto kind = parseGraphKind(*type);
        if (!kind) {
            printError("--graph-type is sequence, rtt or inflight, not '" + *type + "'");
            return std::nullopt;
        }
        request.graph = true;
        request.graphKind = *kind;
    }
    request.options.expandAllRuns = args.has("--expand-runs");
    const QString suffix = request.output.section('.', -1).toLower();
    const bool text = core::textDiagramFormatForPath(*output).has_value();
    if (suffix != "png" && (suffix != "svg" && ((suffix != "pdf" && !text) || request.graph))) {
        printError(request.graph ? "a graph exports as PNG or SVG: use -o OUT.png or -o OUT.svg"
                                 : "the output must end in .png, .svg, .pdf, .mmd, .puml, .tex or .md, not '" + *output
                                       + "'");
        return std::nullopt;
    }
    if (const auto width = args.value("--width")) {
        const auto pixels = parseUnsigned(*width);
        if (!pixels || *pixels < ui::minExportWidth || *pixels > ui::maxExportWidth) {
            printError("--width needs a number of pixels between " + std::to_string(ui::minExportWidth) + " and "
                       + std::to_string(ui::maxExportWidth) + ", not '" + *width + "'");
            return std::nullopt;
        }
        request.options.width = static_cast<int>(*pixels);
    }
    if (const auto theme = args.value("--theme")) {
        if (*theme != "light" && *theme != "dark") {
            printError("--theme is light or dark, not '" + *theme + "'");
            return std::nullopt;
        }
        request.options.theme = *theme == "dark" ? ui::LadderThemeKind::Dark : ui::LadderThemeKind::Light;
    }
    const auto language = languageOption(args);
    if (!language)
        return std::nullopt;
    request.language = QString::fromStdString(*language);
    return request;
}

// The ladder's texts (phase titles, tags, column titles) come from the catalogue; Chinese also
// needs a font with CJK glyphs, added behind the default one so Latin text looks the same as in English.
bool useLanguage(const QString &language)
{
    if (!ui::LanguageManager::instance()->setLanguage(language, false)) {
        printError("no translation for " + language.toStdString() + " is built in");
        return false;
    }
    if (language != QLatin1String("zh_CN"))
        return true;
    const QString family = ui::cjkFontFamily();
    if (family.isEmpty()) {
        std::fputs("tcpladder-cli: warning: no font with Chinese glyphs found (install fonts-noto-cjk or "
                   "fonts-wqy-microhei); Chinese text may be drawn as boxes\n",
                   stderr);
        return true;
    }
    QFont font = QGuiApplication::font();
    font.setFamilies({font.family(), family});
    QGuiApplication::setFont(font);
    std::fprintf(stderr, "tcpladder-cli: font for Chinese text: %s\n", family.toUtf8().constData());
    return true;
}

bool writeGraph(const core::ConnectionLadder &ladder, const ExportRequest &request, QString &error)
{
    ui::GraphExportRequest graph;
    graph.kind = request.graphKind;
    graph.width = request.options.width;
    graph.height = request.options.width * 4 / 7;
    graph.dark = request.options.theme == ui::LadderThemeKind::Dark;
    // RTT and bytes in flight are tshark's tcp.analysis fields, which CaptureLoad::ladder read.
    graph.analysis = ladder.tcp;
    return ui::exportGraph(ladder, graph, request.output, &error);
}

} // namespace

int runExport(const Arguments &args, int argc, char *argv[])
{
    std::optional<ExportRequest> request;
    CaptureLoad capture;
    const auto ladder = capture.loadStream(args, "export", [&] { return (request = parseRequest(args)).has_value(); });
    if (!ladder)
        return 1;

    // Text is laid out with real fonts and the graph is a Qt Charts scene: both need an application
    // object, and the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (core::textDiagramFormatForPath(request->output.toStdString()))
        return exportTextDiagram(*ladder, args, request->output, request->language);
    if (!useLanguage(request->language))
        return 1;

    // Written all the same (it is what was asked for), but never silently: most viewers refuse it.
    if (!request->graph && request->output.section('.', -1).toLower() == QLatin1String("png")) {
        const int height = ui::ladderImageHeight(*ladder, request->options);
        if (height > ui::viewerImageHeightLimit)
            std::fprintf(stderr,
                         "tcpladder-cli: warning: the PNG is %d pixels tall; many image viewers refuse images taller "
                         "than %d pixels: export PDF instead (-o %s.pdf)\n",
                         height, ui::viewerImageHeightLimit,
                         request->output.section('.', 0, -2).toLocal8Bit().constData());
    }

    QString error;
    const bool ok = request->graph ? writeGraph(*ladder, *request, error)
                                   : ui::exportLadder(*ladder, request->output, request->options, &error);
    if (!ok) {
        printError(error.toStdString());
        return 1;
    }
    printWarnings(capture.index());
    return 0;
}

} // namespace tcpladder::cli
