// SPDX-License-Identifier: GPL-3.0-or-later
#include "notescontroller.h"

#include "capturenotes.h"
#include "capturenotessaver.h"
#include "laddernotesmenu.h"
#include "opencapture.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

#include <utility>

namespace tcpladder::ui {

NotesController::NotesController(OpenCapture *capture, LadderView *ladder, QStatusBar *statusBar, QWidget *window)
    : QObject(window),
      m_capture(capture),
      m_statusBar(statusBar),
      m_window(window),
      m_notes(new CaptureNotes(this)),
      m_saver(new CaptureNotesSaver(this))
{
    new LadderNotesMenu(ladder, m_notes);
    connect(m_saver, &CaptureNotesSaver::finished, this, &NotesController::onSaverFinished);
}

NotesController::~NotesController() = default;

bool NotesController::isSaving() const
{
    return m_saver->isSaving();
}

void NotesController::saveDialog()
{
    if (m_capture->path().isEmpty() || isSaving())
        return;
    // Beside the original under a new name, so the original is replaced only when the user picks it.
    const QFileInfo info(m_capture->path());
    const QString folder = m_capture->isSample() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                 : info.absolutePath();
    const QString base = info.fileName().section(u'.', 0, 0);
    const QString name = base.endsWith(QLatin1String("-notes")) ? base : base + QStringLiteral("-notes");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Capture As"),
                                                QDir(folder).filePath(name + QStringLiteral(".pcapng")),
                                                tr("pcapng capture (*.pcapng)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pcapng");
    saveTo(path);
}

bool NotesController::saveTo(const QString &path)
{
    if (m_capture->path().isEmpty() || !m_saver->start(m_capture->path(), path, m_notes->edits()))
        return false;
    m_statusBar->showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    return true;
}

void NotesController::onSaverFinished(bool ok, const QString &target, const QString &error)
{
    if (!ok) {
        m_afterSaved = {};
        m_statusBar->clearMessage();
        emit failed(tr("Could not save the capture: %1").arg(error));
        return;
    }
    m_notes->clear();
    emit saved(target);
    m_statusBar->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)), 5000);
    if (auto then = std::exchange(m_afterSaved, {}))
        then();
}

bool NotesController::confirmDiscard(std::function<void()> retry)
{
    if (!m_notes->isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved Notes"),
        tr("The notes added to this capture have not been saved. Save them in a pcapng file before it is closed?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        m_notes->clear();
        return true;
    }
    if (answer == QMessageBox::Save) {
        // Saving runs in the background: what was asked for goes on once the notes are on disk.
        m_afterSaved = std::move(retry);
        saveDialog();
        if (!isSaving())
            m_afterSaved = {}; // the user cancelled the file dialog
    }
    return false;
}

} // namespace tcpladder::ui
