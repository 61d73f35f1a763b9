// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "predictiontally.h"
#include "quiz.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace tcpladder::ui {

class ExplanationPane;
class LadderView;
class PredictPanel;
class QuizBar;
class QuizOverlay;
class QuizSession;
class QuizSetupDialog;

// Quiz mode in the window (Teaching menu): fill the blanks on the connection shown, and predict the
// next segment in step-through. Ties a QuizSession, its fields over the ladder (QuizOverlay), the
// QuizBar and the PredictPanel to the ladder view and the explanation pane; the main window only
// places the widgets and the menu.
class QuizMode : public QObject
{
    Q_OBJECT
public:
    // `showStates`: View › Show TCP States, turned on for a quiz on states; `details`: the packet
    // details, hidden while a quiz runs. `window`: parent of the setup dialog, where the language is watched.
    QuizMode(LadderView *view, ExplanationPane *explanation, QAction *showStates, QWidget *details, QWidget *window);
    ~QuizMode() override;

    QMenu *menu() const { return m_menu; }
    QuizBar *bar() const { return m_bar; }
    PredictPanel *predictPanel() const { return m_panel; }
    QuizSession *session() const { return m_session; }
    QuizOverlay *overlay() const { return m_overlay; }
    QAction *fillBlanksAction() const { return m_fillBlanks; }
    QAction *predictAction() const { return m_predict; }

    // Teaching › Fill the Blanks… asks with a dialog; this starts at once (tests, New Quiz…).
    void startQuiz(const core::QuizOptions &options);
    void endQuiz();
    void check();

    bool isPredicting() const;
    void setPredicting(bool on);
    // Grades the guess for the arrow about to be revealed, then reveals it.
    void submitPrediction();
    const PredictionTally &tally() const { return m_tally; }

    // Another connection (or none) on screen: its quiz ends.
    void onLadderShown(quint32 stream);
    // Presenter mode: the fields and the bars in its large type.
    void setPresenterStyle(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askForQuiz();
    void onQuizStarted();
    void expandQuizRuns();
    void explainRow(int row);
    void retranslate();

    LadderView *m_view;
    ExplanationPane *m_explanation;
    QAction *m_showStates;
    QWidget *m_details;
    QWidget *m_window;
    QuizSession *m_session = nullptr;
    QuizOverlay *m_overlay = nullptr;
    QuizBar *m_bar = nullptr;
    PredictPanel *m_panel = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_fillBlanks = nullptr;
    QAction *m_predict = nullptr;
    QPointer<QuizSetupDialog> m_setup;
    PredictionTally m_tally;
    quint32 m_predictStream = 0;
    core::QuizOptions m_lastOptions;
    bool m_statesWereShown = true;  // View › Show TCP States before a quiz on states turned it on
    bool m_detailsWereShown = true; // the packet details, hidden while a quiz runs
};

} // namespace tcpladder::ui
