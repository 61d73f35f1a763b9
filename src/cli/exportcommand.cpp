// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "captureload.h"
#include "exportlanguage.h"
#include "graphexportloader.h"
#include "ladderexport.h"
#include "mergedladderexport.h"
#include "peerreport.h"
#include "laddertextdiagram.h"
#include "textdiagramcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>

#include <cstdio>

namespace tcpladder::cli {

namespace {

struct ExportRequest
{
    ui::LadderExportOptions options;
    QString output;
    QString language = QStringLiteral("en");
    bool graph = false;
    std::string graphType = "sequence"; // graphexportcall.h
};

bool isGraphType(const std::string &name)
{
    return name == "sequence" || name == "rtt" || name == "inflight";
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
        if (!isGraphType(*type)) {
            printError("--graph-type is sequence, rtt or inflight, not '" + *type + "'");
            return std::nullopt;
        }
        request.graph = true;
        request.graphType = *type;
    }
    request.options.expandAllRuns = args.has("--expand-runs");
    const QString suffix = request.output.section('.', -1).toLower();
    const bool text = core::textDiagramFormatForPath(*output).has_value();
    if (suffix != "png" && (suffix != "svg" && ((suffix != "pdf" && !text) || request.graph))) {
        printError(request.graph
                       ? "a graph exports as PNG or SVG: use -o OUT.png or -o OUT.svg"
                       : "the output must end in .png, .svg, .pdf, .mmd, .puml, .tex or .md, not '" + *output + "'");
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

int writeGraph(const core::ConnectionLadder &ladder, const ExportRequest &request, int argc, char *argv[])
{
    const QByteArray output = request.output.toUtf8();
    const std::string language = request.language.toStdString();
    GraphExportCall call;
    call.argc = argc;
    call.argv = argv;
    call.ladder = &ladder;
    call.graphType = request.graphType.c_str();
    call.output = output.constData();
    call.language = language.c_str();
    call.width = request.options.width;
    call.dark = request.options.theme == ui::LadderThemeKind::Dark;
    return exportGraphWithModule(call);
}

} // namespace

int runExport(const Arguments &args, int argc, char *argv[])
{
    std::optional<ExportRequest> request;
    CaptureLoad capture;
    const auto ladder = capture.loadStream(args, "export", [&] { return (request = parseRequest(args)).has_value(); });
    if (!ladder)
        return 1;

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (core::textDiagramFormatForPath(request->output.toStdString())) {
        const auto peer = loadPeerCapture(args, *ladder);
        if (args.has("--peer-capture") && !peer)
            return 1;
        const QCoreApplication app(argc, argv); // for the catalogue's resource
        return exportTextDiagram(*ladder, args, request->output, request->language, peer ? &*peer : nullptr);
    }
    if (request->graph && args.has("--peer-capture")) {
        printError("--peer-capture merges two ladders; it does not apply to --graph");
        return 1;
    }
    const auto peer = loadPeerCapture(args, *ladder);
    if (args.has("--peer-capture") && !peer)
        return 1;
    if (request->graph) {
        const int status = writeGraph(*ladder, *request, argc, argv);
        if (status == 0)
            printWarnings(capture.index());
        return status;
    }

    // Text is laid out with real fonts: that needs an application object (QtGui only), and the
    // offscreen platform needs no display.
    QGuiApplication app(argc, argv);
    ui::LanguageCatalogue catalogue;
    const auto language = loadExportLanguage(catalogue, request->language);
    if (!language)
        return 1;
    request->options.language = *language;
    if (peer) {
        // The merged picture words itself through QCoreApplication::translate (context "MergedLadder").
        QCoreApplication::installTranslator(&catalogue.translator());
        if (!language->fontFamilies.isEmpty()) {
            QFont font = QGuiApplication::font();
            font.setFamilies(language->fontFamilies);
            QGuiApplication::setFont(font);
        }
    }

    // Written all the same (it is what was asked for), but never silently: most viewers refuse it.
    if (!peer && request->output.section('.', -1).toLower() == QLatin1String("png")) {
        const int height = ui::ladderImageHeight(*ladder, request->options);
        if (height > ui::viewerImageHeightLimit)
            std::fprintf(stderr,
                         "tcpladder-cli: warning: the PNG is %d pixels tall; many image viewers refuse images taller "
                         "than %d pixels: export PDF instead (-o %s.pdf)\n",
                         height, ui::viewerImageHeightLimit,
                         request->output.section('.', 0, -2).toLocal8Bit().constData());
    }

    QString error;
    const ui::MergedLadderNames names{QFileInfo(QString::fromStdString(args.positionals.front())).fileName(),
                                      peer ? QFileInfo(QString::fromStdString(*args.value("--peer-capture"))).fileName()
                                           : QString()};
    const bool ok = peer ? ui::exportMergedLadder(*ladder, *peer, names, request->output, request->options, &error)
                         : ui::exportLadder(*ladder, request->output, request->options, &error);
    if (!ok) {
        printError(error.toStdString());
        return 1;
    }
    printWarnings(capture.index());
    return 0;
}

} // namespace tcpladder::cli
