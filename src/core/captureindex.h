// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostnames.h"
#include "packetcomments.h"
#include "packetsource.h"
#include "tracker.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace tcpladder::core {

// Everything one pass over a capture yields: frame counts, the connection tracker, warnings.
// Files and live captures both feed it frame by frame, so they share one code path.
class CaptureIndex
{
public:
    void addFrame(const RawFrame &frame);
    void addWarning(std::string warning);

    std::uint64_t frames() const { return m_frames; }
    std::uint64_t tcpSegments() const { return m_tcpSegments; }
    std::int64_t firstFrameTimeNs() const { return m_firstFrameTimeNs; }
    const Tracker &tracker() const { return m_tracker; }
    Tracker &tracker() { return m_tracker; }
    // The pcapng packet comments of the file (teacher's notes, Wireshark's frame.comment).
    const FrameComments &packetComments() const { return m_packetComments; }
    void setPacketComments(FrameComments comments) { m_packetComments = std::move(comments); }

    // Source warnings plus one summary line per kind of frame that could not be decoded.
    std::vector<std::string> warnings() const;

private:
    Tracker m_tracker;
    HostnameSniffer m_hostnames;
    std::uint64_t m_frames = 0;
    std::uint64_t m_tcpSegments = 0;
    std::int64_t m_firstFrameTimeNs = 0;
    std::vector<std::string> m_warnings;
    FrameComments m_packetComments;
    std::map<int, std::uint64_t> m_unsupportedLinkFrames; // link type -> frames skipped
    std::uint64_t m_truncatedFrames = 0;
    std::uint32_t m_firstTruncatedFrame = 0;
    std::uint64_t m_malformedFrames = 0;
    std::uint32_t m_firstMalformedFrame = 0;
};

struct LoadOptions
{
    // Called now and then with on-disk bytes read and the file size.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

enum class LoadResult { Ok, Failed, Cancelled };

// Reads a whole file into `index`. Failed only when nothing could be read (the error says why);
// damage part way through is Ok with a warning, because what came before it is still good.
LoadResult loadFile(const std::string &path, CaptureIndex &index, std::string &error, const LoadOptions &options = {});

} // namespace tcpladder::core
