// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decoder.h"
#include "segment.h"
#include "stream.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tcpladder::core {

// Groups TCP segments into connections and computes relative numbers and per-segment notes the
// way Wireshark's TCP dissector does (tcp.stream, tcp.seq, tcp.ack, tcp.analysis.*), in one pass.
class Tracker
{
public:
    Tracker();
    ~Tracker();
    Tracker(Tracker &&) noexcept;
    Tracker &operator=(Tracker &&) noexcept;

    // Adds one decoded TCP segment; frames must come in capture order.
    void add(const DecodedTcp &tcp, std::uint32_t frameNumber, std::int64_t timeNs, std::uint64_t fileOffset);

    // Capacity hint for the segment table, e.g. from the file size. It reserves address space only:
    // pages are touched as segments arrive, and the table never has to be copied while growing,
    // which would briefly hold it twice (peak memory 80 instead of 40 bytes per segment).
    void reserveSegments(std::size_t count);
    const std::vector<Stream> &streams() const;
    const std::vector<Segment> &segments() const;

    // Streams created or changed since the last call (ascending, no duplicates): lets a live
    // view refresh only what moved.
    std::vector<std::uint32_t> takeChangedStreams();

    // The stream the last add() put its segment in (~0u before the first add()).
    std::uint32_t lastStream() const;
    // Names a stream (see hostnames.h) and marks it changed, so a live view shows the name.
    void setHostname(std::uint32_t stream, std::string hostname);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tcpladder::core
