// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamreplay.h"

#include <QObject>

#include <functional>

namespace tcpladder::ui {

class ExplanationPane;
class LadderView;
class PeerCaptureController;

// The explanation pane speaks of what is selected: the ladder's row, the phase of a bracket clicked,
// or, while the other side's capture is merged in, the merged ladder's arrow.
class LadderExplainer : public QObject
{
    Q_OBJECT
public:
    // `ladder`: the ladder shown (null for none), whose rows the view's row numbers index.
    LadderExplainer(LadderView *view, ExplanationPane *pane, std::function<core::SharedLadder()> ladder,
                    QObject *parent = nullptr);

    // The merged ladder's arrows too; an arrow that is a segment of this capture selects the ladder's
    // row as well, so the details pane and the graph follow it.
    void setPeer(PeerCaptureController *peer);
    // The note again, as after a language switch: the pane keeps finished sentences, not their sources.
    void explainCurrent();

private:
    void explainRow(int row);
    void explainBracket(int bracket);
    bool mergedIsShown() const;

    LadderView *m_view;
    ExplanationPane *m_pane;
    std::function<core::SharedLadder()> m_ladder;
    PeerCaptureController *m_peer = nullptr;
};

} // namespace tcpladder::ui
