// SPDX-License-Identifier: GPL-3.0-or-later
#include "peermatch.h"

#include "tcpflags.h"

#include <set>
#include <tuple>

namespace tcpladder::core {

namespace {

// The raw ISNs the ladder saw a SYN for (a base without a SYN is only the first seq captured).
struct Isns
{
    std::optional<std::uint32_t> client;
    std::optional<std::uint32_t> server;
};

Isns ladderIsns(const ConnectionLadder &ladder)
{
    Isns isns;
    for (const StreamRow &row : ladder.rows) {
        if (!row.segment.has(FlagSyn))
            continue;
        if (row.segment.direction == Direction::ClientToServer)
            isns.client = ladder.clientBaseSeq;
        else
            isns.server = ladder.serverBaseSeq;
    }
    return isns;
}

bool isnsAgree(const Isns &isns, std::uint32_t client, std::uint32_t server)
{
    return (isns.client || isns.server) && (!isns.client || *isns.client == client)
        && (!isns.server || *isns.server == server);
}

// (raw seq, length) of a side's data segments: what a data-only match compares.
using DataKey = std::tuple<Direction, std::uint32_t, std::uint32_t>;

std::set<DataKey> dataKeys(const Stream &stream, std::span<const Segment> segments, bool swap)
{
    std::set<DataKey> keys;
    for (const std::uint32_t index : stream.segments) {
        const Segment &segment = segments[index];
        if (segment.payloadLength == 0)
            continue;
        const bool fromClient = segment.direction == Direction::ClientToServer;
        const std::uint32_t raw = segment.seq + (fromClient ? stream.clientBaseSeq : stream.serverBaseSeq);
        const bool fromLadderClient = fromClient != swap;
        keys.emplace(fromLadderClient ? Direction::ClientToServer : Direction::ServerToClient, raw,
                     segment.payloadLength);
    }
    return keys;
}

} // namespace

const char *peerMatchMethodName(PeerMatchMethod method)
{
    switch (method) {
    case PeerMatchMethod::PortsAndIsns:
        return "ports_and_isns";
    case PeerMatchMethod::IsnsOnly:
        return "isns_only";
    case PeerMatchMethod::SequenceNumbers:
        return "sequence_numbers";
    }
    return "";
}

std::optional<PeerMatch> findPeerStream(const ConnectionLadder &ladder, std::span<const Stream> streams,
                                        std::span<const Segment> segments)
{
    const Isns isns = ladderIsns(ladder);
    std::optional<PeerMatch> byIsns;
    for (const Stream &stream : streams) {
        for (const bool swap : {false, true}) {
            const std::uint32_t client = swap ? stream.serverBaseSeq : stream.clientBaseSeq;
            const std::uint32_t server = swap ? stream.clientBaseSeq : stream.serverBaseSeq;
            if (!isnsAgree(isns, client, server))
                continue;
            const Endpoint &peerClient = swap ? stream.server : stream.client;
            const Endpoint &peerServer = swap ? stream.client : stream.server;
            if (peerClient.port == ladder.client.port && peerServer.port == ladder.server.port)
                return PeerMatch{stream.index, PeerMatchMethod::PortsAndIsns, swap};
            if (!byIsns)
                byIsns = PeerMatch{stream.index, PeerMatchMethod::IsnsOnly, swap};
        }
    }
    if (byIsns)
        return byIsns;

    // No SYN to go by: the stream that shares the most data segments (raw seq and length).
    std::set<DataKey> own;
    for (const StreamRow &row : ladder.rows) {
        if (row.segment.payloadLength == 0)
            continue;
        const bool fromClient = row.segment.direction == Direction::ClientToServer;
        own.emplace(row.segment.direction, row.segment.seq + (fromClient ? ladder.clientBaseSeq : ladder.serverBaseSeq),
                    row.segment.payloadLength);
    }
    std::optional<PeerMatch> best;
    std::size_t bestShared = 0;
    for (const Stream &stream : streams) {
        for (const bool swap : {false, true}) {
            std::size_t shared = 0;
            for (const DataKey &key : dataKeys(stream, segments, swap))
                shared += own.count(key);
            if (shared > bestShared) {
                bestShared = shared;
                best = PeerMatch{stream.index, PeerMatchMethod::SequenceNumbers, swap};
            }
        }
    }
    return best;
}

} // namespace tcpladder::core
