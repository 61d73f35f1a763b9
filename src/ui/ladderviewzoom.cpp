// SPDX-License-Identifier: GPL-3.0-or-later
// LadderView's layout and scale: a new or grown ladder laid out (a big one off the GUI thread),
// the user's zoom, the Larger Text factor and fitting the window's width.
#include "ladderview.h"

#include "freeoffguithread.h"

#include <QScrollBar>
#include <QStyle>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace tcpladder::ui {

namespace {

bool sameConnection(const core::ConnectionLadder &a, const core::ConnectionLadder &b)
{
    return a.streamIndex == b.streamIndex && a.client == b.client && a.server == b.server
        && b.rows.size() >= a.rows.size();
}

} // namespace

void LadderView::setLadder(core::SharedLadder ladder)
{
    if (!ladder)
        return clear();
    const bool grew = m_hasLadder && sameConnection(*m_ladder, *ladder);
    const int scrollY = verticalScrollBar()->value();
    const int scrollX = horizontalScrollBar()->value();
    // The same rows with their analysis (loss marks) added: the rows change height, the top row stays.
    const bool analysed =
        grew && ladder->rows.size() == m_ladder->rows.size() && ladder->tcp.size() != m_ladder->tcp.size();
    const int topRowBefore = analysed && scrollY > 0 ? topRow() : -1; // at the very top it stays at the top
    m_ladder = std::move(ladder);
    m_hasLadder = true;
    if (m_step.isActive()) {
        if (grew)
            m_step.setRowCount(static_cast<int>(m_ladder->rows.size()));
        else
            m_step.start(static_cast<int>(m_ladder->rows.size()));
    }
    if (grew && m_ladder->rows.size() >= static_cast<std::size_t>(m_asyncLayoutRows)) {
        layOutOffGuiThread();
        return;
    }
    if (!grew) {
        m_expandedRuns.clear();
        const bool hadCurrent = m_currentRow != -1;
        m_currentRow = -1;
        if (m_ladder->rows.size() >= static_cast<std::size_t>(m_asyncLayoutRows))
            layOutNewLadderOffGuiThread();
        else
            relayout();
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
        if (hadCurrent)
            emit currentRowChanged(-1);
    } else if (analysed) {
        relayout();
        scrollRowToTop(topRowBefore);
    } else {
        relayout();
        verticalScrollBar()->setValue(scrollY);
        horizontalScrollBar()->setValue(scrollX);
    }
    viewport()->update();
}

void LadderView::layOutOffGuiThread()
{
    // The layout on screen stays until the new one is ready.
    m_layoutJob->request([this, input = layoutInput()]() -> std::function<void()> {
        auto laid = std::make_shared<LadderViewLayout>(layoutLadderView(input));
        return [this, laid] { applyJobLayout(*laid); };
    });
}

void LadderView::applyJobLayout(LadderViewLayout &laid)
{
    // The job was cancelled if the view was laid out again meanwhile (a zoom, another ladder).
    // The same rows (their analysis added, or a new width) keep the top row where it was.
    const bool analysed = laid.ladder->rows.size() == m_laidOut->rows.size();
    const int scrollY = verticalScrollBar()->value();
    const int scrollX = horizontalScrollBar()->value();
    const int topRowBefore = analysed && scrollY > 0 ? topRow() : -1;
    applyLayout(std::move(laid));
    if (analysed) {
        scrollRowToTop(topRowBefore);
    } else {
        verticalScrollBar()->setValue(scrollY);
        horizontalScrollBar()->setValue(scrollX);
    }
    emit laidOut();
}

LadderTheme LadderView::currentTheme() const
{
    return m_themeKind == LadderThemeKind::Palette ? LadderTheme::fromPalette(palette())
                                                   : LadderTheme::forKind(m_themeKind);
}

void LadderView::relayout()
{
    m_layoutJob->cancel(); // this layout is newer than any being made
    ++m_layoutsOnGuiThread;
    const bool grownPending = m_hasLadder && m_laidOut != m_ladder;
    applyLayout(layoutLadderView(layoutInput()));
    if (grownPending)
        emit laidOut(); // a resize or a zoom laid the grown ladder out first
}

void LadderView::applyLayout(LadderViewLayout laid)
{
    m_zoom.setFittedScale(laid.fittedScale);
    m_layoutWidth = laid.width;
    m_layoutFitWidth = laid.fitWidth;
    m_laidOut = std::move(laid.ladder);
    // The layout replaced is freed off the GUI thread like its ladder: a million rows' items and loss notes.
    auto replaced = std::make_shared<core::LadderLayout>(std::move(m_layout));
    capture::freeOffGuiThread([replaced]() mutable { replaced.reset(); });
    m_layout = std::move(laid.layout);
    m_painter = LadderPainter(currentTheme(), m_zoom.scale(), installedLadderLanguage());
    updateRowNotes();
    m_painter.setQuizMask(m_quizMask.empty() ? nullptr : &m_quizMask);
    syncStepToView();
    updateScrollBars();
    viewport()->update();
    emit viewMoved();
    // Here rather than in setZoom(): a fitted scale also changes with the window's size.
    if (std::abs(m_zoom.scale() - m_shownScale) > 1e-6) {
        m_shownScale = m_zoom.scale();
        emit zoomChanged(m_shownScale);
    }
}

void LadderView::relayoutKeepingTopRow()
{
    // At the very top it stays at the top: the first phase title is above the first row.
    const int row = verticalScrollBar()->value() == 0 ? -1 : topRow();
    relayout();
    scrollRowToTop(row);
}

void LadderView::scrollRowToTop(int row)
{
    if (row < 0) {
        verticalScrollBar()->setValue(0);
        return;
    }
    if (const auto item = m_layout.itemForRow(static_cast<std::uint32_t>(row)))
        verticalScrollBar()->setValue(static_cast<int>(m_layout.itemTopWithTitle(*item) - m_layout.headerHeight()));
}

void LadderView::updateScrollBars()
{
    const QSize area = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, static_cast<int>(std::ceil(m_layout.height())) - area.height()));
    verticalScrollBar()->setPageStep(std::max(1, area.height() - static_cast<int>(m_layout.headerHeight())));
    verticalScrollBar()->setSingleStep(std::max(1, static_cast<int>(m_layout.itemHeight())));
    horizontalScrollBar()->setRange(0, std::max(0, static_cast<int>(std::ceil(m_layout.width())) - area.width()));
    horizontalScrollBar()->setPageStep(std::max(1, area.width()));
}

void LadderView::setZoom(double zoom)
{
    const double oldScale = m_zoom.scale();
    const bool oldFit = m_zoom.fitsWidth();
    m_zoom.setScale(zoom);
    applyZoom(oldScale, oldFit);
}

void LadderView::zoomIn()
{
    setZoom(m_zoom.scale() * 1.15);
}

void LadderView::zoomOut()
{
    setZoom(m_zoom.scale() / 1.15);
}

void LadderView::resetZoom()
{
    const double oldScale = m_zoom.scale();
    const bool oldFit = m_zoom.fitsWidth();
    m_zoom.resetUserZoom();
    applyZoom(oldScale, oldFit);
}

void LadderView::setTextScale(double factor)
{
    const double oldScale = m_zoom.scale();
    m_zoom.setTextScale(factor);
    applyZoom(oldScale, m_zoom.fitsWidth());
}

void LadderView::setFitToWidth(bool on)
{
    const double oldScale = m_zoom.scale();
    const bool oldFit = m_zoom.fitsWidth();
    m_zoom.setFitWidth(on);
    applyZoom(oldScale, oldFit);
}

void LadderView::applyZoom(double oldScale, bool oldFit)
{
    if (oldFit != m_zoom.fitsWidth() || std::abs(oldScale - m_zoom.scale()) > 1e-6)
        relayoutKeepingTopRow(); // emits zoomChanged
    if (oldFit != m_zoom.fitsWidth())
        emit fitToWidthChanged(m_zoom.fitsWidth());
}

bool LadderView::layoutFitsViewport() const
{
    const LadderViewLayoutInput input = layoutInput();
    return input.width == m_layoutWidth && input.fitWidth == m_layoutFitWidth;
}

LadderViewLayoutInput LadderView::layoutInput() const
{
    LadderViewLayoutInput input;
    input.ladder = m_ladder;
    input.theme = currentTheme();
    input.zoom = m_zoom;
    input.width = viewport()->width();
    // Fitted as if the vertical scroll bar were shown: a ladder that grows one past the viewport's
    // height must not change its scale, and the bar coming and going must not flip it back and forth.
    int fitWidth = viewport()->width();
    if (!verticalScrollBar()->isVisibleTo(this))
        fitWidth -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    input.fitWidth = fitWidth;
    input.minimumLogicalWidth = minimumLogicalWidth;
    input.options = viewOptions(0, 1.0); // width and scale are the layout's to choose
    return input;
}

LadderExportOptions LadderView::viewOptions(int width, double scale) const
{
    LadderExportOptions options;
    options.width = width;
    options.theme = m_themeKind;
    options.scale = scale;
    options.expandedRuns = m_expandedRuns;
    options.showStates = m_showStates;
    options.textbook = m_textbook;
    options.widenToLabels = true;                 // scrolls sideways rather than elide: a cut-off Seq number is worse
    options.language = installedLadderLanguage(); // the texts follow the language switch (changeEvent)
    return options;
}

int LadderView::layoutWidth(int viewportWidth, double scale) const
{
    return std::max(viewportWidth, static_cast<int>(std::ceil(minimumLogicalWidth * scale)));
}

} // namespace tcpladder::ui
