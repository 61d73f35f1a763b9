// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureworker.h"

#include "captureindex.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMetaObject>

#include <thread>

namespace tcpladder::capture {

QString ConnectionSummary::client() const
{
    return clientIp.contains(u':') ? QStringLiteral("[%1]:%2").arg(clientIp).arg(clientPort)
                                   : QStringLiteral("%1:%2").arg(clientIp).arg(clientPort);
}

QString ConnectionSummary::server() const
{
    return serverIp.contains(u':') ? QStringLiteral("[%1]:%2").arg(serverIp).arg(serverPort)
                                   : QStringLiteral("%1:%2").arg(serverIp).arg(serverPort);
}

struct CaptureWorker::Job
{
    quint64 id = 0;
    QString path;
    std::atomic<bool> cancel{false};
    // Held by the loader around chunks of ~4096 frames; the GUI takes it to copy one ladder out.
    std::mutex mutex;
    // GUI threads waiting for `mutex`: the loader yields to them so they wait one chunk at most.
    std::atomic<int> waiters{0};
    core::CaptureIndex index;
};

ConnectionSummary summarize(const core::Stream &stream, std::int64_t fileStartNs)
{
    ConnectionSummary s;
    s.stream = stream.index;
    s.clientIp = QString::fromStdString(stream.client.ip.toString());
    s.clientPort = stream.client.port;
    s.serverIp = QString::fromStdString(stream.server.ip.toString());
    s.serverPort = stream.server.port;
    s.hostname = QString::fromStdString(stream.hostname);
    s.open = stream.analyzer.open();
    s.close = stream.analyzer.close();
    if (const auto fin = stream.analyzer.firstFin())
        s.firstFin = *fin == core::Side::Client ? 0 : 1;
    s.teardownSegments = stream.analyzer.teardownSegments().value_or(-1);
    s.firstFrame = stream.firstFrame;
    s.segments = stream.segments.size();
    s.bytesClientToServer = stream.payloadClientToServer;
    s.bytesServerToClient = stream.payloadServerToClient;
    s.start = static_cast<double>(stream.firstTimeNs - fileStartNs) / 1e9;
    s.duration = static_cast<double>(stream.lastTimeNs - stream.firstTimeNs) / 1e9;
    return s;
}

namespace {

// Caller holds the job's mutex.
ConnectionBatch takeBatch(core::CaptureIndex &index)
{
    ConnectionBatch batch;
    const auto changed = index.tracker().takeChangedStreams();
    const auto &streams = index.tracker().streams();
    batch.reserve(static_cast<qsizetype>(changed.size()));
    for (const auto i : changed) {
        if (i < streams.size())
            batch.append(summarize(streams[i], index.firstFrameTimeNs()));
    }
    return batch;
}

const core::Stream *findStream(const core::Tracker &tracker, quint32 stream)
{
    const auto &streams = tracker.streams();
    if (stream < streams.size() && streams[stream].index == stream)
        return &streams[stream];
    for (const auto &s : streams) {
        if (s.index == stream)
            return &s;
    }
    return nullptr;
}

} // namespace

CaptureWorker::CaptureWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConnectionBatch>();
    qRegisterMetaType<LoadOutcome>();
}

CaptureWorker::~CaptureWorker()
{
    cancel();
}

quint64 CaptureWorker::openFile(const QString &path)
{
    auto job = std::make_shared<Job>();
    job->path = path;
    {
        const std::lock_guard lock(m_jobMutex);
        job->id = m_currentJob.load() + 1;
        if (m_current)
            m_current->cancel.store(true);
        m_current = job;
        m_currentJob.store(job->id);
    }
    // `this` is also the context object: if the worker is destroyed first, Qt drops the call.
    QMetaObject::invokeMethod(this, [this, job] { run(job); }, Qt::QueuedConnection);
    return job->id;
}

void CaptureWorker::cancel()
{
    if (const auto job = current())
        job->cancel.store(true);
}

QString CaptureWorker::currentPath() const
{
    const auto job = current();
    return job ? job->path : QString();
}

std::shared_ptr<CaptureWorker::Job> CaptureWorker::current() const
{
    const std::lock_guard lock(m_jobMutex);
    return m_current;
}

std::optional<core::ConnectionLadder> CaptureWorker::ladderFor(quint32 stream) const
{
    const auto job = current();
    if (!job)
        return std::nullopt;
    job->waiters.fetch_add(1);
    const std::lock_guard lock(job->mutex);
    job->waiters.fetch_sub(1);
    const auto *found = findStream(job->index.tracker(), stream);
    if (!found)
        return std::nullopt;
    return core::buildConnectionLadder(*found, job->index.tracker().segments());
}

void CaptureWorker::run(const std::shared_ptr<Job> &job)
{
    LoadOutcome outcome;
    outcome.path = job->path;
    if (job->cancel.load()) {
        // Superseded before it started: nothing to read.
        outcome.status = LoadStatus::Cancelled;
        emit finished(job->id, outcome);
        return;
    }
    emit started(job->id, job->path);

    std::unique_lock lock(job->mutex);
    QElapsedTimer sinceBatch;
    sinceBatch.start();
    core::LoadOptions options;
    options.cancel = &job->cancel;
    options.progress = [&](std::uint64_t done, std::uint64_t total) {
        ConnectionBatch batch;
        const bool due = sinceBatch.elapsed() >= m_batchIntervalMs.load();
        if (due) {
            batch = takeBatch(job->index);
            sinceBatch.restart();
        }
        lock.unlock();
        if (due) {
            if (!batch.isEmpty())
                emit batchReady(job->id, batch);
            emit progress(job->id, static_cast<qint64>(done), static_cast<qint64>(total));
        }
        // A plain unlock/lock would usually win the mutex straight back from a waiting GUI thread.
        while (job->waiters.load() > 0)
            std::this_thread::yield();
        lock.lock();
    };

    std::string error;
    const auto result = core::loadFile(QFile::encodeName(job->path).toStdString(), job->index, error, options);
    const ConnectionBatch last = takeBatch(job->index);
    outcome.frames = job->index.frames();
    outcome.tcpSegments = job->index.tcpSegments();
    outcome.connections = job->index.tracker().streams().size();
    for (const auto &w : job->index.warnings())
        outcome.warnings.append(QString::fromStdString(w));
    lock.unlock();

    switch (result) {
    case core::LoadResult::Ok:
        outcome.status = LoadStatus::Ok;
        break;
    case core::LoadResult::Cancelled:
        outcome.status = LoadStatus::Cancelled;
        break;
    case core::LoadResult::Failed:
        outcome.status = LoadStatus::Failed;
        outcome.error = QString::fromStdString(error);
        break;
    }
    if (!last.isEmpty())
        emit batchReady(job->id, last);
    emit finished(job->id, outcome);
}

} // namespace tcpladder::capture
