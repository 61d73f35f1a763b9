// SPDX-License-Identifier: GPL-3.0-or-later
#include "freeoffguithread.h"

#include "backgroundpriority.h"

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

// A pool of its own, not Qt's global one: Qt's raster paint engine splits big fills over the global
// pool and the GUI thread waits for them, so a ladder being freed there (tens of milliseconds for a
// million rows) would hold up painting. Made on first use, it outlives the application object and
// waits for what it was given when the program ends.
QThreadPool &freeingPool()
{
    static QThreadPool pool;
    return pool;
}

} // namespace

void freeOffGuiThread(std::function<void()> free)
{
    if (onGuiThread())
        freeingPool().start([free = std::move(free)] {
            runBelowGuiPriority();
            freeCounted(free);
        });
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
