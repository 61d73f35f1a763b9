// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace tcpladder::ui {

// What the ladder area says while there is no ladder to draw: how to start (no capture open), that
// a filter hides every connection (and how to get them back), or that a connection is to be picked.
// A blank area teaches nothing; each state names the next step and offers it as a button.
class LadderPlaceholder : public QWidget
{
    Q_OBJECT
public:
    enum class State { NoCapture, Loading, NoConnections, NothingMatches, SelectConnection };

    explicit LadderPlaceholder(QWidget *parent = nullptr);

    // The buttons run the window's own actions, so their texts and shortcuts stay in one place.
    // `guide`: Help › Getting Started, offered on the start page so a first start has a way in.
    void setActions(QAction *open, QMenu *samples, QAction *capture, QAction *guide = nullptr);
    // `filter` / `search`: the display filter and quick search that hide everything (NothingMatches);
    // `hidden`: how many connections they hide.
    void setState(State state, const QString &filter = {}, const QString &search = {}, int hidden = 0);
    State state() const { return m_state; }
    QString text() const; // the message as plain text (tests)
    QLabel *messageLabel() const { return m_message; }

signals:
    void clearFilterRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_message = nullptr;
    QToolButton *m_open = nullptr;
    QToolButton *m_sample = nullptr;
    QToolButton *m_capture = nullptr;
    QToolButton *m_guide = nullptr;
    QPushButton *m_clearFilter = nullptr;
    State m_state = State::NoCapture;
    QString m_filter;
    QString m_search;
    int m_hidden = 0;
};

} // namespace tcpladder::ui
