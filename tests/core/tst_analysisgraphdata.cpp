// SPDX-License-Identifier: GPL-3.0-or-later
// The RTT and bytes-in-flight graphs' data against tshark 4.0, frame by frame, on real captures.

#include "analysisgraphdata.h"
#include "captureindex.h"
#include "streamreplay.h"
#include "tsharkfields.h"

#include <QtTest>

#include <cmath>
#include <map>

using namespace tcpladder::core;

namespace {

struct TsharkRow
{
    std::uint32_t stream = 0;
    QString srcPort;
    std::optional<double> ackRtt; // seconds
    std::optional<qint64> bytesInFlight;
    qint64 windowSize = -1;
};

std::map<std::uint32_t, TsharkRow> readTshark(const QString &file)
{
    std::map<std::uint32_t, TsharkRow> rows;
    const auto fields = tcpladder::testsupport::tsharkFields(
        file, QStringLiteral("tcp"),
        {"tcp.stream", "tcp.srcport", "tcp.analysis.ack_rtt", "tcp.analysis.bytes_in_flight", "tcp.window_size"});
    for (const QStringList &f : fields) {
        if (f.size() < 6)
            continue;
        TsharkRow row;
        row.stream = f[1].toUInt();
        row.srcPort = f[2];
        if (!f[3].isEmpty())
            row.ackRtt = f[3].toDouble();
        if (!f[4].isEmpty())
            row.bytesInFlight = f[4].toLongLong();
        row.windowSize = f[5].isEmpty() ? -1 : f[5].toLongLong();
        rows[f[0].toUInt()] = row;
    }
    return rows;
}

} // namespace

class TestAnalysisGraphData : public QObject
{
    Q_OBJECT

private slots:
    void matchesTshark_data();
    void matchesTshark();
    void noAnalysisMeansNoPoints();
};

void TestAnalysisGraphData::matchesTshark_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"lossy-bulk.pcap", "data-rto.pcap", "zero-window.pcap"})
        QTest::newRow(name) << QStringLiteral(TCPLADDER_TEST_DATA_DIR "/%1").arg(QLatin1String(name));
}

void TestAnalysisGraphData::matchesTshark()
{
    QFETCH(QString, file);
    QString tshark;
    TCPLADDER_FIND_TSHARK_OR_SKIP(tshark);
    const auto expected = readTshark(file);
    QVERIFY2(!expected.empty(), "tshark read no TCP from the capture");

    CaptureIndex index;
    std::string error;
    QCOMPARE(int(loadFile(file.toStdString(), index, error)), int(LoadResult::Ok));
    std::size_t rttPoints = 0, inFlightPoints = 0, windowChecks = 0;
    for (const Stream &stream : index.tracker().streams()) {
        const ConnectionLadder ladder = buildConnectionLadder(stream, index.tracker().segments());
        const auto analysis = analyzeLadderTcp(file.toStdString(), ladder, error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(analysis.size(), ladder.rows.size());
        const RttGraphData rtt = buildRttGraph(ladder, analysis);
        const InFlightGraphData inFlight = buildInFlightGraph(ladder, analysis);
        const auto frameOf = [&ladder](const GraphPoint &p) { return ladder.rows[std::size_t(p.row)].segment.frame; };

        for (const Direction d : {Direction::ClientToServer, Direction::ServerToClient}) {
            for (const GraphPoint &p : rtt[d]) {
                const auto it = expected.find(frameOf(p));
                QVERIFY(it != expected.end());
                QVERIFY2(it->second.ackRtt,
                         qPrintable(QStringLiteral("frame %1 has no ack_rtt in tshark").arg(frameOf(p))));
                // The point's direction is the data's: the ACK that carries the RTT goes the other way.
                QVERIFY(ladder.rows[std::size_t(p.row)].segment.direction != d);
                QVERIFY2(std::abs(p.value / 1e3 - *it->second.ackRtt) < 1e-6,
                         qPrintable(QStringLiteral("frame %1: %2 ms, tshark %3 s")
                                        .arg(frameOf(p))
                                        .arg(p.value)
                                        .arg(*it->second.ackRtt)));
                ++rttPoints;
            }
            const InFlightDirection &dir = inFlight[d];
            for (const GraphPoint &p : dir.inFlight) {
                const std::uint32_t frame = frameOf(p);
                const auto it = expected.find(frame);
                QVERIFY(it != expected.end());
                QVERIFY2(it->second.bytesInFlight,
                         qPrintable(QStringLiteral("frame %1 has no bytes_in_flight").arg(frame)));
                QCOMPARE(qint64(p.value), *it->second.bytesInFlight);
                ++inFlightPoints;
                // The window drawn at this moment is the one in the receiver's latest segment before it.
                const TsharkRow &sender = it->second;
                std::optional<qint64> receiverWindow;
                for (auto r = std::make_reverse_iterator(it); r != expected.rend(); ++r) {
                    if (r->second.stream == sender.stream && r->second.srcPort != sender.srcPort) {
                        receiverWindow = r->second.windowSize;
                        break;
                    }
                }
                const auto step = std::find_if(dir.window.rbegin(), dir.window.rend(),
                                               [&p](const GraphPoint &w) { return w.row < p.row; });
                QCOMPARE(step != dir.window.rend(), receiverWindow.has_value());
                if (receiverWindow) {
                    QCOMPARE(qint64(step->value), *receiverWindow);
                    ++windowChecks;
                }
            }
            for (const GraphPoint &w : dir.window) {
                const auto it = expected.find(frameOf(w));
                QVERIFY(it != expected.end());
                QCOMPARE(qint64(w.value), it->second.windowSize);
            }
        }
    }
    // Recall: every frame tshark gives a value is a point.
    std::size_t tsharkRtt = 0, tsharkInFlight = 0;
    for (const auto &[frame, row] : expected) {
        tsharkRtt += row.ackRtt.has_value();
        tsharkInFlight += row.bytesInFlight.has_value();
    }
    QCOMPARE(rttPoints, tsharkRtt);
    QCOMPARE(inFlightPoints, tsharkInFlight);
    QVERIFY(rttPoints > 0);
    QVERIFY(inFlightPoints > 0);
    QVERIFY(windowChecks > 0);
}

void TestAnalysisGraphData::noAnalysisMeansNoPoints()
{
    // Without the re-read analysis (the file is gone) the graphs are empty, never made up.
    CaptureIndex index;
    std::string error;
    QCOMPARE(int(loadFile(TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap", index, error)), int(LoadResult::Ok));
    const ConnectionLadder ladder =
        buildConnectionLadder(index.tracker().streams().front(), index.tracker().segments());
    const auto analysis = analyzeLadderTcp("/nonexistent/lossy-bulk.pcap", ladder, error);
    QVERIFY(!error.empty());
    QVERIFY(buildRttGraph(ladder, analysis).empty());
    const InFlightGraphData inFlight = buildInFlightGraph(ladder, analysis);
    QVERIFY(inFlight[Direction::ClientToServer].inFlight.empty());
    QVERIFY(inFlight[Direction::ServerToClient].inFlight.empty());
    // The window is in the ladder itself.
    QVERIFY(!inFlight[inFlight.busiestDirection()].window.empty());
}

QTEST_GUILESS_MAIN(TestAnalysisGraphData)
#include "tst_analysisgraphdata.moc"
