// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAbstractButton;
class QFrame;
class QLabel;

namespace tcpladder::ui {

// The bar above the window's panes that tells the user what went wrong and what to do about it.
// One message at a time: a new one replaces the last. It drives the .ui's frame, label and close
// button, made again in the current language after a switch and tinted to fit the palette.
class MessageBar : public QObject
{
    Q_OBJECT
public:
    using TextMaker = std::function<QString()>;

    MessageBar(QFrame *bar, QLabel *label, QAbstractButton *closeButton, QObject *parent = nullptr);

    // A finished text: it stays as it is in another language.
    void show(const QString &text, bool error);
    // A text made again after a language switch (a maker that calls tr()).
    void show(TextMaker make, bool error);
    void hide();
    // All of the message (the bar may show it cut short); empty while hidden.
    QString text() const;
    bool isError() const { return m_error; }

signals:
    // A link in the message was clicked ("save", "discard"…: what the message offers to do).
    void linkActivated(const QString &link);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showText(const QString &text);
    void updateColours();

    QFrame *m_bar;
    QLabel *m_label;
    TextMaker m_make; // of the message shown, if it can be made again
    bool m_error = false;
};

} // namespace tcpladder::ui
