// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real tcpladder-cli binary and checks the DESIGN.md §4 contract: keys, order, types, values
// that follow from how each capture was made, exit codes and one-line errors.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tsharkfields.h"

namespace {

using Run = tcpladder::testsupport::CliRun;
using tcpladder::testsupport::runCli;

QString dataFile(const char *name)
{
    return QStringLiteral(TCPLADDER_TEST_DATA_DIR "/") + QString::fromLatin1(name);
}

QJsonObject parseObject(const Run &run)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "JSON error" << error.errorString() << run.out.left(400);
    return doc.object();
}

// Top-level keys in the documented order: the output is read by people as well as tools.
QStringList keyOrder(const QByteArray &json, const QStringList &keys)
{
    QList<QPair<qsizetype, QString>> found;
    for (const auto &key : keys)
        found.append({json.indexOf("\"" + key.toUtf8() + "\":"), key});
    std::sort(found.begin(), found.end());
    QStringList order;
    for (const auto &[pos, key] : found)
        order << (pos < 0 ? QStringLiteral("<missing %1>").arg(key) : key);
    return order;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void listJsonFollowsContract()
    {
        const Run run = runCli({"list", dataFile("client-close.pcap"), "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = parseObject(run);
        const QStringList top{"file", "frames", "tcp_segments", "warnings", "connections"};
        QCOMPARE(keyOrder(run.out, top), top);
        QVERIFY(root["frames"].toInt() >= root["tcp_segments"].toInt());
        QVERIFY(root["tcp_segments"].toInt() > 0);
        QVERIFY(root["warnings"].isArray());
        const QJsonArray connections = root["connections"].toArray();
        QVERIFY(!connections.isEmpty());
        const QStringList keys{"stream", "client",   "server",    "hostname",         "first_frame",
                               "start",  "duration", "segments",  "payload_c2s",      "payload_s2c",
                               "open",   "close",    "first_fin", "teardown_segments"};
        int segmentSum = 0;
        for (int i = 0; i < connections.size(); ++i) {
            const QJsonObject c = connections[i].toObject();
            QCOMPARE(c.keys().size(), keys.size());
            for (const auto &key : keys)
                QVERIFY2(c.contains(key), qPrintable(key));
            QCOMPARE(c["stream"].toInt(), i);
            QVERIFY(c["client"].toObject()["ip"].isString());
            QVERIFY(c["client"].toObject()["port"].isDouble());
            QVERIFY(c["first_frame"].toInt() >= 1);
            QVERIFY(c["start"].toDouble() >= 0.0);
            segmentSum += c["segments"].toInt();
        }
        QCOMPARE(segmentSum, root["tcp_segments"].toInt());
    }

    void scenarioSummaries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::addColumn<QString>("firstFin");
        QTest::addColumn<int>("teardown"); // -1: null

        // Expectations follow from how tests/data/make_captures.sh made each capture.
        QTest::newRow("client closes first") << "client-close.pcap"
                                             << "complete"
                                             << "fin"
                                             << "client" << 3;
        QTest::newRow("server closes first") << "server-close.pcap"
                                             << "complete"
                                             << "fin"
                                             << "server" << 4;
        QTest::newRow("refused") << "refused.pcap"
                                 << "syn_only"
                                 << "rst" << QString() << -1;
        QTest::newRow("abort") << "rst-abort.pcap"
                               << "complete"
                               << "rst" << QString() << -1;
        QTest::newRow("mid-connection") << "mid-connection.pcap"
                                        << "none"
                                        << "fin"
                                        << "client" << 3;
        // Begins with the SYN-ACK: its receiver is the client, which also closed first.
        QTest::newRow("SYN-ACK first") << "syn-ack-first.pcap"
                                       << "none"
                                       << "fin"
                                       << "client" << 3;
        QTest::newRow("crossing FINs") << "crossing-fin.pcap"
                                       << "complete"
                                       << "fin"
                                       << "client" << 4;
    }

    void scenarioSummaries()
    {
        QFETCH(QString, file);
        QFETCH(QString, open);
        QFETCH(QString, close);
        QFETCH(QString, firstFin);
        QFETCH(int, teardown);
        if (!QFile::exists(dataFile(file.toLatin1())))
            QFAIL(qPrintable("missing test capture " + file));
        const Run run = runCli({"list", dataFile(file.toLatin1()), "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject c = parseObject(run)["connections"].toArray().first().toObject();
        QCOMPARE(c["open"].toString(), open);
        QCOMPARE(c["close"].toString(), close);
        if (firstFin.isEmpty())
            QVERIFY(c["first_fin"].isNull());
        else
            QCOMPARE(c["first_fin"].toString(), firstFin);
        if (teardown < 0)
            QVERIFY(c["teardown_segments"].isNull());
        else
            QCOMPARE(c["teardown_segments"].toInt(), teardown);
    }

    void ladderJsonFollowsContract()
    {
        const Run list = runCli({"list", dataFile("client-close.pcap"), "--json"});
        const QJsonObject connection = parseObject(list)["connections"].toArray().first().toObject();
        const Run run = runCli({"ladder", dataFile("client-close.pcap"), "--stream", "0", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = parseObject(run);
        QCOMPARE(keyOrder(run.out, {"stream", "client", "server", "rows", "phases"}),
                 QStringList({"stream", "client", "server", "rows", "phases"}));
        QCOMPARE(root["client"].toObject(), connection["client"].toObject());
        const QJsonArray rows = root["rows"].toArray();
        QCOMPARE(rows.size(), connection["segments"].toInt());

        const QStringList rowKeys{"frame",   "time",       "delta", "dir",     "flags",           "seq",
                                  "ack",     "len",        "win",   "phase",   "client_state",    "server_state",
                                  "notes",   "dup_ack_of", "sack",  "ack_rtt", "bytes_in_flight", "explanation",
                                  "comments"};
        const QJsonObject syn = rows[0].toObject();
        QCOMPARE(syn.keys().size(), rowKeys.size());
        const QByteArray firstRow = run.out.mid(run.out.indexOf("\"rows\""));
        QCOMPARE(keyOrder(firstRow.left(firstRow.indexOf('}')), rowKeys), rowKeys);
        QVERIFY(syn["dup_ack_of"].isNull());
        QCOMPARE(syn["sack"].toArray().size(), 0);
        QVERIFY(syn["ack_rtt"].isNull());
        QVERIFY(syn["bytes_in_flight"].isNull());
        QCOMPARE(syn["comments"].toArray().size(), 0); // always there, empty without pcapng comments
        QCOMPARE(syn["frame"].toInt(), connection["first_frame"].toInt());
        QCOMPARE(syn["flags"].toString(), QStringLiteral("SYN"));
        QCOMPARE(syn["dir"].toString(), QStringLiteral("c2s"));
        QCOMPARE(syn["seq"].toInt(), 0);
        QCOMPARE(syn["ack"].toInt(), 0);
        QCOMPARE(syn["time"].toDouble(), 0.0);
        QCOMPARE(syn["phase"].toString(), QStringLiteral("handshake"));
        QCOMPARE(syn["client_state"].toString(), QStringLiteral("SYN_SENT"));
        QCOMPARE(syn["server_state"].toString(), QStringLiteral("LISTEN"));
        const QJsonObject synAck = rows[1].toObject();
        QCOMPARE(synAck["flags"].toString(), QStringLiteral("SYN, ACK"));
        QCOMPARE(synAck["dir"].toString(), QStringLiteral("s2c"));
        QCOMPARE(synAck["ack"].toInt(), 1);
        QCOMPARE(rows[2].toObject()["client_state"].toString(), QStringLiteral("ESTABLISHED"));

        double previous = 0.0;
        double sumOfDeltas = 0.0;
        for (const auto &value : rows) {
            const QJsonObject row = value.toObject();
            QVERIFY(row["time"].toDouble() >= previous);
            sumOfDeltas += row["delta"].toDouble();
            previous = row["time"].toDouble();
            QVERIFY(row["notes"].isArray());
        }
        QVERIFY(qAbs(sumOfDeltas - previous) < 1e-5);
        QCOMPARE(rows.last().toObject()["phase"].toString(), QStringLiteral("teardown"));
        bool merged = false;
        for (const auto &value : rows)
            merged = merged || value.toObject()["notes"].toArray().contains(QStringLiteral("fin_ack_merged"));
        QVERIFY2(merged, "a 3-segment close must mark the FIN that carries the ACK");
    }

    // §4.1's analysis notes and fields, row by row as tshark reads the same frames (a lossy transfer:
    // lost segments, out-of-order, SACK, duplicate and fast retransmission).
    void ladderJsonAnalysisMatchesTshark()
    {
        QString tshark;
        TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
        const QString file = dataFile("lossy-bulk.pcap");
        const auto expected = tcpladder::testsupport::tsharkFields(
            file, QStringLiteral("tcp.stream == 0"),
            {"tcp.analysis.lost_segment", "tcp.analysis.out_of_order", "tcp.analysis.fast_retransmission",
             "tcp.analysis.window_update", "tcp.analysis.duplicate_ack_frame", "tcp.options.sack_le",
             "tcp.options.sack_re", "tcp.analysis.ack_rtt", "tcp.analysis.bytes_in_flight"});
        QVERIFY(!expected.empty());
        const Run run = runCli({"ladder", file, "--stream", "0", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = parseObject(run)["rows"].toArray();
        QCOMPARE(rows.size(), qsizetype(expected.size()));
        const char *const flagNotes[] = {"lost_segment", "out_of_order", "fast_retransmission", "window_update"};
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            const QStringList &t = expected[size_t(i)];
            QCOMPARE(row["frame"].toInt(), t[0].toInt());
            const QJsonArray notes = row["notes"].toArray();
            for (int k = 0; k < 4; ++k)
                QVERIFY2(notes.contains(QLatin1String(flagNotes[k])) == !t[1 + k].isEmpty(),
                         qPrintable(QStringLiteral("frame %1: %2").arg(t[0], QLatin1String(flagNotes[k]))));
            QCOMPARE(row["dup_ack_of"].isNull() ? QString() : QString::number(row["dup_ack_of"].toInt()), t[5]);
            QStringList left;
            QStringList right;
            for (const auto &block : row["sack"].toArray()) {
                left << QString::number(block.toArray()[0].toInteger());
                right << QString::number(block.toArray()[1].toInteger());
            }
            QCOMPARE(left.join(u','), t[6]);
            QCOMPARE(right.join(u','), t[7]);
            if (t[8].isEmpty())
                QVERIFY(row["ack_rtt"].isNull());
            else
                QVERIFY(qAbs(row["ack_rtt"].toDouble() - t[8].toDouble()) < 1e-6);
            QCOMPARE(row["bytes_in_flight"].isNull() ? QString() : QString::number(row["bytes_in_flight"].toInteger()),
                     t[9]);
        }
    }

    void ladderJsonCommentsMatchTshark_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pcapng") << QStringLiteral("commented.pcapng");
        QTest::newRow("pcapng.gz") << QStringLiteral("commented.pcapng.gz");
    }

    void ladderJsonCommentsMatchTshark()
    {
        // make_commented.sh: editcap -a put pcapng packet comments on frames 1, 2 and 8.
        QFETCH(QString, file);
        const Run run = runCli({"ladder", dataFile(file.toLatin1()), "--stream", "0", "--json"});
        QCOMPARE(run.exitCode, 0);
        QMap<int, QStringList> ours;
        for (const QJsonValue &row : parseObject(run)["rows"].toArray()) {
            QStringList texts;
            for (const QJsonValue &comment : row.toObject()["comments"].toArray())
                texts << comment.toString();
            if (!texts.isEmpty())
                ours.insert(row.toObject()["frame"].toInt(), texts);
        }
        QCOMPARE(ours.keys(), (QList<int>{1, 2, 8}));
        QString tshark;
        TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
        const auto expected = tcpladder::testsupport::tsharkFields(
            dataFile("commented.pcapng"), QStringLiteral("frame.comment"), {QStringLiteral("frame.comment")});
        QCOMPARE(static_cast<qsizetype>(expected.size()), ours.size());
        for (const QStringList &row : expected)
            QCOMPARE(ours.value(row.at(0).toInt()), QStringList{row.at(1)});
    }

    void textOutputIsReadable()
    {
        const Run list = runCli({"list", dataFile("client-close.pcap")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("stream"));
        QVERIFY(list.out.contains("complete"));
        const Run ladder = runCli({"ladder", dataFile("client-close.pcap"), "--stream", "0"});
        QCOMPARE(ladder.exitCode, 0);
        QVERIFY(ladder.out.contains("[SYN] Seq=0 Len=0"));
        QVERIFY(ladder.out.contains("[SYN, ACK] Seq=0 Ack=1 Len=0"));
        QVERIFY(ladder.out.contains("-->|"));
        QVERIFY(ladder.out.contains("|<-"));
        QVERIFY(ladder.out.contains("three-way handshake"));
    }

    // The text ladder ends with a Notes section; its teardown line points at the FIN that carried
    // the ACK, by the frame number the JSON rows give, and a refused connection is said once.
    void ladderTextHasNotes()
    {
        const Run json = runCli({"ladder", dataFile("client-close.pcap"), "--stream", "0", "--json"});
        QCOMPARE(json.exitCode, 0);
        int mergedFrame = -1;
        int handshakeAck = -1;
        for (const auto &value : parseObject(json)["rows"].toArray()) {
            const QJsonObject row = value.toObject();
            if (row["notes"].toArray().contains(QStringLiteral("fin_ack_merged")))
                mergedFrame = row["frame"].toInt();
            if (handshakeAck < 0 && row["flags"].toString() == QStringLiteral("ACK")
                && row["phase"].toString() == QStringLiteral("handshake"))
                handshakeAck = row["frame"].toInt();
        }
        QVERIFY(mergedFrame > 0 && handshakeAck > 0);

        const Run text = runCli({"ladder", dataFile("client-close.pcap"), "--stream", "0"});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        const qsizetype notes = out.indexOf(QStringLiteral("\nNotes\n"));
        QVERIFY2(notes > out.indexOf(QStringLiteral("|<-")), qPrintable(out));
        const QStringList lines = out.mid(notes).split(u'\n', Qt::SkipEmptyParts);
        const auto lineStarting = [&lines](const QString &prefix) {
            for (const QString &line : lines)
                if (line.trimmed().startsWith(prefix))
                    return line;
            return QString();
        };
        const QString teardown = lineStarting(QStringLiteral("teardown:"));
        QVERIFY2(teardown.contains(QStringLiteral("Frame %1:").arg(mergedFrame)), qPrintable(teardown));
        QVERIFY(teardown.contains(QStringLiteral("3 segments")));
        QVERIFY(
            lineStarting(QStringLiteral("three-way handshake:")).contains(QStringLiteral("the three-way handshake")));

        const Run refused = runCli({"ladder", dataFile("refused.pcap"), "--stream", "0"});
        QCOMPARE(refused.exitCode, 0);
        const QString refusedOut = QString::fromUtf8(refused.out);
        // The refusal is told once, and nothing calls it a three-way handshake (issue 14).
        QCOMPARE(refusedOut.count(QStringLiteral("Nothing listens on port")), 1);
        QVERIFY2(!refusedOut.contains(QStringLiteral("three-way")), qPrintable(refusedOut));

        // --json stays the contract: no notes leak into it.
        QVERIFY(!json.out.contains("Notes"));
    }

    // Issue 14: "phases" are the ladder's brackets, in order, tiling the rows; tshark's flags place them.
    void ladderJsonPhasesMatchTshark_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"client-close.pcap", "server-close.pcap", "crossing-fin.pcap", "fin-data.pcap",
                                 "half-close.pcap", "lossy-bulk.pcap", "syn-retransmission.pcap", "syn-ack-lost.pcap",
                                 "refused.pcap", "rst-abort.pcap", "mid-connection.pcap"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }
    void ladderJsonPhasesMatchTshark()
    {
        QFETCH(QString, file);
        QString tshark;
        TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
        const QString path = dataFile(file.toLatin1());
        const Run run = runCli({"ladder", path, "--stream", "0", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseObject(run);
        QCOMPARE(keyOrder(run.out, {"stream", "client", "server", "rows", "phases"}),
                 QStringList({"stream", "client", "server", "rows", "phases"}));
        QList<int> frames;
        for (const auto &row : json["rows"].toArray())
            frames << row.toObject()["frame"].toInt();
        const QJsonArray phases = json["phases"].toArray();
        QVERIFY(!phases.isEmpty() && !frames.isEmpty());

        // One phase after the other, each starting on the row after the previous one ended.
        QCOMPARE(phases.first().toObject()["first_frame"].toInt(), frames.first());
        QCOMPARE(phases.last().toObject()["last_frame"].toInt(), frames.last());
        QMap<QString, QPair<int, int>> span;
        for (qsizetype i = 0; i < phases.size(); ++i) {
            const QJsonObject phase = phases[i].toObject();
            QCOMPARE(phase.keys().size(), 5);
            const int first = phase["first_frame"].toInt(), last = phase["last_frame"].toInt();
            QVERIFY(frames.indexOf(first) >= 0 && frames.indexOf(last) >= frames.indexOf(first));
            if (i > 0)
                QCOMPARE(frames.indexOf(first), frames.indexOf(phases[i - 1].toObject()["last_frame"].toInt()) + 1);
            QVERIFY(!phase["title"].toString().isEmpty() && !phase["explanation"].toString().isEmpty());
            if (!span.contains(phase["phase"].toString()))
                span[phase["phase"].toString()] = {first, last};
        }
        const auto inside = [&span](const QString &phase, int frame) {
            return span.contains(phase) && span[phase].first <= frame && frame <= span[phase].second;
        };
        const auto framesOf = [&path](const char *filter) {
            QList<int> out;
            for (const auto &row : tcpladder::testsupport::tsharkFields(
                     path, QStringLiteral("tcp.stream == 0 && ") + QLatin1String(filter)))
                out << row[0].toInt();
            return out;
        };
        // The handshake starts with the first SYN and holds every copy of it.
        const QList<int> syns = framesOf("tcp.flags.syn == 1 && tcp.flags.ack == 0");
        if (!syns.isEmpty())
            QCOMPARE(span.value(QStringLiteral("handshake")).first, syns.first());
        for (const int syn : syns)
            QVERIFY2(inside(QStringLiteral("handshake"), syn), qPrintable(QString::number(syn)));
        // The teardown starts with the first FIN and holds every FIN.
        const QList<int> fins = framesOf("tcp.flags.fin == 1");
        if (!fins.isEmpty())
            QCOMPARE(span.value(QStringLiteral("teardown")).first, fins.first());
        for (const int fin : fins)
            QVERIFY2(inside(QStringLiteral("teardown"), fin), qPrintable(QString::number(fin)));
        const QList<int> resets = framesOf("tcp.flags.reset == 1");
        if (!resets.isEmpty())
            QVERIFY(inside(QStringLiteral("reset"), resets.first()));
        QVERIFY(!syns.isEmpty() || !fins.isEmpty() || !resets.isEmpty());
    }

    // Issue 14: --lang zh_CN words every explanation in Chinese, leaving no English sentence behind.
    void ladderJsonExplanationsInChinese_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"client-close.pcap", "server-close.pcap", "lossy-bulk.pcap", "refused.pcap",
                                 "syn-ack-lost.pcap", "syn-retransmission.pcap", "rst-abort.pcap", "half-close.pcap"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }
    void ladderJsonExplanationsInChinese()
    {
        QFETCH(QString, file);
        const Run english = runCli({"ladder", dataFile(file.toLatin1()), "--stream", "0", "--json"});
        const Run chinese = runCli({"ladder", dataFile(file.toLatin1()), "--stream", "0", "--lang", "zh_CN", "--json"});
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(chinese.exitCode, 0);
        const auto texts = [](const QJsonObject &json) {
            QStringList out;
            for (const auto &row : json["rows"].toArray())
                out << row.toObject()["explanation"].toString();
            for (const auto &phase : json["phases"].toArray())
                out << phase.toObject()["explanation"].toString();
            for (const auto &phase : json["phases"].toArray())
                out << phase.toObject()["title"].toString(); // one word each, last
            return out;
        };
        const qsizetype sentences =
            parseObject(english)["rows"].toArray().size() + parseObject(english)["phases"].toArray().size();
        const QStringList en = texts(parseObject(english));
        const QStringList zh = texts(parseObject(chinese));
        QCOMPARE(zh.size(), en.size());
        // Three English words in a row are an untranslated sentence (flag names and states are single words).
        static const QRegularExpression sentence(QStringLiteral("[A-Za-z][A-Za-z'-]+( [A-Za-z][A-Za-z'-]+){2,}"));
        static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        for (qsizetype i = 0; i < en.size(); ++i) {
            QVERIFY2(!en[i].isEmpty() && (i >= sentences || en[i].contains(sentence)), qPrintable(en[i]));
            QVERIFY2(zh[i] != en[i] && zh[i].contains(han), qPrintable(zh[i]));
            QVERIFY2(!zh[i].contains(sentence), qPrintable(zh[i]));
        }
        QCOMPARE(runCli({"ladder", dataFile(file.toLatin1()), "--stream", "0", "--lang", "fr", "--json"}).exitCode, 1);
    }

    void filterSelectsConnections()
    {
        const Run all = runCli({"list", dataFile("port-reuse.pcap"), "--json"});
        QCOMPARE(all.exitCode, 0);
        const int total = parseObject(all)["connections"].toArray().size();
        QVERIFY(total >= 2);
        const Run one = runCli({"list", dataFile("port-reuse.pcap"), "--json", "--filter", "tcp.stream == 1"});
        QCOMPARE(one.exitCode, 0);
        const QJsonArray connections = parseObject(one)["connections"].toArray();
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections[0].toObject()["stream"].toInt(), 1);
        const Run none = runCli({"list", dataFile("port-reuse.pcap"), "--json", "--filter", "ip.addr == 203.0.113.9"});
        QCOMPARE(parseObject(none)["connections"].toArray().size(), 0);
    }

    void userErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messagePart");
        const QString good = dataFile("client-close.pcap");
        QTest::newRow("missing file") << QStringList{"list", "/nonexistent/x.pcap"} << "No such file";
        QTest::newRow("bad stream") << QStringList{"ladder", good, "--stream", "999"} << "no stream 999";
        QTest::newRow("stream not a number") << QStringList{"ladder", good, "--stream", "x"} << "stream number";
        QTest::newRow("stream missing") << QStringList{"ladder", good} << "--stream";
        QTest::newRow("bad filter") << QStringList{"list", good, "--filter", "ip.adr == 1.2.3.4"} << "did you mean";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
        QTest::newRow("unknown option") << QStringList{"list", good, "--bogus"} << "unknown option";
        QTest::newRow("no file") << QStringList{"list"} << "FILE";
    }

    void userErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(messagePart), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1); // one clear line
    }

    void exportWritesPngAndSvg()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath("ladder.png");
        const Run run = runCli({"export", dataFile("client-close.pcap"), "--stream", "0", "-o", png, "--width", "900"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QImage image(png);
        QCOMPARE(image.width(), 900);
        QVERIFY(image.height() > 300);
        // Light theme: mostly light pixels, and a good number of dark ones (lifelines, arrows, text).
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
        QVERIFY(dark > 500);

        const QString svg = dir.filePath("ladder.svg");
        QCOMPARE(runCli({"export", dataFile("client-close.pcap"), "--stream", "0", "-o", svg}).exitCode, 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("[SYN, ACK] Seq=0 Ack=1 Len=0"));
        QVERIFY(text.contains("three-way handshake"));

        const QString darkPng = dir.filePath("dark.png");
        QCOMPARE(runCli({"export", dataFile("client-close.pcap"), "--stream", "0", "-o", darkPng, "--theme", "dark",
                         "--width", "900"})
                     .exitCode,
                 0);
        QImage darkImage(darkPng);
        QVERIFY(qGray(darkImage.pixel(5, 5)) < 100);
        QVERIFY(qGray(image.pixel(5, 5)) > 150);
    }

    void exportErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messagePart");
        const QString good = dataFile("client-close.pcap");
        QTest::newRow("no output") << QStringList{"export", good, "--stream", "0"} << "-o OUT.png";
        QTest::newRow("bad suffix") << QStringList{"export", good, "--stream", "0", "-o", "/tmp/x.gif"}
                                    << ".png, .svg, .pdf, .mmd, .puml, .tex or .md";
        QTest::newRow("bad width") << QStringList{"export", good, "--stream", "0", "-o", "/tmp/x.png", "--width", "5"}
                                   << "--width";
        QTest::newRow("bad theme") << QStringList{"export", good,         "--stream", "0",
                                                  "-o",     "/tmp/x.png", "--theme",  "pink"}
                                   << "--theme";
        QTest::newRow("bad stream") << QStringList{"export", good, "--stream", "42", "-o", "/tmp/x.png"}
                                    << "no stream 42";
        QTest::newRow("unwritable") << QStringList{"export", good, "--stream", "0", "-o", "/nonexistent/dir/x.png"}
                                    << "/nonexistent/dir/x.png";
    }

    void exportErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 1);
        const QByteArray lastLine = run.err.trimmed().split('\n').last();
        QVERIFY2(QString::fromUtf8(lastLine).contains(messagePart), run.err.constData());
    }

    void notACaptureFails()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath("notes.pcap");
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is a text file, not a capture\n");
        file.close();
        const QString empty = dir.filePath("empty.pcap");
        QFile(empty).open(QIODevice::WriteOnly);
        for (const auto &path : {text, empty}) {
            const Run run = runCli({"list", path, "--json"});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("not a pcap or pcapng file"), run.err.constData());
        }
    }

    void damagedFileStillLists()
    {
        QFile source(dataFile("server-close.pcap"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QTemporaryDir dir;
        const QString cut = dir.filePath("cut.pcap");
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() - 7)); // cut inside the last record
        out.close();

        const Run whole = runCli({"list", dataFile("server-close.pcap"), "--json"});
        const Run run = runCli({"list", cut, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = parseObject(run);
        QCOMPARE(root["frames"].toInt(), parseObject(whole)["frames"].toInt() - 1);
        const QJsonArray warnings = root["warnings"].toArray();
        QVERIFY(!warnings.isEmpty());
        const QString warning = warnings.first().toString();
        QVERIFY2(warning.contains(QString::number(root["frames"].toInt() + 1)), qPrintable(warning));
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
