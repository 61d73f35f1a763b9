// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionlist.h"

#include "connectionfilterproxy.h"
#include "connectionmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>

namespace tcpladder::ui {

using model::ConnectionModel;

ConnectionList::ConnectionList(QTableView *table, QLineEdit *search, QObject *parent)
    : QObject(parent),
      m_table(table),
      m_model(new ConnectionModel(this)),
      m_proxy(new model::ConnectionFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    table->setModel(m_proxy);
    table->sortByColumn(ConnectionModel::StreamColumn, Qt::AscendingOrder);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    fitRowsTo(table->font());
    connect(search, &QLineEdit::textChanged, m_proxy, &model::ConnectionFilterProxy::setQuickSearch);
    connect(search, &QLineEdit::textChanged, this, &ConnectionList::listedChanged);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectionList::onCurrentRowChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ConnectionList::listedChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConnectionList::listedChanged);
}

bool ConnectionList::selectStream(quint32 stream)
{
    const int sourceRow = m_model->rowForStream(stream);
    if (sourceRow < 0)
        return false;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid())
        return false;
    m_table->selectRow(proxyIndex.row());
    m_table->scrollTo(proxyIndex);
    return true;
}

void ConnectionList::selectFirst()
{
    if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void ConnectionList::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        emit streamSelected(current.data(ConnectionModel::StreamRole).toUInt());
    else
        emit selectionCleared();
}

void ConnectionList::fitColumns()
{
    // Headers count too (QTableView measures them): "Stream" is wider than "流".
    m_table->resizeColumnsToContents();
    // Hostnames arrive later than addresses (DNS, SNI); leave them room from the start.
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(
        ConnectionModel::HostnameColumn,
        std::max(header->sectionSize(ConnectionModel::HostnameColumn), 16 * m_table->fontMetrics().averageCharWidth()));
}

void ConnectionList::fitTo(const QFont &font)
{
    fitRowsTo(font);
    fitColumns();
}

void ConnectionList::fitRowsTo(const QFont &font)
{
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 6);
}

} // namespace tcpladder::ui
