// SPDX-License-Identifier: GPL-3.0-or-later
#include "opencapture.h"

#include "capturesession.h"
#include "capturestatusbar.h"
#include "captureworker.h"
#include "connectionmodel.h"
#include "corepath.h"
#include "messagebar.h"
#include "packetsource.h"
#include "recentfiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>

namespace tcpladder::ui {

OpenCapture::OpenCapture(capture::CaptureSession *session, model::ConnectionModel *model, RecentFiles *recent,
                         CaptureStatusBar *statusBar, MessageBar *messages, QWidget *window)
    : QObject(window),
      m_session(session),
      m_model(model),
      m_recent(recent),
      m_statusBar(statusBar),
      m_messages(messages),
      m_window(window)
{
    auto *worker = m_session->worker();
    connect(worker, &capture::CaptureWorker::started, this, [this](quint64 job) { onStarted(job); });
    connect(worker, &capture::CaptureWorker::batchReady, this, &OpenCapture::onBatch);
    connect(worker, &capture::CaptureWorker::progress, this, &OpenCapture::onProgress);
    connect(worker, &capture::CaptureWorker::finished, this, &OpenCapture::onFinished);
    connect(m_statusBar, &CaptureStatusBar::cancelRequested, this, &OpenCapture::cancel);
}

bool OpenCapture::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        refuse([shown = QDir::toNativeSeparators(path), exists = info.exists()] {
            return exists ? tr("Cannot open “%1”: it is not a readable file.").arg(shown)
                          : tr("Cannot open “%1”: there is no such file.").arg(shown);
        });
        return false;
    }
    // A file libpcap cannot even open (empty, text renamed .pcap) must not cost the capture on screen.
    {
        core::FileSource probe;
        std::string error;
        if (!probe.open(capture::toCorePath(info.absoluteFilePath()), error)) {
            const QString still = m_path.isEmpty() ? QString() : QFileInfo(m_path).fileName();
            refuse([name = info.fileName(), reason = QString::fromStdString(error), still] {
                const QString text = tr("Cannot open “%1”: %2").arg(name, reason);
                return still.isEmpty() ? text : text + u'\n' + tr("“%1” is still open.").arg(still);
            });
            return false;
        }
    }
    if (m_closeGuard && !m_closeGuard([this, path] { open(path); }))
        return false;
    m_messages->hide();
    m_isSample = m_recent->isSample(info.absoluteFilePath());
    m_path = info.absoluteFilePath();
    emit replacing();
    m_loading = true;
    m_session->worker()->openFile(m_path);
    showFileName();
    m_statusBar->clearFrameCounts();
    m_statusBar->showProgress();
    emit changed();
    return true;
}

void OpenCapture::refuse(const TextMaker &make)
{
    m_messages->show(make, true);
    emit failed(make());
}

bool OpenCapture::openSample(const QString &name)
{
    const QString fileName = RecentFiles::sampleFileName(name);
    if (!RecentFiles::hasSample(fileName)) {
        refuse([fileName] { return tr("There is no bundled sample called “%1”.").arg(fileName); });
        return false;
    }
    const QString target = m_recent->unpackSample(fileName);
    if (target.isEmpty()) {
        refuse([fileName] { return tr("Could not unpack the sample “%1” to a temporary folder.").arg(fileName); });
        return false;
    }
    return open(target);
}

void OpenCapture::openDialog()
{
    const QString dir = m_path.isEmpty() || m_isSample ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
                                                       : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Capture"), dir, tr("Captures (*.pcap *.pcapng *.cap *.pcap.gz *.pcapng.gz);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void OpenCapture::reopen(const QString &path, int stream)
{
    m_streamToSelect = stream;
    open(path);
}

void OpenCapture::cancel()
{
    m_session->worker()->cancel();
}

void OpenCapture::showFileName()
{
    const QString fileName = QFileInfo(m_path).fileName();
    m_statusBar->setFileText([fileName] { return fileName; });
    if (m_isSample) // the copy keeps the sample's file name
        emit titleChanged(
            [fileName] { return tr("%1 (sample) — TCP Ladder").arg(RecentFiles::sampleTitle(fileName)); });
    else
        emit titleChanged([fileName] { return tr("%1 — TCP Ladder").arg(fileName); });
}

void OpenCapture::onStarted(quint64 job)
{
    if (m_session->worker()->isCurrent(job))
        m_statusBar->setProgress(0, 1);
}

void OpenCapture::onBatch(quint64 job, const capture::ConnectionBatch &batch)
{
    if (!m_session->worker()->isCurrent(job))
        return; // a batch of a file that has since been replaced
    const bool first = m_model->rowCount() == 0;
    m_model->applyBatch(batch);
    emit batchApplied(batch, first);
    if (m_streamToSelect >= 0 && m_model->rowForStream(static_cast<quint32>(m_streamToSelect)) >= 0) {
        if (m_selectStream)
            m_selectStream(static_cast<quint32>(m_streamToSelect));
        m_streamToSelect = -1;
    }
}

void OpenCapture::onProgress(quint64 job, qint64 done, qint64 total)
{
    if (m_session->worker()->isCurrent(job))
        m_statusBar->setProgress(done, total);
}

void OpenCapture::onFinished(quint64 job, const capture::LoadOutcome &outcome)
{
    if (!m_session->worker()->isCurrent(job) || outcome.live)
        return; // a live capture ends with CaptureSession::stopped, once the spool is closed
    m_loading = false;
    m_statusBar->hideProgress();
    m_statusBar->setFrameCounts(outcome.frames, outcome.tcpSegments);
    const QString name = QFileInfo(outcome.path).fileName();
    switch (outcome.status) {
    case capture::LoadStatus::Failed:
        m_messages->show([name, reason = outcome.error] { return tr("Cannot open “%1”: %2").arg(name, reason); }, true);
        m_path.clear();
        emit titleChanged({});
        m_statusBar->setFileText({});
        break;
    case capture::LoadStatus::Cancelled:
        m_messages->show([] { return tr("Loading was cancelled; the list shows the connections read so far."); },
                         false);
        break;
    case capture::LoadStatus::Ok:
        if (!outcome.warnings.isEmpty())
            m_messages->show([warnings = outcome.warnings.join(
                                  u'\n')] { return tr("The file loaded with warnings:\n%1").arg(warnings); },
                             false);
        else if (m_model->rowCount() == 0)
            m_messages->show([name] { return tr("No TCP connections were found in “%1”.").arg(name); }, false);
        if (!m_isSample && !m_session->hasUnsavedCapture())
            m_recent->add(outcome.path);
        break;
    }
    if (m_streamToSelect >= 0 && m_selectStream && m_selectStream(static_cast<quint32>(m_streamToSelect)))
        m_streamToSelect = -1;
    emit changed();
    emit loaded(outcome.status);
}

void OpenCapture::showLiveSpool(const QString &spool)
{
    m_isSample = false;
    m_path = spool; // the details pane re-reads frames from the spool as it grows
    emit replacing();
    m_loading = true;
    emit changed();
}

void OpenCapture::liveStopped(bool kept)
{
    m_loading = false;
    if (!kept)
        m_path.clear(); // no packets, or discarded while stopping: nothing is open
    emit changed();
}

void OpenCapture::adoptSavedCopy(const QString &path)
{
    // A byte copy: every offset the window holds is valid in the saved file too.
    m_path = path;
    showFileName();
    m_recent->add(path);
    emit changed();
}

QString OpenCapture::localFileFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace tcpladder::ui
