// SPDX-License-Identifier: GPL-3.0-or-later
// The exercise sheet and its key as Markdown (a table per phase, like the ladder's Markdown export)
// and as a self-contained HTML page (also what the PDF is rendered from, so both print the same).
#include "quizhandout.h"

#include "laddertextwriters.h"

namespace tcpladder::core {

namespace {

constexpr const char *kBlankLine = "________";

std::string markdownRow(const std::vector<std::string> &values)
{
    std::string line = "|";
    for (const std::string &value : values)
        line += " " + value + " |";
    return line + "\n";
}

std::string markdownCell(const QuizCell &cell, bool answerKey)
{
    if (cell.blank == 0)
        return escapeMarkdown(cell.value);
    const std::string number = "(" + std::to_string(cell.blank) + ")";
    return answerKey ? "**" + number + " " + escapeMarkdown(cell.value) + "**"
                     : "**" + number + "** " + escapeMarkdown(kBlankLine);
}

std::string escapeHtml(std::string_view text)
{
    static constexpr CharReplacement kHtml[] = {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}};
    return replaceChars(text, kHtml);
}

std::string htmlCell(const QuizCell &cell, bool answerKey)
{
    if (cell.blank == 0)
        return escapeHtml(cell.value);
    const std::string number = "(" + std::to_string(cell.blank) + ")";
    return answerKey ? "<b>" + number + " " + escapeHtml(cell.value) + "</b>"
                     : "<b>" + number + "</b> " + std::string(kBlankLine);
}

// Plain HTML 4 tables and attributes as well as CSS: Qt's QTextDocument, which renders the PDF, reads
// the attributes and only part of the CSS.
constexpr const char *kStyle = "body { font-family: sans-serif; font-size: 10pt; }\n"
                               "table { border-collapse: collapse; margin-bottom: 1em; }\n"
                               "th, td { border: 1px solid #888; padding: 3px 6px; }\n"
                               "th { background: #eee; }\n"
                               "td.num { text-align: right; }\n"
                               "@media print { h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }\n";

} // namespace

std::string writeQuizMarkdown(const QuizHandout &handout)
{
    std::string out = "# " + escapeMarkdown(handout.title) + "\n\n" + escapeMarkdown(handout.connection) + "\n\n";
    if (!handout.nameLabel.empty())
        out += escapeMarkdown(handout.nameLabel) + " " + escapeMarkdown("______________________________") + "\n\n";
    out += escapeMarkdown(handout.instructions) + "\n";
    std::vector<std::string> head;
    for (const std::string &column : handout.columns)
        head.push_back(escapeMarkdown(column));
    const std::vector<std::string> rule{"---:", "---", "---:", "---:", "---:", "---", "---", "---", "---"};
    for (const QuizHandoutSection &section : handout.sections) {
        out += "\n## " + escapeMarkdown(section.title) + "\n\n";
        for (const std::string &paragraph : section.explanation)
            out += escapeMarkdown(paragraph) + "\n\n";
        out += markdownRow(head) + markdownRow(rule);
        for (const QuizHandoutRow &row : section.rows) {
            std::vector<std::string> values{std::to_string(row.frame), escapeMarkdown(row.direction)};
            for (const QuizCell &cell : row.fields)
                values.push_back(markdownCell(cell, handout.answerKey));
            values.push_back(escapeMarkdown(row.notes));
            out += markdownRow(values);
        }
    }
    if (!handout.answersTitle.empty()) {
        out += "\n## " + escapeMarkdown(handout.answersTitle) + "\n\n";
        for (const QuizBlank &blank : handout.blanks)
            out += std::to_string(blank.number) + ". " + escapeMarkdown(blank.answer) + "\n";
    }
    return out;
}

std::string writeQuizHtml(const QuizHandout &handout)
{
    std::string out = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + escapeHtml(handout.title)
        + "</title>\n<style>\n" + kStyle + "</style>\n</head>\n<body>\n";
    out += "<h1>" + escapeHtml(handout.title) + "</h1>\n<p>" + escapeHtml(handout.connection) + "</p>\n";
    if (!handout.nameLabel.empty())
        out += "<p>" + escapeHtml(handout.nameLabel) + " ______________________________</p>\n";
    out += "<p>" + escapeHtml(handout.instructions) + "</p>\n";
    for (const QuizHandoutSection &section : handout.sections) {
        out += "<h2>" + escapeHtml(section.title) + "</h2>\n";
        for (const std::string &paragraph : section.explanation)
            out += "<p>" + escapeHtml(paragraph) + "</p>\n";
        out += "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>";
        for (const std::string &column : handout.columns)
            out += "<th>" + escapeHtml(column) + "</th>";
        out += "</tr>\n";
        for (const QuizHandoutRow &row : section.rows) {
            out += "<tr><td class=\"num\" align=\"right\">" + std::to_string(row.frame) + "</td><td>"
                + escapeHtml(row.direction) + "</td>";
            for (std::size_t i = 0; i < row.fields.size(); ++i) {
                const bool number = i < 3; // Seq, Ack, Len
                out += number ? "<td class=\"num\" align=\"right\">" : "<td>";
                out += htmlCell(row.fields[i], handout.answerKey) + "</td>";
            }
            out += "<td>" + escapeHtml(row.notes) + "</td></tr>\n";
        }
        out += "</table>\n";
    }
    if (!handout.answersTitle.empty()) {
        out += "<h2>" + escapeHtml(handout.answersTitle) + "</h2>\n<ol>\n";
        for (const QuizBlank &blank : handout.blanks)
            out += "<li>" + escapeHtml(blank.answer) + "</li>\n";
        out += "</ol>\n";
    }
    return out + "</body>\n</html>\n";
}

} // namespace tcpladder::core
