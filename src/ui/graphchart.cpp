// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphchart.h"

#include "graphmarkers.h"

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QValueAxis>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tcpladder::ui {

using core::GraphPoint;

namespace {

struct Bounds
{
    double minX = std::numeric_limits<double>::max();
    double maxX = std::numeric_limits<double>::lowest();
    double minY = std::numeric_limits<double>::max();
    double maxY = std::numeric_limits<double>::lowest();

    void add(const std::vector<GraphPoint> &points)
    {
        for (const auto &p : points) {
            minX = std::min(minX, p.time);
            maxX = std::max(maxX, p.time);
            minY = std::min(minY, p.value);
            maxY = std::max(maxY, p.value);
        }
    }
    bool empty() const { return minX > maxX; }
};

// 1, 2 or 5 times a power of ten, so that about `ticks` labels fit in `span`.
double niceStep(double span, int ticks)
{
    const double raw = span / std::max(ticks, 1);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

// Ticks on round numbers anchored at 0 whatever the zoom, so labels read 0.150, not 0.147.
// Fixed ticks while the range changes: a dynamic interval meant for the old range could ask the
// axis for millions of tick items in the new one.
void setAxisRange(QValueAxis *axis, double min, double max, int ticks)
{
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(min, max);
    if (!(max > min))
        return;
    const double step = niceStep(max - min, ticks);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setTickType(QValueAxis::TicksDynamic);
    const int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step))));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

} // namespace

QList<QPointF> graphScatterPoints(const std::vector<GraphPoint> &points)
{
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(points.size()));
    for (const auto &p : points)
        out.append(QPointF(p.time, p.value));
    return out;
}

QList<QPointF> graphStepPoints(const std::vector<GraphPoint> &points)
{
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(points.size()) * 2);
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0)
            out.append(QPointF(points[i].time, points[i - 1].value));
        out.append(QPointF(points[i].time, points[i].value));
    }
    return out;
}

QScatterSeries *makeGraphScatter(QScatterSeries::MarkerShape shape, qreal size)
{
    auto *series = new QScatterSeries;
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    return series;
}

void styleGraphScatter(QScatterSeries *series, const QColor &color, bool hollow, qreal penWidth)
{
    const QPen pen(color, penWidth);
    const QBrush brush = hollow ? QBrush(Qt::NoBrush) : QBrush(color);
    series->setPen(pen);
    series->setBrush(brush);
    series->setLightMarker(graphMarkerImage(series->markerShape(), series->markerSize(), pen, brush));
}

GraphChart::GraphChart(QGraphicsItem *parent)
    : QChart(parent)
{
    m_axisX = new QValueAxis(this);
    m_axisX->setLabelFormat(QStringLiteral("%.3f"));
    m_axisY = new QValueAxis(this);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);
    m_highlight = makeGraphScatter(QScatterSeries::MarkerShapeCircle, 20);
    m_emptyNote = new QGraphicsSimpleTextItem(this);
    m_emptyNote->setZValue(10);
    m_emptyNote->hide();
    // A key beside the plot: the shapes as drawn, each with what it means.
    legend()->setAlignment(Qt::AlignRight);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // Thin margins: a dock at the foot of a 768-pixel screen has no height to spare for empty bands.
    setMargins(QMargins(8, 4, 8, 4));
    layout()->setContentsMargins(2, 2, 2, 2);
    connect(this, &QChart::plotAreaChanged, this, &GraphChart::placeEmptyNote);
}

void GraphChart::attachSeries(QXYSeries *series)
{
    addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
}

void GraphChart::finishSeries()
{
    attachSeries(m_highlight);
    for (auto *marker : legend()->markers(m_highlight))
        marker->setVisible(false);
}

void GraphChart::setTcpAnalysis(const std::vector<core::TcpRowAnalysis> &, bool) { }

void GraphChart::setAxisTitles(const QString &x, const QString &y)
{
    m_axisX->setTitleText(x);
    QString yTitle = y.toHtmlEscaped();
    if (const auto unit = yTitle.lastIndexOf(QLatin1String(" (")); unit > 0)
        yTitle.replace(unit, 1, QStringLiteral("<br>"));
    m_axisY->setTitleText(yTitle);
    m_highlight->setName(tr("Selected segment"));
}

void GraphChart::setDirection(core::Direction direction)
{
    if (direction == m_direction)
        return;
    turnTo(direction);
    setVisibleRange(fullRange());
}

void GraphChart::turnTo(core::Direction direction)
{
    m_direction = direction;
    directionChanged();
    setGraphTheme(m_theme, theme() == QChart::ChartThemeDark);
}

void GraphChart::setGraphTheme(const LadderTheme &theme, bool dark)
{
    m_theme = theme;
    setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    setBackgroundBrush(theme.background);
    setTitleBrush(theme.text);
    legend()->setLabelColor(theme.text);
    QColor grid = theme.mutedText;
    grid.setAlpha(60);
    for (auto *axis : {m_axisX, m_axisY}) {
        axis->setLabelsColor(theme.mutedText);
        axis->setTitleBrush(theme.text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(theme.mutedText);
    }
    styleGraphScatter(m_highlight, theme.text, true, 2.5);
    m_emptyNote->setBrush(theme.mutedText);
    for (auto *marker : legend()->markers(m_highlight))
        marker->setVisible(false);
}

QRectF GraphChart::fullRange() const
{
    return rangeOf(allPoints(), duration(), valuesFromZero());
}

QRectF GraphChart::rangeOf(const std::vector<const std::vector<GraphPoint> *> &points, double duration,
                           bool valuesFromZero)
{
    Bounds bounds;
    for (const auto *some : points)
        bounds.add(*some);
    if (bounds.empty())
        return QRectF(0, 0, std::max(duration, 1.0), 1);
    const double minY = valuesFromZero ? std::min(0.0, bounds.minY) : bounds.minY;
    QRectF box(QPointF(0, minY), QPointF(std::max(bounds.maxX, duration), bounds.maxY));
    if (box.width() <= 0)
        box.setWidth(1e-3);
    if (box.height() <= 0)
        box.setHeight(std::max(1.0, std::abs(box.top())));
    // A little room so the first and last marks are not cut in half by the frame.
    return box.adjusted(-box.width() * 0.01, -box.height() * 0.02, box.width() * 0.01, box.height() * 0.04);
}

QRectF GraphChart::visibleRange() const
{
    return QRectF(QPointF(m_axisX->min(), m_axisY->min()), QPointF(m_axisX->max(), m_axisY->max()));
}

void GraphChart::setVisibleRange(const QRectF &range)
{
    setAxisRanges(range);
    refresh();
}

void GraphChart::setAxisRanges(const QRectF &range)
{
    const QRectF r = range.normalized();
    setAxisRange(m_axisX, r.left(), r.right(), 8);
    setAxisRange(m_axisY, r.top(), r.bottom(), 8);
}

std::size_t GraphChart::buckets() const
{
    const qreal width = plotArea().width() > 10 ? plotArea().width() : std::max<qreal>(size().width(), 400);
    return static_cast<std::size_t>(std::ceil(width));
}

QList<QPointF> GraphChart::drawnScatterPoints(const std::vector<GraphPoint> &points) const
{
    // Cells of two pixels: a dot is five or more across, so moving it by one is not seen.
    constexpr qreal cellPixels = 2;
    const QSizeF plot = plotArea().size();
    if (plot.width() < 10 || plot.height() < 10) // not laid out yet: its size says nothing
        return graphScatterPoints(points);
    core::GraphGrid grid;
    grid.t0 = m_axisX->min();
    grid.t1 = m_axisX->max();
    grid.v0 = m_axisY->min();
    grid.v1 = m_axisY->max();
    grid.columns = static_cast<std::size_t>(std::max<qreal>(1, std::ceil(plot.width() / cellPixels)));
    grid.rows = static_cast<std::size_t>(std::max<qreal>(1, std::ceil(plot.height() / cellPixels)));
    return graphScatterPoints(core::onePointPerCell(points, grid));
}

void GraphChart::setConnection(const core::ConnectionLadder &ladder)
{
    m_client = QString::fromStdString(ladder.client.toString());
    m_server = QString::fromStdString(ladder.server.toString());
    m_streamIndex = ladder.streamIndex;
    m_hasData = !ladder.rows.empty();
}

QSizeF GraphChart::readableSize() const
{
    const QFontMetricsF title(titleFont());
    const QFontMetricsF axisTitle(m_axisY->titleFont());
    const QFontMetricsF labels(m_axisY->labelsFont());
    QMargins m = margins();
    qreal left = 0, top = 0, right = 0, bottom = 0;
    layout()->getContentsMargins(&left, &top, &right, &bottom);
    m += QMargins(qCeil(left), qCeil(top), qCeil(right), qCeil(bottom));
    // Above and below the plot: the chart's title, then the time axis's tick labels and title, each
    // with the padding Qt Charts puts around them.
    const qreal around = m.top() + m.bottom() + title.height() + 2 * labels.height() + 1.5 * axisTitle.height();
    // Beside the plot: the vertical title at full length, and about eight tick labels one above the other
    // (setAxisRange asks for about eight steps).
    qreal titleWidth = 0;
    for (const QString &line : m_axisY->titleText().split(QStringLiteral("<br>")))
        titleWidth = std::max(titleWidth, axisTitle.horizontalAdvance(line));
    const qreal plot = std::max(titleWidth + 2 * axisTitle.height(), 8 * labels.height());
    const QSizeF key = legend()->effectiveSizeHint(Qt::PreferredSize);
    const qreal height = std::max(around + plot, m.top() + m.bottom() + 2 * title.height() + key.height());
    // The plot keeps at least the width of eight tick labels beside the legend.
    const qreal width = m.left() + m.right() + key.width() + 2 * axisTitle.height()
        + 10 * labels.horizontalAdvance(QStringLiteral("0.0000"));
    return {width, height};
}

void GraphChart::setCurrentRow(int row)
{
    m_currentRow = row;
    updateHighlight();
}

void GraphChart::updateHighlight()
{
    const auto point = m_currentRow >= 0 ? pointForRow(m_currentRow) : std::nullopt;
    m_highlight->replace(point ? QList<QPointF>{QPointF(point->time, point->value)} : QList<QPointF>{});
}

QString GraphChart::emptyNote() const
{
    return m_emptyNote->isVisible() ? m_emptyNote->text() : QString();
}

void GraphChart::setEmptyNote(const QString &note)
{
    m_emptyNote->setText(note);
    m_emptyNote->setVisible(!note.isEmpty());
    placeEmptyNote();
}

void GraphChart::placeEmptyNote()
{
    QFont font = m_axisX->titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_emptyNote->setFont(font);
    const QRectF area = plotArea();
    const QRectF text = m_emptyNote->boundingRect();
    m_emptyNote->setPos(area.center() - QPointF(text.width() / 2, text.height() / 2));
}

QPointF GraphChart::positionOf(const GraphPoint &point) const
{
    const QRectF area = plotArea();
    const double spanX = m_axisX->max() - m_axisX->min();
    const double spanY = m_axisY->max() - m_axisY->min();
    const double x = area.left() + (point.time - m_axisX->min()) / spanX * area.width();
    const double y = area.bottom() - (point.value - m_axisY->min()) / spanY * area.height();
    return {x, y};
}

int GraphChart::rowAt(const QPointF &chartPos, qreal radius) const
{
    if (!plotArea().adjusted(-radius, -radius, radius, radius).contains(chartPos))
        return -1;
    int best = -1;
    double bestDistance = radius * radius;
    for (const auto *points : clickablePoints()) {
        for (const auto &p : *points) {
            if (p.time < m_axisX->min() || p.time > m_axisX->max())
                continue;
            const QPointF d = positionOf(p) - chartPos;
            const double distance = d.x() * d.x() + d.y() * d.y();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = p.row;
            }
        }
    }
    return best;
}

} // namespace tcpladder::ui
