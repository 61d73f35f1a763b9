// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;

namespace tcpladder::ui {

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
    // The chooser, the title and the View menu's entry in the current language.
    void retranslate();

private:
    SequenceGraph *m_graph;
    QLabel *m_label;
    QComboBox *m_kinds;
};

} // namespace tcpladder::ui
