// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderviewactions.h"

#include "explanationpane.h"
#include "ladderview.h"

#include <QAction>
#include <QMenu>

namespace tcpladder::ui {

LadderViewActions::LadderViewActions(QMenu *viewMenu, const Zoom &zoom, LadderView *view, ExplanationPane *explanation)
    : QObject(viewMenu),
      m_showStates(addCheckable(viewMenu, "actionShowStates")),
      m_textbook(addCheckable(viewMenu, "actionTextbookLayout")),
      m_stepThrough(addCheckable(viewMenu, "actionStepThrough"))
{
    m_showStates->setChecked(view->showStates());
    connect(m_showStates, &QAction::toggled, view, &LadderView::setShowStates);
    connect(m_textbook, &QAction::toggled, view, &LadderView::setTextbook);

    m_stepThrough->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_stepThrough, &QAction::toggled, this, [view, explanation](bool on) {
        view->setStepping(on);
        view->setFocus();
        if (on)
            explanation->showHint(tr("Step-through: press Space or → to reveal the first arrow."));
    });
    connect(view, &LadderView::steppingChanged, m_stepThrough, &QAction::setChecked);
    setupZoom(zoom, view);
    retranslate();
}

void LadderViewActions::setupZoom(const Zoom &zoom, LadderView *view)
{
    zoom.in->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    zoom.out->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    zoom.in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(QStringLiteral("Ctrl+="))});
    zoom.out->setShortcuts(QKeySequence::ZoomOut);
    connect(zoom.in, &QAction::triggered, view, &LadderView::zoomIn);
    connect(zoom.out, &QAction::triggered, view, &LadderView::zoomOut);
    connect(zoom.reset, &QAction::triggered, view, &LadderView::resetZoom);
    // Zooming by hand ends fitting (as in a PDF viewer); the view says so and the check mark follows.
    connect(zoom.fit, &QAction::toggled, view, &LadderView::setFitToWidth);
    connect(view, &LadderView::fitToWidthChanged, zoom.fit, &QAction::setChecked);
}

QAction *LadderViewActions::addCheckable(QMenu *menu, const char *objectName)
{
    QAction *action = menu->addAction(QString()); // its text in retranslate()
    action->setObjectName(QLatin1String(objectName));
    action->setCheckable(true);
    return action;
}

void LadderViewActions::retranslate()
{
    m_showStates->setText(tr("Show TCP &States"));
    m_showStates->setToolTip(tr("RFC 9293 states (SYN_SENT, ESTABLISHED, FIN_WAIT_1, …) beside both lifelines"));
    m_textbook->setText(tr("&Textbook Layout"));
    m_textbook->setToolTip(tr("Slant the arrows by the one-way delay estimated from the handshake RTT"));
    m_stepThrough->setText(tr("Step &Through"));
    m_stepThrough->setToolTip(tr("Reveal the arrows one by one: Space or → for the next, ← or Backspace to go back"));
}

} // namespace tcpladder::ui
