// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QDockWidget;
class QSplitter;

namespace tcpladder::ui {

// The graph dock's readable height comes out of the connection list, not the ladder: on a 768-pixel
// screen the ladder was left a strip under nine mostly empty list rows. Closing the dock gives the
// list its share back.
class GraphHeightShare : public QObject
{
    Q_OBJECT
public:
    // `splitter`: the list (first) above the ladder (second).
    GraphHeightShare(QDockWidget *dock, QSplitter *splitter);

private:
    void share(bool dockShown);

    QSplitter *m_splitter;
    QList<int> m_sizesBeforeDock; // the list's share, given back when the dock closes
};

} // namespace tcpladder::ui
