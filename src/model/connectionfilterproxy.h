// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QSet>
#include <QStringList>

#include <optional>

namespace tcpladder::model {

// Sorts by the model's raw SortRole and filters by the quick-search box: every word typed must
// match the row's stream number, a port, part of an address or part of the hostname.
class ConnectionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConnectionFilterProxy(QObject *parent = nullptr);

    void setQuickSearch(const QString &text);
    QString quickSearch() const { return m_text; }
    // Display filter result: only these streams pass (on top of the quick search); nullopt = all.
    void setStreamFilter(std::optional<QSet<quint32>> streams);
    bool hasStreamFilter() const { return m_streams.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_terms;
    std::optional<QSet<quint32>> m_streams;
};

} // namespace tcpladder::model
