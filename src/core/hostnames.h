// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Names connections after the site a person asked for: DNS answers, TLS SNI and HTTP Host seen in
// the capture itself. Every parser here reads hostile bytes, so each one checks lengths before it
// reads and gives up quietly on anything odd.

#include "decoder.h"
#include "ipaddress.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace tcpladder::core {

class Tracker;

enum class SniffResult : std::uint8_t {
    Found,    // `name` holds a plausible hostname, lower case
    Absent,   // this payload is not what we look for, or carries no usable name
    NeedMore, // a TLS ClientHello that continues in the next segment before its SNI was reached
};

// TLS ClientHello (starting a TLS record) -> server_name. Reads as much of a cut ClientHello as it has.
SniffResult sniffTlsServerName(std::span<const std::uint8_t> payload, std::string &name);
// HTTP/1.x request -> Host header, without a port; an IP literal is not a name and gives Absent.
SniffResult sniffHttpHost(std::span<const std::uint8_t> payload, std::string &name);

struct DnsAnswers
{
    std::string queryName;            // the first question: what the user typed, not a CNAME target
    std::vector<IpAddress> addresses; // A and AAAA records of the answer section
};
// One DNS response message (no TCP length prefix). False when it is not a usable response.
bool parseDnsResponse(std::span<const std::uint8_t> message, DnsAnswers &out);

// Lower-cases `name` in place and checks it looks like a DNS name (letters, digits, '-', '_', '.',
// at most 253 characters, no empty label); drops one trailing dot.
bool normalizeHostname(std::string &name);

// Watches the frames CaptureIndex decodes and writes Stream::hostname through the tracker.
// Per stream: SNI or Host from its first client payload wins; otherwise the most recent DNS name
// that resolved to the server's address before the stream's first segment.
class HostnameSniffer
{
public:
    static constexpr std::size_t kMaxDnsEntries = 8192;  // addresses remembered, oldest dropped first
    static constexpr std::size_t kMaxPendingHellos = 64; // split ClientHellos reassembled at once
    static constexpr std::size_t kMaxHelloBytes = 16384; // one TLS record at most

    // A frame decodeFrame() called NotTcp; only UDP port 53 answers are read.
    void addUdp(const DecodedTcp &udp);
    // A TCP segment, right after tracker.add() took it.
    void addTcp(const DecodedTcp &tcp, Tracker &tracker);

    // The name DNS gave `address` last, empty when none (tests, the details pane).
    std::string dnsName(const IpAddress &address) const;
    std::size_t dnsEntries() const { return m_dns.size(); }

private:
    struct DnsEntry
    {
        std::string name;
        std::uint64_t serial = 0;
    };
    struct PendingHello
    {
        std::vector<std::uint8_t> bytes;
        std::uint32_t nextSeq = 0; // relative seq the next client payload must start at
    };
    enum StreamFlags : std::uint8_t { ClientPayloadDone = 0x01 };

    void learnDns(std::span<const std::uint8_t> message);
    void learnDnsOverTcp(std::span<const std::uint8_t> payload);
    void sniffClientPayload(std::uint32_t stream, std::uint32_t seq, std::span<const std::uint8_t> payload,
                            Tracker &tracker);

    std::unordered_map<Endpoint, DnsEntry, EndpointHash> m_dns; // port always 0
    std::deque<std::pair<Endpoint, std::uint64_t>> m_dnsOrder;  // insertion order, for eviction
    std::uint64_t m_serial = 0;
    std::vector<std::uint8_t> m_streamFlags;                   // indexed by stream
    std::unordered_map<std::uint32_t, PendingHello> m_pending; // stream -> ClientHello so far
    DnsAnswers m_answers;                                      // reused to spare allocations
};

} // namespace tcpladder::core
