// SPDX-License-Identifier: GPL-3.0-or-later
#include "newestjob.h"

#include "backgroundpriority.h"

namespace tcpladder::ui {

NewestJob::NewestJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

NewestJob::~NewestJob()
{
    cancel();
    m_pool.waitForDone(); // a result posted after this goes with this object, unrun
}

quint64 NewestJob::request(Work work)
{
    const quint64 id = ++m_request;
    const std::lock_guard lock(m_mutex);
    m_pending.emplace(id, std::move(work));
    if (!m_started) {
        m_started = true;
        ++m_running;
        m_pool.start([this] { run(); });
    }
    return id;
}

void NewestJob::run()
{
    capture::runBelowGuiPriority();
    for (;;) {
        std::optional<std::pair<quint64, Work>> job;
        {
            const std::lock_guard lock(m_mutex);
            job.swap(m_pending);
            if (!job) {
                m_started = false;
                --m_running;
                return;
            }
        }
        if (!isCurrent(job->first))
            continue; // superseded before it started
        std::function<void()> deliver = job->second();
        const quint64 id = job->first;
        QMetaObject::invokeMethod(
            this,
            [this, id, deliver = std::move(deliver)] {
                if (isCurrent(id) && deliver)
                    deliver();
            },
            Qt::QueuedConnection);
    }
}

} // namespace tcpladder::ui
