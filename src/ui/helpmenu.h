// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace tcpladder::ui {

class GettingStartedDialog;
class MainWindow;
class ShortcutsDialog;

// Help › Getting Started, Keyboard Shortcuts and About. The first two are made on first use and
// raised again after, not modal: the window stays usable beside them.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    struct Actions
    {
        QAction *gettingStarted = nullptr;
        QAction *keyboardShortcuts = nullptr;
        QAction *about = nullptr;
    };
    HelpMenu(MainWindow *window, const Actions &actions);

    GettingStartedDialog *showGettingStarted();
    ShortcutsDialog *showKeyboardShortcuts();
    void showAbout();

private:
    MainWindow *m_window;
    GettingStartedDialog *m_gettingStarted = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
};

} // namespace tcpladder::ui
