// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderlayout.h"
#include "laddernotes.h"
#include "laddertheme.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace tcpladder::ui {

// Teacher's notes (pcapng packet comments) as callouts: a sticky-note box below the middle of the
// arrow it belongs to, joined to it by a short leader. The painter calls this, so the view and
// every export show the same callouts.
class LadderNoteCallouts
{
public:
    LadderNoteCallouts(const core::LadderLayout &layout, const core::RowNotes &notes, const QFont &font, double scale);

    // The row whose note an item shows (a collapsed run shows its first noted row); nullopt: none.
    std::optional<std::uint32_t> notedRow(const core::LadderItem &item) const;
    // The callout box of an item with a note, in layout coordinates.
    QRectF boxOf(const core::LadderItem &item) const;
    // All of an item's notes, one per line (the view's tooltip; the box shows the first line elided).
    QString textOf(const core::LadderItem &item) const;

    // Callouts of the items overlapping `visible` whose rows are below `revealedRows` (-1: all).
    void paint(QPainter &painter, const QRectF &visible, const LadderTheme &theme, int revealedRows) const;

private:
    const core::LadderLayout &m_layout;
    const core::RowNotes &m_notes;
    QFont m_font;
    double m_scale;
};

} // namespace tcpladder::ui
