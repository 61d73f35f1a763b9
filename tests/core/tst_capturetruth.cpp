// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: every state and sentence must be true for the capture at hand. Each case is a real
// kernel capture from tests/data (make_captures.sh); what is true is read off tshark's view of
// the file and the way the scenario was made, never off the analysis being tested.

#include "explanation.h"
#include "explanationnote.h"
#include "ladderfixture.h"
#include "ladderlabels.h"
#include "tcpflags.h"
#include "tsharkfields.h"

#include <QtTest>

#include <string>

using namespace tcpladder::core;
using tcpladder::testsupport::tsharkFields;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(TCPLADDER_TEST_DATA_DIR "/") + QString::fromUtf8(name);
}

QString str(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// What the pane and the CLI say for `e`, on the row it is about.
QString english(const ConnectionLadder &ladder, const Explanation &e)
{
    QStringList paragraphs;
    for (const std::string &paragraph : explanationParagraphs(ladder, e.row.value_or(0), e))
        paragraphs << QString::fromStdString(paragraph);
    return paragraphs.join(u' ');
}

std::size_t rowOfFrame(const ConnectionLadder &ladder, std::uint32_t frame)
{
    for (std::size_t i = 0; i < ladder.rows.size(); ++i)
        if (ladder.rows[i].segment.frame == frame)
            return i;
    qFatal("frame %u not in the ladder", frame);
}

TcpState stateOf(const StreamRow &row, Side side)
{
    return side == Side::Client ? row.analysis.clientState : row.analysis.serverState;
}

// The phase's rows as the ladder brackets them (first..last row of that phase).
std::string title(const ConnectionLadder &ladder, Phase phase)
{
    std::optional<std::uint32_t> first;
    std::uint32_t last = 0;
    for (std::uint32_t i = 0; i < ladder.rows.size(); ++i)
        if (ladder.rows[i].analysis.phase == phase) {
            first = first.value_or(i);
            last = i;
        }
    return first ? phaseTitle(ladder, phase, *first, last, {}) : std::string();
}

std::vector<Explanation> allNotes(const ConnectionLadder &ladder)
{
    std::vector<Explanation> out;
    for (std::size_t i = 0; i < ladder.rows.size(); ++i)
        for (const Explanation &e : explainRow(ladder, i))
            out.push_back(e);
    for (const Phase phase : {Phase::Handshake, Phase::Data, Phase::Teardown, Phase::Reset})
        out.push_back(explainPhase(ladder, phase));
    return out;
}

} // namespace

#define LOAD(name) \
    const auto loaded = ladderfixture::loadLadder(dataFile(name).toStdString(), 0); \
    QVERIFY2(loaded.has_value(), name); \
    const ConnectionLadder &ladder = *loaded; \
    if (!tcpladder::testsupport::haveTshark()) \
        TCPLADDER_TSHARK_MISSING();

class TestCaptureTruth : public QObject
{
    Q_OBJECT

private slots:
    void refusedPortIsClosed();
    void lostSynAckLeavesClientInSynSent();
    void synBackoffAsMeasured_data();
    void synBackoffAsMeasured();
    void finCarryingData();
    void crossingFins();
    void teardownNamesTheSides_data();
    void teardownNamesTheSides();
    void rolesWithoutTheSyn();
    void retransmissionSaysWhy_data();
    void retransmissionSaysWhy();
};

// Item 1: nothing listens on a refused port: CLOSED before and after, and the SYN was answered.
void TestCaptureTruth::refusedPortIsClosed()
{
    LOAD("refused.pcap");
    const auto rst = tsharkFields(dataFile("refused.pcap"), "tcp.flags.reset == 1", {"tcp.srcport"});
    QCOMPARE(rst.size(), std::size_t(1));
    QCOMPARE(rst[0][1].toUInt(), unsigned(ladder.server.port)); // the server reset
    for (const StreamRow &row : ladder.rows)
        QCOMPARE(str(toString(row.analysis.serverState)), QStringLiteral("CLOSED"));
    const QString handshake = QString::fromStdString(title(ladder, Phase::Handshake));
    QVERIFY2(!handshake.contains(u"not answered"), qPrintable(handshake));
    QVERIFY2(handshake.contains(u"refused") && handshake.contains(u"RST"), qPrintable(handshake));
}

// Item 2: the client keeps resending its SYN, so the SYN-ACKs before its last SYN never reached it.
void TestCaptureTruth::lostSynAckLeavesClientInSynSent()
{
    LOAD("syn-ack-lost.pcap");
    const QString file = dataFile("syn-ack-lost.pcap");
    const auto syns = tsharkFields(file, "tcp.flags.syn == 1 && tcp.flags.ack == 0");
    const auto synAcks = tsharkFields(file, "tcp.flags.syn == 1 && tcp.flags.ack == 1");
    QVERIFY(syns.size() >= 2);
    const std::uint32_t lastSyn = syns.back()[0].toUInt();
    int lostAnswers = 0;
    for (const auto &synAck : synAcks) {
        const std::uint32_t frame = synAck[0].toUInt();
        const auto notes = explainRow(ladder, rowOfFrame(ladder, frame));
        const auto lost = std::find_if(notes.begin(), notes.end(),
                                       [](const Explanation &e) { return e.kind == ExplanationKind::NotReceived; });
        if (frame > lastSyn) {
            QVERIFY2(lost == notes.end(), qPrintable(synAck[0]));
            continue;
        }
        ++lostAnswers;
        QVERIFY2(lost != notes.end(), qPrintable(synAck[0]));
        // The evidence: the client's next SYN after this SYN-ACK.
        const auto next =
            std::find_if(syns.begin(), syns.end(), [frame](const QStringList &s) { return s[0].toUInt() > frame; });
        QCOMPARE(lost->frame, (*next)[0].toUInt());
    }
    QVERIFY(lostAnswers > 0);
    // SYN_SENT until a SYN-ACK after the last SYN arrived.
    for (const StreamRow &row : ladder.rows) {
        if (row.segment.frame > lastSyn)
            break;
        QVERIFY2(row.analysis.clientState == TcpState::SynSent, qPrintable(QString::number(row.segment.frame)));
    }
    QCOMPARE(str(toString(ladder.rows.back().analysis.clientState)), QStringLiteral("TIME_WAIT"));
    const Explanation phase = explainPhase(ladder, Phase::Handshake);
    QCOMPARE(str(toString(phase.kind)), QStringLiteral("syn_retransmission"));
    QCOMPARE(phase.count, int(syns.size()));
    QCOMPARE(phase.unreceived, lostAnswers);
    QVERIFY2(!english(ladder, phase).contains(u"No SYN-ACK came back"), qPrintable(english(ladder, phase)));
}

// Item 3: the waits are described as measured: this kernel (tcp_syn_linear_timeouts) first
// retries at a fixed interval; the other two captures set the sysctl to 0 and 2.
void TestCaptureTruth::synBackoffAsMeasured_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pattern");
    QTest::newRow("linear") << "syn-retransmission.pcap" << int(Backoff::Regular);
    QTest::newRow("doubling") << "syn-backoff-doubling.pcap" << int(Backoff::Doubling);
    QTest::newRow("linear then doubling") << "syn-backoff-mixed.pcap" << int(Backoff::RegularThenDoubling);
}

void TestCaptureTruth::synBackoffAsMeasured()
{
    QFETCH(QString, file);
    QFETCH(int, pattern);
    LOAD(qPrintable(file));
    const auto syns =
        tsharkFields(dataFile(qPrintable(file)), "tcp.flags.syn == 1 && tcp.flags.ack == 0", {"frame.time_epoch"});
    QVERIFY(syns.size() >= 3);
    const Explanation e = explainPhase(ladder, Phase::Handshake);
    QCOMPARE(e.intervalsNs.size(), syns.size() - 1);
    for (std::size_t i = 1; i < syns.size(); ++i) {
        const auto expected = std::llround((syns[i][1].toDouble() - syns[i - 1][1].toDouble()) * 1e9);
        QVERIFY(std::llabs(e.intervalsNs[i - 1] - expected) <= 1000);
    }
    QCOMPARE(int(e.backoff), pattern);
    const QString text = english(ladder, e);
    QCOMPARE(text.contains(u"exponential"), pattern == int(Backoff::Doubling));
    QVERIFY2(text.contains(u"No SYN-ACK came back"), qPrintable(text)); // the server's input dropped the SYNs
}

// Item 4: the FIN after 600-odd bytes of data takes the number after them.
void TestCaptureTruth::finCarryingData()
{
    LOAD("fin-data.pcap");
    const QString file = dataFile("fin-data.pcap");
    const auto fin = tsharkFields(file, "tcp.flags.fin == 1 && tcp.len > 0", {"tcp.seq", "tcp.len"});
    QCOMPARE(fin.size(), std::size_t(1));
    const std::uint32_t seq = fin[0][1].toUInt(), len = fin[0][2].toUInt();
    // The peer's answer to the FIN: the first ACK beyond the data.
    const auto answers = tsharkFields(
        file, QStringLiteral("tcp.ack > %1 && frame.number > %2").arg(seq + len).arg(fin[0][0]), {"tcp.ack"});
    QVERIFY(!answers.empty());
    const std::uint32_t answer = answers[0][1].toUInt();
    const auto notes = explainRow(ladder, rowOfFrame(ladder, fin[0][0].toUInt()));
    const auto it = std::find_if(notes.begin(), notes.end(),
                                 [](const Explanation &e) { return e.kind == ExplanationKind::FinSent; });
    QVERIFY(it != notes.end());
    QCOMPARE(it->ack, answer);
    QCOMPARE(it->bytes, std::uint64_t(len));
    const QString text = english(ladder, *it);
    QVERIFY2(text.contains(QStringLiteral("Ack=%1").arg(answer)) && text.contains(QString::number(answer - 1)),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("FIN (Seq=%1").arg(seq)), qPrintable(text));
    // The data the FIN carried shows in a bracket: the teardown's.
    const QString teardown = QString::fromStdString(title(ladder, Phase::Teardown));
    QVERIFY2(teardown.contains(QString::fromStdString(formatByteCount(len))), qPrintable(teardown));
}

// Item 5: both ends shutdown() at the same instant across 15 ms: the FINs cross. Each side goes
// FIN_WAIT_1 -> CLOSING -> TIME_WAIT; nobody is ever CLOSE_WAIT or LAST_ACK.
void TestCaptureTruth::crossingFins()
{
    LOAD("crossing-fin.pcap");
    const QString file = dataFile("crossing-fin.pcap");
    const auto fins = tsharkFields(file, "tcp.flags.fin == 1", {"tcp.srcport", "tcp.seq", "tcp.ack", "tcp.len"});
    QCOMPARE(fins.size(), std::size_t(2));
    // The second FIN does not acknowledge the first: it was sent before the first arrived.
    QVERIFY(fins[1][3].toUInt() <= fins[0][2].toUInt() + fins[0][4].toUInt());
    const std::size_t first = rowOfFrame(ladder, fins[0][0].toUInt());
    const std::size_t second = rowOfFrame(ladder, fins[1][0].toUInt());
    const Side firstCloser = fins[0][1].toUInt() == ladder.client.port ? Side::Client : Side::Server;
    const Side secondCloser = firstCloser == Side::Client ? Side::Server : Side::Client;
    QCOMPARE(str(toString(stateOf(ladder.rows[first], secondCloser))), QStringLiteral("ESTABLISHED"));
    for (const Side side : {Side::Client, Side::Server}) {
        QStringList path;
        for (const StreamRow &row : ladder.rows)
            if (path.isEmpty() || path.last() != str(toString(stateOf(row, side))))
                path << str(toString(stateOf(row, side)));
        const QString seen = path.join(u' ');
        QVERIFY2(!seen.contains(u"CLOSE_WAIT") && !seen.contains(u"LAST_ACK"), qPrintable(seen));
        QVERIFY2(seen.endsWith(u"CLOSING TIME_WAIT"), qPrintable(seen));
    }
    QCOMPARE(str(toString(stateOf(ladder.rows[first], firstCloser))), QStringLiteral("FIN_WAIT_1"));
    QCOMPARE(str(toString(stateOf(ladder.rows[second], secondCloser))), QStringLiteral("CLOSING"));
    QCOMPARE(str(toString(explainPhase(ladder, Phase::Teardown).kind)), QStringLiteral("simultaneous_close"));
}

// Item 6: every note names the side it means; "the peer" changed sides within one note.
void TestCaptureTruth::teardownNamesTheSides_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"client-close.pcap", "server-close.pcap", "half-close.pcap", "fin-data.pcap",
                          "crossing-fin.pcap", "syn-ack-lost.pcap"})
        QTest::newRow(f) << f;
}

void TestCaptureTruth::teardownNamesTheSides()
{
    QFETCH(QString, file);
    LOAD(qPrintable(file));
    for (const Explanation &e : allNotes(ladder))
        QVERIFY2(!english(ladder, e).contains(u"peer"), qPrintable(english(ladder, e)));
}

// Item 8: a capture that begins with the SYN-ACK: the client is the SYN-ACK's receiver.
void TestCaptureTruth::rolesWithoutTheSyn()
{
    LOAD("syn-ack-first.pcap");
    const auto first = tsharkFields(dataFile("syn-ack-first.pcap"), "frame.number == 1",
                                    {"tcp.flags.syn", "tcp.flags.ack", "tcp.dstport", "tcp.srcport"});
    QCOMPARE(first.size(), std::size_t(1));
    QCOMPARE(first[0][1] + first[0][2], QStringLiteral("11"));
    QCOMPARE(unsigned(ladder.client.port), first[0][3].toUInt());
    QCOMPARE(unsigned(ladder.server.port), first[0][4].toUInt());
    QVERIFY(ladder.rows[0].segment.direction == Direction::ServerToClient);
    // The SYN-ACK's sender answered a SYN: it is the server, SYN_RECEIVED; the client has its answer.
    QCOMPARE(str(toString(ladder.rows[0].analysis.serverState)), QStringLiteral("SYN_RECEIVED"));
    QCOMPARE(str(toString(ladder.rows[0].analysis.clientState)), QStringLiteral("ESTABLISHED"));
    QCOMPARE(str(toString(ladder.firstFin.value_or(Side::Server))), QStringLiteral("client"));
}

// Item 7: a retransmission says what asked for it. tshark tells fast retransmissions (after
// duplicate ACKs) from the others; data-rto.pcap's client never got the first copy, so nothing
// came back and the server's timer fired.
void TestCaptureTruth::retransmissionSaysWhy_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("timer") << "data-rto.pcap";
    QTest::newRow("duplicate ACKs") << "lossy-bulk.pcap";
}

void TestCaptureTruth::retransmissionSaysWhy()
{
    QFETCH(QString, file);
    LOAD(qPrintable(file));
    const QString path = dataFile(qPrintable(file));
    const auto data = tsharkFields(path, "tcp.len > 0",
                                   {"tcp.srcport", "tcp.seq", "frame.time_epoch", "tcp.analysis.retransmission",
                                    "tcp.analysis.fast_retransmission"});
    const auto dups = tsharkFields(path, "tcp.analysis.duplicate_ack", {"tcp.dstport", "tcp.ack"});
    int checked = 0;
    for (std::size_t k = 0; k < data.size(); ++k) {
        const QStringList &r = data[k];
        if (r[4].isEmpty())
            continue;
        // The previous copy of the same bytes, and the receiver's duplicate ACKs for them since.
        std::optional<std::size_t> previous;
        for (std::size_t p = 0; p < k; ++p)
            if (data[p][1] == r[1] && data[p][2] == r[2])
                previous = p;
        const std::uint32_t since = previous ? data[*previous][0].toUInt() : 0;
        int asked = 0;
        for (const auto &d : dups)
            asked += d[0].toUInt() > since && d[0].toUInt() < r[0].toUInt() && d[1] == r[1] && d[2] == r[2];
        const auto notes = explainRow(ladder, rowOfFrame(ladder, r[0].toUInt()));
        const auto it = std::find_if(notes.begin(), notes.end(),
                                     [](const Explanation &e) { return e.kind == ExplanationKind::Retransmission; });
        QVERIFY2(it != notes.end(), qPrintable(r[0]));
        QCOMPARE(it->count, asked);
        const QString text = english(ladder, *it);
        QCOMPARE(text.contains(u"asking for Seq="), !r[5].isEmpty()); // tshark: fast retransmission
        QCOMPARE(text.contains(u"timer fired"), r[5].isEmpty());
        if (previous) {
            const auto wait = std::llround((r[3].toDouble() - data[*previous][3].toDouble()) * 1e9);
            QVERIFY(std::llabs(it->waitNs - wait) <= 1000);
        }
        ++checked;
    }
    QVERIFY(checked > 0);
}

QTEST_MAIN(TestCaptureTruth)
#include "tst_capturetruth.moc"
