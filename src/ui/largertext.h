// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>

class QAction;

namespace tcpladder::ui {

class LadderView;

// View › Larger Text, for the back row: the application font half as large again as the one it
// started with, and the ladder's painter font with it.
class LargerText : public QObject
{
    Q_OBJECT
public:
    // Follows `action`'s check mark.
    LargerText(QAction *action, LadderView *view);

    // Through the action, so the menu shows it checked.
    void setOn(bool on);

signals:
    // The application font now: rows and columns sized for it fit again.
    void fontChanged(const QFont &font);

private:
    void apply(bool on);

    QAction *m_action;
    LadderView *m_view;
    QFont m_baseFont;
};

} // namespace tcpladder::ui
