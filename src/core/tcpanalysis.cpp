// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpanalysis.h"

#include "ladderframes.h"
#include "streamreplay.h"
#include "tcpflags.h"
#include "tracker.h"

#include <algorithm>

namespace tcpladder::core {

namespace {

bool seqGt(std::uint32_t a, std::uint32_t b)
{
    return static_cast<std::int32_t>(b - a) < 0;
}

// Wireshark stops adding to a direction's list of unacknowledged segments past this many.
constexpr std::size_t kMaxUnacked = 10000;

} // namespace

TcpRowAnalysis TcpAnalysis::add(const DecodedTcp &tcp, int side, std::uint32_t frame, std::int64_t timeNs,
                                bool reusedPorts)
{
    Flow &fwd = m_flows[side];
    Flow &rev = m_flows[1 - side];
    TcpRowAnalysis row;
    const std::uint32_t seq = tcp.seq;
    const std::uint32_t length = tcp.payloadLength;
    // The tracker keeps the stream but takes a SYN-ACK's new ISN (Wireshark's issue 16944).
    if ((tcp.flags & (FlagSyn | FlagAck)) == (FlagSyn | FlagAck) && fwd.state.baseSet && seq != fwd.state.baseSeq)
        fwd.state.baseSeq = seq;

    // Window full: this segment reaches the right edge of the window the peer last offered.
    const bool windowFull = length > 0 && rev.windowKnown && (tcp.flags & (FlagSyn | FlagFin | FlagRst)) == 0
        && seq + length == rev.state.lastAck + rev.windowBytes;

    const std::uint32_t previousAck = fwd.state.lastAck;
    if (tcp.flags & FlagAck)
        rev.validBytesInFlight = true;
    row.flags = analyzeSegment(fwd.state, rev.state, m_timing, seq, tcp.ack, length, tcp.flags, tcp.window, timeNs,
                               reusedPorts ? SeqReusedPorts : 0);
    updateTiming(m_timing, tcp.flags, timeNs);
    if (windowFull)
        row.flags |= SeqWindowFull;
    if (row.flags & SeqLostSegment)
        fwd.validBytesInFlight = false;

    // Duplicates point at the last segment that moved this direction's ACK (window updates do not).
    if (row.flags & SeqDuplicateAck)
        row.dupAckOf = fwd.lastNonDupAck;
    else if (tcp.ack != previousAck)
        fwd.lastNonDupAck = frame;

    // This direction's new data waits for the peer's ACK.
    const bool synOrFin = (tcp.flags & (FlagSyn | FlagFin)) != 0;
    if ((length > 0 || synOrFin) && fwd.unacked.size() < kMaxUnacked)
        fwd.unacked.push_back({frame, seq, seq + length + (synOrFin ? 1u : 0u), timeNs});

    // The peer's segments this ACK covers; the RTT is from the oldest one it ends exactly at. Like
    // Wireshark this runs on every segment, even one without the ACK flag (its ACK field is mostly 0).
    {
        std::vector<Unacked> &list = rev.unacked;
        for (std::size_t i = list.size(); i-- > 0;) {
            Unacked &u = list[i];
            if (tcp.ack == u.nextSeq) {
                row.ackRttNs = timeNs - u.timeNs;
            } else if (seqGt(tcp.ack, u.seq) && seqGt(u.nextSeq, tcp.ack)) {
                u.seq = tcp.ack;
                continue;
            } else if (seqGt(u.nextSeq, tcp.ack)) {
                continue;
            }
            list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }

    // Bytes in flight as Wireshark's default (payload-based) method: the span of this side's
    // unacknowledged segments, less what the peer's last SACK blocks cover; a SYN or FIN is virtual.
    if (length > 0 && !fwd.unacked.empty() && fwd.validBytesInFlight) {
        std::uint32_t first = fwd.unacked.front().seq - fwd.state.baseSeq;
        std::uint32_t last = fwd.unacked.front().nextSeq - fwd.state.baseSeq;
        for (const Unacked &u : fwd.unacked) {
            first = std::min(first, u.seq - fwd.state.baseSeq);
            last = std::max(last, u.nextSeq - fwd.state.baseSeq);
        }
        const std::uint32_t inFlight = last - first - rev.sackedBytes;
        if (inFlight > 0 && inFlight < 2'000'000'000u)
            row.bytesInFlight = inFlight - ((tcp.flags & (FlagSyn | FlagFin)) ? 1 : 0);
    }

    fwd.sackedBytes = 0;
    for (int b = 0; b < tcp.options.sackBlocks; ++b) {
        const std::uint32_t left = tcp.options.sackEdges[2 * b];
        const std::uint32_t right = tcp.options.sackEdges[2 * b + 1];
        fwd.sackedBytes += right - left;
        row.sack.push_back({left - rev.state.baseSeq, right - rev.state.baseSeq});
    }

    if (tcp.flags & FlagSyn)
        fwd.state.windowScaleOption = tcp.options.windowScale >= 0 ? tcp.options.windowScale : std::int8_t{-2};
    // Scaling applies only when both SYNs offered it; a SYN's own window is never scaled.
    const std::int8_t shift = fwd.state.windowScaleOption >= 0 && rev.state.windowScaleOption >= 0
        ? fwd.state.windowScaleOption
        : std::int8_t{0};
    fwd.windowKnown = fwd.state.windowScaleOption != -1;
    fwd.windowBytes = (tcp.flags & FlagSyn) ? tcp.window : static_cast<std::uint32_t>(tcp.window) << shift;
    return row;
}

std::vector<TcpRowAnalysis> analyzeCaptureTcp(const std::string &path, const Tracker &tracker,
                                              const std::vector<bool> &wanted, std::string &error)
{
    const auto &segments = tracker.segments();
    const auto &streams = tracker.streams();
    std::vector<TcpRowAnalysis> out(segments.size());
    std::vector<std::uint32_t> streamOf(segments.size(), ~0u);
    std::size_t end = 0; // reading stops after the last wanted segment
    for (const Stream &stream : streams) {
        if (!wanted.empty() && (stream.index >= wanted.size() || !wanted[stream.index]))
            continue;
        for (const std::uint32_t i : stream.segments) {
            streamOf[i] = stream.index;
            end = std::max<std::size_t>(end, i + 1);
        }
    }
    std::vector<TcpAnalysis> analyses(streams.size());

    FileSource source;
    if (!source.open(path, error))
        return out;
    RawFrame frame;
    std::size_t cursor = 0; // segments come in frame order, at most one per frame
    while (cursor < end && source.next(frame) == FileSource::Next::Frame) {
        if (frame.frameNumber != segments[cursor].frame)
            continue;
        const std::size_t i = cursor++;
        if (streamOf[i] == ~0u)
            continue;
        DecodedTcp tcp;
        if (decodeFrame(frame.linkType, frame.data, frame.originalLength, tcp) != DecodeStatus::Tcp)
            continue;
        const Segment &segment = segments[i];
        const int side = segment.direction == Direction::ClientToServer ? 0 : 1;
        out[i] = analyses[streamOf[i]].add(tcp, side, segment.frame, frame.timeNs, segment.hasNote(NotePortReused));
    }
    return out;
}

std::vector<TcpRowAnalysis> analyzeLadderTcp(const std::string &path, const ConnectionLadder &ladder,
                                             std::string &error)
{
    const auto &rows = ladder.rows;
    std::vector<TcpRowAnalysis> out(rows.size());
    if (rows.empty())
        return out;
    TcpAnalysis analysis;
    forEachLadderTcpFrame(path, rows, error, [&](std::size_t row, const DecodedTcp &tcp, const RawFrame &frame) {
        const Segment &segment = rows[row].segment;
        const int side = segment.direction == Direction::ClientToServer ? 0 : 1;
        out[row] = analysis.add(tcp, side, segment.frame, frame.timeNs, segment.hasNote(NotePortReused));
    });
    return out;
}

} // namespace tcpladder::core
