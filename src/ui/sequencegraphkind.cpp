// SPDX-License-Identifier: GPL-3.0-or-later
// Which graph the panel shows, and the analysis the RTT and bytes-in-flight graphs draw.
#include "sequencegraph.h"

#include "analysisgraphcharts.h"
#include "sequencegraphchart.h"

namespace tcpladder::ui {

using core::Direction;

void SequenceGraph::setKind(GraphKind kind)
{
    if (kind == m_chart->kind())
        return;
    GraphChart *chart = nullptr;
    switch (kind) {
    case GraphKind::Sequence:
        chart = new SequenceGraphChart;
        break;
    case GraphKind::RoundTripTime:
        chart = new RttGraphChart;
        break;
    case GraphKind::BytesInFlight:
        chart = new InFlightGraphChart;
        break;
    }
    const int row = m_chart->currentRow();
    const Direction previousDirection = m_chart->direction();
    GraphChart *old = m_chart;
    m_chart = chart;
    setChart(chart); // the view lets go of the old chart without deleting it
    delete old;
    m_zoomed = false;
    m_chart->setDirection(previousDirection);
    applyTheme();
    m_chart->setCompactLegend(width() < compactLegendBelow);
    if (m_ladder) {
        m_graphJob->cancel(); // the new chart is given the newest ladder now
        m_chart->setSharedLadder(m_ladder, false);
        if (!m_directionChosen && m_chart->busiestDirection() != m_chart->direction()) {
            m_chart->setDirection(m_chart->busiestDirection());
            applyTheme();
        }
        applyAnalysis();
    }
    m_chart->setCurrentRow(row);
    if (m_chart->direction() != previousDirection)
        emit directionChanged(m_chart->direction());
    updateGeometry(); // another legend, another readable size
    scheduleRefresh();
    emit kindChanged(kind);
}

void SequenceGraph::applyAnalysis()
{
    if (!m_chart->needsTcpAnalysis() || !m_ladder || isReadingCapture())
        return; // the chart says it is waiting until a ladder with its analysis arrives
    m_chart->setTcpAnalysis(m_ladder->tcp, m_zoomed);
    scheduleRefresh();
    emit analysisReady();
}

} // namespace tcpladder::ui
