// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionfilterproxy.h"

#include "connectionmodel.h"

namespace tcpladder::model {

ConnectionFilterProxy::ConnectionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConnectionModel::SortRole);
    setDynamicSortFilter(true);
}

void ConnectionFilterProxy::setQuickSearch(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void ConnectionFilterProxy::setStreamFilter(std::optional<QSet<quint32>> streams)
{
    if (streams == m_streams)
        return;
    m_streams = std::move(streams);
    invalidateFilter();
}

bool ConnectionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty() && !m_streams)
        return true;
    const auto *model = qobject_cast<const ConnectionModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const auto &s = model->summary(sourceRow);
    if (m_streams && !m_streams->contains(s.stream))
        return false;
    for (QString term : m_terms) {
        // "stream 5", "tcp.stream==5", "#5" all mean stream 5.
        for (const auto &prefix : {QStringLiteral("tcp.stream=="), QStringLiteral("stream="), QStringLiteral("#")}) {
            if (term.startsWith(prefix, Qt::CaseInsensitive)) {
                bool ok = false;
                const auto stream = term.mid(prefix.size()).toUInt(&ok);
                if (!ok || stream != s.stream)
                    return false;
                term.clear();
                break;
            }
        }
        if (term.isEmpty() || term.compare(QStringLiteral("stream"), Qt::CaseInsensitive) == 0)
            continue;
        bool isNumber = false;
        const uint number = term.toUInt(&isNumber);
        if (isNumber && (number == s.stream || number == s.clientPort || number == s.serverPort))
            continue;
        if (s.client().contains(term, Qt::CaseInsensitive) || s.server().contains(term, Qt::CaseInsensitive)
            || s.hostname.contains(term, Qt::CaseInsensitive))
            continue;
        return false;
    }
    return true;
}

} // namespace tcpladder::model
