// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphexport.h"

#include "laddertheme.h"
#include "sequencegraphchart.h"

#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

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


} // namespace

QImage renderSequenceGraph(const core::ConnectionLadder &ladder, int width, int height, bool dark,
                           std::optional<core::Direction> direction, QString *error)
{
    if (width < minSide || height < minSide || width > maxSide || height > maxSide) {
        if (error)
            *error = GraphExportTr::tr("Graph size must be between %1 and %2 pixels per side").arg(minSide).arg(maxSide);
        return {};
    }
    QGraphicsScene scene;
    auto *chart = new SequenceGraphChart; // the scene owns it from addItem on
    scene.addItem(chart);
    chart->setGraphTheme(dark ? LadderTheme::dark() : LadderTheme::light(), dark);
    chart->setLadder(ladder, false);
    chart->setDirection(direction.value_or(chart->graph().busiestDirection()));
    chart->setGraphTheme(dark ? LadderTheme::dark() : LadderTheme::light(), dark);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setCompactLegend(width < 1100);
    chart->setGeometry(QRectF(0, 0, width, height));
    if (chart->layout())
        chart->layout()->activate();
    chart->resetRange(); // again, now that the plot area has its real width: one bucket per pixel
    scene.setSceneRect(0, 0, width, height);

    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = GraphExportTr::tr("Not enough memory for a %1 x %2 image").arg(width).arg(height);
        return {};
    }
    image.fill(chart->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height));
    painter.end();
    return image;
}

bool exportSequenceGraph(const core::ConnectionLadder &ladder, const QString &path, int width, int height, bool dark,
                         QString *error)
{
    if (ladder.rows.empty()) {
        if (error)
            *error = GraphExportTr::tr("The connection has no segments to graph");
        return false;
    }
    const QImage image = renderSequenceGraph(ladder, width, height, dark, std::nullopt, error);
    if (image.isNull())
        return false;
    if (!image.save(path, "PNG")) {
        if (error)
            *error = GraphExportTr::tr("Could not write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace tcpladder::ui
