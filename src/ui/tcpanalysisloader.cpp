// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpanalysisloader.h"

#include "corepath.h"

#include <QThread>

#include <memory>

namespace tcpladder::ui {

TcpAnalysisLoader::TcpAnalysisLoader(QObject *parent)
    : QObject(parent)
{
}

void TcpAnalysisLoader::start(const QString &path, const core::ConnectionLadder &ladder)
{
    ++m_generation;
    Request request{path, {}};
    request.ladder.streamIndex = ladder.streamIndex;
    request.ladder.rows = ladder.rows;
    if (m_running) {
        m_pending = std::move(request); // a live ladder grows faster than a large file is read
        return;
    }
    run(std::move(request));
}

void TcpAnalysisLoader::cancel()
{
    ++m_generation;
    m_pending.reset();
}

void TcpAnalysisLoader::run(Request request)
{
    m_running = true;
    struct Answer
    {
        Request request;
        std::vector<core::TcpRowAnalysis> tcp;
    };
    auto answer = std::make_shared<Answer>();
    answer->request = std::move(request);
    const quint64 generation = m_generation;
    QThread *thread = QThread::create([answer] {
        std::string error; // an unreadable file leaves the rows unanalysed: the ladder simply shows no loss marks
        answer->tcp = core::analyzeLadderTcp(capture::toCorePath(answer->request.path), answer->request.ladder, error);
    });
    // Queued to this object: if it is gone by then, Qt drops the call.
    connect(thread, &QThread::finished, this, [this, answer, generation] {
        m_running = false;
        if (generation == m_generation)
            emit analysed(answer->request.ladder.streamIndex, static_cast<qsizetype>(answer->request.ladder.rows.size()),
                          answer->tcp);
        if (m_pending) {
            Request next = std::move(*m_pending);
            m_pending.reset();
            run(std::move(next));
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace tcpladder::ui
