// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderloss.h"

#include "ladderlabels.h"
#include "tcpflags.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace tcpladder::core {

namespace {

bool seqAfter(std::uint32_t a, std::uint32_t b)
{
    return static_cast<std::int32_t>(a - b) > 0;
}

// The duplicate ACKs one side sent in a row for the same frame: the trigger of a fast retransmission.
struct DupAckRun
{
    std::uint32_t ofFrame = 0;
    std::uint32_t ack = 0;
    std::vector<std::uint32_t> rows;
};

struct SenderProgress
{
    bool started = false;
    std::uint32_t nextSeq = 0; // highest seq + len (+1 for SYN/FIN) sent so far, relative
    DupAckRun dupAcks;
    // seq -> the last row that sent it, to measure how long a retransmission waited. One entry per
    // data segment of the connection on screen, like the layout's own per-row entries.
    std::unordered_map<std::uint32_t, std::uint32_t> sentAt;
};

class MarkWriter
{
public:
    explicit MarkWriter(const LadderTranslate &translate)
        : m_translate(translate)
    {
    }

    std::string text(const char *source, int n = -1) const { return ladderText(m_translate, source, nullptr, n); }
    std::string sack(const std::vector<std::array<std::uint32_t, 2>> &blocks) const
    {
        std::string list;
        for (const auto &[left, right] : blocks) {
            if (!list.empty())
                list += ", ";
            list += std::to_string(left) + "–" + std::to_string(right);
        }
        return fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", "SACK %1")), {list});
    }
    std::string join(const std::vector<std::string> &parts) const
    {
        std::string out;
        for (const auto &part : parts) {
            if (!out.empty())
                out += ladderText(m_translate, TCPLADDER_TRANSLATE_NOOP3("LadderText", " · ", "between two loss notes"),
                                  "between two loss notes");
            out += part;
        }
        return out;
    }

private:
    const LadderTranslate &m_translate;
};

} // namespace

std::string formatWait(std::int64_t ns, const LadderTranslate &translate)
{
    char number[32];
    const char *unit = TCPLADDER_TRANSLATE_NOOP("LadderText", "%1 ms");
    const double ms = static_cast<double>(ns) / 1e6;
    if (ms >= 1000) {
        std::snprintf(number, sizeof number, "%.2f", ms / 1000);
        unit = TCPLADDER_TRANSLATE_NOOP("LadderText", "%1 s");
    } else {
        std::snprintf(number, sizeof number, ms >= 10 ? "%.0f" : "%.1f", ms);
    }
    return fillArgs(ladderText(translate, unit), {number});
}

LossMarks findLossMarks(const ConnectionLadder &ladder, const LadderTranslate &translate)
{
    LossMarks out;
    const auto &rows = ladder.rows;
    // A live ladder grows before its analysis is read again; the analysis of the rows it had holds.
    const auto analysed = static_cast<std::uint32_t>(std::min(ladder.tcp.size(), rows.size()));
    const MarkWriter writer(translate);
    SenderProgress sides[2];
    for (std::uint32_t r = 0; r < analysed; ++r) {
        const Segment &segment = rows[r].segment;
        const TcpRowAnalysis &analysis = ladder.tcp[r];
        const int side = segment.direction == Direction::ClientToServer ? 0 : 1;
        SenderProgress &me = sides[side];
        SenderProgress &peer = sides[1 - side];
        const std::uint32_t length = segment.payloadLength + (segment.has(FlagSyn) || segment.has(FlagFin) ? 1 : 0);
        LossMark mark;
        mark.row = r;
        std::vector<std::string> notes;
        bool pin = false;

        if (analysis.flags & SeqLostSegment) {
            pin = true;
            if (me.started && seqAfter(segment.seq, me.nextSeq)) {
                mark.gapFirstSeq = me.nextSeq;
                mark.gapBytes = segment.seq - me.nextSeq;
                mark.gap = fillArgs(
                    writer.text(TCPLADDER_TRANSLATE_N_NOOP("LadderText", "%n byte(s) not captured (Seq %1–%2)"),
                                static_cast<int>(std::min<std::uint32_t>(mark.gapBytes, INT32_MAX))),
                    {std::to_string(mark.gapFirstSeq), std::to_string(segment.seq - 1)});
            } else {
                mark.gap = writer.text(TCPLADDER_TRANSLATE_NOOP("LadderText", "previous segment not captured"));
            }
        }

        // tshark sets one of these three; what preceded it decides what the ladder may say.
        if (analysis.flags & SeqSpuriousRetransmission) {
            pin = true;
            notes.push_back(
                writer.text(TCPLADDER_TRANSLATE_NOOP("LadderText", "spurious retransmission: already acknowledged")));
        } else if (analysis.flags & SeqFastRetransmission) {
            pin = true;
            if (!peer.dupAcks.rows.empty() && peer.dupAcks.ack == segment.seq) {
                const auto count = static_cast<int>(peer.dupAcks.rows.size());
                notes.push_back(writer.text(
                    TCPLADDER_TRANSLATE_N_NOOP("LadderText", "fast retransmission after %n duplicate ACK(s)"), count));
                out.links.push_back({LossLinkKind::DuplicateAcks, r, peer.dupAcks.rows, -1});
                out.pinned.insert(out.pinned.end(), peer.dupAcks.rows.begin(), peer.dupAcks.rows.end());
            } else {
                notes.push_back(writer.text(TCPLADDER_TRANSLATE_NOOP("LadderText", "fast retransmission")));
            }
        } else if (analysis.flags & SeqRetransmission) {
            pin = true;
            const auto earlier = me.sentAt.find(segment.seq);
            if (earlier != me.sentAt.end()) {
                const std::uint32_t first = earlier->second;
                const std::int64_t wait = segment.timeNs - rows[first].segment.timeNs;
                notes.push_back(fillArgs(
                    writer.text(TCPLADDER_TRANSLATE_NOOP("LadderText", "waited %1 for an ACK, then resent frame %2")),
                    {formatWait(wait, translate), std::to_string(rows[first].segment.frame)}));
                out.links.push_back({LossLinkKind::Wait, r, {first}, wait});
                out.pinned.push_back(first);
            } else {
                notes.push_back(writer.text(
                    TCPLADDER_TRANSLATE_NOOP("LadderText", "retransmission: the first one was not captured")));
            }
        }
        if (analysis.flags & SeqOutOfOrder) {
            pin = true;
            notes.push_back(writer.text(TCPLADDER_TRANSLATE_NOOP(
                "LadderText", "out of order: fills an earlier gap, too soon for a retransmission")));
        }
        if (analysis.flags & SeqAckLostSegment)
            notes.push_back(
                writer.text(TCPLADDER_TRANSLATE_NOOP("LadderText", "acknowledges data that was not captured")));

        if (analysis.dupAckOf != 0) {
            if (me.dupAcks.ofFrame != analysis.dupAckOf)
                me.dupAcks = {analysis.dupAckOf, segment.ack, {}};
            me.dupAcks.rows.push_back(r);
            notes.push_back(fillArgs(writer.text(TCPLADDER_TRANSLATE_NOOP("LadderText", "Dup ACK #%1 of frame %2")),
                                     {std::to_string(me.dupAcks.rows.size()), std::to_string(analysis.dupAckOf)}));
        } else if (segment.ack != me.dupAcks.ack) {
            me.dupAcks = {}; // the ACK moved on: what follows is a new run
        }
        if (analysis.flags & SeqWindowUpdate)
            notes.push_back(writer.text(TCPLADDER_TRANSLATE_NOOP("LadderText", "Window update")));
        if (!analysis.sack.empty())
            notes.push_back(writer.sack(analysis.sack));

        if (length > 0) {
            me.sentAt[segment.seq] = r;
            if (!me.started || seqAfter(segment.seq + length, me.nextSeq))
                me.nextSeq = segment.seq + length;
            me.started = true;
        }
        if (pin)
            out.pinned.push_back(r);
        if (!notes.empty() || !mark.gap.empty()) {
            mark.note = writer.join(notes);
            out.marks.push_back(std::move(mark));
        }
    }
    std::sort(out.pinned.begin(), out.pinned.end());
    out.pinned.erase(std::unique(out.pinned.begin(), out.pinned.end()), out.pinned.end());
    return out;
}

} // namespace tcpladder::core
