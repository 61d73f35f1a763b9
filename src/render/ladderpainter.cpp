// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderpainter.h"

#include "laddernotecallouts.h"
#include "segment.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace tcpladder::ui {

using namespace tcpladder::core;

namespace {

QRectF toQt(const LadderRect &r)
{
    return {r.x, r.y, r.width, r.height};
}

Qt::Alignment toQt(TextAlign align)
{
    switch (align) {
    case TextAlign::Left:
        return Qt::AlignLeft | Qt::AlignVCenter;
    case TextAlign::Center:
        return Qt::AlignHCenter | Qt::AlignVCenter;
    case TextAlign::Right:
        return Qt::AlignRight | Qt::AlignVCenter;
    }
    return Qt::AlignCenter;
}

} // namespace

LadderPainter::LadderPainter(LadderTheme theme, double textScale, LadderLanguage language)
    : m_theme(theme),
      m_scale(std::clamp(textScale, 0.25, 8.0)),
      m_translate(std::move(language.translate))
{
    // Pixel sizes, not points: the same layout must come out identical on a 96-dpi image, a
    // HiDPI screen (device pixels are handled by QPainter) and an SVG with its own resolution.
    m_font = QGuiApplication::font();
    if (!language.fontFamilies.isEmpty())
        m_font.setFamilies(language.fontFamilies);
    m_font.setPixelSize(std::max(6, static_cast<int>(std::lround(baseFontPixels * m_scale))));
    m_font.setStyleStrategy(QFont::PreferAntialias);
    m_bold = m_font;
    m_bold.setBold(true);
}

LadderLayoutOptions LadderPainter::layoutOptions(double width) const
{
    LadderLayoutOptions options;
    options.width = width;
    const QFontMetricsF metrics(m_font);
    options.lineHeight = std::ceil(metrics.height() + 2);
    options.translate = m_translate; // phase titles, tags, column titles in the ladder's language
    options.measure = [metrics](std::string_view text) {
        return metrics.horizontalAdvance(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    };
    return options;
}

void LadderPainter::drawText(QPainter &painter, const LadderText &text, const QColor &color) const
{
    if (text.text.empty())
        return;
    painter.setPen(color);
    painter.drawText(toQt(text.rect), toQt(text.align) | Qt::TextSingleLine, QString::fromStdString(text.text));
}

void LadderPainter::paintHeader(QPainter &painter, const LadderLayout &layout) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(0, 0, layout.width(), layout.headerHeight()), m_theme.background);
    const double L = layout.lineHeight();
    for (const LadderLane *lane : {&layout.client(), &layout.server()}) {
        QPen stub(m_theme.lifeline, 2 * m_scale);
        stub.setCapStyle(Qt::FlatCap);
        painter.setPen(stub);
        painter.drawLine(QPointF(lane->x, lane->box.bottom()), QPointF(lane->x, layout.headerHeight()));
        painter.setPen(QPen(m_theme.headerBorder, m_scale));
        painter.setBrush(m_theme.headerFill);
        painter.drawRoundedRect(toQt(lane->box), 0.35 * L, 0.35 * L);
        QRectF line(lane->box.x, lane->box.y + 0.3 * L, lane->box.width, L);
        painter.setFont(m_bold);
        painter.setPen(m_theme.text);
        painter.drawText(line, Qt::AlignCenter, QString::fromStdString(lane->role));
        painter.setFont(m_font);
        line.translate(0, L);
        painter.drawText(line, Qt::AlignCenter, QString::fromStdString(lane->endpoint));
        if (!lane->hostname.empty()) {
            line.translate(0, L);
            painter.setPen(m_theme.mutedText);
            painter.drawText(line, Qt::AlignCenter, QString::fromStdString(lane->hostname));
        }
    }
    // In the font the layout measured it with, so the text that fits there fits here.
    painter.setFont(m_font);
    drawText(painter, layout.textbookCaption(), m_theme.bracket);
    painter.setFont(m_font);
    drawText(painter, layout.timeHeader(), m_theme.mutedText);
    drawText(painter, layout.deltaHeader(), m_theme.mutedText);
    painter.restore();
}

void LadderPainter::paint(QPainter &painter, const LadderLayout &layout, const QRectF &visible, int currentRow) const
{
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(visible, m_theme.background);
    painter.setFont(m_font);
    if (visible.top() < layout.headerHeight())
        paintHeader(painter, layout);

    const double top = std::max(visible.top(), layout.lifelineTop());
    const double bottom = std::min(visible.bottom(), layout.lifelineBottom());
    if (top < bottom) {
        QPen pen(m_theme.lifeline, 2 * m_scale);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        for (const double x : {layout.client().x, layout.server().x})
            painter.drawLine(QPointF(x, top), QPointF(x, bottom));
    }

    const auto &brackets = layout.brackets();
    auto bracket = std::partition_point(brackets.begin(), brackets.end(),
                                        [&](const LadderBracket &b) { return b.bottom <= visible.top(); });
    const auto revealed = [this](std::uint32_t row) {
        return m_revealedRows < 0 || row < static_cast<std::uint32_t>(m_revealedRows);
    };
    for (; bracket != brackets.end() && bracket->top < visible.bottom(); ++bracket)
        if (revealed(bracket->lastRow))
            paintBracket(painter, layout, *bracket);

    for (const auto &item : layout.itemsInRange(visible.top(), visible.bottom())) {
        if (!revealed(item.row))
            continue;
        const bool current = currentRow >= 0 && static_cast<std::uint32_t>(currentRow) >= item.row
            && static_cast<std::uint32_t>(currentRow) < item.row + item.rowCount;
        paintItem(painter, layout, item, current);
    }
    for (const auto &link : layout.linksInRange(visible.top(), visible.bottom()))
        if (revealed(link.row))
            paintLink(painter, layout, link);
    if (m_notes)
        LadderNoteCallouts(layout, *m_notes, m_font, m_scale).paint(painter, visible, m_theme, m_revealedRows);
    painter.restore();
}

void LadderPainter::paintBracket(QPainter &painter, const LadderLayout &layout, const LadderBracket &bracket) const
{
    const double L = layout.lineHeight();
    const double bandMiddle = bracket.title.rect.y + bracket.title.rect.height / 2;
    const double tick = 0.45 * L;
    QPen pen(m_theme.bracket, 1.5 * m_scale);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const QPolygonF shape{QPointF(bracket.x - tick, bandMiddle), QPointF(bracket.x, bandMiddle),
                          QPointF(bracket.x, bracket.bottom - 0.3 * L),
                          QPointF(bracket.x - tick, bracket.bottom - 0.3 * L)};
    painter.drawPolyline(shape);

    // A dotted rule through the title band ties the title to its bracket.
    const QString title = QString::fromStdString(bracket.title.text);
    const double textWidth = QFontMetricsF(m_font).horizontalAdvance(title);
    const double centre = bracket.title.rect.x + bracket.title.rect.width / 2;
    QPen rule(m_theme.bracket, m_scale, Qt::DotLine);
    painter.setPen(rule);
    painter.drawLine(QPointF(layout.client().x + 0.5 * L, bandMiddle),
                     QPointF(centre - textWidth / 2 - 0.5 * L, bandMiddle));
    painter.drawLine(QPointF(centre + textWidth / 2 + 0.5 * L, bandMiddle),
                     QPointF(bracket.x - tick - 0.2 * L, bandMiddle));
    drawText(painter, bracket.title, m_theme.bracket);
}

void LadderPainter::paintArrow(QPainter &painter, const LadderItem &item, const QColor &color, bool dashed) const
{
    const QPointF start(item.start.x, item.start.y);
    const QPointF end(item.end.x, item.end.y);
    const QPointF along = end - start;
    const double length = std::hypot(along.x(), along.y());
    if (length <= 0)
        return;
    const QPointF unit = along / length;
    const QPointF normal(-unit.y(), unit.x());
    const double headLength = 9 * m_scale;
    const double headHalf = 4 * m_scale;
    const QPointF base = end - unit * headLength;
    QPen pen(color, 1.6 * m_scale, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(start, base + unit * 0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(QPolygonF{end, base + normal * headHalf, base - normal * headHalf});
}

void LadderPainter::paintItem(QPainter &painter, const LadderLayout &layout, const LadderItem &item, bool current) const
{
    const double L = layout.lineHeight();
    if (current) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_theme.selection);
        painter.drawRoundedRect(toQt(item.bounds).adjusted(0.25 * L, 1, -0.25 * L, -1), 0.3 * L, 0.3 * L);
    }
    drawText(painter, item.time, m_theme.mutedText);
    drawText(painter, item.delta, m_theme.mutedText);

    if (item.kind == LadderItemKind::CollapsedRun) {
        // Break marks on both lifelines say "time passes here" as in a textbook figure.
        const double middle = item.bounds.y + item.bounds.height / 2;
        for (const double x : {layout.client().x, layout.server().x}) {
            painter.fillRect(QRectF(x - 3 * m_scale, middle - 0.35 * L, 6 * m_scale, 0.7 * L), m_theme.background);
            painter.setPen(QPen(m_theme.lifeline, 1.5 * m_scale));
            for (const double dy : {-0.35 * L, 0.1 * L})
                painter.drawLine(QPointF(x - 5 * m_scale, middle + dy + 0.25 * L),
                                 QPointF(x + 5 * m_scale, middle + dy));
        }
        QPen border(m_theme.runBorder, m_scale, Qt::DashLine);
        painter.setPen(border);
        painter.setBrush(m_theme.runFill);
        painter.drawRoundedRect(toQt(item.label.rect), 0.3 * L, 0.3 * L);
        const QColor marked = m_theme.noteColor(item.notes, 0);
        drawText(painter, item.label, marked.isValid() ? marked : m_theme.mutedText);
        return;
    }

    const QColor noted = m_theme.noteColor(item.notes, item.flags);
    const QColor direction = item.direction == Direction::ClientToServer ? m_theme.clientArrow : m_theme.serverArrow;
    paintArrow(painter, item, noted.isValid() ? noted : direction, (item.notes & NoteRetransmission) != 0);
    const bool quizzed = m_quizMask && m_quizMask->hidesAny(item.row);
    LadderText tag = item.tag;
    if (quizzed) {
        // The quiz's label is wider than the real one: the tag moves along so they never overlap.
        const double labelRight = paintQuizRow(painter, layout, item);
        tag.rect.x = std::max(tag.rect.x, labelRight + (item.tag.rect.x - item.label.rect.right()));
    } else {
        drawText(painter, item.label, m_theme.text);
    }
    if (!tag.text.empty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(noted.isValid() ? noted : m_theme.keepAlive);
        painter.drawRoundedRect(toQt(tag.rect).adjusted(0, 1, 0, -1), 0.45 * L, 0.45 * L);
        drawText(painter, tag, m_theme.tagText);
    }
    if (!quizzed || !m_quizMask->hides(item.row, QuizField::ClientState))
        drawText(painter, item.clientState, m_theme.mutedText);
    if (!quizzed || !m_quizMask->hides(item.row, QuizField::ServerState))
        drawText(painter, item.serverState, m_theme.mutedText);
    paintLossNotes(painter, layout, item, noted.isValid() ? noted : m_theme.mutedText);
}

double LadderPainter::paintQuizRow(QPainter &painter, const LadderLayout &layout, const LadderItem &item) const
{
    double labelRight = item.label.rect.right();
    const QuizLabelGeometry geometry(m_font);
    const double L = layout.lineHeight();
    const auto box = [&](const QRectF &rect) {
        painter.setPen(QPen(m_theme.headerBorder, m_scale));
        painter.setBrush(m_theme.headerFill);
        painter.drawRoundedRect(rect.adjusted(1, 0, -1, 0), 0.2 * L, 0.2 * L);
    };
    if (const Segment *segment = m_quizMask->segment(item.row)) {
        for (const QuizLabelPiece &piece : geometry.labelPieces(item, *segment, *m_quizMask)) {
            labelRight = piece.rect.right();
            if (piece.blank) {
                box(piece.rect);
                continue;
            }
            painter.setPen(m_theme.text);
            painter.drawText(piece.rect, Qt::AlignCenter | Qt::TextSingleLine, piece.text);
        }
    }
    for (const Side side : {Side::Client, Side::Server})
        if (m_quizMask->hides(item.row, side == Side::Client ? QuizField::ClientState : QuizField::ServerState))
            box(geometry.stateRect(layout, item, side));
    return labelRight;
}

void LadderPainter::paintLossNotes(QPainter &painter, const LadderLayout &layout, const LadderItem &item,
                                   const QColor &noteColor) const
{
    drawText(painter, item.note, noteColor);
    if (item.gap.text.empty())
        return;
    // The missing data would have left the sender's lifeline just above this arrow: that stretch of
    // the lifeline is drawn broken, in the colour of a reset, with a cross where the data is missing.
    const double L = layout.lineHeight();
    const double x = item.start.x;
    const double top = item.bounds.y + 0.2 * L;
    const double bottom = item.start.y - 0.15 * L;
    painter.fillRect(QRectF(x - 2 * m_scale, top, 4 * m_scale, bottom - top), m_theme.background);
    painter.setPen(QPen(m_theme.reset, 2 * m_scale, Qt::DotLine, Qt::FlatCap));
    painter.drawLine(QPointF(x, top), QPointF(x, bottom));
    const double middle = item.gap.rect.y + item.gap.rect.height / 2;
    const double arm = 0.25 * L;
    painter.setPen(QPen(m_theme.reset, 1.6 * m_scale, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(x - arm, middle - arm), QPointF(x + arm, middle + arm));
    painter.drawLine(QPointF(x - arm, middle + arm), QPointF(x + arm, middle - arm));
    drawText(painter, item.gap, m_theme.reset);
}

void LadderPainter::paintLink(QPainter &painter, const LadderLayout &layout, const LadderLink &link) const
{
    if (link.ticks.empty())
        return;
    const double L = layout.lineHeight();
    QPen pen(m_theme.retransmission, 1.4 * m_scale, Qt::SolidLine, Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(QPointF(link.x, link.top), QPointF(link.x, link.bottom));
    // A tick from the lifeline to the bracket at each trigger; a dot where the retransmission leaves.
    for (const double y : link.ticks)
        painter.drawLine(QPointF(link.lifelineX, y), QPointF(link.x, y));
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_theme.retransmission);
    const double radius = 0.18 * L;
    painter.drawEllipse(QPointF(link.x, link.ticks.back()), radius, radius);
}

} // namespace tcpladder::ui
