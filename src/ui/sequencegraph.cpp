// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencegraph.h"

#include "freeoffguithread.h"
#include "sequencegraphchart.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QRubberBand>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace tcpladder::ui {

using core::Direction;

namespace {

constexpr int dragThreshold = 4;   // pixels a press must move before it is a zoom, not a click
constexpr qreal clickRadius = 8.0; // pixels around a point that still select it

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

void SequenceGraph::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_chart->plotArea().contains(chartPos(event->position().toPoint()))) {
        m_pressPos = event->position().toPoint();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void SequenceGraph::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressPos) {
        const QPoint pos = event->position().toPoint();
        if (m_rubberBand->isVisible() || (pos - *m_pressPos).manhattanLength() >= dragThreshold) {
            m_rubberBand->setGeometry(QRect(*m_pressPos, pos).normalized());
            m_rubberBand->show();
        }
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void SequenceGraph::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressPos || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QPoint press = *m_pressPos;
    m_pressPos.reset();
    event->accept();
    if (m_rubberBand->isVisible()) {
        m_rubberBand->hide();
        const QRect band = QRect(press, event->position().toPoint()).normalized();
        const QRectF area = m_chart->plotArea();
        const auto clamp = [&area](QPointF p) {
            return QPointF(std::clamp(p.x(), area.left(), area.right()), std::clamp(p.y(), area.top(), area.bottom()));
        };
        const QPointF a = valueAt(clamp(chartPos(band.topLeft())));
        const QPointF b = valueAt(clamp(chartPos(band.bottomRight())));
        if (band.width() >= dragThreshold && band.height() >= dragThreshold)
            zoomTo(QRectF(a, b));
        return;
    }
    const int row = m_chart->rowAt(chartPos(press), clickRadius);
    if (row >= 0) {
        m_chart->setCurrentRow(row);
        emit rowActivated(row);
    }
}

void SequenceGraph::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_chart->rowAt(chartPos(event->position().toPoint()), clickRadius) < 0) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void SequenceGraph::wheelEvent(QWheelEvent *event)
{
    const QPointF pos = chartPos(event->position().toPoint());
    if (!m_chart->plotArea().contains(pos) || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    // Zoom around the value under the cursor, so what is pointed at stays where it is.
    const double factor = std::pow(0.8, event->angleDelta().y() / 120.0);
    const QPointF centre = valueAt(pos);
    const QRectF range = m_chart->visibleRange();
    const bool timeOnly = event->modifiers() & Qt::ShiftModifier;
    const double left = centre.x() - (centre.x() - range.left()) * factor;
    const double right = centre.x() + (range.right() - centre.x()) * factor;
    const double bottom = timeOnly ? range.top() : centre.y() - (centre.y() - range.top()) * factor;
    const double top = timeOnly ? range.bottom() : centre.y() + (range.bottom() - centre.y()) * factor;
    zoomTo(QRectF(QPointF(left, bottom), QPointF(right, top)));
    event->accept();
}

void SequenceGraph::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_Home:
    case Qt::Key_0:
        resetZoom();
        event->accept();
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void SequenceGraph::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    auto *group = new QActionGroup(&menu);
    const auto addDirection = [&](Direction d, const QString &text) {
        QAction *action = menu.addAction(text);
        action->setCheckable(true);
        action->setChecked(direction() == d);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, d] { setDirection(d); });
    };
    if (m_chart->usesDirection()) {
        addDirection(Direction::ClientToServer, tr("Data client → server"));
        addDirection(Direction::ServerToClient, tr("Data server → client"));
        menu.addSeparator();
    }
    QAction *reset = menu.addAction(tr("Reset Zoom"), this, &SequenceGraph::resetZoom);
    reset->setEnabled(m_zoomed);
    menu.addAction(tr("Export Graph as PNG…"), this, &SequenceGraph::exportWithDialog);
    menu.exec(event->globalPos());
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
