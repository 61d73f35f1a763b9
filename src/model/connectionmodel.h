// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tcpladder::model {

// The connection table. Rows only ever get appended or updated while a file loads (one
// beginInsertRows and one ranged dataChanged per batch), so views keep selection and scroll.
class ConnectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StreamColumn,
        ClientColumn,
        ServerColumn,
        HostnameColumn,
        OpenColumn,
        CloseColumn,
        SegmentsColumn,
        BytesColumn,
        DurationColumn,
        StartColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: numbers sort as numbers, addresses by bytes
        StreamRole,                  // tcp.stream of the row, whatever the column
        ProblemRole,                 // Problem of the row
    };
    enum class Problem { None, Incomplete, Reset };

    explicit ConnectionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void applyBatch(const capture::ConnectionBatch &batch);
    void clear();
    // Its texts are tr() calls made on demand: after a language switch the views are told to ask again.
    void retranslate();

    int rowForStream(quint32 stream) const;
    const capture::ConnectionSummary &summary(int row) const { return m_rows.at(row); }

    static Problem problemOf(const capture::ConnectionSummary &s);
    // Why a row is marked, in words a student understands; empty when nothing is wrong.
    static QString problemText(const capture::ConnectionSummary &s);
    static QString openText(core::OpenKind kind);
    static QString closeText(const capture::ConnectionSummary &s);
    static QString bytesText(quint64 bytes);

private:
    QList<capture::ConnectionSummary> m_rows;
    QHash<quint32, int> m_rowOfStream;
};

} // namespace tcpladder::model
