// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: live capture and teacher's notes (NotesController) wired in. LiveCaptureController runs it and tells the user about it; the
// window shows the spool while it grows, what the capture left once stopped, and the saved file.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "capturestatusbar.h"
#include "capturenotes.h"
#include "livecapturecontroller.h"
#include "windowtitle.h"

#include <QTimer>

namespace tcpladder::ui {

void MainWindow::setupCapture()
{
    ui->actionSaveCaptureAs->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));

    m_liveCapture = new LiveCaptureController(m_session.get(), m_statusBar, m_messages, this);
    m_liveCapture->setActions(ui->actionCapture, ui->actionStopCapture);
    // Unsaved teacher's notes are asked about too before the capture on screen is replaced.
    m_capture->setCloseGuard(
        [this](std::function<void()> retry) { return m_liveCapture->confirmClose(std::move(retry)); });
    m_liveCapture->setCloseGuard(
        [this](std::function<void()> retry) { return m_notes->confirmDiscard(std::move(retry)); });
    connect(ui->actionSaveCaptureAs, &QAction::triggered, this, [this] {
        if (m_liveCapture->hasUnsavedCapture())
            m_liveCapture->saveDialog();
        else
            m_notes->saveDialog(); // an opened file: saved as pcapng with its notes
    });
    connect(m_liveCapture, &LiveCaptureController::titleChanged, m_title, &WindowTitle::set);
    connect(m_liveCapture, &LiveCaptureController::started, m_capture, &OpenCapture::showLiveSpool);
    connect(m_liveCapture, &LiveCaptureController::packetsArrived, m_list, &ConnectionList::selectFirst);
    connect(m_liveCapture, &LiveCaptureController::stopped, this, &MainWindow::onCaptureStopped);
    connect(m_liveCapture, &LiveCaptureController::saved, this, [this](const QString &path, bool reload) {
        if (reload)
            reopen(path);
        else
            m_capture->adoptSavedCopy(path);
    });
    connect(m_liveCapture, &LiveCaptureController::openRequested, m_capture, &OpenCapture::open);

    ui->messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    // After the constructor, so a file given on the command line is not announced over the offer.
    QTimer::singleShot(0, m_liveCapture, &LiveCaptureController::offerOrphanedSpools);
}

void MainWindow::onCaptureStopped(const capture::LoadOutcome &outcome)
{
    const bool kept = m_liveCapture->hasUnsavedCapture();
    if (kept)
        m_list->selectFirst();
    m_capture->liveStopped(kept);
    emit loadFinished(outcome.status);
}

void MainWindow::setupNotes()
{
    m_notes = new NotesController(m_capture, m_ladderView, m_statusBar, this);
    connect(m_notes->notes(), &CaptureNotes::changed, m_title, &WindowTitle::refresh); // the "*"
    connect(m_notes, &NotesController::saved, this, [this](const QString &path) {
        reopen(path); // its frame offsets differ, and its comments are the notes
        emit notesSaved(true);
    });
    connect(m_notes, &NotesController::failed, this, [this](const QString &message) {
        m_messages->show(message, true);
        emit notesSaved(false);
    });
}

} // namespace tcpladder::ui
