// SPDX-License-Identifier: GPL-3.0-or-later
// The ladder's View actions without the main window: Show TCP States, Textbook Layout, Step Through,
// Fit Ladder and the zoom each switch the ladder view, and the view switching itself (Escape ends
// stepping, a zoom by hand ends fitting) moves the check mark back.
#include "../core/ladderfixture.h"
#include "explanationpane.h"
#include "ladderview.h"
#include "ladderviewactions.h"

#include <QAction>
#include <QMenu>
#include <QVBoxLayout>
#include <QtTest>

using namespace tcpladder;
using ui::LadderViewActions;

namespace {

struct Window
{
    QWidget window;
    QMenu menu;
    QAction zoomIn{QStringLiteral("Zoom In")};
    QAction zoomOut{QStringLiteral("Zoom Out")};
    QAction zoomReset{QStringLiteral("Reset Zoom")};
    QAction fit{QStringLiteral("Fit Ladder")};
    ui::LadderView *view = new ui::LadderView(&window);
    ui::ExplanationPane *pane = new ui::ExplanationPane(&window);
    LadderViewActions *actions = nullptr;

    Window()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(view);
        layout->addWidget(pane);
        fit.setCheckable(true);
        view->setLadder(ladderfixture::textbook(6));
        actions = new LadderViewActions(&menu, {&zoomIn, &zoomOut, &zoomReset, &fit}, view, pane);
        window.resize(800, 600);
    }
};

} // namespace

class TestLadderViewActions : public QObject
{
    Q_OBJECT

private slots:
    void inTheMenuWithTheirNames();
    void statesAndTextbookSwitchTheView();
    void stepThroughBothWays();
    void fitLadderBothWays();
    void zoomActions();
};

void TestLadderViewActions::inTheMenuWithTheirNames()
{
    Window w;
    const QList<QAction *> inMenu = w.menu.actions();
    QCOMPARE(inMenu.size(), 3);
    QCOMPARE(inMenu[0]->objectName(), QStringLiteral("actionShowStates"));
    QCOMPARE(inMenu[1]->objectName(), QStringLiteral("actionTextbookLayout"));
    QCOMPARE(inMenu[2]->objectName(), QStringLiteral("actionStepThrough"));
    QCOMPARE(inMenu[0], w.actions->showStates());
    QCOMPARE(inMenu[1], w.actions->textbook());
    QCOMPARE(inMenu[2], w.actions->stepThrough());
    for (const QAction *action : inMenu) {
        QVERIFY(action->isCheckable());
        QVERIFY(!action->toolTip().isEmpty());
    }
    QCOMPARE(inMenu[0]->text(), QStringLiteral("Show TCP &States"));
    QCOMPARE(inMenu[1]->text(), QStringLiteral("&Textbook Layout"));
    QCOMPARE(inMenu[2]->text(), QStringLiteral("Step &Through"));
    QCOMPARE(w.actions->stepThrough()->shortcut(), QKeySequence(Qt::Key_F6));
}

void TestLadderViewActions::statesAndTextbookSwitchTheView()
{
    Window w;
    // The states are on from the start, and so is the check mark.
    QVERIFY(w.view->showStates());
    QVERIFY(w.actions->showStates()->isChecked());
    w.actions->showStates()->trigger();
    QVERIFY(!w.view->showStates());
    w.actions->showStates()->trigger();
    QVERIFY(w.view->showStates());

    QVERIFY(!w.view->isTextbook());
    QVERIFY(!w.actions->textbook()->isChecked());
    w.actions->textbook()->trigger();
    QVERIFY(w.view->isTextbook());
    w.actions->textbook()->trigger();
    QVERIFY(!w.view->isTextbook());
}

void TestLadderViewActions::stepThroughBothWays()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QVERIFY(!w.pane->text().contains(QStringLiteral("Space")));
    w.actions->stepThrough()->trigger();
    QVERIFY(w.view->isStepping());
    // The keys are in the pane: nothing is drawn yet, so the student needs to know what to press.
    QVERIFY2(w.pane->text().contains(QStringLiteral("Space")), qPrintable(w.pane->text()));
    w.actions->stepThrough()->trigger();
    QVERIFY(!w.view->isStepping());

    // The view ends stepping by itself: the check mark follows.
    w.actions->stepThrough()->trigger();
    QVERIFY(w.actions->stepThrough()->isChecked());
    w.view->setStepping(false);
    QVERIFY(!w.actions->stepThrough()->isChecked());
}

void TestLadderViewActions::fitLadderBothWays()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    w.fit.trigger();
    QVERIFY(w.view->fitsToWidth());
    // Zooming by hand ends fitting, as in a PDF viewer.
    w.view->zoomIn();
    QVERIFY(!w.view->fitsToWidth());
    QVERIFY(!w.fit.isChecked());
    w.fit.trigger();
    QVERIFY(w.view->fitsToWidth());
    w.fit.trigger();
    QVERIFY(!w.view->fitsToWidth());
}

void TestLadderViewActions::zoomActions()
{
    Window w;
    // Ctrl+= too: on most keyboards "+" needs Shift.
    QVERIFY(w.zoomIn.shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+="))));
    QVERIFY(w.zoomIn.shortcuts().contains(QKeySequence(QStringLiteral("Ctrl++"))));
    QVERIFY(w.zoomOut.shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+-"))));
    QCOMPARE(w.view->zoom(), 1.0);
    w.zoomIn.trigger();
    const double in = w.view->zoom();
    QVERIFY(in > 1.0);
    w.zoomOut.trigger();
    w.zoomOut.trigger();
    QVERIFY(w.view->zoom() < 1.0);
    w.zoomReset.trigger();
    QCOMPARE(w.view->zoom(), 1.0);
}

QTEST_MAIN(TestLadderViewActions)
#include "tst_ladderviewactions.moc"
