// SPDX-License-Identifier: GPL-3.0-or-later
// A ladder as GitHub-flavoured Markdown: a heading per phase with its explanation, then a table of
// its segments (flags and relative numbers in columns of their own, states when asked). Teacher's
// notes get the last column when the ladder has any, their lines broken by <br> (GitHub renders it
// in a cell; a newline would end the table).
#include "laddertextwriters.h"

#include "tcpflags.h"

namespace tcpladder::core {

namespace {

std::string cells(const std::vector<std::string> &values)
{
    std::string line = "|";
    for (const std::string &value : values)
        line += " " + value + " |";
    return line + "\n";
}

std::string laneText(const TextDiagramLane &lane)
{
    std::string text = lane.role + " " + lane.endpoint;
    if (!lane.hostname.empty())
        text += " (" + lane.hostname + ")";
    return escapeMarkdown(text);
}

std::string notes(const TextDiagramRow &row)
{
    std::string text;
    for (const std::string *part : {&row.tag, &row.lossNote, &row.gap}) {
        if (part->empty())
            continue;
        if (!text.empty())
            text += " · ";
        text += *part;
    }
    return escapeMarkdown(text);
}

std::vector<std::string> rowCells(const TextDiagram &diagram, const TextDiagramRow &row, bool teacherNotes)
{
    const std::string client = escapeMarkdown(diagram.client.role);
    const std::string server = escapeMarkdown(diagram.server.role);
    std::vector<std::string> values;
    if (row.collapsed) {
        values = {std::to_string(row.frame) + "–" + std::to_string(row.lastFrame),
                  escapeMarkdown(row.time),
                  escapeMarkdown(row.delta),
                  "",
                  "",
                  "",
                  "",
                  ""};
        if (diagram.showStates)
            values.insert(values.end(), {"", ""});
        values.push_back(escapeMarkdown(row.label));
        if (teacherNotes)
            values.push_back(noteText(row, escapeMarkdown, "<br>"));
        return values;
    }
    values = {std::to_string(row.frame),
              escapeMarkdown(row.time),
              escapeMarkdown(row.delta),
              row.toServer ? client + " → " + server : server + " → " + client,
              escapeMarkdown(flagsToString(row.flags)),
              std::to_string(row.seq),
              row.flags & FlagAck ? std::to_string(row.ack) : std::string(),
              std::to_string(row.length)};
    if (diagram.showStates)
        values.insert(values.end(), {escapeMarkdown(row.clientState), escapeMarkdown(row.serverState)});
    if (diagram.merged)
        values.insert(values.end(),
                      {escapeMarkdown(row.seen), escapeMarkdown(row.sent), escapeMarkdown(row.received),
                       escapeMarkdown(row.oneWayDelay)});
    values.push_back(notes(row));
    if (teacherNotes)
        values.push_back(noteText(row, escapeMarkdown, "<br>"));
    return values;
}

} // namespace

std::string writeMarkdownTable(const TextDiagram &diagram)
{
    const TextDiagramWords &w = diagram.words;
    std::string out = "# " + escapeMarkdown(w.title) + "\n\n";
    out += laneText(diagram.client) + " ↔ " + laneText(diagram.server) + "\n";
    std::vector<std::string> head{escapeMarkdown(w.frame),
                                  escapeMarkdown(w.time),
                                  escapeMarkdown(w.delta),
                                  escapeMarkdown(w.direction),
                                  escapeMarkdown(w.flags),
                                  "Seq",
                                  "Ack",
                                  "Len"};
    std::vector<std::string> rule{"---:", "---:", "---:", "---", "---", "---:", "---:", "---:"};
    if (diagram.showStates) {
        head.insert(head.end(), {escapeMarkdown(w.clientState), escapeMarkdown(w.serverState)});
        rule.insert(rule.end(), {"---", "---"});
    }
    if (diagram.merged) {
        head.insert(head.end(),
                    {escapeMarkdown(w.seen), escapeMarkdown(w.sent), escapeMarkdown(w.received),
                     escapeMarkdown(w.oneWayDelay)});
        rule.insert(rule.end(), {"---", "---:", "---:", "---:"});
    }
    head.push_back(escapeMarkdown(w.notes));
    rule.push_back("---");
    const bool teacherNotes = hasNotes(diagram);
    if (teacherNotes) {
        head.push_back(escapeMarkdown(w.teacherNotes));
        rule.push_back("---");
    }
    for (const TextDiagramPhase &phase : diagram.phases) {
        out += "\n## " + escapeMarkdown(phase.title) + "\n\n";
        for (const std::string &paragraph : phase.explanation)
            out += escapeMarkdown(paragraph) + "\n\n";
        out += cells(head) + cells(rule);
        for (const TextDiagramRow &row : phase.rows)
            out += cells(rowCells(diagram, row, teacherNotes));
    }
    return out;
}

} // namespace tcpladder::core
