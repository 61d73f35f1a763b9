// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsummary.h"
#include "streamreplay.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tcpladder::capture {
class ViewWorker;
struct FrameRead;
} // namespace tcpladder::capture

namespace tcpladder::ui {

class LadderView;
class PacketDetailsView;
class SequenceGraph;
class TcpAnalysisLoader;

// The selected connection's ladder and the selected segment's frame: asked of the ViewWorker and
// shown when it answers, so the GUI thread never replays a stream or reads the file. One immutable
// ladder is shared by the ladder view, the sequence graph and the packet details (and read by whoever
// asks ladder()); tshark's tcp.analysis is read for it afterwards, off the GUI thread. An answer to a
// request that a newer one has replaced is dropped, so selecting A and then B quickly ends with B.
class ShownLadder : public QObject
{
    Q_OBJECT

public:
    // The capture file frames and the analysis are read from: the opened file, or a live capture's spool.
    using PathSource = std::function<QString()>;

    // `views` reads the loaded capture and outlives this object (the display filter asks it too).
    ShownLadder(capture::ViewWorker *views, PathSource capturePath, LadderView *view, SequenceGraph *graph,
                PacketDetailsView *details, QObject *parent = nullptr);

    const core::SharedLadder &ladder() const { return m_ladder; } // null while none is shown

    // Asks for `stream`'s ladder; the last one stays on screen until it comes, then it starts at its first row.
    void show(quint32 stream);
    // The shown connection grew in `batch` (a file still loading, a live capture): its ladder is made
    // again, and the view keeps its place and selection.
    void refreshIfGrew(const capture::ConnectionBatch &batch);
    // Nothing shown (no connection selected, another capture): answers still on their way are dropped.
    // Says nothing: the caller, which decided it, updates what follows.
    void clear();
    // The selected segment's frame read again, as after a language switch (the pane keeps finished texts).
    void reloadFrame();

signals:
    // A ladder asked for by show() came (or the connection is gone: ladder() is null). For the actions
    // and the placeholder, which depend on whether there is a ladder.
    void ladderChanged();
    // After ladderChanged, when the ladder of `stream` is on screen: a receiver may move on to another row.
    void ladderShown(quint32 stream);

private:
    void onLadderReady(quint64 request, quint32 stream, const core::SharedLadder &ladder);
    void onLadderAnalysed(const core::SharedLadder &ladder);
    void onRowChanged(int row);
    void onFrameReady(quint64 request, const capture::FrameRead &frame);
    void share(); // m_ladder to the view, the graph and the details pane
    void clearViews();

    capture::ViewWorker *m_views;
    PathSource m_capturePath;
    LadderView *m_view;
    SequenceGraph *m_graph;
    PacketDetailsView *m_details;
    TcpAnalysisLoader *m_tcpAnalysis; // the shown ladder's loss marks, read off the GUI thread
    core::SharedLadder m_ladder;
    bool m_selected = false; // the ladder asked for is a new selection: it starts at its first row
    int m_frameRow = -1;     // the row whose frame was asked for
};

} // namespace tcpladder::ui
