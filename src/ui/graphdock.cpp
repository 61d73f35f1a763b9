// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphdock.h"

#include "graphheightshare.h"
#include "ladderview.h"
#include "sequencegraph.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

#include <utility>

namespace tcpladder::ui {

namespace {

const QString GraphKindKey = QStringLiteral("graph/kind");

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

GraphDock::GraphDock(QWidget *parent)
    : QDockWidget(parent),
      m_graph(new SequenceGraph(this))
{
    setObjectName(QStringLiteral("sequenceGraphDock")); // saveState() remembers it by this name
    m_graph->setObjectName(QStringLiteral("sequenceGraph"));
    setWidget(m_graph);
    // In the chart's title band, left of the centred title: a row of its own would take height the
    // graph needs to stay readable on a 768-pixel screen.
    auto *chooserBox = new QWidget(m_graph);
    auto *chooser = new QHBoxLayout(chooserBox);
    chooser->setContentsMargins(4, 2, 4, 2);
    m_label = new QLabel(chooserBox);
    m_label->setObjectName(QStringLiteral("graphKindLabel"));
    m_kinds = new QComboBox(chooserBox);
    m_kinds->setObjectName(QStringLiteral("graphKindCombo"));
    for (const GraphKind kind : {GraphKind::Sequence, GraphKind::RoundTripTime, GraphKind::BytesInFlight})
        m_kinds->addItem(QString(), QVariant::fromValue(static_cast<int>(kind)));
    m_label->setBuddy(m_kinds);
    chooser->addWidget(m_label);
    chooser->addWidget(m_kinds);
    chooserBox->move(0, 0);

    toggleViewAction()->setObjectName(QStringLiteral("actionSequenceGraph"));
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));

    const GraphKind saved = kindFromName(QSettings().value(GraphKindKey).toString());
    m_kinds->setCurrentIndex(m_kinds->findData(static_cast<int>(saved)));
    m_graph->setKind(saved);
    connect(m_kinds, &QComboBox::currentIndexChanged, this,
            [this] { m_graph->setKind(static_cast<GraphKind>(m_kinds->currentData().toInt())); });
    connect(m_graph, &SequenceGraph::kindChanged, this, [this](GraphKind kind) {
        m_kinds->setCurrentIndex(m_kinds->findData(static_cast<int>(kind)));
        QSettings().setValue(GraphKindKey, kindName(kind));
        retranslate();
    });
    retranslate();
}

void GraphDock::retranslate()
{
    const QString names[] = {tr("Time-Sequence Graph"), tr("Round-Trip Time Graph"), tr("Bytes in Flight Graph")};
    for (int i = 0; i < m_kinds->count(); ++i)
        m_kinds->setItemText(i, names[m_kinds->itemData(i).toInt()]);
    m_label->setText(tr("G&raph:"));
    setWindowTitle(names[static_cast<int>(m_graph->kind())]);
    toggleViewAction()->setText(tr("&Graphs")); // QDockWidget resets it to the title
    m_kinds->parentWidget()->adjustSize();
}

void GraphDock::placeIn(QMainWindow *window, QMenu *viewMenu, QSplitter *listSplitter)
{
    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    hide();
    viewMenu->addSeparator();
    viewMenu->addAction(toggleViewAction());
    new GraphHeightShare(this, listSplitter);
}

void GraphDock::linkWith(LadderView *view, std::function<core::SharedLadder()> ladder)
{
    // setCurrentRow does not emit rowActivated: no loop.
    connect(m_graph, &SequenceGraph::rowActivated, view, &LadderView::setCurrentRow);
    connect(view, &LadderView::currentRowChanged, m_graph, &SequenceGraph::setCurrentRow);
    connect(this, &QDockWidget::visibilityChanged, this, [this, ladder = std::move(ladder)](bool visible) {
        if (const core::SharedLadder shown = visible ? ladder() : nullptr)
            m_graph->setLadder(shown);
    });
}

} // namespace tcpladder::ui
