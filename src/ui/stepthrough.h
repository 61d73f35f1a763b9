// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tcpladder::ui {

// Step-through of a ladder in front of a class: how many rows (capture order) are revealed so far.
// Plain state, no widgets, so the rules are tested on their own; the view only draws rows below
// revealed() and the main window shows the note of the newest one.
class StepThrough
{
public:
    // Entering shows the empty lifelines: the teacher reveals the first arrow with Space.
    void start(int rowCount);
    void stop();
    bool isActive() const { return m_active; }

    // A growing live connection adds rows without revealing them; a shrinking one clamps.
    void setRowCount(int rowCount);
    int rowCount() const { return m_rowCount; }

    // Rows to draw: all of them when step-through is off.
    int revealed() const { return m_active ? m_revealed : m_rowCount; }
    // The newest revealed row (the one whose note is shown); -1 when none is revealed.
    int newestRow() const { return revealed() - 1; }
    bool isRevealed(int row) const { return row >= 0 && row < revealed(); }
    bool atStart() const { return revealed() == 0; }
    bool atEnd() const { return revealed() >= m_rowCount; }

    // Reveal / hide `count` more rows (a collapsed run is one step of several rows). False when
    // nothing changed: already at the end (next) or at the start (previous), or not active.
    bool next(int count = 1);
    bool previous(int count = 1);
    // Back to nothing revealed, still stepping.
    void reset();
    // Jump so that `row` is the newest revealed row (a click on an already revealed arrow).
    bool revealUpTo(int row);

private:
    bool m_active = false;
    int m_rowCount = 0;
    int m_revealed = 0;
};

} // namespace tcpladder::ui
