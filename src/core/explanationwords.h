// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pieces of the explanation wording that both the row notes and the phase notes use
// (explanationnote.cpp, explanationphasenote.cpp). Not part of the core's interface.

#include "explanation.h"
#include "ladderlabels.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace tcpladder::core::words {

using Paragraphs = std::vector<std::string>;

// `source` (marked for lupdate in context "Explanation") through the translator, with %1… filled.
class Words
{
public:
    explicit Words(const LadderTranslate &translate)
        : m_translate(translate)
    {
    }
    std::string operator()(const char *source, std::initializer_list<std::string_view> args = {}, int n = -1) const
    {
        return fillArgs(ladderText(m_translate, source, nullptr, n), args);
    }

private:
    const LadderTranslate &m_translate;
};

std::string num(std::uint64_t value);
std::string who(const Words &w, Side side);
std::string otherSide(const Words &w, Side side);
std::string milliseconds(const Words &w, std::int64_t ns);
std::string waits(const Words &w, const Explanation &e);
Paragraphs synRetries(const Words &w, const Explanation &e, const std::string &head);
std::string resetBytes(const Words &w, const Explanation &e);
// e.side closed first; the other side's ACK rode on its own FIN.
std::string finAckMerged(const Words &w, const Explanation &e);
Paragraphs teardown(const Words &w, const Explanation &e, bool full);
void capitalize(Paragraphs &paragraphs);

} // namespace tcpladder::core::words
