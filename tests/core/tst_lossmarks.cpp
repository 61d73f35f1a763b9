// SPDX-License-Identifier: GPL-3.0-or-later
// The ladder's loss marks on the real lossy captures of tests/data, with tshark as the oracle: the
// gap markers sit on the frames tshark flags "previous segment not captured", a fast
// retransmission is linked to the duplicate ACKs before it, a retransmission without them to the
// measured wait since its first transmission, the ACKs' notes say what tshark says, and a collapsed
// run never hides any of it.

#include "captureindex.h"
#include "ladderlayout.h"
#include "ladderloss.h"
#include "streamreplay.h"
#include "tsharkfields.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace tcpladder::core;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(TCPLADDER_TEST_DATA_DIR "/") + QLatin1String(name);
}

// Every connection of a capture, each with its tcp analysis read as the GUI and the CLI read it.
std::vector<ConnectionLadder> ladders(const QString &file)
{
    CaptureIndex index;
    std::string error;
    if (loadFile(file.toStdString(), index, error) == LoadResult::Failed)
        return {};
    std::vector<ConnectionLadder> out;
    for (const Stream &stream : index.tracker().streams()) {
        ConnectionLadder ladder = buildConnectionLadder(stream, index.tracker().segments());
        ladder.tcp = analyzeLadderTcp(file.toStdString(), ladder, error);
        out.push_back(std::move(ladder));
    }
    return out;
}

struct Frame
{
    std::uint32_t stream = 0;
    std::uint32_t srcPort = 0;
    std::uint32_t seq = 0;
    std::uint32_t nextSeq = 0; // tcp.nxtseq: seq + len (+1 for SYN/FIN); seq for a bare ACK
    std::uint32_t ack = 0;
    std::int64_t timeNs = 0;
    QStringList flags; // the tcp.analysis.* fields tshark set, by name
    std::uint32_t dupAckOf = 0;
    std::uint32_t dupAckNum = 0;
    QString sack; // "a–b, c–d" from tcp.options.sack_le / sack_re
};

// tshark's reading of every TCP frame of `file`, by frame number.
std::map<std::uint32_t, Frame> tsharkFrames(const QString &file)
{
    static const QStringList flagNames{
        "lost_segment", "retransmission", "fast_retransmission", "spurious_retransmission",
        "out_of_order", "window_update",  "duplicate_ack"};
    QStringList fields{"tcp.stream",
                       "tcp.srcport",
                       "tcp.seq",
                       "tcp.nxtseq",
                       "tcp.ack",
                       "frame.time_relative",
                       "tcp.analysis.duplicate_ack_frame",
                       "tcp.analysis.duplicate_ack_num",
                       "tcp.options.sack_le",
                       "tcp.options.sack_re"};
    for (const QString &flag : flagNames)
        fields << "tcp.analysis." + flag;
    std::map<std::uint32_t, Frame> out;
    for (const QStringList &row : tcpladder::testsupport::tsharkFields(file, "tcp", fields)) {
        Frame f;
        f.stream = row.value(1).toUInt();
        f.srcPort = row.value(2).toUInt();
        f.seq = row.value(3).toUInt();
        f.nextSeq = row.value(4).toUInt();
        f.ack = row.value(5).toUInt();
        f.timeNs = std::llround(row.value(6).toDouble() * 1e9);
        f.dupAckOf = row.value(7).toUInt();
        f.dupAckNum = row.value(8).toUInt();
        const QStringList left = row.value(9).split(u',', Qt::SkipEmptyParts);
        const QStringList right = row.value(10).split(u',', Qt::SkipEmptyParts);
        QStringList blocks;
        for (qsizetype b = 0; b < std::min(left.size(), right.size()); ++b)
            blocks << left[b] + QStringLiteral("–") + right[b];
        f.sack = blocks.join(QStringLiteral(", "));
        for (qsizetype i = 0; i < flagNames.size(); ++i)
            if (!row.value(11 + i).isEmpty())
                f.flags << flagNames[i];
        out[row.value(0).toUInt()] = f;
    }
    return out;
}

const LossMark *markOfFrame(const ConnectionLadder &ladder, const LossMarks &loss, std::uint32_t frame)
{
    for (const LossMark &mark : loss.marks)
        if (ladder.rows[mark.row].segment.frame == frame)
            return &mark;
    return nullptr;
}

} // namespace

class TestLossMarks : public QObject
{
    Q_OBJECT

private slots:
    void captures_data();
    void gapMarkersSitOnTsharksLostSegments_data() { captures_data(); }
    void gapMarkersSitOnTsharksLostSegments();
    void fastRetransmissionsLinkTheirDuplicateAcks_data() { captures_data(); }
    void fastRetransmissionsLinkTheirDuplicateAcks();
    void otherRetransmissionsShowTheMeasuredWait_data() { captures_data(); }
    void otherRetransmissionsShowTheMeasuredWait();
    void ackNotesSayWhatTsharkSays_data() { captures_data(); }
    void ackNotesSayWhatTsharkSays();
    void collapsedRunsNeverHideLoss_data() { captures_data(); }
    void collapsedRunsNeverHideLoss();
    void layoutPlacesTheMarks();

private:
    QString m_tshark;
};

void TestLossMarks::captures_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"lossy-bulk.pcap", "data-rto.pcap", "zero-window.pcap", "keep-alive.pcap",
                             "syn-backoff-doubling.pcap", "syn-ack-lost.pcap"})
        QTest::newRow(name) << dataFile(name);
}

void TestLossMarks::gapMarkersSitOnTsharksLostSegments()
{
    QFETCH(QString, file);
    TCPLADDER_FIND_TSHARK_OR_SKIP(m_tshark);
    const auto frames = tsharkFrames(file);
    QVERIFY(!frames.empty());
    std::set<std::uint32_t> expected;
    for (const auto &[number, f] : frames)
        if (f.flags.contains("lost_segment"))
            expected.insert(number);
    std::set<std::uint32_t> marked;
    for (const ConnectionLadder &ladder : ladders(file)) {
        const LossMarks loss = findLossMarks(ladder);
        for (const LossMark &mark : loss.marks) {
            if (mark.gap.empty())
                continue;
            const std::uint32_t number = ladder.rows[mark.row].segment.frame;
            marked.insert(number);
            // The missing bytes: from the highest tcp.nxtseq the sender had reached to this seq.
            const Frame &f = frames.at(number);
            std::uint32_t reached = 0;
            for (const auto &[earlier, e] : frames)
                if (earlier < number && e.stream == f.stream && e.srcPort == f.srcPort)
                    reached = std::max(reached, e.nextSeq);
            QCOMPARE(mark.gapFirstSeq, reached);
            QCOMPARE(mark.gapBytes, f.seq - reached);
            const std::string numbers = std::to_string(f.seq - reached) + " bytes not captured (Seq "
                + std::to_string(reached) + "–" + std::to_string(f.seq - 1) + ")";
            QCOMPARE(QString::fromStdString(mark.gap), QString::fromStdString(numbers));
        }
    }
    QCOMPARE(marked, expected);
    if (file.endsWith("lossy-bulk.pcap"))
        QVERIFY(!expected.empty());
}

void TestLossMarks::fastRetransmissionsLinkTheirDuplicateAcks()
{
    QFETCH(QString, file);
    TCPLADDER_FIND_TSHARK_OR_SKIP(m_tshark);
    const auto frames = tsharkFrames(file);
    std::map<std::uint32_t, std::vector<std::uint32_t>> expected; // retransmission -> its duplicate ACKs
    for (const auto &[number, f] : frames) {
        if (!f.flags.contains("fast_retransmission"))
            continue;
        // The peer's duplicate ACKs of this seq before it, of the frame the last of them repeats.
        std::uint32_t repeated = 0;
        for (const auto &[earlier, e] : frames)
            if (earlier < number && e.stream == f.stream && e.srcPort != f.srcPort && e.dupAckOf != 0 && e.ack == f.seq)
                repeated = e.dupAckOf;
        auto &acks = expected[number];
        for (const auto &[earlier, e] : frames)
            if (earlier < number && e.stream == f.stream && e.srcPort != f.srcPort && e.dupAckOf == repeated
                && repeated != 0)
                acks.push_back(earlier);
    }
    std::map<std::uint32_t, std::vector<std::uint32_t>> linked;
    for (const ConnectionLadder &ladder : ladders(file)) {
        const LossMarks loss = findLossMarks(ladder);
        for (const LossLink &link : loss.links) {
            if (link.kind != LossLinkKind::DuplicateAcks)
                continue;
            const std::uint32_t number = ladder.rows[link.row].segment.frame;
            auto &acks = linked[number];
            for (const std::uint32_t row : link.triggers)
                acks.push_back(ladder.rows[row].segment.frame);
            const LossMark *mark = markOfFrame(ladder, loss, number);
            QVERIFY(mark);
            const std::string count = std::to_string(link.triggers.size());
            QVERIFY2(mark->note.find("fast retransmission after " + count + " duplicate ACK") != std::string::npos,
                     mark->note.c_str());
        }
    }
    QCOMPARE(linked, expected);
    if (file.endsWith("lossy-bulk.pcap"))
        QVERIFY(!expected.empty());
}

void TestLossMarks::otherRetransmissionsShowTheMeasuredWait()
{
    QFETCH(QString, file);
    TCPLADDER_FIND_TSHARK_OR_SKIP(m_tshark);
    const auto frames = tsharkFrames(file);
    // A plain retransmission and the frame-time since the last earlier frame with its seq.
    std::map<std::uint32_t, std::int64_t> expected;
    for (const auto &[number, f] : frames) {
        if (!f.flags.contains("retransmission") || f.flags.contains("fast_retransmission")
            || f.flags.contains("spurious_retransmission"))
            continue;
        std::int64_t sent = -1;
        for (const auto &[earlier, e] : frames)
            if (earlier < number && e.stream == f.stream && e.srcPort == f.srcPort && e.seq == f.seq
                && e.nextSeq != e.seq) // it carried data, a SYN or a FIN
                sent = e.timeNs;
        if (sent >= 0)
            expected[number] = f.timeNs - sent;
    }
    std::map<std::uint32_t, std::int64_t> measured;
    for (const ConnectionLadder &ladder : ladders(file)) {
        const LossMarks loss = findLossMarks(ladder);
        for (const LossLink &link : loss.links) {
            if (link.kind != LossLinkKind::Wait)
                continue;
            const std::uint32_t number = ladder.rows[link.row].segment.frame;
            measured[number] = link.waitNs;
            const LossMark *mark = markOfFrame(ladder, loss, number);
            QVERIFY(mark);
            QVERIFY2(mark->note.find("waited " + formatWait(link.waitNs) + " for an ACK") != std::string::npos,
                     mark->note.c_str());
        }
    }
    if (file.endsWith("data-rto.pcap") || file.endsWith("syn-backoff-doubling.pcap"))
        QVERIFY(!expected.empty());
    QCOMPARE(measured.size(), expected.size());
    for (const auto &[number, wait] : expected) {
        QVERIFY2(measured.count(number), qPrintable(QString("frame %1 has no wait link").arg(number)));
        QVERIFY2(std::llabs(measured[number] - wait) <= 1000, qPrintable(QString("frame %1").arg(number)));
    }
}

void TestLossMarks::ackNotesSayWhatTsharkSays()
{
    QFETCH(QString, file);
    TCPLADDER_FIND_TSHARK_OR_SKIP(m_tshark);
    const auto frames = tsharkFrames(file);
    int checked = 0;
    for (const ConnectionLadder &ladder : ladders(file)) {
        const LossMarks loss = findLossMarks(ladder);
        for (const StreamRow &row : ladder.rows) {
            const Frame &f = frames.at(row.segment.frame);
            const LossMark *mark = markOfFrame(ladder, loss, row.segment.frame);
            const std::string note = mark ? mark->note : std::string();
            const auto says = [&note](const QString &text) {
                return note.find(text.toStdString()) != std::string::npos;
            };
            QCOMPARE(says(QString("Dup ACK #%1 of frame %2").arg(f.dupAckNum).arg(f.dupAckOf)), f.dupAckOf != 0);
            QCOMPARE(says("Window update"), f.flags.contains("window_update"));
            QCOMPARE(says("out of order"), f.flags.contains("out_of_order"));
            QCOMPARE(says("spurious retransmission"), f.flags.contains("spurious_retransmission"));
            if (!f.sack.isEmpty())
                QVERIFY2(says("SACK " + f.sack), note.c_str());
            else
                QVERIFY(!says("SACK "));
            checked += mark ? 1 : 0;
        }
    }
    if (file.endsWith("lossy-bulk.pcap"))
        QVERIFY(checked > 100);
}

void TestLossMarks::collapsedRunsNeverHideLoss()
{
    QFETCH(QString, file);
    TCPLADDER_FIND_TSHARK_OR_SKIP(m_tshark);
    const auto frames = tsharkFrames(file);
    for (const ConnectionLadder &ladder : ladders(file)) {
        const LossMarks loss = findLossMarks(ladder);
        std::set<std::uint32_t> mustShow;
        for (const StreamRow &row : ladder.rows) {
            const QStringList &flags = frames.at(row.segment.frame).flags;
            if (flags.contains("lost_segment") || flags.contains("retransmission") || flags.contains("out_of_order"))
                mustShow.insert(static_cast<std::uint32_t>(&row - ladder.rows.data()));
        }
        for (const LossLink &link : loss.links)
            mustShow.insert(link.triggers.begin(), link.triggers.end());
        LadderLayoutOptions options;
        options.collapseThreshold = 2;
        options.collapseKeep = 0;
        const LadderLayout layout = layoutLadder(ladder, options);
        for (const std::uint32_t row : mustShow) {
            const auto item = layout.itemForRow(row);
            QVERIFY(item);
            QVERIFY2(!layout.runOfItem(*item),
                     qPrintable(QString("frame %1 is hidden in a run").arg(ladder.rows[row].segment.frame)));
        }
        if (!mustShow.empty() && ladder.rows.size() > 100)
            QVERIFY(!layout.runs().empty()); // the rest still collapses
    }
}

void TestLossMarks::layoutPlacesTheMarks()
{
    // lossy-bulk's first fast retransmission: its bracket reaches up to the first duplicate ACK
    // and down to the retransmission, on the data sender's (the server's) lifeline.
    const auto all = ladders(dataFile("lossy-bulk.pcap"));
    QVERIFY(!all.empty());
    const ConnectionLadder &ladder = all.front();
    const LadderLayout layout = layoutLadder(ladder, {});
    QVERIFY(!layout.loss().links.empty());
    const LadderLink link = layout.link(0);
    const LadderItem retransmission = layout.item(*layout.itemForRow(link.row));
    const LadderItem firstAck = layout.item(*layout.itemForRow(link.triggerRows.front()));
    QCOMPARE(link.lifelineX, retransmission.start.x);
    QCOMPARE(link.lifelineX, firstAck.end.x);
    QCOMPARE(link.top, firstAck.end.y);
    QCOMPARE(link.bottom, retransmission.start.y);
    QCOMPARE(link.ticks.size(), link.triggerRows.size() + 1);
    QVERIFY(!retransmission.note.text.empty());
    // Found by the visible range around it, as the painter finds it.
    const auto shown = layout.linksInRange(retransmission.bounds.y, retransmission.bounds.bottom());
    QVERIFY(std::any_of(shown.begin(), shown.end(), [&](const LadderLink &l) { return l.row == link.row; }));
    // Every label and note of a marked row stays inside its row, above its arrow.
    for (const LossMark &mark : layout.loss().marks) {
        const auto index = layout.itemForRow(mark.row);
        QVERIFY(index);
        const LadderItem item = layout.item(*index);
        for (const LadderText *text : {&item.note, &item.gap}) {
            if (text->text.empty())
                continue;
            QVERIFY(text->rect.y >= item.bounds.y);
            QVERIFY(text->rect.bottom() <= item.label.rect.y + 0.01);
        }
        QCOMPARE(item.gap.text.empty(), mark.gap.empty());
    }
}

QTEST_GUILESS_MAIN(TestLossMarks)
#include "tst_lossmarks.moc"
