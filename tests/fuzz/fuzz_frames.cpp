// SPDX-License-Identifier: GPL-3.0-or-later
// Raw frames of every supported link type through decoder -> tracker -> analyzer -> ladder ->
// reports. The input layout is described in fuzzinput.h.
#include "fuzzsupport.h"

#include "captureindex.h"
#include "decoder.h"

#include <cstddef>
#include <cstdint>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace tcpladder;
    core::CaptureIndex index;
    fuzz::forEachFrame(std::span<const std::uint8_t>(data, size), [&](const core::RawFrame &frame) {
        index.addFrame(frame);
        // Without the wire length the decoder takes other branches (no clamping); both must hold.
        core::DecodedTcp tcp;
        static_cast<void>(core::decodeFrame(frame.linkType, frame.data, tcp));
    });
    fuzz::exerciseIndex(index);
    return 0;
}
