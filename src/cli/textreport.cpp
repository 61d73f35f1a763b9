// SPDX-License-Identifier: GPL-3.0-or-later
#include "textreport.h"

#include "explanationnote.h"
#include "jsonreport.h"
#include "ladderlabels.h"
#include "tcpflags.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace tcpladder::cli {

namespace {

std::string seconds(std::int64_t ns)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", static_cast<double>(ns) / 1e9);
    return buffer;
}

// Columns are padded to their widest cell; numeric columns are right-aligned so digits line up.
std::string formatTable(const std::vector<std::vector<std::string>> &rows, const std::vector<bool> &rightAligned)
{
    std::vector<std::size_t> widths(rightAligned.size(), 0);
    for (const auto &row : rows) {
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    std::string out;
    for (const auto &row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
            const std::string pad(widths[c] - row[c].size(), ' ');
            line += rightAligned[c] ? pad + row[c] : row[c] + pad;
            line += "  ";
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + '\n';
    }
    return out;
}

std::string closeText(const core::Stream &stream)
{
    const auto &a = stream.analyzer;
    std::string text(core::toString(a.close()));
    if (const auto side = a.firstFin())
        text += " (" + std::string(core::toString(*side)) + " first)";
    return text;
}

// The handshake is named as the ladder names it, so a refused or unanswered SYN is not called a
// three-way handshake; the other phases by their plain names (the ladder's add counts).
std::string phaseTitle(const core::ConnectionLadder &ladder, core::Phase phase)
{
    switch (phase) {
    case core::Phase::Handshake:
        return core::phaseTitle(ladder, phase, 0, 0, {});
    case core::Phase::Data:
        return "data transfer";
    case core::Phase::Teardown:
        return "teardown";
    case core::Phase::Reset:
        return "reset";
    }
    return {};
}

// One plain-English line per phase the connection went through that has something to teach.
std::string notesText(const core::ConnectionLadder &ladder)
{
    std::string out;
    const auto spans = core::phaseSpans(ladder);
    for (const core::Phase phase : {core::Phase::Handshake, core::Phase::Teardown, core::Phase::Reset}) {
        const auto span =
            std::find_if(spans.begin(), spans.end(), [phase](const core::PhaseSpan &s) { return s.phase == phase; });
        if (span == spans.end())
            continue;
        // The words of the phase bracket's note in the window, on one line.
        std::string note = core::explanationNoteForPhase(ladder, phase, span->firstRow, span->lastRow).text();
        std::replace(note.begin(), note.end(), '\n', ' ');
        // A refused SYN is both the handshake's and the reset's story: say it once.
        if (out.find(note) == std::string::npos)
            out += "  "
                + (phase == core::Phase::Handshake && ladder.open != core::OpenKind::Complete
                       ? std::string("handshake")
                       : phaseTitle(ladder, phase))
                + ": " + note + "\n";
    }
    return out.empty() ? out : "\nNotes\n" + out;
}

} // namespace

std::string listText(const std::string &fileName, const core::CaptureIndex &index,
                     const std::vector<const core::Stream *> &streams)
{
    std::ostringstream out;
    out << fileName << ": " << index.frames() << " frames, " << index.tcpSegments() << " TCP segments, "
        << streams.size() << " connection" << (streams.size() == 1 ? "" : "s") << "\n\n";
    std::vector<std::vector<std::string>> rows{{"stream", "client", "server", "host", "open", "close", "teardown",
                                                "segments", "bytes c→s", "bytes s→c", "start", "duration"}};
    for (const auto *stream : streams) {
        const auto teardown = stream->analyzer.teardownSegments();
        rows.push_back(
            {std::to_string(stream->index), stream->client.toString(), stream->server.toString(),
             stream->hostname.empty() ? "-" : stream->hostname, std::string(core::toString(stream->analyzer.open())),
             closeText(*stream), teardown ? std::to_string(*teardown) : "-", std::to_string(stream->segments.size()),
             core::formatByteCount(stream->payloadClientToServer), core::formatByteCount(stream->payloadServerToClient),
             seconds(stream->firstTimeNs - index.firstFrameTimeNs()),
             seconds(stream->lastTimeNs - stream->firstTimeNs)});
    }
    out << formatTable(rows, {true, false, false, false, false, false, true, true, true, true, true, true});
    return out.str();
}

std::string ladderText(const core::ConnectionLadder &ladder)
{
    std::ostringstream out;
    out << "Stream " << ladder.streamIndex << ": " << ladder.client.toString() << " (client) <-> "
        << ladder.server.toString() << " (server)";
    if (!ladder.hostname.empty())
        out << "  " << ladder.hostname;
    out << "\nopen: " << core::toString(ladder.open) << "   close: " << core::toString(ladder.close);
    if (ladder.firstFin)
        out << " (" << core::toString(*ladder.firstFin) << " sent the first FIN)";
    if (ladder.teardownSegments)
        out << "   teardown: " << *ladder.teardownSegments << " segments";
    out << "\n\n";

    std::size_t inner = 44;
    for (const auto &row : ladder.rows)
        inner = std::max(inner, core::segmentLabel(row.segment, false).size() + 10);

    constexpr int stateWidth = 12;
    char header[160];
    std::snprintf(header, sizeof header, "%6s  %10s  %10s  %-*s", "frame", "time", "delta", stateWidth, "client");
    out << header << std::string(inner + 2, ' ') << "server\n";

    const std::int64_t firstNs = ladder.rows.empty() ? 0 : ladder.rows.front().segment.timeNs;
    std::int64_t previousNs = firstNs;
    std::optional<core::Phase> phase;
    for (const auto &row : ladder.rows) {
        const auto &segment = row.segment;
        if (phase != row.analysis.phase) {
            phase = row.analysis.phase;
            const std::string title = "-- " + phaseTitle(ladder, *phase) + " ";
            out << std::string(6 + 2 + 10 + 2 + 10 + 2 + stateWidth, ' ') << " " << title
                << std::string(inner > title.size() ? inner - title.size() : 0, '-') << "\n";
        }
        const std::string label = " " + core::segmentLabel(segment, false) + " ";
        std::string arrow;
        if (segment.direction == core::Direction::ClientToServer)
            arrow = "--" + label + std::string(inner - label.size() - 3, '-') + ">";
        else
            arrow = "<-" + label + std::string(inner - label.size() - 2, '-');
        char prefix[96];
        std::snprintf(prefix, sizeof prefix, "%6u  %10s  %10s  ", segment.frame,
                      seconds(segment.timeNs - firstNs).c_str(), seconds(segment.timeNs - previousNs).c_str());
        std::string clientState(core::toString(row.analysis.clientState));
        clientState.resize(stateWidth, ' ');
        out << prefix << clientState << "|" << arrow << "|  " << core::toString(row.analysis.serverState);
        const auto notes = noteNames(segment.notes);
        for (const auto &note : notes)
            out << "  (" << note << ")";
        out << "\n";
        // Teacher's notes (pcapng comments) as a callout under their arrow.
        if (const auto found = ladder.comments.find(segment.frame); found != ladder.comments.end()) {
            for (const auto &comment : found->second)
                out << std::string(6 + 2 + 10 + 2 + 10 + 2 + stateWidth, ' ') << "|  [note] " << comment << "\n";
        }
        previousNs = segment.timeNs;
    }
    out << notesText(ladder);
    return out.str();
}

} // namespace tcpladder::cli
