// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedladderview.h"

#include "ladderzoom.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tcpladder::ui {

namespace {

// Narrower than this the labels overrun the lifelines; the view scrolls sideways instead.
constexpr double minimumDrawingWidth = 760;

} // namespace

MergedLadderView::MergedLadderView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
}

void MergedLadderView::setSession(std::shared_ptr<const MergedSession> session)
{
    m_session = std::move(session);
    m_painter.reset();
    m_current = -1;
    if (m_session && m_session->layout)
        m_painter.emplace(*m_session->ladder, m_session->peer, m_session->names, m_session->font, m_session->layout);
    setThemeKind(m_theme);
    verticalScrollBar()->setValue(0);
    emit currentArrowChanged(-1);
}

void MergedLadderView::clear()
{
    setSession(nullptr);
}

void MergedLadderView::setThemeKind(LadderThemeKind kind)
{
    m_theme = kind;
    if (m_painter)
        m_painter->setTheme(LadderTheme::forKind(kind));
    updateGeometryOfDrawing();
}

void MergedLadderView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, LadderZoom::minScale, LadderZoom::maxScale);
    if (zoom == m_zoom)
        return;
    // The middle of what is shown stays in the middle.
    const double middle = (verticalScrollBar()->value() + viewport()->height() / 2.0) / m_zoom;
    m_zoom = zoom;
    updateGeometryOfDrawing();
    verticalScrollBar()->setValue(static_cast<int>(middle * m_zoom - viewport()->height() / 2.0));
}

void MergedLadderView::setCurrentArrow(int arrow)
{
    if (!m_painter || arrow < -1 || arrow >= static_cast<int>(m_painter->layout().arrows.size()))
        arrow = -1;
    if (arrow == m_current)
        return;
    m_current = arrow;
    if (arrow >= 0) {
        const QLineF line = m_painter->arrowLine(static_cast<std::size_t>(arrow));
        const int top = static_cast<int>((line.y1() - 2 * MergedLadderPainter::stepFor(m_session->font)) * m_zoom);
        const int bottom = static_cast<int>((line.y2() + MergedLadderPainter::stepFor(m_session->font)) * m_zoom);
        QScrollBar *bar = verticalScrollBar();
        if (top < bar->value())
            bar->setValue(top);
        else if (bottom > bar->value() + viewport()->height())
            bar->setValue(std::min(top, bottom - viewport()->height()));
    }
    viewport()->update();
    emit currentArrowChanged(arrow);
}

void MergedLadderView::updateGeometryOfDrawing()
{
    if (!m_painter) {
        horizontalScrollBar()->setRange(0, 0);
        verticalScrollBar()->setRange(0, 0);
        viewport()->update();
        return;
    }
    m_painter->setWidth(std::max(minimumDrawingWidth, viewport()->width() / m_zoom));
    const int width = static_cast<int>(std::ceil(m_painter->width() * m_zoom));
    const int height = static_cast<int>(std::ceil(m_painter->height() * m_zoom));
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, height - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(static_cast<int>(MergedLadderPainter::stepFor(m_session->font) * m_zoom));
    viewport()->update();
}

QPointF MergedLadderView::toDrawing(QPointF viewportPoint) const
{
    return (viewportPoint + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value())) / m_zoom;
}

void MergedLadderView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const LadderTheme theme = LadderTheme::forKind(m_theme);
    p.fillRect(viewport()->rect(), theme.background);
    if (!m_painter)
        return;
    p.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    p.scale(m_zoom, m_zoom);
    const QRectF exposed(toDrawing(QPointF(0, 0)), toDrawing(QPointF(viewport()->width(), viewport()->height())));
    m_painter->paint(p, exposed, m_current);
}

void MergedLadderView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometryOfDrawing();
}

void MergedLadderView::mousePressEvent(QMouseEvent *event)
{
    if (m_painter && event->button() == Qt::LeftButton)
        setCurrentArrow(m_painter->arrowAt(toDrawing(event->position())));
    QAbstractScrollArea::mousePressEvent(event);
}

void MergedLadderView::keyPressEvent(QKeyEvent *event)
{
    const int count = m_painter ? static_cast<int>(m_painter->layout().arrows.size()) : 0;
    switch (event->key()) {
    case Qt::Key_Down:
        if (count > 0)
            setCurrentArrow(std::min(m_current + 1, count - 1));
        return;
    case Qt::Key_Up:
        if (count > 0)
            setCurrentArrow(std::max(m_current - 1, 0));
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_zoom * 1.25);
        return;
    case Qt::Key_Minus:
        setZoom(m_zoom / 1.25);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void MergedLadderView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * std::pow(1.25, event->angleDelta().y() / 120.0));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void MergedLadderView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    // The header and the notes are worded while painting; the palette theme follows the palette.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        setThemeKind(m_theme);
}

} // namespace tcpladder::ui
