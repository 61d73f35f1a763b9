// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayfilter.h"
#include "tcpflags.h"

#include <QTest>

using namespace tcpladder::core;

namespace {

Stream makeStream(const char *client, std::uint16_t clientPort, const char *server, std::uint16_t serverPort)
{
    Stream s;
    IpAddress::parse(client, s.client.ip);
    IpAddress::parse(server, s.server.ip);
    s.client.port = clientPort;
    s.server.port = serverPort;
    s.index = 7;
    s.hostname = "www.Example.com";
    return s;
}

Segment makeSegment(Direction direction, std::uint16_t flags, std::uint32_t length = 0)
{
    Segment seg;
    seg.direction = direction;
    seg.flags = flags;
    seg.payloadLength = length;
    return seg;
}

} // namespace

class TestDisplayFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("c2sSyn");  // the client's SYN, 192.0.2.1:51000 -> 192.0.2.80:80
        QTest::addColumn<bool>("s2cData"); // the server's data segment with PSH, ACK and 100 bytes

        QTest::newRow("empty") << "" << true << true;
        QTest::newRow("ip.addr client") << "ip.addr == 192.0.2.1" << true << true;
        QTest::newRow("ip.addr eq server") << "ip.addr eq 192.0.2.80" << true << true;
        QTest::newRow("ip.addr other") << "ip.addr==198.51.100.1" << false << false;
        QTest::newRow("ip.addr cidr") << "ip.addr == 192.0.2.0/24" << true << true;
        QTest::newRow("ip.src") << "ip.src == 192.0.2.1" << true << false;
        QTest::newRow("ip.dst") << "ip.dst == 192.0.2.1" << false << true;
        QTest::newRow("ip.addr ne") << "ip.addr != 192.0.2.1" << false << false;
        QTest::newRow("ipv6 on v4") << "ipv6.addr == 2001:db8::1" << false << false;
        QTest::newRow("tcp.port") << "tcp.port == 80" << true << true;
        QTest::newRow("tcp.srcport") << "tcp.srcport == 80" << false << true;
        QTest::newRow("tcp.dstport gt") << "tcp.dstport > 1024" << false << true;
        QTest::newRow("syn") << "tcp.flags.syn == 1" << true << false;
        QTest::newRow("syn true") << "tcp.flags.syn == true" << true << false;
        QTest::newRow("not syn") << "not tcp.flags.syn == 1" << false << true;
        QTest::newRow("bang syn") << "!tcp.flags.syn==1" << false << true;
        QTest::newRow("fin") << "tcp.flags.fin == 1" << false << false;
        QTest::newRow("len") << "tcp.len > 0" << false << true;
        QTest::newRow("stream") << "tcp.stream == 7" << true << true;
        QTest::newRow("stream other") << "tcp.stream eq 8" << false << false;
        QTest::newRow("host") << "host == \"www.example.com\"" << true << true;
        QTest::newRow("host bare") << "host == www.example.com" << true << true;
        QTest::newRow("host contains") << "host contains example" << true << true;
        QTest::newRow("and") << "ip.addr == 192.0.2.1 and tcp.flags.syn == 1" << true << false;
        QTest::newRow("&&") << "ip.addr == 192.0.2.1 && tcp.len > 0" << false << true;
        QTest::newRow("or") << "tcp.flags.syn == 1 || tcp.len > 0" << true << true;
        QTest::newRow("precedence") << "tcp.port == 1 and tcp.port == 2 or tcp.stream == 7" << true << true;
        QTest::newRow("parentheses") << "tcp.port == 1 and (tcp.port == 2 or tcp.stream == 7)" << false << false;
    }

    void matches()
    {
        QFETCH(QString, filter);
        QFETCH(bool, c2sSyn);
        QFETCH(bool, s2cData);
        FilterError error;
        const auto compiled = DisplayFilter::compile(filter.toStdString(), error);
        QVERIFY2(compiled, error.message.c_str());
        const Stream stream = makeStream("192.0.2.1", 51000, "192.0.2.80", 80);
        QCOMPARE(compiled->matchesSegment(stream, makeSegment(Direction::ClientToServer, FlagSyn)), c2sSyn);
        QCOMPARE(compiled->matchesSegment(stream, makeSegment(Direction::ServerToClient, FlagPsh | FlagAck, 100)),
                 s2cData);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("typo") << "ip.adr == 1.2.3.4" << 0 << "did you mean `ip.addr`";
        QTest::newRow("typo later") << "tcp.port == 80 and tcp.prot == 1" << 19 << "did you mean `tcp.port`";
        QTest::newRow("unknown far") << "frobnicate == 1" << 0 << "unknown field `frobnicate`";
        QTest::newRow("single =") << "ip.addr = 1.2.3.4" << 8 << "use `==`";
        QTest::newRow("bad address") << "ip.addr == 300.1.1.1" << 11 << "not an IPv4 address";
        QTest::newRow("v6 in v4 field") << "ip.addr == 2001:db8::1" << 11 << "not an IPv4 address";
        QTest::newRow("bad prefix") << "ip.addr == 10.0.0.0/33" << 11 << "prefix";
        QTest::newRow("missing value") << "tcp.port ==" << 11 << "expected a value";
        QTest::newRow("bare flag") << "tcp.flags.syn" << 0 << "tcp.flags.syn == 1";
        QTest::newRow("flag 2") << "tcp.flags.syn == 2" << 17 << "0 or 1";
        QTest::newRow("not a number") << "tcp.port == http" << 12 << "not a number";
        QTest::newRow("address order") << "ip.addr > 1.2.3.4" << 8 << "only be compared";
        QTest::newRow("missing paren") << "(tcp.port == 80" << 15 << "missing `)`";
        QTest::newRow("extra paren") << "tcp.port == 80)" << 14 << "unexpected `)`";
        QTest::newRow("no joiner") << "tcp.port == 80 tcp.port == 81" << 15 << "join conditions";
        QTest::newRow("dangling and") << "tcp.port == 80 and" << 18 << "ends too early";
        QTest::newRow("unterminated") << "host == \"abc" << 8 << "no closing";
        QTest::newRow("stray char") << "tcp.port == 80 ; x" << 15 << "unexpected character";
    }

    void errors()
    {
        QFETCH(QString, filter);
        QFETCH(int, column);
        QFETCH(QString, messagePart);
        FilterError error;
        QVERIFY(!DisplayFilter::compile(filter.toStdString(), error));
        QVERIFY2(QString::fromStdString(error.message).contains(messagePart), error.message.c_str());
        QCOMPARE(static_cast<int>(error.position), column);
    }

    void streamMatchesWhenAnySegmentDoes()
    {
        Stream stream = makeStream("2001:db8::1", 40000, "2001:db8::2", 443);
        std::vector<Segment> all{makeSegment(Direction::ClientToServer, FlagSyn),
                                 makeSegment(Direction::ServerToClient, FlagSyn | FlagAck),
                                 makeSegment(Direction::ClientToServer, FlagRst)};
        stream.segments = {0, 1, 2};
        FilterError error;
        QVERIFY(DisplayFilter::compile("tcp.flags.reset == 1", error)->matchesStream(stream, all));
        QVERIFY(!DisplayFilter::compile("tcp.flags.fin == 1", error)->matchesStream(stream, all));
        QVERIFY(DisplayFilter::compile("ipv6.src == 2001:db8::2", error)->matchesStream(stream, all));
        QVERIFY(DisplayFilter::compile("ipv6.addr == 2001:db8::/32", error)->matchesStream(stream, all));
    }
};

QTEST_MAIN(TestDisplayFilter)
#include "tst_displayfilter.moc"
