// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A quiz as a printed exercise sheet or its answer key (issue 17): the connection, then its rows in
// scope as a table whose hidden fields are numbered blanks "(3) ____" (the key fills them in, bold,
// and adds each phase's explanation). Built from the text ladder (laddertextdiagram.h), so the words
// and rows are those of the Markdown export; the writers only format.

#include "laddertranslate.h"
#include "quiz.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tcpladder::core {

enum class QuizHandoutFormat : std::uint8_t { Markdown, Html, Pdf };

// By a file name's extension (case-insensitive): .md, .html / .htm, .pdf; nullopt for any other.
std::optional<QuizHandoutFormat> quizHandoutFormatForPath(std::string_view path);

struct QuizHandoutOptions
{
    QuizOptions quiz;
    bool answerKey = false;
    LadderTranslate translate;            // context "LadderText"; empty: English
    LadderTranslate explanationTranslate; // context "Explanation"; empty: English
};

// One field of one row: its value (the answer, for a blank), and the blank's number (0: not a blank).
struct QuizCell
{
    std::string value;
    int blank = 0;
};

struct QuizHandoutRow
{
    std::uint32_t frame = 0;
    std::string direction;          // "client → server"
    std::array<QuizCell, 6> fields; // indexed by QuizField: Seq, Ack, Len, flags, client and server state
    std::string notes;              // "retransmission · …"; may be empty
};

struct QuizHandoutSection
{
    std::string title; // the key: the phase's title, as the ladder names it; the sheet: its plain name
    std::vector<std::string> explanation; // answer key only: the phase's explanation
    std::vector<QuizHandoutRow> rows;
};

struct QuizHandout
{
    bool answerKey = false;
    std::string title;                  // "Quiz — TCP stream 0" / "Answer key — TCP stream 0"
    std::string connection;             // "client 192.0.2.10:55512 ↔ server 192.0.2.80:8080 (example.com)"
    std::string nameLabel;              // "Name:" (the sheet only; empty in the key)
    std::string instructions;           // one paragraph
    std::array<std::string, 9> columns; // frame, direction, Seq, Ack, Len, flags, client state, server state, notes
    std::vector<QuizHandoutSection> sections;
    std::string answersTitle; // "Answers" (the key's list of every blank; empty in the sheet)
    std::vector<QuizBlank> blanks;
};

QuizHandout buildQuizHandout(const ConnectionLadder &ladder, const QuizHandoutOptions &options);

// UTF-8 text, deterministic: the same ladder and options give the same bytes.
std::string writeQuizMarkdown(const QuizHandout &handout);
// A self-contained, printable UTF-8 HTML page; also what the PDF is rendered from.
std::string writeQuizHtml(const QuizHandout &handout);

} // namespace tcpladder::core
