// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: live capture (dialog, start/stop, status), saving the spool, recovering a crashed session's spool.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "messagebar.h"
#include "recentfiles.h"

#include "capturedialog.h"
#include "capturesession.h"
#include "captureworker.h"
#include "connectionfilterproxy.h"
#include "connectionmodel.h"
#include "ladderview.h"
#include "sequencegraph.h"
#include "packetdetailsview.h"
#include "spoolfiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <utility>

namespace tcpladder::ui {

namespace {

QString elapsedText(double seconds)
{
    const auto total = static_cast<qint64>(seconds);
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void MainWindow::setupCapture()
{
    ui->actionCapture->setIcon(QIcon::fromTheme(QStringLiteral("media-record")));
    ui->actionStopCapture->setIcon(
        QIcon::fromTheme(QStringLiteral("media-playback-stop"), style()->standardIcon(QStyle::SP_MediaStop)));
    ui->actionSaveCaptureAs->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    connect(ui->actionCapture, &QAction::triggered, this, &MainWindow::showCaptureDialog);
    connect(ui->actionStopCapture, &QAction::triggered, this, &MainWindow::stopCapture);
    connect(ui->actionSaveCaptureAs, &QAction::triggered, this, &MainWindow::saveCaptureDialog);
    connect(m_worker, &capture::CaptureWorker::liveStats, this, &MainWindow::onLiveStats);
    connect(m_session.get(), &capture::CaptureSession::stopped, this, &MainWindow::onCaptureFinished);

    m_captureLabel = new QLabel(this);
    m_captureLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_captureLabel);
    m_captureLabel->hide();

    ui->messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_messages, &MessageBar::linkActivated, this, &MainWindow::onMessageLink);
    updateCaptureActions();
    // After the constructor, so a file given on the command line is not announced over the offer.
    QTimer::singleShot(0, this, &MainWindow::offerOrphanedSpools);
}

bool MainWindow::isCapturing() const
{
    return m_session->isCapturing();
}

bool MainWindow::hasUnsavedCapture() const
{
    return m_session->hasUnsavedCapture();
}

QString MainWindow::spoolPath() const
{
    return m_session->spoolPath();
}

QString MainWindow::captureStatusText() const
{
    return m_captureLabel->isHidden() ? QString() : m_captureLabel->text();
}

void MainWindow::updateCaptureActions()
{
    ui->actionCapture->setEnabled(!isCapturing());
    ui->actionStopCapture->setEnabled(isCapturing() && !m_session->isStopping());
    ui->actionSaveCaptureAs->setEnabled((hasUnsavedCapture() || !m_path.isEmpty()) && !isCapturing());
}

void MainWindow::showCaptureDialog()
{
    if (isCapturing() || !confirmCloseCapture({}))
        return;
    CaptureDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startCapture(dialog.options());
}

bool MainWindow::startCapture(const core::LiveOptions &options)
{
    if (isCapturing() || !confirmCloseCapture({}))
        return false;
    QString error;
    if (!m_session->start(options, error)) {
        m_messages->show(tr("Cannot start the capture: %1").arg(error), true);
        return false;
    }
    m_messages->hide();
    const QString interfaceName = m_session->interfaceName();
    m_pathIsSample = false;
    m_path = m_session->spoolPath(); // the details pane re-reads frames from the spool as it grows
    clearCapture();
    m_loading = true;
    setTitle([interfaceName] { return tr("Capturing on %1 — TCP Ladder").arg(interfaceName); });
    setLabel(m_fileLabel, [interfaceName] { return tr("Live: %1").arg(interfaceName); });
    setLabel(m_framesLabel, {});
    setLabel(m_captureLabel, [interfaceName] { return tr("Capturing on %1…").arg(interfaceName); });
    m_captureLabel->show();
    m_progress->hide();
    m_cancelButton->hide();
    updateStatus();
    updateActions();
    updateCaptureActions();
    updateLadderPlaceholder();
    return true;
}

void MainWindow::stopCapture()
{
    m_session->stop();
    updateCaptureActions();
}

void MainWindow::onLiveStats(quint64 job, const capture::LiveStats &stats)
{
    if (job != m_session->liveJob() || !m_worker->isCurrent(job))
        return;
    const QLocale locale;
    setLabel(m_captureLabel, [this, stats] {
        const QLocale here;
        return tr("Capturing on %1: %2 packets, %3 dropped, %4")
            .arg(m_session->interfaceName(), here.toString(stats.captured), here.toString(stats.dropped),
                 elapsedText(stats.seconds));
    });
    m_captureLabel->setToolTip(tr("Dropped: packets the kernel could not hand over in time (its buffer was full); "
                                  "%1 more were dropped by the interface.\nSpooled to %2 (%3).")
                                   .arg(locale.toString(stats.interfaceDropped), QDir::toNativeSeparators(m_path),
                                        locale.formattedDataSize(static_cast<qint64>(stats.spoolBytes))));
    // A ladder to watch grow: the first connection as soon as there is one.
    if (!ui->connectionTable->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        ui->connectionTable->selectRow(0);
}

void MainWindow::onCaptureFinished(const capture::LoadOutcome &outcome)
{
    const QString name = m_session->interfaceName();
    m_loading = false;
    setLabel(m_framesLabel, [frames = outcome.frames, segments = outcome.tcpSegments] {
        return tr("%1 frames, %2 TCP segments").arg(QLocale().toString(frames), QLocale().toString(segments));
    });
    setLabel(m_captureLabel, [name, frames = outcome.frames, dropped = outcome.dropped] {
        return tr("Captured on %1: %2 packets, %3 dropped")
            .arg(name, QLocale().toString(frames), QLocale().toString(dropped));
    });
    const bool ok = outcome.status != capture::LoadStatus::Failed;
    if (!hasUnsavedCapture()) {
        // No packets (the session dropped the empty spool), or discarded while stopping.
        m_captureLabel->hide();
        m_path.clear();
        if (ok)
            setLabel(m_fileLabel, {});
        else
            setLabel(m_fileLabel, [name] { return tr("Capture on %1 failed").arg(name); });
        setTitle({});
        if (!ok)
            m_messages->show(tr("Cannot capture on %1: %2").arg(name, outcome.error), true);
        else if (outcome.frames == 0)
            m_messages->show(tr("The capture on %1 ended without packets: nothing matched the capture filter, "
                                "or there was no traffic.")
                                 .arg(name),
                             false);
    } else {
        setTitle([name] { return tr("Capture on %1 (unsaved) — TCP Ladder").arg(name); });
        // "Live:" would claim the capture still runs.
        setLabel(m_fileLabel, [name] { return tr("Capture on %1 (unsaved)").arg(name); });
        if (!ok)
            m_messages->show(
                tr("%1\nThe %n packet(s) captured before that are kept: File › Save Capture As… saves them.", nullptr,
                   static_cast<int>(outcome.frames))
                    .arg(outcome.error),
                true);
        else
            statusBar()->showMessage(tr("Capture stopped. File › Save Capture As… keeps it."), 8000);
        if (!ui->connectionTable->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
            ui->connectionTable->selectRow(0);
    }
    updateStatus();
    updateActions();
    updateCaptureActions();
    updateLadderPlaceholder();
    emit loadFinished(outcome.status);
    emit captureFinished(ok);
    // Closing the window or opening a file waited for this: the spool is closed, so it can be asked about now.
    if (auto then = std::exchange(m_afterCaptureStops, {}))
        then();
}

bool MainWindow::saveCaptureTo(const QString &path, QString *error)
{
    const int selected = currentLadder() ? static_cast<int>(currentLadder()->streamIndex) : -1;
    QString message;
    if (!m_session->saveTo(path, message)) {
        if (error)
            *error = message;
        return false;
    }
    const QString saved = QFileInfo(path).absoluteFilePath();
    if (capture::CaptureSession::savesAsPcap(saved)) {
        // Frame offsets differ in pcap, so the details pane needs the saved file loaded afresh.
        m_streamToSelect = selected;
        openFile(saved);
    } else {
        // A byte copy: every offset the ladder holds is valid in the saved file too.
        m_path = saved;
        const QString fileName = QFileInfo(saved).fileName();
        setTitle([fileName] { return tr("%1 — TCP Ladder").arg(fileName); });
        setLabel(m_fileLabel, [fileName] { return fileName; });
        m_recent->add(saved);
    }
    m_captureLabel->hide();
    updateCaptureActions();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(saved)), 5000);
    return true;
}

void MainWindow::saveCaptureDialog()
{
    if (!hasUnsavedCapture()) {
        saveNotesDialog(); // an opened file: saved as pcapng with its notes (mainwindownotes.cpp)
        return;
    }
    const QString name = m_session->interfaceName();
    const QString suggested = QStringLiteral("capture-%1-%2.pcapng")
                                  .arg(name.isEmpty() ? QStringLiteral("live") : name,
                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter = tr("pcapng capture (*.pcapng)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Capture As"), QDir(folder).filePath(suggested),
                                                tr("pcapng capture (*.pcapng);;pcap capture (*.pcap)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.pcapng")) ? QStringLiteral(".pcapng") : QStringLiteral(".pcap");
    QString error;
    if (!saveCaptureTo(path, &error))
        m_messages->show(tr("Could not save the capture: %1").arg(error), true);
}

void MainWindow::discardCapture()
{
    // While capturing, the session deletes the spool once the worker has closed it (onCaptureFinished).
    m_session->discard();
    if (!isCapturing())
        m_captureLabel->hide();
    updateCaptureActions();
}

bool MainWindow::confirmCloseCapture(std::function<void()> retry)
{
    if (isCapturing()) {
        // Stop first, so that what is saved is the whole capture; ask once the worker has closed the spool.
        m_afterCaptureStops = std::move(retry);
        stopCapture();
        return false;
    }
    if (!hasUnsavedCapture())
        return confirmDiscardNotes(std::move(retry));
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Capture"),
        tr("The capture on %1 has not been saved. Save it before it is closed?")
            .arg(m_session->interfaceName().isEmpty() ? tr("an earlier session") : m_session->interfaceName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        saveCaptureDialog();
        return !hasUnsavedCapture(); // the user cancelled the file dialog, or saving failed
    }
    discardCapture();
    return true;
}

void MainWindow::offerOrphanedSpools()
{
    const auto orphans = capture::findOrphanedSpools();
    if (orphans.isEmpty() || isCapturing() || !messageText().isEmpty())
        return;
    m_orphanedSpools.clear();
    for (const auto &o : orphans)
        m_orphanedSpools << o.path;
    const auto &newest = orphans.first();
    QString text = tr("TCP Ladder found a live capture that was never saved (%1, %2, %3). "
                      "<a href=\"open\">Open it</a> · <a href=\"discard\">Discard it</a>")
                       .arg(QFileInfo(newest.path).fileName().toHtmlEscaped(), QLocale().formattedDataSize(newest.size),
                            QLocale().toString(newest.modified, QLocale::ShortFormat));
    if (orphans.size() > 1)
        text += tr(" (and %n more, offered one after another)", nullptr, static_cast<int>(orphans.size() - 1));
    m_messages->show(text, false);
}

void MainWindow::onMessageLink(const QString &link)
{
    if (m_orphanedSpools.isEmpty())
        return;
    if (link == QLatin1String("discard")) {
        m_messages->hide();
        capture::discardOrphanedSpool(m_orphanedSpools.takeFirst());
        offerOrphanedSpools();
        return;
    }
    if (!confirmCloseCapture([this, link] { onMessageLink(link); }))
        return;
    const QString path = m_orphanedSpools.takeFirst();
    m_messages->hide();
    openFile(path);
    QString error;
    if (!m_session->adopt(path, error)) {
        m_messages->show(error, true);
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    setTitle([fileName] { return tr("%1 (recovered, unsaved) — TCP Ladder").arg(fileName); });
    updateCaptureActions();
}

} // namespace tcpladder::ui
