// SPDX-License-Identifier: GPL-3.0-or-later
// The graph dock without the main window: the choice of graph in its title band drives the chart and
// the dock's title, is remembered by name for the next start, and the View menu's entry keeps its
// own name and Ctrl+G. Placed in a window it starts hidden at the bottom with its View entry, and it
// follows the ladder both ways.
#include "../core/ladderfixture.h"
#include "graphdock.h"
#include "ladderview.h"
#include "sequencegraph.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSplitter>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using tcpladder::ui::GraphDock;
using tcpladder::ui::GraphKind;
using namespace tcpladder;

class TestGraphDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_graphdock"));
    }
    void init() { QSettings().clear(); }

    void choiceDrivesChartAndTitle()
    {
        GraphDock dock;
        auto *kinds = dock.findChild<QComboBox *>(QStringLiteral("graphKindCombo"));
        QVERIFY(kinds);
        QCOMPARE(kinds->count(), 3);
        QCOMPARE(dock.graph()->kind(), GraphKind::Sequence); // a first start
        QCOMPARE(dock.windowTitle(), QStringLiteral("Time-Sequence Graph"));
        QCOMPARE(dock.findChild<QLabel *>(QStringLiteral("graphKindLabel"))->buddy(), kinds);
        kinds->setCurrentIndex(kinds->findText(QStringLiteral("Round-Trip Time Graph")));
        QCOMPARE(dock.graph()->kind(), GraphKind::RoundTripTime);
        QCOMPARE(dock.windowTitle(), QStringLiteral("Round-Trip Time Graph"));
        // Chosen on the chart itself: the chooser follows.
        dock.graph()->setKind(GraphKind::BytesInFlight);
        QCOMPARE(kinds->currentText(), QStringLiteral("Bytes in Flight Graph"));
        QCOMPARE(dock.windowTitle(), QStringLiteral("Bytes in Flight Graph"));
        // The menu entry keeps its name whatever the title says.
        QCOMPARE(dock.toggleViewAction()->text(), QStringLiteral("&Graphs"));
        QCOMPARE(dock.toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    }

    void rememberedByName()
    {
        {
            GraphDock dock;
            dock.graph()->setKind(GraphKind::RoundTripTime);
        }
        QCOMPARE(QSettings().value(QStringLiteral("graph/kind")).toString(), QStringLiteral("rtt"));
        GraphDock again;
        QCOMPARE(again.graph()->kind(), GraphKind::RoundTripTime);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("graphKindCombo"))->currentText(),
                 QStringLiteral("Round-Trip Time Graph"));
        // A name it does not know (a later version's graph) starts with the time-sequence graph.
        QSettings().setValue(QStringLiteral("graph/kind"), QStringLiteral("window-scaling"));
        QCOMPARE(GraphDock().graph()->kind(), GraphKind::Sequence);
    }

    void placedAndLinkedWithTheLadder()
    {
        QMainWindow window;
        QMenu viewMenu;
        auto *splitter = new QSplitter(Qt::Vertical);
        splitter->addWidget(new QLabel(QStringLiteral("connections")));
        auto *view = new ui::LadderView;
        splitter->addWidget(view);
        window.setCentralWidget(splitter);
        auto *dock = new GraphDock(&window);
        dock->placeIn(&window, &viewMenu, splitter);
        QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        QVERIFY(dock->isHidden()); // until asked for
        QCOMPARE(viewMenu.actions().last(), dock->toggleViewAction());

        core::SharedLadder shown = std::make_shared<const core::ConnectionLadder>(ladderfixture::textbook(6));
        view->setLadder(shown);
        dock->linkWith(view, [&shown] { return shown; });
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!dock->graph()->sharedLadder() || dock->graph()->sharedLadder()->rows.empty());
        dock->show();
        QTRY_COMPARE(dock->graph()->sharedLadder(), shown); // opened: it draws the ladder shown

        view->setCurrentRow(4);
        QCOMPARE(dock->graph()->currentRow(), 4);
        emit dock->graph()->rowActivated(7); // a click on a point
        QCOMPARE(view->currentRow(), 7);
    }
};

QTEST_MAIN(TestGraphDock)
#include "tst_graphdock.moc"
