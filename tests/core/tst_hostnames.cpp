// SPDX-License-Identifier: GPL-3.0-or-later
// Hostnames from real loopback captures (tests/data/hostnames/make_hostname_captures.sh): DNS over
// UDP and TCP, CNAME chains, AAAA, TLS SNI (also cut over six segments) and HTTP Host, with the
// precedence rules; plus the parsers fed every prefix and random damage of the real payloads.

#include "tsharkfields.h"
#include "captureindex.h"
#include "decoder.h"
#include "hostnames.h"
#include "packetsource.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <map>
#include <random>
#include <string>
#include <vector>

using namespace tcpladder::core;

namespace {

std::string dataPath(const char *name)
{
    return std::string(TCPLADDER_TEST_DATA_DIR) + "/hostnames/" + name;
}

std::vector<std::string> namesOf(const char *file)
{
    CaptureIndex index;
    std::string error;
    if (loadFile(dataPath(file), index, error) != LoadResult::Ok)
        return {};
    std::vector<std::string> names;
    for (const Stream &stream : index.tracker().streams())
        names.push_back(stream.hostname);
    return names;
}

// Payloads of the capture's frames: UDP port 53 answers and client TCP payloads, as decoded.
struct Payloads
{
    std::vector<std::vector<std::uint8_t>> dns;
    std::vector<std::vector<std::uint8_t>> tcp;
};

Payloads payloadsOf(const char *file)
{
    Payloads out;
    FileSource source;
    std::string error;
    if (!source.open(dataPath(file), error))
        return out;
    RawFrame frame;
    while (source.next(frame) == FileSource::Next::Frame) {
        DecodedTcp decoded;
        const DecodeStatus status = decodeFrame(frame.linkType, frame.data, frame.originalLength, decoded);
        if (decoded.payload.empty())
            continue;
        if (status == DecodeStatus::NotTcp && decoded.ipProtocol == 17 && decoded.srcPort == 53)
            out.dns.emplace_back(decoded.payload.begin(), decoded.payload.end());
        else if (status == DecodeStatus::Tcp)
            out.tcp.emplace_back(decoded.payload.begin(), decoded.payload.end());
    }
    return out;
}

// tshark's own reading of SNI / Host per stream, when tshark is installed.
std::map<int, std::string> tsharkNames(const char *file, const char *field)
{
    std::map<int, std::string> names;
    const QString tshark = QStandardPaths::findExecutable("tshark");
    if (tshark.isEmpty())
        return names;
    QProcess p;
    p.start(
        tshark,
        {"-r", QString::fromStdString(dataPath(file)), "-T", "fields", "-e", "tcp.stream", "-e", field, "-Y", field});
    if (!p.waitForFinished(60000))
        return names;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() == 2)
            names[cols[0].toInt()] = cols[1].toLower().toStdString();
    }
    return names;
}

IpAddress answersOf(const std::vector<std::uint8_t> &message)
{
    DnsAnswers answers;
    return parseDnsResponse(message, answers) ? answers.addresses.front() : IpAddress{};
}

} // namespace

class TestHostnames : public QObject
{
    Q_OBJECT

private slots:
    void captures_data();
    void captures();
    void agreesWithTshark_data();
    void agreesWithTshark();
    void dnsParser();
    void udpDecoding();
    void dnsMapIsBounded();
    void prefixesAndDamage();
    void httpEdgeCases();
    void normalize();
};

void TestHostnames::captures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // one per stream, "" = no name

    // What the script's client typed (see hostname_peers.py) and what must win.
    QTest::newRow("dns") << "dns.pcap"
                         << QStringList{"www.example.com",    // A behind a CNAME: the query name
                                        "v6.example.com",     // AAAA
                                        "",                   // the DNS-over-TCP exchange itself
                                        "tcp.example.com",    // learnt over TCP
                                        "first.example.com",  // same address ...
                                        "second.example.com", // ... renamed before this stream
                                        "",                   // answer came after the SYN
                                        "late.example.com"};
    QTest::newRow("tls") << "tls.pcap" << QStringList{"www.example.org", "split.example.org", "tls-host.example.com"};
    QTest::newRow("http") << "http.pcap" << QStringList{"www.example.net", "web-host.example.com", "www.example.net"};
}

void TestHostnames::captures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const auto names = namesOf(file.toUtf8().constData());
    QCOMPARE(int(names.size()), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(QString::fromStdString(names[std::size_t(i)]), expected[i]);
}

void TestHostnames::agreesWithTshark_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::newRow("sni") << "tls.pcap"
                         << "tls.handshake.extensions_server_name";
    QTest::newRow("host") << "http.pcap"
                          << "http.host";
}

void TestHostnames::agreesWithTshark()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    if (!tcpladder::testsupport::haveTshark())
        TCPLADDER_TSHARK_MISSING();
    const auto theirs = tsharkNames(file.toUtf8().constData(), field.toUtf8().constData());
    QVERIFY2(!theirs.empty(), "tshark found no names");
    const auto ours = namesOf(file.toUtf8().constData());
    for (const auto &[stream, name] : theirs) {
        QVERIFY(stream >= 0 && std::size_t(stream) < ours.size());
        std::string expected = name.substr(0, name.rfind(':') == std::string::npos ? name.size() : name.rfind(':'));
        IpAddress literal;
        if (IpAddress::parse(expected, literal))
            continue; // an address is no name: the DNS name stays (checked in captures())
        QCOMPARE(ours[std::size_t(stream)], expected);
    }
}

void TestHostnames::dnsParser()
{
    const Payloads p = payloadsOf("dns.pcap");
    QVERIFY(p.dns.size() >= 5);
    DnsAnswers answers;
    QVERIFY(parseDnsResponse(p.dns[0], answers));
    QCOMPARE(answers.queryName, std::string("www.example.com"));
    QCOMPARE(answers.addresses.size(), std::size_t(1));
    QCOMPARE(answers.addresses[0].toString(), std::string("192.0.2.10"));
    QVERIFY(parseDnsResponse(p.dns[1], answers));
    QVERIFY(answers.addresses[0].isV6);

    // A query (QR off) and an error answer teach nothing.
    auto query = p.dns[0];
    query[2] &= 0x7f;
    QVERIFY(!parseDnsResponse(query, answers));
    auto nxdomain = p.dns[0];
    nxdomain[3] |= 0x03;
    QVERIFY(!parseDnsResponse(nxdomain, answers));
    // A compression pointer that points at itself must not loop.
    std::vector<std::uint8_t> loop = {0, 1, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0, 0xc0, 12, 0, 1, 0, 1};
    QVERIFY(!parseDnsResponse(loop, answers));
}

void TestHostnames::udpDecoding()
{
    const Payloads p = payloadsOf("dns.pcap");
    QVERIFY(!p.dns.empty());
    const std::vector<std::uint8_t> &dns = p.dns[0];
    // The same answer in IPv6 (LINKTYPE_IPV6) behind a destination options header.
    std::vector<std::uint8_t> frame(40, 0);
    frame[0] = 0x60;
    const std::size_t udpLength = 8 + dns.size();
    const std::size_t payloadLength = 8 + udpLength;
    frame[4] = std::uint8_t(payloadLength >> 8);
    frame[5] = std::uint8_t(payloadLength);
    frame[6] = 60; // destination options, then UDP
    frame[7] = 64;
    frame[23] = 1; // ::1
    frame[39] = 1;
    const std::uint8_t options[8] = {17, 0, 1, 4, 0, 0, 0, 0};
    frame.insert(frame.end(), options, options + 8);
    const std::uint8_t udp[8] = {0, 53, 0xd4, 0x31, std::uint8_t(udpLength >> 8), std::uint8_t(udpLength), 0, 0};
    frame.insert(frame.end(), udp, udp + 8);
    frame.insert(frame.end(), dns.begin(), dns.end());

    DecodedTcp out;
    QCOMPARE(decodeFrame(229, frame, out), DecodeStatus::NotTcp);
    QCOMPARE(int(out.ipProtocol), 17);
    QCOMPARE(out.srcPort, std::uint16_t(53));
    QCOMPARE(out.dstPort, std::uint16_t(0xd431));
    QVERIFY(std::equal(out.payload.begin(), out.payload.end(), dns.begin(), dns.end()));
    HostnameSniffer sniffer;
    sniffer.addUdp(out);
    QCOMPARE(sniffer.dnsName(answersOf(dns)), std::string("www.example.com"));

    // A UDP length beyond the datagram is cut to what was captured; one below 8 is not UDP.
    frame[40 + 8 + 5] = 0xff;
    QCOMPARE(decodeFrame(229, std::span(frame).first(frame.size() - 10), out), DecodeStatus::NotTcp);
    QCOMPARE(out.payload.size(), dns.size() - 10);
    frame[40 + 8 + 4] = 0;
    frame[40 + 8 + 5] = 7;
    QCOMPARE(decodeFrame(229, frame, out), DecodeStatus::NotTcp);
    QCOMPARE(int(out.ipProtocol), 6);
    QVERIFY(out.payload.empty());
}

void TestHostnames::dnsMapIsBounded()
{
    const Payloads p = payloadsOf("dns.pcap");
    QVERIFY(!p.dns.empty());
    std::vector<std::uint8_t> message = p.dns[0];
    DnsAnswers answers;
    QVERIFY(parseDnsResponse(message, answers));
    // The A record's address is the message's last 4 bytes: vary it to flood the map.
    HostnameSniffer sniffer;
    DecodedTcp udp;
    udp.ipProtocol = 17;
    udp.srcPort = 53;
    const std::size_t total = HostnameSniffer::kMaxDnsEntries + 1000;
    for (std::size_t i = 0; i < total; ++i) {
        message[message.size() - 4] = 10;
        message[message.size() - 3] = std::uint8_t(i >> 16);
        message[message.size() - 2] = std::uint8_t(i >> 8);
        message[message.size() - 1] = std::uint8_t(i);
        udp.payload = message;
        sniffer.addUdp(udp);
    }
    QCOMPARE(sniffer.dnsEntries(), HostnameSniffer::kMaxDnsEntries);
    const std::uint8_t newest[4] = {10, std::uint8_t((total - 1) >> 16), std::uint8_t((total - 1) >> 8),
                                    std::uint8_t(total - 1)};
    const std::uint8_t oldest[4] = {10, 0, 0, 0};
    QCOMPARE(sniffer.dnsName(IpAddress::fromV4(newest)), std::string("www.example.com"));
    QVERIFY(sniffer.dnsName(IpAddress::fromV4(oldest)).empty());
}

void TestHostnames::prefixesAndDamage()
{
    // Real payloads: the ClientHellos of tls.pcap (stream 0's is whole), HTTP requests, DNS answers.
    const Payloads tls = payloadsOf("tls.pcap");
    const Payloads http = payloadsOf("http.pcap");
    const Payloads dns = payloadsOf("dns.pcap");
    std::vector<std::uint8_t> hello;
    for (const auto &payload : tls.tcp) {
        std::string name;
        if (sniffTlsServerName(payload, name) == SniffResult::Found) {
            hello = payload;
            QCOMPARE(name, std::string("www.example.org"));
            break;
        }
    }
    QVERIFY(!hello.empty());

    // Every cut of the hello either still finds the name, or asks for more: never a wrong name.
    int needMore = 0;
    for (std::size_t n = 0; n < hello.size(); ++n) {
        std::string name;
        const auto result = sniffTlsServerName(std::span(hello).first(n), name);
        QVERIFY(result != SniffResult::Found || name == "www.example.org");
        needMore += result == SniffResult::NeedMore;
    }
    QVERIFY(needMore > 100);

    // Random damage: run under ASan/UBSan (preset dev-asan) to catch any read out of bounds.
    std::mt19937 rng(12345);
    std::vector<std::vector<std::uint8_t>> seeds = {hello};
    seeds.insert(seeds.end(), http.tcp.begin(), http.tcp.end());
    seeds.insert(seeds.end(), dns.dns.begin(), dns.dns.end());
    for (int round = 0; round < 20000; ++round) {
        auto bytes = seeds[rng() % seeds.size()];
        const int edits = 1 + int(rng() % 8);
        for (int e = 0; e < edits && !bytes.empty(); ++e)
            bytes[rng() % bytes.size()] = std::uint8_t(rng());
        bytes.resize(rng() % (bytes.size() + 1));
        std::string name;
        if (sniffTlsServerName(bytes, name) == SniffResult::Found || sniffHttpHost(bytes, name) == SniffResult::Found)
            QVERIFY(normalizeHostname(name));
        DnsAnswers answers;
        if (parseDnsResponse(bytes, answers))
            QVERIFY(!answers.queryName.empty() && !answers.addresses.empty());
    }
}

void TestHostnames::httpEdgeCases()
{
    const auto sniff = [](const std::string &text) {
        std::string name;
        const std::span bytes(reinterpret_cast<const std::uint8_t *>(text.data()), text.size());
        return sniffHttpHost(bytes, name) == SniffResult::Found ? name : std::string("-");
    };
    QCOMPARE(sniff("GET / HTTP/1.1\r\nhOsT:\tShop.Example.COM:8443 \r\n\r\n"), std::string("shop.example.com"));
    QCOMPARE(sniff("GET / HTTP/1.1\r\nX: y\r\n\r\nHost: after.headers\r\n"), std::string("-"));
    QCOMPARE(sniff("GET / HTTP/1.1\r\nHost: [2001:db8::1]:80\r\n\r\n"), std::string("-"));
    QCOMPARE(sniff("get / HTTP/1.1\r\nHost: lower.method\r\n\r\n"), std::string("-"));
    QCOMPARE(sniff("GET / HTTP/1.1\r\nHost: bad name\r\n\r\n"), std::string("-"));
    QCOMPARE(sniff("GET / HTTP/1.1\r\nHost: cut.exam"), std::string("cut.exam"));
}

void TestHostnames::normalize()
{
    std::string name = "WWW.Example.COM.";
    QVERIFY(normalizeHostname(name));
    QCOMPARE(name, std::string("www.example.com"));
    const std::vector<std::string> bad = {"", ".", "a..b", ".a", "a b", std::string(254, 'a'), std::string("a\0b", 3)};
    for (std::string candidate : bad)
        QVERIFY(!normalizeHostname(candidate));
}

QTEST_MAIN(TestHostnames)
#include "tst_hostnames.moc"
