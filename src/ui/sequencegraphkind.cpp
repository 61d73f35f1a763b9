// SPDX-License-Identifier: GPL-3.0-or-later
// Which graph the panel shows, and the second read of the capture that the analysis graphs need.
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
    case GraphKind::Sequence: chart = new SequenceGraphChart; break;
    case GraphKind::RoundTripTime: chart = new RttGraphChart; break;
    case GraphKind::BytesInFlight: chart = new InFlightGraphChart; break;
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
        m_chart->setLadder(*m_ladder, false);
        if (!m_directionChosen && m_chart->busiestDirection() != m_chart->direction()) {
            m_chart->setDirection(m_chart->busiestDirection());
            applyTheme();
        }
        requestAnalysis();
    }
    m_chart->setCurrentRow(row);
    if (m_chart->direction() != previousDirection)
        emit directionChanged(m_chart->direction());
    updateGeometry(); // another legend, another readable size
    scheduleRefresh();
    emit kindChanged(kind);
}

void SequenceGraph::setCapturePath(const QString &path)
{
    if (path == m_capturePath)
        return;
    m_capturePath = path;
    requestAnalysis();
}

void SequenceGraph::requestAnalysis()
{
    if (!m_chart->needsTcpAnalysis() || !m_ladder || m_ladder->rows.empty() || m_capturePath.isEmpty()) {
        m_job->cancel();
        return;
    }
    m_job->start(m_capturePath, *m_ladder);
}

void SequenceGraph::applyAnalysis(const std::vector<core::TcpRowAnalysis> &analysis, const QString &error)
{
    if (!m_ladder || analysis.size() != m_ladder->rows.size())
        return; // for a ladder since replaced; its own request follows
    if (!error.isEmpty())
        qWarning("graph: %s", qPrintable(error));
    m_chart->setTcpAnalysis(analysis, m_zoomed);
    scheduleRefresh();
    emit analysisReady();
}

} // namespace tcpladder::ui
