// SPDX-License-Identifier: GPL-3.0-or-later
// `tcpladder-cli ladder A --peer-capture B`: the two-capture fields of issue 18 on the real pairs in
// tests/data/twocap, checked against how the pairs were made (the wire's drop log, the editcap shift)
// and, frame by frame, against tshark's raw fields of both files.
#include "clirun.h"
#include "tsharkfields.h"
#include "twocapturelogs.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

using Run = tcpladder::testsupport::CliRun;
using tcpladder::testsupport::runCli;

QString pairFile(const char *name)
{
    return QStringLiteral(TCPLADDER_TEST_DATA_DIR "/twocap/") + QString::fromLatin1(name);
}

QJsonObject mergedLadder(const char *a, const char *b)
{
    const Run run = runCli({"ladder", pairFile(a), "--stream", "0", "--peer-capture", pairFile(b), "--json"});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestCliTwoCapture : public QObject
{
    Q_OBJECT

private slots:
    void lossyPairReportsTheWiresDrops()
    {
        const auto drops = tcpladder::testsupport::readTwoCaptureLog("lossy-drops.txt");
        const QJsonObject doc = mergedLadder("lossy-client.pcap", "lossy-server.pcap");
        QVERIFY(!doc.isEmpty());
        // The contract's own fields are all still there.
        for (const char *key : {"stream", "client", "server", "rows", "phases"})
            QVERIFY2(doc.contains(QLatin1String(key)), key);
        QCOMPARE(doc["peer_stream"].toInt(-1), 0);
        QCOMPARE(doc["lost_between_captures"]["c2s"].toInt(-1), drops.value("c2s").toInt());
        QCOMPARE(doc["lost_between_captures"]["s2c"].toInt(-1), drops.value("s2c").toInt());
        QVERIFY(doc["clock_offset"].isDouble());
        QVERIFY(doc["offset_error_bound"].toDouble() > 0);
        // A is the client's capture: its own sends missing at the server are its sender_only rows.
        int senderOnly = 0;
        for (const QJsonValue &value : doc["rows"].toArray()) {
            const QJsonObject row = value.toObject();
            const QString seen = row["seen"].toString();
            QVERIFY2(seen == "both" || seen == "sender_only", qPrintable(seen));
            if (seen == "sender_only") {
                ++senderOnly;
                QCOMPARE(row["dir"].toString(), QStringLiteral("c2s"));
                QVERIFY(row["received"].isNull() && row["one_way_delay"].isNull());
                QCOMPARE(row["sent"].toDouble(), row["time"].toDouble());
            } else {
                const double delay = row["received"].toDouble() - row["sent"].toDouble();
                QVERIFY(std::abs(delay - row["one_way_delay"].toDouble()) < 2e-6);
                QVERIFY(row["one_way_delay"].toDouble() > 0.010);
            }
        }
        QCOMPARE(senderOnly, drops.value("c2s").toInt());
    }

    // tshark as the oracle: a client-side frame is lost between the captures when no server-side
    // frame has the same raw seq, ack, length, IP ID and TSval.
    void lostRowsAreTheFramesTsharkFindsOnlyAtTheSender()
    {
        QString tshark;
        TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
        const QStringList fields{"tcp.srcport", "tcp.seq_raw", "tcp.ack_raw",
                                 "tcp.len",     "ip.id",       "tcp.options.timestamp.tsval"};
        const auto client = tcpladder::testsupport::tsharkFields(pairFile("lossy-client.pcap"), "tcp", fields);
        const auto server = tcpladder::testsupport::tsharkFields(pairFile("lossy-server.pcap"), "tcp", fields);
        QVERIFY(!client.empty() && !server.empty());
        QMap<QString, int> atServer;
        for (const QStringList &row : server)
            ++atServer[row.mid(1).join(u'|')];
        QList<int> lostFrames;
        for (const QStringList &row : client) {
            if (row.value(1) == QLatin1String("8080"))
                continue; // the server's sends: lost ones never reach the client's capture
            if (atServer[row.mid(1).join(u'|')]-- <= 0)
                lostFrames << row.value(0).toInt();
        }
        const QJsonObject doc = mergedLadder("lossy-client.pcap", "lossy-server.pcap");
        QList<int> senderOnlyFrames;
        for (const QJsonValue &value : doc["rows"].toArray())
            if (value["seen"].toString() == QLatin1String("sender_only"))
                senderOnlyFrames << value["frame"].toInt();
        QCOMPARE(senderOnlyFrames, lostFrames);
    }

    // The other way round: server-side frames with no copy at the client are the peer_only_rows (here
    // the server's sends the wire dropped), in time order, numbered relative to the client capture's ISNs.
    void peerOnlyRowsAreTheFramesTsharkFindsOnlyInTheOtherCapture()
    {
        QString tshark;
        TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
        const QStringList fields{"tcp.srcport", "tcp.seq_raw", "tcp.ack_raw",
                                 "tcp.len",     "ip.id",       "tcp.options.timestamp.tsval"};
        const auto client = tcpladder::testsupport::tsharkFields(pairFile("lossy-client.pcap"), "tcp", fields);
        const auto server = tcpladder::testsupport::tsharkFields(pairFile("lossy-server.pcap"), "tcp", fields);
        QVERIFY(!client.empty() && !server.empty());
        QMap<QString, int> atClient;
        for (const QStringList &row : client)
            ++atClient[row.mid(1).join(u'|')];
        QList<int> onlyAtServer;
        for (const QStringList &row : server)
            if (atClient[row.mid(1).join(u'|')]-- <= 0)
                onlyAtServer << row.value(0).toInt();
        const QJsonObject doc = mergedLadder("lossy-client.pcap", "lossy-server.pcap");
        const QJsonArray rows = doc["peer_only_rows"].toArray();
        QList<int> peerFrames;
        double previous = -1;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            peerFrames << row["peer_frame"].toInt();
            // The wire dropped them on the way to the client: sent by the server, never received.
            QCOMPARE(row["seen"].toString(), QStringLiteral("sender_only"));
            QCOMPARE(row["dir"].toString(), QStringLiteral("s2c"));
            QVERIFY(row["received"].isNull());
            QVERIFY(row["sent"].toDouble() >= previous);
            previous = row["sent"].toDouble();
        }
        std::sort(peerFrames.begin(), peerFrames.end());
        QCOMPARE(peerFrames, onlyAtServer);
        QCOMPARE(peerFrames.size(), tcpladder::testsupport::readTwoCaptureLog("lossy-drops.txt").value("s2c").toInt());
    }

    void shiftedPairsOffsetIsWithinItsBound()
    {
        const double shift = tcpladder::testsupport::readTwoCaptureLog("shifted-truth.txt").value("offset").toDouble();
        QVERIFY(shift != 0);
        const QJsonObject doc = mergedLadder("shifted-client.pcap", "shifted-server.pcap");
        const double offset = doc["clock_offset"].toDouble();
        const double bound = doc["offset_error_bound"].toDouble();
        QVERIFY2(std::abs(offset - shift) <= bound,
                 qPrintable(QStringLiteral("%1 vs %2 +/- %3").arg(offset).arg(shift).arg(bound)));
    }

    void natPairMatchesByIsns()
    {
        const QJsonObject doc = mergedLadder("nat-client.pcap", "nat-server.pcap");
        QCOMPARE(doc["peer_match"].toString(), QStringLiteral("isns_only"));
        for (const QJsonValue &value : doc["rows"].toArray())
            QCOMPARE(value["seen"].toString(), QStringLiteral("both"));
    }

    void textLadderSaysWhatWasMerged()
    {
        const Run run = runCli({"ladder", pairFile("lossy-client.pcap"), "--stream", "0", "--peer-capture",
                                pairFile("lossy-server.pcap")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Merged with stream 0 of"), run.out.right(600).constData());
        QVERIFY(run.out.contains("lost between the captures"));
    }

    // The merged drawing marks every segment the wire dropped, in both directions, and nothing else.
    void exportDrawsEachLostSegment()
    {
        const auto drops = tcpladder::testsupport::readTwoCaptureLog("lossy-drops.txt");
        QTemporaryDir dir;
        const QString svg = dir.filePath("merged.svg");
        const Run run = runCli({"export", pairFile("lossy-client.pcap"), "--stream", "0", "--peer-capture",
                                pairFile("lossy-server.pcap"), "-o", svg});
        QCOMPARE(run.exitCode, 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(int(text.count(">lost between the captures<")),
                 drops.value("c2s").toInt() + drops.value("s2c").toInt());
        QVERIFY(text.contains("lossy-server.pcap (server side)"));
        const QString png = dir.filePath("merged.png");
        QCOMPARE(runCli({"export", pairFile("lossy-client.pcap"), "--stream", "0", "--peer-capture",
                         pairFile("lossy-server.pcap"), "-o", png})
                     .exitCode,
                 0);
        const QImage image(png);
        QVERIFY(!image.isNull() && image.height() > image.width());
    }

    // The text formats mark each segment the wire dropped with their own "lost" arrow, and nothing else.
    void textFormatsMarkEachLostSegment_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("lostMark");
        QTest::newRow("mermaid") << "mmd" << QByteArray("-x");
        QTest::newRow("plantuml") << "puml" << QByteArray(" ->x ");
        QTest::newRow("tikz") << "tex" << QByteArray("\\node[lostmark]");
        QTest::newRow("markdown") << "md" << QByteArray("| lost |");
    }

    void textFormatsMarkEachLostSegment()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, lostMark);
        const auto drops = tcpladder::testsupport::readTwoCaptureLog("lossy-drops.txt");
        QTemporaryDir dir;
        const QString path = dir.filePath("merged." + suffix);
        const Run run = runCli({"export", pairFile("lossy-client.pcap"), "--stream", "0", "--peer-capture",
                                pairFile("lossy-server.pcap"), "-o", path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int lost = 0;
        for (const QByteArray &line : file.readAll().split('\n'))
            lost += line.contains(lostMark) ? 1 : 0;
        QCOMPARE(lost, drops.value("c2s").toInt() + drops.value("s2c").toInt());
    }

    // The Markdown table's one-way delay (ms) of each segment seen at both ends is the JSON's.
    void markdownDelaysAreTheJsonOnes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("merged.md");
        QCOMPARE(runCli({"export", pairFile("lossy-client.pcap"), "--stream", "0", "--peer-capture",
                         pairFile("lossy-server.pcap"), "-o", path})
                     .exitCode,
                 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QMap<int, double> tableDelays; // frame → delay in s, rows seen at both ends
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> cells = line.split('|');
            // | frame | time | Δt | direction | flags | Seq | Ack | Len | seen | sent | received | delay | notes |
            if (cells.size() == 15 && cells[9].trimmed() == "both ends")
                tableDelays.insert(cells[1].trimmed().toInt(), cells[12].trimmed().toDouble() / 1000);
        }
        const QJsonObject doc = mergedLadder("lossy-client.pcap", "lossy-server.pcap");
        int compared = 0;
        for (const QJsonValue &value : doc["rows"].toArray()) {
            if (value["seen"].toString() != QLatin1String("both"))
                continue;
            const int frame = value["frame"].toInt();
            QVERIFY2(tableDelays.contains(frame), qPrintable(QString::number(frame)));
            QVERIFY(std::abs(tableDelays.value(frame) - value["one_way_delay"].toDouble())
                    <= 0.5e-6); // written in ms to the µs
            ++compared;
        }
        QVERIFY(compared > 10);
        QCOMPARE(compared, int(tableDelays.size()));
    }

    void peerWithoutTheConnectionIsAnError()
    {
        const Run run = runCli({"ladder", pairFile("lossy-client.pcap"), "--stream", "0", "--peer-capture",
                                pairFile("nat-server.pcap"), "--json"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith("tcpladder-cli: no connection in"));
        QCOMPARE(run.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliTwoCapture)
#include "tst_clitwocapture.moc"
