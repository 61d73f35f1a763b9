// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionanalyzer.h"
#include "ipaddress.h"
#include "packetcomments.h"
#include "segment.h"
#include "stream.h"
#include "tcpanalysis.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tcpladder::core {

// What the whole capture of a connection tells about each segment that its own row cannot:
// whether (and by when) the other end had received it. A segment is taken as received when it is
// seen, unless a later segment of the receiver shows otherwise. The ladder's states use this, so
// they follow what each side had received when it sent, not the moment the capture saw a segment.
struct Hindsight
{
    static constexpr std::uint32_t kNever = ~0u;
    // False when the server's first segment is a RST answering a SYN: nothing listened.
    bool serverListens = true;
    // Per row: the row after which its receiver had it (the row itself when nothing says
    // otherwise; a later row of the receiver that did not yet acknowledge it), or kNever.
    std::vector<std::uint32_t> receivedAfter;
    // Per row: the receiver later repeated something this segment acknowledged, so it never got it.
    std::vector<std::uint32_t> unreceivedRepeatRow; // 0: none (as RowAnalysis::unreceivedRepeatRow)
};

Hindsight readHindsight(std::span<const Segment> rows);

// The analysis of every row, with each segment received when the hindsight says: what the ladder
// draws. (The tracker's live ConnectionAnalyzer::add() cannot look ahead and needs no states.)
std::vector<RowAnalysis> analyzeRows(std::span<const Segment> rows);

// One ladder row: the segment (notes include the connection-level ones) and the analysis after it.
struct StreamRow
{
    Segment segment;
    RowAnalysis analysis;
};

// Replays one stream through a fresh analyzer, so per-row phases and states need no memory
// while the capture is indexed; called only for the connection a person is looking at.
std::vector<StreamRow> replayStream(const Stream &stream, std::span<const Segment> allSegments);

// Everything needed to draw, print or export one connection's ladder, detached from the capture
// so it can cross threads and outlive the index that produced it.
struct ConnectionLadder
{
    std::uint32_t streamIndex = 0;
    Endpoint client;
    Endpoint server;
    std::string hostname;
    std::uint32_t clientBaseSeq = 0; // raw ISN for "why is the SYN's seq 0" explanations
    std::uint32_t serverBaseSeq = 0;
    std::int8_t clientWindowScale = -1;
    std::int8_t serverWindowScale = -1;
    OpenKind open = OpenKind::None;
    CloseKind close = CloseKind::None;
    std::optional<Side> firstFin;
    std::optional<int> teardownSegments;
    std::vector<StreamRow> rows;
    // tshark's tcp.analysis per row (analyzeLadderTcp), read from the capture file again; empty
    // until someone did. The ladder shows loss (gaps, what triggered a retransmission) from it.
    std::vector<TcpRowAnalysis> tcp;
    // The capture's packet comments on this connection's frames (laddernotes.h): teacher's notes.
    FrameComments comments;
};

ConnectionLadder buildConnectionLadder(const Stream &stream, std::span<const Segment> allSegments);

// One built ladder, shared read-only by everything that shows it (view, graph, details pane):
// never copied, never changed; a grown connection is a new ladder.
using SharedLadder = std::shared_ptr<const ConnectionLadder>;

} // namespace tcpladder::core

namespace tcpladder::core {

// The window the sender advertises in bytes, as Wireshark's tcp.window_size (the Info column's
// Win=): scaled when both SYNs negotiated scaling, never scaled on a SYN, raw when unknown.
std::uint32_t advertisedWindow(const Segment &segment, const ConnectionLadder &ladder);

} // namespace tcpladder::core
