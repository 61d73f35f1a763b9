// SPDX-License-Identifier: GPL-3.0-or-later
// Whole capture files (pcap, pcapng, gzip of either) through FileSource and core::loadFile, the
// way the CLI and the GUI open a file, then re-reading frames by offset as the detail view does.
#include "fuzzsupport.h"

#include "captureindex.h"
#include "packetsource.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

// One memory-backed file for the whole run: no disk I/O per input, and FileSource still gets a
// real path (it opens by name, and gzip detection reads the file itself).
const std::string &inputPath()
{
    static const std::string path = [] {
        const int fd = memfd_create("tcpladder-fuzz", 0);
        if (fd < 0) {
            std::perror("memfd_create");
            std::abort();
        }
        return "/proc/self/fd/" + std::to_string(fd);
    }();
    return path;
}

int inputFd()
{
    static const int fd = std::stoi(inputPath().substr(std::string("/proc/self/fd/").size()));
    return fd;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tcpladder;
    const int fd = inputFd();
    if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size))
        std::abort();

    core::CaptureIndex index;
    std::string error;
    const auto result = core::loadFile(inputPath(), index, error);
    if (result == core::LoadResult::Failed) {
        if (error.empty())
            std::abort(); // a failure must always say why
        return 0;
    }
    fuzz::exerciseIndex(index);

    // The packet-detail view re-reads frames by the offsets the first pass reported.
    const auto &segments = index.tracker().segments();
    for (std::size_t i = 0; i < segments.size() && i < 8; ++i) {
        const auto &segment = segments[segments.size() - 1 - i];
        std::vector<std::uint8_t> bytes;
        int linkType = 0;
        if (!core::FileSource::readFrameAt(inputPath(), segment.fileOffset, segment.frame, bytes, linkType, error)) {
            // The same bytes were readable a moment ago.
            std::fprintf(stderr, "readFrameAt(frame %u, offset %llu): %s\n", segment.frame,
                         static_cast<unsigned long long>(segment.fileOffset), error.c_str());
            std::abort();
        }
    }
    return 0;
}
