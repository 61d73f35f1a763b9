// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the ladder says about loss, from tshark's tcp.analysis of each row (ConnectionLadder::tcp):
// where a segment is missing, what made a segment go out again, and the notes of ACKs (duplicate
// of which frame, SACK blocks, window update). Geometry stays in ladderlayout.cpp.

#include "laddertranslate.h"
#include "streamreplay.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tcpladder::core {

enum class LossLinkKind : std::uint8_t {
    DuplicateAcks, // a fast retransmission and the duplicate ACKs the capture shows before it
    Wait,          // a retransmission with no duplicate ACKs: the time since the first transmission
};

// A retransmission tied to what the capture shows came before it. Never a guessed cause: a
// retransmission whose first transmission was not captured and that no duplicate ACK preceded
// gets no link.
struct LossLink
{
    LossLinkKind kind = LossLinkKind::Wait;
    std::uint32_t row = 0;               // the retransmission
    std::vector<std::uint32_t> triggers; // its duplicate ACKs, or (Wait) the earlier transmission
    std::int64_t waitNs = -1;            // Wait: from the earlier transmission to this one
};

// The texts of one row beyond its label.
struct LossMark
{
    std::uint32_t row = 0;
    std::string note; // "Dup ACK #3 of frame 41 · SACK 2897–4345", "fast retransmission after 3 duplicate ACKs"
    std::string gap;  // "1448 bytes not captured (Seq 2897–4344)": data before this segment is missing
    std::uint32_t gapFirstSeq = 0; // relative; gapBytes 0 when the sender's progress is unknown
    std::uint32_t gapBytes = 0;
};

struct LossMarks
{
    std::vector<LossMark> marks; // by row
    std::vector<LossLink> links; // by row
    // Rows a collapsed run must leave visible: gaps, retransmissions, out-of-order segments and
    // what triggered a retransmission. Sorted.
    std::vector<std::uint32_t> pinned;
};

// For the rows ladder.tcp has an entry for (none when it is empty).
LossMarks findLossMarks(const ConnectionLadder &ladder, const LadderTranslate &translate = {});

// "212 ms", "3.4 ms", "1.02 s": a measured wait as the ladder writes it.
std::string formatWait(std::int64_t ns, const LadderTranslate &translate = {});

} // namespace tcpladder::core
