// SPDX-License-Identifier: GPL-3.0-or-later
#include "laddernotecallouts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tcpladder::ui {

LadderNoteCallouts::LadderNoteCallouts(const core::LadderLayout &layout, const core::RowNotes &notes, const QFont &font,
                                       double scale)
    : m_layout(layout),
      m_notes(notes),
      m_font(font),
      m_scale(scale)
{
    // Upright: synthesised italics make Chinese notes hard to read.
}

std::optional<std::uint32_t> LadderNoteCallouts::notedRow(const core::LadderItem &item) const
{
    const auto found = m_notes.lower_bound(item.row);
    if (found == m_notes.end() || found->first >= item.row + item.rowCount)
        return std::nullopt;
    return found->first;
}

QRectF LadderNoteCallouts::boxOf(const core::LadderItem &item) const
{
    const QFontMetricsF metrics(m_font);
    const double left = std::min(m_layout.client().x, m_layout.server().x);
    const double right = std::max(m_layout.client().x, m_layout.server().x);
    const double padding = 4 * m_scale;
    // Half the room between the lifelines, so the arrow's head and tail stay in sight.
    const double maxWidth = std::max(40.0, (right - left) * 0.6);
    const double textWidth = metrics.horizontalAdvance(textOf(item).section(u'\n', 0, 0));
    const double width = std::min(maxWidth, textWidth + 2 * padding);
    const double height = metrics.height() + 2 * padding * 0.5;
    const double middleX = (item.start.x + item.end.x) / 2;
    const double middleY = (item.start.y + item.end.y) / 2;
    // Centred under the middle of the arrow, between the lifelines, clear of both arrowheads.
    const double x =
        std::clamp(middleX - width / 2, left + 3 * padding, std::max(left + 3 * padding, right - width - 3 * padding));
    return {x, middleY + 3 * m_scale, width, height};
}

QString LadderNoteCallouts::textOf(const core::LadderItem &item) const
{
    const auto row = notedRow(item);
    if (!row)
        return {};
    QStringList lines;
    for (const std::string &note : m_notes.at(*row))
        lines << QString::fromStdString(note);
    return lines.join(u'\n');
}

void LadderNoteCallouts::paint(QPainter &painter, const QRectF &visible, const LadderTheme &theme,
                               int revealedRows) const
{
    if (m_notes.empty())
        return;
    const bool dark = theme.background.lightness() < 128;
    const QColor fill = dark ? QColor(0x5a, 0x4a, 0x12) : QColor(0xff, 0xf3, 0xb0);
    const QColor border = dark ? QColor(0xe0, 0xc0, 0x50) : QColor(0xc8, 0x9b, 0x00);
    painter.save();
    painter.setFont(m_font);
    const QFontMetricsF metrics(m_font);
    // A callout hangs below its arrow, so items just above the visible part can reach into it.
    const double reach = metrics.height() * 2;
    for (const auto &item : m_layout.itemsInRange(visible.top() - reach, visible.bottom())) {
        if (!notedRow(item) || (revealedRows >= 0 && item.row >= static_cast<std::uint32_t>(revealedRows)))
            continue;
        const QRectF box = boxOf(item);
        const QPointF anchor((item.start.x + item.end.x) / 2, (item.start.y + item.end.y) / 2);
        painter.setPen(QPen(border, 1 * m_scale));
        painter.drawLine(anchor, QPointF(std::clamp(anchor.x(), box.left(), box.right()), box.top()));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 3 * m_scale, 3 * m_scale);
        painter.setPen(theme.text);
        QString first = textOf(item);
        const bool more = first.contains(u'\n');
        first = first.section(u'\n', 0, 0) + (more ? QStringLiteral(" …") : QString());
        const QRectF inner = box.adjusted(4 * m_scale, 0, -4 * m_scale, 0);
        painter.drawText(inner, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(first, Qt::ElideRight, inner.width()));
    }
    painter.restore();
}

} // namespace tcpladder::ui
