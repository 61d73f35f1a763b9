// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecapturecontroller.h"

#include "capturedialog.h"
#include "capturesession.h"
#include "captureworker.h"
#include "messagebar.h"
#include "spoolfiles.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyle>
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

LiveCaptureController::LiveCaptureController(capture::CaptureSession *session, CaptureStatusBar *statusBar,
                                             MessageBar *messages, QWidget *window)
    : QObject(window),
      m_session(session),
      m_statusBar(statusBar),
      m_messages(messages),
      m_window(window)
{
    connect(m_session->worker(), &capture::CaptureWorker::liveStats, this, &LiveCaptureController::onLiveStats);
    connect(m_session, &capture::CaptureSession::stopped, this, &LiveCaptureController::onStopped);
    connect(m_messages, &MessageBar::linkActivated, this, &LiveCaptureController::onMessageLink);
}

void LiveCaptureController::setActions(QAction *capture, QAction *stop)
{
    m_captureAction = capture;
    m_stopAction = stop;
    capture->setIcon(QIcon::fromTheme(QStringLiteral("media-record")));
    stop->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-stop"),
                                   QApplication::style()->standardIcon(QStyle::SP_MediaStop)));
    connect(m_captureAction, &QAction::triggered, this, &LiveCaptureController::showCaptureDialog);
    connect(m_stopAction, &QAction::triggered, this, &LiveCaptureController::stop);
    updateActions();
}

bool LiveCaptureController::isCapturing() const
{
    return m_session->isCapturing();
}

bool LiveCaptureController::hasUnsavedCapture() const
{
    return m_session->hasUnsavedCapture();
}

QString LiveCaptureController::spoolPath() const
{
    return m_session->spoolPath();
}

void LiveCaptureController::updateActions()
{
    if (m_captureAction)
        m_captureAction->setEnabled(!isCapturing());
    if (m_stopAction)
        m_stopAction->setEnabled(isCapturing() && !m_session->isStopping());
}

void LiveCaptureController::showCaptureDialog()
{
    if (isCapturing() || !confirmClose({}))
        return;
    CaptureDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    start(dialog.options());
}

bool LiveCaptureController::start(const core::LiveOptions &options)
{
    if (isCapturing() || !confirmClose({}))
        return false;
    QString error;
    if (!m_session->start(options, error)) {
        m_messages->show(tr("Cannot start the capture: %1").arg(error), true);
        return false;
    }
    m_messages->hide();
    const QString name = m_session->interfaceName();
    emit started(m_session->spoolPath());
    emit titleChanged([name] { return tr("Capturing on %1 — TCP Ladder").arg(name); });
    m_statusBar->setFileText([name] { return tr("Live: %1").arg(name); });
    m_statusBar->clearFrameCounts();
    m_statusBar->setCaptureText([name] { return tr("Capturing on %1…").arg(name); });
    m_statusBar->hideProgress();
    updateActions();
    return true;
}

void LiveCaptureController::stop()
{
    m_session->stop();
    updateActions();
}

void LiveCaptureController::onLiveStats(quint64 job, const capture::LiveStats &stats)
{
    if (job != m_session->liveJob() || !m_session->worker()->isCurrent(job))
        return;
    const QString name = m_session->interfaceName();
    const QString spool = QDir::toNativeSeparators(m_session->spoolPath());
    m_statusBar->setCaptureText(
        [name, stats] {
            const QLocale here;
            return tr("Capturing on %1: %2 packets, %3 dropped, %4")
                .arg(name, here.toString(stats.captured), here.toString(stats.dropped), elapsedText(stats.seconds));
        },
        [spool, stats] {
            const QLocale here;
            return tr("Dropped: packets the kernel could not hand over in time (its buffer was full); "
                      "%1 more were dropped by the interface.\nSpooled to %2 (%3).")
                .arg(here.toString(stats.interfaceDropped), spool,
                     here.formattedDataSize(static_cast<qint64>(stats.spoolBytes)));
        });
    emit packetsArrived(); // a ladder to watch grow, as soon as there is a connection
}

void LiveCaptureController::onStopped(const capture::LoadOutcome &outcome)
{
    const QString name = m_session->interfaceName();
    m_statusBar->setFrameCounts(outcome.frames, outcome.tcpSegments);
    m_statusBar->setCaptureText([name, frames = outcome.frames, dropped = outcome.dropped] {
        return tr("Captured on %1: %2 packets, %3 dropped")
            .arg(name, QLocale().toString(frames), QLocale().toString(dropped));
    });
    const bool ok = outcome.status != capture::LoadStatus::Failed;
    if (!hasUnsavedCapture()) {
        // No packets (the session dropped the empty spool), or discarded while stopping.
        m_statusBar->hideCaptureText();
        if (ok)
            m_statusBar->setFileText({});
        else
            m_statusBar->setFileText([name] { return tr("Capture on %1 failed").arg(name); });
        emit titleChanged({});
        if (!ok)
            m_messages->show(tr("Cannot capture on %1: %2").arg(name, outcome.error), true);
        else if (outcome.frames == 0)
            m_messages->show(tr("The capture on %1 ended without packets: nothing matched the capture filter, "
                                "or there was no traffic.")
                                 .arg(name),
                             false);
    } else {
        emit titleChanged([name] { return tr("Capture on %1 (unsaved) — TCP Ladder").arg(name); });
        // "Live:" would claim the capture still runs.
        m_statusBar->setFileText([name] { return tr("Capture on %1 (unsaved)").arg(name); });
        if (!ok)
            m_messages->show(
                tr("%1\nThe %n packet(s) captured before that are kept: File › Save Capture As… saves them.", nullptr,
                   static_cast<int>(outcome.frames))
                    .arg(outcome.error),
                true);
        else
            m_statusBar->showMessage(tr("Capture stopped. File › Save Capture As… keeps it."), 8000);
    }
    updateActions();
    emit stopped(outcome);
    emit finished(ok);
    // Closing the window or opening a file waited for this: the spool is closed, so it can be asked about now.
    if (auto then = std::exchange(m_afterStop, {}))
        then();
}

bool LiveCaptureController::saveTo(const QString &path, QString *error)
{
    QString message;
    if (!m_session->saveTo(path, message)) {
        if (error)
            *error = message;
        return false;
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    m_statusBar->hideCaptureText();
    updateActions();
    // pcap's frame offsets differ from the spool's: the window loads the saved file afresh.
    emit saved(target, capture::CaptureSession::savesAsPcap(target));
    m_statusBar->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)), 5000);
    return true;
}

void LiveCaptureController::saveDialog()
{
    const QString name = m_session->interfaceName();
    const QString suggested = QStringLiteral("capture-%1-%2.pcapng")
                                  .arg(name.isEmpty() ? QStringLiteral("live") : name,
                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter = tr("pcapng capture (*.pcapng)");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Capture As"), QDir(folder).filePath(suggested),
                                                tr("pcapng capture (*.pcapng);;pcap capture (*.pcap)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.pcapng")) ? QStringLiteral(".pcapng") : QStringLiteral(".pcap");
    QString error;
    if (!saveTo(path, &error))
        m_messages->show(tr("Could not save the capture: %1").arg(error), true);
}

void LiveCaptureController::discard()
{
    // While capturing, the session deletes the spool once the worker has closed it (onStopped).
    m_session->discard();
    if (!isCapturing())
        m_statusBar->hideCaptureText();
    updateActions();
}

bool LiveCaptureController::confirmClose(std::function<void()> retry)
{
    if (isCapturing()) {
        // Stop first, so that what is saved is the whole capture; ask once the worker has closed the spool.
        m_afterStop = std::move(retry);
        stop();
        return false;
    }
    if (!hasUnsavedCapture())
        return !m_closeGuard || m_closeGuard(std::move(retry));
    const QString name = m_session->interfaceName();
    const auto answer =
        QMessageBox::question(m_window, tr("Unsaved Capture"),
                              tr("The capture on %1 has not been saved. Save it before it is closed?")
                                  .arg(name.isEmpty() ? tr("an earlier session") : name),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        saveDialog();
        return !hasUnsavedCapture(); // the user cancelled the file dialog, or saving failed
    }
    discard();
    return true;
}

void LiveCaptureController::offerOrphanedSpools()
{
    const auto orphans = capture::findOrphanedSpools();
    if (orphans.isEmpty() || isCapturing() || !m_messages->text().isEmpty())
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

void LiveCaptureController::onMessageLink(const QString &link)
{
    if (m_orphanedSpools.isEmpty())
        return;
    if (link == QLatin1String("discard")) {
        m_messages->hide();
        capture::discardOrphanedSpool(m_orphanedSpools.takeFirst());
        offerOrphanedSpools();
        return;
    }
    if (!confirmClose([this, link] { onMessageLink(link); }))
        return;
    const QString path = m_orphanedSpools.takeFirst();
    m_messages->hide();
    emit openRequested(path);
    QString error;
    if (!m_session->adopt(path, error)) {
        m_messages->show(error, true);
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    emit titleChanged([fileName] { return tr("%1 (recovered, unsaved) — TCP Ladder").arg(fileName); });
    updateActions();
}

} // namespace tcpladder::ui
