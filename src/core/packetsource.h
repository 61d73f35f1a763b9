// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packetcomments.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace tcpladder::core {

// One frame as read from a capture. `data` is valid until the next call to next().
struct RawFrame
{
    std::span<const std::uint8_t> data; // captured bytes
    std::uint32_t originalLength = 0;   // length on the wire
    std::int64_t timeNs = 0;            // ns since the Unix epoch
    std::uint64_t fileOffset = 0;       // offset of this frame's record in the (uncompressed) file
    std::uint32_t frameNumber = 0;      // 1-based
    int linkType = 0;                   // DLT_* of the interface the frame came from
};

// Reads pcap and pcapng files (every byte order, µs and ns precision), plain or gzip-compressed,
// through libpcap. Damage is reported, never thrown: a truncated or corrupt file yields every
// frame before the damage and then a warning naming the frame number and byte offset.
class FileSource
{
public:
    enum class Next { Frame, End, Error };

    FileSource();
    ~FileSource();
    FileSource(const FileSource &) = delete;
    FileSource &operator=(const FileSource &) = delete;

    // False with a message a person can act on ("not a pcap or pcapng file", "No such file ...").
    bool open(const std::string &path, std::string &error);

    // Frame: `frame` is filled. End: clean end of file. Error: reading stopped early; the reason
    // was appended to warnings() and no more frames follow.
    Next next(RawFrame &frame);

    const std::vector<std::string> &warnings() const;
    int linkType() const;                // link type of the first interface
    std::uint64_t fileSize() const;      // on-disk size (compressed size for .gz)
    std::uint64_t bytesConsumed() const; // on-disk bytes read so far, for a progress bar
    bool isCompressed() const;
    // pcapng packet blocks read so far that carry options (comments among them), for
    // readPacketComments(); a block with none costs nothing.
    const std::vector<PacketBlockRef> &blocksWithOptions() const;

    // Re-reads a single frame (for the packet-detail view) by the offset next() reported, from
    // this open source: kept open between reads, a .gz only decompresses from where the last read
    // ended when reading on down the file. Returns false with a message when the frame can no
    // longer be read; the source stays usable for the next read.
    bool readFrame(std::uint64_t fileOffset, std::uint32_t frameNumber, std::vector<std::uint8_t> &bytes, int &linkType,
                   std::string &error);
    // The same from a source opened for this one frame.
    static bool readFrameAt(const std::string &path, std::uint64_t fileOffset, std::uint32_t frameNumber,
                            std::vector<std::uint8_t> &bytes, int &linkType, std::string &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tcpladder::core
