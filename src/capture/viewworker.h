// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamreplay.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace tcpladder::core {
class DisplayFilter;
}

namespace tcpladder::capture {

class CaptureWorker;

// One frame read again from the capture file for the details pane.
struct FrameRead
{
    std::vector<std::uint8_t> bytes;
    int linkType = 0;
    QString error; // empty when the frame was read
};

// What the window shows of the capture the CaptureWorker holds — the selected connection's ladder,
// the streams the display filter matches, the selected segment's frame — made on a thread of its
// own, so the GUI thread never replays a stream, scans the streams or reads the file.
//
// Each request returns an id and supersedes the requests of its kind before it: a superseded
// request still queued is skipped, and receivers drop a result whose id is not current (as with
// CaptureWorker's job ids), so selecting A and then B quickly ends with B. Requests are made, and
// results received, on the thread that owns this object.
class ViewWorker : public QObject
{
    Q_OBJECT
public:
    explicit ViewWorker(const CaptureWorker *source, QObject *parent = nullptr);
    ~ViewWorker() override;

    // The ladder of `stream` in the capture loaded now (ladderReady; a null ladder when there is no such stream).
    quint64 requestLadder(quint32 stream);
    // The requested stream grew: its ladder is made again, under the same request id. While one is
    // queued, more refreshes add nothing, so a ladder slower to make than batches come still shows.
    void refreshLadder();
    // Drops any ladder still being made, as when the capture is closed.
    void cancelLadder() { ++m_ladderRequest; }
    bool isCurrentLadder(quint64 request) const { return request == m_ladderRequest.load(); }

    // The streams `filter` matches (matchesReady). A filter seen before only looks again at the
    // streams `changed` names (those of the batches since the last request); a new filter, another
    // capture or `all` looks at every stream. Requests made before a result came are merged.
    quint64 requestMatches(std::shared_ptr<const core::DisplayFilter> filter, const QList<quint32> &changed,
                           bool all = false);
    bool isCurrentMatches(quint64 request) const { return request == m_matchesRequest.load(); }
    // How many times a stream was evaluated against a filter, over this object's life (for tests).
    quint64 streamsEvaluated() const { return m_streamsEvaluated.load(); }

    // Frame `frameNumber` at `fileOffset` of the capture at `path` (frameReady). The file stays open
    // for the next request, so a .gz is not decompressed from its start for every click down the ladder.
    quint64 requestFrame(const QString &path, std::uint64_t fileOffset, std::uint32_t frameNumber);
    bool isCurrentFrame(quint64 request) const { return request == m_frameRequest.load(); }

    // No request queued or running (its result may still wait in the event queue), and how many
    // were ever made: for tests, which wait until the results of all requests were delivered.
    bool isIdle() const { return m_running.load() == 0; }
    quint64 requestsMade() const { return m_posted.load(); }

signals:
    void ladderReady(quint64 request, quint32 stream, tcpladder::core::SharedLadder ladder);
    void matchesReady(quint64 request, const QSet<quint32> &matching);
    void frameReady(quint64 request, const tcpladder::capture::FrameRead &frame);

private:
    struct Matches;
    struct Frames;
    void runMatches(quint64 request);
    void postLadder(quint64 request, quint32 stream);
    template<typename Work>
    void post(Work work);

    const CaptureWorker *m_source;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: what requests are queued to
    std::atomic<quint64> m_ladderRequest{0};
    std::atomic<quint32> m_ladderStream{0};
    std::atomic<bool> m_refreshQueued{false};
    std::atomic<quint64> m_matchesRequest{0};
    std::atomic<quint64> m_frameRequest{0};
    std::atomic<quint64> m_streamsEvaluated{0};
    std::atomic<int> m_running{0};
    std::atomic<quint64> m_posted{0};
    std::mutex m_pendingMutex; // guards what the GUI has asked for and m_thread has not yet taken
    std::unique_ptr<Matches> m_matches;
    std::unique_ptr<Frames> m_frames; // used on m_thread only
};

} // namespace tcpladder::capture

Q_DECLARE_METATYPE(tcpladder::capture::FrameRead)
Q_DECLARE_METATYPE(tcpladder::core::SharedLadder)
