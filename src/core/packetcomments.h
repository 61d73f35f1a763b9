// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <span>
#include <string>
#include <vector>

namespace tcpladder::core {

// Frame number (1-based) -> its packet comments (pcapng opt_comment, what Wireshark shows as
// frame.comment), in file order. Frames without comments are absent.
using FrameComments = std::map<std::uint32_t, std::vector<std::string>>;

// A packet block that carries options, as FileSource found it: the first packet block at or after
// `offset` is frame `frameNumber`'s (other blocks, such as a new interface, may come before it).
struct PacketBlockRef
{
    std::uint64_t offset = 0;
    std::uint32_t frameNumber = 0;
};

// The comments among the options of one pcapng packet block (Enhanced or obsolete Packet Block),
// `block` being the whole block from its type to its trailing length. Damaged options end the list
// early, never the program: the bytes come straight from a file.
std::vector<std::string> commentsOfPacketBlock(std::span<const std::uint8_t> block, bool bigEndian);

// libpcap hands out the packet but not its options, so the comments are read from the file in a
// second, forward-only pass over just the blocks that have options. Plain and gzip files alike.
class PacketCommentReader
{
public:
    PacketCommentReader() = default;
    ~PacketCommentReader();
    PacketCommentReader(const PacketCommentReader &) = delete;
    PacketCommentReader &operator=(const PacketCommentReader &) = delete;

    bool open(const std::string &path, std::string &error);
    // The comments of the packet block found from `ref.offset` on; offsets must not decrease from one
    // call to the next (a .gz cannot seek back cheaply). False when the file has no packet block there.
    bool read(const PacketBlockRef &ref, std::vector<std::string> &comments);

private:
    std::FILE *m_file = nullptr;
};

// All comments of the frames in `blocks` (in file order). False with a message when the file cannot
// be opened; a block that cannot be read is skipped.
bool readPacketComments(const std::string &path, const std::vector<PacketBlockRef> &blocks, FrameComments &comments,
                        std::string &error);

} // namespace tcpladder::core
