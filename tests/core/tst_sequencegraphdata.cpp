// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsharkfields.h"
#include "ladderfixture.h"
#include "sequencegraphdata.h"
#include "tcpflags.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace tcpladder::core;

namespace {

const std::string lossyPath = TCPLADDER_TEST_DATA_DIR "/lossy-bulk.pcap";

// The stream of the lossy capture that carries data (the capture may hold only that one).
std::optional<ConnectionLadder> lossyLadder()
{
    CaptureIndex index;
    std::string error;
    if (loadFile(lossyPath, index, error) != LoadResult::Ok)
        return std::nullopt;
    const auto &streams = index.tracker().streams();
    const auto busiest = std::max_element(streams.begin(), streams.end(), [](const Stream &a, const Stream &b) {
        return a.payloadClientToServer + a.payloadServerToClient < b.payloadClientToServer + b.payloadServerToClient;
    });
    if (busiest == streams.end())
        return std::nullopt;
    return buildConnectionLadder(*busiest, index.tracker().segments());
}

std::set<int> rowsOf(const std::vector<GraphPoint> &points)
{
    std::set<int> rows;
    for (const auto &p : points)
        rows.insert(p.row);
    return rows;
}

std::set<int> markedRows(const SequenceGraphData &graph, GraphMark kind)
{
    std::set<int> rows;
    for (const auto &direction : graph.directions) {
        const auto some = rowsOf(direction.mark(kind));
        rows.insert(some.begin(), some.end());
    }
    return rows;
}

} // namespace

class TestSequenceGraphData : public QObject
{
    Q_OBJECT

private slots:
    void lossyRetransmissionsMarkedExactly();
    void everyCaptureMarksMatchNotes_data();
    void everyCaptureMarksMatchNotes();
    void lossyRetransmissionsMatchTshark();
    void lossyWindowFollowsScaledWindow();
    void lossyDataPoints();
    void textbookMarkersAndRowLookup();
    void sequenceWrapKeepsClimbing();
    void downsamplingMillionKeepsMarks();
    void downsamplingZoomedRange();
    void onePointPerCellKeepsTheFirst();
};

void TestSequenceGraphData::lossyRetransmissionsMarkedExactly()
{
    const auto ladder = lossyLadder();
    QVERIFY2(ladder, "tests/data/lossy-bulk.pcap did not load");
    const auto graph = buildSequenceGraph(*ladder);

    std::set<int> expected;
    for (std::size_t i = 0; i < ladder->rows.size(); ++i) {
        if (ladder->rows[i].segment.hasNote(NoteRetransmission))
            expected.insert(static_cast<int>(i));
    }
    QVERIFY2(!expected.empty(), "the lossy capture should contain retransmissions");
    QCOMPARE(markedRows(graph, GraphMark::Retransmission), expected);

    // Each mark sits on its own segment's data point, in the sender's direction only.
    for (const auto &direction : graph.directions) {
        for (const auto &mark : direction.mark(GraphMark::Retransmission)) {
            const Segment &s = ladder->rows[static_cast<std::size_t>(mark.row)].segment;
            QCOMPARE(s.direction, direction.direction);
            QCOMPARE(mark.value, double(s.seq) + s.payloadLength);
            if (s.payloadLength > 0) {
                const auto point = pointForRow(direction, mark.row);
                QVERIFY(point);
                QCOMPARE(point->value, mark.value);
                QCOMPARE(point->time, mark.time);
            }
        }
    }
}

void TestSequenceGraphData::everyCaptureMarksMatchNotes_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(TCPLADDER_TEST_DATA_DIR));
    const auto files = dir.entryList({QStringLiteral("*.pcap"), QStringLiteral("*.pcapng")}, QDir::Files);
    QVERIFY(files.size() >= 10);
    for (const auto &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

// Every mark kind, every stream of every capture: a mark exactly where the analysis put the note.
void TestSequenceGraphData::everyCaptureMarksMatchNotes()
{
    QFETCH(QString, file);
    CaptureIndex index;
    std::string error;
    QCOMPARE(loadFile(file.toStdString(), index, error), LoadResult::Ok);
    const std::pair<GraphMark, std::uint8_t> kinds[] = {{GraphMark::Retransmission, NoteRetransmission},
                                                        {GraphMark::OutOfOrder, NoteOutOfOrder},
                                                        {GraphMark::DuplicateAck, NoteDuplicateAck},
                                                        {GraphMark::ZeroWindow, NoteZeroWindow}};
    for (const auto &stream : index.tracker().streams()) {
        const auto ladder = buildConnectionLadder(stream, index.tracker().segments());
        const auto graph = buildSequenceGraph(ladder);
        for (const auto &[mark, note] : kinds) {
            std::set<int> expected;
            for (std::size_t i = 0; i < ladder.rows.size(); ++i) {
                if (ladder.rows[i].segment.hasNote(note))
                    expected.insert(static_cast<int>(i));
            }
            QCOMPARE(markedRows(graph, mark), expected);
        }
        std::set<int> resets;
        for (std::size_t i = 0; i < ladder.rows.size(); ++i) {
            if (ladder.rows[i].segment.has(FlagRst))
                resets.insert(static_cast<int>(i));
        }
        QCOMPARE(markedRows(graph, GraphMark::Rst), resets);
    }
}

void TestSequenceGraphData::lossyRetransmissionsMatchTshark()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        TCPLADDER_TSHARK_MISSING();
    const auto ladder = lossyLadder();
    QVERIFY(ladder);
    QProcess process;
    process.start(tshark,
                  {QStringLiteral("-r"), QString::fromStdString(lossyPath), QStringLiteral("-Y"),
                   QStringLiteral("tcp.stream == %1 && (tcp.analysis.retransmission || "
                                  "tcp.analysis.fast_retransmission || tcp.analysis.spurious_retransmission)")
                       .arg(ladder->streamIndex),
                   QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
                   QStringLiteral("frame.number")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    std::set<std::uint32_t> tsharkFrames;
    for (const auto &line : process.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            tsharkFrames.insert(line.trimmed().toUInt());
    }
    std::set<std::uint32_t> graphFrames;
    for (const int row : markedRows(buildSequenceGraph(*ladder), GraphMark::Retransmission))
        graphFrames.insert(ladder->rows[static_cast<std::size_t>(row)].segment.frame);
    QVERIFY(!tsharkFrames.empty());
    QCOMPARE(graphFrames, tsharkFrames);
}

void TestSequenceGraphData::lossyWindowFollowsScaledWindow()
{
    const auto ladder = lossyLadder();
    QVERIFY(ladder);
    QVERIFY2(ladder->clientWindowScale > 0 && ladder->serverWindowScale > 0,
             "the capture should negotiate window scaling, or this test proves little");
    const auto graph = buildSequenceGraph(*ladder);
    for (const auto &direction : graph.directions) {
        QCOMPARE(direction.window.size(), direction.ack.size());
        std::size_t peerAcks = 0;
        for (const auto &row : ladder->rows)
            peerAcks += row.segment.direction != direction.direction && row.segment.has(FlagAck);
        QCOMPARE(direction.ack.size(), peerAcks);
        bool sawScaled = false;
        for (std::size_t i = 0; i < direction.window.size(); ++i) {
            const auto &w = direction.window[i];
            QCOMPARE(w.row, direction.ack[i].row);
            const Segment &s = ladder->rows[static_cast<std::size_t>(w.row)].segment;
            QVERIFY(s.direction != direction.direction);
            const int shift =
                s.direction == Direction::ClientToServer ? ladder->clientWindowScale : ladder->serverWindowScale;
            const double expected = double(s.ack) + (s.has(FlagSyn) ? s.window : double(s.window) * (1 << shift));
            QCOMPARE(direction.ack[i].value, double(s.ack));
            QCOMPARE(w.value, expected);
            sawScaled = sawScaled || (!s.has(FlagSyn) && s.window != 0);
        }
        QVERIFY(sawScaled || direction.window.empty());
    }
}

void TestSequenceGraphData::lossyDataPoints()
{
    const auto ladder = lossyLadder();
    QVERIFY(ladder);
    const auto graph = buildSequenceGraph(*ladder);
    std::size_t withPayload = 0;
    for (const auto &row : ladder->rows)
        withPayload += row.segment.payloadLength > 0;
    QCOMPARE(graph.directions[0].data.size() + graph.directions[1].data.size(), withPayload);
    const auto &bulk = graph[graph.busiestDirection()];
    QVERIFY(bulk.data.size() > 50);
    for (const auto &p : bulk.data) {
        const Segment &s = ladder->rows[static_cast<std::size_t>(p.row)].segment;
        QCOMPARE(p.value, double(s.seq) + s.payloadLength);
        QCOMPARE(p.time, double(s.timeNs - ladder->rows.front().segment.timeNs) / 1e9);
    }
    QVERIFY(graph.duration > 0);
}

void TestSequenceGraphData::textbookMarkersAndRowLookup()
{
    const auto ladder = ladderfixture::textbook(4);
    const auto graph = buildSequenceGraph(ladder);
    const auto &c2s = graph[Direction::ClientToServer];
    const auto &s2c = graph[Direction::ServerToClient];
    QCOMPARE(rowsOf(c2s.mark(GraphMark::Syn)), (std::set<int>{0}));
    QCOMPARE(rowsOf(s2c.mark(GraphMark::Syn)), (std::set<int>{1}));
    QCOMPARE(s2c.data.size(), std::size_t(4));
    QCOMPARE(graph.busiestDirection(), Direction::ServerToClient);
    const int lastRow = static_cast<int>(ladder.rows.size()) - 1;
    // Four-segment close: client FIN, server ACK, server FIN, client ACK.
    QCOMPARE(rowsOf(c2s.mark(GraphMark::Fin)), (std::set<int>{lastRow - 3}));
    QCOMPARE(rowsOf(s2c.mark(GraphMark::Fin)), (std::set<int>{lastRow - 1}));
    QCOMPARE(s2c.mark(GraphMark::Fin).front().value, 4001.0);
    for (int row = 0; row <= lastRow; ++row) {
        const Segment &s = ladder.rows[static_cast<std::size_t>(row)].segment;
        const auto own = pointForRow(graph[s.direction], row);
        const auto peer = pointForRow(
            graph[s.direction == Direction::ClientToServer ? Direction::ServerToClient : Direction::ClientToServer],
            row);
        QVERIFY2(own || peer, qPrintable(QStringLiteral("row %1 has no point").arg(row)));
        if (s.payloadLength > 0)
            QCOMPARE(own->value, double(s.seq + s.payloadLength));
        else if (s.has(FlagAck) && !s.has(FlagSyn) && !s.has(FlagFin))
            QCOMPARE(peer->value, double(s.ack));
    }
}

void TestSequenceGraphData::sequenceWrapKeepsClimbing()
{
    ladderfixture::Builder b;
    const auto c2s = Direction::ClientToServer;
    const auto s2c = Direction::ServerToClient;
    std::uint32_t seq = 0xFFFF0000u;
    for (int i = 0; i < 200; ++i) {
        b.add(c2s, FlagAck, seq, 1, 1000);
        seq += 1000; // wraps past 2^32 part way
        b.add(s2c, FlagAck, 1, seq, 0);
    }
    const auto graph = buildSequenceGraph(b.finish());
    const auto &d = graph[c2s];
    QCOMPARE(d.data.size(), std::size_t(200));
    for (std::size_t i = 1; i < d.data.size(); ++i)
        QCOMPARE(d.data[i].value - d.data[i - 1].value, 1000.0);
    for (std::size_t i = 0; i < d.ack.size(); ++i)
        QCOMPARE(d.ack[i].value, d.data[i].value);
    QVERIFY(d.data.back().value > 4294967296.0);
}

void TestSequenceGraphData::downsamplingMillionKeepsMarks()
{
    // Synthetic: 1M rows, alternating data and ACK, with scattered retransmissions, dup ACKs and
    // zero windows whose positions come from a simple generator, not from the code under test.
    ConnectionLadder ladder;
    ladder.clientWindowScale = 7;
    ladder.serverWindowScale = 7;
    constexpr int rows = 1'000'000;
    ladder.rows.resize(rows);
    std::set<int> retrans, dupAcks, zeroWindows;
    std::uint32_t next = 1, lcg = 12345;
    for (int i = 0; i < rows; ++i) {
        Segment &s = ladder.rows[static_cast<std::size_t>(i)].segment;
        s.timeNs = std::int64_t(i) * 50'000;
        s.frame = static_cast<std::uint32_t>(i + 1);
        s.flags = FlagAck;
        s.window = 512;
        lcg = lcg * 1103515245u + 12345u;
        const unsigned roll = (lcg >> 16) % 1000;
        if (i % 2 == 0) {
            s.direction = Direction::ClientToServer;
            s.seq = next;
            s.payloadLength = 1448;
            s.ack = 1;
            if (roll < 3) {
                s.notes = NoteRetransmission;
                s.seq = next > 20000 ? next - 14480 : next;
                retrans.insert(i);
            } else {
                next += 1448;
            }
        } else {
            s.direction = Direction::ServerToClient;
            s.seq = 1;
            s.ack = next;
            if (roll < 4) {
                s.notes = NoteDuplicateAck;
                dupAcks.insert(i);
            } else if (roll < 5) {
                s.notes = NoteZeroWindow;
                s.window = 0;
                zeroWindows.insert(i);
            }
        }
    }
    const auto graph = buildSequenceGraph(ladder);
    const auto &d = graph[Direction::ClientToServer];
    QCOMPARE(d.data.size(), std::size_t(rows / 2));
    constexpr std::size_t buckets = 1500;
    const auto shown = displayGraph(d, 0, graph.duration, buckets);
    QVERIFY(shown.data.size() <= 4 * buckets + 2);
    QVERIFY(shown.ack.size() <= 4 * buckets + 2);
    QVERIFY(shown.window.size() <= 4 * buckets + 2);
    QVERIFY(shown.data.size() >= buckets); // still one point per pixel column or more
    QVERIFY(!retrans.empty() && !dupAcks.empty() && !zeroWindows.empty());
    QCOMPARE(rowsOf(shown.marks[std::size_t(GraphMark::Retransmission)]), retrans);
    QCOMPARE(rowsOf(shown.marks[std::size_t(GraphMark::DuplicateAck)]), dupAcks);
    QCOMPARE(rowsOf(shown.marks[std::size_t(GraphMark::ZeroWindow)]), zeroWindows);
    // The extremes survive, so the picture's outline is the full-resolution one.
    const auto maxOf = [](const std::vector<GraphPoint> &p) {
        return std::max_element(p.begin(), p.end(), [](auto &a, auto &b) { return a.value < b.value; })->value;
    };
    QCOMPARE(maxOf(shown.data), maxOf(d.data));
    QCOMPARE(maxOf(shown.window), maxOf(d.window));
}

void TestSequenceGraphData::downsamplingZoomedRange()
{
    std::vector<GraphPoint> points;
    for (int i = 0; i < 1000; ++i)
        points.push_back({i / 100.0, double(i * 10), i}); // t = 0 .. 9.99
    // Enough buckets: every point in [2, 3] comes through, plus one neighbour each side.
    const auto all = downsamplePoints(points, 2.0, 3.0, 1000);
    QCOMPARE(all.front().row, 199);
    QCOMPARE(all.back().row, 301);
    QCOMPARE(all.size(), std::size_t(103));
    // Few buckets: bounded, and still spans the range.
    const auto few = downsamplePoints(points, 0, 9.99, 10);
    QVERIFY(few.size() <= 42);
    QCOMPARE(few.front().row, 0);
    QCOMPARE(few.back().row, 999);
    // Time order of the input does not matter.
    std::vector<GraphPoint> shuffled(points.rbegin(), points.rend());
    QCOMPARE(downsamplePoints(shuffled, 2.0, 3.0, 1000).size(), std::size_t(103));
}

void TestSequenceGraphData::onePointPerCellKeepsTheFirst()
{
    // A 10 x 10 grid over time 0..10 s and values 0..100: cells of 1 s by 10.
    GraphGrid grid;
    grid.t1 = 10;
    grid.v1 = 100;
    grid.columns = 10;
    grid.rows = 10;
    const std::vector<GraphPoint> points{
        {0.5, 5, 0},   // cell (0, 0)
        {0.9, 9, 1},   // cell (0, 0) again: dropped
        {0.5, 15, 2},  // cell (0, 1)
        {5.5, 5, 3},   // cell (5, 0)
        {12.0, 5, 4},  // right of the grid: kept
        {5.1, 1, 5},   // cell (5, 0) again: dropped
        {10.0, 100, 6} // the far corner belongs to the last cell
    };
    const auto kept = onePointPerCell(points, grid);
    std::vector<int> rows;
    for (const auto &p : kept)
        rows.push_back(p.row);
    QCOMPARE(rows, (std::vector<int>{0, 2, 3, 4, 6}));
    // One cell for the whole plane: only the first point inside, and those outside.
    grid.columns = grid.rows = 1;
    rows.clear();
    for (const auto &p : onePointPerCell(points, grid))
        rows.push_back(p.row);
    QCOMPARE(rows, (std::vector<int>{0, 4}));
}

QTEST_MAIN(TestSequenceGraphData)
#include "tst_sequencegraphdata.moc"
