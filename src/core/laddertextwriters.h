// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One writer per text format (one file each), and the escaping each syntax needs (laddertextescape.cpp,
// with the splitting of notes into lines that all of them need):
// every text of a TextDiagram goes through its format's escape, so a hostname, an IPv6 address or a
// translated word never breaks the syntax.

#include "laddertextdiagram.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tcpladder::core {

std::string writeMermaid(const TextDiagram &diagram);       // laddermermaidwriter.cpp: sequenceDiagram
std::string writePlantUml(const TextDiagram &diagram);      // ladderplantumlwriter.cpp: @startuml sequence
std::string writeTikz(const TextDiagram &diagram);          // laddertikzwriter.cpp: standalone, xelatex
std::string writeMarkdownTable(const TextDiagram &diagram); // laddermarkdownwriter.cpp: a table per phase

// One byte of text and what a syntax writes instead of it.
struct CharReplacement
{
    char from;
    std::string_view to;
};
// `text` with each byte that `replacements` names replaced, the rest as it is (UTF-8 passes through).
std::string replaceChars(std::string_view text, std::span<const CharReplacement> replacements);

// Text inside a Mermaid message, note or participant name: entity codes for what Mermaid reads as
// syntax (';' ends a statement, '#' starts an entity code, ':' splits a message, '<' '>' are HTML).
std::string escapeMermaid(std::string_view text);
// Text inside a PlantUML message, note, divider or quoted participant name: '~' before what creole
// would read as markup ("**", "//", "--", "__", "\"\"", "<", "[["); '\\' and '~' as <U+005C> and <U+007E>.
std::string escapePlantUml(std::string_view text);
// Text inside a TikZ node, set by xelatex: TeX's special characters as commands, and the few symbols
// the default Latin Modern fonts lack (Δ, →, …, ·, ×, µ) in math mode.
std::string escapeTex(std::string_view text);
// Text inside a GitHub-flavoured Markdown table cell: '|' and inline markup backslash-escaped, '<' as &lt;.
std::string escapeMarkdown(std::string_view text);

// The lines of a row's teacher's notes, note after note, unescaped: a pcapng comment may span lines
// ("\n" or "\r\n"), which no format takes inside one statement. Blank lines are left out.
std::vector<std::string> noteLines(const TextDiagramRow &row);
// Those lines, each through `escape`, joined by the format's `lineBreak` ("<br/>", "\\n", ...).
std::string noteText(const TextDiagramRow &row, std::string (*escape)(std::string_view), std::string_view lineBreak);
// True when some row of `diagram` has teacher's notes (the Markdown table then has their column).
bool hasNotes(const TextDiagram &diagram);

// True when `text` holds a CJK character (the TikZ writer then loads xeCJK).
bool hasCjk(std::string_view text);

} // namespace tcpladder::core
