// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencegraphchart.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace tcpladder::ui {

using core::Direction;
using core::GraphMark;
using core::GraphPoint;

SequenceGraphChart::SequenceGraphChart(QGraphicsItem *parent)
    : GraphChart(parent),
      m_graph(std::make_shared<const core::SequenceGraphData>())
{
    // Creation order is drawing order: lines under points, marks over data, the highlight on top.
    m_window = new QLineSeries;
    m_ack = new QLineSeries;
    m_data = makeGraphScatter(QScatterSeries::MarkerShapeCircle, 5);
    m_marks[std::size_t(GraphMark::Syn)] = makeGraphScatter(QScatterSeries::MarkerShapeTriangle, 12);
    m_marks[std::size_t(GraphMark::Fin)] = makeGraphScatter(QScatterSeries::MarkerShapeRectangle, 11);
    m_marks[std::size_t(GraphMark::Rst)] = makeGraphScatter(QScatterSeries::MarkerShapeStar, 15);
    m_marks[std::size_t(GraphMark::Retransmission)] = makeGraphScatter(QScatterSeries::MarkerShapeCircle, 12);
    m_marks[std::size_t(GraphMark::OutOfOrder)] = makeGraphScatter(QScatterSeries::MarkerShapeRotatedRectangle, 12);
    m_marks[std::size_t(GraphMark::DuplicateAck)] = makeGraphScatter(QScatterSeries::MarkerShapeRotatedRectangle, 9);
    m_marks[std::size_t(GraphMark::ZeroWindow)] = makeGraphScatter(QScatterSeries::MarkerShapePentagon, 13);
    retranslate();
    setCompactLegend(false);

    QList<QXYSeries *> all{m_window, m_ack, m_data};
    for (auto *mark : m_marks)
        all.append(mark);
    for (auto *series : all)
        attachSeries(series);
    finishSeries();
    setGraphTheme(LadderTheme::light(), false);
    clearGraph();
}

void SequenceGraphChart::retranslate()
{
    setAxisTitles(tr("Time since the first segment (s)"), tr("Relative sequence number (bytes)"));
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
    case GraphMark::Syn:
        return tr("SYN");
    case GraphMark::Fin:
        return tr("FIN");
    case GraphMark::Rst:
        return tr("RST");
    case GraphMark::Retransmission:
        return tr("Retransmission");
    case GraphMark::OutOfOrder:
        return tr("Out of order");
    case GraphMark::DuplicateAck:
        return tr("Duplicate ACK");
    case GraphMark::ZeroWindow:
        return tr("Zero window");
    }
    return {};
}

QString SequenceGraphChart::markName(GraphMark mark)
{
    switch (mark) {
    case GraphMark::Syn:
        return tr("SYN: connection opens");
    case GraphMark::Fin:
        return tr("FIN: sender has no more data");
    case GraphMark::Rst:
        return tr("RST: connection reset");
    case GraphMark::Retransmission:
        return tr("Retransmission: data sent again");
    case GraphMark::OutOfOrder:
        return tr("Out of order: arrived after later data");
    case GraphMark::DuplicateAck:
        return tr("Duplicate ACK: receiver asks for a gap");
    case GraphMark::ZeroWindow:
        return tr("Zero window: receiver full, sender waits");
    }
    return {};
}

void SequenceGraphChart::setGraphTheme(const LadderTheme &theme, bool dark)
{
    GraphChart::setGraphTheme(theme, dark);
    const bool c2s = direction() == Direction::ClientToServer;
    const QColor own = c2s ? theme.clientArrow : theme.serverArrow; // the ladder's arrow colours
    const QColor peer = c2s ? theme.serverArrow : theme.clientArrow;
    styleGraphScatter(m_data, own, false, 0.5);
    m_ack->setPen(QPen(peer, 1.6));
    QColor window = dark ? QColor(0xe0, 0xc0, 0x50) : QColor(0xb0, 0x8a, 0x00);
    m_window->setPen(QPen(window, 1.4, Qt::DashLine));
    styleGraphScatter(m_marks[std::size_t(GraphMark::Syn)], theme.bracket, false);
    styleGraphScatter(m_marks[std::size_t(GraphMark::Fin)], theme.finAckMerged, false);
    styleGraphScatter(m_marks[std::size_t(GraphMark::Rst)], theme.reset, false);
    styleGraphScatter(m_marks[std::size_t(GraphMark::Retransmission)], theme.reset, true, 2.2);
    styleGraphScatter(m_marks[std::size_t(GraphMark::OutOfOrder)], theme.outOfOrder, true, 2.0);
    styleGraphScatter(m_marks[std::size_t(GraphMark::DuplicateAck)], theme.retransmission, false);
    styleGraphScatter(m_marks[std::size_t(GraphMark::ZeroWindow)], theme.zeroWindow, false);
    updateLegend();
}

void SequenceGraphChart::setLadder(const core::ConnectionLadder &ladder, bool keepRange)
{
    setGraph(ladder, std::make_shared<const core::SequenceGraphData>(core::buildSequenceGraph(ladder)), keepRange);
}

void SequenceGraphChart::setGraph(const core::ConnectionLadder &ladder,
                                  std::shared_ptr<const core::SequenceGraphData> graph, bool keepRange)
{
    const QRectF previous = visibleRange();
    m_graph = std::move(graph);
    setConnection(ladder);
    updateTitle();
    setVisibleRange(keepRange ? previous : fullRange());
}

SequenceGraphChart::Shown SequenceGraphChart::prepare(const core::SequenceGraphData &graph, Direction direction,
                                                      std::optional<QRectF> range, std::size_t buckets)
{
    Shown shown;
    shown.direction = direction;
    shown.range = range ? range->normalized() : rangeOf(pointsOf(graph[direction]), graph.duration, kValuesFromZero);
    shown.display = core::displayGraph(graph[direction], shown.range.left(), shown.range.right(), buckets);
    return shown;
}

void SequenceGraphChart::setGraph(const core::ConnectionLadder &ladder,
                                  std::shared_ptr<const core::SequenceGraphData> graph, Shown shown)
{
    m_graph = std::move(graph);
    setConnection(ladder);
    if (shown.direction != direction())
        turnTo(shown.direction);
    updateTitle();
    setAxisRanges(shown.range);
    showDisplay(std::move(shown.display));
}

void SequenceGraphChart::clearGraph()
{
    m_graph = std::make_shared<const core::SequenceGraphData>();
    m_hasData = false;
    setCurrentRow(-1);
    updateTitle();
    setVisibleRange(fullRange());
}

void SequenceGraphChart::updateTitle()
{
    if (!m_hasData) {
        setTitle(tr("Time-sequence graph: no connection selected"));
        return;
    }
    const bool c2s = direction() == Direction::ClientToServer;
    setTitle(tr("Time-sequence graph of stream %1: data %2 → %3")
                 .arg(m_streamIndex)
                 .arg(c2s ? m_client : m_server, c2s ? m_server : m_client));
}

std::vector<const std::vector<GraphPoint> *> SequenceGraphChart::allPoints() const
{
    return pointsOf((*m_graph)[direction()]);
}

std::vector<const std::vector<GraphPoint> *> SequenceGraphChart::pointsOf(const core::GraphDirection &d)
{
    std::vector<const std::vector<GraphPoint> *> all{&d.data, &d.ack, &d.window};
    for (const auto &marks : d.marks)
        all.push_back(&marks);
    return all;
}

std::vector<const std::vector<GraphPoint> *> SequenceGraphChart::clickablePoints() const
{
    // Marks first: on a tie the mark wins, it is what a person aims at.
    std::vector<const std::vector<GraphPoint> *> points;
    for (const auto &marks : m_shown.marks)
        points.push_back(&marks);
    points.push_back(&m_shown.data);
    points.push_back(&m_shown.ack);
    return points;
}

void SequenceGraphChart::refresh()
{
    ++m_reductionsHere;
    showDisplay(core::displayGraph((*m_graph)[direction()], m_axisX->min(), m_axisX->max(), buckets()));
}

void SequenceGraphChart::showDisplay(core::GraphDisplay display)
{
    m_shown = std::move(display);
    m_data->replace(drawnScatterPoints(m_shown.data));
    m_ack->replace(graphStepPoints(m_shown.ack));
    m_window->replace(graphStepPoints(m_shown.window));
    for (std::size_t i = 0; i < m_marks.size(); ++i)
        m_marks[i]->replace(drawnScatterPoints(m_shown.marks[i]));
    updateHighlight();
    updateLegend();
}

void SequenceGraphChart::updateLegend()
{
    const auto show = [this](QAbstractSeries *series, bool visible) {
        for (auto *marker : legend()->markers(series))
            marker->setVisible(visible);
    };
    // Only the marks this connection has, so the legend explains what is on screen and no more.
    for (std::size_t i = 0; i < m_marks.size(); ++i)
        show(m_marks[i], !m_shown.marks[i].empty());
}

std::optional<GraphPoint> SequenceGraphChart::pointForRow(int row) const
{
    return core::pointForRow((*m_graph)[direction()], row);
}

} // namespace tcpladder::ui
