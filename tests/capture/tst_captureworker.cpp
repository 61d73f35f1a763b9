// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureworker.h"

#include "longcapture.h"
#include "testcaptures.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tcpladder;
using capture::CaptureWorker;
using capture::ConnectionBatch;
using capture::LoadOutcome;
using capture::LoadStatus;
using testsupport::pickCapture;
using testsupport::writeRepeated;

namespace {

// tshark is the independent oracle: one line per TCP frame with its tcp.stream.
QList<int> tsharkStreams(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("tshark"),
            {QStringLiteral("-r"), path, QStringLiteral("-Y"), QStringLiteral("tcp"), QStringLiteral("-T"),
             QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("tcp.stream")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QList<int> streams;
    for (const auto &line : p.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            streams << line.trimmed().toInt();
    }
    return streams;
}

} // namespace

class TestCaptureWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsRealCapture();
    void batchesArriveWhileLoading();
    void cancelMidLoad();
    void secondOpenCancelsFirst();
    void ladderForDoesNotWaitForTheWholeLoad();
    void missingFileFails();

private:
    QString m_capture;
    QList<int> m_tsharkStreams;
    QTemporaryDir m_dir;
    QString m_bigFile;
    QThread *m_thread = nullptr;
    CaptureWorker *m_worker = nullptr;
};

void TestCaptureWorker::initTestCase()
{
    m_capture = pickCapture();
    if (m_capture.isEmpty())
        QFAIL("committed test data missing: no capture in tests/data");
    m_tsharkStreams = tsharkStreams(m_capture);
    if (testsupport::kOracleRequired)
        QVERIFY2(!m_tsharkStreams.isEmpty(), "tshark could not read the capture");
    QVERIFY(m_dir.isValid());
    m_bigFile = m_dir.filePath(QStringLiteral("big.pcap"));
    // ~600k frames (~40 ms to index in a release build on an idle core): long enough that a cancel
    // sent after the first progress report lands part way through.
    QVERIFY(writeRepeated(m_capture, m_bigFile, 600000));
}

void TestCaptureWorker::init()
{
    m_thread = new QThread;
    m_worker = new CaptureWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void TestCaptureWorker::cleanup()
{
    m_worker->cancel();
    m_thread->quit();
    QVERIFY(m_thread->wait(10000));
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

void TestCaptureWorker::loadsRealCapture()
{
    TCPLADDER_SKIP_WITHOUT_ORACLE(m_tsharkStreams);
    QSignalSpy batches(m_worker, &CaptureWorker::batchReady);
    QSignalSpy finished(m_worker, &CaptureWorker::finished);
    const quint64 job = m_worker->openFile(m_capture);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toULongLong(), job);
    const auto outcome = finished.at(0).at(1).value<LoadOutcome>();
    QCOMPARE(outcome.status, LoadStatus::Ok);
    QCOMPARE(outcome.tcpSegments, static_cast<quint64>(m_tsharkStreams.size()));
    QVERIFY(outcome.frames >= outcome.tcpSegments);

    QVERIFY(batches.count() >= 1);
    QMap<quint32, capture::ConnectionSummary> latest;
    for (const auto &args : batches) {
        QCOMPARE(args.at(0).toULongLong(), job);
        for (const auto &s : args.at(1).value<ConnectionBatch>())
            latest[s.stream] = s;
    }
    const QSet<int> streams(m_tsharkStreams.cbegin(), m_tsharkStreams.cend());
    QCOMPARE(latest.size(), streams.size());
    QCOMPARE(outcome.connections, static_cast<quint64>(streams.size()));
    for (const int stream : streams) {
        const auto expected = static_cast<quint64>(m_tsharkStreams.count(stream));
        QVERIFY(latest.contains(static_cast<quint32>(stream)));
        QCOMPARE(latest[static_cast<quint32>(stream)].segments, expected);
        const auto ladder = m_worker->ladderFor(static_cast<quint32>(stream));
        QVERIFY(ladder.has_value());
        QCOMPARE(ladder->rows.size(), expected);
    }
    QVERIFY(!m_worker->ladderFor(static_cast<quint32>(streams.size() + 1000)).has_value());
}

void TestCaptureWorker::batchesArriveWhileLoading()
{
    m_worker->setBatchIntervalMs(0);
    QSignalSpy batches(m_worker, &CaptureWorker::batchReady);
    QSignalSpy progress(m_worker, &CaptureWorker::progress);
    QSignalSpy finished(m_worker, &CaptureWorker::finished);
    m_worker->openFile(m_bigFile);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.at(0).at(1).value<LoadOutcome>().status, LoadStatus::Ok);
    QVERIFY2(batches.count() > 1, "a long file must arrive in several batches, not one at the end");
    QVERIFY(progress.count() > 1);
    qint64 last = -1;
    for (const auto &args : progress) {
        QVERIFY(args.at(1).toLongLong() >= last);
        last = args.at(1).toLongLong();
    }
    QCOMPARE(last, progress.last().at(2).toLongLong()); // ends at 100 %
}

void TestCaptureWorker::cancelMidLoad()
{
    m_worker->setBatchIntervalMs(0);
    QSignalSpy progress(m_worker, &CaptureWorker::progress);
    QSignalSpy finished(m_worker, &CaptureWorker::finished);
    m_worker->openFile(m_bigFile);
    QVERIFY(progress.wait(60000));
    m_worker->cancel();
    QVERIFY(finished.wait(20000));
    const auto outcome = finished.at(0).at(1).value<LoadOutcome>();
    QCOMPARE(outcome.status, LoadStatus::Cancelled);
    QVERIFY(outcome.frames > 0);
    const QFileInfo big(m_bigFile);
    QVERIFY2(progress.last().at(1).toLongLong() < big.size(), "cancel must stop before the end of the file");
    // What was read stays available.
    QVERIFY(m_worker->ladderFor(0).has_value());
}

void TestCaptureWorker::secondOpenCancelsFirst()
{
    TCPLADDER_SKIP_WITHOUT_ORACLE(m_tsharkStreams);
    QSignalSpy batches(m_worker, &CaptureWorker::batchReady);
    QSignalSpy finished(m_worker, &CaptureWorker::finished);
    m_worker->setBatchIntervalMs(0); // progress at every chunk, so the first job is caught mid-read
    QSignalSpy progress(m_worker, &CaptureWorker::progress);
    const quint64 first = m_worker->openFile(m_bigFile);
    // Wait until the first job is really reading; a fixed sleep lets a fast machine finish it first.
    QVERIFY(progress.wait(60000));
    const quint64 second = m_worker->openFile(m_capture);
    QVERIFY(second != first);
    QVERIFY(m_worker->isCurrent(second));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(finished.at(0).at(0).toULongLong(), first);
    QCOMPARE(finished.at(0).at(1).value<LoadOutcome>().status, LoadStatus::Cancelled);
    QCOMPARE(finished.at(1).at(0).toULongLong(), second);
    QCOMPARE(finished.at(1).at(1).value<LoadOutcome>().status, LoadStatus::Ok);
    QCOMPARE(finished.at(1).at(1).value<LoadOutcome>().tcpSegments, static_cast<quint64>(m_tsharkStreams.size()));
    // ladderFor answers from the second file only.
    const auto ladder = m_worker->ladderFor(0);
    QVERIFY(ladder.has_value());
    QCOMPARE(ladder->rows.size(), static_cast<std::size_t>(m_tsharkStreams.count(0)));
    QSet<quint32> secondStreams;
    for (const auto &args : batches) {
        if (args.at(0).toULongLong() == second) {
            for (const auto &s : args.at(1).value<ConnectionBatch>())
                secondStreams.insert(s.stream);
        }
    }
    QCOMPARE(secondStreams.size(), QSet<int>(m_tsharkStreams.cbegin(), m_tsharkStreams.cend()).size());
}

void TestCaptureWorker::ladderForDoesNotWaitForTheWholeLoad()
{
    QSignalSpy progress(m_worker, &CaptureWorker::progress);
    QSignalSpy finished(m_worker, &CaptureWorker::finished);
    m_worker->setBatchIntervalMs(0);
    m_worker->openFile(m_bigFile);
    QVERIFY(progress.wait(60000));
    // The spy records `finished` as the worker emits it, so a call that waited for the whole load would
    // return with it recorded. No clock: a timing limit fails on a busy machine, not on a wrong design.
    int calls = 0;
    int returnedWhileLoading = 0;
    while (finished.isEmpty() && calls < 50) {
        (void)m_worker->ladderFor(0);
        if (finished.isEmpty())
            ++returnedWhileLoading;
        ++calls;
        (void)progress.wait(1000); // the next progress report (or the end) before the next call
    }
    QVERIFY2(returnedWhileLoading > 0, "ladderFor() waited for the whole load");
    m_worker->cancel();
    if (finished.isEmpty())
        QVERIFY(finished.wait(20000));
}

void TestCaptureWorker::missingFileFails()
{
    QSignalSpy finished(m_worker, &CaptureWorker::finished);
    m_worker->openFile(m_dir.filePath(QStringLiteral("does-not-exist.pcap")));
    QVERIFY(finished.wait(10000));
    const auto outcome = finished.at(0).at(1).value<LoadOutcome>();
    QCOMPARE(outcome.status, LoadStatus::Failed);
    QVERIFY(!outcome.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCaptureWorker)
#include "tst_captureworker.moc"
