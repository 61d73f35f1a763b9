// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain-language notes for a ladder row or phase, as DATA: which situation it is and this
// connection's numbers, worded once in explanationnote.h for the pane, the JSON and the text ladder. Nothing here is a guess the capture cannot back: each number comes from the rows.

#include "connectionanalyzer.h"
#include "streamreplay.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tcpladder::core {

enum class ExplanationKind : std::uint8_t {
    SynRelativeSeq,       // the SYN's seq 0 stands for its raw ISN (rawIsn, relativeSeq)
    SynAckAck,            // the SYN-ACK's ack 1 = client ISN + 1 (ack, rawAck, rawIsn = server ISN, peerIsn)
    HandshakeComplete,    // the third ACK completes the handshake (rttNs: first SYN to this ACK; ack, rawAck,
                          // rawIsn = the sender's ISN, peerIsn = the ISN it acknowledges + ack)
    SynRetransmission,    // the SYN was sent again (count = attempt, intervalsNs between the copies, backoff =
                          // their pattern, unreceived = the peer's answers in the capture that did not reach it)
    Retransmission,       // data sent again (relativeSeq, bytes, frame = the first copy's frame, 0 unknown;
                          // count = the peer's duplicate ACKs for it since the previous copy: 0 means a
                          // timer fired, waitNs after that copy, 0 when it was not captured)
    DuplicateAck,         // the same ack again (ack, count = nth duplicate, frame = the ACK it repeats)
    ZeroWindow,           // the sender's receive buffer is full (side)
    DataTransfer,         // data phase summary (clientBytes, serverBytes, count = retransmissions)
    FourSegmentTeardown,  // FIN, ACK, FIN, ACK (count = teardown segments, side = closed first)
    ThreeSegmentTeardown, // the peer's ACK rode on its FIN (frame/row of the fin_ack_merged segment)
    SimultaneousClose,    // both FINs crossed; both ends go through CLOSING to TIME_WAIT
    HalfClose,            // data flowed after the first FIN (side = closed first, bytes after it)
    RstRefused,           // a RST answered the SYN: nothing listened (side = who reset, frame = the SYN,
                          // port = the port nothing listened on, precedingFrame)
    RstAfterData,         // a RST ended the connection (side, clientBytes, serverBytes, afterFin, precedingFrame)
    TimeWait,             // the side that closed first waits 2*MSL in TIME_WAIT (side): on the row it enters
                          // it and on the rows it sends from there (its last ACK)
    FinSent,              // this row's FIN closes its sender's direction (side, relativeSeq = the segment's seq,
                          // bytes = data it carries, ack = the FIN's own number + 1, the Ack that answers it;
                          // count = 1 for the side that closed first, 2 for its peer, state = sender's after)
    DataSegment,          // an ordinary data segment (relativeSeq, bytes, ack = the Ack that covers it all)
    Acknowledgement,      // an ordinary ACK (ack: every byte before it arrived)
    NotReceived,          // the receiver never got this segment: it later repeated what this one acknowledged
                          // (side = sender, frame = the repeat's frame, flags = the repeat's flags)
};

// How the waits between copies of a SYN grew, as measured (Linux >= 6.5 first retries at a fixed
// interval, tcp_syn_linear_timeouts, then doubles; older kernels double from the start).
enum class Backoff : std::uint8_t { None, Regular, Doubling, RegularThenDoubling, Irregular };

struct Explanation
{
    ExplanationKind kind = ExplanationKind::SynRelativeSeq;
    std::optional<std::size_t> row; // the row it is about (for a phase: the row to point at)
    Side side = Side::Client;
    std::uint32_t frame = 0;
    std::uint32_t rawIsn = 0;
    std::uint32_t relativeSeq = 0;
    std::uint32_t ack = 0; // relative
    std::uint32_t rawAck = 0;
    std::int64_t rttNs = 0;
    std::vector<std::int64_t> intervalsNs;
    int count = 0;
    std::uint64_t bytes = 0;
    std::uint64_t clientBytes = 0;
    std::uint64_t serverBytes = 0;
    bool afterFin = false;             // RstAfterData: a FIN had already been sent
    std::uint32_t peerIsn = 0;         // SynAckAck, HandshakeComplete: the raw ISN being acknowledged
    std::uint32_t precedingFrame = 0;  // RST kinds: the connection's frame just before the RST (0: none)
    std::uint16_t port = 0;            // RstRefused: the refusing side's port
    TcpState state = TcpState::Closed; // FinSent: the sender's state after the row
    bool bothFins = false;             // teardown kinds: the peer sent its own FIN too
    Backoff backoff = Backoff::None;   // SynRetransmission
    int unreceived = 0;                // SynRetransmission
    std::uint16_t flags = 0;           // NotReceived
    std::int64_t waitNs = 0;           // Retransmission
};

// The pattern of waits between retries (None for fewer than two waits).
Backoff backoffOf(const std::vector<std::int64_t> &intervalsNs);

// Everything worth saying about one row: what the segment is first (a SYN, a FIN, a RST, the
// handshake's ACK, else DataSegment / Acknowledgement), then what it means (retransmission,
// duplicate ACK, zero window, the teardown, TIME_WAIT). Empty only for a row out of range.
std::vector<Explanation> explainRow(const ConnectionLadder &ladder, std::size_t row);
// The note of a phase bracket; for a phase the ladder lacks, a DataTransfer summary.
Explanation explainPhase(const ConnectionLadder &ladder, Phase phase);

std::string_view toString(ExplanationKind kind); // "syn_relative_seq", ... (JSON, tests)
// Worded (English or translated) by explanationnote.h.

} // namespace tcpladder::core
