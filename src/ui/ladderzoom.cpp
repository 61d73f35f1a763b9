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
    if (m_fit)
        return m_fitted;
    // Larger Text enlarges up to the window's width but not past it: on a projector the server's
    // lifeline must not scroll off the screen. The user's own zoom is never undercut.
    const double wanted = clamp(m_user * m_text);
    return m_text > 1.0 ? std::max(clamp(m_user), std::min(wanted, m_fitted)) : wanted;
}

void LadderZoom::setScale(double scale)
{
    scale = clamp(scale);
    // Past the width cap that Larger Text respects, only the user's zoom can get there.
    m_user = m_text > 1.0 && scale > m_fitted ? scale : scale / m_text;
    m_fit = false;
}

void LadderZoom::resetUserZoom()
{
    m_user = 1.0;
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
