// SPDX-License-Identifier: GPL-3.0-or-later
// Tracker unit tests on hand-built segment sequences: stream numbering, relative numbers, roles.
// (The same rules are checked against tshark on real captures in tst_tshark_diff.)

#include "tcpflags.h"
#include "tracker.h"

#include <QtTest>

#include <vector>

using namespace tcpladder::core;

namespace {

constexpr std::uint16_t S = FlagSyn;
constexpr std::uint16_t SA = FlagSyn | FlagAck;
constexpr std::uint16_t A = FlagAck;
constexpr std::uint16_t PA = FlagPsh | FlagAck;
constexpr std::uint16_t FA = FlagFin | FlagAck;

struct Packet
{
    bool fromClient; // 10.0.0.1:40000 -> 10.0.0.2:80, else the reverse
    std::uint32_t seq;
    std::uint32_t ack;
    std::uint16_t flags;
    std::uint32_t length = 0;
    std::uint16_t window = 1000;
};

// What the tracker should have stored for one packet.
struct Expected
{
    std::uint32_t stream;
    std::uint32_t seq;
    std::uint32_t ack;
    Direction direction;
    std::uint8_t notes = 0;
};

using Packets = std::vector<Packet>;
using ExpectedRows = std::vector<Expected>;

const Endpoint kHostA{IpAddress::fromV4(std::array<std::uint8_t, 4>{10, 0, 0, 1}.data()), 40000};
const Endpoint kHostB{IpAddress::fromV4(std::array<std::uint8_t, 4>{10, 0, 0, 2}.data()), 80};

void feed(Tracker &tracker, const Packets &packets)
{
    std::uint32_t frame = 0;
    for (const Packet &p : packets) {
        DecodedTcp tcp;
        tcp.src = p.fromClient ? kHostA.ip : kHostB.ip;
        tcp.dst = p.fromClient ? kHostB.ip : kHostA.ip;
        tcp.srcPort = p.fromClient ? kHostA.port : kHostB.port;
        tcp.dstPort = p.fromClient ? kHostB.port : kHostA.port;
        tcp.seq = p.seq;
        tcp.ack = p.ack;
        tcp.flags = p.flags;
        tcp.window = p.window;
        tcp.payloadLength = p.length;
        if (p.flags & FlagSyn) {
            tcp.options.mss = p.fromClient ? 1460 : 1400;
            tcp.options.windowScale = p.fromClient ? 7 : 9;
        }
        ++frame;
        // One second apart, so no timing-based note (out-of-order, fast retransmission) fires.
        tracker.add(tcp, frame, std::int64_t(frame) * 1'000'000'000, frame * 100u);
    }
}

} // namespace

Q_DECLARE_METATYPE(Packets)
Q_DECLARE_METATYPE(ExpectedRows)

class TestTracker : public QObject
{
    Q_OBJECT

private slots:
    void relativeNumbers_data();
    void relativeNumbers();
    void streamFields();
    void roleFlipKeepsStreamConsistent();
    void portReuseStartsFreshStream();
    void changedStreams();
};

void TestTracker::relativeNumbers_data()
{
    QTest::addColumn<Packets>("packets");
    QTest::addColumn<ExpectedRows>("expected");
    QTest::addColumn<int>("streams");
    constexpr auto c2s = Direction::ClientToServer;
    constexpr auto s2c = Direction::ServerToClient;

    QTest::newRow("handshake and data")
        << Packets{{true, 1000, 0, S},
                   {false, 5000, 1001, SA},
                   {true, 1001, 5001, A},
                   {true, 1001, 5001, PA, 100},
                   {false, 5001, 1101, A}}
        << ExpectedRows{{0, 0, 0, c2s}, {0, 0, 1, s2c}, {0, 1, 1, c2s}, {0, 1, 1, c2s}, {0, 1, 101, s2c}} << 1;

    // No SYN: the first sender is the client, seq starts at 1, the peer's base is ack - 1.
    QTest::newRow("mid-stream start") << Packets{{false, 7000, 3001, PA, 99},
                                                 {true, 3001, 7099, A},
                                                 {true, 3001, 7099, PA, 10}}
                                      << ExpectedRows{{0, 1, 1, c2s}, {0, 1, 100, s2c}, {0, 1, 100, s2c}} << 1;

    QTest::newRow("port reuse opens a new stream")
        << Packets{{true, 1000, 0, S},      {false, 5000, 1001, SA}, {true, 1001, 5001, A}, {true, 1001, 5001, FA},
                   {false, 5001, 1002, FA}, {true, 1002, 5002, A},   {true, 90000, 0, S},   {false, 777, 90001, SA}}
        << ExpectedRows{{0, 0, 0, c2s},
                        {0, 0, 1, s2c},
                        {0, 1, 1, c2s},
                        {0, 1, 1, c2s},
                        {0, 1, 2, s2c},
                        {0, 2, 2, c2s},
                        {1, 0, 0, c2s, NotePortReused},
                        {1, 0, 1, s2c}}
        << 2;

    QTest::newRow("retransmitted SYN with the same ISN stays")
        << Packets{{true, 1000, 0, S}, {true, 1000, 0, S}, {false, 5000, 1001, SA}}
        << ExpectedRows{{0, 0, 0, c2s}, {0, 0, 0, c2s, NoteRetransmission}, {0, 0, 1, s2c}} << 1;

    QTest::newRow("sequence wrap-around")
        << Packets{{true, 0xFFFFFF00u, 0, S},
                   {false, 0xFFFFFFF0u, 0xFFFFFF01u, SA},
                   {true, 0xFFFFFF01u, 0xFFFFFFF1u, PA, 512},
                   {false, 0xFFFFFFF1u, 0x00000101u, PA, 100},
                   {true, 0x00000101u, 0x00000055u, A}}
        << ExpectedRows{{0, 0, 0, c2s}, {0, 0, 1, s2c}, {0, 1, 1, c2s}, {0, 1, 513, s2c}, {0, 513, 101, c2s}} << 1;

    // The SYN-ACK comes first (the SYN is captured late): roles flip once the SYN shows up.
    QTest::newRow("late SYN flips roles") << Packets{{false, 5000, 1001, SA}, {true, 1000, 0, S}, {true, 1001, 5001, A}}
                                          << ExpectedRows{{0, 0, 1, s2c}, {0, 0, 0, c2s}, {0, 1, 1, c2s}} << 1;

    QTest::newRow("zero window, keep-alive, duplicate ACK")
        << Packets{{true, 1000, 0, S},          {false, 5000, 1001, SA},      {true, 1001, 5001, A},
                   {true, 1001, 5001, PA, 100}, {false, 5001, 1101, A, 0, 0}, {true, 1100, 5001, A},
                   {false, 5001, 1101, A},      {true, 1101, 5001, A}}
        << ExpectedRows{{0, 0, 0, c2s},
                        {0, 0, 1, s2c},
                        {0, 1, 1, c2s},
                        {0, 1, 1, c2s},
                        {0, 1, 101, s2c, NoteZeroWindow},
                        {0, 100, 1, c2s, NoteKeepAlive},
                        {0, 1, 101, s2c},
                        {0, 101, 1, c2s, NoteDuplicateAck}}
        << 1;

    QTest::newRow("ACK flag off gives ack 0")
        << Packets{{true, 1000, 12345, S}, {false, 5000, 1001, SA}, {true, 1001, 777, FlagRst}}
        << ExpectedRows{{0, 0, 0, c2s}, {0, 0, 1, s2c}, {0, 1, 0, c2s}} << 1;
}

void TestTracker::relativeNumbers()
{
    QFETCH(Packets, packets);
    QFETCH(ExpectedRows, expected);
    QFETCH(int, streams);

    Tracker tracker;
    feed(tracker, packets);
    QCOMPARE(int(tracker.streams().size()), streams);
    const auto &segments = tracker.segments();
    QCOMPARE(segments.size(), expected.size());

    std::vector<std::uint32_t> streamOf(segments.size(), ~0u);
    for (const Stream &stream : tracker.streams())
        for (const std::uint32_t i : stream.segments)
            streamOf[i] = stream.index;

    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Segment &s = segments[i];
        const QByteArray where = "frame " + QByteArray::number(qulonglong(s.frame));
        QVERIFY2(s.frame == i + 1, where.constData());
        QVERIFY2(streamOf[i] == expected[i].stream, where + " stream " + QByteArray::number(streamOf[i]));
        QVERIFY2(s.seq == expected[i].seq, where + " seq " + QByteArray::number(s.seq));
        QVERIFY2(s.ack == expected[i].ack, where + " ack " + QByteArray::number(s.ack));
        QVERIFY2(s.direction == expected[i].direction, where + " direction");
        const std::uint8_t trackerNotes = s.notes & ~std::uint8_t(NoteFinAckMerged);
        QVERIFY2(trackerNotes == expected[i].notes, where + " notes " + QByteArray::number(trackerNotes));
    }
}

void TestTracker::streamFields()
{
    Tracker tracker;
    feed(tracker,
         {{true, 1000, 0, S},
          {false, 5000, 1001, SA},
          {true, 1001, 5001, PA, 300},
          {false, 5001, 1301, PA, 40},
          {true, 1301, 5041, A}});
    QCOMPARE(tracker.streams().size(), std::size_t(1));
    const Stream &stream = tracker.streams()[0];
    QCOMPARE(stream.client, kHostA);
    QCOMPARE(stream.server, kHostB);
    QVERIFY(stream.clientBaseKnown && stream.serverBaseKnown);
    QCOMPARE(stream.clientBaseSeq, 1000u);
    QCOMPARE(stream.serverBaseSeq, 5000u);
    QCOMPARE(int(stream.clientWindowScale), 7);
    QCOMPARE(int(stream.serverWindowScale), 9);
    QCOMPARE(stream.clientMss, 1460);
    QCOMPARE(stream.serverMss, 1400);
    QCOMPARE(stream.firstFrame, 1u);
    QCOMPARE(stream.firstTimeNs, std::int64_t(1'000'000'000));
    QCOMPARE(stream.lastTimeNs, std::int64_t(5'000'000'000));
    QCOMPARE(stream.payloadClientToServer, 300u);
    QCOMPARE(stream.payloadServerToClient, 40u);
    QCOMPARE(stream.segments.size(), std::size_t(5));
}

void TestTracker::roleFlipKeepsStreamConsistent()
{
    Tracker tracker;
    // Server data first (no handshake seen), then the peer's SYN with the ISN that data implied.
    feed(tracker, {{false, 5000, 1001, SA}, {false, 5001, 1001, PA, 50}, {true, 1000, 0, S}});
    const Stream &stream = tracker.streams()[0];
    QCOMPARE(tracker.streams().size(), std::size_t(1));
    QCOMPARE(stream.client, kHostA);
    QCOMPARE(stream.server, kHostB);
    QCOMPARE(stream.clientBaseSeq, 1000u);
    QCOMPARE(stream.serverBaseSeq, 5000u);
    QCOMPARE(stream.payloadServerToClient, 50u);
    QCOMPARE(stream.payloadClientToServer, 0u);
    const auto &segments = tracker.segments();
    QCOMPARE(segments[0].direction, Direction::ServerToClient);
    QCOMPARE(segments[1].direction, Direction::ServerToClient);
    QCOMPARE(segments[2].direction, Direction::ClientToServer);
}

void TestTracker::portReuseStartsFreshStream()
{
    Tracker tracker;
    feed(tracker,
         {{true, 1000, 0, S},
          {false, 5000, 1001, SA},
          {true, 1001, 5001, PA, 10},
          {true, 1011, 5001, FA},
          {false, 5001, 1012, FA},
          {true, 1012, 5002, A},
          {true, 70000, 0, S},
          {false, 9000, 70001, SA},
          {true, 70001, 9001, PA, 3}});
    QCOMPARE(tracker.streams().size(), std::size_t(2));
    const Stream &first = tracker.streams()[0];
    const Stream &second = tracker.streams()[1];
    QCOMPARE(first.segments.size(), std::size_t(6));
    QCOMPARE(first.payloadClientToServer, 10u);
    QCOMPARE(second.index, 1u);
    QCOMPARE(second.firstFrame, 7u);
    QCOMPARE(second.client, kHostA);
    QCOMPARE(second.clientBaseSeq, 70000u);
    QCOMPARE(second.serverBaseSeq, 9000u);
    QCOMPARE(second.segments.size(), std::size_t(3));
    QCOMPARE(second.payloadClientToServer, 3u);
    // Later packets of that address pair belong to the newest connection.
    QCOMPARE(tracker.segments()[second.segments[2]].seq, 1u);
}

void TestTracker::changedStreams()
{
    Tracker tracker;
    QVERIFY(tracker.takeChangedStreams().empty());
    feed(tracker, {{true, 1000, 0, S}, {false, 5000, 1001, SA}});
    QCOMPARE(tracker.takeChangedStreams(), std::vector<std::uint32_t>{0});
    QVERIFY(tracker.takeChangedStreams().empty());
}

QTEST_MAIN(TestTracker)
#include "tst_tracker.moc"
