// SPDX-License-Identifier: GPL-3.0-or-later
#include "hugepages.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace tcpladder::core::tracking {

void adviseHugePages(const void *begin, std::size_t bytes)
{
#if defined(__linux__)
    constexpr std::uintptr_t kHugePage = 2 * 1024 * 1024;
    const auto start = reinterpret_cast<std::uintptr_t>(begin);
    const auto end = start + bytes;
    const std::uintptr_t first = (start + kHugePage - 1) & ~(kHugePage - 1);
    if (end > first + kHugePage) {
        // Offset from `begin` rather than cast back from the integer, which would lose the pointer's provenance.
        auto *aligned = const_cast<char *>(static_cast<const char *>(begin)) + (first - start);
        ::madvise(aligned, (end - first) & ~(kHugePage - 1), MADV_HUGEPAGE);
    }
#else
    (void)begin;
    (void)bytes;
#endif
}

} // namespace tcpladder::core::tracking
