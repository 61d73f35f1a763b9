// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: live capture wired in. LiveCaptureController runs it and tells the user about it; the
// window shows the spool while it grows, what the capture left once stopped, and the saved file.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "capturestatusbar.h"
#include "livecapturecontroller.h"
#include "recentfiles.h"

#include <QFileInfo>
#include <QTimer>

namespace tcpladder::ui {

void MainWindow::setupCapture()
{
    ui->actionCapture->setIcon(QIcon::fromTheme(QStringLiteral("media-record")));
    ui->actionStopCapture->setIcon(
        QIcon::fromTheme(QStringLiteral("media-playback-stop"), style()->standardIcon(QStyle::SP_MediaStop)));
    ui->actionSaveCaptureAs->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));

    m_liveCapture = new LiveCaptureController(m_session.get(), m_statusBar, m_messages, this);
    m_liveCapture->setActions(ui->actionCapture, ui->actionStopCapture);
    // Unsaved teacher's notes are asked about too before the capture on screen is replaced.
    m_liveCapture->setCloseGuard([this](std::function<void()> retry) { return confirmDiscardNotes(std::move(retry)); });
    connect(ui->actionSaveCaptureAs, &QAction::triggered, this, [this] {
        if (m_liveCapture->hasUnsavedCapture())
            m_liveCapture->saveDialog();
        else
            saveNotesDialog(); // an opened file: saved as pcapng with its notes (mainwindownotes.cpp)
    });
    connect(m_liveCapture, &LiveCaptureController::titleChanged, this, &MainWindow::setTitle);
    connect(m_liveCapture, &LiveCaptureController::started, this, [this](const QString &spool) {
        m_pathIsSample = false;
        m_path = spool; // the details pane re-reads frames from the spool as it grows
        clearCapture();
        m_loading = true;
        updateStatus();
        updateActions();
        updateLadderPlaceholder();
    });
    connect(m_liveCapture, &LiveCaptureController::packetsArrived, this, &MainWindow::selectFirstConnection);
    connect(m_liveCapture, &LiveCaptureController::stopped, this, &MainWindow::onCaptureStopped);
    connect(m_liveCapture, &LiveCaptureController::saved, this, &MainWindow::onCaptureSaved);
    connect(m_liveCapture, &LiveCaptureController::openRequested, this, &MainWindow::openFile);

    ui->messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    // After the constructor, so a file given on the command line is not announced over the offer.
    QTimer::singleShot(0, m_liveCapture, &LiveCaptureController::offerOrphanedSpools);
}

void MainWindow::onCaptureStopped(const capture::LoadOutcome &outcome)
{
    m_loading = false;
    if (m_liveCapture->hasUnsavedCapture())
        selectFirstConnection();
    else
        m_path.clear(); // no packets, or discarded while stopping: nothing is open
    updateStatus();
    updateActions();
    updateLadderPlaceholder();
    emit loadFinished(outcome.status);
}

void MainWindow::onCaptureSaved(const QString &path, bool reload)
{
    if (reload) {
        m_streamToSelect = currentLadder() ? static_cast<int>(currentLadder()->streamIndex) : -1;
        openFile(path);
        return;
    }
    // A byte copy: every offset the ladder holds is valid in the saved file too.
    m_path = path;
    showFileName(path);
    m_recent->add(path);
    updateActions();
}

void MainWindow::showFileName(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    setTitle([fileName] { return tr("%1 — TCP Ladder").arg(fileName); });
    m_statusBar->setFileText([fileName] { return fileName; });
}

} // namespace tcpladder::ui
