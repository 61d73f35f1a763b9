// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderviewlayout.h"

#include "ladderpainter.h"

#include <algorithm>
#include <cmath>

namespace tcpladder::ui {

LadderViewLayout layoutLadderView(const LadderViewLayoutInput &input)
{
    LadderZoom zoom = input.zoom;
    const core::ConnectionLadder &ladder = *input.ladder;
    LadderExportOptions options = input.options;
    if (zoom.fitsWidth() || zoom.textScale() > 1.0) {
        const auto requiredWidth = [&](double scale) {
            LadderExportOptions fitted = options;
            fitted.width = static_cast<int>(std::max(input.fitWidth, 1.0));
            fitted.scale = scale;
            const LadderPainter painter(input.theme, scale, fitted.language);
            return std::max(input.minimumLogicalWidth * scale,
                            core::layoutLadder(ladder, ladderLayoutOptions(painter, fitted)).minimumWidth());
        };
        // Always searched from 1: the same width gives the same scale, whatever the scale was before.
        zoom.setFittedScale(LadderZoom::fitScale(input.fitWidth, requiredWidth, 1.0));
    }
    options.scale = zoom.scale();
    options.width = static_cast<int>(std::ceil(std::max(input.width, input.minimumLogicalWidth * zoom.scale())));
    const LadderPainter painter(input.theme, options.scale, options.language);
    // Widened beyond the viewport where the labels need it (widenToLabels): the view scrolls sideways.
    return LadderViewLayout{input.ladder, layOutLadder(ladder, painter, options), zoom.fittedScale(), input.width,
                            input.fitWidth};
}

} // namespace tcpladder::ui
