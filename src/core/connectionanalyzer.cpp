// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionanalyzer.h"

#include "tcpflags.h"

namespace tcpladder::core {

namespace {

// Relative numbers wrap after 4 GiB on long connections, so compare them as RFC 1982 serials.
bool acknowledges(const Segment &segment, std::uint32_t target)
{
    return segment.has(FlagAck) && static_cast<std::int32_t>(segment.ack - target) >= 0;
}

} // namespace

std::string_view toString(OpenKind kind)
{
    switch (kind) {
    case OpenKind::None:
        return "none";
    case OpenKind::SynOnly:
        return "syn_only";
    case OpenKind::SynSynAck:
        return "syn_synack";
    case OpenKind::Complete:
        return "complete";
    case OpenKind::Simultaneous:
        return "simultaneous";
    }
    return "none";
}

std::string_view toString(CloseKind kind)
{
    switch (kind) {
    case CloseKind::None:
        return "none";
    case CloseKind::Half:
        return "half";
    case CloseKind::Fin:
        return "fin";
    case CloseKind::Rst:
        return "rst";
    }
    return "none";
}

std::string_view toString(Side side)
{
    return side == Side::Client ? "client" : "server";
}

std::string_view toString(Phase phase)
{
    switch (phase) {
    case Phase::Handshake:
        return "handshake";
    case Phase::Data:
        return "data";
    case Phase::Teardown:
        return "teardown";
    case Phase::Reset:
        return "reset";
    }
    return "data";
}

std::string_view toString(TcpState state)
{
    switch (state) {
    case TcpState::Closed:
        return "CLOSED";
    case TcpState::Listen:
        return "LISTEN";
    case TcpState::SynSent:
        return "SYN_SENT";
    case TcpState::SynReceived:
        return "SYN_RECEIVED";
    case TcpState::Established:
        return "ESTABLISHED";
    case TcpState::FinWait1:
        return "FIN_WAIT_1";
    case TcpState::FinWait2:
        return "FIN_WAIT_2";
    case TcpState::Closing:
        return "CLOSING";
    case TcpState::TimeWait:
        return "TIME_WAIT";
    case TcpState::CloseWait:
        return "CLOSE_WAIT";
    case TcpState::LastAck:
        return "LAST_ACK";
    }
    return "CLOSED";
}

ConnectionAnalyzer::ConnectionAnalyzer(bool serverListens)
{
    if (!serverListens)
        m_sides[static_cast<int>(Side::Server)].state = TcpState::Closed;
}

RowAnalysis ConnectionAnalyzer::add(const Segment &segment)
{
    RowAnalysis row = send(segment);
    receive(segment);
    currentStates(row);
    return row;
}

void ConnectionAnalyzer::currentStates(RowAnalysis &row) const
{
    row.clientState = m_sides[0].state;
    row.serverState = m_sides[1].state;
}

RowAnalysis ConnectionAnalyzer::send(const Segment &segment)
{
    const Side senderSide = senderOf(segment);
    SideState &sender = m_sides[static_cast<int>(senderSide)];
    SideState &receiver = m_sides[static_cast<int>(peerOf(senderSide))];
    const bool syn = segment.has(FlagSyn);
    const bool rst = segment.has(FlagRst);

    if (!m_sawAnySegment) {
        m_sawAnySegment = true;
        if (syn && !segment.has(FlagAck)) {
            m_opener = senderSide;
        } else if (syn) {
            // The SYN was missed: whoever this SYN-ACK answers had sent it.
            m_opener = peerOf(senderSide);
            m_synMissed = true;
            receiver.sentSyn = true;
            receiver.state = TcpState::SynSent;
        } else {
            m_synMissed = true;
            m_sides[0].state = TcpState::Established;
            m_sides[1].state = TcpState::Established;
        }
    }

    RowAnalysis row;
    bool completesHandshake = false;
    if (rst) {
        if (!bothFinsAcked())
            m_rstEnded = true;
        m_sawRst = true;
        if (!sender.reset) {
            sender.state = afterReset(sender);
            sender.reset = true;
        }
    } else {
        if (m_opener == senderSide && m_synAckSeen && !m_handshakeAcked && !syn && acknowledges(segment, 1)) {
            m_handshakeAcked = true;
            completesHandshake = true;
        }
        if (syn && !m_sawRst)
            sendSyn(segment, senderSide, sender);
        sendAckAndFin(segment, senderSide, sender, receiver, row);
    }

    if (m_sawRst)
        row.phase = Phase::Reset;
    else if (m_firstFin)
        row.phase = Phase::Teardown;
    else if (syn || (completesHandshake && segment.payloadLength == 0))
        row.phase = Phase::Handshake;
    else
        row.phase = Phase::Data;
    currentStates(row);
    return row;
}

TcpState ConnectionAnalyzer::afterReset(const SideState &side)
{
    // A listening socket outlives a refused or aborted handshake; a passively opened
    // SYN_RECEIVED connection goes back to it (RFC 9293 3.10.7.4).
    if (side.state == TcpState::Listen || (side.state == TcpState::SynReceived && !side.sentSyn))
        return TcpState::Listen;
    return TcpState::Closed;
}

void ConnectionAnalyzer::sendSyn(const Segment &segment, Side senderSide, SideState &sender)
{
    const bool isOpenersPeer = m_opener && *m_opener != senderSide;
    if (!segment.has(FlagAck)) {
        sender.sentSyn = true;
        if (isOpenersPeer)
            m_simultaneous = true;
        if (!sender.reset && (sender.state == TcpState::Closed || sender.state == TcpState::Listen))
            sender.state = TcpState::SynSent;
        return;
    }
    sender.sentSynAck = true;
    if (isOpenersPeer)
        m_synAckSeen = true;
    if (!sender.reset
        && (sender.state == TcpState::Closed || sender.state == TcpState::Listen || sender.state == TcpState::SynSent))
        sender.state = TcpState::SynReceived;
}

void ConnectionAnalyzer::sendAckAndFin(const Segment &segment, Side senderSide, SideState &sender, SideState &receiver,
                                       RowAnalysis &row)
{
    // What the capture saw acknowledged, for the teardown count; the receiver's state waits for receive().
    bool firstAckOfFin = false;
    if (segment.has(FlagAck) && !m_sawRst && receiver.sentFin && !receiver.finAcked
        && acknowledges(segment, receiver.finSlot + 1)) {
        receiver.finAcked = true;
        firstAckOfFin = true;
    }

    bool firstFinOfSide = false;
    if (segment.has(FlagFin)) {
        if (!sender.sentFin) {
            firstFinOfSide = true;
            sender.sentFin = true;
            // The FIN takes the sequence number after the payload (and after a SYN, if any).
            sender.finSlot = segment.seq + segment.payloadLength + (segment.has(FlagSyn) ? 1U : 0U);
            if (!m_firstFin)
                m_firstFin = senderSide;
            if (!sender.reset) {
                if (sender.state == TcpState::Established || sender.state == TcpState::SynReceived)
                    sender.state = TcpState::FinWait1;
                else if (sender.state == TcpState::CloseWait)
                    sender.state = TcpState::LastAck;
            }
        }
        if (firstAckOfFin)
            row.notes |= NoteFinAckMerged;
    }

    // Nothing is new once both FINs are acknowledged, so first occurrences end the count by themselves.
    if (firstFinOfSide || firstAckOfFin)
        ++m_teardownCount;
}

void ConnectionAnalyzer::receive(const Segment &segment)
{
    SideState &receiver = m_sides[static_cast<int>(peerOf(senderOf(segment)))];
    if (receiver.reset)
        return;
    if (segment.has(FlagRst)) {
        receiver.state = afterReset(receiver);
        receiver.reset = true;
        return;
    }
    TcpState &state = receiver.state;
    if (segment.has(FlagSyn) && !segment.has(FlagAck)) {
        // Crossing SYNs: an active opener that receives a SYN goes SYN_RECEIVED; a listener
        // stays LISTEN until its SYN-ACK shows (the convention in the header).
        if (state == TcpState::SynSent)
            state = TcpState::SynReceived;
        return;
    }
    if (!segment.has(FlagAck))
        return;
    if (acknowledges(segment, 1)
        && ((segment.has(FlagSyn) && receiver.sentSyn && state == TcpState::SynSent) || state == TcpState::SynReceived))
        state = TcpState::Established;
    if (receiver.sentFin && acknowledges(segment, receiver.finSlot + 1)) {
        if (state == TcpState::FinWait1)
            state = TcpState::FinWait2;
        else if (state == TcpState::Closing)
            state = TcpState::TimeWait;
        else if (state == TcpState::LastAck)
            state = TcpState::Closed;
    }
    // Repeated FINs land on states they already moved, so retransmissions change nothing.
    if (segment.has(FlagFin)) {
        if (state == TcpState::Established || state == TcpState::SynReceived)
            state = TcpState::CloseWait;
        else if (state == TcpState::FinWait1)
            state = TcpState::Closing;
        else if (state == TcpState::FinWait2)
            state = TcpState::TimeWait;
    }
}

OpenKind ConnectionAnalyzer::open() const
{
    if (!m_opener || m_synMissed)
        return OpenKind::None;
    if (m_simultaneous)
        return OpenKind::Simultaneous;
    if (m_handshakeAcked)
        return OpenKind::Complete;
    if (m_synAckSeen)
        return OpenKind::SynSynAck;
    return OpenKind::SynOnly;
}

CloseKind ConnectionAnalyzer::close() const
{
    if (m_rstEnded)
        return CloseKind::Rst;
    const int fins = (m_sides[0].sentFin ? 1 : 0) + (m_sides[1].sentFin ? 1 : 0);
    if (fins == 2)
        return CloseKind::Fin;
    return fins == 1 ? CloseKind::Half : CloseKind::None;
}

std::optional<Side> ConnectionAnalyzer::firstFin() const
{
    return m_firstFin;
}

std::optional<int> ConnectionAnalyzer::teardownSegments() const
{
    if (close() != CloseKind::Fin || !bothFinsAcked())
        return std::nullopt;
    return m_teardownCount;
}

} // namespace tcpladder::core
