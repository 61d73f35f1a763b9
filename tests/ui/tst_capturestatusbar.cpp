// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's status bar on its own: the counts in English and, after a switch (as View ›
// Language does it), in Chinese; texts made from data are made again; the progress bar and Cancel.
// The expected Chinese is the reviewed catalogue's (resources/translations/tcpladder_zh_CN.ts).
#include "capturestatusbar.h"
#include "languagemanager.h"

#include <QLabel>
#include <QMainWindow>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using tcpladder::ui::CaptureStatusBar;
using tcpladder::ui::LanguageManager;

namespace {

QString labelText(CaptureStatusBar *bar, const char *name)
{
    auto *label = bar->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

// A window around the bar, shown: a language switch reaches shown windows at once.
struct ShownBar
{
    QMainWindow window;
    CaptureStatusBar *bar = new CaptureStatusBar;
    ShownBar()
    {
        window.setStatusBar(bar);
        window.resize(900, 200);
        window.show();
    }
};

} // namespace

class TestCaptureStatusBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_capturestatusbar"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
    }
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void countsInEnglish()
    {
        ShownBar shown;
        CaptureStatusBar *bar = shown.bar;
        QCOMPARE(labelText(bar, "fileStatusLabel"), QString());
        bar->setFrameCounts(14, 12);
        QCOMPARE(labelText(bar, "framesStatusLabel"), QStringLiteral("14 frames, 12 TCP segments"));
        bar->clearFrameCounts();
        QCOMPARE(labelText(bar, "framesStatusLabel"), QString());
        bar->setConnectionCounts(1, 1);
        QCOMPARE(labelText(bar, "connectionsStatusLabel"), QStringLiteral("1 connection"));
        bar->setConnectionCounts(5, 5);
        QCOMPARE(labelText(bar, "connectionsStatusLabel"), QStringLiteral("5 connections"));
        bar->setConnectionCounts(5, 3); // a filter hides two
        QCOMPARE(labelText(bar, "connectionsStatusLabel"), QStringLiteral("3 of 5 connections"));
        bar->setFileText([] { return QStringLiteral("reset.pcapng"); });
        QCOMPARE(bar->fileText(), QStringLiteral("reset.pcapng"));
        bar->setFileText({});
        QCOMPARE(bar->fileText(), QString());
    }

    void captureLabelShowsOnlyWithAText()
    {
        ShownBar shown;
        CaptureStatusBar *bar = shown.bar;
        auto *label = bar->findChild<QLabel *>(QStringLiteral("captureStatusLabel"));
        QVERIFY(label);
        QVERIFY(!label->isVisible());
        QCOMPARE(bar->captureText(), QString());
        bar->setCaptureText([] { return QStringLiteral("Capturing on lo…"); },
                            [] { return QStringLiteral("Spooled to /tmp/x"); });
        QVERIFY(label->isVisible());
        QCOMPARE(bar->captureText(), QStringLiteral("Capturing on lo…"));
        QCOMPARE(label->toolTip(), QStringLiteral("Spooled to /tmp/x"));
        bar->hideCaptureText();
        QVERIFY(!label->isVisible());
        QCOMPARE(bar->captureText(), QString());
        QCOMPARE(label->toolTip(), QString());
    }

    void progressWithCancel()
    {
        ShownBar shown;
        CaptureStatusBar *bar = shown.bar;
        auto *progress = bar->findChild<QProgressBar *>();
        auto *cancel = bar->findChild<QPushButton *>();
        QVERIFY(progress && cancel);
        QVERIFY(!progress->isVisible() && !cancel->isVisible());

        bar->showProgress();
        QVERIFY(progress->isVisible() && cancel->isVisible());
        QCOMPARE(progress->value(), 0);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        QCOMPARE(progress->text(), QStringLiteral("Loading… 0%"));
        bar->setProgress(1, 4);
        QCOMPARE(progress->text(), QStringLiteral("Loading… 25%"));
        bar->setProgress(2, 3); // 66.6…%: the bar shows what has been read, not more
        QCOMPARE(progress->text(), QStringLiteral("Loading… 66%"));
        bar->setProgress(7, 0); // no size known: the bar stays where it was
        QCOMPARE(progress->text(), QStringLiteral("Loading… 66%"));

        QSignalSpy cancelled(bar, &CaptureStatusBar::cancelRequested);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        bar->hideProgress();
        QVERIFY(!progress->isVisible() && !cancel->isVisible());
    }

    void textsFollowTheLanguage()
    {
        ShownBar shown;
        CaptureStatusBar *bar = shown.bar;
        bar->setFrameCounts(14, 12);
        bar->setConnectionCounts(5, 3);
        int fileMade = 0;
        int toolTipMade = 0;
        bar->setFileText([&fileMade] { return QStringLiteral("file %1").arg(++fileMade); });
        bar->setCaptureText([] { return QStringLiteral("capturing"); },
                            [&toolTipMade] { return QStringLiteral("tip %1").arg(++toolTipMade); });
        bar->showProgress();
        auto *progress = bar->findChild<QProgressBar *>();
        auto *cancel = bar->findChild<QPushButton *>();
        auto *captureLabel = bar->findChild<QLabel *>(QStringLiteral("captureStatusLabel"));
        QCOMPARE(bar->fileText(), QStringLiteral("file 1"));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
        QTRY_COMPARE(labelText(bar, "framesStatusLabel"), QStringLiteral("14 帧，12 个 TCP 报文段"));
        QCOMPARE(labelText(bar, "connectionsStatusLabel"), QStringLiteral("3 / 5 个连接"));
        QCOMPARE(cancel->text(), QStringLiteral("取消"));
        QCOMPARE(cancel->toolTip(), QStringLiteral("停止加载；已读取的内容会保留"));
        QCOMPARE(progress->text(), QStringLiteral("正在加载… 0%"));
        // Texts made from data are made again, their tooltips too.
        QCOMPARE(bar->fileText(), QStringLiteral("file 2"));
        QCOMPARE(captureLabel->toolTip(), QStringLiteral("tip 2"));
        // A count set while in Chinese is in Chinese.
        bar->setConnectionCounts(1, 1);
        QCOMPARE(labelText(bar, "connectionsStatusLabel"), QStringLiteral("1 个连接"));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        QTRY_COMPARE(labelText(bar, "framesStatusLabel"), QStringLiteral("14 frames, 12 TCP segments"));
        QCOMPARE(labelText(bar, "connectionsStatusLabel"), QStringLiteral("1 connection"));
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        QCOMPARE(bar->fileText(), QStringLiteral("file 3"));
    }

    // The texts a switch makes again already write numbers the new language's way: the locale changes
    // before the translators announce the switch. (Chinese groups thousands with a comma; the English
    // side is the system's convention, which LanguageManager keeps.)
    void numbersFollowTheLanguageAtTheSwitch()
    {
        ShownBar shown;
        CaptureStatusBar *bar = shown.bar;
        bar->setFrameCounts(123456, 65432);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
        QTRY_COMPARE(labelText(bar, "framesStatusLabel"), QStringLiteral("123,456 帧，65,432 个 TCP 报文段"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        const QLocale system = QLocale::system();
        QTRY_COMPARE(labelText(bar, "framesStatusLabel"),
                     QStringLiteral("%1 frames, %2 TCP segments").arg(system.toString(123456), system.toString(65432)));
    }
};

QTEST_MAIN(TestCaptureStatusBar)
#include "tst_capturestatusbar.moc"
