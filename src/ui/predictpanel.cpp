// SPDX-License-Identifier: GPL-3.0-or-later
#include "predictpanel.h"

#include "tcpflags.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace tcpladder::ui {

PredictPanel::PredictPanel(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title, 0, 0, 1, 9);

    m_senderLabel = new QLabel(this);
    m_client = new QRadioButton(this);
    m_client->setObjectName(QStringLiteral("predictClient"));
    m_server = new QRadioButton(this);
    m_server->setObjectName(QStringLiteral("predictServer"));
    m_sender = new QButtonGroup(this);
    m_sender->addButton(m_client, static_cast<int>(core::Side::Client));
    m_sender->addButton(m_server, static_cast<int>(core::Side::Server));
    const auto edit = [this](const char *name) {
        auto *line = new QLineEdit(this);
        line->setObjectName(QLatin1String(name));
        line->installEventFilter(this);
        return line;
    };
    m_flagsLabel = new QLabel(this);
    m_flags = edit("predictFlags");
    m_seqLabel = new QLabel(this);
    m_seq = edit("predictSeq");
    m_ackLabel = new QLabel(this);
    m_ack = edit("predictAck");
    m_flagsLabel->setBuddy(m_flags);
    m_seqLabel->setBuddy(m_seq);
    m_ackLabel->setBuddy(m_ack);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("predictSubmit"));
    connect(m_submit, &QPushButton::clicked, this, &PredictPanel::submitted);

    int column = 0;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_senderLabel, m_client, m_server, m_flagsLabel, m_flags,
                                                            m_seqLabel, m_seq, m_ackLabel, m_ack})
        layout->addWidget(widget, 1, column++);
    layout->addWidget(m_submit, 1, column);
    layout->setColumnStretch(4, 2);
    layout->setColumnStretch(6, 1);
    layout->setColumnStretch(8, 1);

    m_grade = new QLabel(this);
    m_grade->setObjectName(QStringLiteral("predictGrade"));
    m_grade->setWordWrap(true);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("predictScore"));
    m_score->setFont(bold);
    layout->addWidget(m_grade, 2, 0, 1, 8);
    layout->addWidget(m_score, 2, 8, 1, 2, Qt::AlignRight);
    retranslate();
}

core::SegmentPrediction PredictPanel::prediction() const
{
    core::SegmentPrediction guess;
    if (m_sender->checkedId() >= 0)
        guess.sender = static_cast<core::Side>(m_sender->checkedId());
    guess.flags = m_flags->text().toStdString();
    guess.seq = m_seq->text().toStdString();
    guess.ack = m_ack->text().toStdString();
    return guess;
}

void PredictPanel::showGrade(const core::ConnectionLadder &ladder, std::size_t row, const core::PredictionGrade &grade,
                             int points, int possible)
{
    m_shown.any = row < ladder.rows.size();
    if (m_shown.any) {
        const core::Segment &segment = ladder.rows[row].segment;
        m_shown.sender = segment.direction == core::Direction::ClientToServer ? core::Side::Client : core::Side::Server;
        m_shown.flags = QString::fromStdString(core::flagsToString(segment.flags));
        m_shown.seq = QString::number(segment.seq);
        m_shown.ack = segment.has(core::FlagAck) ? QString::number(segment.ack) : QString();
    }
    m_shown.grade = grade;
    m_shown.points = points;
    m_shown.possible = possible;
    updateGradeTexts();
}

void PredictPanel::updateGradeTexts()
{
    m_score->setText(tr("Score: %1 / %2").arg(m_shown.points).arg(m_shown.possible));
    if (!m_shown.any) {
        m_grade->clear();
        return;
    }
    const auto part = [](const QString &name, bool right, const QString &truth) {
        return QStringLiteral("%1 %2 %3").arg(right ? QStringLiteral("✓") : QStringLiteral("✗"), name, truth);
    };
    const core::PredictionGrade &g = m_shown.grade;
    const QString sender = m_shown.sender == core::Side::Client ? tr("client") : tr("server");
    const QStringList parts{part(tr("sender:"), g.sender, sender), part(tr("flags:"), g.flags, m_shown.flags),
                            part(tr("Seq:"), g.seq, m_shown.seq),
                            part(tr("Ack:"), g.ack, m_shown.ack.isEmpty() ? tr("none (no ACK flag)") : m_shown.ack)};
    m_grade->setText(tr("%1 of 4 right — %2").arg(g.correct()).arg(parts.join(QStringLiteral(" · "))));
}

void PredictPanel::prepare(bool atEnd)
{
    m_sender->setExclusive(false);
    m_client->setChecked(false);
    m_server->setChecked(false);
    m_sender->setExclusive(true);
    for (QLineEdit *line : {m_flags, m_seq, m_ack})
        line->clear();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_client, m_server, m_flags, m_seq, m_ack, m_submit})
        widget->setEnabled(!atEnd);
}

void PredictPanel::focusFirst()
{
    m_flags->setFocus(Qt::OtherFocusReason);
}

void PredictPanel::setPresenterStyle(bool on)
{
    QFont big = font();
    big.setPointSizeF(on ? 18 : QFont().pointSizeF());
    setFont(big);
}

QString PredictPanel::gradeText() const
{
    return m_grade->text();
}

QString PredictPanel::scoreText() const
{
    return m_score->text();
}

void PredictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

bool PredictPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_submit->isEnabled()) {
            emit submitted();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void PredictPanel::retranslate()
{
    m_title->setText(tr("Predict the next segment: who sends it, with which flags, Seq and Ack?"));
    m_senderLabel->setText(tr("Sender:"));
    m_client->setText(tr("Client"));
    m_server->setText(tr("Server"));
    m_flagsLabel->setText(tr("Flags:"));
    m_flags->setPlaceholderText(tr("e.g. SYN, ACK"));
    m_seqLabel->setText(tr("Seq:"));
    m_ackLabel->setText(tr("Ack:"));
    m_ack->setPlaceholderText(tr("empty if no ACK"));
    m_submit->setText(tr("Check && Reveal"));
    updateGradeTexts();
}

} // namespace tcpladder::ui
