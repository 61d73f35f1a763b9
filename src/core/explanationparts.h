// SPDX-License-Identifier: GPL-3.0-or-later
// What explanation.cpp (one row) and explanationphases.cpp (one phase) share. Internal to the core.
#pragma once

#include "explanation.h"
#include "tcpflags.h"

#include <optional>

namespace tcpladder::core::explain {

inline bool isPureSyn(const Segment &s)
{
    return (s.flags & (FlagSyn | FlagAck)) == FlagSyn;
}

inline bool isSynAck(const Segment &s)
{
    return (s.flags & (FlagSyn | FlagAck)) == (FlagSyn | FlagAck);
}

inline std::uint32_t baseOf(const ConnectionLadder &ladder, Side side)
{
    return side == Side::Client ? ladder.clientBaseSeq : ladder.serverBaseSeq;
}

// Designated initializers would do, but GCC's -Wextra wants every member named then.
inline Explanation note(ExplanationKind kind, std::optional<std::size_t> row, Side side = Side::Client,
                        std::uint32_t frame = 0)
{
    Explanation e;
    e.kind = kind;
    e.row = row;
    e.side = side;
    e.frame = frame;
    return e;
}

inline const Segment &seg(const ConnectionLadder &ladder, std::size_t row)
{
    return ladder.rows[row].segment;
}

template<typename Pred>
std::optional<std::size_t> firstRow(const ConnectionLadder &ladder, Pred pred, std::size_t from = 0)
{
    for (std::size_t i = from; i < ladder.rows.size(); ++i)
        if (pred(seg(ladder, i)))
            return i;
    return std::nullopt;
}

// The TCP state of `side` after `row`.
inline TcpState stateOf(const ConnectionLadder &ladder, std::size_t row, Side side)
{
    const RowAnalysis &a = ladder.rows[row].analysis;
    return side == Side::Client ? a.clientState : a.serverState;
}

// The copies of a SYN (or SYN-ACK) up to `row`, and the waits between them: the back-off.
Explanation synCopies(const ConnectionLadder &ladder, std::size_t row);
// The opener's first ACK of the SYN-ACK: the row that completes the three-way handshake.
std::optional<std::size_t> handshakeAckRow(const ConnectionLadder &ladder);
Explanation handshakeComplete(const ConnectionLadder &ladder, std::size_t row);
Explanation resetExplanation(const ConnectionLadder &ladder, std::size_t row);
Explanation teardown(const ConnectionLadder &ladder);
// Where the first closer enters TIME_WAIT: the row after which its state says so first.
std::optional<std::size_t> timeWaitRow(const ConnectionLadder &ladder, Side side);

} // namespace tcpladder::core::explain
