// SPDX-License-Identifier: GPL-3.0-or-later
// The worker's live mode on the loopback interface: a connection made by this test's own sockets
// must reach the GUI side through batches (open=complete, close=fin, the right flags), and the
// spool must read back the same. Needs root or cap_net_raw; TCPLADDER_REQUIRE_LIVE=1 makes a skip fail.
#include "loopback.h"
#include "captureindex.h"
#include "captureworker.h"
#include "tcpflags.h"

#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace tcpladder;
using capture::CaptureWorker;
using capture::ConnectionBatch;
using capture::LiveStats;
using capture::LoadOutcome;
using capture::LoadStatus;
using testsupport::BulkTransfer;
using testsupport::connectTo;
using testsupport::Listener;
using testsupport::liveRequired;

namespace {

// A worker on its own thread, as the main window runs it, with everything it says recorded.
struct LiveRun
{
    QThread thread;
    CaptureWorker *worker = new CaptureWorker;
    QMap<quint32, capture::ConnectionSummary> latest; // the model's view: last summary per stream
    int batches = 0;
    QList<LiveStats> stats;
    std::optional<LoadOutcome> outcome;

    LiveRun()
    {
        worker->setBatchIntervalMs(50);
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QObject::connect(
            worker, &CaptureWorker::batchReady, worker,
            [this](quint64, const ConnectionBatch &batch) {
                ++batches;
                for (const auto &s : batch)
                    latest[s.stream] = s;
            },
            Qt::DirectConnection);
        thread.start();
    }
    ~LiveRun()
    {
        worker->cancel();
        thread.quit();
        thread.wait();
    }
};

// Starts a capture and waits for it to be running; false (with the reason) when it cannot open.
bool startOn(LiveRun &run, QSignalSpy &finished, quint16 port, const QString &spool, QString &error)
{
    core::LiveOptions options;
    options.interfaceName = "lo";
    options.filter = "tcp port " + std::to_string(port);
    QSignalSpy statsSpy(run.worker, &CaptureWorker::liveStats);
    run.worker->startLive(options, spool);
    // The first stats arrive after the first dispatch, i.e. once the device is open and filtered.
    while (statsSpy.isEmpty() && finished.isEmpty())
        statsSpy.wait(2000);
    if (!finished.isEmpty()) {
        error = finished.first().at(1).value<LoadOutcome>().error;
        return false;
    }
    return true;
}

} // namespace

class TestLiveCaptureWorker : public QObject
{
    Q_OBJECT

private slots:
    void liveConnectionReachesTheModelAndTheSpool()
    {
        Listener listener;
        QTemporaryDir dir;
        const QString spool = dir.filePath("live.pcapng");
        LiveRun run;
        QSignalSpy finished(run.worker, &CaptureWorker::finished);
        QSignalSpy stats(run.worker, &CaptureWorker::liveStats);
        QString error;
        if (!startOn(run, finished, listener.port, spool, error)) {
            if (liveRequired())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        QCOMPARE(run.worker->currentPath(), spool);
        QVERIFY(run.worker->isLive());

        const int client = connectTo(listener.port);
        QVERIFY(client >= 0);
        const int server = ::accept(listener.fd, nullptr, nullptr);
        QVERIFY(server >= 0);
        QCOMPARE(::send(client, "GET / HTTP/1.0\r\n\r\n", 18, 0), ssize_t(18));
        char buffer[64];
        QCOMPARE(::recv(server, buffer, sizeof buffer, 0), ssize_t(18));
        QCOMPARE(::send(server, "hello", 5, 0), ssize_t(5));
        QCOMPARE(::recv(client, buffer, sizeof buffer, 0), ssize_t(5));
        ::close(client);
        QCOMPARE(::recv(server, buffer, sizeof buffer, 0), ssize_t(0));
        ::close(server);

        // While it runs: the connection shows up from batches alone, closed, without stopping.
        QTRY_VERIFY_WITH_TIMEOUT(!run.latest.isEmpty() && run.latest.first().close == core::CloseKind::Fin, 5000);
        QVERIFY(finished.isEmpty());
        const auto ladderWhileRunning = run.worker->ladderFor(run.latest.firstKey());
        QVERIFY(ladderWhileRunning.has_value());

        run.worker->stopLive();
        QVERIFY(finished.wait(5000) || !finished.isEmpty());
        const auto outcome = finished.first().at(1).value<LoadOutcome>();
        QCOMPARE(outcome.status, LoadStatus::Ok);
        QVERIFY(outcome.live);
        QCOMPARE(outcome.path, spool);
        QCOMPARE(outcome.connections, quint64(1));
        QVERIFY(!stats.isEmpty());
        const auto lastStats = stats.last().at(1).value<LiveStats>();
        QCOMPARE(lastStats.captured, outcome.frames);
        QCOMPARE(lastStats.dropped, quint64(0));

        QCOMPARE(run.latest.size(), 1);
        const auto summary = run.latest.first();
        QCOMPARE(summary.serverPort, listener.port);
        QCOMPARE(summary.serverIp, QStringLiteral("127.0.0.1"));
        QCOMPARE(core::toString(summary.open), std::string_view("complete"));
        QCOMPARE(core::toString(summary.close), std::string_view("fin"));
        QCOMPARE(summary.firstFin, 0); // the client closed first
        QCOMPARE(summary.bytesClientToServer, quint64(18));
        QCOMPARE(summary.bytesServerToClient, quint64(5));
        QCOMPARE(summary.segments, outcome.tcpSegments);

        const auto ladder = run.worker->ladderFor(summary.stream);
        QVERIFY(ladder.has_value());
        QVERIFY(ladder->rows.size() >= 8);
        QCOMPARE(core::flagsToString(ladder->rows[0].segment.flags), std::string("SYN"));
        QCOMPARE(core::flagsToString(ladder->rows[1].segment.flags), std::string("SYN, ACK"));
        QCOMPARE(core::flagsToString(ladder->rows[2].segment.flags), std::string("ACK"));
        QVERIFY(ladder->rows[3].segment.flags & core::FlagPsh);
        int fins = 0;
        for (const auto &row : ladder->rows)
            fins += (row.segment.flags & core::FlagFin) ? 1 : 0;
        QCOMPARE(fins, 2);

        // The spool is a pcapng the file path reads with the same result, offsets included.
        core::CaptureIndex reread;
        std::string loadError;
        QVERIFY2(core::loadFile(spool.toStdString(), reread, loadError) == core::LoadResult::Ok, loadError.c_str());
        QVERIFY(reread.warnings().empty());
        QCOMPARE(reread.frames(), outcome.frames);
        QCOMPARE(reread.tracker().streams().size(), std::size_t(1));
        const auto again = core::buildConnectionLadder(reread.tracker().streams().front(), reread.tracker().segments());
        QVERIFY(again.open == ladder->open);
        QVERIFY(again.close == ladder->close);
        QCOMPARE(again.rows.size(), ladder->rows.size());
        for (std::size_t i = 0; i < again.rows.size(); ++i) {
            QCOMPARE(again.rows[i].segment.flags, ladder->rows[i].segment.flags);
            QCOMPARE(again.rows[i].segment.seq, ladder->rows[i].segment.seq);
            QCOMPARE(again.rows[i].segment.fileOffset, ladder->rows[i].segment.fileOffset);
        }
        // ...and the details pane can re-read any frame by the offset the live ladder holds.
        std::vector<std::uint8_t> bytes;
        int linkType = 0;
        const auto &last = ladder->rows.back().segment;
        QVERIFY2(
            core::FileSource::readFrameAt(spool.toStdString(), last.fileOffset, last.frame, bytes, linkType, loadError),
            loadError.c_str());
        QVERIFY(bytes.size() >= 54);
    }

    void invalidFilterIsAnErrorSignal()
    {
        QTemporaryDir dir;
        LiveRun run;
        QSignalSpy finished(run.worker, &CaptureWorker::finished);
        core::LiveOptions options;
        options.interfaceName = "lo";
        options.filter = "tcp port eighty";
        run.worker->startLive(options, dir.filePath("bad.pcapng"));
        QVERIFY(finished.wait(5000));
        const auto outcome = finished.first().at(1).value<LoadOutcome>();
        QCOMPARE(outcome.status, LoadStatus::Failed);
        QVERIFY(outcome.live);
        QCOMPARE(outcome.frames, quint64(0));
        if (!liveRequired() && outcome.error.contains(QLatin1String("permission")))
            QSKIP("no capture permission");
        QVERIFY2(outcome.error.contains(QLatin1String("Invalid capture filter")), qPrintable(outcome.error));
    }

    void missingInterfaceIsNamed()
    {
        QTemporaryDir dir;
        LiveRun run;
        QSignalSpy finished(run.worker, &CaptureWorker::finished);
        core::LiveOptions options;
        options.interfaceName = "nosuchif0";
        run.worker->startLive(options, dir.filePath("none.pcapng"));
        QVERIFY(finished.wait(5000));
        const auto outcome = finished.first().at(1).value<LoadOutcome>();
        QCOMPARE(outcome.status, LoadStatus::Failed);
        QVERIFY2(outcome.error.contains(QLatin1String("nosuchif0")), qPrintable(outcome.error));
    }

    void stopMidTransferLeavesAReadableSpool()
    {
        Listener listener;
        QTemporaryDir dir;
        const QString spool = dir.filePath("stopped.pcapng");
        LiveRun run;
        QSignalSpy finished(run.worker, &CaptureWorker::finished);
        QString error;
        if (!startOn(run, finished, listener.port, spool, error)) {
            if (liveRequired())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        BulkTransfer transfer(listener);
        QVERIFY(transfer.connected());
        QTRY_VERIFY_WITH_TIMEOUT(run.batches >= 2, 10000); // batched while it runs
        run.worker->stopLive();                            // mid-transfer
        const bool ended = finished.wait(5000) || !finished.isEmpty();
        transfer.stop();
        QVERIFY(ended);
        const auto outcome = finished.first().at(1).value<LoadOutcome>();
        QCOMPARE(outcome.status, LoadStatus::Ok);
        QVERIFY(outcome.frames > 10);
        QVERIFY(run.batches >= 2); // batched while it ran, not only at the end

        core::CaptureIndex reread;
        std::string loadError;
        QVERIFY(core::loadFile(spool.toStdString(), reread, loadError) == core::LoadResult::Ok);
        QVERIFY(reread.warnings().empty());
        QCOMPARE(reread.frames(), outcome.frames);
    }

    void openingAFileSupersedesALiveCapture()
    {
        Listener listener;
        QTemporaryDir dir;
        LiveRun run;
        QSignalSpy finished(run.worker, &CaptureWorker::finished);
        QString error;
        if (!startOn(run, finished, listener.port, dir.filePath("superseded.pcapng"), error)) {
            if (liveRequired())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(error));
        }
        const quint64 liveJob = run.worker->currentJob();
        const quint64 fileJob = run.worker->openFile(QStringLiteral(TCPLADDER_TEST_DATA_DIR "/client-close.pcap"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000); // the capture ended, then the file loaded
        QCOMPARE(finished.at(0).at(0).toULongLong(), liveJob);
        QCOMPARE(finished.at(1).at(0).toULongLong(), fileJob);
        QVERIFY(!run.worker->isLive());
    }
};

QTEST_GUILESS_MAIN(TestLiveCaptureWorker)
#include "tst_livecaptureworker.moc"
