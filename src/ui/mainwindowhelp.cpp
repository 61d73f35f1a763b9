// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's Help menu: Getting Started and Keyboard Shortcuts, each a class of its own.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "gettingstarted.h"
#include "shortcutsdialog.h"

#include <QStyle>

namespace tcpladder::ui {

void MainWindow::setupHelp()
{
    // The start page shows this icon beside "Getting Started"; Qt's own help icon where the theme has none.
    ui->actionGettingStarted->setIcon(
        QIcon::fromTheme(QStringLiteral("help-contents"), style()->standardIcon(QStyle::SP_DialogHelpButton)));
    ui->actionKeyboardShortcuts->setIcon(QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")));
    connect(ui->actionGettingStarted, &QAction::triggered, this, &MainWindow::showGettingStarted);
    connect(ui->actionKeyboardShortcuts, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
}

GettingStartedDialog *MainWindow::showGettingStarted()
{
    if (!m_gettingStarted) {
        m_gettingStarted = new GettingStartedDialog(this);
        // Beside the ladder, over the details pane: the steps and their effect are seen together.
        const QRect area = geometry();
        m_gettingStarted->resize(std::min(m_gettingStarted->width(), area.width() * 2 / 5), area.height() - 48);
        m_gettingStarted->move(area.right() - m_gettingStarted->width() - 16, area.top() + 8);
    }
    m_gettingStarted->show();
    m_gettingStarted->raise();
    m_gettingStarted->activateWindow();
    return m_gettingStarted;
}

ShortcutsDialog *MainWindow::showKeyboardShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(this, this);
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
    return m_shortcuts;
}

} // namespace tcpladder::ui
