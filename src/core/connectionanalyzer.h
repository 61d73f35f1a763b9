// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace tcpladder::core {

enum class OpenKind : std::uint8_t { None, SynOnly, SynSynAck, Complete, Simultaneous };
enum class CloseKind : std::uint8_t { None, Half, Fin, Rst };
enum class Side : std::uint8_t { Client, Server };
enum class Phase : std::uint8_t { Handshake, Data, Teardown, Reset };
enum class TcpState : std::uint8_t {
    Closed, Listen, SynSent, SynReceived, Established, FinWait1, FinWait2, Closing, TimeWait, CloseWait, LastAck
};

// JSON contract names: "complete", "syn_only", "fin", "half", "client", "handshake", "SYN_SENT", ...
std::string_view toString(OpenKind kind);
std::string_view toString(CloseKind kind);
std::string_view toString(Side side);
std::string_view toString(Phase phase);
std::string_view toString(TcpState state);

// What the analysis says about one row of the ladder.
struct RowAnalysis
{
    Phase phase = Phase::Handshake;
    TcpState clientState = TcpState::Closed;
    TcpState serverState = TcpState::Listen;
    std::uint8_t notes = 0; // notes only the connection-level view can give (NoteFinAckMerged)
};

// Follows one connection segment by segment (capture order, directions already resolved) and
// keeps the open/close classification, the teardown count and both ends' RFC 9293 states.
// Incremental so a live capture can update a connection's summary in O(1) per segment; the
// per-row results are not stored: the ladder replays the stream through a fresh analyzer.
class ConnectionAnalyzer
{
public:
    RowAnalysis add(const Segment &segment);

    OpenKind open() const;
    CloseKind close() const;
    std::optional<Side> firstFin() const;
    // From the first FIN on: distinct segments that carry a FIN or first acknowledge a FIN, up to
    // the first acknowledgement of the second FIN. Only when close()==Fin and both FINs were ACKed.
    std::optional<int> teardownSegments() const;

private:
    struct SideState
    {
        bool sentSyn = false;       // a SYN without ACK
        bool sentSynAck = false;
        bool sentFin = false;
        bool finAcked = false;      // the peer acknowledged this side's FIN
        bool sentRst = false;
        std::uint32_t finSeq = 0;   // relative seq of the FIN (the ACK that covers it is finSeq + 1)
        TcpState state = TcpState::Closed;
    };
    SideState m_client;
    SideState m_server{.state = TcpState::Listen};
    bool m_handshakeAcked = false;
    bool m_sawAnySegment = false;
    bool m_startedWithoutSyn = false;
    std::optional<Side> m_firstFin;
    bool m_reset = false;
    int m_teardownCount = 0;
    bool m_teardownDone = false;
    Phase m_phase = Phase::Handshake;
};

} // namespace tcpladder::core
