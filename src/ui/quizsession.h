// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz.h"
#include "quizlabels.h"
#include "streamreplay.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <set>
#include <vector>

namespace tcpladder::ui {

class NewestJob;

// Fill the blanks on one connection: the quiz (core::makeQuiz), what the student typed in each blank,
// and, once checked, which are right (core::isCorrectAnswer) and the score. No widgets: QuizOverlay
// shows it on the ladder, QuizBar the score.
class QuizSession : public QObject
{
    Q_OBJECT
public:
    explicit QuizSession(QObject *parent = nullptr);

    // A new quiz on `ladder` (shared, never copied); anything typed before is gone. A ladder of
    // asyncRows() rows or more gets its quiz made off the GUI thread: started() says it is ready.
    void start(core::SharedLadder ladder, core::QuizOptions options);
    void stop();
    bool isActive() const { return m_ladder != nullptr; }
    bool isReady() const { return m_made != nullptr; }
    void setAsyncRows(int rows) { m_asyncRows = rows; }

    const core::SharedLadder &ladder() const { return m_ladder; }
    const core::QuizOptions &options() const { return m_options; }
    const core::Quiz &quiz() const;
    int blankCount() const { return static_cast<int>(quiz().blanks.size()); }
    // The blanks of a row (indices into quiz().blanks), in QuizField order; empty when none.
    const std::vector<int> &blanksOfRow(std::size_t row) const;
    // What the ladder leaves out while this quiz runs.
    const QuizMask &mask() const;

    void setAnswer(int blank, const QString &typed);
    QString answer(int blank) const;

    // Grades every answered blank (an empty one is wrong); answers are frozen until tryAgain().
    void check();
    bool isChecked() const { return m_checked; }
    bool isRight(int blank) const { return m_right.count(blank) != 0; } // false before check()
    int score() const { return static_cast<int>(m_right.size()); }
    // Back to answering with the same blanks and what was typed, for another go at the wrong ones.
    void tryAgain();

signals:
    void started(); // the quiz is made: blanks, mask
    void stopped();
    void checkedChanged(bool checked);

private:
    struct Made
    {
        core::Quiz quiz;
        QuizMask mask;
        std::map<std::size_t, std::vector<int>> rowBlanks;
    };
    static std::shared_ptr<const Made> make(const core::ConnectionLadder &ladder, const core::QuizOptions &options);
    void setMade(std::shared_ptr<const Made> made);

    core::SharedLadder m_ladder;
    core::QuizOptions m_options;
    std::shared_ptr<const Made> m_made;
    NewestJob *m_job = nullptr; // a child
    int m_asyncRows = 20'000;
    std::map<int, QString> m_answers; // only blanks typed in: a quiz on all rows may have many
    std::set<int> m_right;
    bool m_checked = false;
};

} // namespace tcpladder::ui
