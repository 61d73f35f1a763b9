// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace tcpladder::ui {

class QuizSession;

// The strip above the ladder while a fill-the-blanks quiz runs: what to do, Check, the score
// ("7 / 10"), Try Again, a new quiz, and the way out. Shows a QuizSession; decides nothing.
class QuizBar : public QFrame
{
    Q_OBJECT
public:
    explicit QuizBar(QuizSession *session, QWidget *parent = nullptr);

    QString scoreText() const; // "7 / 10" once checked, else empty
    void setPresenterStyle(bool on);

signals:
    void checkClicked();
    void newQuizClicked();
    void endClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSession();

    QuizSession *m_session;
    QLabel *m_text = nullptr;
    QLabel *m_score = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_tryAgain = nullptr;
    QPushButton *m_newQuiz = nullptr;
    QPushButton *m_end = nullptr;
};

} // namespace tcpladder::ui
