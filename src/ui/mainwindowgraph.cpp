// SPDX-License-Identifier: GPL-3.0-or-later
// The graph dock: the whole connection at a glance (time-sequence, round-trip time or bytes in
// flight), linked both ways with the ladder.
#include "mainwindow.h"

#include "captureworker.h"
#include "ladderview.h"
#include "sequencegraph.h"
#include "ui_mainwindow.h"

#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

namespace tcpladder::ui {

namespace {

const QString GraphKindKey = QStringLiteral("graph/kind");

// Stored by name, not number, so a reordered list does not change what a person chose.
QString kindName(GraphKind kind)
{
    switch (kind) {
    case GraphKind::RoundTripTime:
        return QStringLiteral("rtt");
    case GraphKind::BytesInFlight:
        return QStringLiteral("inflight");
    case GraphKind::Sequence:
        break;
    }
    return QStringLiteral("sequence");
}

GraphKind kindFromName(const QString &name)
{
    if (name == QLatin1String("rtt"))
        return GraphKind::RoundTripTime;
    if (name == QLatin1String("inflight"))
        return GraphKind::BytesInFlight;
    return GraphKind::Sequence;
}

} // namespace

void MainWindow::setupGraph()
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(QStringLiteral("sequenceGraphDock")); // saveState() remembers it by this name
    m_graph = new SequenceGraph(dock);
    m_graph->setObjectName(QStringLiteral("sequenceGraph"));
    dock->setWidget(m_graph);
    // The choice of graph sits in the chart's title band, left of the centred title: a row of its
    // own would take height the graph needs to stay readable on a 768-pixel screen.
    auto *chooserBox = new QWidget(m_graph);
    auto *chooser = new QHBoxLayout(chooserBox);
    chooser->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(chooserBox);
    label->setObjectName(QStringLiteral("graphKindLabel"));
    auto *kinds = new QComboBox(chooserBox);
    kinds->setObjectName(QStringLiteral("graphKindCombo"));
    for (const GraphKind kind : {GraphKind::Sequence, GraphKind::RoundTripTime, GraphKind::BytesInFlight})
        kinds->addItem(QString(), QVariant::fromValue(static_cast<int>(kind)));
    label->setBuddy(kinds);
    chooser->addWidget(label);
    chooser->addWidget(kinds);
    chooserBox->move(0, 0);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Hidden until asked for: the ladder is what a first look needs; the graph is for bulk transfers.
    dock->hide();

    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionSequenceGraph"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    ui->menuView->addSeparator();
    ui->menuView->addAction(toggle);

    const GraphKind saved = kindFromName(QSettings().value(GraphKindKey).toString());
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(saved)));
    m_graph->setKind(saved);
    connect(kinds, &QComboBox::currentIndexChanged, this,
            [this, kinds] { m_graph->setKind(static_cast<GraphKind>(kinds->currentData().toInt())); });
    connect(m_graph, &SequenceGraph::kindChanged, this, [this, kinds](GraphKind kind) {
        kinds->setCurrentIndex(kinds->findData(static_cast<int>(kind)));
        QSettings().setValue(GraphKindKey, kindName(kind));
        retranslateGraph();
    });
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
    auto *kinds = dock->findChild<QComboBox *>(QStringLiteral("graphKindCombo"));
    const QString names[] = {tr("Time-Sequence Graph"), tr("Round-Trip Time Graph"), tr("Bytes in Flight Graph")};
    for (int i = 0; i < kinds->count(); ++i)
        kinds->setItemText(i, names[kinds->itemData(i).toInt()]);
    dock->findChild<QLabel *>(QStringLiteral("graphKindLabel"))->setText(tr("G&raph:"));
    // The dock says which graph it shows.
    dock->setWindowTitle(names[static_cast<int>(m_graph->kind())]);
    dock->toggleViewAction()->setText(tr("&Graphs")); // QDockWidget resets it to the title
    kinds->parentWidget()->adjustSize();
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
