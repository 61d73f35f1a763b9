// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: teacher's notes — the ladder's right-click menu, the modified mark, saving them as pcapng
// packet comments (File › Save Capture As…) and asking before unsaved notes are closed.
#include "mainwindow.h"

#include "capturenotes.h"
#include "capturenotessaver.h"
#include "laddernotesmenu.h"
#include "ladderview.h"
#include "messagebar.h"
#include "opencapture.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

#include <utility>

namespace tcpladder::ui {

void MainWindow::setupNotes()
{
    m_notes = new CaptureNotes(this);
    m_notesSaver = new CaptureNotesSaver(this);
    new LadderNotesMenu(m_ladderView, m_notes);
    connect(m_notes, &CaptureNotes::changed, this, [this] { setTitle(m_title); });
    connect(m_notesSaver, &CaptureNotesSaver::finished, this, &MainWindow::onNotesSaved);
}

void MainWindow::saveNotesDialog()
{
    if (m_capture->path().isEmpty() || m_notesSaver->isSaving())
        return;
    // Beside the original under a new name, so the original is replaced only when the user picks it.
    const QFileInfo info(m_capture->path());
    const QString folder = m_capture->isSample() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                 : info.absolutePath();
    const QString base = info.fileName().section(u'.', 0, 0);
    const QString name = base.endsWith(QLatin1String("-notes")) ? base : base + QStringLiteral("-notes");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Capture As"),
                                                QDir(folder).filePath(name + QStringLiteral(".pcapng")),
                                                tr("pcapng capture (*.pcapng)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pcapng");
    saveNotesTo(path);
}

bool MainWindow::saveNotesTo(const QString &path)
{
    if (!m_notesSaver->start(m_capture->path(), path, m_notes->edits()))
        return false;
    statusBar()->showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::onNotesSaved(bool ok, const QString &target, const QString &error)
{
    if (!ok) {
        m_afterNotesSaved = {};
        statusBar()->clearMessage();
        m_messages->show(tr("Could not save the capture: %1").arg(error), true);
        emit notesSaved(false);
        return;
    }
    // The saved file is shown from now on: its frame offsets differ, and its comments are the notes.
    m_notes->clear();
    reopen(target);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)), 5000);
    emit notesSaved(true);
    if (auto then = std::exchange(m_afterNotesSaved, {}))
        then();
}

bool MainWindow::confirmDiscardNotes(std::function<void()> retry)
{
    if (!m_notes->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Notes"),
        tr("The notes added to this capture have not been saved. Save them in a pcapng file before it is closed?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        m_notes->clear();
        return true;
    }
    if (answer == QMessageBox::Save) {
        // Saving runs in the background: what was asked for goes on once the notes are on disk.
        m_afterNotesSaved = std::move(retry);
        saveNotesDialog();
        if (!m_notesSaver->isSaving())
            m_afterNotesSaved = {}; // the user cancelled the file dialog
    }
    return false;
}

} // namespace tcpladder::ui
