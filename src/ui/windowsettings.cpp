// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsettings.h"

#include "screenlayout.h"

#include <QAction>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStyle>

#include <algorithm>
#include <utility>

namespace tcpladder::ui {

namespace {
const QString largerTextKey = QStringLiteral("view/largerText");
const QString fitLadderKey = QStringLiteral("view/fitLadder");
} // namespace

WindowSettings::WindowSettings(const Parts &parts, std::function<int()> firstListHeight)
    : QObject(parts.window),
      m_parts(parts),
      m_firstListHeight(std::move(firstListHeight))
{
    connect(parts.largerText, &QAction::toggled, this, [](bool on) { QSettings().setValue(largerTextKey, on); });
    connect(parts.fitLadder, &QAction::toggled, this, [this](bool on) {
        if (!m_fitIsUsers || m_fitIsUsers())
            QSettings().setValue(fitLadderKey, on);
    });
}

void WindowSettings::restore()
{
    restoreGeometry();
    QSettings settings;
    QMainWindow *window = m_parts.window;
    window->restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    screenlayout::restoreSplitter(settings, window->screen(), m_parts.mainSplitter);
    if (!screenlayout::restoreSplitter(settings, window->screen(), m_parts.listSplitter)) {
        const int list = m_firstListHeight();
        m_parts.listSplitter->setSizes({list, 3 * list}); // the ladder takes the rest
    }
    m_parts.largerText->setChecked(settings.value(largerTextKey, false).toBool());
    m_parts.fitLadder->setChecked(settings.value(fitLadderKey, false).toBool());
}

void WindowSettings::restoreGeometry()
{
    QMainWindow *window = m_parts.window;
    if (window->restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        return;
    // First start: the whole work area (the ladder wants height, the details width), less the window
    // frame, so that the status bar is not pushed under the task bar.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        const QStyle *style = window->style();
        const int title = style->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window);
        const int border = std::max(2, style->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth, nullptr, window));
        window->setGeometry(available.adjusted(border, title + border, -border, -border));
    }
}

void WindowSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), m_parts.window->saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), m_parts.window->saveState());
    screenlayout::saveSplitter(settings, m_parts.window->screen(), m_parts.mainSplitter);
    screenlayout::saveSplitter(settings, m_parts.window->screen(), m_parts.listSplitter);
}

} // namespace tcpladder::ui
