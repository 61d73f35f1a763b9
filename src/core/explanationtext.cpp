// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON / test names of the explanation kinds (the wording is explanationnote.cpp's).
#include "explanation.h"

namespace tcpladder::core {

std::string_view toString(ExplanationKind kind)
{
    switch (kind) {
    case ExplanationKind::SynRelativeSeq:
        return "syn_relative_seq";
    case ExplanationKind::SynAckAck:
        return "syn_ack_ack";
    case ExplanationKind::HandshakeComplete:
        return "handshake_complete";
    case ExplanationKind::SynRetransmission:
        return "syn_retransmission";
    case ExplanationKind::Retransmission:
        return "retransmission";
    case ExplanationKind::DuplicateAck:
        return "duplicate_ack";
    case ExplanationKind::ZeroWindow:
        return "zero_window";
    case ExplanationKind::DataTransfer:
        return "data_transfer";
    case ExplanationKind::FourSegmentTeardown:
        return "four_segment_teardown";
    case ExplanationKind::ThreeSegmentTeardown:
        return "three_segment_teardown";
    case ExplanationKind::SimultaneousClose:
        return "simultaneous_close";
    case ExplanationKind::HalfClose:
        return "half_close";
    case ExplanationKind::RstRefused:
        return "rst_refused";
    case ExplanationKind::RstAfterData:
        return "rst_after_data";
    case ExplanationKind::TimeWait:
        return "time_wait";
    case ExplanationKind::FinSent:
        return "fin_sent";
    case ExplanationKind::DataSegment:
        return "data_segment";
    case ExplanationKind::Acknowledgement:
        return "acknowledgement";
    case ExplanationKind::NotReceived:
        return "not_received";
    }
    return "unknown";
}

} // namespace tcpladder::core
