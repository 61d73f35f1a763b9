// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderviewlayout.h"

#include "ladderpainter.h"

#include <algorithm>

namespace tcpladder::ui {

namespace {

core::LadderLayoutOptions optionsFor(const LadderViewLayoutInput &input, const LadderPainter &painter, double width)
{
    core::LadderLayoutOptions options = painter.layoutOptions(width);
    options.expandedRuns = input.expandedRuns;
    options.showStates = input.showStates;
    options.textbook = input.textbook;
    return options;
}

} // namespace

LadderViewLayout layoutLadderView(const LadderViewLayoutInput &input)
{
    LadderZoom zoom = input.zoom;
    const core::ConnectionLadder &ladder = *input.ladder;
    if (zoom.fitsWidth() || zoom.textScale() > 1.0) {
        const auto requiredWidth = [&](double scale) {
            const LadderPainter painter(input.theme, scale);
            const core::LadderLayoutOptions options = optionsFor(input, painter, std::max(input.fitWidth, 1.0));
            return std::max(input.minimumLogicalWidth * scale, core::layoutLadder(ladder, options).minimumWidth());
        };
        // Always searched from 1: the same width gives the same scale, whatever the scale was before.
        zoom.setFittedScale(LadderZoom::fitScale(input.fitWidth, requiredWidth, 1.0));
    }
    const LadderPainter painter(input.theme, zoom.scale());
    const double width = std::max(input.width, input.minimumLogicalWidth * zoom.scale());
    core::LadderLayoutOptions options = optionsFor(input, painter, width);
    LadderViewLayout out{input.ladder, core::layoutLadder(ladder, options), zoom.fittedScale()};
    if (out.layout.minimumWidth() > width) {
        // Scroll sideways rather than elide: a cut-off Seq number is worse than a scroll bar.
        options.width = out.layout.minimumWidth();
        out.layout = core::layoutLadder(ladder, options);
    }
    return out;
}

} // namespace tcpladder::ui
