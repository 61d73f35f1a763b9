// SPDX-License-Identifier: GPL-3.0-or-later
// The time-sequence graph dock: the whole connection at a glance, linked both ways with the ladder.
#include "mainwindow.h"

#include "ladderview.h"
#include "sequencegraph.h"
#include "ui_mainwindow.h"

#include <QDockWidget>

namespace tcpladder::ui {

void MainWindow::setupGraph()
{
    auto *dock = new QDockWidget(tr("Time-Sequence Graph"), this);
    dock->setObjectName(QStringLiteral("sequenceGraphDock")); // saveState() remembers it by this name
    m_graph = new SequenceGraph(dock);
    m_graph->setObjectName(QStringLiteral("sequenceGraph"));
    dock->setWidget(m_graph);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Hidden until asked for: the ladder is what a first look needs; the graph is for bulk transfers.
    dock->hide();

    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("Time-Sequence &Graph"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    ui->menuView->addSeparator();
    ui->menuView->addAction(toggle);

    // A click on a point selects that segment in the ladder, which updates the details pane; the
    // ladder's selection in turn rings the point (setCurrentRow does not emit rowActivated: no loop).
    connect(m_graph, &SequenceGraph::rowActivated, m_ladderView, &LadderView::setCurrentRow);
    connect(m_ladderView, &LadderView::currentRowChanged, m_graph, &SequenceGraph::setCurrentRow);
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_ladder)
            m_graph->setLadder(*m_ladder);
    });
}

void MainWindow::showSequenceGraph()
{
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("sequenceGraphDock")))
        dock->show();
}

} // namespace tcpladder::ui
