// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderfixture.h"

#include "ladderlayout.h"
#include "tcpflags.h"

#include <QtTest>

using namespace tcpladder::core;

// The textbook layout: steep arrows for a one-way delay of half the handshake RTT, each inside its
// own row. The estimate is recomputed here from the rows' timestamps; the geometry is checked
// against plain rules (a label never on its arrow, an arrow never outside its row or on a phase title).
class TestLadderTextbook : public QObject
{
    Q_OBJECT

private slots:
    void estimate_data();
    void estimate();
    void geometry_data();
    void geometry();
    void captionFits_data();
    void captionFits();
    void offByDefault();
    void noHandshakeNoSlant();
};

namespace {

struct Times
{
    std::size_t syn = 0, synAck = 0, ack = 0;
};

Times handshakeRows(const ConnectionLadder &ladder)
{
    Times t;
    const auto &rows = ladder.rows;
    std::size_t i = 0;
    for (; i < rows.size(); ++i) {
        const auto &s = rows[i].segment;
        if (s.has(FlagSyn) && !s.has(FlagAck))
            t.syn = i; // the last SYN before the SYN-ACK is the one answered
        if (s.has(FlagSyn) && s.has(FlagAck)) {
            t.synAck = i;
            break;
        }
    }
    for (++i; i < rows.size(); ++i)
        if (rows[i].segment.direction == Direction::ClientToServer) {
            t.ack = i;
            break;
        }
    return t;
}

// The capture-time layout's arrow tail y of a row (no collapsed runs in these captures).
double rowY(const LadderLayout &exact, std::size_t row)
{
    return exact.item(*exact.itemForRow(static_cast<std::uint32_t>(row))).start.y;
}

// Whether the segment a-b passes through the rectangle: over the part of the rectangle's x span the
// segment covers, the segment's y range meets the rectangle's y range.
bool crosses(LadderPoint a, LadderPoint b, const LadderRect &r)
{
    if (r.width <= 0 || r.height <= 0)
        return false;
    if (a.x > b.x)
        std::swap(a, b);
    const double x0 = std::max(a.x, r.x);
    const double x1 = std::min(b.x, r.right());
    if (x0 > x1)
        return false;
    const auto yAt = [&](double x) { return b.x == a.x ? a.y : a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x); };
    const double lo = std::min(yAt(x0), yAt(x1));
    const double hi = std::max(yAt(x0), yAt(x1));
    return lo < r.bottom() && hi > r.y;
}

bool overlaps(const LadderRect &a, const LadderRect &b)
{
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

LadderLayout textbookLayout(const ConnectionLadder &ladder, double width)
{
    LadderLayoutOptions options;
    options.width = width;
    options.textbook = true;
    return layoutLadder(ladder, options);
}

} // namespace

void TestLadderTextbook::estimate_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("client-close") << "client-close.pcap";
    QTest::newRow("server-close") << "server-close.pcap";
    QTest::newRow("syn-retransmission") << "syn-retransmission.pcap";
}

void TestLadderTextbook::estimate()
{
    QFETCH(QString, file);
    const auto ladder = ladderfixture::loadLadder(std::string(TCPLADDER_TEST_DATA_DIR "/") + file.toStdString(), 0);
    QVERIFY(ladder);
    LadderLayoutOptions options;
    options.width = 1000;
    const LadderLayout exact = layoutLadder(*ladder, options);
    const LadderLayout textbook = textbookLayout(*ladder, 1000);

    const Times h = handshakeRows(*ladder);
    const auto &rows = ladder->rows;
    const std::int64_t rtt = rows[h.ack].segment.timeNs - rows[h.syn].segment.timeNs;
    QVERIFY(rtt > 20'000'000); // the wire adds ~15 ms each way
    QCOMPARE(*textbook.handshakeRttNs(), rtt);
    QCOMPARE(*textbook.oneWayDelayNs(), rtt / 2);
    // tcpdump ran on the client: SYN -> SYN-ACK is the whole round trip.
    QVERIFY(textbook.capturedNearClient());

    // Steeper than the capture-time layout's fixed drop, and the same for every arrow (one delay).
    const LadderItem syn = textbook.item(*textbook.itemForRow(static_cast<std::uint32_t>(h.syn)));
    const LadderItem exactSyn = exact.item(*exact.itemForRow(static_cast<std::uint32_t>(h.syn)));
    QVERIFY(syn.end.y - syn.start.y > 2 * (exactSyn.end.y - exactSyn.start.y));
    const LadderItem synAck = textbook.item(*textbook.itemForRow(static_cast<std::uint32_t>(h.synAck)));
    QCOMPARE(synAck.end.y - synAck.start.y, syn.end.y - syn.start.y);
    QCOMPARE(synAck.start.x, textbook.server().x);
    QCOMPARE(synAck.end.x, textbook.client().x);
    QCOMPARE(rowY(exact, h.syn) - exact.itemTop(*exact.itemForRow(static_cast<std::uint32_t>(h.syn))),
             syn.start.y - textbook.itemTop(*textbook.itemForRow(static_cast<std::uint32_t>(h.syn))));
}

void TestLadderTextbook::geometry_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("width");
    for (const double width : {1366.0, 700.0}) {
        for (const char *file : {"client-close.pcap", "server-close.pcap", "syn-retransmission.pcap", "lossy-bulk.pcap",
                                 "half-close.pcap", "rst-abort.pcap"})
            QTest::addRow("%s@%d", file, int(width)) << QString::fromLatin1(file) << width;
    }
}

void TestLadderTextbook::geometry()
{
    QFETCH(QString, file);
    QFETCH(double, width);
    const auto ladder = ladderfixture::loadLadder(std::string(TCPLADDER_TEST_DATA_DIR "/") + file.toStdString(), 0);
    QVERIFY(ladder);
    const LadderLayout layout = textbookLayout(*ladder, width);
    QVERIFY(layout.oneWayDelayNs());
    QVERIFY(layout.itemCount() > 3);
    for (std::size_t i = 0; i < layout.itemCount(); ++i) {
        const LadderItem item = layout.item(i);
        const QByteArray where = QByteArray::number(qulonglong(i)) + " (row " + QByteArray::number(item.row) + ")";
        // Within its own row: beside its own time, never reaching the next row.
        const double top = layout.itemTop(i);
        const double bottom = top + layout.itemHeight();
        QVERIFY2(item.start.y > top && item.end.y < bottom, where);
        QVERIFY2(item.end.y >= item.start.y, where);
        QVERIFY2(item.time.rect.y >= top && item.time.rect.bottom() <= bottom, where);
        // Never over a phase title band.
        for (const LadderBracket &b : layout.brackets()) {
            const double bandBottom = layout.itemTop(b.firstItem);
            QVERIFY2(!(std::min(item.start.y, item.end.y) < bandBottom && std::max(item.start.y, item.end.y) > b.top),
                     where);
        }
        // Never through its own label or tag (a collapsed run draws a box, no arrow).
        if (item.kind == LadderItemKind::CollapsedRun)
            continue;
        QVERIFY2(!crosses(item.start, item.end, item.label.rect), where + " " + item.label.text.c_str());
        QVERIFY2(!crosses(item.start, item.end, item.tag.rect), where + " " + item.tag.text.c_str());
    }
}

void TestLadderTextbook::captionFits_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("width");
    QTest::addColumn<bool>("wantLong");
    // 0.6 line heights a character (the layout's default measure): the long wording needs ~860 px.
    QTest::newRow("wide") << "client-close.pcap" << 1366.0 << true;
    QTest::newRow("narrow") << "client-close.pcap" << 700.0 << false;
    QTest::newRow("no handshake, wide") << "mid-connection.pcap" << 1366.0 << true;
    QTest::newRow("no handshake, narrow") << "mid-connection.pcap" << 600.0 << false;
}

void TestLadderTextbook::captionFits()
{
    QFETCH(QString, file);
    QFETCH(double, width);
    QFETCH(bool, wantLong);
    const auto ladder = ladderfixture::loadLadder(std::string(TCPLADDER_TEST_DATA_DIR "/") + file.toStdString(), 0);
    QVERIFY(ladder);
    const LadderLayout layout = textbookLayout(*ladder, width);
    const LadderText caption = layout.textbookCaption();
    const double perCharacter = 0.6 * layout.lineHeight();
    QVERIFY2(!caption.text.empty() && caption.text.find("…") == std::string::npos, caption.text.c_str());
    QVERIFY2(double(caption.text.size()) * perCharacter <= caption.rect.width, caption.text.c_str());
    QCOMPARE(caption.text.find("slant estimated") != std::string::npos
                 || caption.text.find("so no RTT") != std::string::npos,
             wantLong);
    if (const auto rtt = layout.handshakeRttNs()) {
        const QString ms = QString::number(double(wantLong ? *rtt : *rtt / 2) / 1e6, 'f', 1);
        QVERIFY2(QString::fromStdString(caption.text).contains(ms + " ms"), caption.text.c_str());
    }
    // Inside the header, clear of the lane boxes and the column titles.
    QVERIFY(caption.rect.x >= 0 && caption.rect.right() <= width);
    QVERIFY(caption.rect.bottom() <= layout.headerHeight());
    for (const LadderRect &other :
         {layout.client().box, layout.server().box, layout.timeHeader().rect, layout.deltaHeader().rect})
        QVERIFY(!overlaps(caption.rect, other));
}

void TestLadderTextbook::offByDefault()
{
    const auto ladder = ladderfixture::loadLadder(TCPLADDER_TEST_DATA_DIR "/client-close.pcap", 0);
    QVERIFY(ladder);
    const LadderLayout layout = layoutLadder(*ladder, {});
    QVERIFY(!layout.oneWayDelayNs());
}

void TestLadderTextbook::noHandshakeNoSlant()
{
    // refused: SYN, RST — no round trip to measure; mid-connection: no SYN at all.
    for (const char *file : {"refused.pcap", "mid-connection.pcap"}) {
        const auto ladder = ladderfixture::loadLadder(std::string(TCPLADDER_TEST_DATA_DIR "/") + file, 0);
        QVERIFY(ladder);
        LadderLayoutOptions options;
        options.textbook = true;
        const LadderLayout textbook = layoutLadder(*ladder, options);
        options.textbook = false;
        const LadderLayout exact = layoutLadder(*ladder, options);
        QVERIFY(!textbook.oneWayDelayNs());
        QVERIFY(textbook.textbookCaption().text.find("handshake") != std::string::npos);
        for (std::size_t i = 0; i < exact.itemCount(); ++i) {
            QCOMPARE(textbook.item(i).start.y, exact.item(i).start.y);
            QCOMPARE(textbook.item(i).end.y, exact.item(i).end.y);
        }
    }
}

QTEST_MAIN(TestLadderTextbook)
#include "tst_laddertextbook.moc"
