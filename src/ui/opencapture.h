// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsummary.h"

#include <QObject>
#include <QString>

#include <functional>

class QMimeData;
class QWidget;

namespace tcpladder::capture {
class CaptureSession;
struct LoadOutcome;
} // namespace tcpladder::capture
namespace tcpladder::model {
class ConnectionModel;
} // namespace tcpladder::model

namespace tcpladder::ui {

class CaptureStatusBar;
class MessageBar;
class RecentFiles;

// The capture the window shows, as a document: which file it is (a sample, a live capture's spool),
// whether it is still loading, and how a file gets there — the checks and libpcap's probe first (a file
// that cannot be read never costs the capture on screen), the close guard (unsaved capture or notes),
// then the load in the session's worker: the connection list fed batch by batch, the status bar's
// file, progress and counts, the message bar's word on failures, cancels, warnings and files without
// TCP, and the recent-files list. The window keeps the views and hears from here through the signals.
class OpenCapture : public QObject
{
    Q_OBJECT
public:
    using TextMaker = std::function<QString()>;
    // Asked before the capture on screen is replaced: LiveCaptureController::confirmClose()'s contract
    // (false: not now; `retry` may run later, once the user has answered).
    using CloseGuard = std::function<bool(std::function<void()> retry)>;
    // Selects a connection in the window's list; false when it is not there or filtered out.
    using StreamSelector = std::function<bool(quint32 stream)>;

    // `window` is the parent of the file dialog; the status bar and the message bar are the window's.
    OpenCapture(capture::CaptureSession *session, model::ConnectionModel *model, RecentFiles *recent,
                CaptureStatusBar *statusBar, MessageBar *messages, QWidget *window);

    void setCloseGuard(CloseGuard guard) { m_closeGuard = std::move(guard); }
    void setStreamSelector(StreamSelector select) { m_selectStream = std::move(select); }

    // The open capture's absolute path; empty when nothing is open.
    QString path() const { return m_path; }
    // A bundled sample's temporary copy (not worth a place in the recent list or a folder to save in).
    bool isSample() const { return m_isSample; }
    bool isLoading() const { return m_loading; }
    // Which connection to select once it has loaded; -1: none in particular.
    void setStreamToSelect(int stream) { m_streamToSelect = stream; }

    // Starts loading `path` in the background. False when it did not start: failed() says why (the
    // capture on screen stays), or the close guard is asking first.
    bool open(const QString &path);
    // A bundled sample by file name ("reset.pcapng"); false (and failed()) when there is no such sample.
    bool openSample(const QString &name);
    // File › Open…: a file dialog in the open capture's folder (home for none or a sample).
    void openDialog();
    // Loads `path` afresh (a saved file whose offsets differ) with `stream` selected again (-1: none).
    void reopen(const QString &path, int stream);
    void cancel();

    // The live capture's side (LiveCaptureController's signals, wired by the window): its spool is the
    // capture from started() on; stopped() leaves it open when it was kept; a byte-for-byte save
    // makes the saved file the open one without reading it again.
    void showLiveSpool(const QString &spool);
    void liveStopped(bool kept);
    void adoptSavedCopy(const QString &path);

    // The first local file of a drag and drop; empty for none.
    static QString localFileFrom(const QMimeData *mime);

signals:
    // The capture on screen is being replaced: the window empties what shows it.
    void replacing();
    // path() or isLoading() changed.
    void changed();
    // The window's title for what is open, made again after a language switch; no maker: the plain title.
    void titleChanged(const tcpladder::ui::OpenCapture::TextMaker &make);
    // The connection list has taken a batch of the current load (`first`: the list was empty).
    void batchApplied(const tcpladder::capture::ConnectionBatch &batch, bool first);
    // A load ended (Ok, Cancelled, or Failed while reading, which closes it); the message bar has said
    // what the user should know.
    void loaded(tcpladder::capture::LoadStatus status);
    // `path` could not be opened at all (missing, unreadable, not a capture, no such sample); the
    // capture on screen stays. `message` is also in the message bar.
    void failed(const QString &message);

private:
    void onStarted(quint64 job);
    void onBatch(quint64 job, const capture::ConnectionBatch &batch);
    void onProgress(quint64 job, qint64 done, qint64 total);
    void onFinished(quint64 job, const capture::LoadOutcome &outcome);
    void refuse(const TextMaker &make);
    void showFileName();

    capture::CaptureSession *m_session;
    model::ConnectionModel *m_model;
    RecentFiles *m_recent;
    CaptureStatusBar *m_statusBar;
    MessageBar *m_messages;
    QWidget *m_window;
    CloseGuard m_closeGuard;
    StreamSelector m_selectStream;

    QString m_path;
    bool m_isSample = false;
    bool m_loading = false;
    int m_streamToSelect = -1;
};

} // namespace tcpladder::ui
