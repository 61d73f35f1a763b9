// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizlabels.h"

#include "tcpflags.h"

#include <QFontMetricsF>

#include <algorithm>

namespace tcpladder::ui {

using core::QuizField;

namespace {

std::uint8_t bit(QuizField field)
{
    return static_cast<std::uint8_t>(1U << static_cast<unsigned>(field));
}

std::optional<QuizField> fieldOf(core::LabelPartKind kind)
{
    switch (kind) {
    case core::LabelPartKind::Flags:
        return QuizField::Flags;
    case core::LabelPartKind::Seq:
        return QuizField::Seq;
    case core::LabelPartKind::Ack:
        return QuizField::Ack;
    case core::LabelPartKind::Len:
        return QuizField::Len;
    case core::LabelPartKind::Text:
    case core::LabelPartKind::Window:
        break;
    }
    return std::nullopt;
}

} // namespace

void QuizMask::hide(std::uint32_t row, const core::Segment &segment, QuizField field)
{
    Row &entry = m_rows[row];
    entry.segment = segment;
    entry.fields |= bit(field);
}

bool QuizMask::hides(std::uint32_t row, QuizField field) const
{
    const auto it = m_rows.find(row);
    return it != m_rows.end() && (it->second.fields & bit(field)) != 0;
}

const core::Segment *QuizMask::segment(std::uint32_t row) const
{
    const auto it = m_rows.find(row);
    return it == m_rows.end() ? nullptr : &it->second.segment;
}

QuizLabelGeometry::QuizLabelGeometry(const QFont &font)
    : m_font(font)
{
}

double QuizLabelGeometry::blankWidth(QuizField field) const
{
    // The widest answer of the kind a student would type, plus room for the cursor.
    const QFontMetricsF metrics(m_font);
    const double padding = metrics.height() * 0.6;
    switch (field) {
    case QuizField::Seq:
    case QuizField::Ack:
        return metrics.horizontalAdvance(QStringLiteral("00000000")) + padding;
    case QuizField::Len:
        return metrics.horizontalAdvance(QStringLiteral("00000")) + padding;
    case QuizField::Flags:
        return metrics.horizontalAdvance(QStringLiteral("FIN, PSH, ACK")) + padding;
    case QuizField::ClientState:
    case QuizField::ServerState:
        return metrics.horizontalAdvance(QStringLiteral("SYN_RECEIVED")) + padding;
    }
    return padding;
}

std::vector<QuizLabelPiece> QuizLabelGeometry::labelPieces(const core::LadderItem &item, const core::Segment &segment,
                                                           const QuizMask &mask) const
{
    const QFontMetricsF metrics(m_font);
    std::vector<QuizLabelPiece> pieces;
    double width = 0;
    for (const core::LabelPart &part : core::segmentLabelParts(segment, false)) {
        QuizLabelPiece piece;
        const auto field = fieldOf(part.kind);
        if (field && mask.hides(item.row, *field)) {
            piece.blank = field;
            piece.rect.setWidth(blankWidth(*field));
        } else {
            piece.text = QString::fromStdString(part.text);
            piece.rect.setWidth(metrics.horizontalAdvance(piece.text));
        }
        width += piece.rect.width();
        pieces.push_back(std::move(piece));
    }
    const core::LadderRect &label = item.label.rect;
    // A blank box is a little taller than the text so a field's frame fits around its digits.
    const double height = std::max(label.height, metrics.height() + 4);
    double x = label.x + label.width / 2 - width / 2;
    const double y = label.y + label.height - height;
    for (QuizLabelPiece &piece : pieces) {
        piece.rect = QRectF(x, y, piece.rect.width(), height);
        x += piece.rect.width();
    }
    return pieces;
}

QRectF QuizLabelGeometry::stateRect(const core::LadderLayout &layout, const core::LadderItem &item,
                                    core::Side side) const
{
    const double L = layout.lineHeight();
    const QuizField field = side == core::Side::Client ? QuizField::ClientState : QuizField::ServerState;
    const double width = blankWidth(field);
    const double height = std::max(L, QFontMetricsF(m_font).height() + 4);
    const double y = item.end.y - height / 2;
    if (side == core::Side::Client)
        return {layout.client().x - 0.4 * L - width, y, width, height};
    return {layout.server().x + 0.4 * L, y, width, height};
}

std::vector<QuizLabelPiece> QuizLabelGeometry::blanks(const core::LadderLayout &layout, const core::LadderItem &item,
                                                      const QuizMask &mask) const
{
    std::vector<QuizLabelPiece> out;
    const core::Segment *segment = mask.segment(item.row);
    if (!segment || item.kind != core::LadderItemKind::Segment)
        return out;
    // Left to right, as the eye reads the row: Tab goes from blank to blank in this order.
    if (mask.hides(item.row, QuizField::ClientState))
        out.push_back({QuizField::ClientState, {}, stateRect(layout, item, core::Side::Client)});
    for (QuizLabelPiece &piece : labelPieces(item, *segment, mask))
        if (piece.blank)
            out.push_back(std::move(piece));
    if (mask.hides(item.row, QuizField::ServerState))
        out.push_back({QuizField::ServerState, {}, stateRect(layout, item, core::Side::Server)});
    return out;
}

} // namespace tcpladder::ui
