// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QRadioButton;

namespace tcpladder::ui {

// Teaching › Fill the Blanks…: which values to hide (Seq, Ack, Len, flags, TCP states) on which rows
// of the connection (all, the handshake, the teardown).
class QuizSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuizSetupDialog(QWidget *parent = nullptr);

    core::QuizOptions options() const;
    void setOptions(const core::QuizOptions &options);

private:
    void updateOk();

    QCheckBox *m_seq = nullptr;
    QCheckBox *m_ack = nullptr;
    QCheckBox *m_len = nullptr;
    QCheckBox *m_flags = nullptr;
    QCheckBox *m_states = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_handshake = nullptr;
    QRadioButton *m_teardown = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tcpladder::ui
