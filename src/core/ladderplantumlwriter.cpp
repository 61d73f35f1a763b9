// SPDX-License-Identifier: GPL-3.0-or-later
// A ladder as a PlantUML sequence diagram: a divider per phase, one message per segment (its frame
// and time in a smaller second line), a delay for each collapsed run, states as notes, teacher's notes
// as yellow notes across both participants below their message (one source line each: "\n" breaks it,
// so no text of theirs can end a multi-line note early).
#include "laddertextwriters.h"

namespace tcpladder::core {

namespace {

std::string participant(const char *id, const TextDiagramLane &lane)
{
    std::string text = "participant \"" + escapePlantUml(lane.role) + "\\n" + escapePlantUml(lane.endpoint);
    if (!lane.hostname.empty())
        text += "\\n" + escapePlantUml(lane.hostname);
    return text + "\" as " + id + "\n";
}

void writeTeacherNote(std::string &out, const TextDiagramRow &row)
{
    if (const std::string text = noteText(row, escapePlantUml, "\\n"); !text.empty())
        out += "note over C, S #FFF3B0 : " + text + "\n";
}

void writeRow(std::string &out, const TextDiagramRow &row)
{
    const std::string sender = row.toServer ? "C" : "S";
    const std::string receiver = row.toServer ? "S" : "C";
    if (row.collapsed) {
        // A delay ("...text...") is PlantUML's own mark for "time passes here"; its text may not hold "...".
        out += "..." + escapePlantUml(row.label) + " (" + escapePlantUml(row.frameLine) + ")...\n";
        writeTeacherNote(out, row);
        return;
    }
    if (!row.gap.empty())
        out += "note over " + sender + " #FFEBEE : " + escapePlantUml(row.gap) + "\n";
    if (!row.lossNote.empty())
        out += "note over C, S #FFF3E0 : " + escapePlantUml(row.lossNote) + "\n";
    std::string message = escapePlantUml(row.label);
    if (!row.tag.empty())
        message += " <color:#C62828>" + escapePlantUml(row.tag) + "</color>";
    // "->x" ends in a cross: PlantUML's own mark for a lost message.
    out += sender + (row.lost ? " ->x " : " -> ") + receiver + " : " + message + "\\n<size:10><color:#555555>"
        + escapePlantUml(row.frameLine) + "</color></size>\n";
    if (row.lost)
        out += "note right #FFEBEE : " + escapePlantUml(row.tag) + "\n";
    if (row.clientStateChanged)
        out += "hnote left of C : " + escapePlantUml(row.clientState) + "\n";
    if (row.serverStateChanged)
        out += "hnote right of S : " + escapePlantUml(row.serverState) + "\n";
    writeTeacherNote(out, row);
}

} // namespace

std::string writePlantUml(const TextDiagram &diagram)
{
    std::string out = "@startuml\n' " + diagram.words.title + " (tcpladder)\n";
    out += "skinparam shadowing false\nskinparam sequenceMessageAlign center\nhide footbox\n";
    out += "title " + escapePlantUml(diagram.words.title) + "\n";
    out += participant("C", diagram.client);
    out += participant("S", diagram.server);
    for (const TextDiagramPhase &phase : diagram.phases) {
        out += "== " + escapePlantUml(phase.title) + " ==\n";
        for (const TextDiagramRow &row : phase.rows)
            writeRow(out, row);
    }
    return out + "@enduml\n";
}

} // namespace tcpladder::core
