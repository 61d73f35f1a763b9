// SPDX-License-Identifier: GPL-3.0-or-later
#include "freeoffguithread.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <atomic>

namespace tcpladder::capture {

namespace {

std::atomic<quint64> freed{0};
std::atomic<quint64> freedOnGuiThread{0};

bool onGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

void freeCounted(const std::function<void()> &free)
{
    if (onGuiThread())
        ++freedOnGuiThread;
    free();
    ++freed;
}

} // namespace

void freeOffGuiThread(std::function<void()> free)
{
    // The global pool outlives the application object and waits for what it was given.
    if (onGuiThread())
        QThreadPool::globalInstance()->start([free = std::move(free)] { freeCounted(free); });
    else
        freeCounted(free);
}

quint64 sharedValuesFreed()
{
    return freed.load();
}

quint64 sharedValuesFreedOnGuiThread()
{
    return freedOnGuiThread.load();
}

} // namespace tcpladder::capture
