// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisgraphcharts.h"

#include <QValueAxis>

namespace tcpladder::ui {

using core::Direction;
using core::GraphPoint;

namespace {

constexpr std::size_t c2s = static_cast<std::size_t>(Direction::ClientToServer);
constexpr std::size_t s2c = static_cast<std::size_t>(Direction::ServerToClient);

bool sameConnection(const core::ConnectionLadder &a, const core::ConnectionLadder &b)
{
    return a.streamIndex == b.streamIndex && a.client == b.client && a.server == b.server;
}

} // namespace

void TcpAnalysisChart::setLadder(const core::ConnectionLadder &ladder, bool keepRange)
{
    setSharedLadder(std::make_shared<const core::ConnectionLadder>(ladder), keepRange);
}

void TcpAnalysisChart::setSharedLadder(const core::SharedLadder &ladder, bool keepRange)
{
    // A live connection that grew keeps its points (its rows only get added) until the new
    // analysis comes; another one shows nothing that belongs to the previous connection.
    const bool another = !m_hasData || !sameConnection(*ladder, *m_ladder);
    m_ladder = ladder;
    if (another) {
        m_analysed = false;
        rebuild({});
    }
    setConnection(*ladder);
    updateTexts();
    setVisibleRange(keepRange ? visibleRange() : fullRange());
}

void TcpAnalysisChart::setTcpAnalysis(const std::vector<core::TcpRowAnalysis> &analysis, bool keepRange)
{
    const QRectF previous = visibleRange();
    m_analysed = true;
    rebuild(analysis);
    updateTexts();
    setVisibleRange(keepRange ? previous : fullRange());
}

void TcpAnalysisChart::clearGraph()
{
    m_ladder = std::make_shared<const core::ConnectionLadder>();
    m_hasData = false;
    m_analysed = false;
    rebuild({});
    setCurrentRow(-1);
    updateTexts();
    setVisibleRange(fullRange());
}

void TcpAnalysisChart::retranslate()
{
    retranslateSeries();
    updateTexts();
}

void TcpAnalysisChart::updateTexts()
{
    if (!m_hasData) {
        setTitle(tr("No connection selected"));
        setEmptyNote({});
        return;
    }
    setTitle(graphTitle());
    if (!m_analysed)
        setEmptyNote(tr("Reading the capture again for tshark's analysis…"));
    else
        setEmptyNote(hasPoints() ? QString() : noPointsNote());
}

RttGraphChart::RttGraphChart(QGraphicsItem *parent)
    : TcpAnalysisChart(parent)
{
    m_samples[c2s] = makeGraphScatter(QScatterSeries::MarkerShapeCircle, 6);
    m_samples[s2c] = makeGraphScatter(QScatterSeries::MarkerShapeRectangle, 6);
    for (auto *series : m_samples)
        attachSeries(series);
    finishSeries();
    retranslate();
    setGraphTheme(LadderTheme::light(), false);
    clearGraph();
}

void RttGraphChart::retranslateSeries()
{
    setAxisTitles(tr("Time of the ACK since the first segment (s)"), tr("Round-trip time (ms)"));
    setCompactLegend(m_compact);
}

void RttGraphChart::setCompactLegend(bool compact)
{
    m_compact = compact;
    // Narrow panels get short names; the wide export says what the time is measured between.
    m_samples[c2s]->setName(compact ? tr("Data client → server") : tr("Data client → server until the server's ACK"));
    m_samples[s2c]->setName(compact ? tr("Data server → client") : tr("Data server → client until the client's ACK"));
}

QString RttGraphChart::graphTitle() const
{
    return tr("Round-trip time per ACK of stream %1 (%2 ↔ %3)").arg(m_streamIndex).arg(m_client, m_server);
}

QString RttGraphChart::noPointsNote() const
{
    return tr("No RTT samples: no segment of this connection was acknowledged");
}

void RttGraphChart::setGraphTheme(const LadderTheme &theme, bool dark)
{
    GraphChart::setGraphTheme(theme, dark);
    // The colour of the data's sender, as its arrows in the ladder.
    styleGraphScatter(m_samples[c2s], theme.clientArrow, false, 0.5);
    styleGraphScatter(m_samples[s2c], theme.serverArrow, false, 0.5);
}

void RttGraphChart::rebuild(std::span<const core::TcpRowAnalysis> analysis)
{
    m_graph = analysis.empty() ? core::RttGraphData{} : core::buildRttGraph(*m_ladder, analysis);
}

void RttGraphChart::refresh()
{
    for (std::size_t d = 0; d < m_samples.size(); ++d) {
        m_shown[d] = core::downsamplePoints(m_graph.samples[d], m_axisX->min(), m_axisX->max(), buckets());
        m_samples[d]->replace(drawnScatterPoints(m_shown[d]));
    }
    updateHighlight();
}

std::optional<GraphPoint> RttGraphChart::pointForRow(int row) const
{
    return core::pointForRow(m_graph, row);
}

std::vector<const std::vector<GraphPoint> *> RttGraphChart::clickablePoints() const
{
    return {&m_shown[c2s], &m_shown[s2c]};
}

std::vector<const std::vector<GraphPoint> *> RttGraphChart::allPoints() const
{
    return {&m_graph.samples[c2s], &m_graph.samples[s2c]};
}

InFlightGraphChart::InFlightGraphChart(QGraphicsItem *parent)
    : TcpAnalysisChart(parent)
{
    // Creation order is drawing order: the window under the points it bounds.
    m_window = new QLineSeries;
    m_inFlight = makeGraphScatter(QScatterSeries::MarkerShapeCircle, 5);
    attachSeries(m_window);
    attachSeries(m_inFlight);
    finishSeries();
    retranslate();
    setGraphTheme(LadderTheme::light(), false);
    clearGraph();
}

void InFlightGraphChart::retranslateSeries()
{
    setAxisTitles(tr("Time since the first segment (s)"), tr("Bytes in flight, window (bytes)"));
    setCompactLegend(m_compact);
}

void InFlightGraphChart::setCompactLegend(bool compact)
{
    m_compact = compact;
    m_inFlight->setName(compact ? tr("Bytes in flight") : tr("Bytes in flight: sent, not yet acknowledged"));
    m_window->setName(compact ? tr("Receive window") : tr("Receive window: what the receiver can take"));
}

QString InFlightGraphChart::graphTitle() const
{
    const bool toServer = direction() == Direction::ClientToServer;
    return tr("Bytes in flight of stream %1: data %2 → %3")
        .arg(m_streamIndex)
        .arg(toServer ? m_client : m_server, toServer ? m_server : m_client);
}

QString InFlightGraphChart::noPointsNote() const
{
    return tr("No bytes in flight: no data was sent this way");
}

void InFlightGraphChart::setGraphTheme(const LadderTheme &theme, bool dark)
{
    GraphChart::setGraphTheme(theme, dark);
    const bool toServer = direction() == Direction::ClientToServer;
    styleGraphScatter(m_inFlight, toServer ? theme.clientArrow : theme.serverArrow, false, 0.5);
    // The time-sequence graph's window colour: the same limit in both graphs.
    const QColor window = dark ? QColor(0xe0, 0xc0, 0x50) : QColor(0xb0, 0x8a, 0x00);
    m_window->setPen(QPen(window, 1.6, Qt::DashLine));
}

void InFlightGraphChart::rebuild(std::span<const core::TcpRowAnalysis> analysis)
{
    // The window and the busiest direction come from the ladder alone: shown while the analysis is read.
    m_graph = core::buildInFlightGraph(*m_ladder, analysis);
}

void InFlightGraphChart::refresh()
{
    const core::InFlightDirection &d = m_graph[direction()];
    m_shownInFlight = core::downsamplePoints(d.inFlight, m_axisX->min(), m_axisX->max(), buckets());
    m_shownWindow = core::downsamplePoints(d.window, m_axisX->min(), m_axisX->max(), buckets());
    m_inFlight->replace(drawnScatterPoints(m_shownInFlight));
    m_window->replace(graphStepPoints(m_shownWindow));
    updateHighlight();
}

std::optional<GraphPoint> InFlightGraphChart::pointForRow(int row) const
{
    return core::pointForRow(m_graph[direction()], row);
}

std::vector<const std::vector<GraphPoint> *> InFlightGraphChart::clickablePoints() const
{
    return {&m_shownInFlight, &m_shownWindow};
}

std::vector<const std::vector<GraphPoint> *> InFlightGraphChart::allPoints() const
{
    const core::InFlightDirection &d = m_graph[direction()];
    return {&d.inFlight, &d.window};
}

} // namespace tcpladder::ui
