// SPDX-License-Identifier: GPL-3.0-or-later
// The ladder area's page without the main window: the ladder when there is one (the merged ladder
// while the other side's capture is merged in), otherwise the placeholder saying what to do: open
// something, wait for the load, capture again, clear the filters that hide all, pick a connection.
#include "ladderpane.h"
#include "ladderplaceholder.h"
#include "ladderview.h"

#include <QLabel>
#include <QtTest>

using tcpladder::ui::LadderPane;
using State = tcpladder::ui::LadderPlaceholder::State;
using Facts = LadderPane::Facts;

class TestLadderPane : public QObject
{
    Q_OBJECT

private slots:
    void pagesAndNames();
    void placeholderStates();
    void theLadderWhenThereIsOne();
};

void TestLadderPane::pagesAndNames()
{
    LadderPane pane;
    // The names tests and the screenshot script look the pages up by.
    QCOMPARE(pane.objectName(), QStringLiteral("ladderStack"));
    QCOMPARE(pane.ladderView()->objectName(), QStringLiteral("ladderView"));
    QCOMPARE(pane.placeholder()->objectName(), QStringLiteral("ladderPlaceholder"));
    QCOMPARE(pane.count(), 2);
    auto *merged = new QLabel(QStringLiteral("merged"));
    pane.setMergedView(merged);
    QCOMPARE(pane.count(), 3);
    QCOMPARE(merged->parentWidget(), &pane);
}

void TestLadderPane::placeholderStates()
{
    LadderPane pane;
    pane.showPageFor({});
    QCOMPARE(pane.currentWidget(), pane.placeholder());
    QCOMPARE(pane.placeholder()->state(), State::NoCapture);

    Facts loading;
    loading.captureOpen = true;
    loading.loading = true;
    pane.showPageFor(loading);
    QCOMPARE(pane.placeholder()->state(), State::Loading);

    Facts empty;
    empty.captureOpen = true; // loaded, and no TCP in it
    pane.showPageFor(empty);
    QCOMPARE(pane.placeholder()->state(), State::NoConnections);

    Facts hidden;
    hidden.captureOpen = true;
    hidden.connections = 7;
    hidden.filter = QStringLiteral("tcp.port == 443");
    hidden.search = QStringLiteral("example");
    pane.showPageFor(hidden);
    QCOMPARE(pane.placeholder()->state(), State::NothingMatches);
    const QString text = pane.placeholder()->text();
    QVERIFY2(text.contains(QStringLiteral("tcp.port == 443")) && text.contains(QStringLiteral("example"))
                 && text.contains(QStringLiteral("7 connection")),
             qPrintable(text));

    Facts listed = hidden;
    listed.listed = 3;
    pane.showPageFor(listed);
    QCOMPARE(pane.placeholder()->state(), State::SelectConnection);
    QCOMPARE(pane.currentWidget(), pane.placeholder());

    // A live capture is open before its file has a name.
    Facts live;
    live.captureOpen = true;
    live.connections = 1;
    live.listed = 1;
    pane.showPageFor(live);
    QCOMPARE(pane.placeholder()->state(), State::SelectConnection);
}

void TestLadderPane::theLadderWhenThereIsOne()
{
    LadderPane pane;
    auto *merged = new QLabel(QStringLiteral("merged"));
    Facts shown;
    shown.ladderShown = true;
    shown.captureOpen = true;
    shown.connections = shown.listed = 2;
    pane.showPageFor(shown);
    QCOMPARE(pane.currentWidget(), pane.ladderView());

    shown.mergedShown = true; // no merged page yet: the ladder it is
    pane.showPageFor(shown);
    QCOMPARE(pane.currentWidget(), pane.ladderView());
    pane.setMergedView(merged);
    pane.showPageFor(shown);
    QCOMPARE(pane.currentWidget(), merged);
    shown.mergedShown = false;
    pane.showPageFor(shown);
    QCOMPARE(pane.currentWidget(), pane.ladderView());
}

QTEST_MAIN(TestLadderPane)
#include "tst_ladderpane.moc"
