// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace tcpladder::ui {

// The window's title, kept as how to make it, so that a language switch makes it again (after the
// window's own retranslateUi has put the .ui's plain title back). A leading "*" while something is
// unsaved (teacher's notes).
class WindowTitle : public QObject
{
    Q_OBJECT
public:
    using TextMaker = std::function<QString()>;

    // `modified`: whether the title gets its "*".
    WindowTitle(QWidget *window, std::function<bool()> modified);

    // No maker: the plain title, the application's name.
    void set(TextMaker make);
    // Made again, as when the modified flag changed.
    void refresh();

protected:
    bool event(QEvent *event) override;

private:
    QWidget *m_window;
    std::function<bool()> m_modified;
    TextMaker m_make;
};

} // namespace tcpladder::ui
