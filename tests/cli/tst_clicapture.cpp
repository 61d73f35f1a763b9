// SPDX-License-Identifier: GPL-3.0-or-later
// `tcpladder-cli interfaces` and `capture` for real on the loopback interface: Ctrl-C (SIGINT) and
// --count/--duration all end with an intact pcapng that `list` reads back.
#include "loopback.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using tcpladder::testsupport::liveRequired;

namespace {

QJsonObject listJson(const QString &path)
{
    QProcess list;
    list.start(QStringLiteral(TCPLADDER_CLI_PATH), {"list", path, "--json"});
    list.waitForFinished(30000);
    return QJsonDocument::fromJson(list.readAllStandardOutput()).object();
}

} // namespace

class TestCliCapture : public QObject
{
    Q_OBJECT

private slots:
    void interfacesListLoopback()
    {
        QProcess process;
        process.start(QStringLiteral(TCPLADDER_CLI_PATH), {"interfaces", "--json"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray interfaces = QJsonDocument::fromJson(process.readAllStandardOutput())["interfaces"].toArray();
        bool foundLoopback = false;
        for (const auto &value : interfaces) {
            const QJsonObject i = value.toObject();
            if (i["name"] == "lo") {
                foundLoopback = i["loopback"].toBool() && i["addresses"].toArray().contains("127.0.0.1");
            }
        }
        QVERIFY(foundLoopback);
    }

    void captureThenList()
    {
        const tcpladder::testsupport::Listener listener;
        const quint16 port = listener.port;
        QTemporaryDir dir;
        const QString out = dir.filePath("live.pcapng");
        QProcess capture;
        capture.start(
            QStringLiteral(TCPLADDER_CLI_PATH),
            {"capture", "-i", "lo", "-f", QStringLiteral("tcp port %1").arg(port), "--duration", "3", "-w", out});
        QByteArray err;
        QObject::connect(&capture, &QProcess::readyReadStandardError, [&] { err += capture.readAllStandardError(); });
        QVERIFY(capture.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(err.contains("capturing on") || capture.state() != QProcess::Running, 10000);
        QVERIFY(tcpladder::testsupport::exchangeOnce(listener));
        QVERIFY(capture.waitForFinished(15000));
        err += capture.readAllStandardError();
        if (capture.exitCode() != 0 && err.contains("permission") && !liveRequired())
            QSKIP("no capture permission");
        QVERIFY2(capture.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("captured"), err.constData());

        const QJsonObject list = listJson(out);
        QCOMPARE(list["warnings"].toArray().size(), 0);
        const QJsonArray connections = list["connections"].toArray();
        QCOMPARE(connections.size(), 1);
        const QJsonObject c = connections[0].toObject();
        QCOMPARE(c["server"].toObject()["port"].toInt(), int(port));
        QCOMPARE(c["open"].toString(), QStringLiteral("complete"));
        QCOMPARE(c["close"].toString(), QStringLiteral("fin"));
    }

    void ctrlCStopsWithAnIntactFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("interrupted.pcapng");
        QProcess capture;
        capture.start(QStringLiteral(TCPLADDER_CLI_PATH), {"capture", "-i", "lo", "-w", out});
        QByteArray err;
        QObject::connect(&capture, &QProcess::readyReadStandardError, [&] { err += capture.readAllStandardError(); });
        QVERIFY(capture.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(err.contains("capturing on") || capture.state() != QProcess::Running, 10000);
        QVERIFY(tcpladder::testsupport::exchangeOnce(tcpladder::testsupport::Listener()));
        ::kill(static_cast<pid_t>(capture.processId()), SIGINT);
        QVERIFY(capture.waitForFinished(5000));
        err += capture.readAllStandardError();
        if (capture.exitCode() != 0 && err.contains("permission") && !liveRequired())
            QSKIP("no capture permission");
        QCOMPARE(capture.exitStatus(), QProcess::NormalExit);
        QVERIFY2(capture.exitCode() == 0, err.constData());
        const QJsonObject list = listJson(out);
        QVERIFY(list["frames"].toInt() > 0);
        QCOMPARE(list["warnings"].toArray().size(), 0);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no interface") << QStringList{"capture", "-w", "/tmp/x.pcapng"} << "-i IFACE";
        QTest::newRow("bad count") << QStringList{"capture", "-i", "lo", "--count", "0", "-w", "/tmp/x.pcapng"}
                                   << "--count";
        QTest::newRow("bad duration") << QStringList{"capture", "-i", "lo", "--duration", "soon", "-w", "/tmp/x.pcapng"}
                                      << "--duration";
        QTest::newRow("no such interface")
            << QStringList{"capture", "-i", "nosuchif0", "-w", "/tmp/x.pcapng"} << "nosuchif0";
        QTest::newRow("bad filter") << QStringList{"capture", "-i", "lo", "-f", "tcp prot 80", "-w", "/tmp/x.pcapng"}
                                    << "capture filter";
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        QProcess process;
        process.start(QStringLiteral(TCPLADDER_CLI_PATH), args);
        QVERIFY(process.waitForFinished(10000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        if (err.contains("permission") && !liveRequired())
            QSKIP("no capture permission");
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(messagePart), qPrintable(err));
    }
};

QTEST_MAIN(TestCliCapture)
#include "tst_clicapture.moc"
