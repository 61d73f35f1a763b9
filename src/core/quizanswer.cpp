// SPDX-License-Identifier: GPL-3.0-or-later
// Grading what a student typed against a quiz blank's canonical answer.
#include "quiz.h"

#include "tcpflags.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace tcpladder::core {

namespace {

bool isSpace(char c)
{
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

// Digits only, spaces dropped ("1 448" is how some write 1448), one optional leading '+', leading
// zeros dropped so "0001" reads as 1; nullopt for anything else.
std::optional<std::string> canonicalNumber(std::string_view text)
{
    std::string digits;
    bool signSeen = false;
    for (const char c : text) {
        if (isSpace(c))
            continue;
        if (c == '+' && digits.empty() && !signSeen) {
            signSeen = true;
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        digits += c;
    }
    if (digits.empty())
        return std::nullopt;
    const std::size_t firstNonZero = digits.find_first_not_of('0');
    return firstNonZero == std::string::npos ? std::string("0") : digits.substr(firstNonZero);
}

// Flag names in any order and case, separated by any of , + / or spaces, as a sorted set.
std::vector<std::string> flagSet(std::string_view text)
{
    std::vector<std::string> names;
    std::string current;
    const auto flush = [&] {
        if (!current.empty() && std::find(names.begin(), names.end(), current) == names.end())
            names.push_back(current);
        current.clear();
    };
    for (const char c : text) {
        if (isSpace(c) || c == ',' || c == '+' || c == '/')
            flush();
        else
            current += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    flush();
    std::sort(names.begin(), names.end());
    return names;
}

// A state's letters and digits only, upper case: SYN-SENT, syn_sent and "Syn Sent" all read SYNSENT,
// and no two RFC 9293 state names collide that way.
std::string stateLetters(std::string_view text)
{
    std::string letters;
    for (const char c : text)
        if (std::isalnum(static_cast<unsigned char>(c)))
            letters += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return letters;
}

} // namespace

bool isCorrectAnswer(QuizField field, std::string_view typed, std::string_view answer)
{
    if (std::all_of(typed.begin(), typed.end(), isSpace))
        return false;
    switch (field) {
    case QuizField::Seq:
    case QuizField::Ack:
    case QuizField::Len: {
        const auto given = canonicalNumber(typed);
        return given && given == canonicalNumber(answer);
    }
    case QuizField::Flags:
        return flagSet(typed) == flagSet(answer);
    case QuizField::ClientState:
    case QuizField::ServerState: {
        const std::string given = stateLetters(typed);
        return !given.empty() && given == stateLetters(answer);
    }
    }
    return false;
}

int PredictionGrade::correct() const
{
    return static_cast<int>(sender) + static_cast<int>(flags) + static_cast<int>(seq) + static_cast<int>(ack);
}

PredictionGrade gradePrediction(const ConnectionLadder &ladder, std::size_t row, const SegmentPrediction &prediction)
{
    PredictionGrade grade;
    if (row >= ladder.rows.size())
        return grade;
    const StreamRow &actual = ladder.rows[row];
    grade.sender = prediction.sender == senderOf(actual.segment);
    grade.flags = isCorrectAnswer(QuizField::Flags, prediction.flags, quizAnswer(actual, QuizField::Flags));
    grade.seq = isCorrectAnswer(QuizField::Seq, prediction.seq, quizAnswer(actual, QuizField::Seq));
    if (actual.segment.has(FlagAck)) {
        grade.ack = isCorrectAnswer(QuizField::Ack, prediction.ack, quizAnswer(actual, QuizField::Ack));
    } else {
        std::string bare;
        for (const char c : prediction.ack)
            if (!isSpace(c))
                bare += c;
        grade.ack = bare.empty() || bare == "-" || canonicalNumber(bare) == "0";
    }
    return grade;
}

} // namespace tcpladder::core
