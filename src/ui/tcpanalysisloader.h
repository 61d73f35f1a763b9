// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamreplay.h"

#include <QObject>
#include <QString>

#include <optional>

namespace tcpladder::ui {

// Reads tshark's tcp.analysis of the connection on screen (core::analyzeLadderTcp) on a thread of
// its own: it reads the capture file up to the connection's last frame, which scales with the
// capture, so never on the GUI thread. The answer is the same ladder with `tcp` filled (copied on
// that thread), so the view, the graph and exports keep sharing one immutable ladder. One read at
// a time; asking again while one runs replaces what is asked for, and only the newest answer is
// delivered.
class TcpAnalysisLoader : public QObject
{
    Q_OBJECT

public:
    explicit TcpAnalysisLoader(QObject *parent = nullptr);

    void start(const QString &path, core::SharedLadder ladder);
    void cancel(); // the answer of a read under way is dropped
    bool isRunning() const { return m_running; }

signals:
    // `ladder` is the one given to start(), with one analysis per row (rows whose frame could not
    // be read again are left unanalysed: no loss marks, never a wrong one).
    void analysed(const tcpladder::core::SharedLadder &ladder);

private:
    struct Request
    {
        QString path;
        core::SharedLadder ladder;
    };
    void run(Request request);

    std::optional<Request> m_pending;
    bool m_running = false;
    quint64 m_generation = 0; // bumped by start() and cancel(): an older answer is stale
};

} // namespace tcpladder::ui
