// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionanalyzer.h"
#include "ipaddress.h"
#include "segmentlist.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tcpladder::core {

// One TCP connection, numbered exactly like Wireshark's tcp.stream.
struct Stream
{
    std::uint32_t index = 0; // tcp.stream
    Endpoint client;         // sender of the first SYN without ACK, else of the first segment
    Endpoint server;
    std::uint32_t clientBaseSeq = 0; // raw number that relative seq 0 stands for (the ISN after a SYN)
    std::uint32_t serverBaseSeq = 0;
    bool clientBaseKnown = false;
    bool serverBaseKnown = false;
    std::int8_t clientWindowScale = -1; // shift from the SYN options; -1 when not negotiated/seen
    std::int8_t serverWindowScale = -1;
    std::int32_t clientMss = -1;
    std::int32_t serverMss = -1;

    SegmentList segments; // indices into the capture's segment table, capture order
    std::uint32_t firstFrame = 0;
    std::int64_t firstTimeNs = 0;
    std::int64_t lastTimeNs = 0;
    std::uint64_t payloadClientToServer = 0;
    std::uint64_t payloadServerToClient = 0;

    ConnectionAnalyzer analyzer; // open/close/teardown so far
    std::string hostname;        // empty when unknown
};

} // namespace tcpladder::core
