// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadannouncer.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace tcpladder::app {

LoadAnnouncer::LoadAnnouncer(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

void LoadAnnouncer::loadFinished(capture::LoadStatus status)
{
    m_outcome = status == capture::LoadStatus::Ok  ? "ok"
        : status == capture::LoadStatus::Cancelled ? "cancelled"
                                                   : "failed";
    announce();
}

bool LoadAnnouncer::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        // Seen before the window paints: announce once this paint is done.
        m_painted = true;
        QTimer::singleShot(0, this, &LoadAnnouncer::announce);
    }
    return QObject::eventFilter(watched, event);
}

void LoadAnnouncer::announce()
{
    if (!m_outcome || !m_painted)
        return;
    std::fprintf(stderr, "tcpladder: capture loaded (%s)\n", m_outcome);
    std::fflush(stderr);
    m_outcome = nullptr;
}

} // namespace tcpladder::app
