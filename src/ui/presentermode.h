// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QWidget;

namespace tcpladder::ui {

class ExplanationPane;
class LadderView;

// View › Presenter Mode (F11; Escape leaves it, as it leaves a slide show): only the ladder and its
// note, full screen, high contrast, fitted to the width, for the back row. Leaving it puts back what
// it changed: the panes shown, the theme, the user's zoom or fitting, and a maximized or normal window.
class PresenterMode : public QObject
{
    Q_OBJECT
public:
    // `panes`: hidden while presenting (the list, the details, the tool bar).
    PresenterMode(QMainWindow *window, LadderView *view, ExplanationPane *explanation, QList<QWidget *> panes);

    // Checkable, F11; its text follows the language (retranslate()).
    QAction *action() const { return m_action; }
    bool isActive() const { return m_active; }
    void setActive(bool on);
    void retranslate();

signals:
    void activeChanged(bool on);

private:
    void enter();
    void leave();

    QMainWindow *m_window;
    LadderView *m_view;
    ExplanationPane *m_explanation;
    QList<QWidget *> m_panes;
    QAction *m_action;
    bool m_active = false;

    // What entering changed, to give back on leaving.
    bool m_wasMaximized = false;
    double m_zoom = 1.0; // the user's zoom, without Larger Text's factor
    bool m_fit = false;
    int m_theme = 0; // LadderThemeKind
    QList<bool> m_panesVisible;
};

} // namespace tcpladder::ui
