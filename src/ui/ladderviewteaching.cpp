// SPDX-License-Identifier: GPL-3.0-or-later
// LadderView's classroom features: step-through, TCP states, the textbook slant, bracket clicks.
#include "ladderview.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>

#include <cmath>

namespace tcpladder::ui {

void LadderView::setShowStates(bool on)
{
    if (on == m_showStates)
        return;
    m_showStates = on;
    relayoutKeepingTopRow();
}

void LadderView::setTextbook(bool on)
{
    if (on == m_textbook)
        return;
    m_textbook = on;
    relayoutKeepingTopRow();
}

void LadderView::setStepping(bool on)
{
    if (on == m_step.isActive())
        return;
    if (on)
        m_step.start(static_cast<int>(m_ladder->rows.size()));
    else
        m_step.stop();
    syncStepToView();
    if (on) {
        verticalScrollBar()->setValue(0);
        setCurrentRow(-1);
    }
    viewport()->update();
    emit steppingChanged(on);
    emit stepChanged(m_step.revealed());
}

bool LadderView::stepNext()
{
    // A collapsed run is revealed in one step: its rows are not drawn one by one.
    int count = 1;
    if (const auto item = m_layout.itemForRow(static_cast<std::uint32_t>(m_step.revealed())))
        if (const core::LadderRun *run = m_layout.runOfItem(*item); run && !run->expanded)
            count = static_cast<int>(run->lastRow) + 1 - m_step.revealed();
    if (!m_step.next(count))
        return false;
    showNewestStep();
    return true;
}

bool LadderView::stepPrevious()
{
    int count = 1;
    if (const auto item = m_layout.itemForRow(static_cast<std::uint32_t>(m_step.newestRow())))
        if (const core::LadderRun *run = m_layout.runOfItem(*item); run && !run->expanded)
            count = m_step.revealed() - static_cast<int>(run->firstRow);
    if (!m_step.previous(count))
        return false;
    showNewestStep();
    return true;
}

bool LadderView::stepTo(int row)
{
    if (!m_step.revealUpTo(row))
        return m_step.isActive() && m_step.newestRow() == row;
    showNewestStep();
    return true;
}

void LadderView::showNewestStep()
{
    syncStepToView();
    setCurrentRow(m_step.newestRow());
    viewport()->update();
    emit stepChanged(m_step.revealed());
}

void LadderView::stepReset()
{
    if (!m_step.isActive())
        return;
    m_step.reset();
    syncStepToView();
    setCurrentRow(-1);
    verticalScrollBar()->setValue(0);
    emit stepChanged(0);
}

QString LadderView::stepText() const
{
    if (!m_step.isActive() || !m_hasLadder)
        return {};
    const QString step = tr("Step %1 / %2").arg(m_step.revealed()).arg(m_step.rowCount());
    // A class should not wonder whether more is coming: the last arrow says so.
    if (m_step.atEnd() && m_step.rowCount() > 0)
        return tr("%1 — end of the connection: every segment is shown. Home starts again, F6 ends step-through.")
            .arg(step);
    if (m_step.atStart())
        return tr("%1 — press Space or → for the first arrow").arg(step);
    return step;
}

QRect LadderView::stepBadgeRect() const
{
    const QString text = stepText();
    if (text.isEmpty())
        return {};
    // Wrapped, not elided: the end-of-connection sentence is the one the class must read whole.
    const QFontMetrics metrics(m_painter.boldFont());
    const int padding = metrics.height() / 2;
    const int margin = 8;
    const int maxText = std::max(metrics.height(),
                                 std::min(viewport()->width() * 2 / 3, viewport()->width() - 2 * margin) - 2 * padding);
    const QRect textRect = metrics.boundingRect(QRect(0, 0, maxText, 100 * metrics.height()), Qt::TextWordWrap, text);
    const int width = textRect.width() + 2 * padding;
    const int height = textRect.height() + padding;
    return QRect(viewport()->width() - margin - width, viewport()->height() - margin - height, width, height);
}

void LadderView::paintStepBadge(QPainter &painter) const
{
    const QRect rect = stepBadgeRect();
    if (rect.isEmpty())
        return;
    const LadderTheme &theme = m_painter.theme();
    painter.setPen(QPen(theme.headerBorder, 1));
    painter.setBrush(theme.headerFill);
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.setFont(m_painter.boldFont());
    painter.setPen(theme.text);
    const int padding = QFontMetrics(painter.font()).height() / 2;
    painter.drawText(rect.adjusted(padding, 0, -padding, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
                     stepText());
}

void LadderView::setQuizMask(QuizMask mask)
{
    m_quizMask = std::move(mask);
    m_painter.setQuizMask(m_quizMask.empty() ? nullptr : &m_quizMask);
    viewport()->update();
}

QPointF LadderView::viewportOffset() const
{
    return {-static_cast<double>(horizontalScrollBar()->value()), -static_cast<double>(verticalScrollBar()->value())};
}

void LadderView::syncStepToView()
{
    m_painter.setRevealedRows(m_step.isActive() ? m_step.revealed() : -1);
}

std::optional<int> LadderView::bracketAt(const QPoint &point) const
{
    if (!m_hasLadder)
        return std::nullopt;
    const double x = point.x() + horizontalScrollBar()->value();
    const double y = contentY(point.y());
    const double L = m_layout.lineHeight();
    const auto &brackets = m_layout.brackets();
    for (std::size_t i = 0; i < brackets.size(); ++i) {
        const core::LadderBracket &b = brackets[i];
        if (m_step.isActive() && !m_step.isRevealed(static_cast<int>(b.lastRow)))
            continue;
        const bool onLine = std::abs(x - b.x) <= 0.8 * L && y >= b.top && y < b.bottom;
        const bool onTitle = b.title.rect.contains(x, y)
            || (y >= b.title.rect.y && y < b.title.rect.bottom() && x >= m_layout.client().x && x <= b.x);
        if (onLine || onTitle)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

bool LadderView::teachingKey(QKeyEvent *event)
{
    if (!m_step.isActive() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return false;
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Right:
        if (m_stepKeysHeld)
            emit stepNextRequested();
        else
            stepNext();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Backspace:
        stepPrevious();
        return true;
    case Qt::Key_Home:
        stepReset();
        return true;
    default:
        return false;
    }
}

} // namespace tcpladder::ui
