// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QSplitter;

namespace tcpladder::ui {

// The main window as the user left it, in QSettings: its geometry, tool bar and dock state, both
// splitters (per screen size, screenlayout) and the View options Larger Text and Fit Ladder, which
// are written as they are toggled. The first start fills the screen's work area.
class WindowSettings : public QObject
{
    Q_OBJECT
public:
    // The splitters are saved under their object names.
    struct Parts
    {
        QMainWindow *window = nullptr;
        QSplitter *mainSplitter = nullptr; // the ladder area beside the details
        QSplitter *listSplitter = nullptr; // the connection list above the ladder
        QAction *largerText = nullptr;
        QAction *fitLadder = nullptr;
    };
    // `firstListHeight`: the list's height when none was saved for this screen size.
    WindowSettings(const Parts &parts, std::function<int()> firstListHeight);

    // While this says no, Fit Ladder is not written: presenter mode's own fitting is not a choice to
    // remember (a teacher who fits once for the projector wants it next lesson too).
    void setFitIsUsers(std::function<bool()> fitIsUsers) { m_fitIsUsers = std::move(fitIsUsers); }

    void restore();
    void save() const;

private:
    void restoreGeometry();

    Parts m_parts;
    std::function<int()> m_firstListHeight;
    std::function<bool()> m_fitIsUsers;
};

} // namespace tcpladder::ui
