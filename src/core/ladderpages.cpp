// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderpages.h"

#include <algorithm>

namespace tcpladder::core {

std::vector<LadderPage> paginateLadder(const LadderLayout &layout, double bodyHeight)
{
    std::vector<LadderPage> pages;
    const std::size_t count = layout.itemCount();
    if (count == 0)
        return pages;
    // The lifelines run on a little below the last row: that tail belongs to the last item's slice.
    const auto itemBottom = [&](std::size_t i) {
        const double bottom = layout.itemTop(i) + layout.itemHeight();
        return i + 1 == count ? std::max(bottom, layout.height()) : bottom;
    };
    // A page starts where the previous item ends, so a phase title band opens the page of its row.
    double top = layout.headerHeight();
    std::size_t first = 0;
    while (first < count) {
        std::size_t last = first;
        while (last + 1 < count && itemBottom(last + 1) - top <= bodyHeight)
            ++last;
        pages.push_back({top, itemBottom(last), first, last});
        top = itemBottom(last);
        first = last + 1;
    }
    return pages;
}

} // namespace tcpladder::core
