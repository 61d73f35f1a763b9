// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostnames.h"

#include "segment.h"
#include "tracker.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace tcpladder::core {

namespace {

using Bytes = std::span<const std::uint8_t>;

constexpr std::uint16_t kDnsPort = 53;

std::uint16_t be16(Bytes b, std::size_t at)
{
    return static_cast<std::uint16_t>((b[at] << 8) | b[at + 1]);
}

// A cursor that never reads past its span: every read says whether the bytes were there.
class Reader
{
public:
    explicit Reader(Bytes bytes)
        : m_bytes(bytes)
    {
    }
    std::size_t left() const { return m_bytes.size() - m_at; }
    bool skip(std::size_t n)
    {
        if (left() < n)
            return false;
        m_at += n;
        return true;
    }
    bool u8(std::size_t &v)
    {
        if (left() < 1)
            return false;
        v = m_bytes[m_at++];
        return true;
    }
    bool u16(std::size_t &v)
    {
        if (left() < 2)
            return false;
        v = be16(m_bytes, m_at);
        m_at += 2;
        return true;
    }
    // The next n bytes, or fewer when the span ends first (`whole` tells which).
    Bytes take(std::size_t n, bool &whole)
    {
        whole = left() >= n;
        const Bytes part = m_bytes.subspan(m_at, std::min(n, left()));
        m_at += part.size();
        return part;
    }

private:
    Bytes m_bytes;
    std::size_t m_at = 0;
};

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lower(text[i]) != prefix[i])
            return false;
    return true;
}

// Reads a possibly compressed DNS name at `at`; `after` is where the record continues.
bool readDnsName(Bytes msg, std::size_t at, std::string &name, std::size_t &after)
{
    name.clear();
    std::size_t pos = at;
    bool jumped = false;
    int jumps = 0;
    for (;;) {
        if (pos >= msg.size())
            return false;
        const std::uint8_t length = msg[pos];
        if ((length & 0xc0) == 0xc0) {
            // Loops of pointers are a classic attack; a real name needs a handful at most.
            if (pos + 1 >= msg.size() || ++jumps > 16)
                return false;
            if (!jumped)
                after = pos + 2;
            jumped = true;
            pos = static_cast<std::size_t>(((length & 0x3f) << 8) | msg[pos + 1]);
            continue;
        }
        if (length & 0xc0)
            return false; // obsolete extended label types
        if (length == 0) {
            if (!jumped)
                after = pos + 1;
            return true;
        }
        if (pos + 1 + length > msg.size() || name.size() + length + 1 > 254)
            return false;
        if (!name.empty())
            name.push_back('.');
        name.append(reinterpret_cast<const char *>(msg.data() + pos + 1), length);
        pos += 1 + length;
    }
}

} // namespace

bool normalizeHostname(std::string &name)
{
    if (!name.empty() && name.back() == '.')
        name.pop_back();
    if (name.empty() || name.size() > 253)
        return false;
    char previous = '.';
    for (char &c : name) {
        c = lower(c);
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (!ok || (c == '.' && previous == '.'))
            return false;
        previous = c;
    }
    return true;
}

SniffResult sniffTlsServerName(Bytes payload, std::string &name)
{
    // Record header: handshake (22), version 3.x, length; then handshake header: ClientHello (1), length.
    if (payload.size() < 6 || payload[0] != 22 || payload[1] != 3 || payload[5] != 1)
        return SniffResult::Absent;
    const std::size_t recordLength = be16(payload, 3);
    bool recordWhole = false;
    Reader record(payload.subspan(5));
    const Bytes body = record.take(recordLength, recordWhole);
    // Out of bytes before the SNI: more may come, unless the record itself is complete.
    const SniffResult shortResult = recordWhole ? SniffResult::Absent : SniffResult::NeedMore;

    Reader hello(body);
    std::size_t value = 0;
    // Handshake type and length, client_version, random, session id, cipher suites, compression methods.
    if (!hello.skip(4 + 2 + 32) || !hello.u8(value) || !hello.skip(value) || !hello.u16(value) || !hello.skip(value)
        || !hello.u8(value) || !hello.skip(value))
        return shortResult;
    std::size_t extensionsLength = 0;
    if (!hello.u16(extensionsLength))
        return shortResult;
    bool whole = false;
    Reader extensions(hello.take(extensionsLength, whole));
    for (;;) {
        std::size_t type = 0;
        std::size_t length = 0;
        if (!extensions.u16(type) || !extensions.u16(length))
            return whole ? SniffResult::Absent : shortResult;
        bool extensionWhole = false;
        const Bytes data = extensions.take(length, extensionWhole);
        if (type != 0)
            continue;
        if (!extensionWhole)
            return shortResult;
        Reader list(data);
        std::size_t listLength = 0;
        if (!list.u16(listLength))
            return SniffResult::Absent;
        Reader entries(list.take(listLength, extensionWhole));
        std::size_t nameType = 0;
        std::size_t nameLength = 0;
        while (entries.u8(nameType) && entries.u16(nameLength)) {
            const Bytes host = entries.take(nameLength, extensionWhole);
            if (!extensionWhole)
                return SniffResult::Absent;
            if (nameType != 0)
                continue; // host_name is the only type ever defined
            name.assign(reinterpret_cast<const char *>(host.data()), host.size());
            return normalizeHostname(name) ? SniffResult::Found : SniffResult::Absent;
        }
        return SniffResult::Absent;
    }
}

SniffResult sniffHttpHost(Bytes payload, std::string &name)
{
    const std::string_view text(reinterpret_cast<const char *>(payload.data()), payload.size());
    static constexpr std::array<std::string_view, 9> kMethods = {"GET ",     "POST ",  "HEAD ",    "PUT ",  "DELETE ",
                                                                 "OPTIONS ", "PATCH ", "CONNECT ", "TRACE "};
    if (std::none_of(kMethods.begin(), kMethods.end(), [&](std::string_view m) { return text.starts_with(m); }))
        return SniffResult::Absent;
    const std::size_t requestLineEnd = text.find('\n');
    if (requestLineEnd == std::string_view::npos
        || text.substr(0, requestLineEnd).find(" HTTP/1.") == std::string_view::npos)
        return SniffResult::Absent;

    std::size_t lineStart = requestLineEnd + 1;
    while (lineStart < text.size()) {
        std::size_t lineEnd = text.find('\n', lineStart);
        if (lineEnd == std::string_view::npos)
            lineEnd = text.size(); // a header cut by the segment: the part we have may still do
        std::string_view line = text.substr(lineStart, lineEnd - lineStart);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            break; // end of the headers
        if (startsWithNoCase(line, "host:")) {
            std::string_view host = line.substr(5);
            while (!host.empty() && (host.front() == ' ' || host.front() == '\t'))
                host.remove_prefix(1);
            while (!host.empty() && (host.back() == ' ' || host.back() == '\t'))
                host.remove_suffix(1);
            if (host.empty() || host.front() == '[')
                return SniffResult::Absent; // IPv6 literal: no name to show
            if (const std::size_t colon = host.rfind(':'); colon != std::string_view::npos)
                host = host.substr(0, colon);
            name.assign(host);
            IpAddress literal;
            if (IpAddress::parse(name, literal))
                return SniffResult::Absent;
            return normalizeHostname(name) ? SniffResult::Found : SniffResult::Absent;
        }
        lineStart = lineEnd + 1;
    }
    return SniffResult::Absent;
}

bool parseDnsResponse(Bytes message, DnsAnswers &out)
{
    out.queryName.clear();
    out.addresses.clear();
    if (message.size() < 12)
        return false;
    const std::uint16_t flags = be16(message, 2);
    // A response (QR), standard query (opcode 0), no error (rcode 0).
    if ((flags & 0x8000) == 0 || (flags & 0x7800) != 0 || (flags & 0x000f) != 0)
        return false;
    const std::size_t questions = be16(message, 4);
    const std::size_t answers = std::min<std::size_t>(be16(message, 6), 256);
    if (questions == 0)
        return false;
    std::size_t at = 12;
    std::string owner;
    for (std::size_t i = 0; i < questions; ++i) {
        std::size_t after = 0;
        if (!readDnsName(message, at, i == 0 ? out.queryName : owner, after) || after + 4 > message.size())
            return false;
        at = after + 4; // type, class
    }
    if (!normalizeHostname(out.queryName))
        return false;
    for (std::size_t i = 0; i < answers; ++i) {
        std::size_t after = 0;
        if (!readDnsName(message, at, owner, after) || after + 10 > message.size())
            break;
        const std::uint16_t type = be16(message, after);
        const std::uint16_t dnsClass = be16(message, after + 2);
        const std::size_t rdLength = be16(message, after + 8);
        const std::size_t rdata = after + 10;
        if (rdata + rdLength > message.size())
            break;
        if (dnsClass == 1 && type == 1 && rdLength == 4)
            out.addresses.push_back(IpAddress::fromV4(message.data() + rdata));
        else if (dnsClass == 1 && type == 28 && rdLength == 16)
            out.addresses.push_back(IpAddress::fromV6(message.data() + rdata));
        at = rdata + rdLength;
    }
    return !out.addresses.empty();
}

void HostnameSniffer::addUdp(const DecodedTcp &udp)
{
    if (udp.ipProtocol == 17 && udp.srcPort == kDnsPort)
        learnDns(udp.payload);
}

void HostnameSniffer::learnDns(Bytes message)
{
    if (!parseDnsResponse(message, m_answers))
        return;
    for (const IpAddress &address : m_answers.addresses) {
        const Endpoint key{address, 0};
        const std::uint64_t serial = ++m_serial;
        m_dns.insert_or_assign(key, DnsEntry{m_answers.queryName, serial});
        m_dnsOrder.emplace_back(key, serial);
    }
    // Evict the oldest; stale order entries (address renamed since) are skipped on the way.
    while (m_dns.size() > kMaxDnsEntries || m_dnsOrder.size() > 2 * kMaxDnsEntries) {
        const auto [key, serial] = m_dnsOrder.front();
        m_dnsOrder.pop_front();
        if (const auto found = m_dns.find(key); found != m_dns.end() && found->second.serial == serial)
            m_dns.erase(found);
    }
}

void HostnameSniffer::learnDnsOverTcp(Bytes payload)
{
    // Each message has a 2-byte length prefix; only messages wholly inside this segment are read.
    std::size_t at = 0;
    while (at + 2 <= payload.size()) {
        const std::size_t length = be16(payload, at);
        if (length == 0 || at + 2 + length > payload.size())
            return;
        learnDns(payload.subspan(at + 2, length));
        at += 2 + length;
    }
}

std::string HostnameSniffer::dnsName(const IpAddress &address) const
{
    const auto found = m_dns.find(Endpoint{address, 0});
    return found == m_dns.end() ? std::string{} : found->second.name;
}

void HostnameSniffer::addTcp(const DecodedTcp &tcp, Tracker &tracker)
{
    const std::uint32_t stream = tracker.lastStream();
    if (stream == ~0u)
        return;
    if (stream >= m_streamFlags.size()) {
        // A new stream: name it after its server from the DNS answers seen so far.
        m_streamFlags.resize(stream + 1, 0);
        const auto found = m_dns.find(Endpoint{tracker.streams()[stream].server.ip, 0});
        if (found != m_dns.end())
            tracker.setHostname(stream, found->second.name);
    }
    if (tcp.payload.empty())
        return;
    const Segment &segment = tracker.segments().back();
    if (segment.direction == Direction::ServerToClient) {
        if (tcp.srcPort == kDnsPort)
            learnDnsOverTcp(tcp.payload);
        return;
    }
    if ((m_streamFlags[stream] & ClientPayloadDone) == 0)
        sniffClientPayload(stream, segment.seq, tcp.payload, tracker);
}

void HostnameSniffer::sniffClientPayload(std::uint32_t stream, std::uint32_t seq, Bytes payload, Tracker &tracker)
{
    std::string name;
    const auto pending = m_pending.find(stream);
    SniffResult result = SniffResult::Absent;
    if (pending == m_pending.end()) {
        result = sniffTlsServerName(payload, name);
        if (result == SniffResult::Absent)
            result = sniffHttpHost(payload, name);
        if (result == SniffResult::NeedMore && m_pending.size() < kMaxPendingHellos) {
            PendingHello &hello = m_pending[stream];
            hello.bytes.assign(payload.begin(), payload.begin() + std::min(payload.size(), kMaxHelloBytes));
            hello.nextSeq = seq + static_cast<std::uint32_t>(payload.size());
            return;
        }
    } else {
        PendingHello &hello = pending->second;
        if (seq != hello.nextSeq)
            return; // a retransmission or a gap: wait for the segment that continues the hello
        const std::size_t room = kMaxHelloBytes - std::min(kMaxHelloBytes, hello.bytes.size());
        hello.bytes.insert(hello.bytes.end(), payload.begin(), payload.begin() + std::min(payload.size(), room));
        hello.nextSeq = seq + static_cast<std::uint32_t>(payload.size());
        result = sniffTlsServerName(hello.bytes, name);
        if (result == SniffResult::NeedMore && room > payload.size())
            return;
        m_pending.erase(pending);
    }
    m_streamFlags[stream] |= ClientPayloadDone;
    if (result == SniffResult::Found)
        tracker.setHostname(stream, std::move(name));
}

} // namespace tcpladder::core
