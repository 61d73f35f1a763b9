// SPDX-License-Identifier: GPL-3.0-or-later
// LadderView: teacher's notes (the callouts are drawn by the painter, laddernotecallouts.cpp).
#include "ladderview.h"

namespace tcpladder::ui {

void LadderView::setNoteEdits(core::FrameComments edits)
{
    m_noteEdits = std::move(edits);
    updateRowNotes();
    viewport()->update();
}

void LadderView::updateRowNotes()
{
    // O(notes · log rows): cheap enough for every relayout of a million-row ladder.
    // The ladder laid out (what is painted), which lags behind a grown one until its layout lands.
    m_rowNotes = core::ladderNotes(m_laidOut ? *m_laidOut : *m_ladder, m_noteEdits);
    m_painter.setNotes(&m_rowNotes);
}

} // namespace tcpladder::ui
