// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsummary.h"
#include "displayfilter.h"
#include "livesource.h"
#include "streamreplay.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace tcpladder::capture {

// Loads capture files, or captures live, on the thread it was moved to. openFile(), startLive(),
// stopLive(), cancel(), ladderFor() and currentJob() are safe to call from the GUI thread; everything
// else runs on the worker thread. A live capture is a job like a file: the same index, batches and
// ladders, with the frames spooled to a pcapng file whose offsets the packet details re-read.
//
// Every signal carries the job id it belongs to. A job is superseded as soon as openFile() is
// called again, so receivers drop anything whose job != currentJob(): a batch of the previous
// file may still be queued when the next one starts.
class CaptureWorker : public QObject
{
    Q_OBJECT
public:
    explicit CaptureWorker(QObject *parent = nullptr);
    ~CaptureWorker() override;

    // Cancels whatever is loading and starts loading `path`; returns the new job id.
    quint64 openFile(const QString &path);
    // Cancels whatever runs and captures live into `spoolPath` (pcapng, created/truncated) until
    // stopLive(); the job's currentPath() is the spool. Ends with finished(), live = true.
    quint64 startLive(const core::LiveOptions &options, const QString &spoolPath);
    // Ends a live capture after the packets already received; a no-op for file jobs.
    void stopLive();
    bool isLive() const;
    // Stops the current job (a live capture too); what was read so far stays available through ladderFor().
    void cancel();
    quint64 currentJob() const { return m_currentJob.load(); }
    bool isCurrent(quint64 job) const { return job == m_currentJob.load(); }
    QString currentPath() const;

    // A detached copy of one connection of the current job, also while it is still loading.
    std::optional<core::ConnectionLadder> ladderFor(quint32 stream) const;
    // Streams of the current job that the display filter matches (all when it is empty), of `only`
    // when given; `evaluated` counts the streams the filter looked at. Takes the loader's mutex:
    // called from ViewWorker's thread, never from the GUI.
    QSet<quint32> streamsMatching(const core::DisplayFilter &filter, const QList<quint32> *only = nullptr,
                                  quint64 *evaluated = nullptr) const;

    // Interval between batches; tests shorten it to see several batches from a small file.
    void setBatchIntervalMs(int ms) { m_batchIntervalMs.store(ms); }

signals:
    void started(quint64 job, const QString &path);
    void batchReady(quint64 job, const tcpladder::capture::ConnectionBatch &batch);
    void progress(quint64 job, qint64 done, qint64 total);
    void liveStats(quint64 job, const tcpladder::capture::LiveStats &stats);
    void finished(quint64 job, const tcpladder::capture::LoadOutcome &outcome);

private:
    struct Job;
    quint64 startJob(const std::shared_ptr<Job> &job);
    void run(const std::shared_ptr<Job> &job);
    void runLive(const std::shared_ptr<Job> &job);
    std::shared_ptr<Job> current() const;

    mutable std::mutex m_jobMutex; // guards m_current (the pointer, not the job)
    std::shared_ptr<Job> m_current;
    std::atomic<quint64> m_currentJob{0};
    std::atomic<int> m_batchIntervalMs{100};
};

} // namespace tcpladder::capture
