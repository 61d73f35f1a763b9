// SPDX-License-Identifier: GPL-3.0-or-later
// Texts of the ladder: label pieces, number formats and phase titles, kept apart from the geometry.
#include "ladderlabels.h"

#include "explanation.h"
#include "tcpflags.h"

#include <algorithm>
#include <cstdio>

namespace tcpladder::core {

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
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(ns + 1)) + 1 : static_cast<std::uint64_t>(ns);
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
    // SI units (1 kB = 1000 B), as tshark's and Wireshark's byte counts; always one decimal, so
    // every display of the same count reads the same.
    static constexpr const char *units[] = {"kB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes) / 1000.0;
    std::size_t unit = 0;
    while (value >= 999.95 && unit + 1 < std::size(units)) {
        value /= 1000.0;
        ++unit;
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f %s", value, units[unit]);
    return buffer;
}

std::uint64_t payloadBytes(const ConnectionLadder &ladder, std::uint32_t firstRow, std::uint32_t lastRow)
{
    std::uint64_t bytes = 0;
    for (std::uint32_t r = firstRow; r <= lastRow && r < ladder.rows.size(); ++r)
        bytes += ladder.rows[r].segment.payloadLength;
    return bytes;
}

std::string ladderText(const LadderTranslate &translate, const char *source, const char *comment, int n)
{
    std::string text = translate ? translate(source, comment, n) : std::string();
    if (text.empty())
        text = source;
    if (n < 0)
        return text;
    // Applied after a translator too: Qt hands back an untranslated plural message with "(s)" intact.
    const auto replaceAll = [&text](std::string_view from, std::string_view to) {
        for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
            text.replace(at, from.size(), to);
    };
    replaceAll("%n", std::to_string(n));
    replaceAll("(s)", n == 1 ? "" : "s");
    return text;
}

std::string fillArgs(std::string_view text, std::initializer_list<std::string_view> args)
{
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(text[i + 1] - '1');
            if (index < args.size()) {
                out += *(args.begin() + index);
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::string noteTag(std::uint8_t notes, std::uint16_t flags, const LadderTranslate &translate)
{
    std::string text;
    const auto add = [&text, &translate](const char *part) {
        if (!text.empty())
            text += ladderText(translate, TCPLADDER_TRANSLATE_NOOP3("LadderText", ", ", "between two note tags"),
                               "between two note tags");
        text += ladderText(translate, part);
    };
    if (flags & FlagRst)
        add(TCPLADDER_TRANSLATE_NOOP("LadderText", "reset"));
    if (notes & NoteRetransmission)
        add(TCPLADDER_TRANSLATE_NOOP("LadderText", "retransmission"));
    if (notes & NoteOutOfOrder)
        add(TCPLADDER_TRANSLATE_NOOP("LadderText", "out-of-order"));
    if (notes & NoteDuplicateAck)
        add(TCPLADDER_TRANSLATE_NOOP("LadderText", "dup ack"));
    if (notes & NoteZeroWindow)
        add(TCPLADDER_TRANSLATE_NOOP("LadderText", "zero window"));
    if (notes & NoteKeepAlive)
        add(TCPLADDER_TRANSLATE_NOOP("LadderText", "keep-alive"));
    if (notes & NoteFinAckMerged)
        add(TCPLADDER_TRANSLATE_NOOP("LadderText", "ACK rode on FIN"));
    if (notes & NotePortReused)
        add(TCPLADDER_TRANSLATE_NOOP("LadderText", "port reused"));
    return text;
}

// Each side gets a whole sentence of its own (not "the " + side): other languages order words differently.
std::string phaseTitle(const ConnectionLadder &ladder, Phase phase, std::uint32_t firstRow, std::uint32_t lastRow,
                       const LadderTranslate &translate)
{
    const auto text = [&translate](const char *source, int n = -1, const char *comment = nullptr) {
        return ladderText(translate, source, comment, n);
    };
    switch (phase) {
    case Phase::Handshake:
        switch (ladder.open) {
        case OpenKind::Complete:
            return text(TCPLADDER_TRANSLATE_NOOP("LadderText", "three-way handshake"));
        case OpenKind::Simultaneous:
            return text(TCPLADDER_TRANSLATE_NOOP("LadderText", "simultaneous open"));
        case OpenKind::SynOnly: {
            // A RST is an answer: the one that says nothing listens refused the connection.
            const Explanation reset = explainPhase(ladder, Phase::Reset);
            if (reset.kind == ExplanationKind::RstRefused)
                return reset.side == Side::Server
                    ? text(TCPLADDER_TRANSLATE_NOOP("LadderText", "handshake — refused: the server answered with RST"))
                    : text(TCPLADDER_TRANSLATE_NOOP("LadderText", "handshake — refused: the client answered with RST"));
            return text(TCPLADDER_TRANSLATE_NOOP("LadderText", "handshake — the SYN was not answered"));
        }
        case OpenKind::SynSynAck:
            return text(TCPLADDER_TRANSLATE_NOOP("LadderText", "handshake — no final ACK"));
        case OpenKind::None:
            break;
        }
        return text(TCPLADDER_TRANSLATE_NOOP("LadderText", "handshake"));
    case Phase::Data: {
        const std::uint64_t bytes = payloadBytes(ladder, firstRow, lastRow);
        return fillArgs(text(TCPLADDER_TRANSLATE_N_NOOP("LadderText", "data — %n segment(s), %1"),
                             static_cast<int>(lastRow - firstRow + 1)),
                        {formatByteCount(bytes)});
    }
    case Phase::Teardown: {
        const std::string title = [&]() -> std::string {
            if (ladder.close == CloseKind::Half && ladder.firstFin)
                return *ladder.firstFin == Side::Client
                    ? text(TCPLADDER_TRANSLATE_NOOP("LadderText", "teardown — half-close: only the client sent FIN"))
                    : text(TCPLADDER_TRANSLATE_NOOP("LadderText", "teardown — half-close: only the server sent FIN"));
            if (!ladder.teardownSegments)
                return text(TCPLADDER_TRANSLATE_NOOP("LadderText", "teardown"));
            const int count = *ladder.teardownSegments;
            if (count == 3) {
                std::optional<Side> merger;
                for (const auto &row : ladder.rows)
                    if (row.segment.hasNote(NoteFinAckMerged)) {
                        merger = senderOf(row.segment);
                        break;
                    }
                if (!merger && ladder.firstFin)
                    merger = *ladder.firstFin == Side::Client ? Side::Server : Side::Client;
                if (merger == Side::Client)
                    return text(TCPLADDER_TRANSLATE_N_NOOP(
                                    "LadderText", "teardown — %n segment(s): the client's ACK rode on its FIN"),
                                count);
                if (merger == Side::Server)
                    return text(TCPLADDER_TRANSLATE_N_NOOP(
                                    "LadderText", "teardown — %n segment(s): the server's ACK rode on its FIN"),
                                count);
            }
            if (count == 4) // the textbook case has a name of its own in some languages (四次挥手)
                return text(TCPLADDER_TRANSLATE_N_NOOP3("LadderText", "teardown — %n segment(s)", "four-way teardown"),
                            count, "four-way teardown");
            return text(TCPLADDER_TRANSLATE_N_NOOP("LadderText", "teardown — %n segment(s)"), count);
        }();
        // Data can ride on a FIN or follow it (half-close): the data bracket ends before it, so say it here.
        const std::uint64_t bytes = payloadBytes(ladder, firstRow, lastRow);
        if (bytes == 0)
            return title;
        return title
            + fillArgs(text(TCPLADDER_TRANSLATE_NOOP("LadderText", ", with %1 of data")), {formatByteCount(bytes)});
    }
    case Phase::Reset:
        for (std::uint32_t r = firstRow; r <= lastRow; ++r)
            if (ladder.rows[r].segment.has(FlagRst))
                return senderOf(ladder.rows[r].segment) == Side::Client
                    ? text(TCPLADDER_TRANSLATE_NOOP("LadderText", "reset — the client sent RST"))
                    : text(TCPLADDER_TRANSLATE_NOOP("LadderText", "reset — the server sent RST"));
        return text(TCPLADDER_TRANSLATE_NOOP("LadderText", "reset"));
    }
    return {};
}

} // namespace tcpladder::core
