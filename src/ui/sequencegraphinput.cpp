// SPDX-License-Identifier: GPL-3.0-or-later
// SequenceGraph's mouse and keyboard: click a point to select its row, drag to zoom, wheel and keys to
// zoom and pan, right-click for the menu.
#include "sequencegraph.h"

#include "sequencegraphchart.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>

#include <cmath>

namespace tcpladder::ui {

using core::Direction;

namespace {

constexpr int dragThreshold = 4;   // pixels a press must move before it is a zoom, not a click
constexpr qreal clickRadius = 8.0; // pixels around a point that still select it

} // namespace

void SequenceGraph::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_chart->plotArea().contains(chartPos(event->position().toPoint()))) {
        m_pressPos = event->position().toPoint();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void SequenceGraph::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressPos) {
        const QPoint pos = event->position().toPoint();
        if (m_rubberBand->isVisible() || (pos - *m_pressPos).manhattanLength() >= dragThreshold) {
            m_rubberBand->setGeometry(QRect(*m_pressPos, pos).normalized());
            m_rubberBand->show();
        }
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void SequenceGraph::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressPos || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QPoint press = *m_pressPos;
    m_pressPos.reset();
    event->accept();
    if (m_rubberBand->isVisible()) {
        m_rubberBand->hide();
        const QRect band = QRect(press, event->position().toPoint()).normalized();
        const QRectF area = m_chart->plotArea();
        const auto clamp = [&area](QPointF p) {
            return QPointF(std::clamp(p.x(), area.left(), area.right()), std::clamp(p.y(), area.top(), area.bottom()));
        };
        const QPointF a = valueAt(clamp(chartPos(band.topLeft())));
        const QPointF b = valueAt(clamp(chartPos(band.bottomRight())));
        if (band.width() >= dragThreshold && band.height() >= dragThreshold)
            zoomTo(QRectF(a, b));
        return;
    }
    const int row = m_chart->rowAt(chartPos(press), clickRadius);
    if (row >= 0) {
        m_chart->setCurrentRow(row);
        emit rowActivated(row);
    }
}

void SequenceGraph::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_chart->rowAt(chartPos(event->position().toPoint()), clickRadius) < 0) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void SequenceGraph::wheelEvent(QWheelEvent *event)
{
    const QPointF pos = chartPos(event->position().toPoint());
    if (!m_chart->plotArea().contains(pos) || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    // Zoom around the value under the cursor, so what is pointed at stays where it is.
    const double factor = std::pow(0.8, event->angleDelta().y() / 120.0);
    const QPointF centre = valueAt(pos);
    const QRectF range = m_chart->visibleRange();
    const bool timeOnly = event->modifiers() & Qt::ShiftModifier;
    const double left = centre.x() - (centre.x() - range.left()) * factor;
    const double right = centre.x() + (range.right() - centre.x()) * factor;
    const double bottom = timeOnly ? range.top() : centre.y() - (centre.y() - range.top()) * factor;
    const double top = timeOnly ? range.bottom() : centre.y() + (range.bottom() - centre.y()) * factor;
    zoomTo(QRectF(QPointF(left, bottom), QPointF(right, top)));
    event->accept();
}

void SequenceGraph::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_Home:
    case Qt::Key_0:
        resetZoom();
        event->accept();
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void SequenceGraph::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    auto *group = new QActionGroup(&menu);
    const auto addDirection = [&](Direction d, const QString &text) {
        QAction *action = menu.addAction(text);
        action->setCheckable(true);
        action->setChecked(direction() == d);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, d] { setDirection(d); });
    };
    if (m_chart->usesDirection()) {
        addDirection(Direction::ClientToServer, tr("Data client → server"));
        addDirection(Direction::ServerToClient, tr("Data server → client"));
        menu.addSeparator();
    }
    QAction *reset = menu.addAction(tr("Reset Zoom"), this, &SequenceGraph::resetZoom);
    reset->setEnabled(m_zoomed);
    menu.addAction(tr("Export Graph as PNG…"), this, &SequenceGraph::exportWithDialog);
    menu.exec(event->globalPos());
}

} // namespace tcpladder::ui
