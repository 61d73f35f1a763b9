// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderzoom.h"

#include <algorithm>
#include <cmath>

namespace tcpladder::ui {

double LadderZoom::clamp(double scale)
{
    return std::clamp(scale, minScale, maxScale);
}

double LadderZoom::scale() const
{
    return m_fit ? m_fitted : clamp(m_user * m_text);
}

void LadderZoom::setScale(double scale)
{
    m_user = clamp(scale) / m_text;
    m_fit = false;
}

void LadderZoom::setTextScale(double factor)
{
    m_text = factor > 0 ? factor : 1.0;
}

double LadderZoom::fitScale(double width, const std::function<double(double)> &requiredWidth, double start)
{
    double best = 0;
    double scale = clamp(start);
    // Each step lands within a few per cent; six are plenty and bound the layouts made per resize.
    for (int step = 0; step < 6; ++step) {
        const double required = requiredWidth(scale);
        if (required <= width) {
            best = std::max(best, scale);
            if (scale >= maxScale || required >= width * 0.985)
                break;
        }
        // Just under the proportional guess when shrinking: rounding of font sizes is not linear.
        const double next = clamp(scale * width / std::max(required, 1.0) * (required > width ? 0.99 : 1.0));
        if (std::abs(next - scale) < 1e-3 || next <= best)
            break;
        scale = next;
    }
    return best > 0 ? best : minScale;
}

} // namespace tcpladder::ui
