// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencegraphchart.h"

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QtMath>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tcpladder::ui {

using core::Direction;
using core::GraphMark;
using core::GraphPoint;

namespace {

QList<QPointF> scatterPoints(const std::vector<GraphPoint> &points)
{
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(points.size()));
    for (const auto &p : points)
        out.append(QPointF(p.time, p.value));
    return out;
}

// ACK and window only change when a segment arrives, so they are drawn as steps (tcptrace's look).
QList<QPointF> stepPoints(const std::vector<GraphPoint> &points)
{
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(points.size() * 2));
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0)
            out.append(QPointF(points[i].time, points[i - 1].value));
        out.append(QPointF(points[i].time, points[i].value));
    }
    return out;
}

QScatterSeries *makeScatter(QScatterSeries::MarkerShape shape, qreal size)
{
    auto *series = new QScatterSeries;
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    return series;
}

void styleScatter(QScatterSeries *series, const QColor &color, bool hollow, qreal penWidth = 1.5)
{
    series->setPen(QPen(color, penWidth));
    series->setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(color));
}

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
void setAxisRange(QValueAxis *axis, double min, double max, int ticks, bool integers)
{
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(min, max);
    if (!(max > min))
        return;
    const double step = niceStep(max - min, ticks);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setTickType(QValueAxis::TicksDynamic);
    const int decimals = integers ? 0 : std::max(0, static_cast<int>(-std::floor(std::log10(step))));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

} // namespace

SequenceGraphChart::SequenceGraphChart(QGraphicsItem *parent)
    : QChart(parent)
{
    m_axisX = new QValueAxis(this);
    m_axisX->setLabelFormat(QStringLiteral("%.3f"));
    m_axisY = new QValueAxis(this);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);

    // Creation order is drawing order: lines under points, marks over data, the highlight on top.
    m_window = new QLineSeries;
    m_ack = new QLineSeries;
    m_data = makeScatter(QScatterSeries::MarkerShapeCircle, 5);
    m_marks[std::size_t(GraphMark::Syn)] = makeScatter(QScatterSeries::MarkerShapeTriangle, 12);
    m_marks[std::size_t(GraphMark::Fin)] = makeScatter(QScatterSeries::MarkerShapeRectangle, 11);
    m_marks[std::size_t(GraphMark::Rst)] = makeScatter(QScatterSeries::MarkerShapeStar, 15);
    m_marks[std::size_t(GraphMark::Retransmission)] = makeScatter(QScatterSeries::MarkerShapeCircle, 12);
    m_marks[std::size_t(GraphMark::OutOfOrder)] = makeScatter(QScatterSeries::MarkerShapeRotatedRectangle, 12);
    m_marks[std::size_t(GraphMark::DuplicateAck)] = makeScatter(QScatterSeries::MarkerShapeRotatedRectangle, 9);
    m_marks[std::size_t(GraphMark::ZeroWindow)] = makeScatter(QScatterSeries::MarkerShapePentagon, 13);
    m_highlight = makeScatter(QScatterSeries::MarkerShapeCircle, 20);
    retranslate();
    setCompactLegend(false);

    QList<QXYSeries *> all{m_window, m_ack, m_data};
    for (auto *mark : m_marks)
        all.append(mark);
    all.append(m_highlight);
    for (auto *series : all) {
        addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    // A key beside the plot: the mark shapes as drawn, each with what it means.
    legend()->setAlignment(Qt::AlignRight);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // Thin margins: a dock at the foot of a 768-pixel screen has no height to spare for empty bands.
    setMargins(QMargins(8, 4, 8, 4));
    layout()->setContentsMargins(2, 2, 2, 2);
    setGraphTheme(LadderTheme::light(), false);
    clearGraph();
}

void SequenceGraphChart::retranslate()
{
    m_axisX->setTitleText(tr("Time since the first segment (s)"));
    // The unit on a line of its own: on one line the title is longer than a short dock's plot and
    // Qt Charts cuts it to "Rela…".
    QString yTitle = tr("Relative sequence number (bytes)").toHtmlEscaped();
    if (const auto unit = yTitle.lastIndexOf(QLatin1String(" ("));
        unit > 0)
        yTitle.replace(unit, 1, QStringLiteral("<br>"));
    m_axisY->setTitleText(yTitle);
    m_highlight->setName(tr("Selected segment"));
    updateTitle();
}

void SequenceGraphChart::setCompactLegend(bool compact)
{
    // Narrow panels get short names; the wide export spells out what each line and mark means.
    m_window->setName(compact ? tr("Receive window") : tr("Receive window: ACK + window × 2^scale"));
    m_ack->setName(compact ? tr("ACK") : tr("ACK: all bytes below it arrived"));
    m_data->setName(compact ? tr("Data (seq + len)") : tr("Data segment (drawn at seq + len)"));
    for (std::size_t i = 0; i < m_marks.size(); ++i)
        m_marks[i]->setName(compact ? shortMarkName(static_cast<GraphMark>(i)) : markName(static_cast<GraphMark>(i)));
}

QString SequenceGraphChart::shortMarkName(GraphMark mark)
{
    switch (mark) {
    case GraphMark::Syn: return tr("SYN");
    case GraphMark::Fin: return tr("FIN");
    case GraphMark::Rst: return tr("RST");
    case GraphMark::Retransmission: return tr("Retransmission");
    case GraphMark::OutOfOrder: return tr("Out of order");
    case GraphMark::DuplicateAck: return tr("Duplicate ACK");
    case GraphMark::ZeroWindow: return tr("Zero window");
    }
    return {};
}

QString SequenceGraphChart::markName(GraphMark mark)
{
    switch (mark) {
    case GraphMark::Syn: return tr("SYN: connection opens");
    case GraphMark::Fin: return tr("FIN: sender has no more data");
    case GraphMark::Rst: return tr("RST: connection reset");
    case GraphMark::Retransmission: return tr("Retransmission: data sent again");
    case GraphMark::OutOfOrder: return tr("Out of order: arrived after later data");
    case GraphMark::DuplicateAck: return tr("Duplicate ACK: receiver asks for a gap");
    case GraphMark::ZeroWindow: return tr("Zero window: receiver full, sender waits");
    }
    return {};
}

void SequenceGraphChart::setGraphTheme(const LadderTheme &theme, bool dark)
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
    const bool c2s = m_direction == Direction::ClientToServer;
    const QColor own = c2s ? theme.clientArrow : theme.serverArrow; // the ladder's arrow colours
    const QColor peer = c2s ? theme.serverArrow : theme.clientArrow;
    styleScatter(m_data, own, false, 0.5);
    m_ack->setPen(QPen(peer, 1.6));
    QColor window = dark ? QColor(0xe0, 0xc0, 0x50) : QColor(0xb0, 0x8a, 0x00);
    m_window->setPen(QPen(window, 1.4, Qt::DashLine));
    styleScatter(m_marks[std::size_t(GraphMark::Syn)], theme.bracket, false);
    styleScatter(m_marks[std::size_t(GraphMark::Fin)], theme.finAckMerged, false);
    styleScatter(m_marks[std::size_t(GraphMark::Rst)], theme.reset, false);
    styleScatter(m_marks[std::size_t(GraphMark::Retransmission)], theme.reset, true, 2.2);
    styleScatter(m_marks[std::size_t(GraphMark::OutOfOrder)], theme.outOfOrder, true, 2.0);
    styleScatter(m_marks[std::size_t(GraphMark::DuplicateAck)], theme.retransmission, false);
    styleScatter(m_marks[std::size_t(GraphMark::ZeroWindow)], theme.zeroWindow, false);
    styleScatter(m_highlight, theme.text, true, 2.5);
    updateLegend();
}

void SequenceGraphChart::setLadder(const core::ConnectionLadder &ladder, bool keepRange)
{
    const QRectF previous = visibleRange();
    m_graph = core::buildSequenceGraph(ladder);
    m_client = QString::fromStdString(ladder.client.toString());
    m_server = QString::fromStdString(ladder.server.toString());
    m_streamIndex = ladder.streamIndex;
    m_hasData = !ladder.rows.empty();
    updateTitle();
    setVisibleRange(keepRange ? previous : fullRange());
}

void SequenceGraphChart::clearGraph()
{
    m_graph = {};
    m_hasData = false;
    m_currentRow = -1;
    updateTitle();
    setVisibleRange(fullRange());
}

void SequenceGraphChart::setDirection(Direction direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    setGraphTheme(m_theme, theme() == QChart::ChartThemeDark);
    updateTitle();
    setVisibleRange(fullRange());
}

void SequenceGraphChart::updateTitle()
{
    if (!m_hasData) {
        setTitle(tr("Time-sequence graph: no connection selected"));
        return;
    }
    const bool c2s = m_direction == Direction::ClientToServer;
    setTitle(tr("Time-sequence graph of stream %1: data %2 → %3").arg(m_streamIndex).arg(c2s ? m_client : m_server, c2s ? m_server : m_client));
}

QRectF SequenceGraphChart::fullRange() const
{
    const auto &d = m_graph[m_direction];
    Bounds bounds;
    bounds.add(d.data);
    bounds.add(d.ack);
    bounds.add(d.window);
    for (const auto &marks : d.marks)
        bounds.add(marks);
    if (bounds.empty())
        return QRectF(0, 0, 1, 1);
    QRectF box(QPointF(0, bounds.minY), QPointF(std::max(bounds.maxX, m_graph.duration), bounds.maxY));
    if (box.width() <= 0)
        box.setWidth(1e-3);
    if (box.height() <= 0)
        box.setHeight(1);
    // A little room so the first and last marks are not cut in half by the frame.
    return box.adjusted(-box.width() * 0.01, -box.height() * 0.02, box.width() * 0.01, box.height() * 0.02);
}

QRectF SequenceGraphChart::visibleRange() const
{
    return QRectF(QPointF(m_axisX->min(), m_axisY->min()), QPointF(m_axisX->max(), m_axisY->max()));
}

void SequenceGraphChart::setVisibleRange(const QRectF &range)
{
    const QRectF r = range.normalized();
    setAxisRange(m_axisX, r.left(), r.right(), 8, false);
    setAxisRange(m_axisY, r.top(), r.bottom(), 8, true);
    refresh();
}

void SequenceGraphChart::refresh()
{
    const qreal width = plotArea().width() > 10 ? plotArea().width() : std::max<qreal>(size().width(), 400);
    const auto buckets = static_cast<std::size_t>(std::ceil(width));
    m_shown = core::displayGraph(m_graph[m_direction], m_axisX->min(), m_axisX->max(), buckets);
    m_data->replace(scatterPoints(m_shown.data));
    m_ack->replace(stepPoints(m_shown.ack));
    m_window->replace(stepPoints(m_shown.window));
    for (std::size_t i = 0; i < m_marks.size(); ++i)
        m_marks[i]->replace(scatterPoints(m_shown.marks[i]));
    updateHighlight();
    updateLegend();
}

QSizeF SequenceGraphChart::readableSize() const
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
    const qreal plot = std::max(titleWidth + 2 * axisTitle.height(),
                                8 * labels.height());
    const QSizeF key = legend()->effectiveSizeHint(Qt::PreferredSize);
    const qreal height = std::max(around + plot, m.top() + m.bottom() + 2 * title.height() + key.height());
    // The plot keeps at least the width of eight tick labels beside the legend.
    const qreal width = m.left() + m.right() + key.width() + 2 * axisTitle.height() +
        10 * labels.horizontalAdvance(QStringLiteral("0.0000"));
    return {width, height};
}

void SequenceGraphChart::updateLegend()
{
    const auto show = [this](QAbstractSeries *series, bool visible) {
        for (auto *marker : legend()->markers(series))
            marker->setVisible(visible);
    };
    show(m_highlight, false);
    // Only the marks this connection has, so the legend explains what is on screen and no more.
    for (std::size_t i = 0; i < m_marks.size(); ++i)
        show(m_marks[i], !m_shown.marks[i].empty());
}

void SequenceGraphChart::setCurrentRow(int row)
{
    m_currentRow = row;
    updateHighlight();
}

void SequenceGraphChart::updateHighlight()
{
    const auto point = m_currentRow >= 0 ? core::pointForRow(m_graph[m_direction], m_currentRow) : std::nullopt;
    m_highlight->replace(point ? QList<QPointF>{QPointF(point->time, point->value)} : QList<QPointF>{});
}

QPointF SequenceGraphChart::positionOf(const GraphPoint &point) const
{
    const QRectF area = plotArea();
    const double spanX = m_axisX->max() - m_axisX->min();
    const double spanY = m_axisY->max() - m_axisY->min();
    const double x = area.left() + (point.time - m_axisX->min()) / spanX * area.width();
    const double y = area.bottom() - (point.value - m_axisY->min()) / spanY * area.height();
    return {x, y};
}

int SequenceGraphChart::rowAt(const QPointF &chartPos, qreal radius) const
{
    if (!plotArea().adjusted(-radius, -radius, radius, radius).contains(chartPos))
        return -1;
    int best = -1;
    double bestDistance = radius * radius;
    const auto consider = [&](const std::vector<GraphPoint> &points) {
        for (const auto &p : points) {
            if (p.time < m_axisX->min() || p.time > m_axisX->max())
                continue;
            const QPointF d = positionOf(p) - chartPos;
            const double distance = d.x() * d.x() + d.y() * d.y();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = p.row;
            }
        }
    };
    // Marks first: on a tie the mark wins, it is what a person aims at.
    for (const auto &marks : m_shown.marks)
        consider(marks);
    consider(m_shown.data);
    consider(m_shown.ack);
    return best;
}

} // namespace tcpladder::ui
