// SPDX-License-Identifier: GPL-3.0-or-later
// Where quiz mode's widgets and menu go in the main window (the quiz itself is QuizMode's).
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "explanationpane.h"
#include "predictpanel.h"
#include "presentermode.h"
#include "quizbar.h"
#include "quizmode.h"

#include <QMenu>

namespace tcpladder::ui {

void MainWindow::setupQuiz()
{
    m_quiz = new QuizMode(m_ladderView, m_explanationPane, m_showStates, ui->packetDetails, this);
    // The quiz bar above the ladder, the prediction between the ladder and its explanation.
    ui->ladderLayout->insertWidget(0, m_quiz->bar());
    ui->ladderLayout->insertWidget(ui->ladderLayout->indexOf(m_explanationPane), m_quiz->predictPanel());
    ui->menuBar->insertMenu(ui->menuHelp->menuAction(), m_quiz->menu());
    connect(this, &MainWindow::ladderShown, m_quiz, &QuizMode::onLadderShown);
    connect(m_presenter, &PresenterMode::activeChanged, m_quiz, &QuizMode::setPresenterStyle);
}

} // namespace tcpladder::ui
