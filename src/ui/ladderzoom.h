// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace tcpladder::ui {

// The ladder's scale as three separate wishes: the user's zoom (Ctrl +/-), the Larger Text factor
// and "fit to window" (which Larger Text also respects). Kept apart so that turning one off undoes only that one: Reset Zoom with
// Larger Text on, then Larger Text off, lands on 1, not on 1 / 1.5. No widget: tested on its own.
class LadderZoom
{
public:
    static constexpr double minScale = 0.6;
    static constexpr double maxScale = 3.0;

    // What the ladder is drawn at.
    double scale() const;

    double userZoom() const { return m_user; }
    // Sets the user's zoom so that the drawn scale becomes `scale` (clamped); ends fitting.
    void setScale(double scale);
    void resetUserZoom(); // Reset Zoom: Larger Text stays as it is; ends fitting
    double textScale() const { return m_text; }
    void setTextScale(double factor);

    bool fitsWidth() const { return m_fit; }
    void setFitWidth(bool on) { m_fit = on; }
    double fittedScale() const { return m_fitted; }
    void setFittedScale(double scale) { m_fitted = clamp(scale); }

    // The largest scale in [minScale, maxScale] whose `requiredWidth` is at most `width`, found by a
    // few proportional steps from `start` (label widths grow about linearly with the font). minScale
    // when even that does not fit: the view then scrolls sideways rather than elide.
    static double fitScale(double width, const std::function<double(double scale)> &requiredWidth, double start);
    static double clamp(double scale);

private:
    double m_user = 1.0;
    double m_text = 1.0;
    double m_fitted = maxScale; // the widest scale that fits; no limit until the view has measured
    bool m_fit = false;
};

} // namespace tcpladder::ui
