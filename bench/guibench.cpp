// SPDX-License-Identifier: GPL-3.0-or-later
// GUI side of issue 8, measured on the real MainWindow (offscreen platform):
//   guibench load FILE      time to first connection rows, longest event-loop stall, progress bar,
//                           full load time, then a second load cancelled after 1 s: cancel latency
//   guibench selected FILE FILTER   as load, with FILE's biggest connection selected as soon as it
//                           shows (its ladder grows while the file loads) and display filter FILTER set
//   guibench ladder FILE    the biggest connection of FILE in a LadderView: build/set time, then
//                           time per frame while scrolling (each frame repainted synchronously)
//   guibench step FILE      FILE's biggest connection selected, loaded, then stepped through (View > Step
//                           Through, Right/Left keys; 1,000 at each end, the middle jumped over) to its end
//                           and back: longest event-loop stall
//   guibench details FILE   FILE's biggest connection selected, loaded, then its selection moved down row by
//                           row (and in strides over the whole ladder) while the details pane follows:
//                           longest event-loop stall (FILE is meant to be a .gz)
//   guibench live IFACE SECONDS BLASTER ARGS...   capture live through MainWindow while running
//                           the blaster; prints packets captured and pcap_stats drops
#include "guitiming.h"

#include "captureindex.h"
#include "capturestatusbar.h"
#include "filterbar.h"
#include "livecapturecontroller.h"
#include "livesource.h"
#include "connectionmodel.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "viewworker.h"
#include "streamreplay.h"

#include <QAbstractItemModel>
#include <QKeyEvent>
#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tcpladder;
using namespace guibench;

namespace {

int benchLoad(const QString &path)
{
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    StallMeter meter;
    bool finished = false;
    capture::LoadStatus status = capture::LoadStatus::Ok;
    QObject::connect(&window, &ui::MainWindow::loadFinished, [&](capture::LoadStatus s) {
        finished = true;
        status = s;
    });
    QProgressBar *bar = window.findChild<QProgressBar *>();
    int progressSteps = 0;
    int lastValue = -1;
    QTimer progressWatch;
    QObject::connect(&progressWatch, &QTimer::timeout, [&] {
        if (bar && bar->isVisible() && bar->value() != lastValue) {
            lastValue = bar->value();
            ++progressSteps;
        }
    });
    progressWatch.start(50);

    QElapsedTimer clock;
    meter.start();
    timingApp()->startTiming();
    clock.start();
    window.openFile(path);
    auto *model = window.connectionModel();
    waitFor([&] { return model->rowCount() > 0 || finished; }, 600'000);
    const double firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
    waitFor([&] { return finished; }, 600'000);
    const double loadMs = double(clock.nsecsElapsed()) / 1e6;
    const double stallMs = meter.longestMs();
    std::printf("gui load: first connection rows after %.0f ms, all %d rows after %.1f s, longest event-loop stall "
                "%.1f ms, progress bar updated %d times\n",
                firstRowsMs, model->rowCount(), loadMs / 1000, stallMs, progressSteps);

    // Cancel: reload, press the status bar's Cancel button once loading is under way.
    finished = false;
    window.openFile(path);
    waitFor([&] { return finished; }, 1000);
    QPushButton *cancel = nullptr;
    for (QPushButton *b : window.findChildren<QPushButton *>())
        if (b->isVisible() && b->text().contains(QStringLiteral("Cancel")))
            cancel = b;
    double cancelMs = -1;
    if (cancel && !finished) {
        clock.restart();
        cancel->click();
        waitFor([&] { return finished; }, 60'000);
        cancelMs = double(clock.nsecsElapsed()) / 1e6;
    }
    std::printf("gui cancel: %s after %.1f ms (%d rows kept)\n",
                status == capture::LoadStatus::Cancelled || cancelMs >= 0 ? "cancelled" : "not cancelled", cancelMs,
                model->rowCount());
    std::printf("RESULT first_rows_ms=%.0f stall_ms=%.1f cancel_ms=%.1f load_s=%.1f progress_steps=%d\n", firstRowsMs,
                stallMs, cancelMs, loadMs / 1000, progressSteps);
    return 0;
}

// The stream with the most segments, found by indexing the file once before anything is timed.
int biggestStream(const QString &path)
{
    core::CaptureIndex index;
    std::string error;
    if (core::loadFile(path.toStdString(), index, error) == core::LoadResult::Failed)
        return -1;
    const auto &streams = index.tracker().streams();
    const auto biggest = std::max_element(streams.begin(), streams.end(), [](const auto &a, const auto &b) {
        return a.segments.size() < b.segments.size();
    });
    return biggest == streams.end() ? -1 : static_cast<int>(biggest->index);
}

int benchSelected(const QString &path, const QString &filter)
{
    const int stream = biggestStream(path);
    if (stream < 0) {
        std::fprintf(stderr, "guibench: no connection in %s\n", qPrintable(path));
        return 1;
    }
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    StallMeter meter;
    bool finished = false;
    QObject::connect(&window, &ui::MainWindow::loadFinished, [&](capture::LoadStatus) { finished = true; });
    int laddersShown = 0;
    QObject::connect(&window, &ui::MainWindow::ladderShown, [&](quint32) { ++laddersShown; });
    QElapsedTimer clock;
    meter.start();
    timingApp()->startTiming();
    clock.start();
    window.openFile(path);
    // Opening clears the filter (it was written for the last file): set it after.
    window.setStreamToSelect(stream);
    window.filterBar()->setText(filter);
    waitFor([&] { return finished; }, 600'000);
    const double loadMs = double(clock.nsecsElapsed()) / 1e6;
    const double stallMs = meter.longestMs();
    timingApp()->printLongest();
    // What the last batch asked for is shown, then the figures.
    waitFor(
        [&] { return window.viewWorker()->isIdle() && window.ladderView()->ladder().streamIndex == quint32(stream); },
        60'000);
    QCoreApplication::processEvents();
    std::printf("gui selected: stream %d (%zu segments shown), filter \"%s\": load %.1f s, %d ladders shown, longest "
                "event-loop stall %.1f ms\n",
                stream, window.ladderView()->ladder().rows.size(), qPrintable(filter), loadMs / 1000, laddersShown,
                stallMs);
    std::printf("RESULT selected_stall_ms=%.1f selected_segments=%zu load_s=%.1f\n", stallMs,
                window.ladderView()->ladder().rows.size(), loadMs / 1000);
    return 0;
}

// Opens `path` in `window` with its biggest connection selected and waits until it is loaded and shown.
int openWithBiggestSelected(ui::MainWindow &window, const QString &path)
{
    const int stream = biggestStream(path);
    if (stream < 0) {
        std::fprintf(stderr, "guibench: no connection in %s\n", qPrintable(path));
        return -1;
    }
    bool finished = false;
    const auto connection =
        QObject::connect(&window, &ui::MainWindow::loadFinished, [&](capture::LoadStatus) { finished = true; });
    window.openFile(path);
    window.setStreamToSelect(stream);
    waitFor([&] { return finished; }, 600'000);
    QObject::disconnect(connection);
    waitFor(
        [&] { return window.viewWorker()->isIdle() && window.ladderView()->ladder().streamIndex == quint32(stream); },
        60'000);
    // Then its analysis (the second read for tshark's fields, which adds the loss marks), and the
    // layout and graph made of it off the GUI thread: what is timed after is the stepping alone.
    waitFor([&] { return window.ladderView()->ladder().tcp.size() == window.ladderView()->ladder().rows.size(); },
            600'000);
    // Its layout lands when it is made: until then a step reveals the runs of the layout before.
    waitFor(
        [&] {
            const ui::LadderView *view = window.ladderView();
            return !view->isLayingOut() && view->laidOutLadder() == view->sharedLadder();
        },
        600'000);
    waitFor([] { return false; }, 3000);
    return stream;
}

// Calls `act` every 20 ms (from the event loop, as a key press would come) until it returns false;
// the longest event-loop stall meanwhile.
double stallWhile(const std::function<bool()> &act, int *steps)
{
    StallMeter meter;
    bool more = true;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        more = act();
        if (more)
            ++*steps;
    });
    meter.start();
    timingApp()->startTiming();
    driver.start(20);
    waitFor([&] { return !more; }, 600'000);
    driver.stop();
    waitFor([] { return false; }, 500); // what the last step queued (a frame read, a layout)
    timingApp()->printLongest();
    return meter.longestMs();
}

void pressKey(QWidget *target, int key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
}

int benchStep(const QString &path)
{
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    const int stream = openWithBiggestSelected(window, path);
    if (stream < 0)
        return 1;
    ui::LadderView *view = window.ladderView();
    view->setFocus();
    view->setStepping(true);
    QCoreApplication::processEvents();
    int steps = 0;
    int round = 0;
    bool forward = true;
    // Three times to the end and back, pressing the keys the class reacts to. A key reveals one run
    // (often one segment), so the middle of a big ladder is jumped over: 1,000 keys at each end.
    const int rows = static_cast<int>(view->ladder().rows.size());
    const int keysAtEachEnd = 1000;
    const double stallMs = stallWhile(
        [&] {
            const int revealed = view->stepThrough().revealed();
            if (forward && view->stepThrough().atEnd())
                forward = false;
            else if (!forward && view->stepThrough().atStart()) {
                forward = true;
                ++round;
            }
            if (round == 3)
                return false;
            if (forward && revealed >= keysAtEachEnd && revealed < rows - keysAtEachEnd)
                view->stepTo(rows - keysAtEachEnd);
            else if (!forward && revealed <= rows - keysAtEachEnd && revealed > keysAtEachEnd)
                view->stepTo(keysAtEachEnd - 1);
            else
                pressKey(view, forward ? Qt::Key_Right : Qt::Key_Left);
            return true;
        },
        &steps);
    std::printf("gui step: stream %d (%zu segments), %d steps to the end and back 3 times, longest event-loop stall "
                "%.1f ms\n",
                stream, view->ladder().rows.size(), steps, stallMs);
    std::printf("RESULT step_stall_ms=%.1f step_segments=%zu steps=%d\n", stallMs, view->ladder().rows.size(), steps);
    return 0;
}

int benchDetails(const QString &path)
{
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    const int stream = openWithBiggestSelected(window, path);
    if (stream < 0)
        return 1;
    ui::LadderView *view = window.ladderView();
    const int rows = static_cast<int>(view->ladder().rows.size());
    const int stride = std::max(1, rows / 1000);
    int next = 0;
    int steps = 0;
    // Row by row for the first 1,000 rows, then in strides to the end: each one a frame further down the file.
    const double stallMs = stallWhile(
        [&] {
            if (next >= rows)
                return false;
            view->setCurrentRow(next);
            next += next < 1000 ? 1 : stride;
            return true;
        },
        &steps);
    std::printf("gui details: stream %d (%d segments), selection moved %d times down the ladder, longest event-loop "
                "stall %.1f ms\n",
                stream, rows, steps, stallMs);
    std::printf("RESULT details_stall_ms=%.1f details_segments=%d moves=%d\n", stallMs, rows, steps);
    return 0;
}

int benchLadder(const QString &path)
{
    core::CaptureIndex index;
    std::string error;
    if (core::loadFile(path.toStdString(), index, error) == core::LoadResult::Failed) {
        std::fprintf(stderr, "guibench: %s\n", error.c_str());
        return 1;
    }
    const auto &streams = index.tracker().streams();
    const auto biggest = std::max_element(streams.begin(), streams.end(), [](const auto &a, const auto &b) {
        return a.segments.size() < b.segments.size();
    });
    if (biggest == streams.end())
        return 1;
    QElapsedTimer clock;
    clock.start();
    core::ConnectionLadder ladder = core::buildConnectionLadder(*biggest, index.tracker().segments());
    const double buildMs = double(clock.nsecsElapsed()) / 1e6;

    ui::LadderView view;
    view.resize(1000, 800);
    view.show();
    QCoreApplication::processEvents();
    clock.restart();
    view.setLadder(std::move(ladder));
    view.viewport()->repaint();
    const double setMs = double(clock.nsecsElapsed()) / 1e6;

    QScrollBar *bar = view.verticalScrollBar();
    std::vector<double> frames;
    const int step = std::max(1, bar->pageStep() / 4);
    // Scroll through the first screens, then jump around the whole ladder like a dragged scroll bar.
    for (int i = 0; i < 300; ++i) {
        const int value = i < 200 ? bar->minimum() + i * step
                                  : bar->minimum() + int((bar->maximum() - bar->minimum()) * double(i - 200) / 100.0);
        clock.restart();
        bar->setValue(value);
        view.viewport()->repaint();
        frames.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    std::printf("gui ladder: %zu segments, build %.0f ms, setLadder+first paint %.0f ms, scroll frame median %.2f ms, "
                "max %.2f ms\n",
                biggest->segments.size(), buildMs, setMs, frames[frames.size() / 2], frames.back());
    std::printf("RESULT ladder_segments=%zu build_ms=%.0f set_ms=%.0f frame_median_ms=%.2f frame_max_ms=%.2f\n",
                biggest->segments.size(), buildMs, setMs, frames[frames.size() / 2], frames.back());
    return 0;
}

int benchLive(const QString &interfaceName, int seconds, const QStringList &blaster)
{
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    StallMeter meter;
    core::LiveOptions options;
    options.interfaceName = interfaceName.toStdString();
    options.filter = "udp port 9 or tcp port 9";
    options.snapLength = 128;
    ui::LiveCaptureController *live = window.liveCapture();
    if (!live->start(options)) {
        std::fprintf(stderr, "guibench: cannot capture on %s: %s\n", qPrintable(interfaceName),
                     qPrintable(window.messageText()));
        return 1;
    }
    waitFor([] { return false; }, 500);
    meter.start();
    QProcess sender;
    sender.setProcessChannelMode(QProcess::ForwardedChannels);
    sender.start(blaster.first(), blaster.mid(1));
    waitFor([&] { return sender.state() == QProcess::NotRunning; }, (seconds + 30) * 1000);
    waitFor([] { return false; }, 1500);
    const auto *statusBar = window.findChild<ui::CaptureStatusBar *>();
    const QString text = statusBar ? statusBar->captureText() : QString();
    bool done = false;
    QObject::connect(&window, &ui::MainWindow::loadFinished, [&](capture::LoadStatus) { done = true; });
    live->stop();
    waitFor([&] { return done; }, 30'000);
    live->discard();
    // "Capturing on lo: 3,000,000 packets, 0 dropped, ..." in the C locale set in main().
    const auto match = QRegularExpression(QStringLiteral("([0-9,]+) packets, ([0-9,]+) dropped")).match(text);
    const QString captured = match.captured(1).remove(QLatin1Char(','));
    const QString dropped = match.captured(2).remove(QLatin1Char(','));
    std::printf("gui live: %s\n", qPrintable(text));
    std::printf("RESULT live_captured=%s live_dropped=%s live_stall_ms=%.1f connections=%d\n", qPrintable(captured),
                qPrintable(dropped), meter.longestMs(), window.connectionModel()->rowCount());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    TimingApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("load"))
        return benchLoad(args[2]);
    if (args.size() >= 4 && args[1] == QLatin1String("selected"))
        return benchSelected(args[2], args[3]);
    if (args.size() >= 3 && args[1] == QLatin1String("ladder"))
        return benchLadder(args[2]);
    if (args.size() >= 3 && args[1] == QLatin1String("step"))
        return benchStep(args[2]);
    if (args.size() >= 3 && args[1] == QLatin1String("details"))
        return benchDetails(args[2]);
    if (args.size() >= 5 && args[1] == QLatin1String("live"))
        return benchLive(args[2], args[3].toInt(), args.mid(4));
    std::fprintf(stderr,
                 "usage: guibench load FILE | selected FILE FILTER | step FILE | details FILE | ladder FILE | live "
                 "IFACE SECONDS BLASTER [ARGS]\n");
    return 2;
}
