// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPoint>

class QMenu;

namespace tcpladder::ui {

class CaptureNotes;
class LadderView;

// Right-click on a segment of the ladder: Add Note… / Edit Note… / Remove Note, through CaptureNotes.
// The view shows the changed notes as callouts at once.
class LadderNotesMenu : public QObject
{
    Q_OBJECT

public:
    LadderNotesMenu(LadderView *view, CaptureNotes *notes);

    // The menu for a row of the ladder (nullptr when `row` is no row): what a right-click opens.
    QMenu *menuForRow(int row, QWidget *parent) const;
    // Asks for the row's note text (prefilled when it has notes) and stores it.
    void editNote(int row);
    void removeNotes(int row);

private:
    void showMenu(const QPoint &viewportPoint);
    bool frameOfRow(int row, std::uint32_t &frame) const;

    LadderView *m_view;
    CaptureNotes *m_notes;
};

} // namespace tcpladder::ui
