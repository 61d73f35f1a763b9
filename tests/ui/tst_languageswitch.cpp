// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language while the window is open (issue 16, item 12): nothing stays in the old
// language (View's check items, status-bar counts, the graph dock), the title names the program
// once, the columns fit the new headers, and display-filter errors are translated too.
#include "viewssettled.h"
#include "filterbar.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "shots.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace tcpladder;
using testsupport::saveShot;
using ui::MainWindow;

namespace {

const QString Sample = QStringLiteral("web-fetch-3-segment-close.pcapng");

bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

void switchTo(MainWindow &w, const QString &language)
{
    // As a user does it: View › Language › 简体中文 / English.
    auto *action = w.findChild<QAction *>(QStringLiteral("actionLanguage_") + language);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(ui::LanguageManager::instance()->language(), language);
}

// The title the window manager shows: Qt appends the display name to a title that does not end
// with it (QPlatformWindow::formatWindowTitle).
QString shownTitle(const QWidget &w)
{
    const QString name = QGuiApplication::applicationDisplayName();
    const QString title = w.windowTitle();
    return title.endsWith(name) ? title : title + QStringLiteral(" — ") + name;
}

// The View menu's own items (the language submenu keeps each language's native name).
QStringList viewTexts(MainWindow &w)
{
    QStringList texts;
    for (QAction *action : w.findChild<QMenu *>(QStringLiteral("menuView"))->actions())
        if (!action->isSeparator() && !action->menu())
            texts << action->text();
    return texts;
}

QString label(MainWindow &w, const char *name)
{
    auto *l = w.statusBar()->findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

QString dockTitle(MainWindow &w)
{
    return w.findChild<QDockWidget *>(QStringLiteral("sequenceGraphDock"))->windowTitle();
}

// Every visible column at least as wide as its header (and contents) ask for.
QStringList cutColumns(MainWindow &w)
{
    QStringList cut;
    auto *header = w.findChild<QTableView *>(QStringLiteral("connectionTable"))->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        if (header->sectionSize(c) < header->sectionSizeHint(c))
            cut << QStringLiteral("%1 (%2 < %3)")
                       .arg(header->model()->headerData(c, Qt::Horizontal).toString())
                       .arg(header->sectionSize(c))
                       .arg(header->sectionSizeHint(c));
    }
    return cut;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
        QGuiApplication::setApplicationDisplayName(QStringLiteral("TCP Ladder")); // as main.cpp does
    }
    void init() { QSettings().clear(); }
    void cleanup() { ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void everythingFollowsTheSwitch()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Opened in Chinese, as a student with a Chinese desktop does; then to English and back.
        switchTo(w, QStringLiteral("zh_CN"));
        QSignalSpy finished(&w, &MainWindow::loadFinished);
        QVERIFY(w.openSample(Sample));
        QVERIFY(finished.wait(20000));
        QVERIFY(viewsSettled(w));
        QVERIFY(w.currentLadder());
        const QStringList chineseView = viewTexts(w);
        const QString chineseFrames = label(w, "framesStatusLabel");
        const QString chineseCount = label(w, "connectionsStatusLabel");
        for (const QString &text : chineseView)
            QVERIFY2(hasHan(text), qPrintable(text));
        QVERIFY2(hasHan(chineseFrames) && hasHan(chineseCount), qPrintable(chineseFrames + u' ' + chineseCount));
        QVERIFY2(hasHan(dockTitle(w)), qPrintable(dockTitle(w)));
        QVERIFY2(shownTitle(w).count(QStringLiteral("梯形图")) == 1
                     && !shownTitle(w).contains(QStringLiteral("Ladder")),
                 qPrintable(shownTitle(w)));
        saveShot(&w, QStringLiteral("languageswitch-zh"));

        switchTo(w, QStringLiteral("en"));
        QTRY_COMPARE(w.findChild<QMenu *>(QStringLiteral("menuView"))->title(), QStringLiteral("&View"));
        const QStringList englishView = viewTexts(w);
        QCOMPARE(englishView.size(), chineseView.size());
        for (const QString &text : englishView)
            QVERIFY2(!hasHan(text), qPrintable(text));
        QVERIFY(englishView.contains(QStringLiteral("Show TCP &States")));
        QVERIFY(englishView.contains(QStringLiteral("Step &Through")));
        QVERIFY(englishView.contains(QStringLiteral("&Graphs")));
        QCOMPARE(label(w, "framesStatusLabel"), QStringLiteral("14 frames, 12 TCP segments"));
        QCOMPARE(label(w, "connectionsStatusLabel"), QStringLiteral("1 connection"));
        QCOMPARE(dockTitle(w), QStringLiteral("Time-Sequence Graph"));
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("TCP Ladder"));
        QVERIFY2(shownTitle(w).count(QStringLiteral("TCP Ladder")) == 1 && !hasHan(shownTitle(w)),
                 qPrintable(shownTitle(w)));
        QVERIFY2(cutColumns(w).isEmpty(), qPrintable(cutColumns(w).join(QStringLiteral(", "))));
        saveShot(&w, QStringLiteral("languageswitch-en"));

        switchTo(w, QStringLiteral("zh_CN"));
        QTRY_COMPARE(viewTexts(w), chineseView);
        QCOMPARE(label(w, "framesStatusLabel"), chineseFrames);
        QCOMPARE(label(w, "connectionsStatusLabel"), chineseCount);
        QVERIFY2(cutColumns(w).isEmpty(), qPrintable(cutColumns(w).join(QStringLiteral(", "))));
        QVERIFY2(shownTitle(w).count(QStringLiteral("梯形图")) == 1
                     && !shownTitle(w).contains(QStringLiteral("Ladder")),
                 qPrintable(shownTitle(w)));
    }

    // The start title (nothing open) names the program once in either language as well.
    void emptyWindowTitle()
    {
        MainWindow w;
        switchTo(w, QStringLiteral("zh_CN"));
        QTRY_COMPARE(shownTitle(w), QStringLiteral("TCP 梯形图"));
        switchTo(w, QStringLiteral("en"));
        QTRY_COMPARE(shownTitle(w), QStringLiteral("TCP Ladder"));
    }

    // The message bar's sentence too (its file name stays as it is).
    void messageBarFollowsTheSwitch()
    {
        MainWindow w;
        w.openFile(QStringLiteral("/nonexistent/tcpladder-missing.pcapng"));
        QVERIFY2(w.messageText().startsWith(QStringLiteral("Cannot open")), qPrintable(w.messageText()));
        switchTo(w, QStringLiteral("zh_CN"));
        QTRY_VERIFY2(hasHan(w.messageText()), qPrintable(w.messageText()));
        QVERIFY(w.messageText().contains(QStringLiteral("tcpladder-missing.pcapng")));
        switchTo(w, QStringLiteral("en"));
        QTRY_VERIFY2(w.messageText().startsWith(QStringLiteral("Cannot open")), qPrintable(w.messageText()));
    }

    void filterErrorsInChinese()
    {
        MainWindow w;
        ui::FilterBar *bar = w.filterBar();
        bar->setText(QStringLiteral("ip.adr == 192.0.2.80"));
        QCOMPARE(bar->state(), ui::FilterBar::State::Invalid);
        QCOMPARE(bar->errorText(), QStringLiteral("column 1: unknown field `ip.adr` — did you mean `ip.addr`?"));
        // The error on screen follows the switch; the typed names stay as typed.
        switchTo(w, QStringLiteral("zh_CN"));
        QTRY_VERIFY2(hasHan(bar->errorText()), qPrintable(bar->errorText()));
        QVERIFY(bar->errorText().contains(QStringLiteral("`ip.adr`")));
        QVERIFY(bar->errorText().contains(QStringLiteral("`ip.addr`")));
        QVERIFY2(!bar->errorText().contains(QStringLiteral("unknown field")), qPrintable(bar->errorText()));
        QVERIFY(hasHan(bar->errorLabel()->text()));
        // A new error typed in Chinese is Chinese from the start.
        bar->setText(QStringLiteral("tcp.flags.syn == 2"));
        QVERIFY2(!bar->errorText().contains(QStringLiteral("a flag is")) && bar->errorText().contains(u'2'),
                 qPrintable(bar->errorText()));
        bar->setText(QStringLiteral("tcp.port = 80"));
        QVERIFY2(!bar->errorText().contains(QStringLiteral("to compare"))
                     && bar->errorText().contains(QStringLiteral("==")),
                 qPrintable(bar->errorText()));
        switchTo(w, QStringLiteral("en"));
        QTRY_VERIFY(!hasHan(bar->errorText()));
        QVERIFY2(bar->errorText().contains(QStringLiteral("use `==` to compare")), qPrintable(bar->errorText()));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
