// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewworker.h"

#include "backgroundpriority.h"

#include "captureworker.h"
#include "corepath.h"
#include "packetsource.h"
#include "freeoffguithread.h"

#include <algorithm>
#include <utility>

namespace tcpladder::capture {

struct ViewWorker::Matches
{
    // Asked for by the GUI, not yet taken (guarded by m_pendingMutex).
    std::shared_ptr<const core::DisplayFilter> pendingFilter;
    QList<quint32> pendingChanged;
    bool pendingAll = true;
    // The last evaluation (m_thread only): which filter, on which capture job, matched what.
    std::shared_ptr<const core::DisplayFilter> filter;
    quint64 captureJob = 0;
    QSet<quint32> matching;
};

struct ViewWorker::Frames
{
    QString path;
    quint64 captureJob = 0;
    core::FileSource source;
    bool open = false;
};

template<typename Work>
void ViewWorker::post(Work work)
{
    ++m_running;
    ++m_posted;
    // `this` outlives the work: the destructor joins m_thread before any member goes.
    QMetaObject::invokeMethod(m_context, [this, work = std::move(work)] {
        work();
        --m_running; // after the result was emitted
    });
}

ViewWorker::ViewWorker(const CaptureWorker *source, QObject *parent)
    : QObject(parent),
      m_source(source),
      m_matches(std::make_unique<Matches>()),
      m_frames(std::make_unique<Frames>())
{
    qRegisterMetaType<FrameRead>();
    qRegisterMetaType<core::SharedLadder>();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("view worker"));
    connect(&m_thread, &QThread::started, runBelowGuiPriority); // no context: runs on m_thread
    m_thread.start();
}

ViewWorker::~ViewWorker()
{
    // Queued requests still run to the end; none is long enough to matter at exit.
    ++m_ladderRequest;
    ++m_matchesRequest;
    ++m_frameRequest;
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

quint64 ViewWorker::requestLadder(quint32 stream)
{
    const quint64 request = ++m_ladderRequest;
    m_ladderStream.store(stream);
    postLadder(request, stream);
    return request;
}

void ViewWorker::refreshLadder()
{
    if (m_refreshQueued.exchange(true))
        return;
    postLadder(m_ladderRequest.load(), m_ladderStream.load());
}

void ViewWorker::postLadder(quint64 request, quint32 stream)
{
    post([this, request, stream] {
        if (!isCurrentLadder(request))
            return; // another connection was selected meanwhile
        // Cleared before reading: growth after this point is not in this ladder and queues another.
        m_refreshQueued.store(false);
        auto built = m_source->ladderFor(stream);
        core::SharedLadder ladder;
        if (built)
            ladder = shareLadder(std::move(*built));
        if (isCurrentLadder(request))
            emit ladderReady(request, stream, std::move(ladder));
    });
}

quint64 ViewWorker::requestMatches(std::shared_ptr<const core::DisplayFilter> filter, const QList<quint32> &changed,
                                   bool all)
{
    quint64 request = 0;
    {
        const std::lock_guard lock(m_pendingMutex);
        Matches &m = *m_matches;
        if (all || filter != m.pendingFilter) {
            m.pendingAll = true;
            m.pendingChanged.clear();
        } else if (!m.pendingAll) {
            m.pendingChanged += changed;
        }
        m.pendingFilter = std::move(filter);
        request = ++m_matchesRequest;
    }
    post([this, request] { runMatches(request); });
    return request;
}

void ViewWorker::runMatches(quint64 request)
{
    if (!isCurrentMatches(request))
        return; // the newest request takes what this one would have (see requestMatches)
    Matches &m = *m_matches;
    std::shared_ptr<const core::DisplayFilter> filter;
    QList<quint32> changed;
    bool all = false;
    {
        const std::lock_guard lock(m_pendingMutex);
        filter = m.pendingFilter;
        changed.swap(m.pendingChanged);
        all = m.pendingAll;
        m.pendingAll = false;
    }
    if (!filter)
        return;
    const quint64 job = m_source->currentJob();
    quint64 evaluated = 0;
    if (all || filter != m.filter || job != m.captureJob) {
        m.matching = m_source->streamsMatching(*filter, nullptr, &evaluated);
    } else {
        // Only the streams that changed can have changed their answer.
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        for (const quint32 stream : std::as_const(changed))
            m.matching.remove(stream);
        m.matching += m_source->streamsMatching(*filter, &changed, &evaluated);
    }
    m.filter = filter;
    m.captureJob = job;
    m_streamsEvaluated += evaluated;
    if (isCurrentMatches(request))
        emit matchesReady(request, m.matching);
}

quint64 ViewWorker::requestFrame(const QString &path, std::uint64_t fileOffset, std::uint32_t frameNumber)
{
    const quint64 request = ++m_frameRequest;
    post([this, request, path, fileOffset, frameNumber] {
        if (!isCurrentFrame(request))
            return; // the selection moved on before this frame was read
        Frames &f = *m_frames;
        FrameRead read;
        std::string error;
        // Another file, or the same name loaded again (a new capture into the spool): open afresh.
        const quint64 job = m_source->currentJob();
        if (!f.open || f.path != path || f.captureJob != job) {
            f.path = path;
            f.captureJob = job;
            f.open = f.source.open(toCorePath(path), error);
        }
        if (!f.open || !f.source.readFrame(fileOffset, frameNumber, read.bytes, read.linkType, error)) {
            read.error = QString::fromStdString(error);
            read.bytes.clear();
        }
        if (isCurrentFrame(request))
            emit frameReady(request, read);
    });
    return request;
}

} // namespace tcpladder::capture
