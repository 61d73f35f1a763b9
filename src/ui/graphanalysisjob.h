// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamreplay.h"
#include "tcpanalysis.h"

#include <QObject>
#include <QString>

#include <vector>

namespace tcpladder::ui {

// Runs core::analyzeLadderTcp (a second read of the capture, up to the connection's last frame)
// on a thread of its own: the GUI thread must not do work that grows with the capture. Only the
// latest request's result is delivered; older ones are dropped when they finish.
class GraphAnalysisJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts reading `path` for `ladder`'s rows; supersedes any request still running.
    void start(const QString &path, const core::ConnectionLadder &ladder);
    // Forgets the pending request (another connection, or none).
    void cancel() { ++m_request; }
    bool isRunning() const { return m_running > 0; }

signals:
    // One entry per row of the ladder the request was made for; `error` empty when the file read.
    void finished(const std::vector<tcpladder::core::TcpRowAnalysis> &analysis, const QString &error);

private:
    quint64 m_request = 0;
    int m_running = 0;
};

} // namespace tcpladder::ui
