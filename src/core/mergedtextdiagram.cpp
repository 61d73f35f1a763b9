// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedtextdiagram.h"

#include "ladderlabels.h"
#include "laddernotes.h"
#include "mergedladder.h"
#include "tcpflags.h"

#include <cstdio>

namespace tcpladder::core {

namespace {

// Nanoseconds in `unit` with `decimals` places: seconds like the ladder's time column, ms to the µs
// (a pcap's resolution).
std::string fixed(std::int64_t ns, double unit, int decimals)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, static_cast<double>(ns) / unit);
    return buffer;
}

std::string seconds(std::int64_t ns)
{
    return fixed(ns, 1e9, 6);
}

std::string milliseconds(std::int64_t ns)
{
    return fixed(ns, 1e6, 3);
}

std::string seenWord(Seen seen, const LadderTranslate &translate)
{
    switch (seen) {
    case Seen::Both:
        return ladderText(translate, TCPLADDER_TRANSLATE_NOOP("LadderText", "both ends"));
    case Seen::SenderOnly:
        return ladderText(translate, TCPLADDER_TRANSLATE_NOOP("LadderText", "lost"));
    case Seen::ReceiverOnly:
        return ladderText(translate, TCPLADDER_TRANSLATE_NOOP("LadderText", "receiver only"));
    }
    return {};
}

std::string header(const PeerCapture &peer, const MergedTextOptions &options)
{
    const auto text = [&options](const char *source) { return ladderText(options.translate, source); };
    const TwoCaptureMerge &merge = peer.merge;
    std::string line = fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "%1 merged with %2, its stream %3")),
                                {options.captureName, options.peerCaptureName, std::to_string(peer.match.stream)});
    if (merge.clock)
        line += "; "
            + fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "clock offset %1 ms ± %2 ms")),
                       {milliseconds(merge.clock->offsetNs), milliseconds(merge.clock->errorBoundNs)});
    return line;
}

} // namespace

TextDiagram buildMergedTextDiagram(const ConnectionLadder &ladder, const PeerCapture &peer,
                                   const MergedTextOptions &options)
{
    const auto text = [&options](const char *source) { return ladderText(options.translate, source); };
    TextDiagramOptions plain;
    plain.translate = options.translate;
    TextDiagram diagram = buildTextDiagram(ladder, plain); // the lanes and the words
    diagram.phases.clear();
    diagram.merged = true;
    diagram.words.seen = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "seen"));
    diagram.words.sent = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "sent (s)"));
    diagram.words.received = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "received (s)"));
    diagram.words.oneWayDelay = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "one-way delay (ms)"));

    TextDiagramPhase phase;
    phase.phase = Phase::Data;
    phase.title = header(peer, options);
    const RowNotes notes = ladderNotes(ladder, options.noteEdits);
    const std::int64_t originNs = ladder.rows.empty() ? 0 : ladder.rows.front().segment.timeNs;
    // One step per line: the writers scale the steps to their own line height.
    for (const MergedArrow &arrow : layoutMergedLadder(ladder, peer, 1.0).arrows) {
        const MergedSegment &merged = arrow.inA ? peer.merge.a[arrow.index] : peer.merge.b[arrow.index];
        const WireSegment &wire = arrow.inA ? peer.a[arrow.index] : peer.b[arrow.index];
        const Segment segment = relativeToLadder(wire, ladder);
        TextDiagramRow row;
        row.toServer = arrow.direction == Direction::ClientToServer;
        row.frame = arrow.frame;
        row.lastFrame = arrow.frame;
        row.flags = segment.flags;
        row.seq = segment.seq;
        row.ack = segment.ack;
        row.length = segment.payloadLength;
        row.label = arrow.label;
        row.lost = arrow.seen == Seen::SenderOnly;
        row.seen = seenWord(arrow.seen, options.translate);
        if (merged.sentNs)
            row.sent = seconds(*merged.sentNs - originNs);
        if (merged.receivedNs)
            row.received = seconds(*merged.receivedNs - originNs);
        if (const auto delay = merged.oneWayDelayNs())
            row.oneWayDelay = milliseconds(*delay);
        row.time = arrow.inA ? seconds(ladder.rows[arrow.index].segment.timeNs - originNs) : std::string();
        row.frameLine = arrow.inA
            ? fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "frame %1")), {std::to_string(arrow.frame)})
            : fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "frame %1 of the other capture")),
                       {std::to_string(arrow.frame)});
        if (row.lost)
            row.tag = text(TCPLADDER_TRANSLATE_NOOP("LadderText", "lost"));
        else if (!row.oneWayDelay.empty())
            row.tag = fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "one-way delay %1 ms")), {row.oneWayDelay});
        if (const auto noted = notes.find(static_cast<std::uint32_t>(arrow.index)); arrow.inA && noted != notes.end())
            row.notes = noted->second;
        row.sentStep = arrow.startY;
        row.receivedStep = arrow.endY;
        phase.rows.push_back(std::move(row));
    }
    diagram.phases.push_back(std::move(phase));
    return diagram;
}

} // namespace tcpladder::core
