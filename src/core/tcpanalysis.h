// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decoder.h"
#include "seqanalysis.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace tcpladder::core {

class Tracker;
struct ConnectionLadder;

// Beyond the SeqFlag bits: tcp.analysis.window_full, which needs the peer's scaled window.
constexpr std::uint32_t SeqWindowFull = 0x10000;

// What tshark's tcp.analysis.* says about one segment besides its relative numbers.
struct TcpRowAnalysis
{
    std::uint32_t flags = 0;                        // SeqFlag bits | SeqWindowFull
    std::uint32_t dupAckOf = 0;                     // tcp.analysis.duplicate_ack_frame; 0: none
    std::int64_t ackRttNs = -1;                     // tcp.analysis.ack_rtt; -1: none
    std::int64_t bytesInFlight = -1;                // tcp.analysis.bytes_in_flight; -1: none
    std::vector<std::array<std::uint32_t, 2>> sack; // tcp.options.sack_le/re, relative
};

// Wireshark's per-connection sequence analysis replayed over one connection's frames, with the
// state the ladder's extra fields need (the unacknowledged segments for RTT and bytes in flight).
class TcpAnalysis
{
public:
    // `side` 0 or 1 names the sender's direction; `reusedPorts` is the tracker's port-reuse mark.
    TcpRowAnalysis add(const DecodedTcp &tcp, int side, std::uint32_t frame, std::int64_t timeNs, bool reusedPorts);

private:
    struct Unacked
    {
        std::uint32_t frame;
        std::uint32_t seq;
        std::uint32_t nextSeq;
        std::int64_t timeNs;
    };
    struct Flow
    {
        FlowState state;
        std::vector<Unacked> unacked; // oldest first
        std::uint32_t lastNonDupAck = 0;
        std::uint32_t windowBytes = 0; // last advertised window, scaled as tcp.window_size
        std::uint32_t sackedBytes = 0; // covered by the SACK blocks of this side's last segment
        bool windowKnown = false;
        bool validBytesInFlight = true; // off after a lost segment until the peer ACKs again
    };
    Flow m_flows[2];
    ConversationTiming m_timing;
};

// Runs TcpAnalysis over the connections of an indexed capture by reading the file once more.
// `wanted[stream]` selects streams (empty: all). Returns one entry per tracker segment (by index);
// segments of streams not wanted are left default.
std::vector<TcpRowAnalysis> analyzeCaptureTcp(const std::string &path, const Tracker &tracker,
                                              const std::vector<bool> &wanted, std::string &error);

// The same for the rows of one connection's ladder (one entry per row), from the frames the rows
// name: needs no index, so it can run on any thread with a copy of the ladder. Reads the file up
// to the last row's frame.
std::vector<TcpRowAnalysis> analyzeLadderTcp(const std::string &path, const ConnectionLadder &ladder,
                                             std::string &error);

} // namespace tcpladder::core
