// SPDX-License-Identifier: GPL-3.0-or-later
// Texts of the ladder: label pieces, number formats and phase titles, kept apart from the geometry.
#include "ladderlabels.h"

#include "tcpflags.h"

#include <algorithm>
#include <cstdio>

namespace tcpladder::core {

namespace {

std::string_view sideName(Side side)
{
    return side == Side::Client ? "client" : "server";
}

Side senderOf(const Segment &segment)
{
    return segment.direction == Direction::ClientToServer ? Side::Client : Side::Server;
}

} // namespace

// Cuts at a code point boundary so an elided summary with "→" or "…" stays valid UTF-8.
std::string utf8Prefix(const std::string &text, std::size_t bytes)
{
    bytes = std::min(bytes, text.size());
    while (bytes > 0 && bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80)
        --bytes;
    return text.substr(0, bytes);
}

std::string pluralize(std::uint64_t count, std::string_view word)
{
    std::string text = std::to_string(count) + " " + std::string(word);
    if (count != 1)
        text += "s";
    return text;
}

std::string formatSeconds(std::int64_t ns)
{
    const bool negative = ns < 0;
    const std::uint64_t magnitude = negative ? static_cast<std::uint64_t>(-(ns + 1)) + 1 : static_cast<std::uint64_t>(ns);
    const std::uint64_t micros = (magnitude + 500) / 1000;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%s%llu.%06llu", negative ? "-" : "",
                  static_cast<unsigned long long>(micros / 1000000), static_cast<unsigned long long>(micros % 1000000));
    return buffer;
}

std::string formatByteCount(std::uint64_t bytes)
{
    if (bytes < 1000)
        return std::to_string(bytes) + " B";
    static constexpr const char *units[] = {"KB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes) / 1000.0;
    std::size_t unit = 0;
    while (value >= 999.95 && unit + 1 < std::size(units)) {
        value /= 1000.0;
        ++unit;
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, value < 99.95 ? "%.1f" : "%.0f", value);
    std::string text = buffer;
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
        text.resize(text.size() - 2);
    return text + " " + units[unit];
}

std::string noteTag(std::uint8_t notes, std::uint16_t flags)
{
    std::string text;
    const auto add = [&text](std::string_view part) {
        if (!text.empty())
            text += ", ";
        text += part;
    };
    if (flags & FlagRst)
        add("reset");
    if (notes & NoteRetransmission)
        add("retransmission");
    if (notes & NoteOutOfOrder)
        add("out-of-order");
    if (notes & NoteDuplicateAck)
        add("dup ack");
    if (notes & NoteZeroWindow)
        add("zero window");
    if (notes & NoteKeepAlive)
        add("keep-alive");
    if (notes & NoteFinAckMerged)
        add("ACK rode on FIN");
    if (notes & NotePortReused)
        add("port reused");
    return text;
}

std::string phaseTitle(const ConnectionLadder &ladder, Phase phase, std::uint32_t firstRow, std::uint32_t lastRow)
{
    switch (phase) {
    case Phase::Handshake:
        switch (ladder.open) {
        case OpenKind::Complete: return "three-way handshake";
        case OpenKind::Simultaneous: return "simultaneous open";
        case OpenKind::SynOnly: return "handshake — the SYN was not answered";
        case OpenKind::SynSynAck: return "handshake — no final ACK";
        case OpenKind::None: return "handshake";
        }
        return "handshake";
    case Phase::Data: {
        std::uint64_t bytes = 0;
        for (std::uint32_t r = firstRow; r <= lastRow; ++r)
            bytes += ladder.rows[r].segment.payloadLength;
        return "data — " + pluralize(lastRow - firstRow + 1, "segment") + ", " + formatByteCount(bytes);
    }
    case Phase::Teardown: {
        if (ladder.close == CloseKind::Half && ladder.firstFin)
            return "teardown — half-close: only the " + std::string(sideName(*ladder.firstFin)) + " sent FIN";
        if (!ladder.teardownSegments)
            return "teardown";
        const int count = *ladder.teardownSegments;
        std::string title = "teardown — " + pluralize(static_cast<std::uint64_t>(count), "segment");
        if (count == 3) {
            std::optional<Side> merger;
            for (const auto &row : ladder.rows)
                if (row.segment.hasNote(NoteFinAckMerged)) {
                    merger = senderOf(row.segment);
                    break;
                }
            if (!merger && ladder.firstFin)
                merger = *ladder.firstFin == Side::Client ? Side::Server : Side::Client;
            if (merger)
                title += ": the " + std::string(sideName(*merger)) + "'s ACK rode on its FIN";
        }
        return title;
    }
    case Phase::Reset:
        for (std::uint32_t r = firstRow; r <= lastRow; ++r)
            if (ladder.rows[r].segment.has(FlagRst))
                return "reset — the " + std::string(sideName(senderOf(ladder.rows[r].segment))) + " sent RST";
        return "reset";
    }
    return {};
}

} // namespace tcpladder::core
