// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splitting a laid-out ladder into pages (the PDF export): pure geometry, so it is tested without Qt.

#include "ladderlayout.h"

#include <vector>

namespace tcpladder::core {

// One page's slice of the ladder below the header, in layout y: [top, bottom). The header (lane boxes
// and column titles, layout y 0 .. headerHeight()) is drawn again above every slice.
struct LadderPage
{
    double top = 0;
    double bottom = 0;
    std::size_t firstItem = 0;
    std::size_t lastItem = 0; // inclusive
};

// Slices of at most `bodyHeight` (the page's height minus the header) that break only between
// items, a phase title staying with the row under it; an item taller than a page gets a page of its
// own. The slices tile the ladder from headerHeight() to height(). Empty for a ladder without items.
std::vector<LadderPage> paginateLadder(const LadderLayout &layout, double bodyHeight);

} // namespace tcpladder::core
