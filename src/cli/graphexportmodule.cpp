// SPDX-License-Identifier: GPL-3.0-or-later
// The module tcpladder-cli loads for `export --graph*` (graphexportcall.h): the graphs are Qt Charts
// scenes, which need a QApplication and so Qt Widgets.
#include "exportlanguage.h"
#include "graphexport.h"
#include "graphexportcall.h"

#include <QApplication>
#include <QFont>

#include <cstdio>
#include <cstring>

namespace {

using namespace tcpladder;

ui::GraphKind graphKind(const char *type)
{
    if (std::strcmp(type, "rtt") == 0)
        return ui::GraphKind::RoundTripTime;
    if (std::strcmp(type, "inflight") == 0)
        return ui::GraphKind::BytesInFlight;
    return ui::GraphKind::Sequence;
}

int exportGraph(const cli::GraphExportCall &call)
{
    int argc = call.argc;
    QApplication app(argc, call.argv);
    // The axis titles and legends are tr() texts: the catalogue is installed, and Chinese gets its font.
    ui::LanguageCatalogue catalogue;
    const auto language = cli::loadExportLanguage(catalogue, QString::fromUtf8(call.language));
    if (!language)
        return 1;
    QCoreApplication::installTranslator(&catalogue.translator());
    if (!language->fontFamilies.isEmpty()) {
        QFont font = QGuiApplication::font();
        font.setFamilies(language->fontFamilies);
        QGuiApplication::setFont(font);
    }
    ui::GraphExportRequest request;
    request.kind = graphKind(call.graphType);
    request.width = call.width;
    request.height = call.width * 4 / 7;
    request.dark = call.dark;
    // RTT and bytes in flight are tshark's tcp.analysis fields, which the CLI read with the ladder.
    request.analysis = call.ladder->tcp;
    QString error;
    if (!ui::exportGraph(*call.ladder, request, QString::fromUtf8(call.output), &error)) {
        std::fprintf(stderr, "tcpladder-cli: %s\n", error.toUtf8().constData());
        return 1;
    }
    return 0;
}

} // namespace

extern "C" Q_DECL_EXPORT int tcpladderExportGraph(const tcpladder::cli::GraphExportCall *call)
{
    return exportGraph(*call);
}
