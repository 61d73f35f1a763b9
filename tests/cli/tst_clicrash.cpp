// SPDX-License-Identifier: GPL-3.0-or-later
// `tcpladder-cli capture` killed with SIGKILL (a crash, a power cut of the process) loses no more
// than the last moments: every connection that completed well before the kill is in the file,
// because the file is flushed at every batch. The file a kill leaves may end inside a block; the
// reader keeps what is whole and says where it stopped. Needs root or cap_net_raw.
#include "loopback.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using tcpladder::testsupport::exchangeOnce;
using tcpladder::testsupport::Listener;
using tcpladder::testsupport::liveRequired;

namespace {

// What may be lost: the packets of the last batch the CLI had not yet written when it died.
constexpr qint64 LossWindowMs = 100;
// Slow enough that a few connections' packets (stdio's 4 KB buffer, unflushed) span more than the window.
constexpr int ConnectionIntervalMs = 50;
constexpr int ConnectionsBeforeKill = 30;
constexpr int ConnectionsAfterKill = 5;

struct Made
{
    quint16 clientPort = 0;
    qint64 completedMs = 0; // since the capture was open
};

QProcess *runCli(QObject *parent, const QStringList &args)
{
    auto *process = new QProcess(parent);
    process->start(QStringLiteral(TCPLADDER_CLI_PATH), args);
    return process;
}

} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT

private slots:
    void sigkillLosesOnlyTheLastMoments()
    {
        Listener listener;
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("killed.pcapng"));
        QProcess *capture =
            runCli(this, {"capture", "-i", "lo", "-f", QStringLiteral("tcp port %1").arg(listener.port), "-w", out});
        QVERIFY(capture->waitForStarted());
        // The file is created once the device is open and filtered: from then on, packets are captured.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(out).size() > 0 || capture->state() == QProcess::NotRunning, 10000);
        if (capture->state() == QProcess::NotRunning) {
            const QByteArray err = capture->readAllStandardError();
            if (liveRequired() || !err.contains("permission"))
                QFAIL(err.constData());
            QSKIP(err.constData());
        }

        // Connections at a steady pace; the CLI is killed in the middle of them.
        QElapsedTimer clock;
        clock.start();
        QList<Made> made;
        qint64 killedMs = -1;
        bool failed = false;
        QTimer pace;
        pace.setInterval(ConnectionIntervalMs);
        connect(&pace, &QTimer::timeout, this, [&] {
            const quint16 port = exchangeOnce(listener);
            failed = failed || port == 0;
            made.append({port, clock.elapsed()});
            if (made.size() == ConnectionsBeforeKill) {
                ::kill(static_cast<pid_t>(capture->processId()), SIGKILL);
                killedMs = clock.elapsed();
            }
            if (made.size() == ConnectionsBeforeKill + ConnectionsAfterKill)
                pace.stop();
        });
        pace.start();
        QTRY_VERIFY_WITH_TIMEOUT(!pace.isActive(), 30000);
        QVERIFY(!failed);
        QTRY_COMPARE_WITH_TIMEOUT(capture->state(), QProcess::NotRunning, 10000);
        QCOMPARE(capture->exitStatus(), QProcess::CrashExit);

        QProcess *list = runCli(this, {"list", out, "--json"});
        QVERIFY(list->waitForFinished(30000));
        QVERIFY2(list->exitCode() == 0, list->readAllStandardError().constData());
        const QJsonObject report = QJsonDocument::fromJson(list->readAllStandardOutput()).object();
        QSet<int> inFile;
        for (const auto &value : report[QStringLiteral("connections")].toArray())
            inFile.insert(value.toObject()[QStringLiteral("client")].toObject()[QStringLiteral("port")].toInt());

        int expected = 0;
        QStringList missing;
        for (const Made &m : made) {
            if (m.completedMs >= killedMs - LossWindowMs)
                continue;
            ++expected;
            if (!inFile.contains(m.clientPort))
                missing << QStringLiteral("port %1 (done %2 ms before the kill)")
                               .arg(m.clientPort)
                               .arg(killedMs - m.completedMs);
        }
        QVERIFY2(expected >= ConnectionsBeforeKill / 2,
                 qPrintable(QStringLiteral("only %1 connections before the kill").arg(expected)));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 connections lost: %3")
                                .arg(missing.size())
                                .arg(expected)
                                .arg(missing.join(QStringLiteral(", ")))));
        // Nothing after the kill can be there: the file is what the process wrote, not a later copy.
        for (int i = ConnectionsBeforeKill; i < made.size(); ++i)
            QVERIFY(!inFile.contains(made[i].clientPort));

        // A kill in the middle of a write leaves a partial block: cut one to be sure, and read what is whole.
        QFile killed(out);
        QVERIFY(killed.open(QIODevice::ReadOnly));
        const QByteArray bytes = killed.readAll();
        const QString cut = dir.filePath(QStringLiteral("cut.pcapng"));
        QFile cutFile(cut);
        QVERIFY(cutFile.open(QIODevice::WriteOnly));
        QVERIFY(cutFile.write(bytes.left(bytes.size() - 10)) == bytes.size() - 10);
        cutFile.close();
        QProcess *listCut = runCli(this, {"list", cut});
        QVERIFY(listCut->waitForFinished(30000));
        const QByteArray err = listCut->readAllStandardError();
        QVERIFY2(listCut->exitCode() == 0, err.constData());
        QVERIFY2(err.contains("warning: Reading stopped at frame") && err.contains("truncated record"),
                 err.constData());
        QVERIFY(listCut->readAllStandardOutput().contains(QByteArray::number(made.first().clientPort)));
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_clicrash.moc"
