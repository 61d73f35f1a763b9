// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderfixture.h"

#include "ladderlayout.h"
#include "tcpflags.h"

#include <QtTest>

using namespace tcpladder::core;

// The textbook layout: arrows slanted by half the handshake RTT on a time axis interpolated between
// the capture-time rows. Expected values are recomputed here from the rows' own timestamps.
class TestLadderTextbook : public QObject
{
    Q_OBJECT

private slots:
    void slantIsTheOneWayDelay_data();
    void slantIsTheOneWayDelay();
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

double interpolate(const ConnectionLadder &ladder, const LadderLayout &exact, std::int64_t t)
{
    const auto &rows = ladder.rows;
    for (std::size_t i = 0; i + 1 < rows.size(); ++i) {
        const std::int64_t a = rows[i].segment.timeNs;
        const std::int64_t b = rows[i + 1].segment.timeNs;
        if (t >= a && t < b)
            return rowY(exact, i) + double(t - a) / double(b - a) * (rowY(exact, i + 1) - rowY(exact, i));
    }
    return -1;
}

} // namespace

void TestLadderTextbook::slantIsTheOneWayDelay_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("client-close") << "client-close.pcap";
    QTest::newRow("server-close") << "server-close.pcap";
    QTest::newRow("syn-retransmission") << "syn-retransmission.pcap";
}

void TestLadderTextbook::slantIsTheOneWayDelay()
{
    QFETCH(QString, file);
    const auto ladder = ladderfixture::loadLadder(std::string(TCPLADDER_TEST_DATA_DIR "/") + file.toStdString(), 0);
    QVERIFY(ladder);
    LadderLayoutOptions options;
    options.width = 1000;
    const LadderLayout exact = layoutLadder(*ladder, options);
    options.textbook = true;
    const LadderLayout textbook = layoutLadder(*ladder, options);

    const Times h = handshakeRows(*ladder);
    const auto &rows = ladder->rows;
    const std::int64_t rtt = rows[h.ack].segment.timeNs - rows[h.syn].segment.timeNs;
    QVERIFY(rtt > 20'000'000); // the wire adds ~15 ms each way
    QCOMPARE(*textbook.handshakeRttNs(), rtt);
    const std::int64_t owd = rtt / 2;
    QCOMPARE(*textbook.oneWayDelayNs(), owd);
    // tcpdump ran on the client: SYN -> SYN-ACK is the whole round trip.
    QVERIFY(textbook.capturedNearClient());

    // The answered SYN leaves the client at its capture time and reaches the server one delay later.
    const LadderItem syn = textbook.item(*textbook.itemForRow(static_cast<std::uint32_t>(h.syn)));
    const std::int64_t tSyn = rows[h.syn].segment.timeNs;
    QCOMPARE(syn.start.y, rowY(exact, h.syn));
    QVERIFY(qAbs(syn.end.y - interpolate(*ladder, exact, tSyn + owd)) < 1e-6);
    // The exact layout has one fixed drop for every arrow; the textbook one is much steeper here.
    const LadderItem exactSyn = exact.item(*exact.itemForRow(static_cast<std::uint32_t>(h.syn)));
    QVERIFY(syn.end.y - syn.start.y > exactSyn.end.y - exactSyn.start.y);

    // The SYN-ACK was captured on arrival at the client: it left the server one delay earlier.
    const LadderItem synAck = textbook.item(*textbook.itemForRow(static_cast<std::uint32_t>(h.synAck)));
    const std::int64_t tSynAck = rows[h.synAck].segment.timeNs;
    QCOMPARE(synAck.end.y, rowY(exact, h.synAck));
    QVERIFY(qAbs(synAck.start.y - interpolate(*ladder, exact, tSynAck - owd)) < 1e-6);
    QCOMPARE(synAck.start.x, textbook.server().x);
    QCOMPARE(synAck.end.x, textbook.client().x);

    // Every arrow falls: time only runs downwards.
    for (std::size_t i = 0; i < textbook.itemCount(); ++i) {
        const LadderItem item = textbook.item(i);
        QVERIFY2(item.end.y >= item.start.y, qPrintable(QString::number(i)));
    }
    // The caption goes between the lifelines, in the header.
    const LadderRect caption = textbook.textbookCaptionRect();
    QVERIFY(caption.x > textbook.client().x && caption.right() < textbook.server().x);
    QVERIFY(caption.bottom() <= textbook.headerHeight());
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
        for (std::size_t i = 0; i < exact.itemCount(); ++i) {
            QCOMPARE(textbook.item(i).start.y, exact.item(i).start.y);
            QCOMPARE(textbook.item(i).end.y, exact.item(i).end.y);
        }
    }
}

QTEST_MAIN(TestLadderTextbook)
#include "tst_laddertextbook.moc"
