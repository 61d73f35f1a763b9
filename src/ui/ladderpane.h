// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

namespace tcpladder::ui {

class LadderPlaceholder;
class LadderView;

// The ladder area: the ladder, the merged ladder of both sides' captures, or the placeholder that says
// what to do instead (open something, wait for the load, clear a filter that hides all, pick a row).
class LadderPane : public QStackedWidget
{
    Q_OBJECT
public:
    // What the window knows that decides the page.
    struct Facts
    {
        bool ladderShown = false; // a connection's ladder is there to draw
        bool mergedShown = false; // ... merged with the other side's capture
        bool captureOpen = false; // a file, or a live capture running
        bool loading = false;
        int connections = 0; // in the capture
        int listed = 0;      // of those, left by the display filter and quick search
        QString filter;      // the display filter and quick search, named when they hide all
        QString search;
    };

    explicit LadderPane(QWidget *parent = nullptr);

    LadderView *ladderView() const { return m_ladder; }
    LadderPlaceholder *placeholder() const { return m_placeholder; }
    // The merged ladder's page (PeerCaptureController's view).
    void setMergedView(QWidget *merged);

    void showPageFor(const Facts &facts);

private:
    LadderPlaceholder *m_placeholder;
    LadderView *m_ladder;
    QWidget *m_merged = nullptr;
};

} // namespace tcpladder::ui
