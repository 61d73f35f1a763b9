// SPDX-License-Identifier: GPL-3.0-or-later
// A ladder as a Mermaid sequenceDiagram: one message per segment, a shaded rect per phase titled by
// a note, states as notes beside their lifeline, loss notes above the segment they concern, teacher's
// notes below it across both lifelines (where the window draws their callout).
#include "laddertextwriters.h"

namespace tcpladder::core {

namespace {

// Light shades that keep black text readable in Mermaid's default and dark themes alike.
const char *phaseShade(Phase phase)
{
    switch (phase) {
    case Phase::Handshake:
        return "rgba(66, 133, 244, 0.12)";
    case Phase::Data:
        return "rgba(128, 128, 128, 0.10)";
    case Phase::Teardown:
        return "rgba(251, 140, 0, 0.14)";
    case Phase::Reset:
        return "rgba(229, 57, 53, 0.14)";
    }
    return "rgba(128, 128, 128, 0.10)";
}

std::string participant(const char *id, const TextDiagramLane &lane)
{
    std::string text = "    participant " + std::string(id) + " as " + escapeMermaid(lane.role) + "<br/>"
        + escapeMermaid(lane.endpoint);
    if (!lane.hostname.empty())
        text += "<br/>" + escapeMermaid(lane.hostname);
    return text + "\n";
}

void writeTeacherNote(std::string &out, const TextDiagramRow &row)
{
    if (const std::string text = noteText(row, escapeMermaid, "<br/>"); !text.empty())
        out += "    Note over C,S: " + text + "\n";
}

void writeRow(std::string &out, const TextDiagramRow &row)
{
    const char *sender = row.toServer ? "C" : "S";
    const char *receiver = row.toServer ? "S" : "C";
    if (row.collapsed) {
        out += "    Note over C,S: " + escapeMermaid(row.label) + "<br/>" + escapeMermaid(row.frameLine) + "\n";
        writeTeacherNote(out, row);
        return;
    }
    if (!row.gap.empty())
        out += std::string("    Note over ") + sender + ": " + escapeMermaid(row.gap) + "\n";
    if (!row.lossNote.empty())
        out += "    Note over C,S: " + escapeMermaid(row.lossNote) + "\n";
    std::string message = escapeMermaid(row.label);
    if (row.lost)
        message += " (" + escapeMermaid(row.tag) + ")";
    else if (!row.tag.empty())
        message += " · " + escapeMermaid(row.tag);
    // "-x" ends in a cross: Mermaid's own mark for a message that never arrived.
    out += std::string("    ") + sender + (row.lost ? "-x" : "->>") + receiver + ": " + message + "<br/>"
        + escapeMermaid(row.frameLine) + "\n";
    if (row.clientStateChanged)
        out += "    Note left of C: " + escapeMermaid(row.clientState) + "\n";
    if (row.serverStateChanged)
        out += "    Note right of S: " + escapeMermaid(row.serverState) + "\n";
    writeTeacherNote(out, row);
}

} // namespace

std::string writeMermaid(const TextDiagram &diagram)
{
    std::string out = "%% " + escapeMermaid(diagram.words.title) + " (tcpladder)\nsequenceDiagram\n";
    out += participant("C", diagram.client);
    out += participant("S", diagram.server);
    for (const TextDiagramPhase &phase : diagram.phases) {
        out += std::string("    rect ") + phaseShade(phase.phase) + "\n";
        out += "    Note over C,S: " + escapeMermaid(phase.title) + "\n";
        for (const TextDiagramRow &row : phase.rows)
            writeRow(out, row);
        out += "    end\n";
    }
    return out;
}

} // namespace tcpladder::core
