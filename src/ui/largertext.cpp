// SPDX-License-Identifier: GPL-3.0-or-later
#include "largertext.h"

#include "ladderview.h"

#include <QAction>
#include <QApplication>

namespace tcpladder::ui {

LargerText::LargerText(QAction *action, LadderView *view)
    : QObject(action),
      m_action(action),
      m_view(view),
      m_baseFont(QApplication::font())
{
    connect(action, &QAction::toggled, this, &LargerText::apply);
}

void LargerText::setOn(bool on)
{
    if (m_action->isChecked() == on)
        apply(on); // the font again, as asked, even when the check mark stays
    else
        m_action->setChecked(on);
}

void LargerText::apply(bool on)
{
    QFont font = m_baseFont;
    if (on) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 1.5);
        else
            font.setPixelSize(font.pixelSize() * 3 / 2);
    }
    QApplication::setFont(font);
    // The ladder draws with its own painter font; a factor kept apart from the user's zoom scales
    // it, so that Reset Zoom in between does not leave the ladder at 1 / 1.5 afterwards.
    m_view->setTextScale(on ? 1.5 : 1.0);
    emit fontChanged(font);
}

} // namespace tcpladder::ui
