// SPDX-License-Identifier: GPL-3.0-or-later
#include "shownladder.h"

#include "ladderview.h"
#include "packetdetailsview.h"
#include "sequencegraph.h"
#include "tcpanalysisloader.h"
#include "viewworker.h"

#include <utility>

namespace tcpladder::ui {

ShownLadder::ShownLadder(capture::ViewWorker *views, PathSource capturePath, LadderView *view, SequenceGraph *graph,
                         PacketDetailsView *details, QObject *parent)
    : QObject(parent),
      m_views(views),
      m_capturePath(std::move(capturePath)),
      m_view(view),
      m_graph(graph),
      m_details(details),
      m_tcpAnalysis(new TcpAnalysisLoader(this))
{
    connect(m_views, &capture::ViewWorker::ladderReady, this, &ShownLadder::onLadderReady);
    connect(m_views, &capture::ViewWorker::frameReady, this, &ShownLadder::onFrameReady);
    connect(m_tcpAnalysis, &TcpAnalysisLoader::analysed, this, &ShownLadder::onLadderAnalysed);
    connect(m_view, &LadderView::currentRowChanged, this, &ShownLadder::onRowChanged);
}

void ShownLadder::show(quint32 stream)
{
    // The last ladder stays on screen until this one is made; its details are of another connection.
    m_details->clear();
    m_frameRow = -1;
    m_selected = true;
    m_views->requestLadder(stream);
}

void ShownLadder::refreshIfGrew(const capture::ConnectionBatch &batch)
{
    if (!m_ladder)
        return;
    for (const auto &summary : batch) {
        if (summary.stream == m_ladder->streamIndex && summary.segments != m_ladder->rows.size()) {
            m_views->refreshLadder(); // under the same request: a ladder asked for meanwhile still wins
            return;
        }
    }
}

void ShownLadder::clear()
{
    m_ladder.reset();
    m_views->cancelLadder();
    clearViews();
}

void ShownLadder::clearViews()
{
    m_tcpAnalysis->cancel();
    m_frameRow = -1;
    m_view->clear();
    m_graph->clear();
    m_details->clear();
}

void ShownLadder::reloadFrame()
{
    if (m_ladder && m_view->currentRow() >= 0)
        onRowChanged(m_view->currentRow());
}

void ShownLadder::onLadderReady(quint64 request, quint32 stream, const core::SharedLadder &ladder)
{
    if (!m_views->isCurrentLadder(request))
        return; // another connection was selected, or the capture closed, since it was asked for
    const bool selected = std::exchange(m_selected, false);
    m_ladder = ladder;
    if (!m_ladder) {
        clearViews();
        emit ladderChanged();
        return;
    }
    share();
    // A new selection starts at its first row: the handshake is what a student looks for.
    if (selected && !m_ladder->rows.empty())
        m_view->setCurrentRow(0);
    // Loss marks and the analysis graphs need tshark's tcp.analysis: a second read, off this thread.
    m_tcpAnalysis->start(m_capturePath(), m_ladder);
    emit ladderChanged();
    emit ladderShown(stream);
}

void ShownLadder::onLadderAnalysed(const core::SharedLadder &ladder)
{
    // Only for the rows on screen: a ladder that grew meanwhile has its own read queued.
    if (!m_ladder || !ladder || ladder->streamIndex != m_ladder->streamIndex
        || ladder->rows.size() != m_ladder->rows.size())
        return;
    m_ladder = ladder;
    share();
}

void ShownLadder::share()
{
    m_view->setLadder(m_ladder);
    m_graph->setLadder(m_ladder);
    if (m_details->sharedLadder())
        m_details->setLadder(m_ladder);
}

void ShownLadder::onRowChanged(int row)
{
    if (!m_ladder || row < 0 || row >= static_cast<int>(m_ladder->rows.size())) {
        m_frameRow = -1;
        m_details->clear();
        return;
    }
    m_frameRow = row;
    const core::Segment &segment = m_ladder->rows[static_cast<std::size_t>(row)].segment;
    m_views->requestFrame(m_capturePath(), segment.fileOffset, segment.frame);
}

void ShownLadder::onFrameReady(quint64 request, const capture::FrameRead &frame)
{
    if (!m_views->isCurrentFrame(request) || m_frameRow < 0)
        return; // the selection moved on
    m_details->showFrame(m_ladder, m_frameRow, frame);
}

} // namespace tcpladder::ui
