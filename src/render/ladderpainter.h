// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderlayout.h"
#include "laddernotes.h"
#include "laddertheme.h"
#include "languagecatalogue.h"
#include "quizlabels.h"

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace tcpladder::ui {

// Draws a core::LadderLayout (or the part of it inside a rectangle) with a QPainter. The view, the
// PNG and the SVG all go through here, so an export is exactly what was on screen. QtGui only; the
// language comes in as a value, so the CLI draws Chinese without installing anything.
class LadderPainter
{
public:
    static constexpr double baseFontPixels = 13.0;

    explicit LadderPainter(LadderTheme theme = LadderTheme::light(), double textScale = 1.0,
                           LadderLanguage language = {});

    const LadderTheme &theme() const { return m_theme; }
    double textScale() const { return m_scale; }
    QFont font() const { return m_font; }
    QFont boldFont() const { return m_bold; }

    // Layout options whose line height and text measure match this painter's font.
    core::LadderLayoutOptions layoutOptions(double width) const;

    // Background, lifelines, brackets and the items overlapping `visible` (layout coordinates).
    // `currentRow` is highlighted (index into ConnectionLadder::rows, -1 none).
    void paint(QPainter &painter, const core::LadderLayout &layout, const QRectF &visible, int currentRow = -1) const;
    // The endpoint boxes and column titles, drawn with their top at layout y = 0.
    void paintHeader(QPainter &painter, const core::LadderLayout &layout) const;

    // Step-through: only rows below `rows` are drawn, and a phase bracket once all its rows are
    // (its title would give the ending away). -1 draws everything.
    void setRevealedRows(int rows) { m_revealedRows = rows; }
    int revealedRows() const { return m_revealedRows; }
    // Teacher's notes drawn as callouts (laddernotecallouts.h); owned by the caller, null for none.
    void setNotes(const core::RowNotes *notes) { m_notes = notes; }
    // Quiz mode: the values a quiz hides are drawn as empty boxes (quizlabels.h); owned by the caller,
    // null for none.
    void setQuizMask(const QuizMask *mask) { m_quizMask = mask; }

private:
    void paintItem(QPainter &painter, const core::LadderLayout &layout, const core::LadderItem &item,
                   bool current) const;
    void paintBracket(QPainter &painter, const core::LadderLayout &layout, const core::LadderBracket &bracket) const;
    void paintLossNotes(QPainter &painter, const core::LadderLayout &layout, const core::LadderItem &item,
                        const QColor &noteColor) const;
    void paintLink(QPainter &painter, const core::LadderLayout &layout, const core::LadderLink &link) const;
    void paintArrow(QPainter &painter, const core::LadderItem &item, const QColor &color, bool dashed) const;
    void drawText(QPainter &painter, const core::LadderText &text, const QColor &color) const;
    // A quizzed row's label and states, with boxes where the quiz hides values; returns the label's right edge.
    double paintQuizRow(QPainter &painter, const core::LadderLayout &layout, const core::LadderItem &item) const;

    LadderTheme m_theme;
    double m_scale = 1.0;
    core::LadderTranslate m_translate;
    QFont m_font;
    QFont m_bold;
    int m_revealedRows = -1;
    const core::RowNotes *m_notes = nullptr;
    const QuizMask *m_quizMask = nullptr;
};

} // namespace tcpladder::ui
