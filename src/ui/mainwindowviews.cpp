// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: what is shown of the loaded capture — the selected connection's ladder and the selected
// segment's frame — asked of the ViewWorker and shown when it answers, so the GUI thread never replays
// a stream or reads the file (the display filter's matches: DisplayFilterController).
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "ladderview.h"
#include "packetdetailsview.h"
#include "sequencegraph.h"
#include "tcpanalysisloader.h"
#include "viewworker.h"

#include <utility>

namespace tcpladder::ui {

void MainWindow::setupViews()
{
    m_views = new capture::ViewWorker(m_worker);
    connect(m_views, &capture::ViewWorker::ladderReady, this, &MainWindow::onLadderReady);
    connect(m_views, &capture::ViewWorker::frameReady, this, &MainWindow::onFrameReady);
    connect(m_ladderView, &LadderView::currentRowChanged, this, &MainWindow::onLadderRowChanged);
}

void MainWindow::showLadder(quint32 stream, bool grew)
{
    if (grew) {
        m_views->refreshLadder();
        return;
    }
    // The last ladder stays on screen until this one is made; its details are of another connection.
    ui->packetDetails->clear();
    m_frameRow = -1;
    m_ladderSelected = true;
    m_views->requestLadder(stream);
}

void MainWindow::onLadderReady(quint64 request, quint32 stream, const core::SharedLadder &ladder)
{
    if (!m_views->isCurrentLadder(request))
        return; // another connection was selected, or the capture closed, since it was asked for
    const bool selected = std::exchange(m_ladderSelected, false);
    m_ladder = ladder;
    if (!m_ladder) {
        m_tcpAnalysis->cancel();
        m_ladderView->clear();
        m_graph->clear();
        ui->packetDetails->clear();
    } else {
        shareLadder();
        // A new selection starts at its first row: the handshake is what a student looks for.
        if (selected && !m_ladder->rows.empty())
            m_ladderView->setCurrentRow(0);
        // Loss marks and the analysis graphs need tshark's tcp.analysis: a second read, off this thread.
        m_tcpAnalysis->start(m_path, m_ladder);
        emit ladderShown(stream); // after: a receiver may move on to another row
    }
    updateActions();
    updateLadderPlaceholder();
}

void MainWindow::onLadderAnalysed(const core::SharedLadder &ladder)
{
    // Only for the rows on screen: a ladder that grew meanwhile has its own read queued.
    if (!m_ladder || !ladder || ladder->streamIndex != m_ladder->streamIndex
        || ladder->rows.size() != m_ladder->rows.size())
        return;
    m_ladder = ladder;
    shareLadder();
}

void MainWindow::shareLadder()
{
    // One ladder for all three: the view, the graph and the details pane share it.
    m_ladderView->setLadder(m_ladder);
    m_graph->setLadder(m_ladder);
    if (ui->packetDetails->sharedLadder())
        ui->packetDetails->setLadder(m_ladder);
}

void MainWindow::onLadderRowChanged(int row)
{
    if (!m_ladder || row < 0 || row >= static_cast<int>(m_ladder->rows.size())) {
        m_frameRow = -1;
        ui->packetDetails->clear();
        return;
    }
    m_frameRow = row;
    const core::Segment &segment = m_ladder->rows[static_cast<std::size_t>(row)].segment;
    m_views->requestFrame(m_path, segment.fileOffset, segment.frame);
}

void MainWindow::onFrameReady(quint64 request, const capture::FrameRead &frame)
{
    if (!m_views->isCurrentFrame(request) || m_frameRow < 0)
        return; // the selection moved on
    ui->packetDetails->showFrame(m_ladder, m_frameRow, frame);
}

} // namespace tcpladder::ui
