// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionanalyzer.h"
#include "streamreplay.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tcpladder::core {

// Issue 17: a ladder turned into an exercise. The same model serves the printed handouts (CLI,
// File › Export Quiz) and the quiz mode in the window, so a blank's number and answer are the
// same on paper and on screen.
enum class QuizField : std::uint8_t { Seq, Ack, Len, Flags, ClientState, ServerState };
enum class QuizScope : std::uint8_t { All, Handshake, Teardown };

// CLI/GUI words: "seq", "ack", "len", "flags", "states" (= client_state + server_state), also
// "client_state" / "server_state" alone; "all", "handshake", "teardown". Case and spaces are
// ignored; a word given twice counts once. nullopt on an unknown word or an empty list.
std::optional<std::vector<QuizField>> parseQuizFields(std::string_view commaList);
std::optional<QuizScope> parseQuizScope(std::string_view word);
std::string_view toString(QuizField field); // "seq", "ack", "len", "flags", "client_state", "server_state"
std::string_view toString(QuizScope scope); // "all", "handshake", "teardown"

struct QuizOptions
{
    std::vector<QuizField> hide;
    QuizScope scope = QuizScope::All;
};

struct QuizBlank
{
    int number = 0;      // 1-based, in row order then field order: what a handout prints as "(3)"
    std::size_t row = 0; // index into ConnectionLadder::rows
    QuizField field = QuizField::Seq;
    std::string answer; // canonical: "1", "1448", "SYN, ACK" (flagsToString), "ESTABLISHED" (toString(TcpState))
};

struct Quiz
{
    std::vector<std::size_t> rows; // rows in scope, ascending
    std::vector<QuizBlank> blanks;
};

// Blanks in row order, and within a row in QuizField order whatever order `hide` lists them in.
// Scope Handshake: rows of Phase::Handshake. Teardown: Phase::Teardown and Phase::Reset rows,
// because a RST is how an aborted connection ends: a teacher asking about "how it closed" means
// the RST as much as the FINs (a refused SYN's RST is the only "teardown" row it has).
// An Ack blank is made only on rows with the ACK flag: without it the header's ack field is
// meaningless and Wireshark shows no Ack, so there is nothing to ask.
Quiz makeQuiz(const ConnectionLadder &ladder, const QuizOptions &options);

// The canonical answer for one field of one row (what a blank's answer holds).
std::string quizAnswer(const StreamRow &row, QuizField field);

// What a student types, graded leniently: surrounding/inner spaces, case, "SYN,ACK" / "syn ack" /
// "ACK SYN" (any order, separators , + / space), "established" / "Established", "SYN-SENT" /
// "syn_sent" / "syn sent"; numbers in decimal with an optional leading '+' (leading zeros allowed).
// Empty never matches.
bool isCorrectAnswer(QuizField field, std::string_view typed, std::string_view answer);

// Predict the next segment (step-through): the row about to be revealed.
struct SegmentPrediction
{
    std::optional<Side> sender;
    std::string flags;
    std::string seq;
    std::string ack;
};

struct PredictionGrade
{
    bool sender = false, flags = false, seq = false, ack = false;
    int correct() const; // count of true, out of 4
};

// A row without the ACK flag has no Ack to predict: an empty ack, "0" or "-" is right there.
// A row index past the ladder grades everything wrong.
PredictionGrade gradePrediction(const ConnectionLadder &ladder, std::size_t row, const SegmentPrediction &prediction);

} // namespace tcpladder::core
