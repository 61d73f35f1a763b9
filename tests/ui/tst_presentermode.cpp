// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode without the main window: entering hides the panes it is given, goes full screen,
// high contrast and fitted, with the note in large type; leaving (the action or Escape) gives back
// exactly what was there — a pane hidden before stays hidden, the user's zoom or fitting, the
// theme, a maximized window.
#include "../core/ladderfixture.h"
#include "explanationpane.h"
#include "ladderview.h"
#include "presentermode.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtTest>

using namespace tcpladder;
using ui::LadderThemeKind;
using ui::PresenterMode;

namespace {

// A window with the parts presenter mode deals with, as the main window has them.
struct Window
{
    QMainWindow window;
    ui::LadderView *view = nullptr;
    ui::ExplanationPane *pane = nullptr;
    QWidget *list = nullptr;
    QWidget *hiddenBefore = nullptr;
    QToolBar *toolBar = nullptr;
    PresenterMode *presenter = nullptr;

    Window()
    {
        auto *central = new QWidget(&window);
        auto *layout = new QVBoxLayout(central);
        list = new QLabel(QStringLiteral("connections"), central);
        hiddenBefore = new QLabel(QStringLiteral("details"), central);
        view = new ui::LadderView(central);
        pane = new ui::ExplanationPane(central);
        for (QWidget *w : {list, hiddenBefore, static_cast<QWidget *>(view), static_cast<QWidget *>(pane)})
            layout->addWidget(w);
        window.setCentralWidget(central);
        toolBar = window.addToolBar(QStringLiteral("tools"));
        toolBar->addAction(QStringLiteral("Open"));
        presenter = new PresenterMode(&window, view, pane, {list, hiddenBefore, toolBar});
        window.addAction(presenter->action());
        view->setLadder(ladderfixture::textbook(12));
        window.resize(900, 600);
    }

    bool show()
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
};

qreal bodyPointSize(const ui::ExplanationPane *pane)
{
    return pane->findChild<QLabel *>(QStringLiteral("explanationBody"))->font().pointSizeF();
}

} // namespace

class TestPresenterMode : public QObject
{
    Q_OBJECT

private slots:
    void entersAndGivesEverythingBack();
    void escapeLeaves();
    void keepsFittingAndMaximized();
};

void TestPresenterMode::entersAndGivesEverythingBack()
{
    Window w;
    QVERIFY(w.show());
    w.hiddenBefore->hide();
    w.view->zoomIn();
    w.view->zoomIn();
    const double zoom = w.view->zoom();
    QVERIFY(zoom > 1.0);
    const LadderThemeKind theme = w.view->themeKind();
    QVERIFY(theme != LadderThemeKind::HighContrast);
    const qreal body = bodyPointSize(w.pane);
    QAction *action = w.presenter->action();
    QVERIFY(action->isCheckable());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F11));
    QSignalSpy changed(w.presenter, &PresenterMode::activeChanged);

    action->trigger();
    QVERIFY(w.presenter->isActive());
    QVERIFY(action->isChecked());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().first().toBool(), true);
    QVERIFY(w.list->isHidden());
    QVERIFY(w.hiddenBefore->isHidden());
    QVERIFY(w.toolBar->isHidden());
    QVERIFY(w.view->isVisible());
    QVERIFY(w.window.windowState() & Qt::WindowFullScreen);
    QCOMPARE(w.view->themeKind(), LadderThemeKind::HighContrast);
    QVERIFY(w.view->fitsToWidth());
    QVERIFY2(bodyPointSize(w.pane) > 1.5 * body, qPrintable(QString::number(bodyPointSize(w.pane))));
    w.presenter->setActive(true); // once is enough
    QCOMPARE(changed.count(), 1);

    w.presenter->setActive(false);
    QVERIFY(!w.presenter->isActive());
    QVERIFY(!action->isChecked());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().toBool(), false);
    QVERIFY(w.list->isVisible());
    QVERIFY(w.hiddenBefore->isHidden()); // as it was
    QVERIFY(w.toolBar->isVisible());
    QVERIFY(!(w.window.windowState() & (Qt::WindowFullScreen | Qt::WindowMaximized)));
    QCOMPARE(w.view->themeKind(), theme);
    QVERIFY(!w.view->fitsToWidth());
    QTRY_COMPARE(w.view->zoom(), zoom);
    QCOMPARE(bodyPointSize(w.pane), body);
}

void TestPresenterMode::escapeLeaves()
{
    Window w;
    QVERIFY(w.show());
    w.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    QTest::keyClick(&w.window, Qt::Key_F11);
    QVERIFY(w.presenter->isActive());
    QTest::keyClick(w.view, Qt::Key_Escape);
    QVERIFY(!w.presenter->isActive());
    QVERIFY(!w.presenter->action()->isChecked());
    QVERIFY(w.list->isVisible());
    // Escape outside presenter mode changes nothing.
    QSignalSpy changed(w.presenter, &PresenterMode::activeChanged);
    QTest::keyClick(w.view, Qt::Key_Escape);
    QVERIFY(changed.isEmpty());
}

void TestPresenterMode::keepsFittingAndMaximized()
{
    Window w;
    w.window.showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    w.view->setFitToWidth(true);
    w.presenter->setActive(true);
    QVERIFY(w.window.windowState() & Qt::WindowFullScreen);
    w.presenter->setActive(false);
    QVERIFY(w.window.windowState() & Qt::WindowMaximized);
    QVERIFY(w.view->fitsToWidth()); // fitting was the user's choice: it stays
}

QTEST_MAIN(TestPresenterMode)
#include "tst_presentermode.moc"
