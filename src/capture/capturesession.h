// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsummary.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace tcpladder::core {
struct LiveOptions;
}

namespace tcpladder::capture {

class CaptureWorker;
class SpoolFile;

// The loader thread with its CaptureWorker, and the life of a live capture's spool file: created
// at start, closed by the worker when it stops, kept until it is saved or discarded. Stopping is
// asynchronous: stop() asks, stopped() says the worker has closed the spool. Nothing here deletes
// a spool the worker may still be writing: a discard() while capturing waits for stopped().
//
// The same worker loads files (worker()->openFile); opening one while capturing ends the capture
// too, and stopped() still follows once the live job has let go of the spool.
class CaptureSession : public QObject
{
    Q_OBJECT
public:
    explicit CaptureSession(QObject *parent = nullptr);
    // Stops the worker and waits for its thread; an unsaved spool stays on disk (offered at the next start).
    ~CaptureSession() override;

    CaptureWorker *worker() const { return m_worker; }

    // Starts capturing into a new spool; false with the reason when no spool can be created.
    bool start(const core::LiveOptions &options, QString &error);
    // Asks the worker to end the capture after the packets already received; stopped() follows.
    void stop();
    // From start() until stopped(), stopping included.
    bool isCapturing() const { return m_liveJob != 0; }
    bool isStopping() const { return m_stopRequested; }
    quint64 liveJob() const { return m_liveJob; }
    // The interface of the capture shown; empty for a spool recovered from a crashed session.
    QString interfaceName() const { return m_interfaceName; }

    // A spool with packets that nobody saved yet (also while capturing).
    bool hasUnsavedCapture() const;
    QString spoolPath() const;
    // Takes over a spool a crashed session left behind (see findOrphanedSpools).
    bool adopt(const QString &path, QString &error);
    // Copies (pcapng) or converts (path ending in .pcap) the stopped capture to `path`, then removes
    // the spool; false with the reason when there is no stopped capture or writing fails.
    bool saveTo(const QString &path, QString &error);
    // pcap, not pcapng: its frame offsets differ from the spool's, so the saved file must be reloaded.
    static bool savesAsPcap(const QString &path);
    // Throws the capture away: at once when stopped, else the capture is stopped and the spool is
    // deleted once the worker has closed it.
    void discard();

signals:
    // The live job has ended and its spool is closed. A capture that got no packet leaves no spool.
    void stopped(const tcpladder::capture::LoadOutcome &outcome);

private:
    void onFinished(quint64 job, const LoadOutcome &outcome);

    QThread m_thread;
    CaptureWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    std::unique_ptr<SpoolFile> m_spool;
    QString m_interfaceName;
    quint64 m_liveJob = 0;
    bool m_stopRequested = false;
    bool m_discardWhenStopped = false;
};

} // namespace tcpladder::capture
