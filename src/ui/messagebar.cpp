// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFrame>
#include <QLabel>

namespace tcpladder::ui {

MessageBar::MessageBar(QFrame *bar, QLabel *label, QAbstractButton *closeButton, QObject *parent)
    : QObject(parent),
      m_bar(bar),
      m_label(label)
{
    connect(closeButton, &QAbstractButton::clicked, this, &MessageBar::hide);
    connect(m_label, &QLabel::linkActivated, this, &MessageBar::linkActivated);
    m_bar->installEventFilter(this);
    m_bar->window()->installEventFilter(this); // the window's palette decides the tint
    hide();
}

void MessageBar::show(const QString &text, bool error)
{
    m_make = {};
    m_error = error;
    showText(text);
}

void MessageBar::show(TextMaker make, bool error)
{
    m_error = error;
    showText(make());
    m_make = std::move(make);
}

void MessageBar::showText(const QString &text)
{
    // Lines are kept whole (no word wrap, which makes the bar grow tall); a long list is cut short
    // and the tooltip holds all of it.
    QStringList lines = text.split(u'\n');
    if (lines.size() > 6) {
        const auto more = lines.size() - 5;
        lines = lines.mid(0, 5);
        lines << tr("… and %n more (hover to see all)", nullptr, static_cast<int>(more));
    }
    m_label->setText(lines.join(u'\n'));
    m_label->setToolTip(text);
    updateColours();
    m_bar->show();
}

void MessageBar::hide()
{
    m_make = {};
    m_label->clear();
    m_label->setToolTip({});
    m_bar->hide();
}

QString MessageBar::text() const
{
    return m_bar->isHidden() ? QString() : m_label->toolTip();
}

bool MessageBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bar->window() && event->type() == QEvent::PaletteChange)
        updateColours();
    else if (watched == m_bar && event->type() == QEvent::LanguageChange && m_make && !m_bar->isHidden())
        showText(m_make());
    return QObject::eventFilter(watched, event);
}

void MessageBar::updateColours()
{
    // Tinted to fit the palette: pale on a light theme, deep on a dark one.
    const bool dark = m_bar->window()->palette().color(QPalette::Window).lightness() < 128;
    QColor background;
    if (m_error)
        background = dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xe3, 0xe3);
    else
        background = dark ? QColor(0x4d, 0x3d, 0x0a) : QColor(0xff, 0xf4, 0xce);
    QPalette p = m_bar->palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, dark ? QColor(Qt::white) : QColor(Qt::black));
    m_bar->setPalette(p);
}

} // namespace tcpladder::ui
