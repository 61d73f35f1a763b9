// SPDX-License-Identifier: GPL-3.0-or-later
// The window's message bar as MainWindow lays it out (a label and a close button in the centre), for the
// tests of the collaborators that report through a MessageBar.
#pragma once

#include "messagebar.h"

#include <QFrame>
#include <QLabel>
#include <QMainWindow>
#include <QToolButton>
#include <QVBoxLayout>

namespace tcpladder::testsupport {

// Puts `label` and a close button into `window`'s centre; the bar shows its messages in `label`.
inline ui::MessageBar *installMessageBar(QMainWindow &window, QLabel *label)
{
    auto *frame = new QFrame;
    auto *layout = new QVBoxLayout(frame);
    auto *close = new QToolButton;
    layout->addWidget(label);
    layout->addWidget(close);
    window.setCentralWidget(frame);
    return new ui::MessageBar(frame, label, close, &window);
}

} // namespace tcpladder::testsupport
