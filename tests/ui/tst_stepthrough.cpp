// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/ladderfixture.h"
#include "ladderview.h"
#include "stepthrough.h"
#include "shots.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tcpladder;

// The step-through rules on their own (no widget), then the view's keys on a real capture.
class TestStepThrough : public QObject
{
    Q_OBJECT

private slots:
    void inactiveRevealsEverything();
    void startShowsNothing();
    void nextAndPreviousStopAtTheEnds();
    void multiRowSteps();
    void resetAndRevealUpTo();
    void liveGrowthDoesNotReveal();
    void viewKeysRevealArrows();
    void viewStepsOverCollapsedRunInOneStep();
    void viewShowsStepCountAndTheEnd();
};

void TestStepThrough::inactiveRevealsEverything()
{
    ui::StepThrough s;
    s.setRowCount(5);
    QVERIFY(!s.isActive());
    QCOMPARE(s.revealed(), 5);
    QVERIFY(s.isRevealed(4));
    QVERIFY(!s.next());
    QVERIFY(!s.previous());
}

void TestStepThrough::startShowsNothing()
{
    ui::StepThrough s;
    s.start(3);
    QVERIFY(s.isActive());
    QCOMPARE(s.revealed(), 0);
    QCOMPARE(s.newestRow(), -1);
    QVERIFY(s.atStart());
    QVERIFY(!s.isRevealed(0));
}

void TestStepThrough::nextAndPreviousStopAtTheEnds()
{
    ui::StepThrough s;
    s.start(3);
    QVERIFY(s.next());
    QCOMPARE(s.newestRow(), 0);
    QVERIFY(s.next());
    QVERIFY(s.next());
    QVERIFY(s.atEnd());
    QCOMPARE(s.newestRow(), 2);
    QVERIFY(!s.next());
    QCOMPARE(s.revealed(), 3);
    QVERIFY(s.previous());
    QCOMPARE(s.newestRow(), 1);
    QVERIFY(s.previous());
    QVERIFY(s.previous());
    QVERIFY(s.atStart());
    QVERIFY(!s.previous());
    QCOMPARE(s.revealed(), 0);
    s.stop();
    QVERIFY(!s.isActive());
    QCOMPARE(s.revealed(), 3);
}

void TestStepThrough::multiRowSteps()
{
    ui::StepThrough s;
    s.start(10);
    QVERIFY(s.next(4));
    QCOMPARE(s.revealed(), 4);
    QVERIFY(s.next(100)); // clamps at the end
    QCOMPARE(s.revealed(), 10);
    QVERIFY(s.previous(7));
    QCOMPARE(s.revealed(), 3);
    QVERIFY(!s.next(0));
    QVERIFY(!s.previous(-1));
}

void TestStepThrough::resetAndRevealUpTo()
{
    ui::StepThrough s;
    s.start(6);
    s.next(5);
    s.reset();
    QVERIFY(s.isActive());
    QCOMPARE(s.revealed(), 0);
    QVERIFY(s.revealUpTo(3));
    QCOMPARE(s.newestRow(), 3);
    QVERIFY(!s.revealUpTo(3)); // no change
    QVERIFY(!s.revealUpTo(6)); // no such row
    QVERIFY(s.revealUpTo(-1));
    QVERIFY(s.atStart());
}

void TestStepThrough::liveGrowthDoesNotReveal()
{
    ui::StepThrough s;
    s.start(2);
    s.next(2);
    QVERIFY(s.atEnd());
    s.setRowCount(5); // a live capture added 3 rows: the class has not seen them yet
    QCOMPARE(s.revealed(), 2);
    QVERIFY(!s.atEnd());
    s.setRowCount(1); // shrinking (another file) clamps
    QCOMPARE(s.revealed(), 1);
}

void TestStepThrough::viewKeysRevealArrows()
{
    const auto ladder = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/client-close.pcap", 0);
    QVERIFY(ladder);
    const int rows = static_cast<int>(ladder->rows.size());
    ui::LadderView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLadder(*ladder);
    QSignalSpy steps(&view, &ui::LadderView::stepChanged);
    view.setStepping(true);
    QCOMPARE(view.stepThrough().revealed(), 0);
    QCOMPARE(view.currentRow(), -1);
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(view.stepThrough().revealed(), 1);
    QCOMPARE(view.currentRow(), 0); // the SYN, whose note the window shows
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentRow(), 1);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.currentRow(), 0);
    QTest::keyClick(&view, Qt::Key_Backspace);
    QCOMPARE(view.currentRow(), -1);
    for (int i = 0; i < rows + 3; ++i)
        QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(view.stepThrough().revealed(), rows);
    QCOMPARE(view.currentRow(), rows - 1);
    QVERIFY(steps.count() >= rows + 3);
    // A hidden arrow cannot be selected from outside either.
    view.stepReset();
    view.setCurrentRow(3);
    QCOMPARE(view.currentRow(), -1);
    // The rows drawn follow the state: hidden rows leave the ladder area blank.
    const QImage revealedNone = view.grab().toImage();
    QTest::keyClick(&view, Qt::Key_Space);
    QTest::keyClick(&view, Qt::Key_Space);
    QVERIFY(view.grab().toImage() != revealedNone);
    view.setStepping(false);
    QCOMPARE(view.stepThrough().revealed(), rows);
}

void TestStepThrough::viewStepsOverCollapsedRunInOneStep()
{
    const auto ladder = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap", 0);
    QVERIFY(ladder);
    ui::LadderView view;
    view.resize(900, 700);
    view.setLadder(*ladder);
    QVERIFY(!view.layout().runs().empty());
    const core::LadderRun run = view.layout().runs().front();
    QVERIFY(!run.expanded);
    view.setStepping(true);
    while (view.stepThrough().revealed() < static_cast<int>(run.firstRow))
        QVERIFY(view.stepNext());
    QVERIFY(view.stepNext());
    QCOMPARE(view.stepThrough().revealed(), static_cast<int>(run.lastRow) + 1);
    QVERIFY(view.stepPrevious());
    QCOMPARE(view.stepThrough().revealed(), static_cast<int>(run.firstRow));
}

void TestStepThrough::viewShowsStepCountAndTheEnd()
{
    const auto ladder = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/client-close.pcap", 0);
    QVERIFY(ladder);
    const int rows = static_cast<int>(ladder->rows.size());
    QVERIFY(rows > 3);
    ui::LadderView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLadder(*ladder);
    QCOMPARE(view.stepText(), QString());
    QVERIFY(view.stepBadgeRect().isEmpty());
    const QImage before = view.viewport()->grab().toImage();

    view.setStepping(true);
    QCOMPARE(view.stepText(), QStringLiteral("Step 0 / %1 — press Space or → for the first arrow").arg(rows));
    QTest::keyClick(&view, Qt::Key_Space);
    QTest::keyClick(&view, Qt::Key_Space);
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(view.stepText(), QStringLiteral("Step 3 / %1").arg(rows));
    // Drawn inside the viewport, bottom right, where the class sees it; and actually drawn.
    const QRect badge = view.stepBadgeRect();
    const QRect viewport = view.viewport()->rect();
    QVERIFY(!badge.isEmpty());
    QVERIFY(viewport.contains(badge));
    QVERIFY(badge.right() >= viewport.width() - 20 && badge.bottom() >= viewport.height() - 20);
    QVERIFY(badge.width() >= view.fontMetrics().horizontalAdvance(QStringLiteral("Step 3 / 12")));
    const QImage during = view.viewport()->grab().toImage();
    testsupport::saveShot(&view, QStringLiteral("step-3"));
    QVERIFY(during.copy(badge) != before.copy(badge));

    while (view.stepNext()) { }
    QCOMPARE(view.stepThrough().revealed(), rows);
    QVERIFY2(view.stepText().startsWith(QStringLiteral("Step %1 / %1 — end of the connection").arg(rows)),
             qPrintable(view.stepText()));
    QVERIFY(view.stepText().contains(QLatin1String("Home starts again")));
    testsupport::saveShot(&view, QStringLiteral("step-end"));
    // The long sentence wraps onto more lines inside the viewport instead of being cut off.
    QVERIFY(viewport.contains(view.stepBadgeRect()));
    QVERIFY(view.stepBadgeRect().width() <= viewport.width() * 2 / 3);
    QVERIFY(view.stepBadgeRect().height() >= badge.height() * 3 / 2);
    // Home goes back to the start and says so.
    QTest::keyClick(&view, Qt::Key_Home);
    QVERIFY(view.stepText().startsWith(QStringLiteral("Step 0 / %1").arg(rows)));
    view.setStepping(false);
    QVERIFY(view.stepBadgeRect().isEmpty());
}

QTEST_MAIN(TestStepThrough)
#include "tst_stepthrough.moc"
