// SPDX-License-Identifier: GPL-3.0-or-later
#include "laddertextdiagram.h"

#include "pathextension.h"
#include "explanationnote.h"
#include "ladderlabels.h"
#include "laddernotes.h"
#include "laddertextwriters.h"
#include "tcpflags.h"

#include <cctype>

namespace tcpladder::core {

std::optional<TextDiagramFormat> textDiagramFormatForPath(std::string_view path)
{
    const std::string suffix = lowercaseExtension(path);
    if (suffix == "mmd")
        return TextDiagramFormat::Mermaid;
    if (suffix == "puml")
        return TextDiagramFormat::PlantUml;
    if (suffix == "tex")
        return TextDiagramFormat::Tex;
    if (suffix == "md")
        return TextDiagramFormat::Markdown;
    return std::nullopt;
}

namespace {

// Words are never measured: every label stays whole, however long (a text has no width to fit).
LadderLayout textLayout(const ConnectionLadder &ladder, const TextDiagramOptions &options)
{
    LadderLayoutOptions layoutOptions;
    layoutOptions.measure = [](std::string_view) { return 0.0; };
    layoutOptions.translate = options.translate;
    layoutOptions.expandedRuns = options.expandedRuns;
    if (options.expandAllRuns) {
        // Run keys depend on the rows and the collapse settings only, so one plain layout names them all.
        const LadderLayout collapsed = layoutLadder(ladder, layoutOptions);
        for (const LadderRun &run : collapsed.runs())
            layoutOptions.expandedRuns.insert(run.key);
    }
    return layoutLadder(ladder, layoutOptions);
}

// The notes of the rows `item` stands for: a collapsed run's say which frame each is on.
std::vector<std::string> itemNotes(const ConnectionLadder &ladder, const LadderItem &item, bool collapsed,
                                   const RowNotes &notes, const LadderTranslate &translate)
{
    std::vector<std::string> out;
    for (auto it = notes.lower_bound(item.row); it != notes.end() && it->first < item.row + item.rowCount; ++it) {
        for (const std::string &note : it->second)
            out.push_back(collapsed
                              ? fillArgs(ladderText(translate, TCPLADDER_TRANSLATE_NOOP("LadderText", "frame %1: %2")),
                                         {std::to_string(ladder.rows[it->first].segment.frame), note})
                              : note);
    }
    return out;
}

TextDiagramRow segmentRow(const ConnectionLadder &ladder, const LadderLayout &layout, const LadderItem &item,
                          const RowNotes &notes, const TextDiagramOptions &options)
{
    const auto text = [&options](const char *source) { return ladderText(options.translate, source); };
    const StreamRow &row = ladder.rows[item.row];
    TextDiagramRow out;
    out.toServer = row.segment.direction == Direction::ClientToServer;
    out.frame = row.segment.frame;
    out.lastFrame = row.segment.frame;
    out.label = item.label.text;
    out.time = item.time.text;
    out.delta = item.delta.text;
    if (const LadderRun *run = layout.runOfItem(item.index)) {
        out.collapsed = true;
        out.lastFrame = ladder.rows[run->lastRow].segment.frame;
        out.frameLine = fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "frames %1–%2")),
                                 {std::to_string(out.frame), std::to_string(out.lastFrame)});
        out.notes = itemNotes(ladder, item, true, notes, options.translate);
        return out;
    }
    out.flags = row.segment.flags;
    out.seq = row.segment.seq;
    out.ack = row.segment.has(FlagAck) ? row.segment.ack : 0;
    out.length = row.segment.payloadLength;
    out.tag = item.tag.text;
    out.frameLine = fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "frame %1, t = %2 s (%3)")),
                             {std::to_string(out.frame), out.time, out.delta});
    if (options.showStates) {
        out.clientState = std::string(toString(row.analysis.clientState));
        out.serverState = std::string(toString(row.analysis.serverState));
        out.clientStateChanged = !item.clientState.text.empty();
        out.serverStateChanged = !item.serverState.text.empty();
    }
    out.lossNote = item.note.text;
    out.gap = item.gap.text;
    out.notes = itemNotes(ladder, item, false, notes, options.translate);
    return out;
}

TextDiagramWords words(const ConnectionLadder &ladder, const LadderLayout &layout, const LadderTranslate &translate)
{
    const auto text = [&translate](const char *source) { return ladderText(translate, source); };
    TextDiagramWords w;
    w.title =
        fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "TCP stream %1")), {std::to_string(ladder.streamIndex)});
    w.frame = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "frame"));
    w.time = layout.timeHeader().text;
    w.delta = layout.deltaHeader().text;
    w.direction = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "direction"));
    w.flags = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "flags"));
    w.clientState = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "client state"));
    w.serverState = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "server state"));
    w.notes = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "notes"));
    w.teacherNotes = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "teacher's notes"));
    return w;
}

} // namespace

TextDiagram buildTextDiagram(const ConnectionLadder &ladder, const TextDiagramOptions &options)
{
    const LadderLayout layout = textLayout(ladder, options);
    TextDiagram diagram;
    diagram.client = {layout.client().role, layout.client().endpoint, layout.client().hostname};
    diagram.server = {layout.server().role, layout.server().endpoint, layout.server().hostname};
    diagram.words = words(ladder, layout, options.translate);
    diagram.showStates = options.showStates;
    const RowNotes notes = ladderNotes(ladder, options.noteEdits);
    for (const LadderBracket &bracket : layout.brackets()) {
        TextDiagramPhase phase;
        phase.phase = bracket.phase;
        phase.title = bracket.title.text;
        phase.explanation = explanationNoteForPhase(ladder, bracket.phase, bracket.firstRow, bracket.lastRow,
                                                    options.explanationTranslate)
                                .paragraphs;
        for (std::size_t i = bracket.firstItem; i <= bracket.lastItem; ++i)
            phase.rows.push_back(segmentRow(ladder, layout, layout.item(i), notes, options));
        diagram.phases.push_back(std::move(phase));
    }
    return diagram;
}

std::string writeTextDiagram(const TextDiagram &diagram, TextDiagramFormat format)
{
    switch (format) {
    case TextDiagramFormat::Mermaid:
        return writeMermaid(diagram);
    case TextDiagramFormat::PlantUml:
        return writePlantUml(diagram);
    case TextDiagramFormat::Tex:
        return writeTikz(diagram);
    case TextDiagramFormat::Markdown:
        break;
    }
    return writeMarkdownTable(diagram);
}

} // namespace tcpladder::core
