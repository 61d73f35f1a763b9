// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsummary.h"
#include "streamreplay.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace tcpladder::capture {

// Loads capture files on the thread it was moved to. openFile(), cancel(), ladderFor() and
// currentJob() are safe to call from the GUI thread; everything else runs on the worker thread.
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
    // Stops the current job; what was read so far stays available through ladderFor().
    void cancel();
    quint64 currentJob() const { return m_currentJob.load(); }
    bool isCurrent(quint64 job) const { return job == m_currentJob.load(); }
    QString currentPath() const;

    // A detached copy of one connection of the current job, also while it is still loading.
    std::optional<core::ConnectionLadder> ladderFor(quint32 stream) const;

    // Interval between batches; tests shorten it to see several batches from a small file.
    void setBatchIntervalMs(int ms) { m_batchIntervalMs.store(ms); }

signals:
    void started(quint64 job, const QString &path);
    void batchReady(quint64 job, const tcpladder::capture::ConnectionBatch &batch);
    void progress(quint64 job, qint64 done, qint64 total);
    void finished(quint64 job, const tcpladder::capture::LoadOutcome &outcome);

private:
    struct Job;
    void run(const std::shared_ptr<Job> &job);
    std::shared_ptr<Job> current() const;

    mutable std::mutex m_jobMutex; // guards m_current (the pointer, not the job)
    std::shared_ptr<Job> m_current;
    std::atomic<quint64> m_currentJob{0};
    std::atomic<int> m_batchIntervalMs{100};
};

} // namespace tcpladder::capture
