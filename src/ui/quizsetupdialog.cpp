// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizsetupdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tcpladder::ui {

QuizSetupDialog::QuizSetupDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Fill the Blanks"));
    auto *layout = new QVBoxLayout(this);
    auto *hide = new QGroupBox(tr("Hide these values"), this);
    auto *hideLayout = new QVBoxLayout(hide);
    const auto check = [&](const QString &text, const char *name) {
        auto *box = new QCheckBox(text, hide);
        box->setObjectName(QLatin1String(name));
        hideLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &QuizSetupDialog::updateOk);
        return box;
    };
    m_seq = check(tr("&Seq (relative sequence number)"), "quizHideSeq");
    m_ack = check(tr("&Ack (relative acknowledgement number)"), "quizHideAck");
    m_len = check(tr("&Len (payload bytes)"), "quizHideLen");
    m_flags = check(tr("&Flags (SYN, ACK, FIN, …)"), "quizHideFlags");
    m_states = check(tr("TCP states of both &ends after each segment"), "quizHideStates");
    layout->addWidget(hide);

    auto *rows = new QGroupBox(tr("On these rows of the connection"), this);
    auto *rowsLayout = new QVBoxLayout(rows);
    m_all = new QRadioButton(tr("All &rows"), rows);
    m_handshake = new QRadioButton(tr("The three-way &handshake"), rows);
    m_teardown = new QRadioButton(tr("The &teardown (FIN or RST)"), rows);
    m_all->setObjectName(QStringLiteral("quizScopeAll"));
    m_handshake->setObjectName(QStringLiteral("quizScopeHandshake"));
    m_teardown->setObjectName(QStringLiteral("quizScopeTeardown"));
    for (QRadioButton *button : {m_all, m_handshake, m_teardown})
        rowsLayout->addWidget(button);
    layout->addWidget(rows);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Quiz"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // What a first lesson asks: the handshake's numbers.
    setOptions({{core::QuizField::Seq, core::QuizField::Ack, core::QuizField::Flags}, core::QuizScope::Handshake});
}

core::QuizOptions QuizSetupDialog::options() const
{
    core::QuizOptions options;
    const std::pair<QCheckBox *, core::QuizField> fields[] = {{m_seq, core::QuizField::Seq},
                                                              {m_ack, core::QuizField::Ack},
                                                              {m_len, core::QuizField::Len},
                                                              {m_flags, core::QuizField::Flags}};
    for (const auto &[box, field] : fields)
        if (box->isChecked())
            options.hide.push_back(field);
    if (m_states->isChecked()) {
        options.hide.push_back(core::QuizField::ClientState);
        options.hide.push_back(core::QuizField::ServerState);
    }
    options.scope = m_handshake->isChecked() ? core::QuizScope::Handshake
        : m_teardown->isChecked()            ? core::QuizScope::Teardown
                                             : core::QuizScope::All;
    return options;
}

void QuizSetupDialog::setOptions(const core::QuizOptions &options)
{
    const auto hides = [&](core::QuizField field) {
        return std::find(options.hide.begin(), options.hide.end(), field) != options.hide.end();
    };
    m_seq->setChecked(hides(core::QuizField::Seq));
    m_ack->setChecked(hides(core::QuizField::Ack));
    m_len->setChecked(hides(core::QuizField::Len));
    m_flags->setChecked(hides(core::QuizField::Flags));
    m_states->setChecked(hides(core::QuizField::ClientState) || hides(core::QuizField::ServerState));
    m_all->setChecked(options.scope == core::QuizScope::All);
    m_handshake->setChecked(options.scope == core::QuizScope::Handshake);
    m_teardown->setChecked(options.scope == core::QuizScope::Teardown);
    updateOk();
}

void QuizSetupDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!options().hide.empty());
}

} // namespace tcpladder::ui
