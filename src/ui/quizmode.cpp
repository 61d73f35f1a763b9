// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizmode.h"

#include "explanationpane.h"
#include "ladderview.h"
#include "predictpanel.h"
#include "quizbar.h"
#include "quizoverlay.h"
#include "quizsession.h"
#include "quizsetupdialog.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QWidget>

#include <algorithm>

namespace tcpladder::ui {

QuizMode::QuizMode(LadderView *view, ExplanationPane *explanation, QAction *showStates, QWidget *details,
                   QWidget *window)
    : QObject(window),
      m_view(view),
      m_explanation(explanation),
      m_showStates(showStates),
      m_details(details),
      m_window(window),
      m_session(new QuizSession(this)),
      m_overlay(new QuizOverlay(view, m_session, this)),
      m_bar(new QuizBar(m_session, window)),
      m_panel(new PredictPanel(window))
{
    m_bar->setObjectName(QStringLiteral("quizBar"));
    m_bar->hide();
    m_panel->setObjectName(QStringLiteral("predictPanel"));
    m_panel->hide();

    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("menuTeaching"));
    m_fillBlanks = m_menu->addAction(QString());
    m_fillBlanks->setObjectName(QStringLiteral("actionFillBlanks"));
    m_fillBlanks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_fillBlanks, &QAction::triggered, this, &QuizMode::askForQuiz);
    m_predict = m_menu->addAction(QString());
    m_predict->setObjectName(QStringLiteral("actionPredictNext"));
    m_predict->setCheckable(true);
    m_predict->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_predict, &QAction::toggled, this, &QuizMode::setPredicting);

    connect(m_session, &QuizSession::started, this, &QuizMode::onQuizStarted);
    connect(m_session, &QuizSession::checkedChanged, this, [this] { explainRow(m_view->currentRow()); });
    connect(m_bar, &QuizBar::checkClicked, this, &QuizMode::check);
    connect(m_bar, &QuizBar::newQuizClicked, this, &QuizMode::askForQuiz);
    connect(m_bar, &QuizBar::endClicked, this, &QuizMode::endQuiz);
    connect(m_overlay, &QuizOverlay::checkRequested, this, &QuizMode::check);
    connect(m_overlay, &QuizOverlay::rowChosen, this, &QuizMode::explainRow);
    // After the main window's own handler: a quizzed row's note would give its answers away.
    connect(m_view, &LadderView::currentRowChanged, this, &QuizMode::explainRow);

    connect(m_panel, &PredictPanel::submitted, this, &QuizMode::submitPrediction);
    connect(m_view, &LadderView::stepNextRequested, this, [this] {
        m_panel->focusFirst();
        m_explanation->showHint(tr("Predict first: say who sends the next segment and what it carries, then Check "
                                   "& Reveal."));
    });
    connect(m_view, &LadderView::steppingChanged, this, [this](bool on) {
        if (!on)
            m_predict->setChecked(false);
    });
    window->installEventFilter(this);
    retranslate();
}

QuizMode::~QuizMode() = default;

void QuizMode::askForQuiz()
{
    if (!m_view->hasLadder()) {
        m_explanation->showHint(tr("Select a connection first: the quiz is made from its ladder."));
        return;
    }
    if (!m_setup) {
        m_setup = new QuizSetupDialog(m_window);
        m_setup->setObjectName(QStringLiteral("quizSetupDialog"));
        connect(m_setup, &QDialog::accepted, this, [this] { startQuiz(m_setup->options()); });
    }
    if (!m_lastOptions.hide.empty())
        m_setup->setOptions(m_lastOptions);
    m_setup->open();
}

void QuizMode::startQuiz(const core::QuizOptions &options)
{
    if (!m_view->hasLadder())
        return;
    m_predict->setChecked(false); // one exercise at a time
    if (m_view->isStepping())
        m_view->setStepping(false); // every blank must be in sight
    m_lastOptions = options;
    const bool asksStates = std::any_of(options.hide.begin(), options.hide.end(), [](core::QuizField f) {
        return f == core::QuizField::ClientState || f == core::QuizField::ServerState;
    });
    if (!m_session->isActive())
        m_statesWereShown = m_view->showStates();
    // The state boxes sit in the columns beside the lifelines, which only exist with states shown.
    if (asksStates)
        m_showStates->setChecked(true);
    // The packet details list every value of the current row: the quiz would answer itself.
    if (!m_session->isActive())
        m_detailsWereShown = m_details->isVisible();
    m_details->hide();
    m_bar->show();
    m_session->start(m_view->sharedLadder(), options);
}

void QuizMode::onQuizStarted()
{
    expandQuizRuns();
    const auto &rows = m_session->quiz().rows;
    if (!rows.empty()) {
        // The last quizzed row, then the first: the whole block in sight when it fits.
        m_view->setCurrentRow(static_cast<int>(rows.back()));
        m_view->setCurrentRow(static_cast<int>(rows.front()));
        m_overlay->focusFirst();
    }
}

void QuizMode::expandQuizRuns()
{
    // A blank inside a collapsed run would have nowhere to sit.
    const auto &rows = m_session->quiz().rows;
    for (const core::LadderRun &run : m_view->layout().runs()) {
        const auto first = std::lower_bound(rows.begin(), rows.end(), run.firstRow);
        if (!run.expanded && first != rows.end() && *first <= run.lastRow)
            m_view->setRunExpanded(run.key, true);
    }
}

void QuizMode::endQuiz()
{
    if (!m_session->isActive())
        return;
    m_session->stop();
    m_bar->hide();
    if (!m_statesWereShown)
        m_showStates->setChecked(false);
    m_details->setVisible(m_detailsWereShown);
    if (m_view->hasLadder() && m_view->currentRow() >= 0)
        m_explanation->showRow(m_view->sharedLadder(), m_view->currentRow());
    m_view->setFocus();
}

void QuizMode::check()
{
    m_session->check();
}

void QuizMode::explainRow(int row)
{
    // Rows outside a quiz: the main window explains them as always.
    if (!m_view->hasLadder() || row < 0)
        return;
    if (m_session->isReady() && !m_session->blanksOfRow(static_cast<std::size_t>(row)).empty()) {
        if (m_session->isChecked())
            m_explanation->showRow(m_view->sharedLadder(), row);
        else
            m_explanation->showHint(tr("This row is part of the quiz: its explanation comes after Check."));
        return;
    }
}

bool QuizMode::isPredicting() const
{
    return m_predict->isChecked();
}

void QuizMode::setPredicting(bool on)
{
    if (m_predict->isChecked() != on) {
        m_predict->setChecked(on); // comes back here through toggled
        return;
    }
    if (on) {
        if (!m_view->hasLadder()) {
            m_predict->setChecked(false);
            m_explanation->showHint(tr("Select a connection first: the quiz is made from its ladder."));
            return;
        }
        endQuiz();
        if (!m_view->isStepping())
            m_view->setStepping(true);
        else
            m_view->stepReset();
        m_tally.reset();
        m_predictStream = m_view->ladder().streamIndex;
    }
    m_view->setStepKeysHeld(on);
    m_panel->prepare(m_view->stepThrough().atEnd());
    m_panel->showGrade(m_view->ladder(), m_view->ladder().rows.size(), {}, 0, 0);
    m_panel->setVisible(on);
    if (on) {
        m_panel->focusFirst();
        m_explanation->showHint(
            tr("Predict the next segment: who sends it, its flags, Seq and Ack. Check & Reveal grades it and "
               "shows the arrow."));
    } else {
        m_view->setFocus();
    }
}

void QuizMode::submitPrediction()
{
    if (!isPredicting() || !m_view->isStepping() || m_view->stepThrough().atEnd())
        return;
    const auto row = static_cast<std::size_t>(m_view->stepThrough().revealed());
    const core::ConnectionLadder &ladder = m_view->ladder();
    const core::PredictionGrade grade = m_tally.grade(ladder, row, m_panel->prediction());
    m_view->stepNext();
    m_panel->showGrade(ladder, row, grade, m_tally.points(), m_tally.possible());
    m_panel->prepare(m_view->stepThrough().atEnd());
    m_panel->focusFirst();
}

void QuizMode::onLadderShown(quint32 stream)
{
    if (m_session->isActive() && m_session->ladder()->streamIndex != stream)
        endQuiz();
    if (isPredicting() && m_view->ladder().streamIndex != m_predictStream)
        setPredicting(false);
}

void QuizMode::setPresenterStyle(bool on)
{
    m_bar->setPresenterStyle(on);
    m_panel->setPresenterStyle(on);
}

bool QuizMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void QuizMode::retranslate()
{
    m_menu->setTitle(tr("&Teaching"));
    m_fillBlanks->setText(tr("Fill the &Blanks…"));
    m_fillBlanks->setToolTip(tr("Hide Seq, Ack, Len, flags or states on this connection for the class to fill in"));
    m_predict->setText(tr("&Predict the Next Segment"));
    m_predict->setToolTip(tr("In step-through, guess who sends the next segment and its flags, Seq and Ack "
                             "before it is revealed"));
}

} // namespace tcpladder::ui
