// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencegraph.h"

#include "freeoffguithread.h"
#include "sequencegraphchart.h"

#include <QFileDialog>
#include <QGuiApplication>
#include <QImage>
#include <QMessageBox>
#include <QRubberBand>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace tcpladder::ui {

using core::Direction;

namespace {

bool isDark(LadderThemeKind kind, const LadderTheme &theme)
{
    return kind == LadderThemeKind::Dark || (kind == LadderThemeKind::Palette && theme.background.lightness() < 128);
}

} // namespace

SequenceGraph::SequenceGraph(QWidget *parent)
    : QChartView(parent)
{
    m_chart = new SequenceGraphChart;
    setChart(m_chart);
    m_graphJob = new NewestJob(this);
    m_graphJob->setObjectName(QStringLiteral("graphJob"));
    setRubberBand(QChartView::NoRubberBand); // our own: a click must select, not zoom to a sliver
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
    m_rubberBand->hide();
    retranslate();
    applyTheme();
}

void SequenceGraph::retranslate()
{
    setToolTip(tr("Drag to zoom, wheel to zoom at the cursor, double-click or Esc to reset; "
                  "click a point to select its segment in the ladder"));
}

SequenceGraph::~SequenceGraph() = default;

QSize SequenceGraph::minimumSizeHint() const
{
    const QSizeF readable = m_chart->readableSize();
    const int frame = 2 * frameWidth();
    return QSize(static_cast<int>(std::ceil(readable.width())) + frame,
                 static_cast<int>(std::ceil(readable.height())) + frame);
}

void SequenceGraph::setLadder(const core::ConnectionLadder &ladder)
{
    setLadder(std::make_shared<const core::ConnectionLadder>(ladder));
}

void SequenceGraph::setLadder(core::SharedLadder ladder)
{
    if (!ladder)
        return clear();
    const bool sameConnection =
        m_hasLadder && ladder->streamIndex == m_streamIndex && ladder->client == m_client && ladder->server == m_server;
    if (!sameConnection) {
        m_zoomed = false;
        m_directionChosen = false;
    }
    m_hasLadder = true;
    m_streamIndex = ladder->streamIndex;
    m_client = ladder->client;
    m_server = ladder->server;
    m_ladder = std::move(ladder);
    if (graphChart() && m_ladder->rows.size() >= static_cast<std::size_t>(m_asyncGraphRows)) {
        // Built on the worker: the graph on screen stays until the new data is ready, unless it
        // is of another connection (a big one selected): then the graph is empty meanwhile.
        if (!sameConnection)
            m_chart->clearGraph();
        // What it will show is worked out there too (direction, range, points per pixel column), as
        // the graph is now; if that changes meanwhile (a zoom, a turn), it is worked out again here.
        const ShownAsked asked{m_directionChosen, m_zoomed, m_chart->direction(), m_chart->visibleRange(),
                               graphChart()->pixelColumns()};
        m_graphJob->request([this, ladder = m_ladder, asked]() -> std::function<void()> {
            auto graph = capture::shareFreedOffGuiThread(core::buildSequenceGraph(*ladder));
            const Direction direction = asked.directionChosen ? asked.direction : graph->busiestDirection();
            auto shown = std::make_shared<SequenceGraphChart::Shown>(SequenceGraphChart::prepare(
                *graph, direction, asked.zoomed ? std::optional(asked.range) : std::nullopt, asked.buckets));
            return [this, ladder, graph, asked, shown] {
                if (ladder != m_ladder || !graphChart())
                    return; // another ladder or another graph came meanwhile
                showGraph(*ladder, graph, asked, std::move(*shown));
            };
        });
        return;
    }
    m_graphJob->cancel(); // this ladder is newer than any being built
    m_chart->setSharedLadder(m_ladder, sameConnection && m_zoomed);
    showNewData(sameConnection);
    scheduleRefresh();
}

void SequenceGraph::showGraph(const core::ConnectionLadder &ladder,
                              std::shared_ptr<const core::SequenceGraphData> graph, const ShownAsked &asked,
                              SequenceGraphChart::Shown shown)
{
    const Direction before = m_chart->direction();
    const bool stillSo = asked.directionChosen == m_directionChosen && asked.zoomed == m_zoomed
        && asked.direction == before && asked.range == m_chart->visibleRange()
        && asked.buckets == graphChart()->pixelColumns();
    if (stillSo)
        graphChart()->setGraph(ladder, std::move(graph), std::move(shown));
    else
        graphChart()->setGraph(ladder, std::move(graph), m_zoomed);
    if (m_chart->direction() != before) {
        applyTheme();
        emit directionChanged(m_chart->direction());
    }
    showNewData(true);
    emit graphUpdated();
}

void SequenceGraph::showNewData(bool sameConnection)
{
    if (!m_directionChosen && m_chart->busiestDirection() != m_chart->direction()) {
        m_chart->setDirection(m_chart->busiestDirection());
        applyTheme();
        emit directionChanged(m_chart->direction());
    }
    if (!sameConnection)
        m_chart->setCurrentRow(-1);
    applyAnalysis();
}

void SequenceGraph::clear()
{
    m_hasLadder = false;
    m_zoomed = false;
    m_directionChosen = false;
    m_ladder.reset();
    m_graphJob->cancel();
    m_chart->clearGraph();
}

SequenceGraphChart *SequenceGraph::graphChart() const
{
    return qobject_cast<SequenceGraphChart *>(m_chart);
}

void SequenceGraph::setDirection(Direction direction)
{
    m_directionChosen = true;
    if (direction == m_chart->direction())
        return;
    m_chart->setDirection(direction);
    applyTheme();
    m_zoomed = false;
    emit directionChanged(direction);
}

void SequenceGraph::setThemeKind(LadderThemeKind kind)
{
    m_themeKind = kind;
    applyTheme();
}

void SequenceGraph::applyTheme()
{
    const LadderTheme theme = LadderTheme::forKind(m_themeKind);
    m_chart->setGraphTheme(theme, isDark(m_themeKind, theme));
    setBackgroundBrush(theme.background);
}

void SequenceGraph::setCurrentRow(int row)
{
    m_chart->setCurrentRow(row);
}

void SequenceGraph::zoomTo(const QRectF &range)
{
    const QRectF r = range.normalized();
    if (r.width() <= 0 || r.height() <= 0)
        return;
    m_chart->setVisibleRange(r);
    m_zoomed = true;
}

void SequenceGraph::resetZoom()
{
    m_chart->resetRange();
    m_zoomed = false;
}

std::optional<QPoint> SequenceGraph::rowPoint(int row) const
{
    const auto point = m_chart->pointForRow(row);
    if (!point)
        return std::nullopt;
    const QPointF scenePos = m_chart->mapToScene(m_chart->positionOf(*point));
    return mapFromScene(scenePos);
}

QPointF SequenceGraph::chartPos(const QPoint &viewportPos) const
{
    return m_chart->mapFromScene(mapToScene(viewportPos));
}

QPointF SequenceGraph::valueAt(const QPointF &pos) const
{
    const QRectF area = m_chart->plotArea();
    const QRectF range = m_chart->visibleRange();
    const double x = range.left() + (pos.x() - area.left()) / area.width() * range.width();
    const double y = range.top() + (area.bottom() - pos.y()) / area.height() * range.height();
    return {x, y};
}

void SequenceGraph::exportWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Graph"), QStringLiteral("graph.png"), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportImage(path, &error))
        QMessageBox::warning(this, tr("Export Failed"), error);
}

bool SequenceGraph::exportImage(const QString &path, QString *error)
{
    // What is on screen, zoom included: the graph a person chose to show.
    const QImage image = grab().toImage();
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1").arg(path);
        return false;
    }
    return true;
}

void SequenceGraph::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_chart->setCompactLegend(width() < compactLegendBelow);
    scheduleRefresh(); // the plot got wider or narrower: one bucket per pixel column again
}

void SequenceGraph::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_themeKind == LadderThemeKind::Palette)
        applyTheme();
    if (event->type() == QEvent::LanguageChange && m_chart) {
        retranslate();
        m_chart->retranslate();
        m_chart->setCompactLegend(width() < compactLegendBelow);
    }
}

void SequenceGraph::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        m_chart->refresh();
    });
}

} // namespace tcpladder::ui
