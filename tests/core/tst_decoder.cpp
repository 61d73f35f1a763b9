// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-built frames for every link type and header shape the decoder claims, plus a differential
// check against tshark on real captures.
// moc (Qt 6.4) cannot parse libstdc++'s C++20 <concepts>, which <span> pulls in.
#ifndef Q_MOC_RUN
#include "tsharkfields.h"
#include "decoder.h"
#include "packetsource.h"
#endif

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <cstdint>
#include <vector>

#ifndef Q_MOC_RUN
using namespace tcpladder::core;
using Frame = std::vector<std::uint8_t>;

Q_DECLARE_METATYPE(Frame)
#endif

namespace {

void put16(Frame &f, unsigned v)
{
    f.push_back(static_cast<std::uint8_t>(v >> 8));
    f.push_back(static_cast<std::uint8_t>(v));
}

void put32(Frame &f, std::uint32_t v)
{
    put16(f, v >> 16);
    put16(f, v & 0xffff);
}

Frame operator+(Frame a, const Frame &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

struct TcpSpec
{
    std::uint16_t src = 51000, dst = 80;
    std::uint32_t seq = 1000, ack = 2000;
    std::uint16_t flags = 0x018;
    std::uint16_t window = 502;
    Frame options = {};
    std::size_t payload = 0;
    int dataOffsetOverride = -1; // in 32-bit words
};

Frame tcp(const TcpSpec &s)
{
    Frame options = s.options;
    while (options.size() % 4)
        options.push_back(1); // NOP padding
    const unsigned words =
        s.dataOffsetOverride >= 0 ? unsigned(s.dataOffsetOverride) : unsigned(5 + options.size() / 4);
    Frame f;
    put16(f, s.src);
    put16(f, s.dst);
    put32(f, s.seq);
    put32(f, s.ack);
    put16(f, (words << 12) | (s.flags & 0x1ff));
    put16(f, s.window);
    put16(f, 0xbeef); // checksum
    put16(f, 0);
    f = f + options;
    for (std::size_t i = 0; i < s.payload; ++i)
        f.push_back(static_cast<std::uint8_t>('a' + i % 26));
    return f;
}

Frame ipv4(const Frame &payload, std::uint8_t proto = 6, const Frame &options = {}, unsigned fragment = 0x4000,
           int totalOverride = -1, int ihlOverride = -1)
{
    const unsigned ihl = ihlOverride >= 0 ? unsigned(ihlOverride) : unsigned(5 + options.size() / 4);
    Frame f;
    f.push_back(static_cast<std::uint8_t>(0x40 | ihl));
    f.push_back(0);
    put16(f, totalOverride >= 0 ? unsigned(totalOverride) : unsigned(20 + options.size() + payload.size()));
    put16(f, 0x1234);
    put16(f, fragment);
    f.push_back(64);
    f.push_back(proto);
    put16(f, 0);
    f = f + Frame{10, 0, 0, 1} + Frame{10, 0, 0, 2};
    return f + options + payload;
}

// `ext` is a chain of already-built extension headers; `first` is the Next Header of the base header.
Frame ipv6(const Frame &payload, std::uint8_t first = 6, const Frame &ext = {}, int plenOverride = -1)
{
    Frame f{0x60, 0, 0, 0};
    put16(f, plenOverride >= 0 ? unsigned(plenOverride) : unsigned(ext.size() + payload.size()));
    f.push_back(first);
    f.push_back(55);
    Frame a(16, 0), b(16, 0);
    a[0] = b[0] = 0x20;
    a[1] = b[1] = 0x01;
    a[15] = 1;
    b[15] = 2;
    return f + a + b + ext + payload;
}

Frame extHeader(std::uint8_t next, std::size_t units) // hop-by-hop / routing / dest-opts, PadN filled
{
    Frame f{next, static_cast<std::uint8_t>(units - 1), 1, static_cast<std::uint8_t>(units * 8 - 4)};
    f.resize(units * 8, 0);
    return f;
}

Frame fragmentHeader(std::uint8_t next, unsigned offsetUnits, bool more)
{
    Frame f{next, 0};
    put16(f, (offsetUnits << 3) | (more ? 1 : 0));
    put32(f, 0xabcdef);
    return f;
}

Frame ethernet(std::uint16_t type, const Frame &payload, const std::vector<std::uint16_t> &tags = {})
{
    Frame f{2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2};
    for (std::uint16_t tpid : tags) {
        put16(f, tpid);
        put16(f, 100); // TCI: VLAN 100
    }
    put16(f, type);
    return f + payload;
}

Frame sll(std::uint16_t proto, const Frame &payload)
{
    Frame f;
    put16(f, 0);   // packet type: to us
    put16(f, 772); // ARPHRD_LOOPBACK
    put16(f, 6);
    f = f + Frame{0, 0, 0, 0, 0, 0, 0, 0};
    put16(f, proto);
    return f + payload;
}

Frame sll2(std::uint16_t proto, const Frame &payload)
{
    Frame f;
    put16(f, proto);
    put16(f, 0);
    put32(f, 1); // ifindex
    put16(f, 1);
    f.push_back(0);
    f.push_back(6);
    f = f + Frame{0, 0, 0, 0, 0, 0, 0, 0};
    return f + payload;
}

Frame nullHeader(std::uint32_t family, bool bigEndian, const Frame &payload)
{
    Frame f;
    if (bigEndian)
        put32(f, family);
    else
        f = {static_cast<std::uint8_t>(family), static_cast<std::uint8_t>(family >> 8), 0, 0};
    return f + payload;
}

const Frame kAllOptions = [] {
    Frame o{2, 4, 0x05, 0xb4, 1, 3, 3, 7, 4, 2, 8, 10};
    put32(o, 111111);
    put32(o, 222222);
    o = o + Frame{1, 1, 5, 18};
    for (int i = 0; i < 4; ++i)
        put32(o, 5000u + unsigned(i));
    return o;
}();

} // namespace

class TestDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void options();
    void truncation_data();
    void truncation();
    void wireLength();
    void linkLayers_data();
    void linkLayers();
    void matchesTshark_data();
    void matchesTshark();
};

void TestDecoder::decode_data()
{
    QTest::addColumn<int>("link");
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("ipVersion");
    QTest::addColumn<int>("payloadLength");

    const auto T = int(DecodeStatus::Tcp), N = int(DecodeStatus::NotTcp), M = int(DecodeStatus::Malformed),
               U = int(DecodeStatus::UnsupportedLink);
    const Frame seg = tcp({.payload = 100});
    const Frame v4 = ipv4(seg), v6 = ipv6(seg);

    QTest::newRow("ethernet ipv4") << 1 << ethernet(0x0800, v4) << T << 4 << 100;
    QTest::newRow("ethernet ipv6") << 1 << ethernet(0x86dd, v6) << T << 6 << 100;
    QTest::newRow("ethernet padding ignored") << 1 << ethernet(0x0800, ipv4(tcp({})) + Frame(6, 0)) << T << 4 << 0;
    QTest::newRow("802.1Q") << 1 << ethernet(0x0800, v4, {0x8100}) << T << 4 << 100;
    QTest::newRow("QinQ 802.1ad") << 1 << ethernet(0x86dd, v6, {0x88a8, 0x8100}) << T << 6 << 100;
    QTest::newRow("three tags") << 1 << ethernet(0x0800, v4, {0x9100, 0x88a8, 0x8100}) << T << 4 << 100;
    QTest::newRow("arp") << 1 << ethernet(0x0806, Frame(28, 0)) << N << 4 << 0;
    QTest::newRow("802.3 llc") << 1 << ethernet(46, Frame(46, 0x42)) << N << 4 << 0;
    QTest::newRow("sll") << 113 << sll(0x0800, v4) << T << 4 << 100;
    QTest::newRow("sll2") << 276 << sll2(0x86dd, v6) << T << 6 << 100;
    QTest::newRow("null le ipv4") << 0 << nullHeader(2, false, v4) << T << 4 << 100;
    QTest::newRow("null be ipv4") << 0 << nullHeader(2, true, v4) << T << 4 << 100;
    QTest::newRow("null ipv6 24") << 0 << nullHeader(24, false, v6) << T << 6 << 100;
    QTest::newRow("null ipv6 28") << 0 << nullHeader(28, false, v6) << T << 6 << 100;
    QTest::newRow("loop ipv6 30") << 108 << nullHeader(30, true, v6) << T << 6 << 100;
    QTest::newRow("null unknown family") << 0 << nullHeader(7, false, v4) << N << 4 << 0;
    QTest::newRow("raw 12 v4") << 12 << v4 << T << 4 << 100;
    QTest::newRow("raw 101 v6") << 101 << v6 << T << 6 << 100;
    QTest::newRow("ipv4 228") << 228 << v4 << T << 4 << 100;
    QTest::newRow("ipv6 229") << 229 << v6 << T << 6 << 100;
    QTest::newRow("ipv4 options") << 228 << ipv4(seg, 6, {0x94, 4, 0, 0, 1, 1, 1, 0}) << T << 4 << 100;
    QTest::newRow("ipv4 udp") << 228 << ipv4(Frame(30, 0), 17) << N << 4 << 0;
    QTest::newRow("ipv4 first fragment") << 228 << ipv4(seg, 6, {}, 0x2000) << T << 4 << 100;
    QTest::newRow("ipv4 later fragment") << 228 << ipv4(seg, 6, {}, 0x2000 | 185) << N << 4 << 0;
    QTest::newRow("ipv4 tso zero length") << 228 << ipv4(seg, 6, {}, 0x4000, 0) << T << 4 << 100;
    QTest::newRow("ipv4 length beyond capture") << 228 << ipv4(seg, 6, {}, 0x4000, 20 + 20 + 1400) << T << 4 << 1400;
    QTest::newRow("ipv6 hop+routing+dest")
        << 229 << ipv6(seg, 0, extHeader(43, 1) + extHeader(60, 2) + extHeader(6, 1)) << T << 6 << 100;
    QTest::newRow("ipv6 first fragment") << 229 << ipv6(seg, 44, fragmentHeader(6, 0, true)) << T << 6 << 100;
    QTest::newRow("ipv6 later fragment") << 229 << ipv6(seg, 44, fragmentHeader(6, 100, false)) << N << 6 << 0;
    QTest::newRow("ipv6 udp") << 229 << ipv6(Frame(16, 0), 17) << N << 6 << 0;
    QTest::newRow("ipv6 no next header") << 229 << ipv6({}, 59) << N << 6 << 0;
    QTest::newRow("bad ihl") << 228 << ipv4(seg, 6, {}, 0x4000, -1, 4) << M << 4 << 0;
    QTest::newRow("total below ihl") << 228 << ipv4(seg, 6, {}, 0x4000, 12) << M << 4 << 0;
    QTest::newRow("ipv6 in ipv4 ethertype") << 1 << ethernet(0x0800, v6) << M << 4 << 0;
    QTest::newRow("tcp offset < 5") << 228 << ipv4(tcp({.dataOffsetOverride = 4})) << M << 4 << 0;
    QTest::newRow("tcp offset beyond ip") << 228 << ipv4(tcp({.dataOffsetOverride = 15})) << M << 4 << 0;
    QTest::newRow("802.11 unsupported") << 105 << Frame(60, 0) << U << 4 << 0;
    QTest::newRow("user0 unsupported") << 147 << v4 << U << 4 << 0;
}

void TestDecoder::decode()
{
    QFETCH(int, link);
    QFETCH(Frame, frame);
    QFETCH(int, status);
    QFETCH(int, ipVersion);
    QFETCH(int, payloadLength);

    DecodedTcp out;
    QCOMPARE(int(decodeFrame(link, frame, out)), status);
    if (status != int(DecodeStatus::Tcp))
        return;
    QCOMPARE(int(out.ipVersion), ipVersion);
    QCOMPARE(int(out.payloadLength), payloadLength);
    QCOMPARE(out.srcPort, std::uint16_t(51000));
    QCOMPARE(out.dstPort, std::uint16_t(80));
    QCOMPARE(out.seq, 1000u);
    QCOMPARE(out.ack, 2000u);
    QCOMPARE(out.flags, std::uint16_t(0x018));
    QCOMPARE(out.window, std::uint16_t(502));
    QCOMPARE(out.checksum, std::uint16_t(0xbeef));
    QCOMPARE(out.src.toString(), ipVersion == 4 ? std::string("10.0.0.1") : std::string("2001::1"));
    QCOMPARE(out.dst.toString(), ipVersion == 4 ? std::string("10.0.0.2") : std::string("2001::2"));
    // The payload span never reaches past the capture nor past the IP datagram (no padding).
    QVERIFY(out.payload.size() <= out.payloadLength);
    QVERIFY(out.payload.data() >= frame.data()
            && out.payload.data() + out.payload.size() <= frame.data() + frame.size());
    if (!out.payload.empty())
        QCOMPARE(char(out.payload[0]), 'a');
}

void TestDecoder::options()
{
    DecodedTcp out;
    const Frame frame = ethernet(0x0800, ipv4(tcp({.flags = 0x1c2, .options = kAllOptions, .payload = 7})));
    QCOMPARE(decodeFrame(1, frame, out), DecodeStatus::Tcp);
    QCOMPARE(out.options.mss, 1460);
    QCOMPARE(int(out.options.windowScale), 7);
    QVERIFY(out.options.sackPermitted);
    QVERIFY(out.options.hasTimestamps);
    QCOMPARE(out.options.tsVal, 111111u);
    QCOMPARE(out.options.tsEcr, 222222u);
    QCOMPARE(int(out.options.sackBlocks), 2);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(out.options.sackEdges[i], 5000u + unsigned(i)); // left, right of each block
    QCOMPARE(int(out.headerLength), 20 + 40);
    QCOMPARE(out.payloadLength, 7u);
    QCOMPARE(out.flags, std::uint16_t(0x1c2)); // AE, CWR, ECE, SYN

    // Absent options keep their defaults; a bad option length stops parsing without harm.
    QCOMPARE(decodeFrame(1, ethernet(0x0800, ipv4(tcp({.options = {1, 1, 3, 0, 2, 4, 5, 0xb4}}))), out),
             DecodeStatus::Tcp);
    QCOMPARE(out.options.mss, -1);
    QCOMPARE(int(out.options.windowScale), -1);
    QVERIFY(!out.options.sackPermitted && !out.options.hasTimestamps);
}

void TestDecoder::truncation_data()
{
    QTest::addColumn<int>("link");
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<int>("tcpStart"); // offset of the TCP header

    const Frame seg = tcp({.options = kAllOptions, .payload = 10});
    const Frame v4opt = ipv4(seg, 6, {1, 1, 1, 0});
    const Frame v6ext = ipv6(seg, 0, extHeader(44, 1) + fragmentHeader(6, 0, false));
    QTest::newRow("ethernet vlan ipv4 options") << 1 << ethernet(0x0800, v4opt, {0x8100}) << 18 + 24;
    QTest::newRow("ethernet ipv6 ext") << 1 << ethernet(0x86dd, v6ext) << 14 + 56;
    QTest::newRow("sll") << 113 << sll(0x0800, v4opt) << 16 + 24;
    QTest::newRow("sll2") << 276 << sll2(0x86dd, v6ext) << 20 + 56;
    QTest::newRow("null") << 0 << nullHeader(2, false, v4opt) << 4 + 24;
    QTest::newRow("raw") << 101 << v6ext << 56;
}

// Every cut before the end of the fixed TCP header is Truncated; a cut inside the options or the
// payload still yields the segment (a small snaplen must not hide segments), with tcp.len from IP.
void TestDecoder::truncation()
{
    QFETCH(int, link);
    QFETCH(Frame, frame);
    QFETCH(int, tcpStart);

    DecodedTcp full;
    QCOMPARE(decodeFrame(link, frame, full), DecodeStatus::Tcp);
    for (std::size_t n = 0; n < frame.size(); ++n) {
        // A copy of exactly n bytes, so a sanitizer catches any read past the cut.
        const Frame cut(frame.begin(), frame.begin() + std::ptrdiff_t(n));
        DecodedTcp out;
        const DecodeStatus status = decodeFrame(link, cut, out);
        if (n < std::size_t(tcpStart) + 20) {
            QVERIFY2(status == DecodeStatus::Truncated, qPrintable(QString("cut at %1").arg(n)));
        } else {
            QVERIFY2(status == DecodeStatus::Tcp, qPrintable(QString("cut at %1").arg(n)));
            QCOMPARE(out.payloadLength, full.payloadLength);
            QCOMPARE(out.seq, full.seq);
        }
    }
}

// Wireshark clamps an IP length larger than the wire length, and uses the wire length for TSO.
void TestDecoder::wireLength()
{
    DecodedTcp out;
    const Frame lying = ethernet(0x0800, ipv4(tcp({.payload = 12}), 6, {}, 0x4000, 820));
    QCOMPARE(decodeFrame(1, lying, std::uint32_t(lying.size()), out), DecodeStatus::Tcp);
    QCOMPARE(out.payloadLength, 12u);
    QCOMPARE(decodeFrame(1, lying, out), DecodeStatus::Tcp); // wire length unknown: trust IP
    QCOMPARE(out.payloadLength, 820u - 40u);

    const Frame snapped(lying.begin(), lying.begin() + 54);
    QCOMPARE(decodeFrame(1, snapped, 2000, out), DecodeStatus::Tcp); // snaplen cut: IP length stands
    QCOMPARE(out.payloadLength, 820u - 40u);

    const Frame tso = ethernet(0x0800, ipv4(tcp({.payload = 30}), 6, {}, 0x4000, 0));
    const Frame tsoCut(tso.begin(), tso.begin() + 60);
    QCOMPARE(decodeFrame(1, tsoCut, std::uint32_t(tso.size()), out), DecodeStatus::Tcp);
    QCOMPARE(out.payloadLength, 30u);

    const Frame v6 = ethernet(0x86dd, ipv6(tcp({.payload = 5}), 6, {}, 900));
    QCOMPARE(decodeFrame(1, v6, std::uint32_t(v6.size()), out), DecodeStatus::Tcp);
    QCOMPARE(out.payloadLength, 5u);
}

void TestDecoder::linkLayers_data()
{
    QTest::addColumn<int>("link");
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<QString>("layers"); // kind@offset+length=value (hex), outermost first
    QTest::addColumn<int>("ipOffset");   // -1: no IP reached

    const Frame seg = tcp({.payload = 10});
    const Frame v4 = ipv4(seg), v6 = ipv6(seg);
    Frame mpls; // two labels, 16 and 17; the second is the bottom of the stack
    put32(mpls, (16u << 12) | 64);
    put32(mpls, (17u << 12) | 0x100 | 64);
    Frame pppoe{0x11, 0x00};
    put16(pppoe, 0x1234); // session
    put16(pppoe, unsigned(2 + v6.size()));
    put16(pppoe, 0x0057); // PPP: IPv6

    QTest::newRow("ethernet") << 1 << ethernet(0x0800, v4) << "eth@0+14=800" << 14;
    QTest::newRow("802.1Q") << 1 << ethernet(0x86dd, v6, {0x8100}) << "eth@0+14=8100 vlan@14+4=64" << 18;
    QTest::newRow("old QinQ 0x9100") << 1 << ethernet(0x0800, v4, {0x9100, 0x8100})
                                     << "eth@0+14=9100 vlan@14+4=64 vlan@18+4=64" << 22;
    QTest::newRow("mpls") << 1 << ethernet(0x8847, mpls + v4) << "eth@0+14=8847 mpls@14+4=10040 mpls@18+4=11140" << 22;
    QTest::newRow("pppoe") << 1 << ethernet(0x8864, pppoe + v6) << "eth@0+14=8864 pppoe@14+6=1234 ppp@20+2=57" << 22;
    QTest::newRow("ppp hdlc framing") << 9 << Frame{0xff, 0x03, 0x00, 0x21} + v4 << "ppp@0+4=21" << 4;
    QTest::newRow("ppp compressed") << 50 << Frame{0x21} + v4 << "ppp@0+1=21" << 1;
    QTest::newRow("cisco hdlc") << 104 << Frame{0x0f, 0x00, 0x86, 0xdd} + v6 << "chdlc@0+4=86dd" << 4;
    QTest::newRow("sll") << 113 << sll(0x0800, v4) << "sll@0+16=800" << 16;
    QTest::newRow("sll2") << 276 << sll2(0x86dd, v6) << "sll2@0+20=86dd" << 20;
    QTest::newRow("null") << 0 << nullHeader(2, false, v4) << "loop@0+4=2" << 4;
    QTest::newRow("loop") << 108 << nullHeader(30, true, v6) << "loop@0+4=1e" << 4;
    QTest::newRow("raw") << 101 << v6 << "" << 0;
    QTest::newRow("arp: no ip") << 1 << ethernet(0x0806, Frame(28, 0)) << "eth@0+14=806" << -1;
    const Frame tagged = ethernet(0x0800, v4, {0x8100});
    QTest::newRow("cut in a tag") << 1 << Frame(tagged.begin(), tagged.begin() + 16) << "eth@0+14=8100" << -1;
    QTest::newRow("dlt 14 is not raw ip") << 14 << v4 << "" << -1;
}

// The headers the details pane shows come from here: each link type's layers and where IP starts.
void TestDecoder::linkLayers()
{
    QFETCH(int, link);
    QFETCH(Frame, frame);
    QFETCH(QString, layers);
    QFETCH(int, ipOffset);

    static const QHash<LinkLayerKind, QString> names{
        {LinkLayerKind::Ethernet, "eth"}, {LinkLayerKind::Vlan, "vlan"},      {LinkLayerKind::Mpls, "mpls"},
        {LinkLayerKind::Pppoe, "pppoe"},  {LinkLayerKind::Ppp, "ppp"},        {LinkLayerKind::CiscoHdlc, "chdlc"},
        {LinkLayerKind::LinuxSll, "sll"}, {LinkLayerKind::LinuxSll2, "sll2"}, {LinkLayerKind::Loopback, "loop"}};
    DecodedTcp out;
    LinkLayers walked;
    const DecodeStatus status = decodeFrame(link, frame, 0, out, walked);
    QStringList got;
    for (const LinkLayer &layer : walked.list())
        got << QStringLiteral("%1@%2+%3=%4")
                   .arg(names.value(layer.kind))
                   .arg(layer.offset)
                   .arg(layer.length)
                   .arg(layer.value, 0, 16);
    QCOMPARE(got.join(' '), layers);
    QCOMPARE(walked.ipOffset ? int(*walked.ipOffset) : -1, ipOffset);
    // Asking for the layers changes nothing of the decoding itself.
    DecodedTcp plain;
    QCOMPARE(decodeFrame(link, frame, 0, plain), status);
    QCOMPARE(plain.seq, out.seq);
    QCOMPARE(plain.payloadLength, out.payloadLength);
    if (ipOffset >= 0 && status == DecodeStatus::Tcp)
        QCOMPARE(int(out.payloadLength), 10);
}

void TestDecoder::matchesTshark_data()
{
    QTest::addColumn<QString>("path");
    const QString corpus = QStringLiteral(TCPLADDER_SHARED_DIR "/corpus/tcpdump-tests/");
    // Real TCP over Ethernet, SLL, NULL, PPP, VLAN, IPv6 and ns timestamps, from the corpus.
    for (const char *name : {"dns_tcp.pcap", "tcp-handshake-nano.pcap", "accecn_handshake.pcap", "pptp.pcap",
                             "of13_ericsson.pcapng", "kday7.pcap", "bgp-as-path-oobr.pcap", "resp_2_inline.pcap",
                             "lspping-fec-ldp.pcap", "smb_data_print-oobr.pcapng", "mptcp-aa-echo.pcap"}) {
        if (QFile::exists(corpus + name))
            QTest::newRow(name) << corpus + name;
    }
    QDirIterator it(QStringLiteral(TCPLADDER_TEST_DATA_DIR), {"*.pcap", "*.pcapng"}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable("data/" + QFileInfo(path).fileName())) << path;
    }
}

// Every TCP frame tshark sees (outside tunnels and ICMP errors) must decode to the same fields.
void TestDecoder::matchesTshark()
{
    QFETCH(QString, path);
    const QString tshark = QStandardPaths::findExecutable("tshark");
    if (tshark.isEmpty())
        TCPLADDER_TSHARK_MISSING();
    QProcess process;
    process.start(tshark,
                  {"-r",
                   path,
                   "-n",
                   "-Y",
                   "tcp && !icmp && !icmpv6 && !vxlan && !geneve && !gre",
                   "-T",
                   "fields",
                   "-E",
                   "separator=/t",
                   "-e",
                   "frame.number",
                   "-e",
                   "tcp.srcport",
                   "-e",
                   "tcp.dstport",
                   "-e",
                   "tcp.seq_raw",
                   "-e",
                   "tcp.ack_raw",
                   "-e",
                   "tcp.len",
                   "-e",
                   "tcp.window_size_value",
                   "-e",
                   "tcp.hdr_len",
                   "-e",
                   "tcp.flags",
                   "-o",
                   "tcp.analyze_sequence_numbers:FALSE"});
    QVERIFY(process.waitForFinished(60000));
    QMap<quint32, QStringList> expected;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QStringList f = QString::fromUtf8(line).split('\t');
        if (f.size() == 9 && !f[5].isEmpty()) // tshark omits tcp.len for a partial first fragment
            expected.insert(f[0].toUInt(), f.mid(1));
    }

    FileSource source;
    std::string error;
    QVERIFY2(source.open(path.toStdString(), error), error.c_str());
    RawFrame frame;
    int compared = 0;
    while (source.next(frame) == FileSource::Next::Frame) {
        DecodedTcp out;
        const bool isTcp = decodeFrame(frame.linkType, frame.data, frame.originalLength, out) == DecodeStatus::Tcp;
        const auto want = expected.constFind(frame.frameNumber);
        if (want == expected.constEnd())
            continue;
        QVERIFY2(isTcp, qPrintable(QString("frame %1 is TCP for tshark").arg(frame.frameNumber)));
        const QStringList got{QString::number(out.srcPort),       QString::number(out.dstPort),
                              QString::number(out.seq),           QString::number(out.ack),
                              QString::number(out.payloadLength), QString::number(out.window),
                              QString::number(out.headerLength),  QString::number(out.flags)};
        QStringList ref = *want;
        ref[7] = QString::number(ref[7].toUInt(nullptr, 16) & 0x1ff); // reserved bits are not flags
        QCOMPARE(got.join(' '), ref.join(' '));
        ++compared;
    }
    QCOMPARE(compared, expected.size());
}

QTEST_MAIN(TestDecoder)
#include "tst_decoder.moc"
