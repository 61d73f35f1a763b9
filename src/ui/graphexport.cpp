// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphexport.h"

#include "analysisgraphcharts.h"
#include "ladderexport.h"
#include "laddertheme.h"
#include "sequencegraphchart.h"
#include "svgexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <memory>

// Free functions have no tr(). Declared at global scope because lupdate loses track of nested
// namespaces in this file and would then file the texts under a context the program never asks for.
struct GraphExportTr
{
    Q_DECLARE_TR_FUNCTIONS(tcpladder::ui::GraphExport)
};

namespace tcpladder::ui {

namespace {

constexpr int minSide = 200;
constexpr int maxSide = 16384; // beyond this QImage allocation fails or the PNG is useless

GraphChart *makeChart(GraphKind kind)
{
    switch (kind) {
    case GraphKind::RoundTripTime:
        return new RttGraphChart;
    case GraphKind::BytesInFlight:
        return new InFlightGraphChart;
    case GraphKind::Sequence:
        break;
    }
    return new SequenceGraphChart;
}

// A scene holding the chart laid out at the export's size, ready to render.
struct GraphScene
{
    QGraphicsScene scene;
    GraphChart *chart = nullptr; // owned by the scene
};

std::unique_ptr<GraphScene> layOut(const core::ConnectionLadder &ladder, const GraphExportRequest &request,
                                   QString *error)
{
    if (request.width < minSide || request.height < minSide || request.width > maxSide || request.height > maxSide) {
        if (error)
            *error =
                GraphExportTr::tr("Graph size must be between %1 and %2 pixels per side").arg(minSide).arg(maxSide);
        return nullptr;
    }
    auto out = std::make_unique<GraphScene>();
    GraphChart *chart = makeChart(request.kind);
    out->chart = chart;
    out->scene.addItem(chart);
    const LadderTheme theme = request.dark ? LadderTheme::dark() : LadderTheme::light();
    chart->setGraphTheme(theme, request.dark);
    chart->setLadder(ladder, false);
    if (chart->needsTcpAnalysis())
        chart->setTcpAnalysis(request.analysis, false);
    chart->setDirection(request.direction.value_or(chart->busiestDirection()));
    chart->setGraphTheme(theme, request.dark);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setCompactLegend(request.width < compactLegendBelow);
    chart->setGeometry(QRectF(0, 0, request.width, request.height));
    if (chart->layout())
        chart->layout()->activate();
    chart->resetRange(); // again, now that the plot area has its real width: one bucket per pixel
    out->scene.setSceneRect(0, 0, request.width, request.height);
    return out;
}

void paint(GraphScene &graph, QPainter &painter, QSize size)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    painter.fillRect(rect, graph.chart->backgroundBrush());
    graph.scene.render(&painter, rect, rect);
}

} // namespace

QImage renderGraph(const core::ConnectionLadder &ladder, const GraphExportRequest &request, QString *error)
{
    const auto graph = layOut(ladder, request, error);
    if (!graph)
        return {};
    QImage image(request.width, request.height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = GraphExportTr::tr("Not enough memory for a %1 x %2 image").arg(request.width).arg(request.height);
        return {};
    }
    QPainter painter(&image);
    paint(*graph, painter, image.size());
    painter.end();
    return image;
}

bool exportGraph(const core::ConnectionLadder &ladder, const GraphExportRequest &request, const QString &path,
                 QString *error)
{
    if (ladder.rows.empty()) {
        if (error)
            *error = GraphExportTr::tr("The connection has no segments to graph");
        return false;
    }
    const bool svg = path.section(QLatin1Char('.'), -1).toLower() == QLatin1String("svg");
    if (!svg) {
        const QImage image = renderGraph(ladder, request, error);
        if (image.isNull())
            return false;
        if (!image.save(path, "PNG")) {
            if (error)
                *error = GraphExportTr::tr("Could not write %1").arg(path);
            return false;
        }
        return true;
    }
    const auto graph = layOut(ladder, request, error);
    if (!graph)
        return false;
    const QSize size(request.width, request.height);
    const SvgFile file{size, graph->chart->title(), QStringLiteral("Graph exported by TCP Ladder"),
                       QGuiApplication::font().families()};
    if (!writeSvgFile(
            path, file, [&](QPainter &painter) { paint(*graph, painter, size); }, nullptr)) {
        if (error)
            *error = GraphExportTr::tr("Could not write %1").arg(path);
        return false;
    }
    return true;
}

QImage renderSequenceGraph(const core::ConnectionLadder &ladder, int width, int height, bool dark,
                           std::optional<core::Direction> direction, QString *error)
{
    return renderGraph(ladder, {GraphKind::Sequence, {}, direction, width, height, dark}, error);
}

bool exportSequenceGraph(const core::ConnectionLadder &ladder, const QString &path, int width, int height, bool dark,
                         QString *error)
{
    return exportGraph(ladder, {GraphKind::Sequence, {}, std::nullopt, width, height, dark}, path, error);
}

} // namespace tcpladder::ui
