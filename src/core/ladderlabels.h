// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text helpers shared by the ladder layout's files; the public ones are declared in ladderlayout.h.

#include "ladderlayout.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

// Markers for lupdate, which is told they are spellings of QT_TRANSLATE_NOOP, QT_TRANSLATE_NOOP3,
// QT_TRANSLATE_N_NOOP and QT_TRANSLATE_N_NOOP3 (cmake/Translations.cmake); to the compiler they are
// the English text, so the core needs no Qt.
#define TCPLADDER_TRANSLATE_NOOP(context, text) text
#define TCPLADDER_TRANSLATE_NOOP3(context, text, comment) text
#define TCPLADDER_TRANSLATE_N_NOOP(context, text) text
#define TCPLADDER_TRANSLATE_N_NOOP3(context, text, comment) text

namespace tcpladder::core {

// The first `bytes` bytes of a UTF-8 text, cut back to a code point boundary.
std::string utf8Prefix(const std::string &text, std::size_t bytes);
// "1 data segment", "38 data segments".
std::string pluralize(std::uint64_t count, std::string_view word);
// Title of a phase bracket over rows [firstRow, lastRow]: "three-way handshake", "teardown — 4 segments", ...
std::string phaseTitle(const ConnectionLadder &ladder, Phase phase, std::uint32_t firstRow, std::uint32_t lastRow,
                       const LadderTranslate &translate = {});
// `source` through `translate`, or in English: %n becomes `n` and "(s)" a plural s when n != 1.
std::string ladderText(const LadderTranslate &translate, const char *source, const char *comment = nullptr, int n = -1);
// Replaces %1, %2, ... (up to %9) with `args`, in one pass so an argument's own "%2" stays as it is.
std::string fillArgs(std::string_view text, std::initializer_list<std::string_view> args);

} // namespace tcpladder::core
