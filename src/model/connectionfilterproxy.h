// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_terms;
};

} // namespace tcpladder::model
