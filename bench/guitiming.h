// SPDX-License-Identifier: GPL-3.0-or-later
// guibench's clocks: how late a 10 ms timer fires (the event-loop stall) and, with GUIBENCH_EVENTS=1,
// which events the GUI thread spent that time in.
#pragma once

#include <QApplication>
#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <vector>

namespace guibench {

// Processor time of the calling thread: an event that took long while the thread ran little waited
// for a core (other processes), not for the app's own work.
inline qint64 threadCpuNanos()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// With GUIBENCH_EVENTS=1 in the environment: every event the GUI thread dispatches from the event
// loop is timed, and the longest ones are printed with their receiver and type, to say what a stall was.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_timing || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (event->type() == QEvent::Paint || event->type() == QEvent::LayoutRequest) {
            const QObject *owner =
                receiver->parent() && receiver->parent()->parent() ? receiver->parent()->parent() : receiver;
            const QByteArray key = receiver->metaObject()->className() + QByteArrayLiteral("/")
                + receiver->objectName().toLatin1() + QByteArrayLiteral(" in ") + owner->metaObject()->className()
                + QByteArrayLiteral("/") + owner->objectName().toLatin1()
                + (event->type() == QEvent::Paint ? QByteArrayLiteral(" paint") : QByteArrayLiteral(" layout"));
            ++m_counts[key];
            QElapsedTimer clock;
            clock.start();
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            m_nanos[key] += clock.nsecsElapsed();
            return result;
        }
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 cpuBefore = threadCpuNanos();
        QElapsedTimer clock;
        clock.start();
        const QByteArray name = receiver->metaObject()->className() + QByteArrayLiteral("/")
            + receiver->objectName().toLatin1() + QByteArrayLiteral(" type ") + QByteArray::number(int(event->type()));
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = clock.nsecsElapsed();
        --m_depth;
        m_longest.emplace_back(ns,
                               name + QByteArrayLiteral(", GUI thread busy ")
                                   + QByteArray::number(double(threadCpuNanos() - cpuBefore) / 1e6, 'f', 1)
                                   + QByteArrayLiteral(" ms"));
        if (m_longest.size() > 4000) {
            std::sort(m_longest.begin(), m_longest.end(), std::greater<>());
            m_longest.resize(20);
        }
        return result;
    }
    void startTiming()
    {
        m_timing = qEnvironmentVariableIsSet("GUIBENCH_EVENTS");
        m_longest.clear();
        m_counts.clear();
        m_nanos.clear();
    }
    void printLongest()
    {
        if (!m_timing)
            return;
        std::sort(m_longest.begin(), m_longest.end(), std::greater<>());
        for (std::size_t i = 0; i < std::min<std::size_t>(12, m_longest.size()); ++i)
            std::printf("  event %.1f ms: %s\n", double(m_longest[i].first) / 1e6, m_longest[i].second.constData());
        std::vector<std::pair<int, QByteArray>> counts;
        for (const auto &[name, n] : m_counts)
            counts.emplace_back(n, name);
        std::sort(counts.begin(), counts.end(), std::greater<>());
        for (std::size_t i = 0; i < std::min<std::size_t>(25, counts.size()); ++i)
            std::printf("  %6d %8.1f ms %s\n", counts[i].first, double(m_nanos[counts[i].second]) / 1e6,
                        counts[i].second.constData());
        m_timing = false;
    }

private:
    bool m_timing = false;
    int m_depth = 0;
    std::vector<std::pair<qint64, QByteArray>> m_longest;
    std::map<QByteArray, int> m_counts;
    std::map<QByteArray, qint64> m_nanos; // nested: a parent's time includes its children's
};

inline TimingApplication *timingApp()
{
    return static_cast<TimingApplication *>(QCoreApplication::instance());
}

// A 10 ms timer that records how late it fires: lateness is time the GUI thread was busy.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last - 10'000'000);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double longestMs() const { return double(m_longest) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

inline void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace guibench
