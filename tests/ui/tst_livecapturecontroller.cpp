// SPDX-License-Identifier: GPL-3.0-or-later
// LiveCaptureController without the main window: a real capture on `lo` of a connection this test
// makes, what the status bar, the title and the message bar say while it runs and after it stopped
// (packet counts checked against tshark's reading of the spool), the asynchronous close (asked again
// only once the spool is closed), a failed capture, and a crashed session's spools offered, discarded,
// recovered and saved. Live parts need root or cap_net_raw; TCPLADDER_REQUIRE_LIVE=1 fails a skip.
#include "loopback.h"
#include "messagebarwindow.h"
#include "tsharkfields.h"

#include "capturesession.h"
#include "capturestatusbar.h"
#include "captureworker.h"
#include "languagemanager.h"
#include "livecapturecontroller.h"
#include "livesource.h"
#include "messagebar.h"
#include "spoolfiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace tcpladder;
using testsupport::connectTo;
using testsupport::exchangeOnce;
using testsupport::Listener;
using testsupport::liveRequired;
using testsupport::loopbackOn;
using ui::CaptureStatusBar;
using ui::LiveCaptureController;

namespace {

QString labelText(CaptureStatusBar *bar, const char *name)
{
    auto *label = bar->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

// What the window gives the controller: a status bar, a message bar, two actions; the title it is
// told to show is kept here.
struct Window
{
    QMainWindow window;
    CaptureStatusBar *statusBar = new CaptureStatusBar;
    QLabel *messageLabel = new QLabel;
    ui::MessageBar *messages;
    QAction captureAction;
    QAction stopAction;
    capture::CaptureSession session; // before the window goes, as in MainWindow: the worker stops first
    LiveCaptureController *controller;
    LiveCaptureController::TextMaker title;

    Window()
    {
        messages = testsupport::installMessageBar(window, messageLabel);
        window.setStatusBar(statusBar);
        controller = new LiveCaptureController(&session, statusBar, messages, &window);
        controller->setActions(&captureAction, &stopAction);
        QObject::connect(controller, &LiveCaptureController::titleChanged,
                         [this](const LiveCaptureController::TextMaker &make) { title = make; });
        window.show();
    }
    ~Window() { delete controller; } // before the session it listens to

    QString titleText() const { return title ? title() : QString(); }
};

// Waits until the capture runs (its first statistics); false when it ended instead (no permission).
bool waitUntilCapturing(Window &w, QSignalSpy &finished)
{
    return QTest::qWaitFor(
               [&] { return w.statusBar->captureText().contains(QLatin1String("packets")) || !finished.isEmpty(); },
               10000)
        && finished.isEmpty();
}

// An orphaned spool made of a capture a real TCP stack wrote, last modified `daysAgo`.
QString plantOrphan(const QString &name, const char *source, int daysAgo)
{
    const QString path = QDir(capture::SpoolFile::directory()).filePath(name);
    if (!QFile::copy(QString::fromLatin1(source), path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)
        || !file.setFileTime(QDateTime::currentDateTime().addDays(-daysAgo), QFileDevice::FileModificationTime))
        return {};
    return path;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLiveCaptureController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // spools go to a test cache, not the user's
        QCoreApplication::setOrganizationName(QStringLiteral("tcpladder-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_livecapturecontroller"));
        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
    }
    void init()
    {
        QDir(capture::SpoolFile::directory()).removeRecursively();
        QVERIFY(QDir().mkpath(capture::SpoolFile::directory()));
    }
    void cleanup() { ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    // Stop has Qt's own icon where the theme has none: the tool bar never shows an empty button.
    void actionsHaveIcons()
    {
        Window w;
        QVERIFY(!w.stopAction.icon().isNull());
        QVERIFY(QIcon::hasThemeIcon(QStringLiteral("media-record")) == !w.captureAction.icon().isNull());
    }

    void capturesStopsAndSaves()
    {
        if (!testsupport::haveTshark())
            TCPLADDER_TSHARK_MISSING();
        Listener listener;
        Window w;
        QSignalSpy started(w.controller, &LiveCaptureController::started);
        QSignalSpy stopped(w.controller, &LiveCaptureController::stopped);
        QSignalSpy finished(w.controller, &LiveCaptureController::finished);
        QVERIFY(w.controller->start(loopbackOn(listener.port)));
        QCOMPARE(started.size(), 1);
        const QString spool = started.first().first().toString();
        QCOMPARE(spool, w.controller->spoolPath());
        QVERIFY(QFile::exists(spool));
        QCOMPARE(w.statusBar->fileText(), QStringLiteral("Live: lo"));
        QCOMPARE(w.titleText(), QStringLiteral("Capturing on lo — TCP Ladder"));
        QCOMPARE(w.statusBar->captureText(), QStringLiteral("Capturing on lo…"));
        QVERIFY(!w.captureAction.isEnabled());
        QVERIFY(w.stopAction.isEnabled());
        if (!waitUntilCapturing(w, finished)) {
            if (liveRequired())
                QFAIL(qPrintable(w.messages->text()));
            QSKIP(qPrintable(w.messages->text()));
        }
        QVERIFY(w.statusBar->captureText().startsWith(QLatin1String("Capturing on lo: ")));

        // Stopped once the worker has counted the whole exchange: three for the handshake, data and its
        // ACK, two FINs.
        QSignalSpy stats(w.session.worker(), &capture::CaptureWorker::liveStats);
        QVERIFY(exchangeOnce(listener));
        QTRY_VERIFY_WITH_TIMEOUT(!stats.isEmpty() && stats.last().at(1).value<capture::LiveStats>().captured >= 7,
                                 5000);
        const quint64 counted = stats.last().at(1).value<capture::LiveStats>().captured;
        QTRY_VERIFY(w.statusBar->captureText().startsWith(
            QStringLiteral("Capturing on lo: %1 packets, 0 dropped, 0:").arg(counted)));
        w.stopAction.trigger();
        // Asked, not yet stopped: the worker still writes the spool.
        QVERIFY(w.controller->isCapturing());
        QVERIFY(!w.stopAction.isEnabled());
        QVERIFY(finished.wait(10000));
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!w.controller->isCapturing());
        QVERIFY(w.controller->hasUnsavedCapture());
        QVERIFY(w.captureAction.isEnabled());

        // The counts are what tshark reads in the closed spool.
        const auto frames = testsupport::tsharkFields(spool, QStringLiteral("frame")).size();
        const auto segments = testsupport::tsharkFields(spool, QStringLiteral("tcp")).size();
        QVERIFY2(frames >= 7, qPrintable(QString::number(frames))); // 3-way handshake, the request, 2 FINs, ACKs
        QCOMPARE(w.statusBar->captureText(), QStringLiteral("Captured on lo: %1 packets, 0 dropped").arg(frames));
        QCOMPARE(labelText(w.statusBar, "framesStatusLabel"),
                 QStringLiteral("%1 frames, %2 TCP segments").arg(frames).arg(segments));
        QCOMPARE(w.statusBar->fileText(), QStringLiteral("Capture on lo (unsaved)"));
        QCOMPARE(w.titleText(), QStringLiteral("Capture on lo (unsaved) — TCP Ladder"));
        QCOMPARE(w.statusBar->currentMessage(), QStringLiteral("Capture stopped. File › Save Capture As… keeps it."));

        // In Chinese, the texts made from the capture follow.
        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
        QTRY_COMPARE(w.statusBar->fileText(), QStringLiteral("lo 上的抓包（未保存）"));
        QCOMPARE(w.statusBar->captureText(), QStringLiteral("在 lo 上抓到 %1 个数据包，丢弃 0 个").arg(frames));
        QCOMPARE(w.titleText(), QStringLiteral("lo 上的抓包（未保存）— TCP 梯形图"));
        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));

        // Saved as pcap: converted, so the window must load it afresh; the spool is gone.
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("saved.pcap"));
        QSignalSpy saved(w.controller, &LiveCaptureController::saved);
        QString error;
        QVERIFY2(w.controller->saveTo(target, &error), qPrintable(error));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(0).toString(), target);
        QCOMPARE(saved.first().at(1).toBool(), true);
        QVERIFY(!w.controller->hasUnsavedCapture());
        QVERIFY(!QFile::exists(spool));
        QCOMPARE(contents(target).left(4), QByteArray("\xd4\xc3\xb2\xa1", 4)); // little-endian µs pcap
        QCOMPARE(testsupport::tsharkFields(target, QStringLiteral("frame")).size(), frames);
        QCOMPARE(w.statusBar->captureText(), QString());
        QCOMPARE(w.statusBar->currentMessage(), QStringLiteral("Saved %1").arg(QDir::toNativeSeparators(target)));
    }

    void closingWhileCapturingAsksOnceStopped()
    {
        Listener idle; // nobody connects: the capture stays empty
        Window w;
        QSignalSpy finished(w.controller, &LiveCaptureController::finished);
        QVERIFY(w.controller->start(loopbackOn(idle.port)));
        int guardAsked = 0; // from here on (start() asked it too, as it replaces what is shown)
        w.controller->setCloseGuard([&guardAsked](const std::function<void()> &) {
            ++guardAsked;
            return true;
        });
        const QString spool = w.controller->spoolPath();
        if (!waitUntilCapturing(w, finished)) {
            if (liveRequired())
                QFAIL(qPrintable(w.messages->text()));
            QSKIP(qPrintable(w.messages->text()));
        }

        int retried = 0;
        bool capturingAtRetry = true;
        bool spoolAtRetry = true;
        bool closeAtRetry = false;
        QVERIFY(!w.controller->confirmClose([&] {
            ++retried;
            capturingAtRetry = w.controller->isCapturing();
            spoolAtRetry = QFile::exists(spool);
            closeAtRetry = w.controller->confirmClose({});
        }));
        // Not yet: the worker has not closed the spool.
        QCOMPARE(retried, 0);
        QVERIFY(w.controller->isCapturing());
        QVERIFY(!w.stopAction.isEnabled());
        QVERIFY(finished.wait(10000));
        QCOMPARE(retried, 1);
        QVERIFY(!capturingAtRetry);
        QVERIFY(!spoolAtRetry); // no packets: the session dropped the empty spool
        // Nothing of the capture to ask about: the window's own question (the notes) answers.
        QVERIFY(closeAtRetry);
        QCOMPARE(guardAsked, 1);
        QCOMPARE(w.statusBar->captureText(), QString());
        QCOMPARE(w.statusBar->fileText(), QString());
        QCOMPARE(w.titleText(), QString());
        QCOMPARE(w.messages->text(),
                 QStringLiteral("The capture on lo ended without packets: nothing matched the "
                                "capture filter, or there was no traffic."));
    }

    void failedCaptureSaysSo()
    {
        Window w;
        QSignalSpy finished(w.controller, &LiveCaptureController::finished);
        core::LiveOptions options;
        options.interfaceName = "tcpladder-no-such-if0";
        QVERIFY(w.controller->start(options));
        QCOMPARE(w.statusBar->fileText(), QStringLiteral("Live: tcpladder-no-such-if0"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!w.controller->isCapturing());
        QVERIFY(!w.controller->hasUnsavedCapture());
        // Nothing claims a capture that never ran.
        QCOMPARE(w.statusBar->fileText(), QStringLiteral("Capture on tcpladder-no-such-if0 failed"));
        QCOMPARE(w.statusBar->captureText(), QString());
        QCOMPARE(w.titleText(), QString());
        QVERIFY2(w.messages->text().startsWith(QLatin1String("Cannot capture on tcpladder-no-such-if0: ")),
                 qPrintable(w.messages->text()));
        QVERIFY(w.captureAction.isEnabled());
        QVERIFY(!w.stopAction.isEnabled());

        QVERIFY(ui::LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
        QTRY_COMPARE(w.statusBar->fileText(), QStringLiteral("在 tcpladder-no-such-if0 上抓包失败"));
    }

    void offersDiscardsAndRecoversCrashedSpools()
    {
        const QString older = plantOrphan(QStringLiteral("capture-20240101-120000-lo.pcapng"),
                                          TCPLADDER_TEST_DATA_DIR "/client-close-nano.pcapng", 2);
        const QString newer = plantOrphan(QStringLiteral("capture-20240102-120000-lo.pcapng"),
                                          TCPLADDER_TEST_DATA_DIR "/client-close-nano.pcapng", 1);
        QVERIFY(!older.isEmpty() && !newer.isEmpty());

        Window w;
        w.controller->offerOrphanedSpools();
        QVERIFY2(w.messages->text().contains(QLatin1String("never saved (capture-20240102-120000-lo.pcapng, ")),
                 qPrintable(w.messages->text()));
        QVERIFY(w.messages->text().endsWith(QLatin1String(" (and 1 more, offered one after another)")));

        // Discard it: the newest goes, and the other one is offered.
        emit w.messageLabel->linkActivated(QStringLiteral("discard"));
        QVERIFY(!QFile::exists(newer));
        QVERIFY(QFile::exists(older));
        QVERIFY2(w.messages->text().contains(QLatin1String("never saved (capture-20240101-120000-lo.pcapng, ")),
                 qPrintable(w.messages->text()));
        QVERIFY(!w.messages->text().contains(QLatin1String("more")));

        // Open it: the window is asked to load it, and this session owns it as an unsaved capture.
        QSignalSpy open(w.controller, &LiveCaptureController::openRequested);
        emit w.messageLabel->linkActivated(QStringLiteral("open"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), older);
        QVERIFY(w.controller->hasUnsavedCapture());
        QCOMPARE(w.controller->spoolPath(), older);
        QVERIFY(capture::findOrphanedSpools().isEmpty());
        QCOMPARE(w.messages->text(), QString());
        QCOMPARE(w.titleText(), QStringLiteral("capture-20240101-120000-lo.pcapng (recovered, unsaved) — TCP Ladder"));

        // Saved as pcapng: a byte copy the window keeps showing (no reload).
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("recovered.pcapng"));
        QSignalSpy saved(w.controller, &LiveCaptureController::saved);
        QString error;
        QVERIFY2(w.controller->saveTo(target, &error), qPrintable(error));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(0).toString(), target);
        QCOMPARE(saved.first().at(1).toBool(), false);
        QCOMPARE(contents(target), contents(QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close-nano.pcapng")));
        QVERIFY(!QFile::exists(older));
        QVERIFY(!w.controller->hasUnsavedCapture());
    }
};

QTEST_MAIN(TestLiveCaptureController)
#include "tst_livecapturecontroller.moc"
