// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"
#include "viewworker.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

// Global, not in testsupport: that name is a namespace of its own in some headers and tcpladder's in others.
// Ladders, filter matches and frames are made on a ViewWorker's thread. True once all that was asked
// of `views` is shown: the worker is idle and its results (and whatever they asked for in turn) were
// delivered. Event-driven, like QTRY_VERIFY.
inline bool viewsSettled(const tcpladder::capture::ViewWorker &views, int timeoutMs = 20000)
{
    return QTest::qWaitFor(
        [&] {
            if (!views.isIdle())
                return false;
            // Idle before delivering: every result was emitted already, so it is delivered now. Settled
            // when delivering asked for nothing more (what it asked for may be done already).
            const quint64 made = views.requestsMade();
            QCoreApplication::sendPostedEvents();
            return views.requestsMade() == made;
        },
        timeoutMs);
}

// The same for what the window asked of its ViewWorker.
inline bool viewsSettled(tcpladder::ui::MainWindow &w, int timeoutMs = 20000)
{
    return viewsSettled(*w.viewWorker(), timeoutMs);
}

// Opens `path` in the window and waits until it is loaded and what it shows has settled.
inline bool loadAndSettle(tcpladder::ui::MainWindow &w, const QString &path)
{
    QSignalSpy finished(&w, &tcpladder::ui::MainWindow::loadFinished);
    w.openFile(path);
    return (!finished.isEmpty() || finished.wait(20000))
        && finished.first().first().value<tcpladder::capture::LoadStatus>() == tcpladder::capture::LoadStatus::Ok
        && viewsSettled(w);
}
