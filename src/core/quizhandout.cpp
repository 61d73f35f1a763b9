// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizhandout.h"

#include "pathextension.h"
#include "ladderlabels.h"
#include "laddertextdiagram.h"
#include "tcpflags.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>

namespace tcpladder::core {

namespace {

std::string laneText(const TextDiagramLane &lane)
{
    std::string text = lane.role + " " + lane.endpoint;
    if (!lane.hostname.empty())
        text += " (" + lane.hostname + ")";
    return text;
}

QuizHandoutRow handoutRow(const TextDiagram &diagram, const TextDiagramRow &row,
                          const std::map<std::pair<std::uint32_t, QuizField>, int> &blankNumbers, bool showTag)
{
    QuizHandoutRow out;
    out.frame = row.frame;
    out.direction = row.toServer ? diagram.client.role + " → " + diagram.server.role
                                 : diagram.server.role + " → " + diagram.client.role;
    const bool hasAck = (row.flags & FlagAck) != 0;
    const std::string values[] = {std::to_string(row.seq),
                                  hasAck ? std::to_string(row.ack) : std::string(),
                                  std::to_string(row.length),
                                  flagsToString(row.flags),
                                  row.clientState,
                                  row.serverState};
    for (std::size_t i = 0; i < out.fields.size(); ++i) {
        out.fields[i].value = values[i];
        const auto blank = blankNumbers.find({row.frame, static_cast<QuizField>(i)});
        if (blank != blankNumbers.end())
            out.fields[i].blank = blank->second;
    }
    for (const std::string *part : {&row.tag, &row.lossNote, &row.gap}) {
        if (part->empty() || (part == &row.tag && !showTag))
            continue;
        if (!out.notes.empty())
            out.notes += " · ";
        out.notes += *part;
    }
    return out;
}

// The sheet names a phase only: its full title ("teardown — 3 segments: the server's ACK rode on its
// FIN") would answer the questions about it.
std::string plainPhaseName(Phase phase, const LadderTranslate &translate)
{
    switch (phase) {
    case Phase::Handshake:
        return ladderText(translate, TCPLADDER_TRANSLATE_NOOP("LadderText", "handshake"));
    case Phase::Data:
        return ladderText(translate, TCPLADDER_TRANSLATE_NOOP("LadderText", "data"));
    case Phase::Teardown:
        return ladderText(translate, TCPLADDER_TRANSLATE_NOOP("LadderText", "teardown"));
    case Phase::Reset:
        break;
    }
    return ladderText(translate, TCPLADDER_TRANSLATE_NOOP("LadderText", "reset"));
}

} // namespace

std::optional<QuizHandoutFormat> quizHandoutFormatForPath(std::string_view path)
{
    const std::string suffix = lowercaseExtension(path);
    if (suffix == "md")
        return QuizHandoutFormat::Markdown;
    if (suffix == "html" || suffix == "htm")
        return QuizHandoutFormat::Html;
    if (suffix == "pdf")
        return QuizHandoutFormat::Pdf;
    return std::nullopt;
}

QuizHandout buildQuizHandout(const ConnectionLadder &ladder, const QuizHandoutOptions &options)
{
    const auto text = [&options](const char *source) { return ladderText(options.translate, source); };
    TextDiagramOptions diagramOptions;
    diagramOptions.showStates = true;
    diagramOptions.expandAllRuns = true; // every segment is a row a blank can sit on
    diagramOptions.translate = options.translate;
    diagramOptions.explanationTranslate = options.explanationTranslate;
    const TextDiagram diagram = buildTextDiagram(ladder, diagramOptions);
    const Quiz quiz = makeQuiz(ladder, options.quiz);

    QuizHandout handout;
    handout.answerKey = options.answerKey;
    handout.title = options.answerKey
        ? fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "Answer key — %1")), {diagram.words.title})
        : fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "Quiz — %1")), {diagram.words.title});
    handout.connection = laneText(diagram.client) + " ↔ " + laneText(diagram.server);
    if (options.answerKey) {
        handout.instructions = text(TCPLADDER_TRANSLATE_NOOP(
            "LadderText",
            "Each numbered blank of the exercise sheet, filled in (bold), with each phase's explanation."));
        handout.answersTitle = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "Answers"));
        handout.blanks = quiz.blanks;
    } else {
        handout.nameLabel = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "Name:"));
        handout.instructions = text(TCPLADDER_TRANSLATE_NOOP(
            "LadderText",
            "Fill in each numbered blank. Seq and Ack are relative, as Wireshark shows them; a state "
            "is that end's TCP state after the segment."));
    }
    const TextDiagramWords &w = diagram.words;
    handout.columns = {w.frame, w.direction, "Seq", "Ack", "Len", w.flags, w.clientState, w.serverState, w.notes};

    std::set<std::uint32_t> framesInScope;
    for (const std::size_t row : quiz.rows)
        framesInScope.insert(ladder.rows[row].segment.frame);
    std::map<std::pair<std::uint32_t, QuizField>, int> blankNumbers;
    for (const QuizBlank &blank : quiz.blanks)
        blankNumbers[{ladder.rows[blank.row].segment.frame, blank.field}] = blank.number;

    // A row's tag ("ACK rode on FIN", "keep-alive") would give hidden flags away on the sheet.
    const auto &hide = options.quiz.hide;
    const bool showTags = options.answerKey || std::find(hide.begin(), hide.end(), QuizField::Flags) == hide.end();
    for (const TextDiagramPhase &phase : diagram.phases) {
        QuizHandoutSection section;
        section.title = options.answerKey ? phase.title : plainPhaseName(phase.phase, options.translate);
        if (options.answerKey)
            section.explanation = phase.explanation;
        for (const TextDiagramRow &row : phase.rows)
            if (framesInScope.count(row.frame))
                section.rows.push_back(handoutRow(diagram, row, blankNumbers, showTags));
        if (!section.rows.empty())
            handout.sections.push_back(std::move(section));
    }
    return handout;
}

} // namespace tcpladder::core
