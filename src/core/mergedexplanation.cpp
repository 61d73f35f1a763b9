// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedexplanation.h"

#include "explanationwords.h"
#include "tcpflags.h"

#include <cstdio>
#include <optional>

namespace tcpladder::core {

namespace {

using namespace words;

// "0.512345 s" since A's first segment, as the ladder's time column counts.
std::string seconds(const Words &w, std::int64_t ns)
{
    char number[32];
    std::snprintf(number, sizeof number, "%.6f", static_cast<double>(ns) / 1e9);
    return w(TCPLADDER_TRANSLATE_NOOP("Explanation", "%1 s"), {number});
}

// The next copy of `ladder`'s row `row` that its sender sent: same direction and Seq, with data or a FIN.
std::optional<std::size_t> nextCopy(const ConnectionLadder &ladder, std::size_t row)
{
    const Segment &lost = ladder.rows[row].segment;
    for (std::size_t i = row + 1; i < ladder.rows.size(); ++i) {
        const Segment &s = ladder.rows[i].segment;
        if (s.direction == lost.direction && s.seq == lost.seq && (s.payloadLength > 0 || s.has(FlagFin)))
            return i;
    }
    return std::nullopt;
}

// How the sender recovered the lost row `row` of the capture that has it (`ladder`): the receiver's
// ACKs that asked for exactly its bytes before the copy (duplicate ACKs, or an ACK with SACK blocks
// beyond it) made a fast retransmission; with none, only the sender's timer can have sent it again.
std::string resentAfterLoss(const Words &w, const ConnectionLadder &ladder, std::size_t row, bool inA)
{
    const auto copy = nextCopy(ladder, row);
    const std::string where = inA ? w(TCPLADDER_TRANSLATE_NOOP("Explanation", "this capture"))
                                  : w(TCPLADDER_TRANSLATE_NOOP("Explanation", "the other capture"));
    if (!copy)
        return w(TCPLADDER_TRANSLATE_NOOP("Explanation", "The sender's capture (%1) holds no later copy of it."),
                 {where});
    const Segment &lost = ladder.rows[row].segment;
    int askedFor = 0;
    for (std::size_t i = row + 1; i < *copy; ++i) {
        const Segment &s = ladder.rows[i].segment;
        if (s.direction != lost.direction && s.has(FlagAck) && s.ack == lost.seq)
            ++askedFor;
    }
    const std::int64_t waitNs = ladder.rows[*copy].segment.timeNs - lost.timeNs;
    const std::string frame = num(ladder.rows[*copy].segment.frame);
    if (askedFor > 0)
        return w(TCPLADDER_TRANSLATE_N_NOOP("Explanation",
                                            "It was sent again %1 later (frame %2 of %3), after %n ACK(s) from the "
                                            "receiver asking for exactly these bytes: a fast retransmission."),
                 {milliseconds(w, waitNs), frame, where}, askedFor);
    return w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                      "It was sent again %1 later (frame %2 of %3) with no ACK asking for it: the "
                                      "sender's retransmission timeout (RTO)."),
             {milliseconds(w, waitNs), frame, where});
}

} // namespace

ExplanationNote mergedExplanationNote(const ConnectionLadder &ladder, const PeerCapture &peer, const MergedArrow &arrow,
                                      const LadderTranslate &translate)
{
    const Words w(translate);
    const MergedSegment &row = arrow.inA ? peer.merge.a.at(arrow.index) : peer.merge.b.at(arrow.index);
    // B's own ladder may have taken the other end as the client: its notes would swap the two.
    const bool ownNoteFits = arrow.inA || !peer.match.swapped;
    ExplanationNote note =
        ownNoteFits ? explanationNoteForRow(arrow.inA ? ladder : peer.peer, arrow.index, translate) : ExplanationNote{};
    if (!arrow.inA || note.title.empty()) // B's frame numbers are not this capture's
        note.title = w(TCPLADDER_TRANSLATE_NOOP("Explanation", "Frame %1 of the other capture: %2"),
                       {num(arrow.frame), arrow.label});
    const std::int64_t originNs = ladder.rows.empty() ? 0 : ladder.rows.front().segment.timeNs;
    std::vector<std::string> merged;
    switch (row.seen) {
    case Seen::Both:
        merged.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                    "This segment took %1 one way (sent %2, received %3 on %4's "
                                                    "clock)."),
                           {milliseconds(w, row.oneWayDelayNs().value_or(0)), seconds(w, *row.sentNs - originNs),
                            seconds(w, *row.receivedNs - originNs), who(w, peer.merge.aSide)}));
        break;
    case Seen::SenderOnly: {
        merged.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                    "This segment left the sender but never reached the receiver's "
                                                    "capture: lost between the two capture points.")));
        const ConnectionLadder &sender = arrow.inA ? ladder : peer.peer;
        const Segment &lost = sender.rows.at(arrow.index).segment;
        if (lost.payloadLength > 0 || lost.has(FlagSyn) || lost.has(FlagFin))
            merged.push_back(resentAfterLoss(w, sender, arrow.index, arrow.inA));
        else if (!lost.has(FlagRst))
            merged.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                        "A pure ACK is never sent again: the next ACK acknowledges "
                                                        "the same bytes and any that came since.")));
        break;
    }
    case Seen::ReceiverOnly:
        merged.push_back(w(TCPLADDER_TRANSLATE_NOOP("Explanation",
                                                    "Only the receiver's capture has this segment: it arrived at %1 "
                                                    "on %2's clock, but the capture at the sender missed it. Its "
                                                    "send time is drawn one median one-way delay earlier."),
                           {seconds(w, *row.receivedNs - originNs), who(w, peer.merge.aSide)}));
        break;
    }
    note.paragraphs.insert(note.paragraphs.begin(), merged.begin(), merged.end());
    return note;
}

} // namespace tcpladder::core
