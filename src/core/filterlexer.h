// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayfilter.h"

#include <string>
#include <string_view>
#include <vector>

namespace tcpladder::core {

struct FilterToken
{
    enum class Kind { Word, String, Symbol } kind = Kind::Word;
    std::string text;         // unquoted for strings
    std::size_t position = 0; // column in the filter text, 0-based
};

// Splits a display filter into words (fields, keywords, numbers, addresses), quoted strings and the
// symbols == != >= <= > < && || ! ( ). Sets `error` on an unterminated string or a stray character.
std::vector<FilterToken> tokenizeFilter(std::string_view text, FilterError &error);

} // namespace tcpladder::core
