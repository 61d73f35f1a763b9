// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderexplainer.h"

#include "explanationpane.h"
#include "ladderview.h"
#include "mergedladderview.h"
#include "peercapturecontroller.h"

#include <utility>

namespace tcpladder::ui {

LadderExplainer::LadderExplainer(LadderView *view, ExplanationPane *pane, std::function<core::SharedLadder()> ladder,
                                 QObject *parent)
    : QObject(parent),
      m_view(view),
      m_pane(pane),
      m_ladder(std::move(ladder))
{
    connect(m_view, &LadderView::currentRowChanged, this, &LadderExplainer::explainRow);
    connect(m_view, &LadderView::bracketClicked, this, &LadderExplainer::explainBracket);
}

void LadderExplainer::setPeer(PeerCaptureController *peer)
{
    m_peer = peer;
    connect(peer, &PeerCaptureController::shownChanged, this, &LadderExplainer::explainCurrent);
    MergedLadderView *merged = peer->view();
    connect(merged, &MergedLadderView::currentArrowChanged, this, [this, merged](int arrow) {
        if (!mergedIsShown())
            return;
        m_pane->showMergedArrow(m_peer->session(), arrow);
        const auto &arrows = merged->session()->layout->arrows;
        if (arrow >= 0 && arrows[static_cast<std::size_t>(arrow)].inA)
            m_view->setCurrentRow(static_cast<int>(arrows[static_cast<std::size_t>(arrow)].index));
    });
}

bool LadderExplainer::mergedIsShown() const
{
    return m_peer && m_peer->isShown();
}

void LadderExplainer::explainCurrent()
{
    explainRow(m_view->currentRow());
}

void LadderExplainer::explainRow(int row)
{
    if (mergedIsShown()) { // the merged ladder's selection is what the pane speaks of
        m_pane->showMergedArrow(m_peer->session(), m_peer->view()->currentArrow());
        return;
    }
    const core::SharedLadder ladder = m_ladder();
    if (!ladder || row < 0 || row >= static_cast<int>(ladder->rows.size())) {
        m_pane->clear();
        return;
    }
    m_pane->showRow(ladder, row);
}

void LadderExplainer::explainBracket(int bracket)
{
    const core::SharedLadder ladder = m_ladder();
    const auto &brackets = m_view->layout().brackets();
    if (!ladder || bracket < 0 || bracket >= static_cast<int>(brackets.size()))
        return;
    const core::LadderBracket &b = brackets[static_cast<std::size_t>(bracket)];
    m_pane->showPhase(*ladder, b.phase, b.firstRow, b.lastRow);
}

} // namespace tcpladder::ui
