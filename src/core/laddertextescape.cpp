// SPDX-License-Identifier: GPL-3.0-or-later
// The escaping of each text format (laddertextwriters.h): the writers never put a text in unescaped.
// Also the lines of a row's notes, which every writer joins in its own syntax.
#include "laddertextwriters.h"

#include <algorithm>

#include <cstdint>

namespace tcpladder::core {

namespace {

// The code point starting at text[i] and its length in bytes; a stray byte stands for itself.
std::pair<std::uint32_t, std::size_t> codePointAt(std::string_view text, std::size_t i)
{
    const auto byte = [&text](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    const std::size_t length = lead < 0x80 ? 1
        : (lead >> 5) == 0x6               ? 2
        : (lead >> 4) == 0xE               ? 3
        : (lead >> 3) == 0x1E              ? 4
                                           : 1;
    if (length == 1 || i + length > text.size())
        return {lead, 1};
    std::uint32_t cp = lead & (0xFFu >> (length + 1));
    for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    return {cp, length};
}

} // namespace

std::vector<std::string> noteLines(const TextDiagramRow &row)
{
    std::vector<std::string> lines;
    for (const std::string &note : row.notes) {
        std::size_t start = 0;
        while (start <= note.size()) {
            std::size_t end = note.find('\n', start);
            if (end == std::string::npos)
                end = note.size();
            std::string line = note.substr(start, end - start);
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (line.find_first_not_of(" \t") != std::string::npos)
                lines.push_back(std::move(line));
            start = end + 1;
        }
    }
    return lines;
}

std::string noteText(const TextDiagramRow &row, std::string (*escape)(std::string_view), std::string_view lineBreak)
{
    std::string text;
    for (const std::string &line : noteLines(row)) {
        if (!text.empty())
            text += lineBreak;
        text += escape(line);
    }
    return text;
}

bool hasNotes(const TextDiagram &diagram)
{
    for (const TextDiagramPhase &phase : diagram.phases)
        for (const TextDiagramRow &row : phase.rows)
            if (!row.notes.empty())
                return true;
    return false;
}

bool hasCjk(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto [cp, length] = codePointAt(text, i);
        if ((cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF))
            return true;
        i += length;
    }
    return false;
}

std::string escapeMermaid(std::string_view text)
{
    // "%%" would start a comment.
    static constexpr CharReplacement kMermaid[] = {{';', "#59;"}, {'#', "#35;"}, {':', "#58;"},
                                                   {'<', "#lt;"}, {'>', "#gt;"}, {'%', "#37;"}};
    return replaceChars(text, kMermaid);
}

std::string escapePlantUml(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool doubled = i + 1 < text.size() && text[i + 1] == c;
        // PlantUML 1.2020 takes a backslash and the next letter as an escape even after '~' ("a\b" shows as
        // "a~"), and shows "~~" as it is: both only come through as code points.
        if (c == '\\' || c == '~') {
            out += c == '\\' ? "<U+005C>" : "<U+007E>";
            continue;
        }
        switch (c) {
        case '*':
        case '/':
        case '-':
        case '_':
        case '"':
        case '^':
        case '[':
        case '=':
            if (doubled || c == '"')
                out += '~';
            break;
        case '<':
            out += '~';
            break;
        default:
            break;
        }
        out += c;
    }
    return out;
}

std::string escapeTex(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto [cp, length] = codePointAt(text, i);
        const char *replacement = nullptr;
        switch (cp) {
        case '\\':
            replacement = "\\textbackslash{}";
            break;
        case '{':
            replacement = "\\{";
            break;
        case '}':
            replacement = "\\}";
            break;
        case '$':
            replacement = "\\$";
            break;
        case '&':
            replacement = "\\&";
            break;
        case '#':
            replacement = "\\#";
            break;
        case '%':
            replacement = "\\%";
            break;
        case '_':
            replacement = "\\_";
            break;
        case '^':
            replacement = "\\^{}";
            break;
        case '~':
            replacement = "\\textasciitilde{}";
            break;
        case '"': // fontspec's TeX ligatures would set it as a closing quote (”)
            replacement = "\\textquotedbl{}";
            break;
        case 0x0394:
            replacement = "\\ensuremath{\\Delta}";
            break;
        case 0x2192:
            replacement = "\\ensuremath{\\rightarrow}";
            break;
        case 0x2190:
            replacement = "\\ensuremath{\\leftarrow}";
            break;
        case 0x2194:
            replacement = "\\ensuremath{\\leftrightarrow}";
            break;
        case 0x2026:
            replacement = "\\ldots{}";
            break;
        case 0x00B7:
            replacement = "\\ensuremath{\\cdot}";
            break;
        case 0x00D7:
            replacement = "\\ensuremath{\\times}";
            break;
        case 0x00B5:
            replacement = "\\ensuremath{\\mu}";
            break;
        default:
            break;
        }
        if (replacement)
            out += replacement;
        else
            out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

std::string escapeMarkdown(std::string_view text)
{
    static constexpr CharReplacement kMarkdown[] = {{'\\', "\\\\"}, {'|', "\\|"}, {'*', "\\*"}, {'_', "\\_"},
                                                    {'`', "\\`"},   {'[', "\\["}, {']', "\\]"}, {'~', "\\~"},
                                                    {'<', "&lt;"},  {'>', "&gt;"}};
    return replaceChars(text, kMarkdown);
}

std::string replaceChars(std::string_view text, std::span<const CharReplacement> replacements)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto found = std::find_if(replacements.begin(), replacements.end(),
                                        [c](const CharReplacement &r) { return r.from == c; });
        if (found != replacements.end())
            out += found->to;
        else
            out += c;
    }
    return out;
}

} // namespace tcpladder::core
