// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QStatusBar;
class QWidget;

namespace tcpladder::ui {

class CaptureNotes;
class CaptureNotesSaver;
class LadderView;
class OpenCapture;

// Teacher's notes in the window: the notes added to the open capture (CaptureNotes, edited through the
// ladder's right-click menu), saving the capture with them as pcapng packet comments (File › Save
// Capture As… for an opened file; the original is replaced only when the user picks it), and asking
// before unsaved notes are closed. The save runs in the background; saved() and failed() say how it
// went, and the window shows the saved file from then on (its frame offsets differ).
class NotesController : public QObject
{
    Q_OBJECT
public:
    // `window` is the parent of the dialogs; the status bar shows "Saving…" and "Saved …".
    NotesController(OpenCapture *capture, LadderView *ladder, QStatusBar *statusBar, QWidget *window);
    ~NotesController() override;

    CaptureNotes *notes() const { return m_notes; }
    bool isSaving() const;
    // A file dialog beside the open capture (Documents for a sample), then saveTo().
    void saveDialog();
    // Saves the open capture with the notes to `path` in the background; false when nothing is open or
    // a save is running.
    bool saveTo(const QString &path);
    // Asks Save / Discard / Cancel for unsaved notes; true to go on. Save returns false and runs `retry`
    // once the notes are on disk (LiveCaptureController's close guard contract).
    bool confirmDiscard(std::function<void()> retry);

signals:
    // The capture and its notes are in `path`; the notes are cleared (they are the file's comments now).
    void saved(const QString &path);
    // The save failed; the notes are kept to be saved elsewhere. `message` is for the message bar.
    void failed(const QString &message);

private:
    void onSaverFinished(bool ok, const QString &target, const QString &error);

    OpenCapture *m_capture;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    CaptureNotes *m_notes;
    CaptureNotesSaver *m_saver;
    std::function<void()> m_afterSaved; // what confirmDiscard() was asked to go on with
};

} // namespace tcpladder::ui
