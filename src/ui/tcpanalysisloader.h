// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamreplay.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace tcpladder::ui {

// Reads tshark's tcp.analysis of the connection on screen (core::analyzeLadderTcp) on a thread of
// its own: it reads the capture file up to the connection's last frame, which scales with the
// capture, so never on the GUI thread. One read at a time; asking again while one runs replaces
// what is asked for, and only the newest answer is delivered.
class TcpAnalysisLoader : public QObject
{
    Q_OBJECT

public:
    explicit TcpAnalysisLoader(QObject *parent = nullptr);

    void start(const QString &path, const core::ConnectionLadder &ladder);
    void cancel(); // the answer of a read under way is dropped
    bool isRunning() const { return m_running; }

signals:
    // One entry per row of the ladder given to start(); `rows` says how many it had.
    void analysed(quint32 stream, qsizetype rows, const std::vector<core::TcpRowAnalysis> &tcp);

private:
    struct Request
    {
        QString path;
        core::ConnectionLadder ladder; // rows only: the read needs frame numbers and directions
    };
    void run(Request request);

    std::optional<Request> m_pending;
    bool m_running = false;
    quint64 m_generation = 0; // bumped by start() and cancel(): an older answer is stale
};

} // namespace tcpladder::ui
