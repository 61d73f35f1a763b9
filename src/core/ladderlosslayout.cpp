// SPDX-License-Identifier: GPL-3.0-or-later
// Where the ladder puts what it says about loss: the note line above a row's label, the gap marker
// on the sender's side and the brackets tying a retransmission to its trigger. The texts come from
// ladderloss.cpp; kept apart from ladderlayout.cpp, which places the rows themselves.
#include "ladderlayout.h"

#include <algorithm>

namespace tcpladder::core {

void LadderLayout::placeLossNotes(LadderItem &item, double arrowY) const
{
    const auto &marks = m_loss.marks;
    const auto mark = std::lower_bound(marks.begin(), marks.end(), item.row,
                                       [](const LossMark &m, std::uint32_t row) { return m.row < row; });
    if (mark == marks.end() || mark->row != item.row)
        return;
    const double L = m_line;
    const double left = m_client.x + L;
    const double width = m_server.x - m_client.x - 2 * L;
    const double y = arrowY - 0.2 * L - 2 * L;
    const bool fromClient = item.direction == Direction::ClientToServer;
    if (mark->gap.empty()) {
        item.note = fitText(mark->note, {left, y, width, L}, TextAlign::Center);
        return;
    }
    // The gap hugs the sender's lifeline (where the missing data would have left); a note of the
    // same row gets the receiver's half.
    const double gapWidth = mark->note.empty() ? width : width / 2 - 0.5 * L;
    const LadderRect senderSide{fromClient ? left : left + width - gapWidth, y, gapWidth, L};
    item.gap = fitText(mark->gap, senderSide, fromClient ? TextAlign::Left : TextAlign::Right);
    if (!mark->note.empty()) {
        const LadderRect receiverSide{fromClient ? left + width - gapWidth : left, y, gapWidth, L};
        item.note = fitText(mark->note, receiverSide, fromClient ? TextAlign::Right : TextAlign::Left);
    }
}

void LadderLayout::placeLinks()
{
    m_linkItems.clear();
    m_longestLink = 0;
    for (const LossLink &link : m_loss.links) {
        const auto last = itemForRow(link.row);
        const auto first = link.triggers.empty() ? last : itemForRow(link.triggers.front());
        const std::size_t top = first && last ? std::min(*first, *last) : 0;
        const std::size_t bottom = last ? *last : 0;
        m_linkItems.emplace_back(top, bottom);
        m_longestLink = std::max(m_longestLink, bottom - top);
    }
}

LadderLink LadderLayout::link(std::size_t index) const
{
    LadderLink out;
    if (index >= m_loss.links.size())
        return out;
    const LossLink &link = m_loss.links[index];
    out.kind = link.kind;
    out.row = link.row;
    out.triggerRows = link.triggers;
    const Direction sender = m_ladder->rows[link.row].segment.direction;
    const bool clientSends = sender == Direction::ClientToServer;
    out.lifelineX = clientSends ? m_client.x : m_server.x;
    out.x = out.lifelineX + (clientSends ? 0.7 : -0.7) * m_line;
    // A duplicate ACK ends on the retransmitter's lifeline (its head); an earlier transmission of the
    // retransmitter starts there (its tail).
    for (const std::uint32_t row : link.triggers)
        if (const auto item = itemForRow(row))
            out.ticks.push_back(arrowY(*item) + (link.kind == LossLinkKind::DuplicateAcks ? m_arrowDrop : 0.0));
    if (const auto item = itemForRow(link.row))
        out.ticks.push_back(arrowY(*item));
    if (!out.ticks.empty()) {
        const auto [low, high] = std::minmax_element(out.ticks.begin(), out.ticks.end());
        out.top = *low;
        out.bottom = *high;
    }
    return out;
}

std::vector<LadderLink> LadderLayout::linksInRange(double top, double bottom) const
{
    std::vector<LadderLink> out;
    const auto [first, last] = itemRange(top, bottom);
    if (first >= last)
        return out;
    // Links are in row order, so their last items ascend; none spans more than m_longestLink items.
    auto it = std::partition_point(m_linkItems.begin(), m_linkItems.end(),
                                   [first = first](const auto &items) { return items.second < first; });
    for (; it != m_linkItems.end() && it->second < last + m_longestLink; ++it)
        if (it->first < last)
            out.push_back(link(static_cast<std::size_t>(it - m_linkItems.begin())));
    return out;
}

} // namespace tcpladder::core
