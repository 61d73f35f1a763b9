// SPDX-License-Identifier: GPL-3.0-or-later
// Windows only, under wine: live capture's code path with and without Npcap. First with no wpcap.dll
// anywhere: capture files open, and live capture says Npcap is needed. Then with the stand-in wpcap.dll
// (tests/windows/standin_wpcap.c) placed where Npcap installs it, %SystemRoot%\System32\Npcap: the
// loader, the interface picker, the capture worker spooling under a Chinese-named profile folder, Stop
// and Save As run for real, and what they capture equals the file the stand-in served.
#include "captureconvert.h"
#include "captureindex.h"
#include "capturedialog.h"
#include "captureworker.h"
#include "corepath.h"
#include "livepcapapi.h"
#include "livesource.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <windows.h>

using namespace tcpladder;

namespace {

const QString kServedCapture = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/many-connections.pcap");

QString npcapFolder()
{
    wchar_t system[MAX_PATH] = {};
    const UINT length = GetSystemDirectoryW(system, MAX_PATH);
    return QDir::fromNativeSeparators(QString::fromWCharArray(system, static_cast<int>(length)))
        + QStringLiteral("/Npcap");
}

QString npcapDll()
{
    return npcapFolder() + QStringLiteral("/wpcap.dll");
}

struct Loaded
{
    std::size_t streams = 0;
    std::size_t segments = 0;
};

Loaded loadDirectly(const QString &path)
{
    core::CaptureIndex index;
    std::string error;
    if (core::loadFile(capture::toCorePath(path), index, error) == core::LoadResult::Failed)
        qWarning("%s", error.c_str());
    return {index.tracker().streams().size(), index.tracker().segments().size()};
}

} // namespace

class TestNpcapStandIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kServedCapture), qPrintable(kServedCapture));
        QFile::remove(npcapDll()); // a previous run that died may have left it
        QVERIFY(!QFile::exists(npcapDll()));
    }

    void cleanupTestCase() { QFile::remove(npcapDll()); }

    // Before anything loads Npcap: a capture file opens with no wpcap.dll in the process at all.
    void filesOpenWithoutNpcap()
    {
        const Loaded loaded = loadDirectly(kServedCapture);
        QVERIFY(loaded.streams > 0);
        QVERIFY(GetModuleHandleW(L"wpcap.dll") == nullptr);
        std::string error;
        QVERIFY2(core::validateCaptureFilter("tcp port 80", 1, error), error.c_str()); // BPF needs no Npcap
    }

    void liveCaptureSaysNpcapIsMissing()
    {
        std::vector<core::InterfaceInfo> interfaces;
        std::string error;
        QVERIFY(!core::listInterfaces(interfaces, error));
        QCOMPARE(QString::fromStdString(error), QString::fromUtf8(core::kNpcapMissingMessage));

        ui::CaptureDialog dialog;
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("interfaceError"));
        QVERIFY(label && !label->isHidden());
        QVERIFY2(label->text().contains(QLatin1String("https://npcap.com")), qPrintable(label->text()));
        QVERIFY(dialog.interfaceNames().isEmpty());

        QProcess cli;
        cli.start(QStringLiteral(TCPLADDER_CLI_PATH), {QStringLiteral("interfaces")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.readAllStandardError().contains("Npcap"), "the CLI names Npcap");
    }

    void standInIsLoadedFromTheNpcapFolder()
    {
        QVERIFY(QDir().mkpath(npcapFolder()));
        QVERIFY(QFile::copy(QStringLiteral(TCPLADDER_STANDIN_WPCAP), npcapDll()));
        std::vector<core::InterfaceInfo> interfaces;
        std::string error;
        QVERIFY2(core::listInterfaces(interfaces, error), error.c_str()); // a failed load is retried
        QCOMPARE(interfaces.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(interfaces.front().name).startsWith(QLatin1String("\\Device\\NPF_{")));
        QCOMPARE(interfaces.front().addresses, std::vector<std::string>{"127.0.0.1"});

        ui::CaptureDialog dialog;
        QCOMPARE(dialog.interfaceNames(), QStringList{QString::fromStdString(interfaces.front().name)});
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("interfaceError"))->isHidden());
        QVERIFY(dialog.selectInterface(dialog.interfaceNames().front()));
        dialog.setFilter(QStringLiteral("ip.addr==127.0.0.1"));
        QVERIFY(!dialog.isFilterValid()); // checked by the linked libpcap, as on Linux
        dialog.setFilter(QStringLiteral("host 127.0.0.1"));
        QVERIFY(dialog.isFilterValid());
    }

    void capturesIntoAChineseNamedProfileAndSaves()
    {
        qputenv("TCPLADDER_STANDIN_CAPTURE", QDir::toNativeSeparators(kServedCapture).toUtf8());
        std::vector<core::InterfaceInfo> interfaces;
        std::string error;
        QVERIFY2(core::listInterfaces(interfaces, error), error.c_str());

        QTemporaryDir root;
        const QString profile = root.filePath(QStringLiteral("Users/张三 同学/AppData/Local/tcpladder/spool"));
        QVERIFY(QDir().mkpath(profile));
        const QString spool = profile + QStringLiteral("/握手 capture.pcapng");

        QThread thread;
        auto *worker = new capture::CaptureWorker;
        worker->setBatchIntervalMs(20);
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        const auto stopThread = qScopeGuard([&] { // also when a check below fails
            worker->cancel();
            thread.quit();
            thread.wait();
        });
        QSignalSpy stats(worker, &capture::CaptureWorker::liveStats);
        QSignalSpy finished(worker, &capture::CaptureWorker::finished);

        core::LiveOptions options;
        options.interfaceName = interfaces.front().name;
        options.filter = "tcp";
        worker->startLive(options, spool);
        const Loaded served = loadDirectly(kServedCapture);
        // Running: stats keep coming until everything the stand-in serves is in the spool.
        const auto captured = [&] {
            return stats.isEmpty() ? quint64(0) : stats.last().at(1).value<capture::LiveStats>().captured;
        };
        QTRY_VERIFY_WITH_TIMEOUT(captured() >= served.segments || !finished.isEmpty(), 60000);
        if (!finished.isEmpty())
            QFAIL(qPrintable(finished.first().at(1).value<capture::LoadOutcome>().error));
        worker->stopLive();
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.first().at(1).value<capture::LoadOutcome>();
        QCOMPARE(outcome.status, capture::LoadStatus::Ok);
        QVERIFY(outcome.live);
        QCOMPARE(outcome.connections, quint64(served.streams));

        const Loaded spooled = loadDirectly(spool);
        QCOMPARE(spooled.streams, served.streams);
        QCOMPARE(spooled.segments, served.segments);

        // Save As, both formats, to a Chinese name beside it.
        for (const auto format : {core::CaptureFileFormat::Pcap, core::CaptureFileFormat::Pcapng}) {
            const QString saved = profile
                + (format == core::CaptureFileFormat::Pcap ? QStringLiteral("/保存.pcap")
                                                           : QStringLiteral("/保存.pcapng"));
            QVERIFY2(core::saveCaptureAs(capture::toCorePath(spool), capture::toCorePath(saved), format, error),
                     error.c_str());
            const Loaded reread = loadDirectly(saved);
            QCOMPARE(reread.streams, served.streams);
            QCOMPARE(reread.segments, served.segments);
        }
    }
};

QTEST_MAIN(TestNpcapStandIn)
#include "tst_npcapstandin.moc"
