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
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    Closing,
    TimeWait,
    CloseWait,
    LastAck
};

// JSON contract names: "complete", "syn_only", "fin", "half", "client", "handshake", "SYN_SENT", ...
std::string_view toString(OpenKind kind);
std::string_view toString(CloseKind kind);
std::string_view toString(Side side);
std::string_view toString(Phase phase);
std::string_view toString(TcpState state);

// The side that sent `segment`, and the other one: one definition for the whole program.
inline Side senderOf(const Segment &segment)
{
    return segment.direction == Direction::ClientToServer ? Side::Client : Side::Server;
}
inline Side peerOf(Side side)
{
    return side == Side::Client ? Side::Server : Side::Client;
}

// What the analysis says about one row of the ladder.
struct RowAnalysis
{
    Phase phase = Phase::Handshake;
    TcpState clientState = TcpState::Closed;
    TcpState serverState = TcpState::Listen;
    std::uint8_t notes = 0; // notes only the connection-level view can give (NoteFinAckMerged)
    // Hindsight (analyzeRows only): the receiver never got this segment, because it later repeated
    // something this segment acknowledged (a SYN after this SYN-ACK, say); the row of that repeat.
    // 0 = received: a repeat comes after the segment, so it is never row 0 (and 4 bytes, not 8).
    std::uint32_t unreceivedRepeatRow = 0;
};

// Follows one connection segment by segment (capture order, directions already resolved) and
// keeps the open/close classification, the teardown count and both ends' RFC 9293 states.
// Incremental so a live capture can update a connection's summary in O(1) per segment; the
// per-row results are not stored: the ladder replays the stream with analyzeRows (streamreplay.h).
//
// Two kinds of input, because a capture sees each segment once, at one point:
// - send(): the capture-level facts (open/close kind, phase, teardown count, notes), which only
//   depend on what was seen, and the SENDER's state change.
// - receive(): the RECEIVER's state change, for the transitions RFC 9293 makes on receipt (the
//   ACK of its SYN, a FIN, the ACK of its FIN, a RST). The ladder calls it when the capture shows
//   the segment had arrived (analyzeRows), so states follow what each side had received when it
//   sent; add() = send() + receive() at once, for the live summary, which needs no states.
// Conventions:
// - States are those after the row. A LISTEN end stays LISTEN on the SYN row and only shows
//   SYN_RECEIVED when its SYN-ACK is seen, because a listener keeps listening. A server that
//   answers a SYN with RST had nothing listening (serverListens false): CLOSED throughout.
// - RST: the end that sends or receives it goes CLOSED, except a LISTEN end stays LISTEN and a
//   passively opened SYN_RECEIVED end returns to LISTEN (RFC 9293 3.10.7.4).
// - Started before the capture (first segment not a SYN): both ends ESTABLISHED, phase data.
//   A SYN-ACK seen first means the SYN was missed: its receiver is taken as SYN_SENT.
// - Phase handshake: every SYN / SYN-ACK row (retransmissions too) and the opener's first
//   payload-free ACK of the SYN-ACK; a data segment that completes the handshake is data.
//   After the first FIN every row is teardown; from a RST on (that row included), reset.
// - Crossing FINs need no rule of their own: a FIN sent before the peer's FIN arrived moves
//   ESTABLISHED -> FIN_WAIT_1, and the peer's FIN arriving later moves it on to CLOSING.
// - close(): Rst when a RST was seen before both FINs were acknowledged (a RST after a clean
//   close is stray, e.g. an answer to a late segment, and does not change a "fin" close).
// - Teardown counting ends with the segment after which both FINs are acknowledged; for the
//   usual (non-crossing) close that is the first acknowledgement of the second FIN. A segment
//   counts once even if it both carries a FIN and acknowledges one. Only first occurrences
//   count, so a retransmitted FIN or a re-ACK never counts twice; the retransmission note is
//   not consulted, because Linux may send its first FIN on a retransmitted data segment.
class ConnectionAnalyzer
{
public:
    ConnectionAnalyzer() = default;
    explicit ConnectionAnalyzer(bool serverListens);

    RowAnalysis add(const Segment &segment);  // send() and receive() at once
    RowAnalysis send(const Segment &segment); // states in the result: after the send only
    void receive(const Segment &segment);
    void currentStates(RowAnalysis &row) const;

    OpenKind open() const;
    CloseKind close() const;
    std::optional<Side> firstFin() const;
    // From the first FIN on: distinct segments that carry a FIN or first acknowledge a FIN, up to
    // the first acknowledgement of the second FIN. Only when close()==Fin and both FINs were ACKed.
    std::optional<int> teardownSegments() const;

private:
    struct SideState
    {
        // finSlot first: 12 bytes instead of 16, one analyzer lives in every Stream.
        std::uint32_t finSlot = 0; // relative seq the FIN occupies (seq + len); its ACK is >= finSlot + 1
        bool sentSyn = false;      // a SYN without ACK (or one the capture missed, see SYN-ACK first)
        bool sentSynAck = false;
        bool sentFin = false;
        bool finAcked = false; // the capture saw the peer acknowledge this side's FIN
        bool reset = false;    // sent or received a RST: the connection is gone for this end
        TcpState state = TcpState::Closed;
    };

    static TcpState afterReset(const SideState &side);
    void sendSyn(const Segment &segment, Side senderSide, SideState &sender);
    void sendAckAndFin(const Segment &segment, Side senderSide, SideState &sender, SideState &receiver,
                       RowAnalysis &row);
    bool bothFinsAcked() const { return m_sides[0].finAcked && m_sides[1].finAcked; }

    SideState m_sides[2] = {{}, {.state = TcpState::Listen}}; // indexed by Side
    std::optional<Side> m_opener; // who sent (or, when m_synMissed, must have sent) the first SYN
    bool m_sawAnySegment = false;
    bool m_synMissed = false;      // the first segment was not a SYN without ACK: open() is None
    bool m_simultaneous = false;   // the opener's peer also sent a SYN without ACK
    bool m_synAckSeen = false;     // the opener's peer answered with a SYN-ACK
    bool m_handshakeAcked = false; // the opener acknowledged that SYN-ACK
    std::optional<Side> m_firstFin;
    bool m_sawRst = false;
    bool m_rstEnded = false; // a RST came before both FINs were acknowledged
    int m_teardownCount = 0;
};

} // namespace tcpladder::core
