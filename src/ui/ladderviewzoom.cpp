// SPDX-License-Identifier: GPL-3.0-or-later
// LadderView's scale: the user's zoom, the Larger Text factor and fitting the window's width.
#include "ladderview.h"

#include <QScrollBar>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace tcpladder::ui {

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

LadderExportOptions LadderView::viewOptions(int width, double scale) const
{
    LadderExportOptions options;
    options.width = width;
    options.theme = m_themeKind;
    options.scale = scale;
    options.expandedRuns = m_expandedRuns;
    options.showStates = m_showStates;
    options.textbook = m_textbook;
    options.widenToLabels = true; // scrolls sideways rather than elide: a cut-off Seq number is worse
    options.language = installedLadderLanguage(); // the texts follow the language switch (changeEvent)
    return options;
}

int LadderView::layoutWidth(int viewportWidth, double scale) const
{
    return std::max(viewportWidth, static_cast<int>(std::ceil(minimumLogicalWidth * scale)));
}

void LadderView::updateFittedScale(const LadderTheme &theme)
{
    // Measured as if the vertical scroll bar were shown: a ladder that grows one past the viewport's
    // height must not change its scale, and the bar coming and going must not flip it back and forth.
    int width = viewport()->width();
    if (!verticalScrollBar()->isVisibleTo(this))
        width -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    const auto requiredWidth = [&](double scale) {
        const LadderExportOptions options = viewOptions(std::max(width, 1), scale);
        const LadderPainter painter(theme, scale, options.language);
        return std::max(minimumLogicalWidth * scale,
                        core::layoutLadder(*m_ladder, ladderLayoutOptions(painter, options)).minimumWidth());
    };
    // Always searched from 1: the same width gives the same scale, whatever the scale was before.
    m_zoom.setFittedScale(LadderZoom::fitScale(width, requiredWidth, 1.0));
}

} // namespace tcpladder::ui
