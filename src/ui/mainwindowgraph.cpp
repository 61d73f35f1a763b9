// SPDX-License-Identifier: GPL-3.0-or-later
// The graph dock: the whole connection at a glance (time-sequence, round-trip time or bytes in
// flight), linked both ways with the ladder.
#include "mainwindow.h"

#include "graphdock.h"
#include "ladderview.h"
#include "sequencegraph.h"
#include "ui_mainwindow.h"

#include <QDockWidget>
#include <QSplitter>
#include <QTimer>

namespace tcpladder::ui {

void MainWindow::setupGraph()
{
    addDockWidget(Qt::BottomDockWidgetArea, m_graphDock);
    // Hidden until asked for: the ladder is what a first look needs; the graph is for bulk transfers.
    m_graphDock->hide();
    ui->menuView->addSeparator();
    ui->menuView->addAction(m_graphDock->toggleViewAction());

    // A click on a point selects that segment in the ladder, which updates the details pane; the
    // ladder's selection in turn rings the point (setCurrentRow does not emit rowActivated: no loop).
    connect(m_graph, &SequenceGraph::rowActivated, m_ladderView, &LadderView::setCurrentRow);
    connect(m_ladderView, &LadderView::currentRowChanged, m_graph, &SequenceGraph::setCurrentRow);
    connect(m_graphDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && currentLadder())
            m_graph->setLadder(currentLadder());
        // After the dock has taken its height (the main window lays out on a posted event).
        QTimer::singleShot(0, this, [this, visible] { shareHeightWithGraph(visible); });
    });
}

void MainWindow::shareHeightWithGraph(bool graphShown)
{
    QSplitter *splitter = ui->leftSplitter;
    if (!graphShown) {
        if (!m_listSizesBeforeGraph.isEmpty())
            splitter->setSizes(m_listSizesBeforeGraph);
        m_listSizesBeforeGraph.clear();
        return;
    }
    // The graph's readable height comes out of the list, not the ladder: on a 768-pixel screen the
    // ladder was left a strip under nine mostly empty list rows.
    const QList<int> sizes = splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (sizes.size() != 2 || sizes.first() <= total / 3)
        return;
    m_listSizesBeforeGraph = sizes;
    splitter->setSizes({total / 3, total - total / 3});
}

void MainWindow::showSequenceGraph()
{
    m_graphDock->show();
}

} // namespace tcpladder::ui
