// SPDX-License-Identifier: GPL-3.0-or-later
// The display-filter compiler on arbitrary text; whatever compiles is evaluated on real streams
// (IPv4 and IPv6, port reuse, many connections), per segment and per stream.
#include "captureindex.h"
#include "displayfilter.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::vector<std::unique_ptr<tcpladder::core::CaptureIndex>> g_captures;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    for (const char *name : {"ipv6.pcap", "port-reuse.pcap", "many-connections.pcap", "any-sll2.pcap"}) {
        auto index = std::make_unique<tcpladder::core::CaptureIndex>();
        std::string error;
        const std::string path = std::string(TCPLADDER_TEST_DATA_DIR "/") + name;
        if (tcpladder::core::loadFile(path, *index, error) == tcpladder::core::LoadResult::Failed) {
            std::fprintf(stderr, "fuzz_filter: %s\n", error.c_str());
            std::abort();
        }
        g_captures.push_back(std::move(index));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tcpladder::core;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    FilterError error;
    const auto filter = DisplayFilter::compile(text, error);
    if (!filter) {
        // An error must point into (or just past) the text, or the caret under it lies.
        if (error.message.empty() || error.position > text.size() || error.length > text.size() - error.position)
            std::abort();
        return 0;
    }
    for (const auto &index : g_captures) {
        const auto &segments = index->tracker().segments();
        for (const Stream &stream : index->tracker().streams()) {
            static_cast<void>(filter->matchesStream(stream, segments));
            for (const std::uint32_t s : stream.segments)
                static_cast<void>(filter->matchesSegment(stream, segments[s]));
        }
    }
    return 0;
}
