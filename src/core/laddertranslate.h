// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace tcpladder::core {

// Width of a UTF-8 text in the font the painter will use; injected so the core stays Qt-free.
using TextMeasure = std::function<double(std::string_view)>;
// Translation of the ladder's English texts, injected for the same reason: the UI looks `source`
// (with `comment` as disambiguation, may be null) up in context "LadderText", `n` >= 0 selects the
// plural form and replaces %n. Returns UTF-8; empty means "untranslated, use the English".
using LadderTranslate = std::function<std::string(const char *source, const char *comment, int n)>;

} // namespace tcpladder::core
