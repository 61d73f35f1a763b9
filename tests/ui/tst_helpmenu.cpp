// SPDX-License-Identifier: GPL-3.0-or-later
// Help › Getting Started, Keyboard Shortcuts and About from their menu entries: each dialog made once
// and raised again, not modal; the lesson beside the ladder, inside the window's right-hand part;
// About names the application and its licence.
#include "gettingstarted.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace tcpladder::ui;

namespace {

QAction *action(const MainWindow &w, const char *name)
{
    return w.findChild<QAction *>(QLatin1String(name));
}

} // namespace

class TestHelpMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_helpmenu"));
        QSettings().clear();
    }

    void gettingStartedOnceBesideTheLadder();
    void shortcutsOnce();
    void aboutNamesTheLicence();
};

void TestHelpMenu::gettingStartedOnceBesideTheLadder()
{
    MainWindow w;
    w.setGeometry(QRect(0, 30, 1200, 800));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!action(w, "actionGettingStarted")->icon().isNull()); // the start page shows it
    QVERIFY(!w.findChild<GettingStartedDialog *>());
    action(w, "actionGettingStarted")->trigger();
    const QList<GettingStartedDialog *> made = w.findChildren<GettingStartedDialog *>();
    QCOMPARE(made.size(), 1);
    GettingStartedDialog *guide = made.first();
    QVERIFY(guide->isVisible());
    QVERIFY(!guide->isModal());
    // Over the details pane at the right, at most two fifths of the window wide.
    const QRect area = w.geometry();
    QVERIFY(guide->width() <= area.width() * 2 / 5);
    QVERIFY2(guide->x() > area.center().x() && guide->x() + guide->width() <= area.right(),
             qPrintable(QStringLiteral("%1 + %2 in %3").arg(guide->x()).arg(guide->width()).arg(area.right())));

    guide->hide();
    action(w, "actionGettingStarted")->trigger();
    QCOMPARE(w.findChildren<GettingStartedDialog *>().size(), 1);
    QVERIFY(guide->isVisible());
    QCOMPARE(w.showGettingStarted(), guide);
}

void TestHelpMenu::shortcutsOnce()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    action(w, "actionKeyboardShortcuts")->trigger();
    QCOMPARE(w.findChildren<ShortcutsDialog *>().size(), 1);
    ShortcutsDialog *dialog = w.findChild<ShortcutsDialog *>();
    QVERIFY(dialog->isVisible());
    // It lists the window's own shortcuts: F6 is View › Step Through's.
    QCOMPARE(dialog->shortcutTextOf(QStringLiteral("actionStepThrough")),
             QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText));
    dialog->hide();
    action(w, "actionKeyboardShortcuts")->trigger();
    QCOMPARE(w.findChildren<ShortcutsDialog *>().size(), 1);
    QVERIFY(dialog->isVisible());
}

void TestHelpMenu::aboutNamesTheLicence()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString text;
    // About is modal: read and close it from inside its own event loop, once it is up.
    QTimer poll;
    connect(&poll, &QTimer::timeout, &poll, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            poll.stop();
            box->accept();
        }
    });
    poll.start(10);
    action(w, "actionAbout")->trigger();
    QVERIFY2(text.contains(QStringLiteral("TCP Ladder")) && text.contains(QStringLiteral("GNU GPL")), qPrintable(text));
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
