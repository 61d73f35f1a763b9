// SPDX-License-Identifier: GPL-3.0-or-later
// The plain English wording of explanations: the CLI's text and the UI's fallback.
#include "explanation.h"
#include "tcpflags.h"

#include <cstdio>

namespace tcpladder::core {

std::string_view toString(ExplanationKind kind)
{
    switch (kind) {
    case ExplanationKind::SynRelativeSeq: return "syn_relative_seq";
    case ExplanationKind::SynAckAck: return "syn_ack_ack";
    case ExplanationKind::HandshakeComplete: return "handshake_complete";
    case ExplanationKind::SynRetransmission: return "syn_retransmission";
    case ExplanationKind::Retransmission: return "retransmission";
    case ExplanationKind::DuplicateAck: return "duplicate_ack";
    case ExplanationKind::ZeroWindow: return "zero_window";
    case ExplanationKind::DataTransfer: return "data_transfer";
    case ExplanationKind::FourSegmentTeardown: return "four_segment_teardown";
    case ExplanationKind::ThreeSegmentTeardown: return "three_segment_teardown";
    case ExplanationKind::SimultaneousClose: return "simultaneous_close";
    case ExplanationKind::HalfClose: return "half_close";
    case ExplanationKind::RstRefused: return "rst_refused";
    case ExplanationKind::RstAfterData: return "rst_after_data";
    case ExplanationKind::TimeWait: return "time_wait";
    case ExplanationKind::FinSent: return "fin_sent";
    case ExplanationKind::DataSegment: return "data_segment";
    case ExplanationKind::Acknowledgement: return "acknowledgement";
    case ExplanationKind::NotReceived: return "not_received";
    }
    return "unknown";
}

namespace {

std::string milliseconds(std::int64_t ns)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f ms", static_cast<double>(ns) / 1e6);
    return buffer;
}

Side peerOf(Side side)
{
    return side == Side::Client ? Side::Server : Side::Client;
}

std::string who(Side side)
{
    return side == Side::Client ? "the client" : "the server";
}

// Says only what the measured waits show.
std::string backoffText(Backoff backoff)
{
    switch (backoff) {
    case Backoff::Regular: return " (the same wait each time)";
    case Backoff::Doubling: return " (each wait twice the one before: exponential back-off)";
    case Backoff::RegularThenDoubling: return " (the same wait at first, then each wait twice the one before)";
    case Backoff::Irregular:
    case Backoff::None: break;
    }
    return {};
}

std::string capital(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

} // namespace

std::string explanationToEnglish(const Explanation &e)
{
    const auto n = [](auto v) { return std::to_string(v); };
    const std::string sender = who(e.side);
    const std::string peer = who(peerOf(e.side));
    switch (e.kind) {
    case ExplanationKind::SynRelativeSeq:
        return "Seq=" + n(e.relativeSeq) + " is relative: " + sender + " chose the random initial sequence number "
            + n(e.rawIsn) + ", and every seq of this side is counted from it, so the SYN shows " + n(e.relativeSeq)
            + ".";
    case ExplanationKind::SynAckAck:
        return "Ack=" + n(e.ack) + " means \"next I expect byte " + n(e.ack)
            + "\": the SYN used up one sequence number, so " + sender + " acknowledges " + peer + "'s ISN + 1 (raw "
            + n(e.rawAck) + "). Its own ISN is " + n(e.rawIsn) + ".";
    case ExplanationKind::HandshakeComplete:
        return "This ACK completes the three-way handshake: " + sender
            + " acknowledged the SYN-ACK (Ack=" + n(e.ack) + ", " + peer + "'s ISN " + n(e.peerIsn) + " + " + n(e.ack)
            + ") and both sides are ESTABLISHED. From the first SYN to this ACK took " + milliseconds(e.rttNs)
            + " (the measured round-trip time).";
    case ExplanationKind::SynRetransmission: {
        std::string text = capital(sender) + " sent its SYN " + n(e.count) + " times: ";
        text += e.unreceived > 0 ? peer + "'s answer came " + n(e.unreceived)
                + " time(s) in this capture but never reached " + sender + ", so it waited"
                                 : "no answer came, so it waited";
        for (std::size_t i = 0; i < e.intervalsNs.size(); ++i)
            text += (i == 0 ? " " : ", then ") + milliseconds(e.intervalsNs[i]);
        text += " before trying again";
        return text + backoffText(e.backoff) + ".";
    }
    case ExplanationKind::Retransmission: {
        std::string text = capital(sender) + " sent " + n(e.bytes) + " bytes at Seq=" + n(e.relativeSeq) + " again"
            + (e.frame ? " (first sent in frame " + n(e.frame) + ")" : std::string()) + ": ";
        if (e.count > 0)
            return text + peer + " had sent " + n(e.count) + " duplicate ACK(s) asking for Seq=" + n(e.relativeSeq)
                + ", so " + sender + " resent it without waiting for its timer (fast retransmission).";
        if (e.waitNs > 0)
            return text + "no duplicate ACKs asked for it; no acknowledgement came within " + milliseconds(e.waitNs)
                + " of the previous copy, so " + sender + "'s retransmission timer fired.";
        return text + "no duplicate ACKs asked for it in this capture, so " + sender + "'s retransmission timer fired.";
    }
    case ExplanationKind::DuplicateAck:
        return capital(sender) + " repeats Ack=" + n(e.ack) + " (duplicate #" + n(e.count)
            + (e.frame ? ", of frame " + n(e.frame) : std::string())
            + "): a later segment arrived but the one at " + n(e.ack) + " is missing. Three duplicates trigger a "
            + "fast retransmission.";
    case ExplanationKind::ZeroWindow:
        return capital(sender) + " advertises a zero window: its receive buffer is full, so " + peer
            + " must stop sending until the window opens.";
    case ExplanationKind::DataTransfer:
        return "Data: the client sent " + n(e.clientBytes) + " bytes, the server " + n(e.serverBytes) + " bytes; "
            + n(e.count) + " segments were retransmissions.";
    case ExplanationKind::FourSegmentTeardown:
        if (!e.bothFins)
            return capital(sender) + " closed first (FIN); " + peer
                + " sent no FIN of its own in this capture, so its direction is still open.";
        return capital(sender) + " closed first (FIN); " + peer + " acknowledged it, later sent its own FIN, and "
            + sender + " acknowledged that" + (e.count > 0 ? ": " + n(e.count) + " segments." : ".");
    case ExplanationKind::ThreeSegmentTeardown:
        return "A 3-segment teardown: " + peer + " had not yet sent its delayed ACK for " + sender
            + "'s FIN when it closed too, so the ACK rode on its own FIN (frame " + n(e.frame) + ", Ack=" + n(e.ack)
            + ").";
    case ExplanationKind::SimultaneousClose:
        return "Simultaneous close: both sides sent a FIN before receiving the other's, so both went through "
               "CLOSING and both end in TIME_WAIT.";
    case ExplanationKind::HalfClose:
        return capital(sender) + " closed its sending side first (FIN), but " + peer + " still sent " + n(e.bytes)
            + " bytes after it: a half-close. A FIN only says \"I will send no more\".";
    case ExplanationKind::RstRefused:
        return capital(sender) + " answered the SYN (frame " + n(e.frame) + ") with RST: nothing was listening on port "
            + n(e.port) + ", so the connection was refused.";
    case ExplanationKind::RstAfterData:
        return capital(sender) + " reset the connection (RST"
            + (e.precedingFrame ? ", after frame " + n(e.precedingFrame) : std::string()) + ") once the client had sent "
            + n(e.clientBytes)
            + " bytes and the server " + n(e.serverBytes) + " bytes" + (e.afterFin ? ", after a FIN" : "")
            + ": an abort, not an orderly close; unacknowledged data may be lost.";
    case ExplanationKind::TimeWait:
        return capital(sender) + " closed first, so it now waits in TIME_WAIT (2 x MSL) before the port pair can be "
            + "reused: late segments of this connection must not reach a new one.";
    case ExplanationKind::FinSent: {
        std::string text = capital(sender) + (e.count == 1 ? " closes first" : " closes its direction too");
        if (e.bytes > 0)
            text += ": its FIN rides on " + n(e.bytes) + " bytes of data at Seq=" + n(e.relativeSeq)
                + "; the FIN takes the sequence number after them, " + n(e.ack - 1) + ", so " + peer
                + " answers it with Ack=" + n(e.ack) + ". It says \"I will send no more data\"";
        else
            text += ": its FIN (Seq=" + n(e.relativeSeq) + ", one sequence number, answered with Ack=" + n(e.ack)
                + ") says \"I will send no more data\"";
        return text + "; it is now in " + std::string(toString(e.state)) + ".";
    }
    case ExplanationKind::NotReceived:
        return "This segment never reached " + peer + ": " + peer + " later sent [" + flagsToString(e.flags)
            + "] again (frame " + n(e.frame) + "), which this segment had already acknowledged.";
    case ExplanationKind::DataSegment:
        return capital(sender) + " sends " + n(e.bytes) + " bytes at Seq=" + n(e.relativeSeq) + "; " + peer
            + " acknowledges them all with Ack=" + n(e.ack) + ".";
    case ExplanationKind::Acknowledgement:
        return capital(sender) + " acknowledges: Ack=" + n(e.ack) + " means every byte before " + n(e.ack) + " from "
            + peer + " arrived.";
    }
    return {};
}

} // namespace tcpladder::core
