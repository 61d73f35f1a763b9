// SPDX-License-Identifier: GPL-3.0-or-later
// Per-stream tables of the tracker grow on 2 MiB pages where the system offers them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <vector>

namespace tcpladder::core::tracking {

// Asks for 2 MiB pages on the whole 2 MiB-aligned part of [begin, begin + bytes); a no-op off Linux.
void adviseHugePages(const void *begin, std::size_t bytes);

// Grows a per-stream table by doubling like push_back would, but advises huge pages before the
// elements are moved in: with ~100k connections or more the tables are tens of MB each, and page
// faults on the fresh blocks were the largest cost of a SYN flood (tst_limits).
template<typename T>
void growForOneMore(std::vector<T> &table)
{
    if (table.size() < table.capacity())
        return;
    std::vector<T> bigger;
    bigger.reserve(std::max<std::size_t>(16, table.capacity() * 2));
    adviseHugePages(bigger.data(), bigger.capacity() * sizeof(T));
    std::move(table.begin(), table.end(), std::back_inserter(bigger));
    table.swap(bigger);
}

} // namespace tcpladder::core::tracking
