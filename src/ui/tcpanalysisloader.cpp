// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpanalysisloader.h"

#include "backgroundpriority.h"
#include "corepath.h"
#include "freeoffguithread.h"
#include "tcpanalysis.h"

#include <QThread>

#include <memory>

namespace tcpladder::ui {

TcpAnalysisLoader::TcpAnalysisLoader(QObject *parent)
    : QObject(parent)
{
}

void TcpAnalysisLoader::start(const QString &path, core::SharedLadder ladder)
{
    ++m_generation;
    Request request{path, std::move(ladder)};
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
    auto answer = std::make_shared<core::SharedLadder>();
    const quint64 generation = m_generation;
    QThread *thread = QThread::create([answer, request = std::move(request)] {
        capture::runBelowGuiPriority();
        core::ConnectionLadder analysed = *request.ladder;
        std::string error; // an unreadable file leaves the rows unanalysed: the ladder simply shows no loss marks
        analysed.tcp = core::analyzeLadderTcp(capture::toCorePath(request.path), *request.ladder, error);
        *answer = capture::shareLadder(std::move(analysed));
    });
    // Queued to this object: if it is gone by then, Qt drops the call.
    connect(thread, &QThread::finished, this, [this, answer, generation] {
        m_running = false;
        if (generation == m_generation)
            emit analysed(*answer);
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
