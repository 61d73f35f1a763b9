// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpmenu.h"

#include "gettingstarted.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QStyle>

#include <algorithm>

namespace tcpladder::ui {

namespace {
void bringUp(QWidget *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}
} // namespace

HelpMenu::HelpMenu(MainWindow *window, const Actions &actions)
    : QObject(window),
      m_window(window)
{
    // The start page shows this icon beside "Getting Started"; Qt's own help icon where the theme has none.
    actions.gettingStarted->setIcon(
        QIcon::fromTheme(QStringLiteral("help-contents"), window->style()->standardIcon(QStyle::SP_DialogHelpButton)));
    actions.keyboardShortcuts->setIcon(QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")));
    connect(actions.gettingStarted, &QAction::triggered, this, &HelpMenu::showGettingStarted);
    connect(actions.keyboardShortcuts, &QAction::triggered, this, &HelpMenu::showKeyboardShortcuts);
    connect(actions.about, &QAction::triggered, this, &HelpMenu::showAbout);
}

GettingStartedDialog *HelpMenu::showGettingStarted()
{
    if (!m_gettingStarted) {
        m_gettingStarted = new GettingStartedDialog(m_window);
        // Beside the ladder, over the details pane: the steps and their effect are seen together.
        const QRect area = m_window->geometry();
        m_gettingStarted->resize(std::min(m_gettingStarted->width(), area.width() * 2 / 5), area.height() - 48);
        m_gettingStarted->move(area.right() - m_gettingStarted->width() - 16, area.top() + 8);
    }
    bringUp(m_gettingStarted);
    return m_gettingStarted;
}

ShortcutsDialog *HelpMenu::showKeyboardShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(m_window, m_window);
    bringUp(m_shortcuts);
    return m_shortcuts;
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About TCP Ladder"),
                       tr("<h3>TCP Ladder %1</h3><p>Shows TCP connections from pcap and pcapng captures as "
                          "ladder diagrams: the three-way handshake, the data and the teardown, segment by "
                          "segment.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace tcpladder::ui
