// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a large, realistic pcap by replaying the real captures in tests/data/ many times over,
// each copy moved to its own documentation addresses, client ports and start time, with copies
// overlapping in time the way a busy server's connections do. Checksums are patched (RFC 1624),
// so the result is as valid as the captures it came from. Usage:
//   tcpladder-gencapture OUT.pcap SIZE_MB TEMPLATE.pcap[:WEIGHT]...
#include <pcap/pcap.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <queue>
#include <string>
#include <vector>

namespace {

struct Frame
{
    std::int64_t offsetUs = 0; // from the template's first frame
    std::uint32_t wireLength = 0;
    std::vector<std::uint8_t> bytes;
};

struct Template
{
    std::string name;
    std::vector<Frame> frames;
    unsigned weight = 1;
    std::uint64_t bytesOnDisk = 0; // what one replay adds to the output
};

bool loadTemplate(const std::string &spec, Template &t)
{
    const auto colon = spec.rfind(':');
    t.name = colon == std::string::npos ? spec : spec.substr(0, colon);
    t.weight =
        colon == std::string::npos ? 1u : static_cast<unsigned>(std::strtoul(spec.c_str() + colon + 1, nullptr, 10));
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t *p = pcap_open_offline(t.name.c_str(), errbuf);
    if (!p) {
        std::fprintf(stderr, "gencapture: %s\n", errbuf);
        return false;
    }
    if (pcap_datalink(p) != DLT_EN10MB) {
        std::fprintf(stderr, "gencapture: %s: only Ethernet captures can be replayed\n", t.name.c_str());
        pcap_close(p);
        return false;
    }
    pcap_pkthdr *h = nullptr;
    const u_char *data = nullptr;
    std::int64_t first = -1;
    while (pcap_next_ex(p, &h, &data) == 1) {
        const std::int64_t us = std::int64_t{h->ts.tv_sec} * 1'000'000 + h->ts.tv_usec;
        if (first < 0)
            first = us;
        t.frames.push_back(Frame{us - first, h->len, std::vector<std::uint8_t>(data, data + h->caplen)});
        t.bytesOnDisk += 16 + h->caplen;
    }
    pcap_close(p);
    return !t.frames.empty();
}

std::uint16_t get16(const std::uint8_t *p)
{
    return static_cast<std::uint16_t>(p[0] << 8 | p[1]);
}

void put16(std::uint8_t *p, std::uint16_t v)
{
    p[0] = static_cast<std::uint8_t>(v >> 8);
    p[1] = static_cast<std::uint8_t>(v);
}

// RFC 1624 eqn. 3: HC' = ~(~HC + ~m + m'), one 16-bit word at a time.
void patchChecksum(std::uint8_t *checksum, std::uint16_t oldWord, std::uint16_t newWord)
{
    std::uint32_t sum = static_cast<std::uint16_t>(~get16(checksum));
    sum += static_cast<std::uint16_t>(~oldWord);
    sum += newWord;
    sum = (sum & 0xffff) + (sum >> 16);
    sum = (sum & 0xffff) + (sum >> 16);
    put16(checksum, static_cast<std::uint16_t>(~sum));
}

// Rewrites one 16-bit word and keeps up to two checksums that cover it valid.
void rewrite16(std::uint8_t *word, std::uint16_t value, std::uint8_t *sumA, std::uint8_t *sumB)
{
    const std::uint16_t old = get16(word);
    put16(word, value);
    if (sumA)
        patchChecksum(sumA, old, value);
    if (sumB)
        patchChecksum(sumB, old, value);
}

// One replay: where the template's client (192.0.2.10 / 2001:db8::10) and server (.80) go.
struct Placement
{
    std::uint8_t client4[4];
    std::uint8_t server4[4];
    std::uint16_t client6Tail; // last 16 bits of the IPv6 address
    std::uint16_t server6Tail;
    std::uint16_t portShift;
};

Placement placementFor(std::uint64_t copy)
{
    Placement p{};
    // 198.51.100.0/24 clients talk to 203.0.113.0/24 servers: 254 x 254 pairs, then the ports move.
    const auto c = static_cast<std::uint8_t>(1 + copy % 254);
    const auto s = static_cast<std::uint8_t>(1 + (copy / 254) % 254);
    const std::uint8_t client[4] = {198, 51, 100, c};
    const std::uint8_t server[4] = {203, 0, 113, s};
    std::memcpy(p.client4, client, 4);
    std::memcpy(p.server4, server, 4);
    p.client6Tail = static_cast<std::uint16_t>(0x1000 + c);
    p.server6Tail = static_cast<std::uint16_t>(0x8000 + s);
    p.portShift = static_cast<std::uint16_t>((copy / (254 * 254)) * 1009 % 20000);
    return p;
}

std::uint16_t shiftPort(std::uint16_t port, std::uint16_t shift)
{
    // Ephemeral ports stay ephemeral (32768..60999 on Linux) so the server side is still recognisable.
    if (port < 32768)
        return port;
    return static_cast<std::uint16_t>(32768 + (port - 32768 + shift) % (61000 - 32768));
}

void place(std::vector<std::uint8_t> &bytes, const Placement &pl)
{
    if (bytes.size() < 14)
        return;
    std::uint8_t *ip = bytes.data() + 14;
    const std::size_t room = bytes.size() - 14;
    const std::uint16_t etherType = get16(bytes.data() + 12);
    std::uint8_t *tcp = nullptr;
    std::uint8_t *tcpSum = nullptr;
    bool srcIsClient = false;
    bool dstIsClient = false;
    if (etherType == 0x0800 && room >= 20 && ip[9] == 6) {
        const std::size_t ihl = (ip[0] & 0x0f) * 4u;
        if (room >= ihl + 18) {
            tcp = ip + ihl;
            tcpSum = tcp + 16;
        }
        srcIsClient = ip[15] == 10;
        dstIsClient = ip[19] == 10;
        for (int end = 0; end < 2; ++end) {
            std::uint8_t *addr = ip + 12 + end * 4;
            const std::uint8_t *to = (end == 0 ? srcIsClient : dstIsClient) ? pl.client4 : pl.server4;
            for (int w = 0; w < 4; w += 2)
                rewrite16(addr + w, get16(to + w), ip + 10, tcpSum);
        }
    } else if (etherType == 0x86dd && room >= 40 && ip[6] == 6) {
        if (room >= 40 + 18) {
            tcp = ip + 40;
            tcpSum = tcp + 16;
        }
        srcIsClient = ip[23] == 0x10;
        dstIsClient = ip[39] == 0x10;
        rewrite16(ip + 22, srcIsClient ? pl.client6Tail : pl.server6Tail, tcpSum, nullptr);
        rewrite16(ip + 38, dstIsClient ? pl.client6Tail : pl.server6Tail, tcpSum, nullptr);
    } else {
        return; // ARP and friends pass unchanged
    }
    if (!tcp)
        return;
    if (srcIsClient)
        rewrite16(tcp, shiftPort(get16(tcp), pl.portShift), tcpSum, nullptr);
    if (dstIsClient)
        rewrite16(tcp + 2, shiftPort(get16(tcp + 2), pl.portShift), tcpSum, nullptr);
}

struct Active
{
    std::int64_t nextUs;
    std::uint64_t copy;
    std::size_t templateIndex;
    std::size_t frame;
    std::int64_t startUs;
    bool operator>(const Active &o) const { return nextUs != o.nextUs ? nextUs > o.nextUs : copy > o.copy; }
};

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s OUT.pcap SIZE_MB TEMPLATE.pcap[:WEIGHT]...\n", argv[0]);
        return 2;
    }
    const std::uint64_t targetBytes = std::strtoull(argv[2], nullptr, 10) * 1024 * 1024;
    std::vector<Template> templates;
    std::vector<std::size_t> rotation; // weighted round robin, so the mix is the same at any size
    for (int i = 3; i < argc; ++i) {
        Template t;
        if (!loadTemplate(argv[i], t))
            return 1;
        for (unsigned w = 0; w < t.weight; ++w)
            rotation.push_back(templates.size());
        templates.push_back(std::move(t));
    }
    // Spread the rotation so heavy templates are not bunched together.
    std::vector<std::size_t> spread;
    for (std::size_t i = 0; i < rotation.size(); ++i)
        spread.push_back(rotation[(i * 7) % rotation.size()]);
    if (std::gcd(rotation.size(), std::size_t{7}) != 1)
        spread = rotation;

    pcap_t *dead = pcap_open_dead(DLT_EN10MB, 65535);
    pcap_dumper_t *out = pcap_dump_open(dead, argv[1]);
    if (!out) {
        std::fprintf(stderr, "gencapture: %s\n", pcap_geterr(dead));
        return 1;
    }

    // A new connection every 2 ms on average: with templates lasting 0.1-3 s a few hundred overlap.
    const std::int64_t startOfCapture = 1'767'225'600LL * 1'000'000; // 2026-01-01 00:00 UTC
    std::uint64_t written = 24;
    std::uint64_t frames = 0;
    std::uint64_t copies = 0;
    std::int64_t nextStartUs = startOfCapture;
    std::priority_queue<Active, std::vector<Active>, std::greater<>> active;
    std::uint64_t scheduledBytes = 24;
    std::uint32_t lcg = 12345;
    auto startCopy = [&] {
        const std::size_t ti = spread[copies % spread.size()];
        active.push(Active{nextStartUs, copies, ti, 0, nextStartUs});
        scheduledBytes += templates[ti].bytesOnDisk;
        ++copies;
        lcg = lcg * 1103515245u + 12345u;
        nextStartUs += 500 + (lcg >> 16) % 3000; // 0.5..3.5 ms apart
    };
    std::vector<std::uint8_t> bytes;
    while (scheduledBytes < targetBytes || !active.empty()) {
        while (scheduledBytes < targetBytes && (active.empty() || nextStartUs <= active.top().nextUs))
            startCopy();
        if (active.empty())
            break;
        Active a = active.top();
        active.pop();
        const Template &t = templates[a.templateIndex];
        const Frame &f = t.frames[a.frame];
        bytes = f.bytes;
        place(bytes, placementFor(a.copy));
        pcap_pkthdr h{};
        h.ts.tv_sec = static_cast<time_t>(a.nextUs / 1'000'000);
        h.ts.tv_usec = static_cast<suseconds_t>(a.nextUs % 1'000'000);
        h.caplen = static_cast<bpf_u_int32>(bytes.size());
        h.len = f.wireLength;
        pcap_dump(reinterpret_cast<u_char *>(out), &h, bytes.data());
        written += 16 + bytes.size();
        ++frames;
        if (++a.frame < t.frames.size()) {
            a.nextUs = a.startUs + t.frames[a.frame].offsetUs;
            active.push(a);
        }
    }
    pcap_dump_close(out);
    pcap_close(dead);
    std::printf("gencapture: %s: %llu frames, %llu connection replays, %llu bytes\n", argv[1],
                static_cast<unsigned long long>(frames), static_cast<unsigned long long>(copies),
                static_cast<unsigned long long>(written));
    return 0;
}
