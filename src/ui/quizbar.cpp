// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizbar.h"

#include "quizsession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tcpladder::ui {

QuizBar::QuizBar(QuizSession *session, QWidget *parent)
    : QFrame(parent),
      m_session(session)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("quizBarText"));
    m_text->setWordWrap(true);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("quizScore"));
    QFont bold = m_score->font();
    bold.setBold(true);
    m_score->setFont(bold);
    m_score->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred); // never squeezed by the long hint
    const auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_check = button("quizCheck");
    m_tryAgain = button("quizTryAgain");
    m_newQuiz = button("quizNew");
    m_end = button("quizEnd");
    layout->addWidget(m_text, 1);
    layout->addWidget(m_score);
    for (QPushButton *b : {m_check, m_tryAgain, m_newQuiz, m_end})
        layout->addWidget(b);
    connect(m_check, &QPushButton::clicked, this, &QuizBar::checkClicked);
    connect(m_tryAgain, &QPushButton::clicked, m_session, &QuizSession::tryAgain);
    connect(m_newQuiz, &QPushButton::clicked, this, &QuizBar::newQuizClicked);
    connect(m_end, &QPushButton::clicked, this, &QuizBar::endClicked);
    connect(m_session, &QuizSession::started, this, &QuizBar::showSession);
    connect(m_session, &QuizSession::checkedChanged, this, &QuizBar::showSession);
    retranslate();
}

QString QuizBar::scoreText() const
{
    return m_score->text();
}

void QuizBar::setPresenterStyle(bool on)
{
    // The buttons and the score for the back row; the hint stays small so it fits on one line.
    for (QWidget *widget : std::initializer_list<QWidget *>{m_score, m_check, m_tryAgain, m_newQuiz, m_end}) {
        QFont big = widget->font();
        big.setPointSizeF(on ? 18 : font().pointSizeF());
        widget->setFont(big);
    }
}

void QuizBar::showSession()
{
    const bool checked = m_session->isChecked();
    m_check->setVisible(!checked);
    m_tryAgain->setVisible(checked);
    if (!m_session->isReady())
        m_text->setText(tr("Making the quiz…"));
    else if (m_session->blankCount() == 0)
        m_text->setText(tr("Nothing to fill in: this connection has no rows of that kind. Pick other rows or values."));
    else if (checked)
        m_text->setText(tr("Green is right, red is wrong and shows the right value. Click a row for its explanation."));
    else
        m_text->setText(tr("Fill the blanks: type a value in each box (Tab for the next), then Check (Enter)."));
    m_score->setText(checked ? tr("%1 / %2").arg(m_session->score()).arg(m_session->blankCount()) : QString());
    m_check->setEnabled(m_session->blankCount() > 0);
}

void QuizBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void QuizBar::retranslate()
{
    m_check->setText(tr("Check"));
    m_tryAgain->setText(tr("Try Again"));
    m_newQuiz->setText(tr("New Quiz…"));
    m_end->setText(tr("End Quiz"));
    showSession();
}

} // namespace tcpladder::ui
