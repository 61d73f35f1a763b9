// SPDX-License-Identifier: GPL-3.0-or-later
#include "laddernotesmenu.h"

#include "capturenotes.h"
#include "ladderview.h"

#include <QInputDialog>
#include <QMenu>

namespace tcpladder::ui {

LadderNotesMenu::LadderNotesMenu(LadderView *view, CaptureNotes *notes)
    : QObject(view),
      m_view(view),
      m_notes(notes)
{
    // On the viewport, so the position is in the coordinates rowAt() takes.
    view->viewport()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view->viewport(), &QWidget::customContextMenuRequested, this, &LadderNotesMenu::showMenu);
    connect(notes, &CaptureNotes::changed, view, [view, notes] { view->setNoteEdits(notes->edits()); });
}

bool LadderNotesMenu::frameOfRow(int row, std::uint32_t &frame) const
{
    if (!m_view->hasLadder() || row < 0 || static_cast<std::size_t>(row) >= m_view->ladder().rows.size())
        return false;
    frame = m_view->ladder().rows[static_cast<std::size_t>(row)].segment.frame;
    return true;
}

QMenu *LadderNotesMenu::menuForRow(int row, QWidget *parent) const
{
    std::uint32_t frame = 0;
    if (!frameOfRow(row, frame))
        return nullptr;
    auto *menu = new QMenu(parent);
    const bool hasNotes = !m_notes->notesOf(frame, m_view->ladder()).isEmpty();
    auto *self = const_cast<LadderNotesMenu *>(this);
    QAction *edit = menu->addAction(hasNotes ? tr("Edit Note…") : tr("Add Note…"));
    edit->setObjectName(QStringLiteral("editNote"));
    connect(edit, &QAction::triggered, self, [self, row] { self->editNote(row); });
    if (hasNotes) {
        QAction *remove = menu->addAction(tr("Remove Note"));
        remove->setObjectName(QStringLiteral("removeNote"));
        connect(remove, &QAction::triggered, self, [self, row] { self->removeNotes(row); });
    }
    return menu;
}

void LadderNotesMenu::editNote(int row)
{
    std::uint32_t frame = 0;
    if (!frameOfRow(row, frame))
        return;
    const QString current = m_notes->notesOf(frame, m_view->ladder()).join(u'\n');
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        m_view->window(), current.isEmpty() ? tr("Add Note") : tr("Edit Note"),
        tr("Note on frame %1 (saved as a pcapng packet comment, shown by Wireshark):").arg(frame), current, &ok);
    if (ok && text != current)
        m_notes->setNote(frame, text);
}

void LadderNotesMenu::removeNotes(int row)
{
    std::uint32_t frame = 0;
    if (frameOfRow(row, frame))
        m_notes->removeNotes(frame);
}

void LadderNotesMenu::showMenu(const QPoint &viewportPoint)
{
    const int row = m_view->rowAt(viewportPoint);
    QMenu *menu = menuForRow(row, m_view);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(viewportPoint));
}

} // namespace tcpladder::ui
