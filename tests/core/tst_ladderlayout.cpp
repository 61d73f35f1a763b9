// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsharkfields.h"
#include "ladderfixture.h"
#include "ladderlayout.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace tcpladder::core;
using ladderfixture::Close;

namespace {

// Fixed-width text so positions are predictable without a font.
constexpr double charWidth = 7.0;
LadderLayoutOptions fixedOptions(double width = 1000)
{
    LadderLayoutOptions options;
    options.width = width;
    options.lineHeight = 16;
    options.measure = [](std::string_view text) {
        double chars = 0;
        for (const char c : text)
            chars += (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? 0 : 1; // count code points
        return chars * charWidth;
    };
    return options;
}

} // namespace

class TestLadderLayout : public QObject
{
    Q_OBJECT

private slots:
    void arrows_data();
    void arrows();
    void timeColumn();
    void brackets_data();
    void brackets();
    void collapseThreshold_data();
    void collapseThreshold();
    void expandedRun();
    void visibleRange();
    void hitTest();
    void notesAndTags();
    void runSummaryCountsRetransmissions();
    void narrowWidthElides();
    void millionRows();
    void realCaptureMatchesTshark_data();
    void realCaptureMatchesTshark();
};

void TestLadderLayout::arrows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("toServer");
    QTest::addColumn<QString>("label");
    QTest::newRow("SYN") << 0 << true << "[SYN] Seq=0 Len=0";
    QTest::newRow("SYN-ACK") << 1 << false << "[SYN, ACK] Seq=0 Ack=1 Len=0";
    QTest::newRow("ACK") << 2 << true << "[ACK] Seq=1 Ack=1 Len=0";
    QTest::newRow("request") << 3 << true << "[PSH, ACK] Seq=1 Ack=1 Len=100";
    QTest::newRow("response") << 5 << false << "[ACK] Seq=1001 Ack=101 Len=1000";
    QTest::newRow("client ACK") << 6 << true << "[ACK] Seq=101 Ack=2001 Len=0";
    QTest::newRow("FIN") << 7 << true << "[FIN, ACK] Seq=101 Ack=2001 Len=0";
    QTest::newRow("last ACK") << 10 << true << "[ACK] Seq=102 Ack=2002 Len=0";
}

void TestLadderLayout::arrows()
{
    QFETCH(int, row);
    QFETCH(bool, toServer);
    QFETCH(QString, label);
    const ConnectionLadder ladder = ladderfixture::textbook(2);
    QCOMPARE(ladder.rows.size(), 11u);
    const LadderLayout layout = layoutLadder(ladder, fixedOptions());
    QCOMPARE(layout.itemCount(), ladder.rows.size()); // nothing collapses in a short connection
    const auto index = layout.itemForRow(static_cast<std::uint32_t>(row));
    QVERIFY(index);
    const LadderItem item = layout.item(*index);
    QVERIFY(item.kind == LadderItemKind::Segment);
    QCOMPARE(item.row, static_cast<std::uint32_t>(row));
    QCOMPARE(QString::fromStdString(item.label.text), label);
    const double from = toServer ? layout.client().x : layout.server().x;
    const double to = toServer ? layout.server().x : layout.client().x;
    QCOMPARE(item.start.x, from);
    QCOMPARE(item.end.x, to);
    QVERIFY(layout.client().x < layout.server().x);
    QVERIFY(item.end.y > item.start.y); // time runs down the page
    // The label sits between the lifelines and entirely above the arrow, inside the row's band.
    QVERIFY(item.label.rect.bottom() <= item.start.y);
    QVERIFY(item.label.rect.x > layout.client().x && item.label.rect.right() < layout.server().x);
    QVERIFY(item.label.rect.y >= item.bounds.y && item.end.y <= item.bounds.bottom());
    QCOMPARE(item.label.rect.width, label.size() * charWidth);
}

void TestLadderLayout::timeColumn()
{
    const ConnectionLadder ladder = ladderfixture::textbook(2);
    const LadderLayout layout = layoutLadder(ladder, fixedOptions());
    const LadderItem first = layout.item(0);
    const LadderItem fourth = layout.item(3);
    QCOMPARE(first.time.text, std::string("0.000000"));
    QCOMPARE(fourth.time.text, std::string("0.003000"));
    QCOMPARE(fourth.delta.text, std::string("+0.001000"));
    QVERIFY(fourth.time.rect.right() <= fourth.delta.rect.x);
    QVERIFY(fourth.delta.rect.right() < layout.client().x);
    QCOMPARE(layout.timeHeader().text, std::string("time (s)"));
    QCOMPARE(formatSeconds(-1500), std::string("-0.000002"));
    QCOMPARE(formatByteCount(52000), std::string("52.0 kB"));
    QCOMPARE(formatByteCount(1200), std::string("1.2 kB"));
    QCOMPARE(formatByteCount(50800), std::string("50.8 kB"));
}

void TestLadderLayout::brackets_data()
{
    QTest::addColumn<int>("close");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("four-segment close") << int(Close::FourSegments)
                                        << QStringList{"three-way handshake", "data — 4 segments, 2.1 kB",
                                                       "teardown — 4 segments"};
    QTest::newRow("server's ACK rides on its FIN")
        << int(Close::ServerMerged)
        << QStringList{"three-way handshake", "data — 4 segments, 2.1 kB",
                       "teardown — 3 segments: the server's ACK rode on its FIN"};
    QTest::newRow("client's ACK rides on its FIN")
        << int(Close::ClientMerged)
        << QStringList{"three-way handshake", "data — 4 segments, 2.1 kB",
                       "teardown — 3 segments: the client's ACK rode on its FIN"};
    QTest::newRow("reset") << int(Close::ServerReset)
                           << QStringList{"three-way handshake", "data — 4 segments, 2.1 kB",
                                          "reset — the server sent RST"};
}

void TestLadderLayout::brackets()
{
    QFETCH(int, close);
    QFETCH(QStringList, titles);
    const ConnectionLadder ladder = ladderfixture::textbook(2, static_cast<Close>(close));
    const LadderLayout layout = layoutLadder(ladder, fixedOptions());
    QStringList actual;
    for (const auto &bracket : layout.brackets())
        actual << QString::fromStdString(bracket.title.text);
    QCOMPARE(actual, titles);
    // Brackets tile the items in order, each over rows of its own phase, each below the last.
    std::size_t nextItem = 0;
    double previousBottom = layout.headerHeight();
    for (const auto &bracket : layout.brackets()) {
        QCOMPARE(bracket.firstItem, nextItem);
        QVERIFY(bracket.top >= previousBottom);
        QVERIFY(bracket.title.rect.bottom() <= layout.itemTop(bracket.firstItem));
        for (auto row = bracket.firstRow; row <= bracket.lastRow; ++row)
            QVERIFY(ladder.rows[row].analysis.phase == bracket.phase);
        nextItem = bracket.lastItem + 1;
        previousBottom = bracket.bottom;
    }
    QCOMPARE(nextItem, layout.itemCount());
    QVERIFY(previousBottom <= layout.lifelineBottom());
}

void TestLadderLayout::collapseThreshold_data()
{
    QTest::addColumn<int>("responses");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("collapsedRows"); // 0: no run
    // Data rows = 1 request + responses + responses/2 client ACKs; 2 kept visible at each end.
    QTest::newRow("6 data rows, threshold 6") << 3 << 6 << 0;
    QTest::newRow("7 data rows, threshold 6") << 4 << 6 << 3;
    QTest::newRow("7 data rows, threshold 7") << 4 << 7 << 0;
    QTest::newRow("58 data rows") << 38 << 6 << 54;
}

void TestLadderLayout::collapseThreshold()
{
    QFETCH(int, responses);
    QFETCH(int, threshold);
    QFETCH(int, collapsedRows);
    const ConnectionLadder ladder = ladderfixture::textbook(responses);
    LadderLayoutOptions options = fixedOptions();
    options.collapseThreshold = threshold;
    const LadderLayout layout = layoutLadder(ladder, options);
    if (collapsedRows == 0) {
        QVERIFY(layout.runs().empty());
        QCOMPARE(layout.itemCount(), ladder.rows.size());
        return;
    }
    QCOMPARE(layout.runs().size(), 1u);
    const LadderRun &run = layout.runs().front();
    QCOMPARE(run.count(), static_cast<std::uint32_t>(collapsedRows));
    QCOMPARE(run.key, 3u); // the request is the first data row
    QCOMPARE(run.firstRow, 5u);
    QCOMPARE(layout.itemCount(), ladder.rows.size() - static_cast<std::size_t>(collapsedRows) + 1);
    const auto runItem = layout.itemForRow(run.firstRow + 1);
    QVERIFY(runItem);
    const LadderItem item = layout.item(*runItem);
    QVERIFY(item.kind == LadderItemKind::CollapsedRun);
    QCOMPARE(item.rowCount, run.count());
    QVERIFY(layout.runOfItem(*runItem) == &run);
    std::uint64_t c2s = 0;
    std::uint64_t s2c = 0;
    for (auto r = run.firstRow; r <= run.lastRow; ++r)
        (ladder.rows[r].segment.direction == Direction::ClientToServer ? c2s : s2c) +=
            ladder.rows[r].segment.payloadLength;
    const std::string expected = "… " + std::to_string(collapsedRows) + " data segments, " + formatByteCount(c2s + s2c)
        + " (c→s " + formatByteCount(c2s) + ", s→c " + formatByteCount(s2c) + ") …";
    QCOMPARE(item.label.text, expected);
    // The rows after the run keep their own arrows.
    QCOMPARE(layout.item(*runItem + 1).row, run.lastRow + 1);
}

void TestLadderLayout::expandedRun()
{
    const ConnectionLadder ladder = ladderfixture::textbook(38);
    LadderLayoutOptions options = fixedOptions();
    const LadderLayout collapsed = layoutLadder(ladder, options);
    QCOMPARE(collapsed.runs().size(), 1u);
    options.expandedRuns.insert(collapsed.runs().front().key);
    const LadderLayout expanded = layoutLadder(ladder, options);
    QCOMPARE(expanded.runs().size(), 1u);
    QVERIFY(expanded.runs().front().expanded);
    QCOMPARE(expanded.itemCount(), ladder.rows.size());
    for (std::size_t i = 0; i < expanded.itemCount(); ++i)
        QVERIFY(expanded.item(i).kind == LadderItemKind::Segment);
    QVERIFY(expanded.height() > collapsed.height());
}

void TestLadderLayout::visibleRange()
{
    const ConnectionLadder ladder = ladderfixture::textbook(1000);
    LadderLayoutOptions options = fixedOptions();
    options.expandedRuns.insert(3);
    const LadderLayout layout = layoutLadder(ladder, options);
    QCOMPARE(layout.itemCount(), ladder.rows.size());
    const double top = layout.itemTop(500);
    const double bottom = layout.itemTop(510);
    const auto items = layout.itemsInRange(top, bottom);
    QCOMPARE(items.size(), 10u);
    for (std::size_t i = 0; i < items.size(); ++i) {
        QCOMPARE(items[i].index, 500 + i);
        QVERIFY(items[i].bounds.intersectsY(top, bottom));
    }
    // Half a row either side pulls in exactly one more row on each side.
    const auto wider = layout.itemRange(top - layout.itemHeight() / 2, bottom + layout.itemHeight() / 2);
    QCOMPARE(wider.first, 499u);
    QCOMPARE(wider.second, 511u);
    const auto none = layout.itemRange(layout.height() + 10, layout.height() + 100);
    QCOMPARE(none.first, none.second);
}

void TestLadderLayout::hitTest()
{
    const ConnectionLadder ladder = ladderfixture::textbook(38);
    const LadderLayout layout = layoutLadder(ladder, fixedOptions());
    const double middleX = (layout.client().x + layout.server().x) / 2;
    for (std::size_t i = 0; i < layout.itemCount(); ++i) {
        const double y = layout.itemTop(i) + layout.itemHeight() / 2;
        QCOMPARE(layout.itemAt(middleX, y), std::optional<std::size_t>(i));
    }
    QVERIFY(!layout.itemAt(middleX, 1));                     // the header is not a row
    QVERIFY(!layout.itemAt(middleX, layout.itemTop(0) - 2)); // nor the title band above the handshake
    QVERIFY(!layout.itemForRow(static_cast<std::uint32_t>(ladder.rows.size())));
}

void TestLadderLayout::notesAndTags()
{
    ladderfixture::Builder b;
    b.add(Direction::ClientToServer, FlagSyn, 0, 0, 0);
    b.add(Direction::ClientToServer, FlagSyn, 0, 0, 0, NoteRetransmission);
    b.add(Direction::ServerToClient, FlagRst | FlagAck, 0, 1, 0);
    const ConnectionLadder ladder = b.finish();
    const LadderLayout layout = layoutLadder(ladder, fixedOptions());
    QCOMPARE(layout.item(0).tag.text, std::string());
    const LadderItem retransmission = layout.item(1);
    QCOMPARE(retransmission.tag.text, std::string("retransmission"));
    QVERIFY(retransmission.tag.rect.x >= retransmission.label.rect.right());
    QVERIFY(retransmission.tag.rect.right() < layout.server().x);
    QCOMPARE(layout.item(2).tag.text, std::string("reset"));
    QCOMPARE(layout.item(2).label.text, std::string("[RST, ACK] Seq=0 Ack=1 Len=0"));
}

void TestLadderLayout::runSummaryCountsRetransmissions()
{
    ladderfixture::Builder b;
    b.add(Direction::ClientToServer, FlagSyn, 0, 0, 0);
    b.add(Direction::ServerToClient, FlagSyn | FlagAck, 0, 1, 0);
    b.add(Direction::ClientToServer, FlagAck, 1, 1, 0);
    for (std::uint32_t i = 0; i < 10; ++i)
        b.add(Direction::ClientToServer, FlagPsh | FlagAck, 1 + i * 500, 1, 500, i == 5 ? NoteRetransmission : 0);
    const ConnectionLadder ladder = b.finish();
    const LadderLayout layout = layoutLadder(ladder, fixedOptions());
    QCOMPARE(layout.runs().size(), 1u);
    QCOMPARE(layout.runs().front().retransmissions, 1u);
    const LadderItem run = layout.item(*layout.itemForRow(8));
    QVERIFY(run.kind == LadderItemKind::CollapsedRun);
    QVERIFY(run.notes & NoteRetransmission);
    QCOMPARE(run.label.text, std::string("… 6 data segments, 3.0 kB (c→s 3.0 kB, s→c 0 B), 1 retransmission …"));
}

void TestLadderLayout::narrowWidthElides()
{
    const ConnectionLadder ladder = ladderfixture::textbook(2);
    LadderLayoutOptions options = fixedOptions(480);
    options.showWindow = true;
    const LadderLayout layout = layoutLadder(ladder, options);
    const LadderItem synAck = layout.item(1);
    QVERIFY(synAck.label.text.size() > 3);
    QVERIFY(synAck.label.text.ends_with("…"));
    QVERIFY(options.measure(synAck.label.text) <= synAck.label.rect.width);
    // At its own minimum width nothing is elided, not even with a tag.
    LadderLayoutOptions atMinimum = options;
    atMinimum.width = layout.minimumWidth();
    QVERIFY(atMinimum.width > options.width);
    const LadderLayout fits = layoutLadder(ladder, atMinimum);
    for (std::size_t i = 0; i < fits.itemCount(); ++i)
        QVERIFY2(!fits.item(i).label.text.ends_with("…"), fits.item(i).label.text.c_str());
    // Wide enough: the window is shown.
    const LadderLayout wide = layoutLadder(ladder, [&] {
        auto o = options;
        o.width = 1400;
        return o;
    }());
    QCOMPARE(wide.item(1).label.text, std::string("[SYN, ACK] Seq=0 Ack=1 Win=64240 Len=0"));
}

void TestLadderLayout::millionRows()
{
    ladderfixture::Builder b;
    b.add(Direction::ClientToServer, FlagSyn, 0, 0, 0);
    b.add(Direction::ServerToClient, FlagSyn | FlagAck, 0, 1, 0);
    b.add(Direction::ClientToServer, FlagAck, 1, 1, 0);
    b.ladder.rows.reserve(1'000'003);
    for (std::uint32_t i = 0; i < 1'000'000; ++i)
        b.add(Direction::ClientToServer, FlagAck, 1 + i * 100, 1, 100, 0, 1000);
    LadderLayoutOptions options = fixedOptions();
    options.expandedRuns.insert(3);
    const ConnectionLadder ladder = b.finish();
    const LadderLayout layout = layoutLadder(ladder, options);
    QCOMPARE(layout.itemCount(), ladder.rows.size());
    const double y = layout.itemTop(777'777);
    const auto items = layout.itemsInRange(y, y + 800);
    QVERIFY(items.size() >= 15 && items.size() <= 25);
    QCOMPARE(items.front().row, 777'777u);
    QCOMPARE(items.front().label.text, std::string("[ACK] Seq=77777401 Ack=1 Len=100"));
}

void TestLadderLayout::realCaptureMatchesTshark_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("lastTitle"); // prefix of the last bracket's title
    QTest::newRow("client-close") << "client-close.pcap"
                                  << "teardown — ";
    QTest::newRow("server-close") << "server-close.pcap"
                                  << "teardown — ";
    QTest::newRow("half-close") << "half-close.pcap"
                                << "teardown — ";
    QTest::newRow("rst-abort") << "rst-abort.pcap"
                               << "reset — the client sent RST";
    QTest::newRow("lossy-bulk") << "lossy-bulk.pcap"
                                << "teardown — ";
}

// Every arrow of stream 0 against tshark's own fields: direction, seq, ack, len and flags.
void TestLadderLayout::realCaptureMatchesTshark()
{
    QFETCH(QString, file);
    QFETCH(QString, lastTitle);
    const QString path = QStringLiteral(TCPLADDER_TEST_DATA_DIR "/") + file;
    if (!QFile::exists(path))
        QFAIL("committed test data missing: capture not in tests/data");
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        TCPLADDER_TSHARK_MISSING();
    const auto ladder = ladderfixture::loadLadder(path.toStdString(), 0);
    QVERIFY(ladder);
    QProcess process;
    process.start(tshark,
                  {QStringLiteral("-r"), path, QStringLiteral("-Y"), QStringLiteral("tcp.stream==0"),
                   QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("ip.src"),
                   QStringLiteral("-e"), QStringLiteral("tcp.srcport"), QStringLiteral("-e"), QStringLiteral("tcp.seq"),
                   QStringLiteral("-e"), QStringLiteral("tcp.ack"), QStringLiteral("-e"), QStringLiteral("tcp.len"),
                   QStringLiteral("-e"), QStringLiteral("tcp.flags")});
    QVERIFY(process.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(std::size_t(lines.size()), ladder->rows.size());

    LadderLayoutOptions options = fixedOptions(1400);
    options.collapseThreshold = 1 << 30; // every row its own arrow
    const LadderLayout layout = layoutLadder(*ladder, options);
    QCOMPARE(layout.itemCount(), ladder->rows.size());
    const QString client = QString::fromStdString(ladder->client.ip.toString());
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(u'\t');
        QCOMPARE(f.size(), 6);
        const auto flags = static_cast<std::uint16_t>(f[5].toUInt(nullptr, 16));
        QString expected = QStringLiteral("[%1] Seq=%2").arg(QString::fromStdString(flagsToString(flags)), f[2]);
        if (flags & FlagAck)
            expected += QStringLiteral(" Ack=") + f[3];
        expected += QStringLiteral(" Len=") + f[4];
        const LadderItem item = layout.item(std::size_t(i));
        QCOMPARE(QString::fromStdString(item.label.text), expected);
        const bool fromClient = f[0] == client && f[1].toUShort() == ladder->client.port;
        QCOMPARE(item.start.x, fromClient ? layout.client().x : layout.server().x);
        QCOMPARE(item.end.x, fromClient ? layout.server().x : layout.client().x);
    }
    QVERIFY(!layout.brackets().empty());
    QCOMPARE(QString::fromStdString(layout.brackets().front().title.text), QStringLiteral("three-way handshake"));
    QVERIFY2(QString::fromStdString(layout.brackets().back().title.text).startsWith(lastTitle),
             layout.brackets().back().title.text.c_str());
}

QTEST_APPLESS_MAIN(TestLadderLayout)
#include "tst_ladderlayout.moc"
