// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerreport.h"

#include "arguments.h"
#include "captureload.h"
#include "mergedladder.h"
#include "tcpflags.h"

#include <algorithm>
#include <cstdio>

namespace tcpladder::cli {

namespace {

constexpr double nsToSeconds(std::int64_t ns)
{
    return static_cast<double>(ns) / 1e9;
}

void secondsOrNull(core::JsonWriter &json, const std::optional<std::int64_t> &ns)
{
    if (ns)
        json.fixed(nsToSeconds(*ns), 9);
    else
        json.null();
}

// {"c2s": n, "s2c": n} of one count per direction.
template<typename Count>
void perDirection(core::JsonWriter &json, const core::TwoCaptureMerge &merge, Count count)
{
    json.beginObject();
    json.key("c2s").value(static_cast<std::uint64_t>(count(merge.directions[0])));
    json.key("s2c").value(static_cast<std::uint64_t>(count(merge.directions[1])));
    json.endObject();
}

void writeDelays(core::JsonWriter &json, const core::DirectionReport &report)
{
    json.beginObject();
    json.key("segments").value(static_cast<std::uint64_t>(report.both));
    const bool any = report.both > 0;
    for (const auto &[name, ns] : {std::pair{"min", report.minDelayNs}, std::pair{"median", report.medianDelayNs},
                                   std::pair{"mean", report.meanDelayNs}, std::pair{"max", report.maxDelayNs}}) {
        json.key(name);
        secondsOrNull(json, any ? std::optional(ns) : std::nullopt);
    }
    json.endObject();
}

// "seen", "sent", "received" and "one_way_delay" of one merged segment, times in seconds since A's first
// segment: the same fields for A's rows and for the rows only B has.
void writeSeenAndTimes(core::JsonWriter &json, const core::MergedSegment &row, std::int64_t firstNs)
{
    const auto sinceFirst = [firstNs](const std::optional<std::int64_t> &ns) {
        return ns ? std::optional(*ns - firstNs) : std::nullopt;
    };
    json.key("seen").value(core::seenName(row.seen));
    json.key("sent");
    secondsOrNull(json, sinceFirst(row.sentNs));
    json.key("received");
    secondsOrNull(json, sinceFirst(row.receivedNs));
    json.key("one_way_delay");
    secondsOrNull(json, row.oneWayDelayNs());
}

// The segments only capture B has (lost on their way to A's end, or missed by A's capture at the
// sender), in time order on A's clock: the contract's "rows" stay one per segment of A.
void writePeerOnlyRows(core::JsonWriter &json, const core::PeerCapture &peer, const core::ConnectionLadder &ladder,
                       std::int64_t firstNs)
{
    std::vector<std::size_t> only;
    for (std::size_t j = 0; j < peer.merge.b.size(); ++j)
        if (!peer.merge.b[j].copy)
            only.push_back(j);
    const auto when = [&](std::size_t j) {
        const core::MergedSegment &row = peer.merge.b[j];
        return row.sentNs ? *row.sentNs : row.receivedNs.value_or(0);
    };
    std::stable_sort(only.begin(), only.end(), [&](std::size_t l, std::size_t r) { return when(l) < when(r); });
    json.beginArray();
    for (const std::size_t j : only) {
        const core::MergedSegment &row = peer.merge.b[j];
        const core::Segment segment = core::relativeToLadder(peer.b[j], ladder);
        json.beginObject();
        json.key("peer_frame").value(peer.b[j].frame);
        json.key("dir").value(segment.direction == core::Direction::ClientToServer ? "c2s" : "s2c");
        json.key("flags").value(core::flagsToString(segment.flags));
        json.key("seq").value(segment.seq);
        json.key("ack").value(segment.ack);
        json.key("len").value(segment.payloadLength);
        writeSeenAndTimes(json, row, firstNs);
        json.endObject();
    }
    json.endArray();
}

std::string milliseconds(std::int64_t ns)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f ms", static_cast<double>(ns) / 1e6);
    return buffer;
}

} // namespace

std::optional<core::PeerCapture> loadPeerCapture(const Arguments &args, const core::ConnectionLadder &ladder)
{
    const auto peerPath = args.value("--peer-capture");
    if (!peerPath)
        return std::nullopt;
    std::string error;
    auto peer = core::mergePeerCapture(args.positionals.front(), ladder, *peerPath, error);
    if (!peer)
        printError(error);
    return peer;
}

LadderJsonAdditions peerJsonAdditions(const core::PeerCapture &peer, const core::ConnectionLadder &ladder)
{
    const std::int64_t firstNs = ladder.rows.empty() ? 0 : ladder.rows.front().segment.timeNs;
    LadderJsonAdditions additions;
    additions.row = [&peer, firstNs](core::JsonWriter &json, std::size_t r) {
        const core::MergedSegment &row = peer.merge.a[r];
        writeSeenAndTimes(json, row, firstNs);
        json.key("peer_frame");
        if (row.copy)
            json.value(peer.peer.rows[*row.copy].segment.frame);
        else
            json.null();
    };
    additions.top = [&peer, &ladder, firstNs](core::JsonWriter &json) {
        const core::TwoCaptureMerge &merge = peer.merge;
        json.key("peer_stream").value(peer.match.stream);
        json.key("peer_match").value(core::peerMatchMethodName(peer.match.method));
        json.key("capture_side");
        if (merge.aSideKnown)
            json.value(merge.aSide == core::Side::Client ? "client" : "server");
        else
            json.null();
        json.key("clock_offset");
        secondsOrNull(json, merge.clock ? std::optional(merge.clock->offsetNs) : std::nullopt);
        json.key("offset_error_bound");
        secondsOrNull(json, merge.clock ? std::optional(merge.clock->errorBoundNs) : std::nullopt);
        json.key("lost_between_captures");
        perDirection(json, merge, [](const core::DirectionReport &r) { return r.lostBetweenCaptures; });
        json.key("receiver_only");
        perDirection(json, merge, [](const core::DirectionReport &r) { return r.receiverOnly; });
        json.key("reordered");
        perDirection(json, merge, [](const core::DirectionReport &r) { return r.reordered; });
        json.key("peer_only_rows");
        writePeerOnlyRows(json, peer, ladder, firstNs);
        json.key("one_way_delays").beginObject();
        json.key("c2s");
        writeDelays(json, merge.directions[0]);
        json.key("s2c");
        writeDelays(json, merge.directions[1]);
        json.endObject();
    };
    return additions;
}

std::string peerText(const core::PeerCapture &peer, const std::string &peerPath)
{
    const core::TwoCaptureMerge &merge = peer.merge;
    std::string out = "\nMerged with stream " + std::to_string(peer.match.stream) + " of " + peerPath + " (matched by "
        + core::peerMatchMethodName(peer.match.method) + ")\n";
    if (merge.aSideKnown)
        out += std::string("This capture was taken at the ") + (merge.aSide == core::Side::Client ? "client" : "server")
            + ", the other at the " + (merge.aSide == core::Side::Client ? "server" : "client") + ".\n";
    if (merge.clock)
        out += "Clock offset (other minus this): " + milliseconds(merge.clock->offsetNs) + " +/- "
            + milliseconds(merge.clock->errorBoundNs) + " (assumes the fastest trip took as long each way)\n";
    else
        out += "Clock offset unknown: too few segments were seen at both ends in both directions.\n";
    const char *names[2] = {"client to server", "server to client"};
    for (int d = 0; d < 2; ++d) {
        const core::DirectionReport &r = merge.directions[d];
        out += std::string(names[d]) + ": " + std::to_string(r.both) + " seen at both ends, "
            + std::to_string(r.lostBetweenCaptures) + " lost between the captures, " + std::to_string(r.receiverOnly)
            + " seen only by the receiver, " + std::to_string(r.reordered) + " reordered";
        if (r.both > 0 && merge.clock)
            out += "; one-way delay min " + milliseconds(r.minDelayNs) + ", median " + milliseconds(r.medianDelayNs)
                + ", max " + milliseconds(r.maxDelayNs);
        out += "\n";
    }
    return out;
}

} // namespace tcpladder::cli
