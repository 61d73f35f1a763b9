// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderlayout.h"
#include "quiz.h"
#include "segment.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace tcpladder::ui {

// What a quiz on screen leaves out of the ladder: by row, the fields hidden and the row's segment
// (the painter only sees the layout, which has no segments). Few rows, so a map.
class QuizMask
{
public:
    void hide(std::uint32_t row, const core::Segment &segment, core::QuizField field);
    bool hides(std::uint32_t row, core::QuizField field) const;
    bool hidesAny(std::uint32_t row) const { return m_rows.count(row) != 0; }
    const core::Segment *segment(std::uint32_t row) const;
    bool empty() const { return m_rows.empty(); }

private:
    struct Row
    {
        core::Segment segment;
        std::uint8_t fields = 0; // bit (1 << QuizField)
    };
    std::map<std::uint32_t, Row> m_rows;
};

// One part of a quizzed row's label: text, or a blank box where a hidden value was.
struct QuizLabelPiece
{
    std::optional<core::QuizField> blank; // nullopt: the text is shown
    QString text;                         // empty for a blank
    QRectF rect;                          // layout coordinates
};

// The geometry of quizzed rows, in `font` (the painter's): the painter draws it and the view puts its
// answer fields on the blanks' rects, so both always agree, whatever the zoom.
class QuizLabelGeometry
{
public:
    explicit QuizLabelGeometry(const QFont &font);

    // The label centred where the layout centred the real one, each hidden value a box as wide as
    // the widest value of its kind, so a box never tells how long its answer is.
    std::vector<QuizLabelPiece> labelPieces(const core::LadderItem &item, const core::Segment &segment,
                                            const QuizMask &mask) const;
    // Where a hidden state goes: at the arrow head's height, left of the client's lifeline or right of
    // the server's, where the layout writes a state that changed.
    QRectF stateRect(const core::LadderLayout &layout, const core::LadderItem &item, core::Side side) const;
    // Every blank of a row, left to right: the client's state, the label's values, the server's state.
    std::vector<QuizLabelPiece> blanks(const core::LadderLayout &layout, const core::LadderItem &item,
                                       const QuizMask &mask) const;
    double blankWidth(core::QuizField field) const;

private:
    QFont m_font;
};

} // namespace tcpladder::ui
