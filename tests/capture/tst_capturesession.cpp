// SPDX-License-Identifier: GPL-3.0-or-later
// CaptureSession on the loopback interface: stop() only asks, stopped() comes once the worker has
// closed the spool, which then reads back whole; a discard while capturing waits for that instead
// of deleting a file still being written. Needs root or cap_net_raw; TCPLADDER_REQUIRE_LIVE=1 makes a skip fail.
#include "loopback.h"
#include "captureindex.h"
#include "capturesession.h"
#include "captureworker.h"
#include "spoolfiles.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tcpladder;
using capture::CaptureSession;
using capture::CaptureWorker;
using capture::ConnectionBatch;
using capture::LoadOutcome;
using capture::LoadStatus;
using testsupport::BulkTransfer;
using testsupport::connectTo;
using testsupport::exchangeOnce;
using testsupport::Listener;
using testsupport::liveRequired;
using testsupport::loopbackOn;

namespace {

} // namespace

class TestCaptureSession : public QObject
{
    Q_OBJECT

    // Starts and waits until the device is open (the first stats); false with the reason when it is refused.
    bool startAndWait(CaptureSession &session, quint16 port, QString &error)
    {
        QSignalSpy stats(session.worker(), &CaptureWorker::liveStats);
        QSignalSpy stopped(&session, &CaptureSession::stopped);
        if (!session.start(loopbackOn(port), error))
            return false;
        while (stats.isEmpty() && stopped.isEmpty())
            stats.wait(2000);
        if (!stopped.isEmpty()) {
            error = stopped.first().first().value<LoadOutcome>().error;
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // spools go to a test cache, not the user's
    }

    void stopIsAsynchronousAndLeavesAWholeSpool()
    {
        Listener listener;
        CaptureSession session;
        session.worker()->setBatchIntervalMs(20);
        QString error;
        if (!startAndWait(session, listener.port, error)) {
            if (liveRequired())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        const QString spool = session.spoolPath();
        QVERIFY(spool.startsWith(capture::SpoolFile::directory()));
        QCOMPARE(session.interfaceName(), QStringLiteral("lo"));

        int connections = 0;
        connect(session.worker(), &CaptureWorker::batchReady, this, [&](quint64, const ConnectionBatch &batch) {
            connections = std::max<int>(connections, static_cast<int>(batch.size()));
        });
        QSignalSpy stats(session.worker(), &CaptureWorker::liveStats);
        QVERIFY(exchangeOnce(listener));
        QTRY_COMPARE_WITH_TIMEOUT(connections, 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!stats.isEmpty() && stats.last().at(1).value<capture::LiveStats>().captured >= 7,
                                 5000);

        // Still capturing, the spool already holds every frame announced: a crash now would lose none of them.
        const quint64 announced = stats.last().at(1).value<capture::LiveStats>().captured;
        core::CaptureIndex sofar;
        std::string loadError;
        QVERIFY2(core::loadFile(spool.toStdString(), sofar, loadError) == core::LoadResult::Ok, loadError.c_str());
        QVERIFY(sofar.frames() >= announced);
        QCOMPARE(sofar.tracker().streams().size(), std::size_t(1));

        QSignalSpy stopped(&session, &CaptureSession::stopped);
        session.stop();
        // Asked, not done: the worker ends its dispatch on its own thread and closes the spool then.
        QVERIFY(session.isCapturing());
        QVERIFY(session.isStopping());
        QVERIFY(stopped.isEmpty());
        QVERIFY(stopped.wait(5000));
        QVERIFY(!session.isCapturing());
        QVERIFY(!session.isStopping());
        const auto outcome = stopped.first().first().value<LoadOutcome>();
        QCOMPARE(outcome.status, LoadStatus::Ok);
        QCOMPARE(outcome.path, spool);
        QVERIFY(outcome.frames >= 7); // three for the handshake, data and its ACK, two FINs

        // The spool is complete: every frame the worker counted reads back, without a warning.
        QVERIFY(session.hasUnsavedCapture());
        QCOMPARE(session.spoolPath(), spool);
        core::CaptureIndex reread;
        QVERIFY2(core::loadFile(spool.toStdString(), reread, loadError) == core::LoadResult::Ok, loadError.c_str());
        QVERIFY(reread.warnings().empty());
        QCOMPARE(reread.frames(), outcome.frames);
        QCOMPARE(reread.tracker().streams().size(), std::size_t(1));
        QVERIFY(capture::findOrphanedSpools().isEmpty()); // ours, locked

        session.discard();
        QVERIFY(!QFile::exists(spool));
        QVERIFY(!QFile::exists(spool + QStringLiteral(".lock")));
        QVERIFY(!session.hasUnsavedCapture());
    }

    void discardWhileCapturingWaitsForTheWorker()
    {
        Listener listener;
        CaptureSession session;
        QString error;
        if (!startAndWait(session, listener.port, error)) {
            if (liveRequired())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        const QString spool = session.spoolPath();
        BulkTransfer traffic(listener); // the worker writes the spool without pause
        QVERIFY(traffic.connected());
        QTRY_VERIFY_WITH_TIMEOUT(QFile(spool).size() > 100000, 5000);

        QSignalSpy stopped(&session, &CaptureSession::stopped);
        session.discard();
        // The worker may be in the middle of a write: the file stays until it has closed it.
        QVERIFY(QFile::exists(spool));
        QVERIFY(session.isCapturing());
        QVERIFY(stopped.wait(5000));
        traffic.stop();
        QVERIFY(stopped.first().first().value<LoadOutcome>().frames > 0);
        QVERIFY(!QFile::exists(spool));
        QVERIFY(!session.hasUnsavedCapture());
        QVERIFY(capture::findOrphanedSpools().isEmpty());
    }

    void aCaptureWithoutPacketsLeavesNoSpool()
    {
        Listener listener; // nobody connects: the filter matches nothing
        CaptureSession session;
        QString error;
        if (!startAndWait(session, listener.port, error)) {
            if (liveRequired())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        const QString spool = session.spoolPath();
        QVERIFY(QFile::exists(spool));
        QSignalSpy stopped(&session, &CaptureSession::stopped);
        session.stop();
        QVERIFY(stopped.wait(5000));
        QCOMPARE(stopped.first().first().value<LoadOutcome>().frames, quint64(0));
        QVERIFY(!session.hasUnsavedCapture());
        QVERIFY(!QFile::exists(spool));
    }

    void aSpoolCutByACrashOpensWithAWarning()
    {
        // A process killed in the middle of a write leaves a spool whose last block is partial.
        const QString whole = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close-nano.pcapng");
        core::CaptureIndex intact;
        std::string loadError;
        QVERIFY2(core::loadFile(whole.toStdString(), intact, loadError) == core::LoadResult::Ok, loadError.c_str());
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QTemporaryDir dir;
        const QString cut = dir.filePath(QStringLiteral("capture-cut-lo.pcapng"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(bytes.left(bytes.size() - 10)), bytes.size() - 10);
        out.close();

        CaptureSession session;
        QSignalSpy finished(session.worker(), &CaptureWorker::finished);
        session.worker()->openFile(cut);
        // Emitted on the worker's thread, possibly before a wait() could start: poll the spy instead.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto outcome = finished.first().at(1).value<LoadOutcome>();
        // What is whole is read; the window shows the warning ("The file loaded with warnings").
        QCOMPARE(outcome.status, LoadStatus::Ok);
        QCOMPARE(outcome.frames, intact.frames() - 1);
        QCOMPARE(outcome.warnings.size(), 1);
        QVERIFY2(outcome.warnings.first().contains(QLatin1String("truncated record")),
                 qPrintable(outcome.warnings.first()));
    }

    void openingAFileStillReportsTheStop()
    {
        Listener listener;
        CaptureSession session;
        QString error;
        if (!startAndWait(session, listener.port, error)) {
            if (liveRequired())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        int connections = 0;
        connect(session.worker(), &CaptureWorker::batchReady, this,
                [&](quint64, const ConnectionBatch &batch) { connections += static_cast<int>(batch.size()); });
        QVERIFY(exchangeOnce(listener));
        QTRY_VERIFY_WITH_TIMEOUT(connections > 0, 5000); // in the spool: superseding ends the capture at once
        QSignalSpy stopped(&session, &CaptureSession::stopped);
        QSignalSpy finished(session.worker(), &CaptureWorker::finished);
        // The same worker loads files: a file supersedes the live job, which must still say it let go.
        const quint64 fileJob =
            session.worker()->openFile(QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close-nano.pcapng"));
        QVERIFY(stopped.wait(5000));
        QVERIFY(!session.isCapturing());
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(finished.cbegin(), finished.cend(),
                        [&](const QList<QVariant> &args) { return args.first().toULongLong() == fileJob; }),
            5000);
        const QString spool = session.spoolPath();
        QVERIFY(session.hasUnsavedCapture());

        // Saved as pcapng: a copy that reads back the same, and the spool is gone.
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("kept.pcapng"));
        QVERIFY2(session.saveTo(saved, error), qPrintable(error));
        QVERIFY(!QFile::exists(spool));
        QVERIFY(!session.hasUnsavedCapture());
        core::CaptureIndex reread;
        std::string loadError;
        QVERIFY2(core::loadFile(saved.toStdString(), reread, loadError) == core::LoadResult::Ok, loadError.c_str());
        QCOMPARE(reread.frames(), stopped.first().first().value<LoadOutcome>().frames);
        QVERIFY(!session.saveTo(saved, error)); // nothing left to save
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaptureSession)
#include "tst_capturesession.moc"
