// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-built connections for the ladder tests, pushed through the real ConnectionAnalyzer so the
// phases, states and the teardown count are the analysis' own, not typed in by the test.

#include "captureindex.h"
#include "connectionanalyzer.h"
#include "ipaddress.h"
#include "streamreplay.h"
#include "tcpflags.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ladderfixture {

using namespace tcpladder::core;

struct Builder
{
    ConnectionLadder ladder;
    ConnectionAnalyzer analyzer;
    std::int64_t timeNs = 1'700'000'000'000'000'000;
    std::uint32_t frame = 1;

    Builder()
    {
        const std::uint8_t client[4] = {10, 0, 0, 1};
        const std::uint8_t server[4] = {10, 0, 0, 2};
        ladder.client = {IpAddress::fromV4(client), 51000};
        ladder.server = {IpAddress::fromV4(server), 80};
        ladder.hostname = "example.com";
    }

    void add(Direction direction, std::uint16_t flags, std::uint32_t seq, std::uint32_t ack, std::uint32_t length,
             std::uint8_t notes = 0, std::int64_t afterNs = 1'000'000)
    {
        if (!ladder.rows.empty())
            timeNs += afterNs;
        Segment segment;
        segment.timeNs = timeNs;
        segment.frame = frame++;
        segment.direction = direction;
        segment.flags = flags;
        segment.seq = seq;
        segment.ack = (flags & FlagAck) ? ack : 0;
        segment.payloadLength = length;
        segment.window = 64240;
        segment.notes = notes;
        StreamRow row{segment, analyzer.add(segment)};
        row.segment.notes |= row.analysis.notes;
        ladder.rows.push_back(row);
    }

    // The rows' states as the ladder computes them: with the whole connection's hindsight.
    ConnectionLadder finish()
    {
        std::vector<Segment> segments;
        for (const StreamRow &row : ladder.rows)
            segments.push_back(row.segment);
        const std::vector<RowAnalysis> analysis = analyzeRows(segments);
        for (std::size_t i = 0; i < segments.size(); ++i)
            ladder.rows[i].analysis = analysis[i];
        ladder.open = analyzer.open();
        ladder.close = analyzer.close();
        ladder.firstFin = analyzer.firstFin();
        ladder.teardownSegments = analyzer.teardownSegments();
        return ladder;
    }
};

enum class Close { FourSegments, ServerMerged, ClientMerged, ServerReset };

// Handshake, a 100-byte request, `responses` 1000-byte answers (the client ACKs every second one),
// then the chosen close. Rows: 3 + 1 + responses + responses/2 + close.
inline ConnectionLadder textbook(int responses, Close close = Close::FourSegments)
{
    constexpr auto c2s = Direction::ClientToServer;
    constexpr auto s2c = Direction::ServerToClient;
    Builder b;
    b.add(c2s, FlagSyn, 0, 0, 0);
    b.add(s2c, FlagSyn | FlagAck, 0, 1, 0);
    b.add(c2s, FlagAck, 1, 1, 0);
    b.add(c2s, FlagPsh | FlagAck, 1, 1, 100);
    std::uint32_t s = 1;
    for (int i = 0; i < responses; ++i) {
        b.add(s2c, FlagAck, s, 101, 1000);
        s += 1000;
        if (i % 2 == 1)
            b.add(c2s, FlagAck, 101, s, 0);
    }
    switch (close) {
    case Close::FourSegments:
        b.add(c2s, FlagFin | FlagAck, 101, s, 0);
        b.add(s2c, FlagAck, s, 102, 0);
        b.add(s2c, FlagFin | FlagAck, s, 102, 0);
        b.add(c2s, FlagAck, 102, s + 1, 0);
        break;
    case Close::ServerMerged:
        b.add(c2s, FlagFin | FlagAck, 101, s, 0);
        b.add(s2c, FlagFin | FlagAck, s, 102, 0);
        b.add(c2s, FlagAck, 102, s + 1, 0);
        break;
    case Close::ClientMerged:
        b.add(s2c, FlagFin | FlagAck, s, 101, 0);
        b.add(c2s, FlagFin | FlagAck, 101, s + 1, 0);
        b.add(s2c, FlagAck, s + 1, 102, 0);
        break;
    case Close::ServerReset:
        b.add(s2c, FlagRst | FlagAck, s, 101, 0);
        break;
    }
    return b.finish();
}

// Stream `stream` of a real capture, or nullopt when the file is missing or holds no such stream.
inline std::optional<ConnectionLadder> loadLadder(const std::string &path, std::uint32_t stream)
{
    CaptureIndex index;
    std::string error;
    if (loadFile(path, index, error) != LoadResult::Ok)
        return std::nullopt;
    const auto &streams = index.tracker().streams();
    if (stream >= streams.size())
        return std::nullopt;
    return buildConnectionLadder(streams[stream], index.tracker().segments());
}

} // namespace ladderfixture
