// SPDX-License-Identifier: GPL-3.0-or-later
// The app's worker threads run below the GUI thread's priority (capture::runBelowGuiPriority), so a
// busy laptop still gives the GUI thread a core when it has something to paint.
#include "backgroundpriority.h"
#include "captureworker.h"
#include "viewworker.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace tcpladder;

namespace {

// Runs `check` on a new thread and returns what it said.
template<typename Check>
bool onNewThread(Check check)
{
    std::atomic<bool> answer{false};
    std::unique_ptr<QThread> thread(QThread::create([&] { answer = check(); }));
    thread->start();
    thread->wait();
    return answer.load();
}

#if defined(__linux__)
int niceOf(pid_t thread)
{
    return getpriority(PRIO_PROCESS, static_cast<id_t>(thread));
}
#endif

} // namespace

class TestBackgroundPriority : public QObject
{
    Q_OBJECT

private slots:
    void workerIsBelowTheGuiThread();
    void loweredOnceRelativeToTheGuiThread();
    void viewWorkerThreadIsLowered();
};

void TestBackgroundPriority::workerIsBelowTheGuiThread()
{
    QVERIFY(!capture::isBelowGuiPriority());
    QVERIFY(!onNewThread([] { return capture::isBelowGuiPriority(); }));
    QVERIFY(onNewThread([] {
        capture::runBelowGuiPriority();
        return capture::isBelowGuiPriority();
    }));
    QVERIFY(!capture::isBelowGuiPriority()); // the caller's thread alone
}

void TestBackgroundPriority::loweredOnceRelativeToTheGuiThread()
{
#if defined(__linux__)
    // A thread started by a lowered thread inherits its nice value; lowering it again must not push it
    // further down than any other worker.
    const int gui = niceOf(getpid());
    std::atomic<int> outer{0};
    std::atomic<int> inner{0};
    onNewThread([&] {
        capture::runBelowGuiPriority();
        outer = niceOf(gettid());
        onNewThread([&] {
            capture::runBelowGuiPriority();
            inner = niceOf(gettid());
            return true;
        });
        return true;
    });
    QCOMPARE(outer.load(), std::min(gui + 10, 19));
    QCOMPARE(inner.load(), outer.load());
#else
    QSKIP("nice values per thread are Linux's; Windows' thread priorities are checked above");
#endif
}

void TestBackgroundPriority::viewWorkerThreadIsLowered()
{
#if defined(__linux__)
    // Found by its name (Qt names the system thread after the QThread), read by the kernel's account.
    const auto niceOfThreadNamed = [](const QByteArray &name) -> std::optional<int> {
        const QDir tasks(QStringLiteral("/proc/self/task"));
        for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
                return niceOf(static_cast<pid_t>(tid.toInt()));
        }
        return std::nullopt;
    };
    const int gui = niceOf(getpid());
    capture::CaptureWorker source;
    capture::ViewWorker views(&source);
    QTRY_COMPARE(niceOfThreadNamed("view worker").value_or(gui), std::min(gui + 10, 19));
#else
    QSKIP("reads Linux's /proc; the lowering itself is checked above on every platform");
#endif
}

QTEST_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
