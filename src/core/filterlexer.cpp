// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterlexer.h"

#include <array>
#include <cctype>

namespace tcpladder::core {

namespace {

bool isWordChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '.' || c == '_' || c == ':' || c == '/' || c == '-';
}

} // namespace

std::vector<FilterToken> tokenizeFilter(std::string_view text, FilterError &error)
{
    static constexpr std::array<std::string_view, 11> symbols{"==", "!=", ">=", "<=", "&&", "||",
                                                              ">",  "<",  "!",  "(",  ")"};
    std::vector<FilterToken> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
            continue;
        }
        if (c == '"') {
            const auto end = text.find('"', i + 1);
            if (end == std::string_view::npos) {
                error = FilterError::make(i, text.size() - i, FilterErrorCode::UnterminatedString);
                return {};
            }
            tokens.push_back({FilterToken::Kind::String, std::string(text.substr(i + 1, end - i - 1)), i});
            i = end + 1;
            continue;
        }
        bool matched = false;
        for (const auto symbol : symbols) {
            if (text.substr(i, symbol.size()) == symbol) {
                tokens.push_back({FilterToken::Kind::Symbol, std::string(symbol), i});
                i += symbol.size();
                matched = true;
                break;
            }
        }
        if (matched)
            continue;
        if (c == '=') {
            error = FilterError::make(i, 1, FilterErrorCode::SingleEquals);
            return {};
        }
        if (!isWordChar(c)) {
            error = FilterError::make(i, 1, FilterErrorCode::UnexpectedCharacter, {std::string(1, c)});
            return {};
        }
        const std::size_t start = i;
        while (i < text.size() && isWordChar(text[i]))
            ++i;
        tokens.push_back({FilterToken::Kind::Word, std::string(text.substr(start, i - start)), start});
    }
    return tokens;
}

} // namespace tcpladder::core
