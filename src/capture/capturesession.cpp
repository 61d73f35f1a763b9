// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturesession.h"

#include "captureconvert.h"
#include "captureworker.h"
#include "corepath.h"
#include "livesource.h"
#include "spoolfiles.h"

namespace tcpladder::capture {

CaptureSession::CaptureSession(QObject *parent)
    : QObject(parent),
      m_worker(new CaptureWorker)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CaptureWorker::finished, this, &CaptureSession::onFinished);
    m_thread.setObjectName(QStringLiteral("capture loader"));
    m_thread.start();
}

CaptureSession::~CaptureSession()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

bool CaptureSession::start(const core::LiveOptions &options, QString &error)
{
    if (isCapturing()) {
        error = tr("A capture is already running.");
        return false;
    }
    const QString interfaceName = QString::fromStdString(options.interfaceName);
    auto spool = std::make_unique<SpoolFile>();
    if (!spool->create(interfaceName, error))
        return false;
    if (m_spool)
        m_spool->discard(); // stopped, so closed: the caller has asked whether to keep it
    m_spool = std::move(spool);
    m_interfaceName = interfaceName;
    m_stopRequested = false;
    m_discardWhenStopped = false;
    m_liveJob = m_worker->startLive(options, m_spool->path());
    return true;
}

void CaptureSession::stop()
{
    if (!isCapturing() || m_stopRequested)
        return;
    m_stopRequested = true;
    // The live job may already be superseded by a file, which stopped it; cancel() would stop that file.
    if (m_worker->isCurrent(m_liveJob))
        m_worker->stopLive();
}

void CaptureSession::onFinished(quint64 job, const LoadOutcome &outcome)
{
    // Not "is it current": a live job superseded by a file still has to report that it let go of the spool.
    if (job != m_liveJob)
        return;
    m_liveJob = 0;
    m_stopRequested = false;
    if (outcome.frames == 0 || m_discardWhenStopped) {
        m_spool->discard(); // nothing to keep, so nothing to ask about when the window closes
        m_spool.reset();
    }
    m_discardWhenStopped = false;
    emit stopped(outcome);
}

bool CaptureSession::hasUnsavedCapture() const
{
    return m_spool && m_spool->isValid();
}

QString CaptureSession::spoolPath() const
{
    return m_spool ? m_spool->path() : QString();
}

bool CaptureSession::adopt(const QString &path, QString &error)
{
    if (isCapturing()) {
        error = tr("A capture is already running.");
        return false;
    }
    auto spool = std::make_unique<SpoolFile>();
    if (!spool->adopt(path, error))
        return false;
    m_spool = std::move(spool);
    m_interfaceName.clear();
    return true;
}

bool CaptureSession::saveTo(const QString &path, QString &error)
{
    if (!hasUnsavedCapture() || isCapturing()) {
        error = tr("There is no stopped capture to save.");
        return false;
    }
    std::string message;
    if (!core::saveCaptureAs(toCorePath(m_spool->path()), toCorePath(path),
                             savesAsPcap(path) ? core::CaptureFileFormat::Pcap : core::CaptureFileFormat::Pcapng,
                             message)) {
        error = QString::fromStdString(message);
        return false;
    }
    m_spool->discard();
    m_spool.reset();
    return true;
}

bool CaptureSession::savesAsPcap(const QString &path)
{
    return path.endsWith(QLatin1String(".pcap"), Qt::CaseInsensitive);
}

void CaptureSession::discard()
{
    if (isCapturing()) {
        m_discardWhenStopped = true;
        stop();
        return;
    }
    if (m_spool)
        m_spool->discard();
    m_spool.reset();
}

} // namespace tcpladder::capture
