// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracker.h"

#include "seqanalysis.h"
#include "tcpflags.h"

#include <algorithm>
#include <cstring>
#include <exception>
#include <iterator>
#include <utility>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace tcpladder::core {

namespace {

// Both directions of a connection map to one key: the lower endpoint goes first. Addresses are
// packed into machine words so hashing and comparing cost a few instructions per packet.
struct PackedEndpoint
{
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    std::uint32_t portAndFamily = 0;

    PackedEndpoint() = default;
    explicit PackedEndpoint(const Endpoint &e)
    {
        std::memcpy(&high, e.ip.bytes.data(), 8);
        std::memcpy(&low, e.ip.bytes.data() + 8, 8);
        portAndFamily = e.port | (e.ip.isV6 ? 0x10000u : 0u);
    }
    auto operator<=>(const PackedEndpoint &) const = default;
};

struct ConnectionKey
{
    PackedEndpoint a;
    PackedEndpoint b;
    bool operator==(const ConnectionKey &) const = default;
};

struct ConnectionKeyHash
{
    std::size_t operator()(const ConnectionKey &key) const noexcept
    {
        // Multiply-xorshift mixing: cheap, and every input bit reaches the high output bits.
        std::uint64_t h = key.a.high * 0x9e3779b97f4a7c15ULL;
        h ^= key.a.low * 0xc2b2ae3d27d4eb4fULL;
        h ^= key.b.high * 0x165667b19e3779f9ULL;
        h ^= key.b.low * 0xd6e8feb86659fd93ULL;
        h ^= (std::uint64_t{key.a.portAndFamily} << 32 | key.b.portAndFamily) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
        h *= 0x9e3779b97f4a7c15ULL;
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

// `srcIsA` tells which end of the key the sender is, so a direction needs no endpoint compare.
ConnectionKey makeKey(const Endpoint &src, const Endpoint &dst, bool &srcIsA)
{
    const PackedEndpoint a(src);
    const PackedEndpoint b(dst);
    srcIsA = a < b;
    return srcIsA ? ConnectionKey{a, b} : ConnectionKey{b, a};
}

Endpoint unpack(const PackedEndpoint &packed)
{
    Endpoint e;
    std::memcpy(e.ip.bytes.data(), &packed.high, 8);
    std::memcpy(e.ip.bytes.data() + 8, &packed.low, 8);
    e.ip.isV6 = (packed.portAndFamily & 0x10000u) != 0;
    e.port = static_cast<std::uint16_t>(packed.portAndFamily & 0xffffu);
    return e;
}

// Connection key -> newest stream, open addressing with linear probing. std::unordered_map cost
// a node walk (a cache miss) per lookup and was the top entry of the profile on a 170k-connection
// capture. A slot is 8 bytes (stream index and 32 hash bits) so the table stays cache-friendly
// with a million connections; the full key is checked against the stream's own endpoints.
class ConnectionTable
{
public:
    ConnectionTable() { m_slots.resize(1024); }

    static constexpr std::uint32_t kEmpty = ~0u;

    // `keyOf(index)` gives the key of an existing stream.
    template<typename KeyOf>
    std::uint32_t find(const ConnectionKey &key, std::uint64_t hash, const KeyOf &keyOf) const
    {
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.index == kEmpty)
                return kEmpty;
            if (slot.tag == tag && keyOf(slot.index) == key)
                return slot.index;
        }
    }

    // Points `key` at `index`; `hash` must be the key's. Replaces the entry of an older stream.
    template<typename KeyOf>
    void insertOrAssign(const ConnectionKey &key, std::uint64_t hash, std::uint32_t index, const KeyOf &keyOf)
    {
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.index == kEmpty) {
                slot = Slot{index, tag};
                if (++m_used * 2 > m_slots.size())
                    grow(keyOf);
                return;
            }
            if (slot.tag == tag && keyOf(slot.index) == key) {
                slot.index = index;
                return;
            }
        }
    }

private:
    struct Slot
    {
        std::uint32_t index = kEmpty;
        std::uint32_t tag = 0; // high hash bits: most mismatches never look at the stream
    };

    template<typename KeyOf>
    void grow(const KeyOf &keyOf)
    {
        std::vector<Slot> bigger(m_slots.size() * 2);
        const std::size_t mask = bigger.size() - 1;
        for (const Slot &slot : m_slots) {
            if (slot.index == kEmpty)
                continue;
            std::size_t i = ConnectionKeyHash{}(keyOf(slot.index)) & mask;
            while (bigger[i].index != kEmpty)
                i = (i + 1) & mask;
            bigger[i] = slot;
        }
        m_slots.swap(bigger);
    }

    std::vector<Slot> m_slots; // size is a power of two, at most half full
    std::size_t m_used = 0;
};

// Notes the tracker owns; every other bit comes from the ConnectionAnalyzer and is recomputed
// when a stream is replayed.
constexpr std::uint8_t kTrackerNotes =
    NoteRetransmission | NoteDuplicateAck | NoteOutOfOrder | NoteZeroWindow | NoteKeepAlive | NotePortReused;

std::uint8_t notesFromSeqFlags(std::uint16_t flags)
{
    std::uint8_t notes = 0;
    if (flags & (SeqRetransmission | SeqFastRetransmission | SeqSpuriousRetransmission))
        notes |= NoteRetransmission;
    if (flags & SeqDuplicateAck)
        notes |= NoteDuplicateAck;
    if (flags & SeqOutOfOrder)
        notes |= NoteOutOfOrder;
    if (flags & SeqZeroWindow)
        notes |= NoteZeroWindow;
    if (flags & SeqKeepAlive)
        notes |= NoteKeepAlive;
    if (flags & SeqReusedPorts)
        notes |= NotePortReused;
    return notes;
}

// Asks for 2 MiB pages on the whole 2 MiB-aligned part of [begin, begin + bytes).
void adviseHugePages(const void *begin, std::size_t bytes)
{
#if defined(__linux__)
    constexpr std::uintptr_t kHugePage = 2 * 1024 * 1024;
    const auto start = reinterpret_cast<std::uintptr_t>(begin);
    const auto end = start + bytes;
    const std::uintptr_t first = (start + kHugePage - 1) & ~(kHugePage - 1);
    if (end > first + kHugePage)
        ::madvise(reinterpret_cast<void *>(first), (end - first) & ~(kHugePage - 1), MADV_HUGEPAGE);
#else
    (void)begin;
    (void)bytes;
#endif
}

// Grows a per-stream table by doubling like push_back would, but advises huge pages before the
// elements are moved in: with ~100k connections or more the tables are tens of MB each, and page
// faults on the fresh blocks were the largest cost of a SYN flood (tst_limits).
template<typename T>
void growForOneMore(std::vector<T> &table)
{
    if (table.size() < table.capacity())
        return;
    std::vector<T> bigger;
    bigger.reserve(std::max<std::size_t>(16, table.capacity() * 2));
    adviseHugePages(bigger.data(), bigger.capacity() * sizeof(T));
    std::move(table.begin(), table.end(), std::back_inserter(bigger));
    table.swap(bigger);
}

bool isPureSyn(std::uint16_t flags)
{
    return (flags & (FlagSyn | FlagAck)) == FlagSyn;
}

bool isSynAck(std::uint16_t flags)
{
    return (flags & (FlagSyn | FlagAck)) == (FlagSyn | FlagAck);
}

// Per-connection tracking state that does not belong in the public Stream. flows[0] is the
// direction of whoever sent the connection's first segment, so it never moves when roles flip.
struct Conversation
{
    // The key itself rather than the two endpoints: every lookup compares it, and rebuilding it
    // from endpoints per packet was ~7% of indexing a 170k-connection capture.
    ConnectionKey key;
    FlowState flows[2];
    ConversationTiming timing;
    bool firstIsA = true; // the first segment's sender is key.a
    bool firstIsClient = true;
    bool roleFromSyn = false; // the client was fixed by a SYN without ACK: never flip again
    bool roleFromSynAck = false; // ... or, until a SYN shows, by the receiver of the first SYN-ACK
    bool changed = false;
};

} // namespace

struct Tracker::Private
{
    std::vector<Stream> streams;
    std::vector<Conversation> conversations; // parallel to streams
    std::vector<Segment> segments;
    ConnectionTable latest; // key -> newest stream
    // Packets come in bursts per connection: remembering the last one skips most hash lookups.
    ConnectionKey lastKey{PackedEndpoint(Endpoint{}), PackedEndpoint(Endpoint{})};
    std::uint32_t lastIndex = ~0u;
    std::vector<std::uint32_t> changed;

    std::uint32_t createStream(const ConnectionKey &key, std::uint64_t hash, bool srcIsA, std::uint32_t frame,
                               std::int64_t timeNs);
    void flipRoles(std::uint32_t streamIndex);
    void syncStream(std::uint32_t streamIndex);
    void markChanged(std::uint32_t streamIndex);
    const ConnectionKey &keyOf(std::uint32_t streamIndex) const { return conversations[streamIndex].key; }
};

std::uint32_t Tracker::Private::createStream(const ConnectionKey &key, std::uint64_t hash, bool srcIsA,
                                             std::uint32_t frame, std::int64_t timeNs)
{
    const auto index = static_cast<std::uint32_t>(streams.size());
    growForOneMore(streams);
    growForOneMore(conversations);
    Stream &stream = streams.emplace_back();
    stream.index = index;
    stream.firstFrame = frame;
    stream.firstTimeNs = timeNs;
    stream.lastTimeNs = timeNs;
    Conversation &conv = conversations.emplace_back();
    conv.key = key;
    conv.firstIsA = srcIsA;
    latest.insertOrAssign(key, hash, index, [this](std::uint32_t i) -> const ConnectionKey & { return keyOf(i); });
    lastKey = key;
    lastIndex = index;
    return index;
}

void Tracker::Private::flipRoles(std::uint32_t streamIndex)
{
    Stream &stream = streams[streamIndex];
    Conversation &conv = conversations[streamIndex];
    conv.firstIsClient = !conv.firstIsClient;
    std::swap(stream.payloadClientToServer, stream.payloadServerToClient);
    // The analyzer's view depends on who is the client, so it restarts from the first segment.
    stream.analyzer = ConnectionAnalyzer{};
    for (const std::uint32_t i : stream.segments) {
        Segment &segment = segments[i];
        segment.direction = segment.direction == Direction::ClientToServer ? Direction::ServerToClient
                                                                           : Direction::ClientToServer;
        // The analyzer sees the tracker's notes (it skips retransmissions) but not its own old ones.
        segment.notes &= kTrackerNotes;
        segment.notes |= stream.analyzer.add(segment).notes;
    }
    syncStream(streamIndex);
}

void Tracker::Private::syncStream(std::uint32_t streamIndex)
{
    Stream &stream = streams[streamIndex];
    const Conversation &conv = conversations[streamIndex];
    const int clientFlow = conv.firstIsClient ? 0 : 1;
    const FlowState &c = conv.flows[clientFlow];
    const FlowState &s = conv.flows[1 - clientFlow];
    const PackedEndpoint &first = conv.firstIsA ? conv.key.a : conv.key.b;
    const PackedEndpoint &second = conv.firstIsA ? conv.key.b : conv.key.a;
    stream.client = unpack(conv.firstIsClient ? first : second);
    stream.server = unpack(conv.firstIsClient ? second : first);
    stream.clientBaseSeq = c.baseSeq;
    stream.serverBaseSeq = s.baseSeq;
    stream.clientBaseKnown = c.baseSet;
    stream.serverBaseKnown = s.baseSet;
    // Scaling is in effect only when both SYNs offered it (RFC 7323 2.2), as Wireshark assumes.
    const bool scaled = c.windowScaleOption >= 0 && s.windowScaleOption >= 0;
    stream.clientWindowScale = scaled ? c.windowScaleOption : std::int8_t{-1};
    stream.serverWindowScale = scaled ? s.windowScaleOption : std::int8_t{-1};
    stream.clientMss = c.mss;
    stream.serverMss = s.mss;
}

void Tracker::Private::markChanged(std::uint32_t streamIndex)
{
    Conversation &conv = conversations[streamIndex];
    if (!conv.changed) {
        conv.changed = true;
        changed.push_back(streamIndex);
    }
}

Tracker::Tracker()
    : d(std::make_unique<Private>())
{
}

Tracker::~Tracker() = default;
Tracker::Tracker(Tracker &&) noexcept = default;
Tracker &Tracker::operator=(Tracker &&) noexcept = default;

void Tracker::add(const DecodedTcp &tcp, std::uint32_t frameNumber, std::int64_t timeNs, std::uint64_t fileOffset)
{
    const Endpoint src{tcp.src, tcp.srcPort};
    const Endpoint dst{tcp.dst, tcp.dstPort};
    bool srcIsA = false;
    const ConnectionKey key = makeKey(src, dst, srcIsA);

    std::uint32_t index = d->lastIndex;
    if (index == ~0u || !(key == d->lastKey)) {
        const std::uint64_t hash = ConnectionKeyHash{}(key);
        index = d->latest.find(key, hash, [this](std::uint32_t i) -> const ConnectionKey & { return d->keyOf(i); });
        if (index != ConnectionTable::kEmpty) {
            d->lastKey = key;
            d->lastIndex = index;
        } else {
            index = d->createStream(key, hash, srcIsA, frameNumber, timeNs);
        }
    }

    std::uint16_t seqFlags = 0;
    int side = d->conversations[index].firstIsA == srcIsA ? 0 : 1;
    {
        FlowState &fwd = d->conversations[index].flows[side];
        // Port reuse: a new SYN whose ISN differs from what this side already used.
        if (isPureSyn(tcp.flags) && fwd.baseSet && tcp.seq != fwd.baseSeq) {
            index = d->createStream(key, ConnectionKeyHash{}(key), srcIsA, frameNumber, timeNs);
            side = 0;
            seqFlags |= SeqReusedPorts;
        } else if (isSynAck(tcp.flags) && fwd.baseSet && tcp.seq != fwd.baseSeq) {
            // Wireshark keeps the connection but takes the new ISN (its issue 16944).
            fwd.baseSeq = tcp.seq;
            seqFlags |= SeqReusedPorts;
        }
    }

    Stream &stream = d->streams[index];
    Conversation &conv = d->conversations[index];
    FlowState &fwd = conv.flows[side];
    FlowState &rev = conv.flows[1 - side];
    // The public fields derive from the bases and the SYN options: refresh only when those move.
    const bool needSync = !(fwd.baseSet && rev.baseSet) || (tcp.flags & FlagSyn);

    seqFlags = analyzeSegment(fwd, rev, conv.timing, tcp.seq, tcp.ack, tcp.payloadLength, tcp.flags, tcp.window,
                              timeNs, seqFlags);
    updateTiming(conv.timing, tcp.flags, timeNs);

    if (tcp.flags & FlagSyn) {
        if (tcp.options.mss >= 0)
            fwd.mss = tcp.options.mss;
        fwd.windowScaleOption = tcp.options.windowScale >= 0 ? tcp.options.windowScale : std::int8_t{-2};
    }

    // DESIGN §4: the client sent the first SYN without ACK; without one, it received the first
    // SYN-ACK (a capture that starts after the SYN); else it sent the first segment.
    if (isPureSyn(tcp.flags) && !conv.roleFromSyn) {
        conv.roleFromSyn = true;
        if (conv.firstIsClient != (side == 0))
            d->flipRoles(index);
    } else if ((tcp.flags & (FlagSyn | FlagAck)) == (FlagSyn | FlagAck) && !conv.roleFromSyn && !conv.roleFromSynAck) {
        conv.roleFromSynAck = true;
        if (conv.firstIsClient == (side == 0))
            d->flipRoles(index);
    }

    Segment segment;
    segment.timeNs = timeNs;
    segment.fileOffset = fileOffset;
    segment.frame = frameNumber;
    segment.seq = tcp.seq - fwd.baseSeq;
    segment.ack = (tcp.flags & FlagAck) ? tcp.ack - rev.baseSeq : 0;
    segment.payloadLength = tcp.payloadLength;
    segment.window = tcp.window;
    segment.flags = tcp.flags;
    segment.direction = conv.firstIsClient == (side == 0) ? Direction::ClientToServer : Direction::ServerToClient;
    segment.notes = notesFromSeqFlags(seqFlags);
    segment.notes |= stream.analyzer.add(segment).notes;

    stream.segments.push_back(static_cast<std::uint32_t>(d->segments.size()));
    d->segments.push_back(segment);
    stream.lastTimeNs = std::max(stream.lastTimeNs, timeNs);
    if (segment.direction == Direction::ClientToServer)
        stream.payloadClientToServer += tcp.payloadLength;
    else
        stream.payloadServerToClient += tcp.payloadLength;
    if (needSync)
        d->syncStream(index);
    d->markChanged(index);
}

void Tracker::reserveSegments(std::size_t count)
{
#if defined(__linux__)
    try {
        d->segments.reserve(count);
    } catch (const std::exception &) {
        // A hint only: without overcommit the address space may be refused; growing still works.
        return;
    }
    // Filling the table page by page was ~10% of indexing a 1 GB file (page faults in perf);
    // 2 MiB pages take 512 times fewer faults.
    adviseHugePages(d->segments.data(), d->segments.capacity() * sizeof(Segment));
#else
    // Only Linux leaves untouched reserved pages unbacked (overcommit); Windows charges every reserved
    // byte to the commit limit at once (about 0.7 GB for a 1 GB capture), so there the table just grows.
    (void)count;
#endif
}

const std::vector<Stream> &Tracker::streams() const
{
    return d->streams;
}

const std::vector<Segment> &Tracker::segments() const
{
    return d->segments;
}

std::vector<std::uint32_t> Tracker::takeChangedStreams()
{
    std::vector<std::uint32_t> result;
    result.swap(d->changed);
    for (const std::uint32_t index : result)
        d->conversations[index].changed = false;
    std::sort(result.begin(), result.end());
    return result;
}

std::uint32_t Tracker::lastStream() const
{
    return d->lastIndex;
}

void Tracker::setHostname(std::uint32_t stream, std::string hostname)
{
    if (stream >= d->streams.size() || d->streams[stream].hostname == hostname)
        return;
    d->streams[stream].hostname = std::move(hostname);
    d->markChanged(stream);
}

} // namespace tcpladder::core
