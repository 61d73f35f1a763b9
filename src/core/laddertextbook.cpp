// SPDX-License-Identifier: GPL-3.0-or-later
// The "textbook" variant of the ladder layout: arrows slanted by the one-way delay. Kept apart from
// ladderlayout.cpp because it is an estimate layered on top of the exact capture-time geometry.
#include "ladderlayout.h"

#include "tcpflags.h"

#include <algorithm>
#include <cmath>

namespace tcpladder::core {

namespace {

struct Handshake
{
    std::size_t syn = 0;    // the SYN the SYN-ACK answered (the last one, after retransmissions)
    std::size_t synAck = 0;
    std::size_t ack = 0;    // the opener's first ACK after the SYN-ACK
};

std::optional<Handshake> findHandshake(const std::vector<StreamRow> &rows)
{
    std::optional<std::size_t> syn;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Segment &s = rows[i].segment;
        if (s.has(FlagSyn) && !s.has(FlagAck)) {
            syn = i;
        } else if (s.has(FlagSyn) && s.has(FlagAck) && syn && s.direction != rows[*syn].segment.direction) {
            for (std::size_t j = i + 1; j < rows.size(); ++j) {
                const Segment &a = rows[j].segment;
                if (a.direction == rows[*syn].segment.direction && a.has(FlagAck) && !a.has(FlagSyn) && !a.has(FlagRst))
                    return Handshake{*syn, i, j};
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<std::int64_t> LadderLayout::handshakeRttNs() const
{
    if (m_handshakeRttNs < 0)
        return std::nullopt;
    return m_handshakeRttNs;
}

std::optional<std::int64_t> LadderLayout::oneWayDelayNs() const
{
    if (m_handshakeRttNs < 0)
        return std::nullopt;
    return m_handshakeRttNs / 2;
}

LadderRect LadderLayout::textbookCaptionRect() const
{
    const double left = m_client.x + m_line;
    return {left, m_timeHeader.rect.y, std::max(0.0, m_server.x - m_line - left), m_line};
}

void LadderLayout::prepareTextbook()
{
    m_textbookAxis.clear();
    m_handshakeRttNs = -1;
    if (!m_ladder)
        return;
    const auto &rows = m_ladder->rows;
    const auto handshake = findHandshake(rows);
    if (!handshake)
        return;
    const std::int64_t tSyn = rows[handshake->syn].segment.timeNs;
    const std::int64_t tSynAck = rows[handshake->synAck].segment.timeNs;
    const std::int64_t tAck = rows[handshake->ack].segment.timeNs;
    if (tAck <= tSyn)
        return;
    m_handshakeRttNs = tAck - tSyn;
    // Near the opener, SYN -> SYN-ACK spans the whole round trip and SYN-ACK -> ACK almost nothing.
    const bool nearOpener = tSynAck - tSyn >= tAck - tSynAck;
    const bool openerIsClient = rows[handshake->syn].segment.direction == Direction::ClientToServer;
    m_capturedNearClient = nearOpener == openerIsClient;

    m_textbookAxis.reserve(m_items.size());
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Entry &entry = m_items[i];
        const double top = itemTop(i);
        // The same y the capture-time layout gives the arrow's tail (or a run's middle).
        const double y = entry.run >= 0 ? top + m_pitch / 2 : std::round(top + 1.55 * m_line);
        m_textbookAxis.emplace_back(rows[entry.row].segment.timeNs, y);
    }
}

double LadderLayout::textbookY(std::int64_t timeNs) const
{
    const auto &axis = m_textbookAxis;
    if (axis.empty())
        return 0;
    // Outside the captured span there is no row to interpolate to: one pitch per one-way delay, capped.
    const double owd = static_cast<double>(std::max<std::int64_t>(1, m_handshakeRttNs / 2));
    if (timeNs < axis.front().first) {
        const double rise = static_cast<double>(axis.front().first - timeNs) / owd * m_pitch;
        return axis.front().second - std::min(rise, 0.4 * m_pitch);
    }
    const auto next = std::upper_bound(axis.begin(), axis.end(), timeNs,
                                       [](std::int64_t t, const auto &point) { return t < point.first; });
    if (next == axis.end()) {
        const double fall = static_cast<double>(timeNs - axis.back().first) / owd * m_pitch;
        return axis.back().second + std::min(fall, m_pitch);
    }
    const auto previous = next - 1; // exists: timeNs >= the first point's time
    const double fraction = static_cast<double>(timeNs - previous->first) /
        static_cast<double>(next->first - previous->first);
    return previous->second + fraction * (next->second - previous->second);
}

void LadderLayout::slantForTextbook(LadderItem &item, const Segment &segment) const
{
    const std::int64_t owd = m_handshakeRttNs / 2;
    // A row's capture time is when the segment passed the capture point: its send time on the near
    // side, its arrival time on the far side.
    const bool fromNearSide = (segment.direction == Direction::ClientToServer) == m_capturedNearClient;
    const std::int64_t departure = fromNearSide ? segment.timeNs : segment.timeNs - owd;
    item.start.y = textbookY(departure);
    item.end.y = textbookY(departure + owd);
}

} // namespace tcpladder::core
