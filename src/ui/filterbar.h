// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayfilter.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace tcpladder::ui {

// The display-filter field above the connection list. Compiles as the user types and colours the
// field like Wireshark (green: valid, red: invalid); an error is shown under it with its column.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Valid, Invalid };

    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    QString text() const;
    void setText(const QString &text);
    State state() const { return m_state; }
    // One line "column 4: unknown field …"; empty unless Invalid.
    QString errorText() const { return m_errorText; }
    const core::FilterError &error() const { return m_error; }
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *errorLabel() const { return m_errorLabel; }

signals:
    // A valid text was compiled (nullptr: the field is empty, everything matches). Not emitted
    // while the text is invalid, so the list keeps the last good filter while the user types.
    void filterChanged(std::shared_ptr<const tcpladder::core::DisplayFilter> filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void compile();
    void applyColours();

    QLineEdit *m_edit = nullptr;
    QLabel *m_errorLabel = nullptr;
    State m_state = State::Empty;
    core::FilterError m_error;
    QString m_errorText;
};

} // namespace tcpladder::ui
