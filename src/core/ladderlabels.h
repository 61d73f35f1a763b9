// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text helpers shared by the ladder layout's files; the public ones are declared in ladderlayout.h.

#include "ladderlayout.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace tcpladder::core {

// The first `bytes` bytes of a UTF-8 text, cut back to a code point boundary.
std::string utf8Prefix(const std::string &text, std::size_t bytes);
// "1 data segment", "38 data segments".
std::string pluralize(std::uint64_t count, std::string_view word);
// Title of a phase bracket over rows [firstRow, lastRow]: "three-way handshake", "teardown — 4 segments", ...
std::string phaseTitle(const ConnectionLadder &ladder, Phase phase, std::uint32_t firstRow, std::uint32_t lastRow);

} // namespace tcpladder::core
