// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamreplay.h"

#include "tcpflags.h"

#include <algorithm>
#include <deque>

namespace tcpladder::core {

std::vector<StreamRow> replayStream(const Stream &stream, std::span<const Segment> allSegments)
{
    std::vector<Segment> segments;
    segments.reserve(stream.segments.size());
    for (const auto index : stream.segments) {
        if (index >= allSegments.size())
            break;
        segments.push_back(allSegments[index]);
    }
    const std::vector<RowAnalysis> analysis = analyzeRows(segments);
    std::vector<StreamRow> rows;
    rows.reserve(segments.size());
    for (std::size_t i = 0; i < segments.size(); ++i) {
        StreamRow row{segments[i], analysis[i]};
        row.segment.notes |= row.analysis.notes;
        rows.push_back(row);
    }
    return rows;
}

} // namespace tcpladder::core

namespace tcpladder::core {

ConnectionLadder buildConnectionLadder(const Stream &stream, std::span<const Segment> allSegments)
{
    ConnectionLadder ladder;
    ladder.streamIndex = stream.index;
    ladder.client = stream.client;
    ladder.server = stream.server;
    ladder.hostname = stream.hostname;
    ladder.clientBaseSeq = stream.clientBaseSeq;
    ladder.serverBaseSeq = stream.serverBaseSeq;
    ladder.clientWindowScale = stream.clientWindowScale;
    ladder.serverWindowScale = stream.serverWindowScale;
    ladder.open = stream.analyzer.open();
    ladder.close = stream.analyzer.close();
    ladder.firstFin = stream.analyzer.firstFin();
    ladder.teardownSegments = stream.analyzer.teardownSegments();
    ladder.rows = replayStream(stream, allSegments);
    return ladder;
}

} // namespace tcpladder::core

namespace tcpladder::core {

std::uint32_t advertisedWindow(const Segment &segment, const ConnectionLadder &ladder)
{
    const std::int8_t shift =
        segment.direction == Direction::ClientToServer ? ladder.clientWindowScale : ladder.serverWindowScale;
    if (segment.has(FlagSyn) || shift < 0)
        return segment.window;
    return static_cast<std::uint32_t>(segment.window) << std::min<int>(shift, 14);
}

} // namespace tcpladder::core

namespace tcpladder::core {

namespace {

int dirOf(const Segment &s)
{
    return s.direction == Direction::ClientToServer ? 0 : 1;
}

// Relative numbers wrap after 4 GiB on long connections, so compare them as RFC 1982 serials.
bool atOrAfter(std::uint32_t a, std::uint32_t b)
{
    return static_cast<std::int32_t>(a - b) >= 0;
}

// The sequence number after everything the segment occupies (its SYN, payload and FIN).
std::uint32_t seqEnd(const Segment &s)
{
    return s.seq + s.payloadLength + (s.has(FlagSyn) ? 1U : 0U) + (s.has(FlagFin) ? 1U : 0U);
}

bool occupiesSequence(const Segment &s)
{
    return seqEnd(s) != s.seq;
}

// Rows whose peer never got them: a stack that had received an ACK does not send again what that
// ACK covered (a SYN after the SYN-ACK, a FIN after its ACK). Keep-alives repeat an old byte on
// purpose, so they prove nothing, and so does a SYN-ACK after a SYN (a simultaneous open answers
// the peer's SYN with it, whatever arrived). Acks rise along a direction, so walking back from a
// repeat over the peer's earlier ACKs stops at the first one that did not cover it.
void markUnreceived(std::span<const Segment> rows, Hindsight &h)
{
    std::vector<std::uint32_t> acking[2]; // per direction: rows with an ACK, in order
    std::optional<std::uint32_t> highestEnd[2];
    std::uint16_t firstSyn[2] = {0, 0}; // SYN and ACK bits of each side's first SYN
    for (std::uint32_t j = 0; j < rows.size(); ++j) {
        const Segment &s = rows[j];
        const int d = dirOf(s);
        const std::uint16_t synBits = s.flags & (FlagSyn | FlagAck);
        if (s.has(FlagSyn) && !firstSyn[d])
            firstSyn[d] = synBits;
        if (occupiesSequence(s) && !s.has(FlagRst)) {
            const std::uint32_t end = seqEnd(s);
            const bool repeat = highestEnd[d] && atOrAfter(*highestEnd[d], end) && !s.hasNote(NoteKeepAlive)
                && (!s.has(FlagSyn) || synBits == firstSyn[d]);
            if (repeat) {
                const auto &peerAcks = acking[1 - d];
                for (auto it = peerAcks.rbegin(); it != peerAcks.rend(); ++it) {
                    if (!atOrAfter(rows[*it].ack, end) || h.unreceivedRepeatRow[*it])
                        break;
                    h.unreceivedRepeatRow[*it] = j;
                }
            }
            if (!highestEnd[d] || atOrAfter(end, *highestEnd[d]))
                highestEnd[d] = end;
        }
        if (s.has(FlagAck) && !s.has(FlagRst))
            acking[d].push_back(j);
    }
}

// A segment that occupies sequence space arrived after every segment its receiver sent before
// first acknowledging it (a RST may be the answer to it, so it ends the wait too); one never
// acknowledged although the receiver sent later did not arrive. Arrivals keep each direction's
// order, so nothing arrives before what was sent ahead of it.
void markArrivals(std::span<const Segment> rows, Hindsight &h)
{
    std::deque<std::uint32_t> waiting[2]; // per direction: rows not yet known to have arrived, oldest first
    std::optional<std::uint32_t> lastRowOf[2];
    for (std::uint32_t j = 0; j < rows.size(); ++j) {
        const Segment &s = rows[j];
        const int d = dirOf(s);
        auto &answered = waiting[1 - d]; // what this row's sender was waiting to receive
        std::size_t done = 0;
        while (done < answered.size()
               && (s.has(FlagRst) || (s.has(FlagAck) && atOrAfter(s.ack, seqEnd(rows[answered[done]])))))
            ++done;
        for (std::size_t k = 0; k < done; ++k) {
            const std::uint32_t x = answered[k];
            if (lastRowOf[d] && *lastRowOf[d] > x)
                h.receivedAfter[x] = *lastRowOf[d];
        }
        answered.erase(answered.begin(), answered.begin() + static_cast<std::ptrdiff_t>(done));
        if (!h.unreceivedRepeatRow[j] && occupiesSequence(s))
            waiting[d].push_back(j);
        lastRowOf[d] = j;
    }
    for (int d = 0; d < 2; ++d)
        for (const std::uint32_t x : waiting[d])
            if (lastRowOf[1 - d] && *lastRowOf[1 - d] > x)
                h.receivedAfter[x] = Hindsight::kNever;
    for (std::uint32_t j = 0; j < rows.size(); ++j)
        if (h.unreceivedRepeatRow[j])
            h.receivedAfter[j] = Hindsight::kNever;
    // In order per direction: later segments cannot arrive before earlier ones that did arrive.
    std::uint32_t floor[2] = {0, 0};
    for (std::uint32_t j = 0; j < rows.size(); ++j) {
        std::uint32_t &at = h.receivedAfter[j];
        if (at == Hindsight::kNever)
            continue;
        at = std::max(at, floor[dirOf(rows[j])]);
        floor[dirOf(rows[j])] = at;
    }
}

} // namespace

Hindsight readHindsight(std::span<const Segment> rows)
{
    Hindsight h;
    h.receivedAfter.resize(rows.size());
    for (std::uint32_t i = 0; i < rows.size(); ++i)
        h.receivedAfter[i] = i;
    h.unreceivedRepeatRow.resize(rows.size());
    bool clientSentSyn = false;
    for (const Segment &s : rows) {
        if (s.direction == Direction::ServerToClient) {
            h.serverListens = !(s.has(FlagRst) && clientSentSyn);
            break;
        }
        clientSentSyn = clientSentSyn || (s.flags & (FlagSyn | FlagAck)) == FlagSyn;
    }
    markUnreceived(rows, h);
    markArrivals(rows, h);
    return h;
}

std::vector<RowAnalysis> analyzeRows(std::span<const Segment> rows)
{
    const Hindsight h = readHindsight(rows);
    ConnectionAnalyzer analyzer(h.serverListens);
    std::vector<RowAnalysis> out;
    out.reserve(rows.size());
    // Arrivals are in order per direction, so each direction's cursor only moves forward.
    std::vector<std::uint32_t> arriving[2];
    for (std::uint32_t i = 0; i < rows.size(); ++i)
        if (h.receivedAfter[i] != Hindsight::kNever)
            arriving[dirOf(rows[i])].push_back(i);
    std::size_t next[2] = {0, 0};
    for (std::uint32_t i = 0; i < rows.size(); ++i) {
        RowAnalysis row = analyzer.send(rows[i]);
        for (int d = 0; d < 2; ++d)
            for (; next[d] < arriving[d].size() && h.receivedAfter[arriving[d][next[d]]] <= i; ++next[d])
                analyzer.receive(rows[arriving[d][next[d]]]);
        analyzer.currentStates(row);
        row.unreceivedRepeatRow = h.unreceivedRepeatRow[i];
        out.push_back(row);
    }
    return out;
}

} // namespace tcpladder::core
