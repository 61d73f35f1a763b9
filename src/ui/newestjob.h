// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <utility>

namespace tcpladder::ui {

// Runs the newest of a series of jobs of one kind (laying out a grown ladder, building its graph)
// on a thread of its own, and hands its result back on the thread that owns this object.
//
// Each request supersedes the ones before it: a superseded job still waiting is never started
// (jobs that come faster than they run are merged into the last one, so a result still shows),
// and a result whose job is no longer current is dropped — as when the owner did the same work
// itself meanwhile (cancel()), or another connection was selected.
class NewestJob : public QObject
{
    Q_OBJECT
public:
    // Runs on the worker thread; what it returns runs on this object's thread if still current.
    using Work = std::function<std::function<void()>()>;

    explicit NewestJob(QObject *parent = nullptr);
    ~NewestJob() override; // waits for the job running, if any; its result is dropped

    quint64 request(Work work);
    void cancel() { ++m_request; }
    bool isCurrent(quint64 request) const { return request == m_request.load(); }
    // Nothing waiting or running (a result may still wait in the event queue).
    bool isIdle() const { return m_running.load() == 0; }

private:
    void run();

    QThreadPool m_pool;
    std::atomic<quint64> m_request{0};
    std::atomic<int> m_running{0};
    std::mutex m_mutex; // guards m_pending and m_started
    std::optional<std::pair<quint64, Work>> m_pending;
    bool m_started = false;
};

} // namespace tcpladder::ui
