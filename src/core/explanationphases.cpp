// SPDX-License-Identifier: GPL-3.0-or-later
// What each phase of a connection says: the handshake, the data, the teardown or the reset.
#include "explanationparts.h"

namespace tcpladder::core {

namespace explain {

namespace {

Explanation dataTransfer(const ConnectionLadder &ladder)
{
    Explanation e = note(ExplanationKind::DataTransfer, std::nullopt);
    for (std::size_t i = 0; i < ladder.rows.size(); ++i) {
        const Segment &s = seg(ladder, i);
        if (s.hasNote(NoteRetransmission)) {
            ++e.count;
            continue;
        }
        if (s.payloadLength > 0 && !e.row)
            e.row = i;
        (senderOf(s) == Side::Client ? e.clientBytes : e.serverBytes) += s.payloadLength;
    }
    return e;
}

} // namespace

// The opener's first ACK of the SYN-ACK: the row that completes the three-way handshake.
std::optional<std::size_t> handshakeAckRow(const ConnectionLadder &ladder)
{
    const auto synAck = firstRow(ladder, isSynAck);
    if (!synAck)
        return std::nullopt;
    const Side opener = peerOf(senderOf(seg(ladder, *synAck)));
    return firstRow(
        ladder,
        [opener](const Segment &s) {
            return senderOf(s) == opener && (s.flags & (FlagAck | FlagSyn | FlagRst)) == FlagAck && s.ack >= 1;
        },
        *synAck + 1);
}

Explanation handshakeComplete(const ConnectionLadder &ladder, std::size_t row)
{
    const Segment &ack = seg(ladder, row);
    const auto syn = firstRow(ladder, isPureSyn);
    const auto synAck = firstRow(ladder, isSynAck);
    const Segment &start = seg(ladder, syn ? *syn : *synAck);
    Explanation e = note(ExplanationKind::HandshakeComplete, row, senderOf(ack), ack.frame);
    e.ack = ack.ack;
    e.rawIsn = baseOf(ladder, e.side);
    e.peerIsn = baseOf(ladder, peerOf(e.side));
    e.rawAck = e.peerIsn + ack.ack;
    e.rttNs = ack.timeNs - start.timeNs;
    return e;
}

Explanation resetExplanation(const ConnectionLadder &ladder, std::size_t row)
{
    const Segment &rst = seg(ladder, row);
    const Side side = senderOf(rst);
    bool senderSpoke = false;
    std::optional<std::size_t> lastPeerSyn;
    Explanation e = note(ExplanationKind::RstAfterData, row, side, rst.frame);
    for (std::size_t i = 0; i < row; ++i) {
        const Segment &s = seg(ladder, i);
        if (senderOf(s) == side)
            senderSpoke = true;
        else if (isPureSyn(s))
            lastPeerSyn = i;
        (senderOf(s) == Side::Client ? e.clientBytes : e.serverBytes) += s.payloadLength;
        e.afterFin = e.afterFin || (s.flags & FlagFin);
    }
    if (row > 0)
        e.precedingFrame = seg(ladder, row - 1).frame;
    if (!senderSpoke && lastPeerSyn) {
        e.kind = ExplanationKind::RstRefused;
        e.frame = seg(ladder, *lastPeerSyn).frame;
        e.port = side == Side::Client ? ladder.client.port : ladder.server.port;
    }
    return e;
}

Explanation teardown(const ConnectionLadder &ladder)
{
    const auto fin = firstRow(ladder, [](const Segment &s) { return s.has(FlagFin); });
    if (!fin)
        return dataTransfer(ladder);
    const Side closer = senderOf(seg(ladder, *fin));
    Explanation e = note(ExplanationKind::FourSegmentTeardown, *fin, closer, seg(ladder, *fin).frame);
    e.count = ladder.teardownSegments.value_or(0);

    const auto secondFin = firstRow(
        ladder, [closer](const Segment &s) { return s.has(FlagFin) && senderOf(s) != closer; }, *fin + 1);
    e.bothFins = secondFin.has_value();
    if (secondFin) {
        const RowAnalysis &after = ladder.rows[*secondFin].analysis;
        if ((closer == Side::Client ? after.serverState : after.clientState) == TcpState::Closing) {
            e.kind = ExplanationKind::SimultaneousClose;
            return e;
        }
    }
    // Half-close: the peer still sent new data between the first FIN and its own FIN.
    const std::size_t end = secondFin.value_or(ladder.rows.size() - 1);
    for (std::size_t i = *fin + 1; i <= end; ++i) {
        const Segment &s = seg(ladder, i);
        if (senderOf(s) != closer && !s.hasNote(NoteRetransmission))
            e.bytes += s.payloadLength;
    }
    if (e.bytes > 0) {
        e.kind = ExplanationKind::HalfClose;
        return e;
    }
    if (const auto merged = firstRow(ladder, [](const Segment &s) { return s.hasNote(NoteFinAckMerged); })) {
        e.kind = ExplanationKind::ThreeSegmentTeardown;
        e.row = *merged;
        e.frame = seg(ladder, *merged).frame;
        e.ack = seg(ladder, *merged).ack;
    }
    return e;
}

std::optional<std::size_t> timeWaitRow(const ConnectionLadder &ladder, Side side)
{
    for (std::size_t i = 0; i < ladder.rows.size(); ++i)
        if (stateOf(ladder, i, side) == TcpState::TimeWait)
            return i;
    return std::nullopt;
}

} // namespace explain

using namespace explain;

Explanation explainPhase(const ConnectionLadder &ladder, Phase phase)
{
    switch (phase) {
    case Phase::Handshake: {
        std::optional<std::size_t> lastSyn;
        int syns = 0;
        for (std::size_t i = 0; i < ladder.rows.size(); ++i)
            if (isPureSyn(seg(ladder, i)) && senderOf(seg(ladder, i)) == Side::Client) {
                lastSyn = i;
                ++syns;
            }
        if (syns > 1)
            return synCopies(ladder, *lastSyn);
        if (const auto ack = handshakeAckRow(ladder))
            return handshakeComplete(ladder, *ack);
        if (const auto rst = firstRow(ladder, [](const Segment &s) { return s.has(FlagRst); }))
            return resetExplanation(ladder, *rst);
        if (const auto synAck = firstRow(ladder, isSynAck))
            return explainRow(ladder, *synAck).front();
        if (lastSyn)
            return explainRow(ladder, *lastSyn).front();
        break;
    }
    case Phase::Teardown:
        return teardown(ladder);
    case Phase::Reset:
        if (const auto rst = firstRow(ladder, [](const Segment &s) { return s.has(FlagRst); }))
            return resetExplanation(ladder, *rst);
        break;
    case Phase::Data:
        break;
    }
    return dataTransfer(ladder);
}

} // namespace tcpladder::core
