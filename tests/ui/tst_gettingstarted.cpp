// SPDX-License-Identifier: GPL-3.0-or-later
// Help › Getting Started and Help › Keyboard Shortcuts (issue 16, item 7): the lesson's claims hold
// for the bundled sample, each button does its step in the main window, the start page offers the
// lesson, and the shortcut list is the actions' own.
#include "viewssettled.h"
#include "connectionfilterproxy.h"
#include "filterbar.h"
#include "gettingstarted.h"
#include "ladderplaceholder.h"
#include "ladderview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "shots.h"
#include "tcpflags.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace tcpladder;
using testsupport::saveShot;
using ui::GettingStartedDialog;
using ui::MainWindow;

namespace {

bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

QString openFileName(const MainWindow &w)
{
    return QFileInfo(w.currentFile()).fileName();
}

} // namespace

class TestGettingStarted : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gettingstarted"));
    }
    void init() { QSettings().clear(); }
    void cleanup() { ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    // Every number and address the lesson names is what the sample holds.
    void lessonMatchesTheSample()
    {
        const auto &l = GettingStartedDialog::lesson();
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::loadFinished);
        QVERIFY(w.openSample(QLatin1String(l.sample)));
        QVERIFY(finished.wait(20000));
        QVERIFY(w.selectStream(l.stream));
        QVERIFY(viewsSettled(w));
        const auto ladder = w.currentLadder();
        QVERIFY(ladder);
        QCOMPARE(QString::fromStdString(ladder->client.ip.toString()), QLatin1String(l.clientIp));
        QCOMPARE(QString::fromStdString(ladder->server.ip.toString()), QLatin1String(l.serverIp));
        QCOMPARE(int(ladder->client.port), l.clientPort);
        QCOMPARE(int(ladder->server.port), l.serverPort);
        QCOMPARE(QString::fromStdString(ladder->hostname), QLatin1String(l.hostname));
        QVERIFY(ladder->teardownSegments);
        QCOMPARE(*ladder->teardownSegments, 3);
        const auto &rows = ladder->rows;
        QCOMPARE(int(rows.size()), l.frames - l.synFrame + 1); // the connection runs to the last frame
        const auto row = [&](int frame) -> const core::Segment & {
            for (const auto &r : rows)
                if (int(r.segment.frame) == frame)
                    return r.segment;
            static const core::Segment none;
            return none;
        };
        QCOMPARE(int(row(l.synFrame).flags), int(core::FlagSyn));
        QCOMPARE(row(l.synFrame).seq, 0u);
        QCOMPARE(int(row(l.synAckFrame).flags), int(core::FlagSyn | core::FlagAck));
        QCOMPARE(row(l.synAckFrame).seq, 0u);
        QCOMPARE(row(l.synAckFrame).ack, 1u);
        QCOMPARE(int(row(l.ackFrame).flags), int(core::FlagAck));
        QCOMPARE(row(l.ackFrame).seq, 1u);
        QCOMPARE(row(l.ackFrame).ack, 1u);
        QCOMPARE(int(row(l.finFrame).flags), int(core::FlagFin | core::FlagAck));
        QVERIFY(row(l.finFrame).direction == core::Direction::ClientToServer);
        QCOMPARE(int(row(l.peerFinFrame).flags), int(core::FlagFin | core::FlagAck));
        QVERIFY(row(l.peerFinFrame).direction == core::Direction::ServerToClient);
        QCOMPARE(row(l.peerFinFrame).ack, l.finAck);
        QCOMPARE(int(row(l.lastAckFrame).flags), int(core::FlagAck));
        QCOMPARE(row(l.lastAckFrame).ack, l.lastAck);
        // The filter the lesson types finds this connection.
        w.filterBar()->setText(GettingStartedDialog::filterText());
        QCOMPARE(w.filterBar()->state(), ui::FilterBar::State::Valid);
        QVERIFY(viewsSettled(w));
        QCOMPARE(w.connectionProxy()->rowCount(), 1);
        w.filterBar()->setText(QStringLiteral("host == \"%1\"").arg(QLatin1String(l.hostname)));
        QCOMPARE(w.filterBar()->state(), ui::FilterBar::State::Valid);
        QVERIFY(viewsSettled(w));
        QCOMPARE(w.connectionProxy()->rowCount(), 1);
    }

    void buttonsDoEachStep()
    {
        const auto &l = GettingStartedDialog::lesson();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        GettingStartedDialog *guide = w.showGettingStarted();
        QVERIFY(guide && guide->isVisible());
        QCOMPARE(w.showGettingStarted(), guide); // one lesson, raised again

        QTest::mouseClick(guide->button(GettingStartedDialog::OpenSample), Qt::LeftButton);
        QCOMPARE(openFileName(w), QLatin1String(l.sample));
        QTRY_VERIFY(!w.isLoading());
        QVERIFY(w.connectionModel());

        QTest::mouseClick(guide->button(GettingStartedDialog::TypeFilter), Qt::LeftButton);
        QCOMPARE(w.filterBar()->text(), GettingStartedDialog::filterText());
        QCOMPARE(w.filterBar()->state(), ui::FilterBar::State::Valid);
        QVERIFY(viewsSettled(w));
        QCOMPARE(w.connectionProxy()->rowCount(), 1);

        QTest::mouseClick(guide->button(GettingStartedDialog::SelectConnection), Qt::LeftButton);
        QVERIFY(viewsSettled(w));
        QVERIFY(w.currentLadder());
        QCOMPARE(w.currentLadder()->streamIndex, l.stream);
        QCOMPARE(w.ladderView()->currentRow(), 0);
        QVERIFY(!w.ladderView()->isStepping());
        QCOMPARE(int(w.currentLadder()->rows.front().segment.frame), l.synFrame);
        saveShot(&w, QStringLiteral("gettingstarted-handshake"));

        QTest::mouseClick(guide->button(GettingStartedDialog::StepToTeardown), Qt::LeftButton);
        QVERIFY(w.ladderView()->isStepping());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionStepThrough"))->isChecked());
        const int current = w.ladderView()->currentRow();
        QVERIFY(current >= 0);
        const auto &row = w.currentLadder()->rows.at(std::size_t(current));
        QVERIFY(row.analysis.phase == core::Phase::Teardown);
        QCOMPARE(int(row.segment.frame), l.peerFinFrame);
        QCOMPARE(w.ladderView()->stepThrough().revealed(), current + 1);
        saveShot(&w, QStringLiteral("gettingstarted-teardown"));

        // Space reveals the last ACK, as the text says.
        QTest::keyClick(w.ladderView(), Qt::Key_Space);
        QCOMPARE(int(w.currentLadder()->rows.at(std::size_t(w.ladderView()->currentRow())).segment.frame),
                 l.lastAckFrame);
    }

    // A later step on a fresh window does the steps it needs first: the sample loads, then the step runs.
    void laterStepCatchesUp()
    {
        const auto &l = GettingStartedDialog::lesson();
        MainWindow w;
        GettingStartedDialog *guide = w.showGettingStarted();
        QTest::mouseClick(guide->button(GettingStartedDialog::StepToTeardown), Qt::LeftButton);
        QCOMPARE(openFileName(w), QLatin1String(l.sample));
        QTRY_VERIFY(w.ladderView()->isStepping());
        QVERIFY(viewsSettled(w));
        QCOMPARE(int(w.currentLadder()->rows.at(std::size_t(w.ladderView()->currentRow())).segment.frame),
                 l.peerFinFrame);

        // A student's filter that hides the connection does not stop "Select the Connection".
        w.filterBar()->setText(QStringLiteral("tcp.port == 443"));
        QVERIFY(viewsSettled(w));
        QCOMPARE(w.connectionProxy()->rowCount(), 0);
        QTest::mouseClick(guide->button(GettingStartedDialog::SelectConnection), Qt::LeftButton);
        QVERIFY(viewsSettled(w));
        QVERIFY(!w.ladderView()->isStepping());
        QCOMPARE(w.currentLadder()->streamIndex, l.stream);
        QCOMPARE(w.ladderView()->currentRow(), 0);
    }

    void startPageOffersTheLesson()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *button = w.findChild<QToolButton *>(QStringLiteral("placeholderGettingStarted"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!w.findChild<GettingStartedDialog *>());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *guide = w.findChild<GettingStartedDialog *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
    }

    void lessonSpeaksChinese()
    {
        MainWindow w;
        GettingStartedDialog *guide = w.showGettingStarted();
        const QString english = guide->button(GettingStartedDialog::StepToTeardown)->text();
        QVERIFY(!hasHan(english));
        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
        QTRY_VERIFY(hasHan(guide->button(GettingStartedDialog::StepToTeardown)->text()));
        QVERIFY(hasHan(guide->windowTitle()));
        for (auto *label : guide->findChildren<QLabel *>()) {
            if (label->wordWrap()) // the intro and the steps; the step numbers are digits
                QVERIFY2(hasHan(label->text()), qPrintable(label->text()));
        }
        saveShot(guide, QStringLiteral("gettingstarted-zh"));
        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        QTRY_COMPARE(guide->button(GettingStartedDialog::StepToTeardown)->text(), english);
    }

    void shortcutsListsTheActions()
    {
        MainWindow w;
        ui::ShortcutsDialog *dialog = w.showKeyboardShortcuts();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->shortcutTextOf(QStringLiteral("actionStepThrough")),
                 QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText));
        QCOMPARE(dialog->shortcutTextOf(QStringLiteral("actionGettingStarted")),
                 QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText));
        QVERIFY(dialog->shortcutTextOf(QStringLiteral("actionZoomIn"))
                    .contains(QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText)));
        // Every action with a shortcut, and nothing else.
        int withKeys = 0;
        for (QAction *action : w.findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty())
                continue;
            ++withKeys;
            QVERIFY2(!dialog->shortcutTextOf(action->objectName()).isEmpty(), qPrintable(action->objectName()));
        }
        QCOMPARE(dialog->list()->topLevelItemCount(), withKeys);
        // A shortcut given later shows the next time the list is read: nothing is copied by hand.
        w.findChild<QAction *>(QStringLiteral("actionAbout"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
        dialog->rebuild();
        QCOMPARE(dialog->shortcutTextOf(QStringLiteral("actionAbout")),
                 QKeySequence(Qt::CTRL | Qt::Key_F1).toString(QKeySequence::NativeText));
        saveShot(dialog, QStringLiteral("shortcuts-en"));

        // In the current language, as the menus say it.
        QCOMPARE(ui::ShortcutsDialog::plainText(QStringLiteral("视图(&V)")), QStringLiteral("视图"));
        QCOMPARE(ui::ShortcutsDialog::plainText(QStringLiteral("&Open…")), QStringLiteral("Open"));
        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
        QTRY_VERIFY(hasHan(dialog->windowTitle()));
        auto *step = w.findChild<QAction *>(QStringLiteral("actionStepThrough"));
        QVERIFY(hasHan(step->text()));
        QTRY_VERIFY(
            !dialog->list()->findItems(ui::ShortcutsDialog::plainText(step->text()), Qt::MatchExactly, 1).isEmpty());
    }
};

QTEST_MAIN(TestGettingStarted)
#include "tst_gettingstarted.moc"
