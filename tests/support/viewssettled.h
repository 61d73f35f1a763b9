// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"
#include "viewworker.h"

#include <QCoreApplication>
#include <QTest>

namespace testsupport {

// The window makes ladders, filter matches and frames on its ViewWorker's thread. True once all it
// asked for is shown: the worker is idle and its results (and whatever they asked for in turn) were
// delivered. Event-driven, like QTRY_VERIFY.
inline bool viewsSettled(tcpladder::ui::MainWindow &w, int timeoutMs = 20000)
{
    return QTest::qWaitFor(
        [&] {
            if (!w.viewWorker()->isIdle())
                return false;
            // Idle before delivering: every result was emitted already, so it is delivered now; a
            // handler that asks for more makes the worker busy again.
            QCoreApplication::sendPostedEvents();
            return w.viewWorker()->isIdle();
        },
        timeoutMs);
}

} // namespace testsupport
