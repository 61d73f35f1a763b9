// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

namespace tcpladder::capture {
class CaptureWorker;
class ViewWorker;
} // namespace tcpladder::capture
namespace tcpladder::core {
class DisplayFilter;
}
namespace tcpladder::model {
class ConnectionFilterProxy;
}

namespace tcpladder::ui {

class FilterBar;

// The display filter from the field to the list: FilterBar compiles what is typed (and shows the
// error), the ViewWorker finds the matching streams off the GUI thread, and the proxy shows only
// those. Connections that arrive or grow while a filter is set are checked as their batches come.
class DisplayFilterController : public QObject
{
    Q_OBJECT
public:
    // The worker's batches must reach the model before this object's (connect the model first).
    DisplayFilterController(FilterBar *bar, const capture::CaptureWorker *worker, capture::ViewWorker *views,
                            model::ConnectionFilterProxy *proxy, QObject *parent = nullptr);

    // A valid, non-empty filter is in force (an invalid text keeps the last good one).
    bool isActive() const { return m_filter != nullptr; }
    // The field's text (trimmed) while a filter is in force, even half typed; empty without one.
    QString text() const;
    // Empties the field, and so shows every connection.
    void clear();

signals:
    // The proxy shows what the filter in force matches (all rows once it is cleared).
    void applied();

private:
    void apply(std::shared_ptr<const core::DisplayFilter> filter);
    void onBatch(quint64 job, const QList<quint32> &streams);
    void onMatchesReady(quint64 request, const QSet<quint32> &matching);

    FilterBar *m_bar;
    const capture::CaptureWorker *m_worker;
    capture::ViewWorker *m_views;
    model::ConnectionFilterProxy *m_proxy;
    std::shared_ptr<const core::DisplayFilter> m_filter;
};

} // namespace tcpladder::ui
