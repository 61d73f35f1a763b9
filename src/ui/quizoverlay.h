// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <map>

class QLineEdit;

namespace tcpladder::ui {

class LadderView;
class QuizSession;

// The answer fields of a fill-the-blanks quiz, over the boxes the ladder draws where values are
// hidden (QuizLabelGeometry: the painter's own geometry, so a field follows scroll and zoom). Fields
// exist only for the rows in sight: a quiz on every row of a long connection stays cheap. Tab moves
// to the next blank, Enter asks to check; once checked a field turns green or red, and a wrong one
// shows the right value (what was typed in its tooltip).
class QuizOverlay : public QObject
{
    Q_OBJECT
public:
    QuizOverlay(LadderView *view, QuizSession *session, QObject *parent = nullptr);

    // The field of a blank (index into the quiz's blanks) when its row is in sight, else null.
    QLineEdit *field(int blank) const;
    // "right", "wrong" or "" (not checked): a field's "quizMark" property, for tests and style.
    static QString markOf(const QLineEdit *field);
    // Gives the keyboard to the first blank in sight.
    void focusFirst();

signals:
    void checkRequested();
    void rowChosen(int row); // a field got the focus: its row is the one to explain

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onStarted();
    void onStopped();
    void place();
    QLineEdit *makeField(int blank);
    void showState(QLineEdit *field, int blank) const;
    void focusNext(QLineEdit *from, bool forward);

    LadderView *m_view;
    QuizSession *m_session;
    std::map<int, QPointer<QLineEdit>> m_fields; // by blank, only rows in sight
};

} // namespace tcpladder::ui
