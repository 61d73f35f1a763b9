// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureworker.h"

#include "laddernotes.h"

#include "captureindex.h"
#include "corepath.h"
#include "endpointformat.h"
#include "pcapngwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaObject>

#include <thread>

namespace tcpladder::capture {

QString ConnectionSummary::client() const
{
    return QString::fromStdString(core::formatEndpoint(clientIp.toStdString(), clientPort));
}

QString ConnectionSummary::server() const
{
    return QString::fromStdString(core::formatEndpoint(serverIp.toStdString(), serverPort));
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

    bool live = false;
    core::LiveOptions liveOptions;
    // Serialises LiveSource::open (worker) against stop (GUI): stop() must not race the handle's creation.
    std::mutex liveMutex;
    core::LiveSource source;

    void stop()
    {
        cancel.store(true);
        if (live) {
            const std::lock_guard guard(liveMutex);
            source.stop();
        }
    }
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

// The tracker numbers streams by their place in streams() (Tracker::createStream).
const core::Stream *findStream(const core::Tracker &tracker, quint32 stream)
{
    const auto &streams = tracker.streams();
    return stream < streams.size() ? &streams[stream] : nullptr;
}

} // namespace

CaptureWorker::CaptureWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConnectionBatch>();
    qRegisterMetaType<LoadOutcome>();
    qRegisterMetaType<LiveStats>();
}

CaptureWorker::~CaptureWorker()
{
    cancel();
}

quint64 CaptureWorker::openFile(const QString &path)
{
    auto job = std::make_shared<Job>();
    job->path = path;
    return startJob(job);
}

quint64 CaptureWorker::startLive(const core::LiveOptions &options, const QString &spoolPath)
{
    auto job = std::make_shared<Job>();
    job->path = spoolPath;
    job->live = true;
    job->liveOptions = options;
    return startJob(job);
}

quint64 CaptureWorker::startJob(const std::shared_ptr<Job> &job)
{
    {
        const std::lock_guard lock(m_jobMutex);
        job->id = m_currentJob.load() + 1;
        if (m_current)
            m_current->stop();
        m_current = job;
        m_currentJob.store(job->id);
    }
    // `this` is also the context object: if the worker is destroyed first, Qt drops the call.
    QMetaObject::invokeMethod(
        this, [this, job] { job->live ? runLive(job) : run(job); }, Qt::QueuedConnection);
    return job->id;
}

void CaptureWorker::stopLive()
{
    if (const auto job = current(); job && job->live)
        job->stop();
}

bool CaptureWorker::isLive() const
{
    const auto job = current();
    return job && job->live;
}

void CaptureWorker::cancel()
{
    if (const auto job = current())
        job->stop();
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
    auto ladder = core::buildConnectionLadder(*found, job->index.tracker().segments());
    ladder.comments = core::commentsOnLadder(ladder, job->index.packetComments());
    return ladder;
}

QSet<quint32> CaptureWorker::streamsMatching(const core::DisplayFilter &filter, const QList<quint32> *only,
                                             quint64 *evaluated) const
{
    QSet<quint32> matching;
    const auto job = current();
    if (!job)
        return matching;
    job->waiters.fetch_add(1);
    const std::lock_guard lock(job->mutex);
    job->waiters.fetch_sub(1);
    const auto &tracker = job->index.tracker();
    const auto check = [&](const core::Stream &stream) {
        if (evaluated)
            ++*evaluated;
        if (filter.matchesStream(stream, tracker.segments()))
            matching.insert(stream.index);
    };
    if (!only) {
        for (const auto &stream : tracker.streams())
            check(stream);
        return matching;
    }
    for (const quint32 index : *only)
        if (const auto *stream = findStream(tracker, index))
            check(*stream);
    return matching;
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
    const auto result = core::loadFile(toCorePath(job->path), job->index, error, options);
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

void CaptureWorker::runLive(const std::shared_ptr<Job> &job)
{
    LoadOutcome outcome;
    outcome.path = job->path;
    outcome.live = true;
    const std::string interfaceName = job->liveOptions.interfaceName;
    auto finish = [&](LoadStatus status, const std::string &error) {
        outcome.status = status;
        outcome.error = QString::fromStdString(error);
        emit finished(job->id, outcome);
    };
    if (job->cancel.load())
        return finish(LoadStatus::Cancelled, {});
    emit started(job->id, job->path);

    std::string error;
    bool opened = false;
    {
        const std::lock_guard guard(job->liveMutex);
        opened = !job->cancel.load() && job->source.open(job->liveOptions, error);
    }
    if (!opened) {
        if (job->cancel.load())
            return finish(LoadStatus::Cancelled, {});
        // The core cannot know where the app is installed; the setcap hint must name this very file.
        if (error == core::permissionHint(interfaceName, {}))
            error = core::permissionHint(interfaceName, QCoreApplication::applicationFilePath().toStdString());
        return finish(LoadStatus::Failed, error);
    }
    core::PcapngWriter writer;
    if (!writer.open(toCorePath(job->path), job->source.linkType(), job->source.snapLength(), interfaceName, error))
        return finish(LoadStatus::Failed, error);

    QElapsedTimer clock;
    clock.start();
    qint64 lastBatchMs = 0;
    quint64 captured = 0;
    bool writeFailed = false;
    // Taken at the first frame of a dispatch, not around it: dispatch also waits for packets.
    std::unique_lock lock(job->mutex, std::defer_lock);
    const std::function<void(const core::RawFrame &)> onFrame = [&](const core::RawFrame &frame) {
        if (writeFailed)
            return;
        if (!lock.owns_lock())
            lock.lock();
        core::RawFrame spooled = frame;
        spooled.fileOffset = writer.bytesWritten(); // the details pane re-reads the frame from the spool
        if (!writer.write(frame)) {
            writeFailed = true;
            return;
        }
        job->index.addFrame(spooled);
        ++captured;
    };
    auto emitStats = [&] {
        const auto pcapStats = job->source.stats();
        LiveStats stats;
        stats.captured = captured;
        stats.dropped = pcapStats.dropped;
        stats.interfaceDropped = pcapStats.interfaceDropped;
        stats.spoolBytes = writer.bytesWritten();
        stats.seconds = static_cast<double>(clock.elapsed()) / 1000.0;
        emit liveStats(job->id, stats);
    };

    std::string stopReason;
    for (;;) {
        const auto status = job->source.dispatch(onFrame, error);
        // Flushed before the GUI hears of a frame, so it can always re-read what it was told about.
        writeFailed = !writer.flush() || writeFailed;
        const bool ending = status != core::LiveSource::Status::Ok || writeFailed;
        if (ending || clock.elapsed() - lastBatchMs >= m_batchIntervalMs.load()) {
            if (!lock.owns_lock())
                lock.lock();
            const ConnectionBatch batch = takeBatch(job->index);
            lock.unlock();
            lastBatchMs = clock.elapsed();
            if (!batch.isEmpty())
                emit batchReady(job->id, batch);
            emitStats();
        } else if (lock.owns_lock()) {
            lock.unlock();
        }
        while (job->waiters.load() > 0)
            std::this_thread::yield();
        if (status == core::LiveSource::Status::Failed) {
            stopReason = error;
            break;
        }
        if (writeFailed) {
            stopReason = "Writing the capture to " + toCorePath(job->path)
                + " failed (is the disk full?); the packets before the failure are kept";
            break;
        }
        if (status == core::LiveSource::Status::Stopped)
            break;
    }
    writer.close();

    outcome.dropped = job->source.stats().dropped;
    {
        const std::lock_guard guard(job->mutex);
        outcome.frames = job->index.frames();
        outcome.tcpSegments = job->index.tcpSegments();
        outcome.connections = job->index.tracker().streams().size();
        for (const auto &w : job->index.warnings())
            outcome.warnings.append(QString::fromStdString(w));
    }
    finish(stopReason.empty() ? LoadStatus::Ok : LoadStatus::Failed, stopReason);
}

} // namespace tcpladder::capture
