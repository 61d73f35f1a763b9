// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom half of the main window: display filter, the ladder area's placeholder, explanation
// pane, TCP states, textbook layout, step-through (F6) and presenter mode (F11).
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "capturenotes.h"
#include "notescontroller.h"

#include "capturesession.h"
#include "captureworker.h"
#include "connectionfilterproxy.h"
#include "connectionmodel.h"
#include "displayfiltercontroller.h"
#include "explanationpane.h"
#include "filterbar.h"
#include "ladderplaceholder.h"
#include "opencapture.h"
#include "ladderview.h"
#include "packetdetailsview.h"
#include "peercapturecontroller.h"
#include "presentermode.h"
#include "shownladder.h"
#include "viewworker.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>

namespace tcpladder::ui {

void MainWindow::setupTeaching()
{
    m_filterBar = new FilterBar(ui->connectionsPane);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    ui->connectionsLayout->insertWidget(ui->connectionsLayout->indexOf(ui->searchEdit) + 1, m_filterBar);
    // After onBatch's connection (the constructor's): a batch reaches the model before it is filtered.
    m_displayFilter = new DisplayFilterController(m_filterBar, m_worker, m_views, m_proxy, this);
    // Another filter can hide everything just as the last one did.
    connect(m_displayFilter, &DisplayFilterController::applied, this, [this] {
        updateStatus();
        updateLadderPlaceholder();
    });

    m_explanationPane = new ExplanationPane(ui->ladderHost);
    m_explanationPane->setObjectName(QStringLiteral("explanationPane"));
    ui->ladderLayout->addWidget(m_explanationPane);
    connect(m_ladderView, &LadderView::currentRowChanged, this, &MainWindow::explainCurrentRow);
    connect(m_ladderView, &LadderView::bracketClicked, this, &MainWindow::explainBracket);

    ui->menuView->addSeparator();
    // Texts in retranslateViewActions(), which a language switch calls again.
    m_showStates = ui->menuView->addAction(QString());
    m_showStates->setObjectName(QStringLiteral("actionShowStates"));
    m_showStates->setCheckable(true);
    m_showStates->setChecked(m_ladderView->showStates());
    connect(m_showStates, &QAction::toggled, m_ladderView, &LadderView::setShowStates);

    m_textbook = ui->menuView->addAction(QString());
    m_textbook->setObjectName(QStringLiteral("actionTextbookLayout"));
    m_textbook->setCheckable(true);
    connect(m_textbook, &QAction::toggled, m_ladderView, &LadderView::setTextbook);

    m_stepThrough = ui->menuView->addAction(QString());
    m_stepThrough->setObjectName(QStringLiteral("actionStepThrough"));
    m_stepThrough->setCheckable(true);
    m_stepThrough->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_stepThrough, &QAction::toggled, this, [this](bool on) {
        m_ladderView->setStepping(on);
        m_ladderView->setFocus();
        if (on)
            m_explanationPane->showHint(tr("Step-through: press Space or → to reveal the first arrow."));
    });
    connect(m_ladderView, &LadderView::steppingChanged, m_stepThrough, &QAction::setChecked);

    // Zooming by hand ends fitting (as in a PDF viewer); the view says so and the check mark follows.
    connect(ui->actionFitLadder, &QAction::toggled, m_ladderView, &LadderView::setFitToWidth);
    // Remembered: a teacher who fits once for the projector wants it next lesson too (presenter
    // mode's own fitting is not a choice to remember).
    connect(ui->actionFitLadder, &QAction::toggled, this, [this](bool on) {
        if (!m_presenter->isActive())
            QSettings().setValue(QStringLiteral("view/fitLadder"), on);
    });
    connect(m_ladderView, &LadderView::fitToWidthChanged, ui->actionFitLadder, &QAction::setChecked);

    // Only the ladder and its note for the back row: the list, the details and the tool bar go.
    m_presenter = new PresenterMode(this, m_ladderView, m_explanationPane,
                                    {ui->connectionsPane, ui->packetDetails, ui->mainToolBar});
    ui->menuView->addAction(m_presenter->action());
    retranslateViewActions();
}

void MainWindow::setTextbookLayout(bool on)
{
    m_textbook->setChecked(on);
}

void MainWindow::retranslateViewActions()
{
    m_showStates->setText(tr("Show TCP &States"));
    m_showStates->setToolTip(tr("RFC 9293 states (SYN_SENT, ESTABLISHED, FIN_WAIT_1, …) beside both lifelines"));
    m_textbook->setText(tr("&Textbook Layout"));
    m_textbook->setToolTip(tr("Slant the arrows by the one-way delay estimated from the handshake RTT"));
    m_stepThrough->setText(tr("Step &Through"));
    m_stepThrough->setToolTip(tr("Reveal the arrows one by one: Space or → for the next, ← or Backspace to go back"));
    m_presenter->retranslate();
}

void MainWindow::clearCapture()
{
    m_notes->notes()->clear();
    m_shown->clear();
    m_model->clear();
    clearFilters();
}

void MainWindow::clearFilters()
{
    m_displayFilter->clear();
    ui->searchEdit->clear();
}

void MainWindow::updateLadderPlaceholder()
{
    if (currentLadder()) {
        m_ladderStack->setCurrentWidget(m_peer && m_peer->isShown() ? static_cast<QWidget *>(m_peer->view())
                                                                    : m_ladderView);
        return;
    }
    using State = LadderPlaceholder::State;
    const int rows = m_model->rowCount();
    if (m_capture->path().isEmpty() && !m_session->isCapturing())
        m_placeholder->setState(State::NoCapture);
    else if (rows == 0)
        m_placeholder->setState(m_capture->isLoading() ? State::Loading : State::NoConnections);
    else if (m_proxy->rowCount() == 0)
        m_placeholder->setState(State::NothingMatches, m_displayFilter->text(), ui->searchEdit->text().trimmed(), rows);
    else
        m_placeholder->setState(State::SelectConnection);
    m_ladderStack->setCurrentWidget(m_placeholder);
}

void MainWindow::explainCurrentRow(int row)
{
    if (m_peer && m_peer->isShown()) { // the merged ladder's selection is what the pane speaks of
        m_explanationPane->showMergedArrow(m_peer->session(), m_peer->view()->currentArrow());
        return;
    }
    const core::SharedLadder &ladder = currentLadder();
    if (!ladder || row < 0 || row >= static_cast<int>(ladder->rows.size())) {
        m_explanationPane->clear();
        return;
    }
    m_explanationPane->showRow(ladder, row);
}

void MainWindow::explainBracket(int bracket)
{
    const core::SharedLadder &ladder = currentLadder();
    const auto &brackets = m_ladderView->layout().brackets();
    if (!ladder || bracket < 0 || bracket >= static_cast<int>(brackets.size()))
        return;
    const core::LadderBracket &b = brackets[static_cast<std::size_t>(bracket)];
    m_explanationPane->showPhase(*ladder, b.phase, b.firstRow, b.lastRow);
}

} // namespace tcpladder::ui
