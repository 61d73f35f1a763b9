// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracker.h"

#include "connectiontable.h"
#include "hugepages.h"
#include "seqanalysis.h"
#include "tcpflags.h"

#include <algorithm>
#include <exception>
#include <utility>

namespace tcpladder::core {

using namespace tracking;

namespace {

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
    bool roleFromSyn = false;    // the client was fixed by a SYN without ACK: never flip again
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
        segment.direction =
            segment.direction == Direction::ClientToServer ? Direction::ServerToClient : Direction::ClientToServer;
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

    seqFlags = analyzeSegment(fwd, rev, conv.timing, tcp.seq, tcp.ack, tcp.payloadLength, tcp.flags, tcp.window, timeNs,
                              seqFlags);
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
