// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the other side's capture (issue 18). PeerCaptureController reads and merges it and owns
// the merged view; the window gives it a page of the ladder stack, the message bar and the
// explanation pane.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "explanationpane.h"
#include "ladderview.h"
#include "mergedladderview.h"
#include "messagebar.h"
#include "peercapturecontroller.h"
#include "ladderexportactions.h"

#include <QStackedWidget>

namespace tcpladder::ui {

void MainWindow::setupPeerCapture()
{
    auto *view = new MergedLadderView(m_ladderStack);
    view->setObjectName(QStringLiteral("mergedLadderView"));
    m_ladderStack->addWidget(view);
    m_peer = new PeerCaptureController(view, this);
    m_peer->addTo(ui->menuFile, ui->actionExportLadder, ui->menuView);
    m_exports->setMergedSource([this] { return m_peer->isShown() ? m_peer->session() : nullptr; });
    connect(m_peer, &PeerCaptureController::failed, this,
            [this](const QString &message) { m_messages->show(message, true); });
    connect(m_peer, &PeerCaptureController::merged, m_messages, &MessageBar::hide);
    connect(m_peer, &PeerCaptureController::closedForOtherConnection, this, [this](quint32 merged, quint32 shown) {
        m_messages->show(
            [merged, shown] {
                return tr("The other side's capture was merged with stream %1 only, so it was closed when stream %2 "
                          "was selected. Open it again to merge this connection.")
                    .arg(merged)
                    .arg(shown);
            },
            false);
    });
    connect(m_peer, &PeerCaptureController::shownChanged, this, [this, view] {
        view->setThemeKind(m_ladderView->themeKind());
        updateLadderPlaceholder();
        explainCurrentRow(m_ladderView->currentRow());
        (m_peer->isShown() ? static_cast<QWidget *>(view) : m_ladderView)->setFocus();
    });
    connect(view, &MergedLadderView::currentArrowChanged, this, [this, view](int arrow) {
        if (!m_peer->isShown())
            return;
        m_explanationPane->showMergedArrow(m_peer->session(), arrow);
        // A segment of this capture: the details pane and the graph follow it through the ladder's row.
        const auto &arrows = view->session()->layout->arrows;
        if (arrow >= 0 && arrows[static_cast<std::size_t>(arrow)].inA)
            m_ladderView->setCurrentRow(static_cast<int>(arrows[static_cast<std::size_t>(arrow)].index));
    });
}

bool MainWindow::openPeerCapture(const QString &path)
{
    updateActions(); // the ladder may have been shown a moment ago (ladderShown comes first)
    if (!m_peer->openAction()->isEnabled())
        return false;
    m_peer->openPeerCapture(path);
    return true;
}

} // namespace tcpladder::ui
