// SPDX-License-Identifier: GPL-3.0-or-later
// The "textbook" variant of the ladder layout: steeper arrows and a banner naming the one-way delay
// estimate. Kept apart from ladderlayout.cpp because it is an estimate, not capture-time geometry.
#include "ladderlayout.h"

#include "ladderlabels.h"
#include "tcpflags.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tcpladder::core {

namespace {

struct Handshake
{
    std::size_t syn = 0; // the SYN the SYN-ACK answered (the last one, after retransmissions)
    std::size_t synAck = 0;
    std::size_t ack = 0; // the opener's first ACK after the SYN-ACK
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

void LadderLayout::prepareTextbook()
{
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
    // A taller row with the label above the tail leaves room for a steep fall that still ends a
    // line above the row's bottom: the arrow can neither cross its label nor leave its row.
    m_pitch = std::round(3.6 * m_line);
    m_arrowDrop = std::round(1.7 * m_line);
}

void LadderLayout::placeTextbookCaption()
{
    // Right of the time columns, on their header line: the lane boxes are above it, rows below.
    const double left = m_deltaHeader.rect.right() + m_line;
    const LadderRect rect{left, m_timeHeader.rect.y, std::max(0.0, m_width - m_line - left), m_line};
    const auto &translate = m_options.translate;
    std::vector<std::string> wordings;
    if (m_handshakeRttNs >= 0) {
        char ms[32];
        std::snprintf(ms, sizeof ms, "%.1f", static_cast<double>(m_handshakeRttNs) / 1e6);
        char half[32];
        std::snprintf(half, sizeof half, "%.1f", static_cast<double>(m_handshakeRttNs) / 2e6);
        wordings.push_back(fillArgs(
            ladderText(translate,
                       TCPLADDER_TRANSLATE_NOOP(
                           "LadderText",
                           "textbook layout: slant estimated from the handshake RTT (%1 ms), one way = RTT / 2")),
            {ms}));
        wordings.push_back(fillArgs(
            ladderText(translate, TCPLADDER_TRANSLATE_NOOP("LadderText", "textbook layout: one way = RTT / 2 = %1 ms")),
            {half}));
        wordings.push_back(
            fillArgs(ladderText(translate, TCPLADDER_TRANSLATE_NOOP("LadderText", "one way %1 ms")), {half}));
    } else {
        wordings.push_back(ladderText(
            translate,
            TCPLADDER_TRANSLATE_NOOP("LadderText",
                                     "textbook layout: no complete handshake, so no RTT to estimate the slant from")));
        wordings.push_back(
            ladderText(translate, TCPLADDER_TRANSLATE_NOOP("LadderText", "textbook layout: no handshake RTT")));
    }
    // The first wording that fits whole; the last one elided when even it does not.
    for (const auto &text : wordings)
        if (m_options.measure(text) <= rect.width) {
            m_textbookCaption = {text, rect, TextAlign::Center};
            return;
        }
    m_textbookCaption = fitText(wordings.back(), rect, TextAlign::Center);
}

} // namespace tcpladder::core
