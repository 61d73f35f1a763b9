// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentermode.h"

#include "explanationpane.h"
#include "ladderview.h"

#include <QAction>
#include <QMainWindow>
#include <QScreen>
#include <QShortcut>

#include <utility>

namespace tcpladder::ui {

PresenterMode::PresenterMode(QMainWindow *window, LadderView *view, ExplanationPane *explanation,
                             QList<QWidget *> panes)
    : QObject(window),
      m_window(window),
      m_view(view),
      m_explanation(explanation),
      m_panes(std::move(panes)),
      m_action(new QAction(window))
{
    m_action->setObjectName(QStringLiteral("actionPresenterMode"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_action, &QAction::toggled, this, &PresenterMode::setActive);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), window);
    connect(escape, &QShortcut::activated, this, [this] { setActive(false); });
    retranslate();
}

void PresenterMode::retranslate()
{
    m_action->setText(tr("&Presenter Mode"));
}

void PresenterMode::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    on ? enter() : leave();
    m_action->setChecked(on);
    emit activeChanged(on);
    m_view->setFocus();
}

void PresenterMode::enter()
{
    m_wasMaximized = m_window->isMaximized();
    m_zoom = m_view->userZoom();
    m_fit = m_view->fitsToWidth();
    m_theme = static_cast<int>(m_view->themeKind());
    m_panesVisible.clear();
    // Only the ladder and its note: the back row must read them, nothing else matters.
    for (QWidget *pane : std::as_const(m_panes)) {
        m_panesVisible.append(pane->isVisible());
        pane->hide();
    }
    m_view->setThemeKind(LadderThemeKind::HighContrast);
    // As large as the ladder's widest label allows without a sideways scroll bar.
    m_view->setFitToWidth(true);
    m_explanation->setPresenterStyle(true);
    if (QScreen *display = m_window->screen())
        m_window->setGeometry(display->geometry()); // without a window manager full-screen is only a hint
    m_window->showFullScreen();
}

void PresenterMode::leave()
{
    for (qsizetype i = 0; i < m_panes.size(); ++i)
        m_panes[i]->setVisible(m_panesVisible.value(i, true));
    m_view->setThemeKind(static_cast<LadderThemeKind>(m_theme));
    if (m_fit)
        m_view->setFitToWidth(true);
    else
        m_view->setZoom(m_zoom * m_view->textScale());
    m_explanation->setPresenterStyle(false);
    if (m_wasMaximized)
        m_window->showMaximized();
    else
        m_window->showNormal();
}

} // namespace tcpladder::ui
