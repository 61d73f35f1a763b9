// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz.h"

#include "tcpflags.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace tcpladder::core {

namespace {

constexpr std::array kFieldOrder{QuizField::Seq,   QuizField::Ack,         QuizField::Len,
                                 QuizField::Flags, QuizField::ClientState, QuizField::ServerState};

std::string lowerTrimmed(std::string_view word)
{
    std::string text;
    for (const char c : word)
        if (!std::isspace(static_cast<unsigned char>(c)))
            text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool inScope(const StreamRow &row, QuizScope scope)
{
    switch (scope) {
    case QuizScope::All:
        return true;
    case QuizScope::Handshake:
        return row.analysis.phase == Phase::Handshake;
    case QuizScope::Teardown:
        return row.analysis.phase == Phase::Teardown || row.analysis.phase == Phase::Reset;
    }
    return false;
}

bool blankable(const StreamRow &row, QuizField field)
{
    return field != QuizField::Ack || row.segment.has(FlagAck);
}

} // namespace

std::optional<std::vector<QuizField>> parseQuizFields(std::string_view commaList)
{
    std::vector<QuizField> fields;
    const auto addOnce = [&fields](QuizField field) {
        if (std::find(fields.begin(), fields.end(), field) == fields.end())
            fields.push_back(field);
    };
    std::size_t start = 0;
    while (start <= commaList.size()) {
        const std::size_t comma = std::min(commaList.find(',', start), commaList.size());
        const std::string word = lowerTrimmed(commaList.substr(start, comma - start));
        start = comma + 1;
        if (word == "states") {
            addOnce(QuizField::ClientState);
            addOnce(QuizField::ServerState);
            continue;
        }
        const auto known = std::find_if(kFieldOrder.begin(), kFieldOrder.end(),
                                        [&word](QuizField field) { return toString(field) == word; });
        if (known == kFieldOrder.end())
            return std::nullopt;
        addOnce(*known);
    }
    return fields;
}

std::optional<QuizScope> parseQuizScope(std::string_view word)
{
    const std::string text = lowerTrimmed(word);
    for (const QuizScope scope : {QuizScope::All, QuizScope::Handshake, QuizScope::Teardown})
        if (toString(scope) == text)
            return scope;
    return std::nullopt;
}

std::string_view toString(QuizField field)
{
    switch (field) {
    case QuizField::Seq:
        return "seq";
    case QuizField::Ack:
        return "ack";
    case QuizField::Len:
        return "len";
    case QuizField::Flags:
        return "flags";
    case QuizField::ClientState:
        return "client_state";
    case QuizField::ServerState:
        return "server_state";
    }
    return "seq";
}

std::string_view toString(QuizScope scope)
{
    switch (scope) {
    case QuizScope::All:
        return "all";
    case QuizScope::Handshake:
        return "handshake";
    case QuizScope::Teardown:
        return "teardown";
    }
    return "all";
}

std::string quizAnswer(const StreamRow &row, QuizField field)
{
    switch (field) {
    case QuizField::Seq:
        return std::to_string(row.segment.seq);
    case QuizField::Ack:
        return std::to_string(row.segment.ack);
    case QuizField::Len:
        return std::to_string(row.segment.payloadLength);
    case QuizField::Flags:
        return flagsToString(row.segment.flags);
    case QuizField::ClientState:
        return std::string(toString(row.analysis.clientState));
    case QuizField::ServerState:
        return std::string(toString(row.analysis.serverState));
    }
    return {};
}

Quiz makeQuiz(const ConnectionLadder &ladder, const QuizOptions &options)
{
    Quiz quiz;
    for (std::size_t i = 0; i < ladder.rows.size(); ++i) {
        const StreamRow &row = ladder.rows[i];
        if (!inScope(row, options.scope))
            continue;
        quiz.rows.push_back(i);
        for (const QuizField field : kFieldOrder) {
            const bool hidden = std::find(options.hide.begin(), options.hide.end(), field) != options.hide.end();
            if (hidden && blankable(row, field))
                quiz.blanks.push_back({static_cast<int>(quiz.blanks.size()) + 1, i, field, quizAnswer(row, field)});
        }
    }
    return quiz;
}

} // namespace tcpladder::core
