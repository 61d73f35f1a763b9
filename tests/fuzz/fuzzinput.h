// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the fuzz targets and tests/core/tst_fuzzregressions.cpp, which replays their findings
// in the normal build: both must read an input the same way or a regression file means nothing.

#include "captureindex.h"
#include "ladderlayout.h"
#include "streamreplay.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace tcpladder::fuzz {

// fuzz_frames input: byte 0 picks the link type (an index into kLinkTypes; values past the table
// are used as raw DLT numbers); then frames, each a u16 captured length (big endian), a u16 count
// of extra wire bytes (0xffff: wire length unknown), a u8 time step in ms, and the captured bytes.
// Every link type decoder.cpp handles (NULL, EN10MB, PPP, RAW, PPP_SERIAL, C_HDLC, LINKTYPE_RAW,
// LOOP, LINUX_SLL, IPV4, IPV6, LINUX_SLL2), then two it does not (USER0, OpenBSD's RAW alias 14).
// scripts/fuzz-frame-seeds.py writes seeds in this layout and holds a copy of the table.
inline constexpr std::array<int, 14> kLinkTypes{0, 1, 9, 12, 50, 104, 101, 108, 113, 228, 229, 276, 147, 14};
inline constexpr std::uint32_t kMaxFrames = 1024;

template<typename Visit> // Visit(const core::RawFrame &)
void forEachFrame(std::span<const std::uint8_t> input, Visit visit)
{
    if (input.empty())
        return;
    const int linkType = input[0] < kLinkTypes.size() ? kLinkTypes[input[0]] : input[0];
    auto rest = input.subspan(1);
    std::int64_t timeNs = 1'700'000'000'000'000'000;
    std::uint32_t frameNumber = 0;
    std::uint64_t offset = 24;
    while (rest.size() >= 5 && frameNumber < kMaxFrames) {
        const auto captured = static_cast<std::uint16_t>((rest[0] << 8) | rest[1]);
        const auto extra = static_cast<std::uint16_t>((rest[2] << 8) | rest[3]);
        timeNs += static_cast<std::int64_t>(rest[4]) * 1'000'000;
        rest = rest.subspan(5);
        const std::size_t length = captured < rest.size() ? captured : rest.size();

        core::RawFrame frame;
        frame.data = rest.first(length);
        frame.originalLength = extra == 0xffff ? 0 : static_cast<std::uint32_t>(length + extra);
        frame.timeNs = timeNs;
        frame.fileOffset = offset;
        frame.frameNumber = ++frameNumber;
        frame.linkType = linkType;
        visit(frame);

        offset += 16 + length;
        rest = rest.subspan(length);
    }
}

// What the GUI does with a loaded capture short of painting: replay every stream into a ladder and
// lay it out. Bounded so an input with thousands of streams cannot become a timeout: the tracker
// and the first streams are where malformed input bites; the rest repeat the same code.
template<typename PerLadder> // PerLadder(const core::ConnectionLadder &)
void exerciseLadders(const core::CaptureIndex &index, PerLadder perLadder)
{
    constexpr std::size_t maxStreams = 64;
    const auto &streams = index.tracker().streams();
    const auto &segments = index.tracker().segments();
    for (std::size_t i = 0; i < streams.size() && i < maxStreams; ++i) {
        const core::ConnectionLadder ladder = core::buildConnectionLadder(streams[i], segments);
        for (const auto &row : ladder.rows)
            static_cast<void>(core::advertisedWindow(row.segment, ladder));
        core::LadderLayoutOptions options;
        options.width = 200 + 97.0 * static_cast<double>(i % 9); // narrow widths force eliding
        options.expandedRuns.insert(0);
        options.showWindow = (i % 2) == 0;
        const core::LadderLayout layout = core::layoutLadder(ladder, options);
        for (std::size_t item = 0; item < layout.itemCount() && item < 256; ++item)
            static_cast<void>(layout.item(item));
        static_cast<void>(layout.itemsInRange(0, layout.height()));
        static_cast<void>(layout.itemAt(layout.width() / 2, layout.height() / 2));
        perLadder(ladder);
    }
    static_cast<void>(index.warnings());
}

} // namespace tcpladder::fuzz
