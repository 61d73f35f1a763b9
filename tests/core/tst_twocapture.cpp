// SPDX-License-Identifier: GPL-3.0-or-later
// Two captures of one connection, one at each end (tests/data/twocap, made by
// make_twocap_captures.sh): matching, pairing, the clock offset and what went missing. The
// expectations come from how the pairs were made (the wire's own drop log, the editcap shift),
// never from the code under test.
#include "captureindex.h"
#include "peercapture.h"
#include "tcpflags.h"
#include "twocapture.h"
#include "twocapturelogs.h"

#include <QFile>
#include <QMap>
#include <QTest>

#include <cmath>

using namespace tcpladder::core;

namespace {

std::string pairFile(const char *name)
{
    return std::string(TCPLADDER_TEST_DATA_DIR "/twocap/") + name;
}

struct Merged
{
    ConnectionLadder ladder;
    std::optional<PeerCapture> peer;
    std::string error;
};

// Stream 0 of `a` (each pair file holds one connection) merged with `b`.
Merged merge(const char *a, const char *b)
{
    Merged merged;
    CaptureIndex index;
    if (loadFile(pairFile(a), index, merged.error) == LoadResult::Failed || index.tracker().streams().empty())
        return merged;
    merged.ladder = buildConnectionLadder(index.tracker().streams().front(), index.tracker().segments());
    merged.peer = mergePeerCapture(pairFile(a), merged.ladder, pairFile(b), merged.error);
    return merged;
}

WireSegment wire(Direction direction, std::int64_t timeMs, std::uint32_t seq, std::uint16_t ipId)
{
    WireSegment s;
    s.timeNs = timeMs * 1'000'000;
    s.direction = direction;
    s.rawSeq = seq;
    s.rawAck = 7;
    s.length = 100;
    s.flags = FlagAck;
    s.ipId = ipId;
    return s;
}

} // namespace

class TestTwoCapture : public QObject
{
    Q_OBJECT

private slots:
    // Done-means of issue 18: exactly the frames the wire dropped are the ones seen by their sender only.
    void lossyPairLosesWhatTheWireDropped_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("aIsClient");
        QTest::newRow("client first") << "lossy-client.pcap"
                                      << "lossy-server.pcap" << true;
        QTest::newRow("server first") << "lossy-server.pcap"
                                      << "lossy-client.pcap" << false;
    }
    void lossyPairLosesWhatTheWireDropped()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, aIsClient);
        const auto drops = tcpladder::testsupport::readTwoCaptureLog("lossy-drops.txt");
        QVERIFY2(drops.contains("c2s") && drops.contains("s2c"), "lossy-drops.txt lacks c2s= / s2c=");
        const Merged merged = merge(a.toLatin1().constData(), b.toLatin1().constData());
        QVERIFY2(merged.peer, merged.error.c_str());
        const TwoCaptureMerge &m = merged.peer->merge;
        QVERIFY(merged.peer->match.method == PeerMatchMethod::PortsAndIsns);
        QVERIFY(m.aSideKnown);
        QVERIFY(m.aSide == (aIsClient ? Side::Client : Side::Server));
        QCOMPARE(m.directions[0].lostBetweenCaptures, drops.value("c2s").toULongLong());
        QCOMPARE(m.directions[1].lostBetweenCaptures, drops.value("s2c").toULongLong());
        QVERIFY(drops.value("c2s").toULongLong() + drops.value("s2c").toULongLong() > 0); // the pair must show loss
        // Nothing arrives that was not sent: every receiver-side segment has its sender's copy.
        QCOMPARE(m.directions[0].receiverOnly, std::size_t(0));
        QCOMPARE(m.directions[1].receiverOnly, std::size_t(0));
        // Every segment of one capture is either paired or lost on its way out of it.
        const std::size_t aRows = merged.ladder.rows.size();
        std::size_t bothInA = 0;
        for (const MergedSegment &row : m.a)
            bothInA += row.seen == Seen::Both ? 1 : 0;
        QCOMPARE(bothInA, m.directions[0].both + m.directions[1].both);
        QCOMPARE(aRows - bothInA,
                 aIsClient ? m.directions[0].lostBetweenCaptures : m.directions[1].lostBetweenCaptures);
        // The wire adds 15 ms +/- 1 ms each way (plus the 8 Mbit/s queue): a one-way delay outside
        // that cannot be a real trip, whatever the clock offset came out as.
        QVERIFY(m.clock);
        for (int d = 0; d < 2; ++d) {
            QVERIFY2(m.directions[d].minDelayNs >= 13'000'000, QByteArray::number(qint64(m.directions[d].minDelayNs)));
            QVERIFY2(m.directions[d].maxDelayNs < 200'000'000, QByteArray::number(qint64(m.directions[d].maxDelayNs)));
        }
        for (const MergedSegment &row : m.a) {
            if (row.seen == Seen::SenderOnly)
                QVERIFY(row.sentNs && !row.receivedNs);
            if (row.seen == Seen::Both)
                QVERIFY(row.oneWayDelayNs() && *row.oneWayDelayNs() > 0);
        }
    }

    // The NAT pair shares no address and no client port: only the ISNs tie the captures together.
    void natPairMatchesByIsns()
    {
        const Merged merged = merge("nat-client.pcap", "nat-server.pcap");
        QVERIFY2(merged.peer, merged.error.c_str());
        QVERIFY(merged.peer->peer.client.port != merged.ladder.client.port);
        QVERIFY(merged.peer->peer.server.ip != merged.ladder.server.ip
                || merged.peer->peer.client.ip != merged.ladder.client.ip);
        QVERIFY(merged.peer->match.method == PeerMatchMethod::IsnsOnly);
        QCOMPARE(merged.peer->merge.a.size(), merged.peer->merge.b.size());
        for (const MergedSegment &row : merged.peer->merge.a)
            QVERIFY(row.seen == Seen::Both);
        QVERIFY(merged.peer->merge.clock);
    }

    // The server file was shifted by editcap -t after capture; both ends shared one kernel clock.
    void shiftedPairRecoversTheShiftWithinTheBound_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<double>("sign"); // B's clock minus A's is +shift or -shift
        QTest::newRow("client first") << "shifted-client.pcap"
                                      << "shifted-server.pcap" << 1.0;
        QTest::newRow("server first") << "shifted-server.pcap"
                                      << "shifted-client.pcap" << -1.0;
    }
    void shiftedPairRecoversTheShiftWithinTheBound()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(double, sign);
        const auto truth = tcpladder::testsupport::readTwoCaptureLog("shifted-truth.txt");
        QVERIFY2(truth.contains("offset"), "shifted-truth.txt lacks offset=");
        const double shiftSeconds = sign * truth.value("offset").toDouble();
        const Merged merged = merge(a.toLatin1().constData(), b.toLatin1().constData());
        QVERIFY2(merged.peer, merged.error.c_str());
        const auto &clock = merged.peer->merge.clock;
        QVERIFY(clock);
        const double error = std::abs(double(clock->offsetNs) / 1e9 - shiftSeconds);
        QVERIFY2(error <= double(clock->errorBoundNs) / 1e9,
                 qPrintable(QStringLiteral("offset %1 s, shift %2 s, bound %3 s")
                                .arg(double(clock->offsetNs) / 1e9, 0, 'f', 6)
                                .arg(shiftSeconds)
                                .arg(double(clock->errorBoundNs) / 1e9, 0, 'f', 6)));
        // The bound is half the fastest round trip: about 15 ms on this 30 ms RTT wire.
        QVERIFY(clock->errorBoundNs > 10'000'000 && clock->errorBoundNs < 30'000'000);
    }

    void unrelatedCaptureDoesNotMatch()
    {
        const Merged merged = merge("lossy-client.pcap", "nat-server.pcap");
        QVERIFY(!merged.peer);
        QVERIFY(merged.error.find("no connection") != std::string::npos);
    }

    // A retransmission carries the same seq and length but its own IP ID: it pairs with its own copy,
    // and a retransmission the receiver got while the original was lost leaves the original sender-only.
    void retransmissionPairsWithItsOwnCopy()
    {
        // A at the client, B at the server, B's clock 1000 ms ahead, 10 ms each way.
        const std::vector<WireSegment> a{
            wire(Direction::ClientToServer, 0, 1, 1), // lost on the way
            wire(Direction::ClientToServer, 5, 101, 2),
            wire(Direction::ServerToClient, 40, 500, 9), // B sent it at 30 (A's clock)
            wire(Direction::ClientToServer, 300, 1, 3),  // the retransmission
        };
        const std::vector<WireSegment> b{
            wire(Direction::ClientToServer, 1015, 101, 2),
            wire(Direction::ServerToClient, 1030, 500, 9),
            wire(Direction::ClientToServer, 1310, 1, 3),
        };
        const TwoCaptureMerge m = mergeTwoCaptures(a, b);
        QVERIFY(m.aSide == Side::Client);
        QVERIFY(m.a[0].seen == Seen::SenderOnly);
        QVERIFY(m.a[3].copy == std::optional<std::size_t>(2));
        QCOMPARE(m.directions[0].lostBetweenCaptures, std::size_t(1));
        QVERIFY(m.clock);
        QCOMPARE(m.clock->offsetNs, std::int64_t(1000'000'000));
        QCOMPARE(m.clock->errorBoundNs, std::int64_t(10'000'000));
        QVERIFY(m.a[2].sentNs == std::optional<std::int64_t>(30'000'000));
        QVERIFY(m.a[2].oneWayDelayNs() == std::optional<std::int64_t>(10'000'000));
    }

    void reorderingInFlightIsCounted()
    {
        const std::vector<WireSegment> a{
            wire(Direction::ClientToServer, 0, 1, 1),
            wire(Direction::ClientToServer, 1, 101, 2),
            wire(Direction::ServerToClient, 30, 900, 7),
        };
        const std::vector<WireSegment> b{
            wire(Direction::ClientToServer, 10, 101, 2), // overtook the one sent before it
            wire(Direction::ClientToServer, 12, 1, 1),
            wire(Direction::ServerToClient, 20, 900, 7),
        };
        const TwoCaptureMerge m = mergeTwoCaptures(a, b);
        QCOMPARE(m.directions[0].reordered, std::size_t(1));
        QCOMPARE(m.directions[1].reordered, std::size_t(0));
        QCOMPARE(m.directions[0].both, std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestTwoCapture)
#include "tst_twocapture.moc"
