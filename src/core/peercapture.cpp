// SPDX-License-Identifier: GPL-3.0-or-later
#include "peercapture.h"

#include "captureindex.h"

namespace tcpladder::core {

std::optional<PeerCapture> mergePeerCapture(const std::string &path, const ConnectionLadder &ladder,
                                            const std::string &peerPath, std::string &error,
                                            PeerCaptureFailure *failure)
{
    if (failure)
        *failure = PeerCaptureFailure::Unreadable;
    CaptureIndex index;
    if (loadFile(peerPath, index, error) == LoadResult::Failed)
        return std::nullopt;
    const auto &streams = index.tracker().streams();
    const auto &segments = index.tracker().segments();
    const auto match = findPeerStream(ladder, streams, segments);
    if (!match) {
        if (failure)
            *failure = PeerCaptureFailure::NoMatch;
        error = "no connection in " + peerPath + " has the ISNs or sequence numbers of stream "
            + std::to_string(ladder.streamIndex) + " of " + path;
        return std::nullopt;
    }
    PeerCapture capture;
    capture.match = *match;
    capture.peer = buildConnectionLadder(streams[match->stream], segments);
    error.clear();
    capture.a = readWireSegments(path, ladder, error);
    if (!error.empty())
        return std::nullopt;
    capture.b = readWireSegments(peerPath, capture.peer, error);
    if (!error.empty())
        return std::nullopt;
    if (match->swapped) {
        for (WireSegment &segment : capture.b)
            segment.direction =
                segment.direction == Direction::ClientToServer ? Direction::ServerToClient : Direction::ClientToServer;
    }
    capture.merge = mergeTwoCaptures(capture.a, capture.b);
    return capture;
}

} // namespace tcpladder::core
