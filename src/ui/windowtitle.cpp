// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowtitle.h"

#include <QEvent>
#include <QWidget>

#include <utility>

namespace tcpladder::ui {

WindowTitle::WindowTitle(QWidget *window, std::function<bool()> modified)
    : QObject(window),
      m_window(window),
      m_modified(std::move(modified))
{
}

void WindowTitle::set(TextMaker make)
{
    m_make = std::move(make);
    refresh();
}

void WindowTitle::refresh()
{
    // Every title ends with the application's name, which LanguageManager also makes the display name:
    // Qt appends the display name to a title that does not end with it ("— TCP 梯形图 — TCP Ladder").
    const QString modified = m_modified() ? QStringLiteral("*") : QString();
    m_window->setWindowTitle(modified + (m_make ? m_make() : tr("TCP Ladder")));
}

bool WindowTitle::event(QEvent *event)
{
    // A widget passes LanguageChange on to its children after its own changeEvent().
    if (event->type() == QEvent::LanguageChange)
        refresh();
    return QObject::event(event);
}

} // namespace tcpladder::ui
