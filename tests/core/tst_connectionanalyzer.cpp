// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureindex.h"
#include "connectionanalyzer.h"
#include "segment.h"
#include "streamreplay.h"
#include "tcpflags.h"

#include <QStringList>
#include <QtTest>

#include <algorithm>
#include <vector>

using namespace tcpladder::core;

using Segments = std::vector<Segment>;
Q_DECLARE_METATYPE(Segments)

namespace {

constexpr std::uint16_t S = FlagSyn;
constexpr std::uint16_t SA = FlagSyn | FlagAck;
constexpr std::uint16_t A = FlagAck;
constexpr std::uint16_t PA = FlagPsh | FlagAck;
constexpr std::uint16_t FA = FlagFin | FlagAck;
constexpr std::uint16_t FPA = FlagFin | FlagPsh | FlagAck;
constexpr std::uint16_t R = FlagRst;
constexpr std::uint16_t RA = FlagRst | FlagAck;
constexpr std::uint8_t Retr = NoteRetransmission;

// dir 'c' = client to server, 's' = server to client; seq/ack relative like Wireshark's.
Segment seg(char dir, std::uint16_t flags, std::uint32_t seq, std::uint32_t ack, std::uint32_t len = 0,
            std::uint8_t notes = 0)
{
    Segment segment;
    segment.direction = dir == 'c' ? Direction::ClientToServer : Direction::ServerToClient;
    segment.flags = flags;
    segment.seq = seq;
    segment.ack = ack;
    segment.payloadLength = len;
    segment.notes = notes;
    return segment;
}

// SYN, SYN-ACK, ACK: the rows every complete open starts with.
Segments handshake()
{
    return {seg('c', S, 0, 0), seg('s', SA, 0, 1), seg('c', A, 1, 1)};
}

QStringList handshakeRows()
{
    return {"handshake SYN_SENT LISTEN", "handshake ESTABLISHED SYN_RECEIVED", "handshake ESTABLISHED ESTABLISHED"};
}

Segments operator+(Segments a, const Segments &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

QString str(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// One row as "phase CLIENT_STATE SERVER_STATE [fin_ack_merged]".
QString describe(const RowAnalysis &row)
{
    QString text =
        str(toString(row.phase)) + u' ' + str(toString(row.clientState)) + u' ' + str(toString(row.serverState));
    if (row.notes & NoteFinAckMerged)
        text += QStringLiteral(" fin_ack_merged");
    return text;
}

} // namespace

class TestConnectionAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void sequences_data();
    void sequences();
    void summaryIsIncremental();
    void realCaptures_data();
    void realCaptures();
};

void TestConnectionAnalyzer::names()
{
    QCOMPARE(str(toString(OpenKind::Complete)), QStringLiteral("complete"));
    QCOMPARE(str(toString(OpenKind::SynOnly)), QStringLiteral("syn_only"));
    QCOMPARE(str(toString(OpenKind::SynSynAck)), QStringLiteral("syn_synack"));
    QCOMPARE(str(toString(OpenKind::Simultaneous)), QStringLiteral("simultaneous"));
    QCOMPARE(str(toString(OpenKind::None)), QStringLiteral("none"));
    QCOMPARE(str(toString(CloseKind::Fin)), QStringLiteral("fin"));
    QCOMPARE(str(toString(CloseKind::Half)), QStringLiteral("half"));
    QCOMPARE(str(toString(CloseKind::Rst)), QStringLiteral("rst"));
    QCOMPARE(str(toString(CloseKind::None)), QStringLiteral("none"));
    QCOMPARE(str(toString(Side::Client)), QStringLiteral("client"));
    QCOMPARE(str(toString(Side::Server)), QStringLiteral("server"));
    QCOMPARE(str(toString(Phase::Handshake)), QStringLiteral("handshake"));
    QCOMPARE(str(toString(Phase::Data)), QStringLiteral("data"));
    QCOMPARE(str(toString(Phase::Teardown)), QStringLiteral("teardown"));
    QCOMPARE(str(toString(Phase::Reset)), QStringLiteral("reset"));
    const QStringList states{"CLOSED",     "LISTEN",  "SYN_SENT",  "SYN_RECEIVED", "ESTABLISHED", "FIN_WAIT_1",
                             "FIN_WAIT_2", "CLOSING", "TIME_WAIT", "CLOSE_WAIT",   "LAST_ACK"};
    for (int i = 0; i < states.size(); ++i)
        QCOMPARE(str(toString(static_cast<TcpState>(i))), states.at(i));
}

void TestConnectionAnalyzer::sequences_data()
{
    QTest::addColumn<Segments>("segments");
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    QTest::addColumn<QString>("firstFin");
    QTest::addColumn<int>("teardown"); // -1: null
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("textbook open and 4-segment close")
        << handshake() + Segments{seg('c', PA, 1, 1, 10), seg('s', A, 1, 11),   seg('s', PA, 1, 11, 20),
                                  seg('c', A, 11, 21),    seg('c', FA, 11, 21), seg('s', A, 21, 12),
                                  seg('s', FA, 21, 12),   seg('c', A, 12, 22)}
        << "complete"
        << "fin"
        << "client" << 4
        << handshakeRows() + QStringList{"data ESTABLISHED ESTABLISHED",   "data ESTABLISHED ESTABLISHED",
                                         "data ESTABLISHED ESTABLISHED",   "data ESTABLISHED ESTABLISHED",
                                         "teardown FIN_WAIT_1 CLOSE_WAIT", "teardown FIN_WAIT_2 CLOSE_WAIT",
                                         "teardown TIME_WAIT LAST_ACK",    "teardown TIME_WAIT CLOSED"};

    QTest::newRow("3-segment close") << handshake()
            + Segments{seg('c', PA, 1, 1, 5), seg('s', PA, 1, 6, 7), seg('c', FA, 6, 8), seg('s', FA, 8, 7),
                       seg('c', A, 7, 9)}
                                     << "complete"
                                     << "fin"
                                     << "client" << 3
                                     << handshakeRows()
            + QStringList{"data ESTABLISHED ESTABLISHED", "data ESTABLISHED ESTABLISHED",
                          "teardown FIN_WAIT_1 CLOSE_WAIT", "teardown TIME_WAIT LAST_ACK fin_ack_merged",
                          "teardown TIME_WAIT CLOSED"};

    QTest::newRow("server closes first") << handshake()
            + Segments{seg('s', PA, 1, 1, 10), seg('s', FA, 11, 1), seg('c', A, 1, 12), seg('c', FA, 1, 12),
                       seg('s', A, 12, 2)}
                                         << "complete"
                                         << "fin"
                                         << "server" << 4
                                         << handshakeRows()
            + QStringList{"data ESTABLISHED ESTABLISHED", "teardown CLOSE_WAIT FIN_WAIT_1",
                          "teardown CLOSE_WAIT FIN_WAIT_2", "teardown LAST_ACK TIME_WAIT", "teardown CLOSED TIME_WAIT"};

    // Server data after the client's FIN re-acknowledges that FIN: not counted again.
    QTest::newRow("half-close, data after first FIN")
        << handshake() + Segments{seg('c', PA, 1, 1, 10),   seg('c', FA, 11, 1),   seg('s', A, 1, 12),
                                  seg('s', PA, 1, 12, 100), seg('c', A, 12, 101),  seg('s', PA, 101, 12, 100),
                                  seg('c', A, 12, 201),     seg('s', FA, 201, 12), seg('c', A, 12, 202)}
        << "complete"
        << "fin"
        << "client" << 4
        << handshakeRows() + QStringList{"data ESTABLISHED ESTABLISHED",   "teardown FIN_WAIT_1 CLOSE_WAIT",
                                         "teardown FIN_WAIT_2 CLOSE_WAIT", "teardown FIN_WAIT_2 CLOSE_WAIT",
                                         "teardown FIN_WAIT_2 CLOSE_WAIT", "teardown FIN_WAIT_2 CLOSE_WAIT",
                                         "teardown FIN_WAIT_2 CLOSE_WAIT", "teardown TIME_WAIT LAST_ACK",
                                         "teardown TIME_WAIT CLOSED"};

    // The first acknowledgement of the FIN rides on the server's data: it counts.
    QTest::newRow("half-close, FIN acked by data") << handshake()
            + Segments{seg('c', FA, 1, 1), seg('s', PA, 1, 2, 100), seg('c', A, 2, 101), seg('s', FA, 101, 2),
                       seg('c', A, 2, 102)} << "complete"
                                                   << "fin"
                                                   << "client" << 4
                                                   << handshakeRows()
            + QStringList{"teardown FIN_WAIT_1 CLOSE_WAIT", "teardown FIN_WAIT_2 CLOSE_WAIT",
                          "teardown FIN_WAIT_2 CLOSE_WAIT", "teardown TIME_WAIT LAST_ACK", "teardown TIME_WAIT CLOSED"};

    // FIN on the last data segment occupies seq+len: ack 51 covers the data only, 52 the FIN.
    QTest::newRow("FIN riding on data")
        << handshake() + Segments{seg('c', PA, 1, 1, 10), seg('s', A, 1, 11),  seg('s', FPA, 1, 11, 50),
                                  seg('c', A, 11, 51),    seg('c', A, 11, 52), seg('c', FA, 11, 52),
                                  seg('s', A, 52, 12)}
        << "complete"
        << "fin"
        << "server"
        << 4
        // The client's first ACK stops short of the FIN (Ack=51): it did not have the FIN yet.
        << handshakeRows() + QStringList{"data ESTABLISHED ESTABLISHED",    "data ESTABLISHED ESTABLISHED",
                                         "teardown ESTABLISHED FIN_WAIT_1", "teardown CLOSE_WAIT FIN_WAIT_1",
                                         "teardown CLOSE_WAIT FIN_WAIT_2",  "teardown LAST_ACK TIME_WAIT",
                                         "teardown CLOSED TIME_WAIT"};

    QTest::newRow("FIN on data answered by FIN-ACK")
        << handshake() + Segments{seg('c', FPA, 1, 1, 30), seg('s', FPA, 1, 32, 40), seg('c', A, 32, 42)} << "complete"
        << "fin"
        << "client" << 3
        << handshakeRows()
            + QStringList{"teardown FIN_WAIT_1 CLOSE_WAIT", "teardown TIME_WAIT LAST_ACK fin_ack_merged",
                          "teardown TIME_WAIT CLOSED"};

    QTest::newRow("RST abort") << handshake()
            + Segments{seg('c', PA, 1, 1, 10), seg('s', RA, 1, 11), seg('c', PA, 11, 1, 5), seg('s', R, 1, 0)}
                               << "complete"
                               << "rst"
                               << "null" << -1
                               << handshakeRows()
            + QStringList{"data ESTABLISHED ESTABLISHED", "reset CLOSED CLOSED", "reset CLOSED CLOSED",
                          "reset CLOSED CLOSED"};

    QTest::newRow("refused") << Segments{seg('c', S, 0, 0), seg('s', RA, 1, 1)} << "syn_only"
                             << "rst"
                             << "null" << -1
                             << QStringList{"handshake SYN_SENT CLOSED",
                                            "reset CLOSED CLOSED"}; // nothing listened: CLOSED throughout

    QTest::newRow("handshake reset by client")
        << Segments{seg('c', S, 0, 0), seg('s', SA, 0, 1), seg('c', R, 1, 0)} << "syn_synack"
        << "rst"
        << "null" << -1
        << QStringList{"handshake SYN_SENT LISTEN", "handshake ESTABLISHED SYN_RECEIVED", "reset CLOSED LISTEN"};

    QTest::newRow("syn_only") << Segments{seg('c', S, 0, 0), seg('c', S, 0, 0, 0, Retr)} << "syn_only"
                              << "none"
                              << "null" << -1 << QStringList{"handshake SYN_SENT LISTEN", "handshake SYN_SENT LISTEN"};

    QTest::newRow("syn_synack") << Segments{seg('c', S, 0, 0), seg('s', SA, 0, 1), seg('s', SA, 0, 1, 0, Retr)}
                                << "syn_synack"
                                << "none"
                                << "null" << -1
                                << QStringList{"handshake SYN_SENT LISTEN", "handshake ESTABLISHED SYN_RECEIVED",
                                               "handshake ESTABLISHED SYN_RECEIVED"};

    QTest::newRow("SYN retransmission") << Segments{seg('c', S, 0, 0),  seg('c', S, 0, 0, 0, Retr), seg('s', SA, 0, 1),
                                                    seg('c', A, 1, 1),  seg('c', PA, 1, 1, 3),      seg('s', FA, 1, 4),
                                                    seg('c', FA, 4, 2), seg('s', A, 2, 5)}
                                        << "complete"
                                        << "fin"
                                        << "server" << 3
                                        << QStringList{"handshake SYN_SENT LISTEN",
                                                       "handshake SYN_SENT LISTEN",
                                                       "handshake ESTABLISHED SYN_RECEIVED",
                                                       "handshake ESTABLISHED ESTABLISHED",
                                                       "data ESTABLISHED ESTABLISHED",
                                                       "teardown CLOSE_WAIT FIN_WAIT_1",
                                                       "teardown LAST_ACK TIME_WAIT fin_ack_merged",
                                                       "teardown CLOSED TIME_WAIT"};

    QTest::newRow("simultaneous open") << Segments{seg('c', S, 0, 0), seg('s', S, 0, 0), seg('c', SA, 0, 1),
                                                   seg('s', SA, 0, 1), seg('c', PA, 1, 1, 4)}
                                       << "simultaneous"
                                       << "none"
                                       << "null" << -1
                                       << QStringList{
                                              "handshake SYN_SENT LISTEN", "handshake SYN_RECEIVED SYN_RECEIVED",
                                              "handshake SYN_RECEIVED ESTABLISHED", "handshake ESTABLISHED ESTABLISHED",
                                              "data ESTABLISHED ESTABLISHED"};

    // Both FINs cross (neither acknowledges the other), then two ACKs.
    QTest::newRow("simultaneous close") << handshake()
            + Segments{seg('c', FA, 1, 1), seg('s', FA, 1, 1), seg('c', A, 2, 2), seg('s', A, 2, 2)}
                                        << "complete"
                                        << "fin"
                                        << "client" << 4
                                        << handshakeRows()
            + QStringList{"teardown FIN_WAIT_1 ESTABLISHED", "teardown CLOSING CLOSING", "teardown CLOSING TIME_WAIT",
                          "teardown TIME_WAIT TIME_WAIT"};

    QTest::newRow("mid-stream start") << Segments{seg('c', PA, 1, 1, 10), seg('s', A, 1, 11), seg('s', FA, 1, 11),
                                                  seg('c', FA, 11, 2), seg('s', A, 2, 12)}
                                      << "none"
                                      << "fin"
                                      << "server" << 3
                                      << QStringList{"data ESTABLISHED ESTABLISHED", "data ESTABLISHED ESTABLISHED",
                                                     "teardown CLOSE_WAIT FIN_WAIT_1",
                                                     "teardown LAST_ACK TIME_WAIT fin_ack_merged",
                                                     "teardown CLOSED TIME_WAIT"};

    QTest::newRow("SYN not captured, SYN-ACK first")
        << Segments{seg('c', SA, 0, 1), seg('s', A, 1, 1), seg('s', PA, 1, 1, 5)} << "none"
        << "none"
        << "null" << -1
        << QStringList{"handshake SYN_RECEIVED ESTABLISHED", "handshake ESTABLISHED ESTABLISHED",
                       "data ESTABLISHED ESTABLISHED"};

    QTest::newRow("retransmitted FIN and ACK not counted twice")
        << handshake()
            + Segments{seg('c', FA, 1, 1),
                       seg('c', FA, 1, 1, 0, Retr),
                       seg('s', A, 1, 2),
                       seg('s', FA, 1, 2),
                       seg('s', FA, 1, 2, 0, Retr),
                       seg('c', A, 2, 2),
                       seg('c', A, 2, 2, 0, NoteDuplicateAck)}
        << "complete"
        << "fin"
        << "client" << 4
        << handshakeRows() + QStringList{"teardown FIN_WAIT_1 CLOSE_WAIT", "teardown FIN_WAIT_1 CLOSE_WAIT",
                                         "teardown FIN_WAIT_2 CLOSE_WAIT", "teardown TIME_WAIT LAST_ACK",
                                         "teardown TIME_WAIT LAST_ACK",    "teardown TIME_WAIT CLOSED",
                                         "teardown TIME_WAIT CLOSED"};

    QTest::newRow("one FIN only") << handshake() + Segments{seg('c', FA, 1, 1), seg('s', A, 1, 2)} << "complete"
                                  << "half"
                                  << "client" << -1
                                  << handshakeRows()
            + QStringList{"teardown FIN_WAIT_1 CLOSE_WAIT", "teardown FIN_WAIT_2 CLOSE_WAIT"};

    QTest::newRow("both FINs, last never acked")
        << handshake() + Segments{seg('c', FA, 1, 1), seg('s', FA, 1, 2)} << "complete"
        << "fin"
        << "client" << -1
        << handshakeRows()
            + QStringList{"teardown FIN_WAIT_1 CLOSE_WAIT", "teardown TIME_WAIT LAST_ACK fin_ack_merged"};

    QTest::newRow("RST during close") << handshake()
            + Segments{seg('c', FA, 1, 1), seg('s', A, 1, 2), seg('s', RA, 1, 2)}
                                      << "complete"
                                      << "rst"
                                      << "client" << -1
                                      << handshakeRows()
            + QStringList{"teardown FIN_WAIT_1 CLOSE_WAIT", "teardown FIN_WAIT_2 CLOSE_WAIT", "reset CLOSED CLOSED"};

    // A stray RST after both FINs were acknowledged leaves the close a clean one.
    QTest::newRow("RST after clean close") << handshake()
            + Segments{seg('c', FA, 1, 1), seg('s', FA, 1, 2), seg('c', A, 2, 2), seg('c', PA, 2, 2, 3),
                       seg('s', R, 2, 0)} << "complete"
                                           << "fin"
                                           << "client" << 3
                                           << handshakeRows()
            + QStringList{"teardown FIN_WAIT_1 CLOSE_WAIT", "teardown TIME_WAIT LAST_ACK fin_ack_merged",
                          "teardown TIME_WAIT CLOSED", "teardown TIME_WAIT CLOSED", "reset CLOSED CLOSED"};

    QTest::newRow("no FIN no RST") << handshake() + Segments{seg('c', PA, 1, 1, 10)} << "complete"
                                   << "none"
                                   << "null" << -1 << handshakeRows() + QStringList{"data ESTABLISHED ESTABLISHED"};
}

void TestConnectionAnalyzer::sequences()
{
    QFETCH(Segments, segments);
    QFETCH(QString, open);
    QFETCH(QString, close);
    QFETCH(QString, firstFin);
    QFETCH(int, teardown);
    QFETCH(QStringList, rows);

    QCOMPARE(static_cast<qsizetype>(segments.size()), rows.size());
    // States as the ladder draws them (with hindsight); the summary from the live, incremental add().
    ConnectionAnalyzer analyzer;
    for (const Segment &segment : segments)
        analyzer.add(segment);
    QStringList actual;
    for (const RowAnalysis &row : analyzeRows(segments))
        actual << describe(row);
    for (qsizetype i = 0; i < rows.size(); ++i)
        QVERIFY2(
            actual.at(i) == rows.at(i),
            qPrintable(QStringLiteral("row %1: got \"%2\", expected \"%3\"").arg(i + 1).arg(actual.at(i), rows.at(i))));

    QCOMPARE(str(toString(analyzer.open())), open);
    QCOMPARE(str(toString(analyzer.close())), close);
    QCOMPARE(analyzer.firstFin() ? str(toString(*analyzer.firstFin())) : QStringLiteral("null"), firstFin);
    QCOMPARE(analyzer.teardownSegments().value_or(-1), teardown);
}

// The summary must be right after every segment, since a live capture reads it mid-stream.
void TestConnectionAnalyzer::summaryIsIncremental()
{
    ConnectionAnalyzer analyzer;
    const Segments segments = handshake() + Segments{seg('c', FA, 1, 1), seg('s', FA, 1, 2), seg('c', A, 2, 2)};
    const OpenKind opens[] = {OpenKind::SynOnly,  OpenKind::SynSynAck, OpenKind::Complete,
                              OpenKind::Complete, OpenKind::Complete,  OpenKind::Complete};
    const CloseKind closes[] = {CloseKind::None, CloseKind::None, CloseKind::None,
                                CloseKind::Half, CloseKind::Fin,  CloseKind::Fin};
    const int teardowns[] = {-1, -1, -1, -1, -1, 3};
    for (std::size_t i = 0; i < segments.size(); ++i) {
        analyzer.add(segments[i]);
        // Compared as names: QCOMPARE would pick up our toString(), which does not return char *.
        QCOMPARE(str(toString(analyzer.open())), str(toString(opens[i])));
        QCOMPARE(str(toString(analyzer.close())), str(toString(closes[i])));
        QCOMPARE(analyzer.teardownSegments().value_or(-1), teardowns[i]);
    }
}

// Real stacks' captures (tests/data/README.md says how they were made), read through the whole
// core path; the expectations were read off tshark's view of each file by hand.
void TestConnectionAnalyzer::realCaptures_data()
{
    QTest::addColumn<QString>("file"); // relative to the source tree
    QTest::addColumn<int>("streams");
    QTest::addColumn<QString>("open"); // every stream of the file
    QTest::addColumn<QString>("close");
    QTest::addColumn<QString>("firstFin");
    QTest::addColumn<int>("teardown");
    QTest::addColumn<QString>("clientEnd"); // states after the last row
    QTest::addColumn<QString>("serverEnd");

    const auto add = [](const char *file, int streams, const char *open, const char *close, const char *firstFin,
                        int teardown, const char *clientEnd, const char *serverEnd) {
        QTest::newRow(file) << QString::fromUtf8(file) << streams << open << close << firstFin << teardown << clientEnd
                            << serverEnd;
    };
    // This kernel answers a client's FIN with FIN+ACK when the server closes at once: 3 segments.
    add("tests/data/client-close.pcap", 1, "complete", "fin", "client", 3, "TIME_WAIT", "CLOSED");
    add("tests/data/client-close-nano.pcapng", 1, "complete", "fin", "client", 3, "TIME_WAIT", "CLOSED");
    add("tests/data/client-close.pcap.gz", 1, "complete", "fin", "client", 3, "TIME_WAIT", "CLOSED");
    add("tests/data/any-sll2.pcap", 1, "complete", "fin", "client", 3, "TIME_WAIT", "CLOSED");
    add("tests/data/ipv6.pcap", 1, "complete", "fin", "client", 3, "TIME_WAIT", "CLOSED");
    add("tests/data/many-connections.pcap", 10, "complete", "fin", "client", 3, "TIME_WAIT", "CLOSED");
    add("tests/data/lossy-bulk.pcap", 1, "complete", "fin", "client", 3, "TIME_WAIT", "CLOSED");
    add("tests/data/syn-retransmission.pcap", 1, "complete", "fin", "client", 3, "TIME_WAIT", "CLOSED");
    add("tests/data/mid-connection.pcap", 1, "none", "fin", "client", 3, "TIME_WAIT", "CLOSED");
    // The server's ACK of the client's FIN comes alone (an ACK of the data before it comes first).
    add("tests/data/half-close.pcap", 1, "complete", "fin", "client", 4, "TIME_WAIT", "CLOSED");
    add("tests/data/server-close.pcap", 1, "complete", "fin", "server", 4, "CLOSED", "TIME_WAIT");
    add("tests/data/port-reuse.pcap", 6, "complete", "fin", "server", 4, "CLOSED", "TIME_WAIT");
    add("tests/data/rst-abort.pcap", 1, "complete", "rst", "null", -1, "CLOSED", "CLOSED");
    add("tests/data/refused.pcap", 1, "syn_only", "rst", "null", -1, "CLOSED", "CLOSED"); // nothing listened
    add("resources/samples/web-fetch-3-segment-close.pcapng", 1, "complete", "fin", "client", 3, "TIME_WAIT", "CLOSED");
    add("resources/samples/web-fetch-4-segment-close.pcapng", 1, "complete", "fin", "server", 4, "CLOSED", "TIME_WAIT");
    add("resources/samples/reset.pcapng", 1, "complete", "rst", "null", -1, "CLOSED", "CLOSED");
    add("resources/samples/refused.pcapng", 1, "syn_only", "rst", "null", -1, "CLOSED", "CLOSED");
}

void TestConnectionAnalyzer::realCaptures()
{
    QFETCH(QString, file);
    QFETCH(int, streams);
    QFETCH(QString, open);
    QFETCH(QString, close);
    QFETCH(QString, firstFin);
    QFETCH(int, teardown);
    QFETCH(QString, clientEnd);
    QFETCH(QString, serverEnd);

    const QString path = QStringLiteral(TCPLADDER_SOURCE_DIR "/") + file;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    CaptureIndex index;
    std::string error;
    QCOMPARE(loadFile(path.toStdString(), index, error), LoadResult::Ok);
    const auto &all = index.tracker().segments();
    QCOMPARE(static_cast<int>(index.tracker().streams().size()), streams);

    for (const Stream &stream : index.tracker().streams()) {
        const QByteArray where = QByteArray("stream ") + QByteArray::number(stream.index);
        QVERIFY2(!stream.segments.empty(), where.constData());
        // Replaying through a fresh analyzer must agree with the tracker's incremental one.
        ConnectionAnalyzer replay;
        std::vector<Segment> segments;
        for (const std::uint32_t i : stream.segments) {
            replay.add(all[i]);
            segments.push_back(all[i]);
        }
        const std::vector<RowAnalysis> rows = analyzeRows(segments);
        const RowAnalysis last = rows.back();
        const auto merged = static_cast<int>(std::count_if(
            rows.begin(), rows.end(), [](const RowAnalysis &r) { return (r.notes & NoteFinAckMerged) != 0; }));
        QCOMPARE(str(toString(replay.open())), str(toString(stream.analyzer.open())));
        QCOMPARE(str(toString(replay.close())), str(toString(stream.analyzer.close())));
        QCOMPARE(replay.teardownSegments(), stream.analyzer.teardownSegments());

        QCOMPARE(str(toString(replay.open())), open);
        QCOMPARE(str(toString(replay.close())), close);
        QCOMPARE(replay.firstFin() ? str(toString(*replay.firstFin())) : QStringLiteral("null"), firstFin);
        QCOMPARE(replay.teardownSegments().value_or(-1), teardown);
        QCOMPARE(str(toString(last.clientState)), clientEnd);
        QCOMPARE(str(toString(last.serverState)), serverEnd);
        // Exactly the 3-segment closes have the FIN that carries the peer's ACK.
        QCOMPARE(merged, teardown == 3 ? 1 : 0);
    }
}

QTEST_MAIN(TestConnectionAnalyzer)
#include "tst_connectionanalyzer.moc"
