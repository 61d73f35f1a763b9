// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderview.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tcpladder::ui {

namespace {

const core::SharedLadder &emptyLadder()
{
    static const core::SharedLadder empty = std::make_shared<const core::ConnectionLadder>();
    return empty;
}

} // namespace

LadderView::LadderView(QWidget *parent)
    : QAbstractScrollArea(parent),
      m_ladder(emptyLadder()),
      m_layoutJob(new NewestJob(this))
{
    m_layoutJob->setObjectName(QStringLiteral("layoutJob"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    verticalScrollBar()->setSingleStep(20);
    horizontalScrollBar()->setSingleStep(20);
    relayout();
}

LadderView::~LadderView() = default;

void LadderView::setLadder(core::ConnectionLadder ladder)
{
    setLadder(std::make_shared<const core::ConnectionLadder>(std::move(ladder)));
}

void LadderView::layOutNewLadderOffGuiThread()
{
    // Nothing of the connection before stays on screen meanwhile: its rows are not these.
    LadderViewLayoutInput nothing = layoutInput();
    nothing.ladder = emptyLadder();
    applyLayout(layoutLadderView(nothing));
    layOutOffGuiThread();
}

void LadderView::clear()
{
    m_ladder = emptyLadder();
    m_hasLadder = false;
    m_expandedRuns.clear();
    relayout();
    if (m_currentRow != -1) {
        m_currentRow = -1;
        emit currentRowChanged(-1);
    }
    viewport()->update();
}

void LadderView::setCurrentRow(int row)
{
    if (row < -1 || row >= static_cast<int>(m_ladder->rows.size()))
        row = -1;
    if (m_step.isActive() && row >= m_step.revealed())
        row = m_step.newestRow(); // stepping: nothing beyond the revealed arrows can be selected
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    if (row >= 0) {
        if (const auto item = m_layout.itemForRow(static_cast<std::uint32_t>(row)))
            ensureItemVisible(*item);
    }
    viewport()->update();
    emit currentRowChanged(row);
}

void LadderView::setThemeKind(LadderThemeKind kind)
{
    m_themeKind = kind;
    relayoutKeepingTopRow();
}

void LadderView::setRunExpanded(std::uint32_t runKey, bool expanded)
{
    const bool changed = expanded ? m_expandedRuns.insert(runKey).second : m_expandedRuns.erase(runKey) > 0;
    if (!changed)
        return;
    relayoutKeepingTopRow();
    if (expanded)
        emit runExpanded(runKey);
}

void LadderView::collapseAllRuns()
{
    if (m_expandedRuns.empty())
        return;
    m_expandedRuns.clear();
    relayoutKeepingTopRow();
}

int LadderView::topRow() const
{
    if (!m_hasLadder || m_layout.itemCount() == 0)
        return -1;
    const double y = contentY(static_cast<int>(m_layout.headerHeight()));
    const auto [first, last] = m_layout.itemRange(y, y + 1);
    return first < m_layout.itemCount() ? static_cast<int>(m_layout.item(first).row) : -1;
}

double LadderView::contentY(int viewportY) const
{
    return viewportY + verticalScrollBar()->value();
}

void LadderView::ensureItemVisible(std::size_t item)
{
    const double top = m_layout.itemTopWithTitle(item);
    const double bottom = m_layout.itemTop(item) + m_layout.itemHeight();
    // The header stays pinned, so the usable area starts below it.
    const double viewTop = verticalScrollBar()->value() + m_layout.headerHeight();
    const double viewBottom = verticalScrollBar()->value() + viewport()->height();
    // A row taller than the room below the header (a small window, or one still being laid out at
    // start) is shown from its top: its title and arrow, not whatever part fits at the bottom.
    const bool tallerThanRoom = bottom - top > viewport()->height() - m_layout.headerHeight();
    if (top < viewTop || tallerThanRoom)
        verticalScrollBar()->setValue(static_cast<int>(std::floor(top - m_layout.headerHeight())));
    else if (bottom > viewBottom)
        verticalScrollBar()->setValue(static_cast<int>(std::ceil(bottom - viewport()->height())));
}

std::optional<QPoint> LadderView::rowPoint(int row) const
{
    if (row < 0)
        return std::nullopt;
    const auto item = m_layout.itemForRow(static_cast<std::uint32_t>(row));
    if (!item)
        return std::nullopt;
    const core::LadderItem laid = m_layout.item(*item);
    const QPointF middle((laid.start.x + laid.end.x) / 2, (laid.start.y + laid.end.y) / 2);
    return QPoint(static_cast<int>(std::lround(middle.x())) - horizontalScrollBar()->value(),
                  static_cast<int>(std::lround(middle.y())) - verticalScrollBar()->value());
}

int LadderView::rowAt(const QPoint &point) const
{
    if (!m_hasLadder || (verticalScrollBar()->value() > 0 && point.y() < m_layout.headerHeight()))
        return -1; // the pinned header covers the rows scrolled under it
    const auto item = m_layout.itemAt(point.x() + horizontalScrollBar()->value(), contentY(point.y()));
    return item ? static_cast<int>(m_layout.item(*item).row) : -1;
}

LadderExportOptions LadderView::exportOptions(int width) const
{
    // The text scale (Larger Text), not the zoom: a zoom is how close the student sits, not the figure.
    LadderExportOptions options = viewOptions(width, m_zoom.textScale());
    // An export must not depend on the desktop it was made on: "follow the palette" becomes light or dark.
    if (m_themeKind == LadderThemeKind::Palette)
        options.theme =
            palette().color(QPalette::Base).lightness() < 128 ? LadderThemeKind::Dark : LadderThemeKind::Light;
    options.noteEdits = m_noteEdits;
    return options;
}

QImage LadderView::renderImage(int width) const
{
    return m_hasLadder ? renderLadderImage(*m_ladder, exportOptions(width)) : QImage();
}

void LadderView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QRectF area = viewport()->rect();
    if (!m_hasLadder) {
        painter.fillRect(area, m_painter.theme().background);
        painter.setPen(m_painter.theme().mutedText);
        painter.drawText(area, Qt::AlignCenter, tr("Select a connection to see its ladder"));
        return;
    }
    if (m_laidOut->rows.empty() && !m_ladder->rows.empty()) {
        painter.fillRect(area, m_painter.theme().background);
        painter.setPen(m_painter.theme().mutedText);
        painter.drawText(area, Qt::AlignCenter,
                         tr("Laying out %1 segments…").arg(QLocale().toString(qulonglong(m_ladder->rows.size()))));
        return;
    }
    const double dx = horizontalScrollBar()->value();
    const double dy = verticalScrollBar()->value();
    painter.fillRect(area, m_painter.theme().background);
    painter.save();
    painter.translate(-dx, -dy);
    m_painter.paint(painter, m_layout, area.translated(dx, dy), m_currentRow);
    painter.restore();
    if (dy > 0) {
        // Endpoints stay in sight however far down the student scrolls.
        painter.translate(-dx, 0);
        m_painter.paintHeader(painter, m_layout);
        painter.setPen(QPen(m_painter.theme().headerBorder, 1));
        painter.drawLine(QPointF(dx, m_layout.headerHeight() - 0.5),
                         QPointF(dx + area.width(), m_layout.headerHeight() - 0.5));
        painter.translate(dx, 0);
    }
    paintStepBadge(painter);
}

void LadderView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // The layout depends on the width alone: when only the height changed (the explanation pane
    // below wrapping its note to another number of lines, at every step) a million rows are not
    // laid out again, the scroll range is.
    if (layoutFitsViewport()) {
        updateScrollBars();
        viewport()->update();
        return;
    }
    // A big ladder at a new width (the window resized) is laid out off the GUI thread too.
    if (m_ladder->rows.size() >= static_cast<std::size_t>(m_asyncLayoutRows)) {
        layOutOffGuiThread();
        updateScrollBars();
        viewport()->update();
        return;
    }
    relayout();
}

void LadderView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint point = event->position().toPoint();
    if (!m_hasLadder || (verticalScrollBar()->value() > 0 && point.y() < m_layout.headerHeight()))
        return;
    const auto item = m_layout.itemAt(point.x() + horizontalScrollBar()->value(), contentY(point.y()));
    if (const auto bracket = bracketAt(point)) {
        emit bracketClicked(*bracket);
        return;
    }
    if (!item)
        return;
    if (m_step.isActive() && !m_step.isRevealed(static_cast<int>(m_layout.item(*item).row)))
        return; // a hidden arrow must not be given away by a stray click
    if (const core::LadderRun *run = m_layout.runOfItem(*item)) {
        setRunExpanded(run->key, true);
        return;
    }
    setCurrentRow(static_cast<int>(m_layout.item(*item).row));
}

void LadderView::mouseReleaseEvent(QMouseEvent *event)
{
    // The press already acted; claiming the release keeps it from reaching the parent.
    if (event->button() == Qt::LeftButton)
        event->accept();
    else
        QAbstractScrollArea::mouseReleaseEvent(event);
}

void LadderView::moveCurrent(int steps)
{
    const std::size_t count = m_layout.itemCount();
    if (count == 0)
        return;
    std::optional<std::size_t> item;
    if (m_currentRow >= 0)
        item = m_layout.itemForRow(static_cast<std::uint32_t>(m_currentRow));
    std::ptrdiff_t index =
        item ? static_cast<std::ptrdiff_t>(*item) : (steps > 0 ? -1 : static_cast<std::ptrdiff_t>(count));
    const int direction = steps > 0 ? 1 : -1;
    // Arrows only: a collapsed run is stepped over, it is expanded by a click.
    for (int remaining = std::abs(steps); remaining > 0;) {
        const std::ptrdiff_t next = index + direction;
        if (next < 0 || next >= static_cast<std::ptrdiff_t>(count))
            break;
        index = next;
        if (!m_layout.runOfItem(static_cast<std::size_t>(index)))
            --remaining;
    }
    if (index < 0 || index >= static_cast<std::ptrdiff_t>(count) || m_layout.runOfItem(static_cast<std::size_t>(index)))
        return;
    setCurrentRow(static_cast<int>(m_layout.item(static_cast<std::size_t>(index)).row));
}

void LadderView::keyPressEvent(QKeyEvent *event)
{
    if (teachingKey(event))
        return;
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    const int rowsPerPage =
        std::max(1, static_cast<int>((viewport()->height() - m_layout.headerHeight()) / m_layout.itemHeight()) - 1);
    switch (event->key()) {
    case Qt::Key_Down:
        moveCurrent(1);
        return;
    case Qt::Key_Up:
        moveCurrent(-1);
        return;
    case Qt::Key_PageDown:
        moveCurrent(rowsPerPage);
        return;
    case Qt::Key_PageUp:
        moveCurrent(-rowsPerPage);
        return;
    case Qt::Key_Home:
        moveCurrent(-static_cast<int>(m_layout.itemCount()));
        return;
    case Qt::Key_End:
        moveCurrent(static_cast<int>(m_layout.itemCount()));
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            zoomIn();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (ctrl) {
            zoomOut();
            return;
        }
        break;
    case Qt::Key_0:
        if (ctrl) {
            resetZoom();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        // Expands the collapsed run below the current arrow, the keyboard twin of a click.
        if (m_currentRow >= 0)
            if (const auto item = m_layout.itemForRow(static_cast<std::uint32_t>(m_currentRow)))
                if (const core::LadderRun *run = m_layout.runOfItem(*item + 1)) {
                    setRunExpanded(run->key, true);
                    return;
                }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LadderView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void LadderView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LanguageChange) // the layout holds translated titles
        relayoutKeepingTopRow();
}

void LadderView::scrollContentsBy(int, int)
{
    viewport()->update();
    emit viewMoved();
}

} // namespace tcpladder::ui
