// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizsession.h"

#include "newestjob.h"

namespace tcpladder::ui {

QuizSession::QuizSession(QObject *parent)
    : QObject(parent),
      m_job(new NewestJob(this))
{
}

std::shared_ptr<const QuizSession::Made> QuizSession::make(const core::ConnectionLadder &ladder,
                                                           const core::QuizOptions &options)
{
    auto made = std::make_shared<Made>();
    made->quiz = core::makeQuiz(ladder, options);
    for (std::size_t i = 0; i < made->quiz.blanks.size(); ++i) {
        const core::QuizBlank &blank = made->quiz.blanks[i];
        made->mask.hide(static_cast<std::uint32_t>(blank.row), ladder.rows[blank.row].segment, blank.field);
        made->rowBlanks[blank.row].push_back(static_cast<int>(i));
    }
    return made;
}

void QuizSession::start(core::SharedLadder ladder, core::QuizOptions options)
{
    m_job->cancel();
    m_ladder = std::move(ladder);
    m_options = std::move(options);
    m_made.reset();
    m_answers.clear();
    m_right.clear();
    m_checked = false;
    if (!m_ladder)
        return;
    if (m_ladder->rows.size() < static_cast<std::size_t>(m_asyncRows)) {
        setMade(make(*m_ladder, m_options));
        return;
    }
    m_job->request([this, ladder = m_ladder, options = m_options]() -> std::function<void()> {
        auto made = make(*ladder, options);
        return [this, made] { setMade(made); };
    });
}

void QuizSession::setMade(std::shared_ptr<const Made> made)
{
    m_made = std::move(made);
    emit started();
}

void QuizSession::stop()
{
    m_job->cancel();
    if (!m_ladder)
        return;
    m_ladder.reset();
    m_made.reset();
    m_answers.clear();
    m_right.clear();
    m_checked = false;
    emit stopped();
}

const core::Quiz &QuizSession::quiz() const
{
    static const core::Quiz none;
    return m_made ? m_made->quiz : none;
}

const std::vector<int> &QuizSession::blanksOfRow(std::size_t row) const
{
    static const std::vector<int> none;
    if (!m_made)
        return none;
    const auto it = m_made->rowBlanks.find(row);
    return it == m_made->rowBlanks.end() ? none : it->second;
}

const QuizMask &QuizSession::mask() const
{
    static const QuizMask none;
    return m_made ? m_made->mask : none;
}

void QuizSession::setAnswer(int blank, const QString &typed)
{
    if (m_checked || blank < 0 || blank >= blankCount())
        return;
    if (typed.trimmed().isEmpty())
        m_answers.erase(blank);
    else
        m_answers[blank] = typed;
}

QString QuizSession::answer(int blank) const
{
    const auto it = m_answers.find(blank);
    return it == m_answers.end() ? QString() : it->second;
}

void QuizSession::check()
{
    if (!isReady() || m_checked)
        return;
    m_right.clear();
    const auto &blanks = quiz().blanks;
    for (const auto &[blank, typed] : m_answers) {
        const core::QuizBlank &asked = blanks[static_cast<std::size_t>(blank)];
        if (core::isCorrectAnswer(asked.field, typed.toStdString(), asked.answer))
            m_right.insert(blank);
    }
    m_checked = true;
    emit checkedChanged(true);
}

void QuizSession::tryAgain()
{
    if (!m_checked)
        return;
    m_checked = false;
    m_right.clear();
    emit checkedChanged(false);
}

} // namespace tcpladder::ui
