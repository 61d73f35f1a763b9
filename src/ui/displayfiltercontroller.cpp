// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayfiltercontroller.h"

#include "captureworker.h"
#include "connectionfilterproxy.h"
#include "displayfilter.h"
#include "filterbar.h"
#include "viewworker.h"

#include <utility>

namespace tcpladder::ui {

DisplayFilterController::DisplayFilterController(FilterBar *bar, const capture::CaptureWorker *worker,
                                                 capture::ViewWorker *views, model::ConnectionFilterProxy *proxy,
                                                 QObject *parent)
    : QObject(parent),
      m_bar(bar),
      m_worker(worker),
      m_views(views),
      m_proxy(proxy)
{
    connect(m_bar, &FilterBar::filterChanged, this, &DisplayFilterController::apply);
    connect(m_worker, &capture::CaptureWorker::batchReady, this,
            [this](quint64 job, const capture::ConnectionBatch &batch) {
                QList<quint32> streams;
                streams.reserve(batch.size());
                for (const auto &summary : batch)
                    streams.append(summary.stream);
                onBatch(job, streams);
            });
    connect(m_views, &capture::ViewWorker::matchesReady, this, &DisplayFilterController::onMatchesReady);
}

QString DisplayFilterController::text() const
{
    return m_filter ? m_bar->text().trimmed() : QString();
}

void DisplayFilterController::clear()
{
    m_bar->setText({});
}

void DisplayFilterController::apply(std::shared_ptr<const core::DisplayFilter> filter)
{
    m_filter = std::move(filter);
    if (!m_filter) {
        m_views->requestMatches(nullptr, {}); // drops an evaluation still under way
        m_proxy->setStreamFilter(std::nullopt);
        emit applied();
        return;
    }
    m_views->requestMatches(m_filter, {}, true);
}

void DisplayFilterController::onBatch(quint64 job, const QList<quint32> &streams)
{
    // Only the streams of this batch: the others were checked already.
    if (m_filter && m_worker->isCurrent(job))
        m_views->requestMatches(m_filter, streams);
}

void DisplayFilterController::onMatchesReady(quint64 request, const QSet<quint32> &matching)
{
    if (!m_views->isCurrentMatches(request) || !m_filter)
        return;
    m_proxy->setStreamFilter(matching);
    emit applied();
}

} // namespace tcpladder::ui
