// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QFont;
class QLineEdit;
class QTableView;

namespace tcpladder::model {
class ConnectionModel;
class ConnectionFilterProxy;
} // namespace tcpladder::model

namespace tcpladder::ui {

// The connection list: the model, its quick-search and display-filter proxy, the table showing it
// with the quick-search field above; which connection is selected, and columns that fit their text.
class ConnectionList : public QObject
{
    Q_OBJECT
public:
    ConnectionList(QTableView *table, QLineEdit *search, QObject *parent = nullptr);

    model::ConnectionModel *model() const { return m_model; }
    model::ConnectionFilterProxy *proxy() const { return m_proxy; }

    // False when the stream is not in the capture or hidden by a filter.
    bool selectStream(quint32 stream);
    // The first row, unless one is selected already: the first handshake is what a student looks for.
    void selectFirst();
    // Columns as wide as their contents and headers (after loading, a font or a language change).
    void fitColumns();
    // Rows as high as `font` needs, and the columns fitted to it.
    void fitTo(const QFont &font);

signals:
    void streamSelected(quint32 stream);
    void selectionCleared();
    // Rows came or went (loading, filtering) or the quick search changed: what the list shows.
    void listedChanged();

private:
    void onCurrentRowChanged();
    // Rows a little taller than a line of `font`, so that descenders and underscores are not cut.
    void fitRowsTo(const QFont &font);

    QTableView *m_table;
    model::ConnectionModel *m_model;
    model::ConnectionFilterProxy *m_proxy;
};

} // namespace tcpladder::ui
