// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace tcpladder::ui {

class ExplanationPane;
class LadderView;

// View › Show TCP States, Textbook Layout and Step Through (F6), and the .ui's Fit Ladder, each in
// step with the ladder view both ways: the view can end stepping or fitting by itself (Escape, a zoom
// by hand) and the check mark follows.
class LadderViewActions : public QObject
{
    Q_OBJECT
public:
    // The three actions are added to `viewMenu`; starting Step Through puts its keys in `explanation`.
    LadderViewActions(QMenu *viewMenu, QAction *fitLadder, LadderView *view, ExplanationPane *explanation);

    QAction *showStates() const { return m_showStates; }
    QAction *textbook() const { return m_textbook; }
    QAction *stepThrough() const { return m_stepThrough; }
    // The texts and tool tips in the current language.
    void retranslate();

private:
    QAction *addCheckable(QMenu *menu, const char *objectName);

    QAction *m_showStates;
    QAction *m_textbook;
    QAction *m_stepThrough;
};

} // namespace tcpladder::ui
