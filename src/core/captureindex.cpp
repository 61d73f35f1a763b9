// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureindex.h"

#include "decoder.h"

namespace tcpladder::core {

void CaptureIndex::addFrame(const RawFrame &frame)
{
    if (m_frames == 0)
        m_firstFrameTimeNs = frame.timeNs;
    ++m_frames;

    DecodedTcp tcp;
    switch (decodeFrame(frame.linkType, frame.data, frame.originalLength, tcp)) {
    case DecodeStatus::Tcp:
        ++m_tcpSegments;
        m_tracker.add(tcp, frame.frameNumber, frame.timeNs, frame.fileOffset);
        m_hostnames.addTcp(tcp, m_tracker);
        break;
    case DecodeStatus::NotTcp:
        m_hostnames.addUdp(tcp);
        break;
    case DecodeStatus::Truncated:
        if (m_truncatedFrames++ == 0)
            m_firstTruncatedFrame = frame.frameNumber;
        break;
    case DecodeStatus::Malformed:
        if (m_malformedFrames++ == 0)
            m_firstMalformedFrame = frame.frameNumber;
        break;
    case DecodeStatus::UnsupportedLink:
        ++m_unsupportedLinkFrames[frame.linkType];
        break;
    }
}

void CaptureIndex::addWarning(std::string warning)
{
    m_warnings.push_back(std::move(warning));
}

std::vector<std::string> CaptureIndex::warnings() const
{
    std::vector<std::string> all = m_warnings;
    for (const auto &[linkType, count] : m_unsupportedLinkFrames)
        all.push_back(std::to_string(count) + " frame(s) with unsupported link type " + std::to_string(linkType)
                      + " were skipped");
    if (m_truncatedFrames)
        all.push_back(std::to_string(m_truncatedFrames) + " frame(s) were cut short inside a header (first: frame "
                      + std::to_string(m_firstTruncatedFrame) + ")");
    if (m_malformedFrames)
        all.push_back(std::to_string(m_malformedFrames) + " frame(s) had malformed IP/TCP headers (first: frame "
                      + std::to_string(m_firstMalformedFrame) + ")");
    return all;
}

LoadResult loadFile(const std::string &path, CaptureIndex &index, std::string &error, const LoadOptions &options)
{
    FileSource source;
    if (!source.open(path, error))
        return LoadResult::Failed;

    // The smallest record that can hold a TCP segment is 56 bytes (16-byte pcap record header, raw
    // IPv4 and TCP headers), so this never undershoots for an uncompressed file.
    constexpr std::uint64_t kSmallestTcpRecord = 56;
    if (!source.isCompressed())
        index.tracker().reserveSegments(static_cast<std::size_t>(source.fileSize() / kSmallestTcpRecord));

    RawFrame frame;
    std::uint64_t sinceProgress = 0;
    for (;;) {
        const auto next = source.next(frame);
        if (next != FileSource::Next::Frame)
            break;
        index.addFrame(frame);
        // Checking every frame would cost more than the decode; every 4096 frames is ~10 ms at worst.
        if (++sinceProgress == 4096) {
            sinceProgress = 0;
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                for (const auto &w : source.warnings())
                    index.addWarning(w);
                return LoadResult::Cancelled;
            }
            if (options.progress)
                options.progress(source.bytesConsumed(), source.fileSize());
        }
    }
    for (const auto &w : source.warnings())
        index.addWarning(w);
    FrameComments comments;
    std::string commentError;
    if (!readPacketComments(path, source.blocksWithOptions(), comments, commentError))
        index.addWarning("The packet comments could not be read: " + commentError);
    index.setPacketComments(std::move(comments));
    if (options.progress)
        options.progress(source.fileSize(), source.fileSize());
    return LoadResult::Ok;
}

} // namespace tcpladder::core
