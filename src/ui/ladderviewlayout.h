// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ladderexport.h"
#include "ladderlayout.h"
#include "laddertheme.h"
#include "ladderzoom.h"
#include "streamreplay.h"

#include <cstdint>
#include <set>

namespace tcpladder::ui {

// Everything a LadderView's layout depends on, as values: the same layout can then be made on the
// GUI thread (a new ladder, a zoom, a resize) or on a worker (a ladder that grew while loading).
struct LadderViewLayoutInput
{
    core::SharedLadder ladder; // never null
    LadderTheme theme;
    LadderZoom zoom;
    double width = 0;               // the viewport's width
    double fitWidth = 0;            // the width to fit into (as if the vertical scroll bar were shown)
    double minimumLogicalWidth = 0; // below this times the scale the columns crowd each other
    LadderExportOptions options;    // what the view draws with; its width and scale are chosen here
};

struct LadderViewLayout
{
    core::SharedLadder ladder; // what `layout` points into: kept alive with it
    core::LadderLayout layout;
    double fittedScale = LadderZoom::maxScale; // LadderZoom::fittedScale() after fitting
    double width = 0;                          // the input's width and fitWidth: all of the viewport it depends on
    double fitWidth = 0;
};

// The view's layout: the fitted scale when fitting (or with Larger Text), then the ladder laid out
// at that scale, wider than the viewport when a label would not fit. Runs on any thread: it makes
// its own fonts (QFont and QFontMetricsF are reentrant) and translates with QCoreApplication.
LadderViewLayout layoutLadderView(const LadderViewLayoutInput &input);

} // namespace tcpladder::ui
