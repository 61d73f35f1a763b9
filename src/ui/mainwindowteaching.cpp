// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom half of the main window: display filter, the ladder area's placeholder, explanation
// pane, TCP states, textbook layout, step-through (F6) and presenter mode (F11).
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "capturenotes.h"

#include "captureworker.h"
#include "connectionfilterproxy.h"
#include "connectionmodel.h"
#include "displayfilter.h"
#include "explanationpane.h"
#include "filterbar.h"
#include "ladderplaceholder.h"
#include "ladderview.h"
#include "packetdetailsview.h"
#include "peercapturecontroller.h"
#include "sequencegraph.h"
#include "viewworker.h"

#include <QAction>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolBar>

namespace tcpladder::ui {

void MainWindow::setupTeaching()
{
    m_filterBar = new FilterBar(ui->connectionsPane);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    ui->connectionsLayout->insertWidget(ui->connectionsLayout->indexOf(ui->searchEdit) + 1, m_filterBar);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyDisplayFilter);
    // Connections that arrive (or grow) while a filter is set are checked as they come.
    connect(m_worker, &capture::CaptureWorker::batchReady, this,
            [this](quint64 job, const capture::ConnectionBatch &batch) {
                if (!m_displayFilter || !m_worker->isCurrent(job))
                    return;
                QList<quint32> changed;
                changed.reserve(batch.size());
                for (const auto &summary : batch)
                    changed.append(summary.stream);
                refreshDisplayFilter(changed);
            });

    m_explanationPane = new ExplanationPane(ui->ladderHost);
    m_explanationPane->setObjectName(QStringLiteral("explanationPane"));
    ui->ladderLayout->addWidget(m_explanationPane);
    connect(m_ladderView, &LadderView::currentRowChanged, this, &MainWindow::explainCurrentRow);
    connect(m_ladderView, &LadderView::bracketClicked, this, &MainWindow::explainBracket);

    ui->menuView->addSeparator();
    // Texts in retranslateViewActions(), which a language switch calls again.
    auto *states = ui->menuView->addAction(QString());
    states->setObjectName(QStringLiteral("actionShowStates"));
    states->setCheckable(true);
    states->setChecked(m_ladderView->showStates());
    connect(states, &QAction::toggled, m_ladderView, &LadderView::setShowStates);

    auto *textbook = ui->menuView->addAction(QString());
    textbook->setObjectName(QStringLiteral("actionTextbookLayout"));
    textbook->setCheckable(true);
    connect(textbook, &QAction::toggled, m_ladderView, &LadderView::setTextbook);

    auto *step = ui->menuView->addAction(QString());
    step->setObjectName(QStringLiteral("actionStepThrough"));
    step->setCheckable(true);
    step->setShortcut(QKeySequence(Qt::Key_F6));
    connect(step, &QAction::toggled, this, [this](bool on) {
        m_ladderView->setStepping(on);
        m_ladderView->setFocus();
        if (on)
            m_explanationPane->showHint(tr("Step-through: press Space or → to reveal the first arrow."));
    });
    connect(m_ladderView, &LadderView::steppingChanged, step, &QAction::setChecked);

    // Zooming by hand ends fitting (as in a PDF viewer); the view says so and the check mark follows.
    connect(ui->actionFitLadder, &QAction::toggled, m_ladderView, &LadderView::setFitToWidth);
    // Remembered: a teacher who fits once for the projector wants it next lesson too (presenter
    // mode's own fitting is not a choice to remember).
    connect(ui->actionFitLadder, &QAction::toggled, this, [this](bool on) {
        if (!m_presenter.active)
            QSettings().setValue(QStringLiteral("view/fitLadder"), on);
    });
    connect(m_ladderView, &LadderView::fitToWidthChanged, ui->actionFitLadder, &QAction::setChecked);

    auto *presenter = ui->menuView->addAction(QString());
    presenter->setObjectName(QStringLiteral("actionPresenterMode"));
    presenter->setCheckable(true);
    presenter->setShortcut(QKeySequence(Qt::Key_F11));
    connect(presenter, &QAction::toggled, this, &MainWindow::setPresenterMode);
    // Escape leaves presenter mode, as it leaves a slide show.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [presenter] {
        if (presenter->isChecked())
            presenter->setChecked(false);
    });
    retranslateViewActions();
}

void MainWindow::setTextbookLayout(bool on)
{
    if (auto *textbook = findChild<QAction *>(QStringLiteral("actionTextbookLayout")))
        textbook->setChecked(on);
}

void MainWindow::retranslateViewActions()
{
    const auto action = [this](const char *name) { return findChild<QAction *>(QLatin1String(name)); };
    if (QAction *states = action("actionShowStates")) {
        states->setText(tr("Show TCP &States"));
        states->setToolTip(tr("RFC 9293 states (SYN_SENT, ESTABLISHED, FIN_WAIT_1, …) beside both lifelines"));
    }
    if (QAction *textbook = action("actionTextbookLayout")) {
        textbook->setText(tr("&Textbook Layout"));
        textbook->setToolTip(tr("Slant the arrows by the one-way delay estimated from the handshake RTT"));
    }
    if (QAction *step = action("actionStepThrough")) {
        step->setText(tr("Step &Through"));
        step->setToolTip(tr("Reveal the arrows one by one: Space or → for the next, ← or Backspace to go back"));
    }
    if (QAction *presenter = action("actionPresenterMode"))
        presenter->setText(tr("&Presenter Mode"));
}

void MainWindow::clearCapture()
{
    m_notes->clear();
    m_ladder.reset();
    m_views->cancelLadder();
    m_ladderView->clear();
    m_graph->clear();
    ui->packetDetails->clear();
    m_model->clear();
    clearFilters();
}

void MainWindow::clearFilters()
{
    m_filterBar->setText({});
    ui->searchEdit->clear();
}

void MainWindow::updateLadderPlaceholder()
{
    if (m_ladder) {
        m_ladderStack->setCurrentWidget(m_peer && m_peer->isShown() ? static_cast<QWidget *>(m_peer->view())
                                                                    : m_ladderView);
        return;
    }
    using State = LadderPlaceholder::State;
    const int rows = m_model->rowCount();
    if (m_path.isEmpty() && !isCapturing())
        m_placeholder->setState(State::NoCapture);
    else if (rows == 0)
        m_placeholder->setState(m_loading ? State::Loading : State::NoConnections);
    else if (m_proxy->rowCount() == 0)
        m_placeholder->setState(State::NothingMatches, m_displayFilter ? m_filterBar->text().trimmed() : QString(),
                                ui->searchEdit->text().trimmed(), rows);
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
    if (!m_ladder || row < 0 || row >= static_cast<int>(m_ladder->rows.size())) {
        m_explanationPane->clear();
        return;
    }
    m_explanationPane->showRow(m_ladder, row);
}

void MainWindow::explainBracket(int bracket)
{
    const auto &brackets = m_ladderView->layout().brackets();
    if (!m_ladder || bracket < 0 || bracket >= static_cast<int>(brackets.size()))
        return;
    const core::LadderBracket &b = brackets[static_cast<std::size_t>(bracket)];
    m_explanationPane->showPhase(*m_ladder, b.phase, b.firstRow, b.lastRow);
}

void MainWindow::setPresenterMode(bool on)
{
    if (on == m_presenter.active)
        return;
    if (on) {
        m_presenter.active = true;
        m_presenter.wasMaximized = isMaximized();
        m_presenter.zoom = m_ladderView->userZoom();
        m_presenter.fit = m_ladderView->fitsToWidth();
        m_presenter.theme = static_cast<int>(m_ladderView->themeKind());
        m_presenter.connectionsVisible = ui->connectionsPane->isVisible();
        m_presenter.detailsVisible = ui->packetDetails->isVisible();
        m_presenter.toolBarVisible = ui->mainToolBar->isVisible();
        // Only the ladder and its note: the back row must read them, nothing else matters.
        ui->connectionsPane->hide();
        ui->packetDetails->hide();
        ui->mainToolBar->hide();
        m_ladderView->setThemeKind(LadderThemeKind::HighContrast);
        // As large as the ladder's widest label allows without a sideways scroll bar.
        m_ladderView->setFitToWidth(true);
        m_explanationPane->setPresenterStyle(true);
        if (QScreen *display = screen())
            setGeometry(display->geometry()); // without a window manager full-screen is only a hint
        showFullScreen();
    } else {
        m_presenter.active = false;
        ui->connectionsPane->setVisible(m_presenter.connectionsVisible);
        ui->packetDetails->setVisible(m_presenter.detailsVisible);
        ui->mainToolBar->setVisible(m_presenter.toolBarVisible);
        m_ladderView->setThemeKind(static_cast<LadderThemeKind>(m_presenter.theme));
        if (m_presenter.fit)
            m_ladderView->setFitToWidth(true);
        else
            m_ladderView->setZoom(m_presenter.zoom * m_ladderView->textScale());
        m_explanationPane->setPresenterStyle(false);
        if (m_presenter.wasMaximized)
            showMaximized();
        else
            showNormal();
    }
    if (auto *action = findChild<QAction *>(QStringLiteral("actionPresenterMode")))
        action->setChecked(on);
    m_ladderView->setFocus();
}

} // namespace tcpladder::ui
