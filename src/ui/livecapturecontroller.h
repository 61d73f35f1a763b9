// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturestatusbar.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace tcpladder::capture {
class CaptureSession;
struct LiveStats;
struct LoadOutcome;
} // namespace tcpladder::capture
namespace tcpladder::core {
struct LiveOptions;
} // namespace tcpladder::core

namespace tcpladder::ui {

class MessageBar;

// Live capture as the window shows it: File › Capture… and Stop, the status texts while capturing and
// after, saving the spool (File › Save Capture As…), asking before an unsaved capture is closed, and
// offering the spool a crashed session left behind. The CaptureSession owns the worker and the spool;
// this class tells the user about them. The window keeps what it shows (list, ladder, open file) and
// hears from here through the signals: it shows the spool from started() on, and what stopped() left.
class LiveCaptureController : public QObject
{
    Q_OBJECT
public:
    using TextMaker = CaptureStatusBar::TextMaker;
    // Asks about something else unsaved before the capture's place is given up (the teacher's notes):
    // the contract of confirmClose().
    using CloseGuard = std::function<bool(std::function<void()> retry)>;

    // `window` is the parent of the dialogs; the status bar and the message bar are the window's.
    LiveCaptureController(capture::CaptureSession *session, CaptureStatusBar *statusBar, MessageBar *messages,
                          QWidget *window);

    // Capture… opens the capture dialog, Stop stops; each enabled when it can be done.
    // File › Capture… and Stop Capture, given their icons here.
    void setActions(QAction *capture, QAction *stop);
    void setCloseGuard(CloseGuard guard) { m_closeGuard = std::move(guard); }

    void showCaptureDialog();
    // False (with the reason in the message bar) when the capture could not start or must wait for
    // the one running to stop.
    bool start(const core::LiveOptions &options);
    // Asynchronous: stopped() says the worker has closed the spool.
    void stop();
    bool isCapturing() const;
    bool hasUnsavedCapture() const;
    QString spoolPath() const;
    // Saves as pcap when `path` ends in .pcap, else pcapng, then removes the spool; saved() follows.
    bool saveTo(const QString &path, QString *error = nullptr);
    // Save Capture As… for the unsaved capture: a file dialog, then saveTo().
    void saveDialog();
    void discard();
    // Asks Save / Discard / Cancel for an unsaved capture; true to go on. While capturing, it stops the
    // capture and returns false: `retry` runs once the capture has stopped (the spool is closed), to ask
    // then. Without a capture to ask about, the close guard answers.
    bool confirmClose(std::function<void()> retry);
    // A spool of a crashed session, offered in the message bar ("Open it · Discard it").
    void offerOrphanedSpools();

signals:
    // The capture runs into `spool`: the window shows it, empty at first, as it grows.
    void started(const QString &spool);
    // New statistics of the running capture: the connections may have grown.
    void packetsArrived();
    // The spool is closed; hasUnsavedCapture() says whether it was kept (false: no packets, or discarded).
    void stopped(const tcpladder::capture::LoadOutcome &outcome);
    // Everything stopped() started is done (the window reacted); `ok`: the capture did not fail.
    void finished(bool ok);
    // The window's title, made again after a language switch; no maker: the plain title.
    void titleChanged(const tcpladder::ui::LiveCaptureController::TextMaker &make);
    // The capture is now the file `path`: a pcapng copy (the offsets the window holds are still valid),
    // or, with `reload`, a pcap conversion the window must load afresh.
    void saved(const QString &path, bool reload);
    // A recovered spool to load; it is this session's unsaved capture from then on.
    void openRequested(const QString &spool);

private:
    void onLiveStats(quint64 job, const capture::LiveStats &stats);
    void onStopped(const capture::LoadOutcome &outcome);
    void onMessageLink(const QString &link);
    void updateActions();

    capture::CaptureSession *m_session;
    CaptureStatusBar *m_statusBar;
    MessageBar *m_messages;
    QWidget *m_window;
    QAction *m_captureAction = nullptr;
    QAction *m_stopAction = nullptr;
    CloseGuard m_closeGuard;
    std::function<void()> m_afterStop; // what confirmClose() was asked to go on with
    QStringList m_orphanedSpools;      // offered in the message bar, newest first
};

} // namespace tcpladder::ui
