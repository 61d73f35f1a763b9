// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz.h"
#include "streamreplay.h"

#include <QFrame>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace tcpladder::ui {

// "Predict the next segment" under the ladder in step-through: who sends, which flags, Seq and Ack;
// Submit hands the guess on (submitted) and the panel then shows the grade and the true values.
class PredictPanel : public QFrame
{
    Q_OBJECT
public:
    explicit PredictPanel(QWidget *parent = nullptr);

    core::SegmentPrediction prediction() const;
    // The grade of the last guess, with what `row` of `ladder` really was, and the running score.
    void showGrade(const core::ConnectionLadder &ladder, std::size_t row, const core::PredictionGrade &grade,
                   int points, int possible);
    // Ready for the next guess: empty fields, the last grade still shown. `atEnd`: nothing left to guess.
    void prepare(bool atEnd);
    void setPresenterStyle(bool on);
    void focusFirst();

    QString gradeText() const; // tests
    QString scoreText() const;

signals:
    void submitted();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateGradeTexts();

    QLabel *m_title = nullptr;
    QLabel *m_senderLabel = nullptr;
    QRadioButton *m_client = nullptr;
    QRadioButton *m_server = nullptr;
    QButtonGroup *m_sender = nullptr;
    QLabel *m_flagsLabel = nullptr;
    QLineEdit *m_flags = nullptr;
    QLabel *m_seqLabel = nullptr;
    QLineEdit *m_seq = nullptr;
    QLabel *m_ackLabel = nullptr;
    QLineEdit *m_ack = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_grade = nullptr;
    QLabel *m_score = nullptr;
    // The last grade, kept so a language switch words it again.
    struct Shown
    {
        bool any = false;
        core::PredictionGrade grade;
        core::Side sender = core::Side::Client;
        QString flags, seq, ack; // what the row really was
        int points = 0;
        int possible = 0;
    } m_shown;
};

} // namespace tcpladder::ui
