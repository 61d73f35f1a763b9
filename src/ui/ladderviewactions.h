// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace tcpladder::ui {

class ExplanationPane;
class LadderView;

// The ladder's View actions: Show TCP States, Textbook Layout and Step Through (F6), made here, and
// the .ui's Zoom In, Zoom Out, Reset Zoom and Fit Ladder. The checkable ones are in step with the
// view both ways: the view can end stepping or fitting by itself (Escape, a zoom by hand) and the
// check mark follows.
class LadderViewActions : public QObject
{
    Q_OBJECT
public:
    // The .ui's, given their icons and shortcuts here.
    struct Zoom
    {
        QAction *in = nullptr;
        QAction *out = nullptr;
        QAction *reset = nullptr;
        QAction *fit = nullptr; // checkable
    };
    // The three actions are added to `viewMenu`; starting Step Through puts its keys in `explanation`.
    LadderViewActions(QMenu *viewMenu, const Zoom &zoom, LadderView *view, ExplanationPane *explanation);

    QAction *showStates() const { return m_showStates; }
    QAction *textbook() const { return m_textbook; }
    QAction *stepThrough() const { return m_stepThrough; }
    // The texts and tool tips in the current language.
    void retranslate();

private:
    QAction *addCheckable(QMenu *menu, const char *objectName);
    void setupZoom(const Zoom &zoom, LadderView *view);

    QAction *m_showStates;
    QAction *m_textbook;
    QAction *m_stepThrough;
};

} // namespace tcpladder::ui
