// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamreplay.h"

#include <QDockWidget>

#include <functional>

class QComboBox;
class QLabel;
class QMainWindow;
class QMenu;
class QSplitter;

namespace tcpladder::ui {

class LadderView;
class SequenceGraph;

// The graph dock: the whole connection at a glance (time-sequence, round-trip time or bytes in
// flight). The choice of graph sits in the chart's title band and is remembered (by name, so a
// reordered list does not change what a person chose); the dock's title says which graph it shows.
class GraphDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit GraphDock(QWidget *parent = nullptr);

    SequenceGraph *graph() const { return m_graph; }
    // At the bottom of `window`, hidden until asked for (the ladder is what a first look needs; the
    // graph is for bulk transfers), its entry at the end of `viewMenu`; its height comes out of the
    // list in `listSplitter` (GraphHeightShare).
    void placeIn(QMainWindow *window, QMenu *viewMenu, QSplitter *listSplitter);
    // Linked both ways with the ladder: a click on a point selects that segment's row (which updates
    // the details pane), the ladder's row rings the point. Opening the dock draws `ladder()`.
    void linkWith(LadderView *view, std::function<core::SharedLadder()> ladder);
    // The chooser, the title and the View menu's entry in the current language.
    void retranslate();

private:
    SequenceGraph *m_graph;
    QLabel *m_label;
    QComboBox *m_kinds;
};

} // namespace tcpladder::ui
