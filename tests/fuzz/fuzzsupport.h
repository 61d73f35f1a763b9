// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzinput.h"
#include "jsonreport.h"
#include "textreport.h"

#include <vector>

namespace tcpladder::fuzz {

// Ladders, layouts and the CLI's JSON and text reports (Qt-free, so the fuzzers link them).
inline void exerciseIndex(const core::CaptureIndex &index)
{
    exerciseLadders(index, [](const core::ConnectionLadder &ladder) {
        static_cast<void>(cli::ladderJson(ladder));
        static_cast<void>(cli::ladderText(ladder));
    });
    std::vector<const core::Stream *> listed;
    for (const auto &stream : index.tracker().streams())
        listed.push_back(&stream);
    static_cast<void>(cli::listJson("fuzz.pcap", index, listed));
    static_cast<void>(cli::listText("fuzz.pcap", index, listed));
}

} // namespace tcpladder::fuzz
