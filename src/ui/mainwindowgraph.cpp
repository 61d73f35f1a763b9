// SPDX-License-Identifier: GPL-3.0-or-later
// The time-sequence graph dock: the whole connection at a glance, linked both ways with the ladder.
#include "mainwindow.h"

#include "ladderview.h"
#include "sequencegraph.h"
#include "ui_mainwindow.h"

#include <QDockWidget>
#include <QSplitter>
#include <QTimer>

namespace tcpladder::ui {

void MainWindow::setupGraph()
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(QStringLiteral("sequenceGraphDock")); // saveState() remembers it by this name
    m_graph = new SequenceGraph(dock);
    m_graph->setObjectName(QStringLiteral("sequenceGraph"));
    dock->setWidget(m_graph);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Hidden until asked for: the ladder is what a first look needs; the graph is for bulk transfers.
    dock->hide();

    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionSequenceGraph"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    ui->menuView->addSeparator();
    ui->menuView->addAction(toggle);
    retranslateGraph();

    // A click on a point selects that segment in the ladder, which updates the details pane; the
    // ladder's selection in turn rings the point (setCurrentRow does not emit rowActivated: no loop).
    connect(m_graph, &SequenceGraph::rowActivated, m_ladderView, &LadderView::setCurrentRow);
    connect(m_ladderView, &LadderView::currentRowChanged, m_graph, &SequenceGraph::setCurrentRow);
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_ladder)
            m_graph->setLadder(m_ladder);
        // After the dock has taken its height (the main window lays out on a posted event).
        QTimer::singleShot(0, this, [this, visible] { shareHeightWithGraph(visible); });
    });
}

void MainWindow::retranslateGraph()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("sequenceGraphDock"));
    if (!dock)
        return;
    dock->setWindowTitle(tr("Time-Sequence Graph"));
    dock->toggleViewAction()->setText(tr("Time-Sequence &Graph")); // QDockWidget resets it to the title
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
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("sequenceGraphDock")))
        dock->show();
}

} // namespace tcpladder::ui
