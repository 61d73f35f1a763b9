// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphanalysisjob.h"

#include "corepath.h"

#include <QThread>

#include <memory>

namespace tcpladder::ui {

void GraphAnalysisJob::start(const QString &path, const core::ConnectionLadder &ladder)
{
    struct Result
    {
        std::vector<core::TcpRowAnalysis> analysis;
        std::string error;
    };
    const quint64 request = ++m_request;
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([result, file = capture::toCorePath(path), ladder] {
        result->analysis = core::analyzeLadderTcp(file, ladder, result->error);
    });
    ++m_running;
    // Without a parent: if this job is destroyed first, the thread still ends and deletes itself,
    // and the connection to this object is gone with it.
    connect(thread, &QThread::finished, this, [this, result, request] {
        --m_running;
        if (request == m_request)
            emit finished(result->analysis, QString::fromStdString(result->error));
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace tcpladder::ui
