// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom half of the main window: display filter, explanation pane, the ladder's View actions,
// presenter mode (F11), the other side's capture (issue 18), and every text again in another language.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "capturenotes.h"
#include "connectionmodel.h"
#include "displayfiltercontroller.h"
#include "explanationpane.h"
#include "filterbar.h"
#include "ladderexplainer.h"
#include "ladderexportactions.h"
#include "ladderview.h"
#include "mergedladderview.h"
#include "peercapturecontroller.h"
#include "presentermode.h"
#include "recentfiles.h"

namespace tcpladder::ui {

void MainWindow::setupTeaching()
{
    m_filterBar = new FilterBar(ui->connectionsPane);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    ui->connectionsLayout->insertWidget(ui->connectionsLayout->indexOf(ui->searchEdit) + 1, m_filterBar);
    // After onBatch's connection (the constructor's): a batch reaches the model before it is filtered.
    m_displayFilter = new DisplayFilterController(m_filterBar, m_worker, m_views, m_list->proxy(), this);
    // Another filter can hide everything just as the last one did.
    connect(m_displayFilter, &DisplayFilterController::applied, this, [this] {
        updateStatus();
        updateLadderPane();
    });

    m_explanationPane = new ExplanationPane(ui->ladderHost);
    m_explanationPane->setObjectName(QStringLiteral("explanationPane"));
    ui->ladderLayout->addWidget(m_explanationPane);
    m_explainer = new LadderExplainer(
        m_ladderView, m_explanationPane, [this] { return currentLadder(); }, this);

    ui->menuView->addSeparator();
    m_viewActions = new LadderViewActions(
        ui->menuView, {ui->actionZoomIn, ui->actionZoomOut, ui->actionZoomReset, ui->actionFitLadder}, m_ladderView,
        m_explanationPane);
    // Only the ladder and its note for the back row: the list, the details and the tool bar go.
    m_presenter = new PresenterMode(this, m_ladderView, m_explanationPane,
                                    {ui->connectionsPane, ui->packetDetails, ui->mainToolBar});
    ui->menuView->addAction(m_presenter->action());
}

void MainWindow::setupPeerCapture()
{
    auto *view = new MergedLadderView(m_ladderPane);
    view->setObjectName(QStringLiteral("mergedLadderView"));
    m_ladderPane->setMergedView(view);
    m_peer = new PeerCaptureController(view, this);
    m_peer->addTo(ui->menuFile, ui->actionExportLadder, ui->menuView);
    m_exports->setMergedSource([this] { return m_peer->isShown() ? m_peer->session() : nullptr; });
    m_peer->reportTo(m_messages);
    connect(m_peer, &PeerCaptureController::shownChanged, this, [this, view] {
        view->setThemeKind(m_ladderView->themeKind());
        updateLadderPane();
    });
    m_explainer->setPeer(m_peer);
    connect(m_peer, &PeerCaptureController::shownChanged, this,
            [this, view] { (m_peer->isShown() ? static_cast<QWidget *>(view) : m_ladderView)->setFocus(); });
}

bool MainWindow::openPeerCapture(const QString &path)
{
    updateActions(); // the ladder may have been shown a moment ago (ladderShown comes first)
    if (!m_peer->openAction()->isEnabled())
        return false;
    m_peer->openPeerCapture(path);
    return true;
}

void MainWindow::clearCapture()
{
    m_notes->notes()->clear();
    m_shown->clear();
    m_list->model()->clear();
    clearFilters();
}

void MainWindow::clearFilters()
{
    m_displayFilter->clear();
    ui->searchEdit->clear();
}

void MainWindow::changeEvent(QEvent *event)
{
    // WindowTitle, a child, makes the title again after this (retranslateUi puts the .ui's back).
    if (event->type() == QEvent::LanguageChange && ui && m_statusBar)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    ui->retranslateUi(this);
    m_viewActions->retranslate(); // the status bar makes its texts again itself (CaptureStatusBar)
    m_presenter->retranslate();
    m_graphDock->retranslate();
    m_recent->retranslate();
    m_list->model()->retranslate();
    m_list->fitColumns(); // widths made for the other language cut headers off or waste room
    m_shown->reloadFrame();
    m_explainer->explainCurrent();
}

} // namespace tcpladder::ui
