// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetcomments.h"

#include "pcapngformat.h"

#include "gzipfile.h"
#include "platformfile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace tcpladder::core {

namespace {

// libpcap refuses blocks over 16 MiB too; anything longer is damage, not a packet.
constexpr std::uint32_t kLargestBlock = 16u * 1024 * 1024;
// Blocks that may sit between a frame's recorded offset and its packet block (interfaces, name
// resolution, statistics); more than this means the offset does not lead to a packet.
constexpr int kMostBlocksBeforePacket = 64;

std::uint32_t readU32(const std::uint8_t *p, bool bigEndian)
{
    return bigEndian ? (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3]
                     : (std::uint32_t{p[3]} << 24) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[1]} << 8) | p[0];
}

std::uint16_t readU16(const std::uint8_t *p, bool bigEndian)
{
    return static_cast<std::uint16_t>(bigEndian ? (p[0] << 8) | p[1] : (p[1] << 8) | p[0]);
}

std::uint32_t padded(std::uint32_t length)
{
    return (length + 3u) & ~3u;
}

} // namespace

std::vector<std::string> commentsOfPacketBlock(std::span<const std::uint8_t> block, bool bigEndian)
{
    std::vector<std::string> comments;
    // type, length, 20 bytes of fixed fields (EPB and the obsolete PB agree on where caplen is), trailer
    constexpr std::size_t fixed = 8 + 20;
    if (block.size() < fixed + 4)
        return comments;
    const std::uint32_t type = readU32(block.data(), bigEndian);
    if (type != pcapng::enhancedPacketBlock && type != pcapng::obsoletePacketBlock)
        return comments;
    const std::uint64_t captured = readU32(block.data() + 20, bigEndian);
    std::uint64_t at = fixed + padded(static_cast<std::uint32_t>(std::min<std::uint64_t>(captured, kLargestBlock)));
    const std::uint64_t end = block.size() - 4;
    while (at + 4 <= end) {
        const std::uint16_t code = readU16(block.data() + at, bigEndian);
        const std::uint16_t length = readU16(block.data() + at + 2, bigEndian);
        if (code == pcapng::optionEnd || at + 4 + length > end)
            break;
        if (code == pcapng::optionComment) {
            const auto *text = reinterpret_cast<const char *>(block.data() + at + 4);
            // Some writers count a terminating NUL in the length; Wireshark does not show it.
            std::size_t size = length;
            while (size > 0 && text[size - 1] == '\0')
                --size;
            comments.emplace_back(text, size);
        }
        at += 4 + padded(length);
    }
    return comments;
}

PacketCommentReader::~PacketCommentReader()
{
    if (m_file)
        std::fclose(m_file);
}

bool PacketCommentReader::open(const std::string &path, std::string &error)
{
    if (m_file)
        std::fclose(m_file);
    m_file = openFile(path, "rb");
    if (!m_file) {
        error = path + ": " + std::strerror(errno);
        return false;
    }
    std::uint8_t magic[2] = {};
    const std::size_t got = std::fread(magic, 1, sizeof magic, m_file);
    if (hasGzipMagic(magic, got)) {
        std::fclose(m_file);
        std::string copy; // Windows: GzipFile keeps (and later removes) a decompressed copy
        m_file = GzipFile::open(path, error, nullptr, copy);
        return m_file != nullptr;
    }
    return seekFile(m_file, 0);
}

bool PacketCommentReader::read(const PacketBlockRef &ref, std::vector<std::string> &comments)
{
    comments.clear();
    if (!m_file)
        return false;
    std::uint64_t position = ref.offset;
    std::vector<std::uint8_t> block;
    for (int i = 0; i < kMostBlocksBeforePacket; ++i) {
        std::uint8_t header[8];
        if (!seekFile(m_file, position) || std::fread(header, 1, sizeof header, m_file) != sizeof header)
            return false;
        // Every block type but the section header's has its high bytes zero, so they tell the byte order.
        const bool bigEndian = header[0] == 0 && header[1] == 0;
        const std::uint32_t type = readU32(header, bigEndian);
        std::uint32_t length = readU32(header + 4, bigEndian);
        if (type == pcapng::sectionHeaderBlock) {
            std::uint8_t order[4];
            if (std::fread(order, 1, sizeof order, m_file) != sizeof order)
                return false;
            length = readU32(header + 4, order[0] == 0x1A);
        }
        if (length < 12 || length % 4 != 0 || length > kLargestBlock)
            return false;
        if (type == pcapng::simplePacketBlock)
            return true; // no options at all
        if (type == pcapng::enhancedPacketBlock || type == pcapng::obsoletePacketBlock) {
            block.resize(length);
            std::memcpy(block.data(), header, sizeof header);
            if (std::fread(block.data() + sizeof header, 1, length - sizeof header, m_file) != length - sizeof header)
                return false;
            comments = commentsOfPacketBlock(block, bigEndian);
            return true;
        }
        position += length;
    }
    return false;
}

bool readPacketComments(const std::string &path, const std::vector<PacketBlockRef> &blocks, FrameComments &comments,
                        std::string &error)
{
    if (blocks.empty())
        return true;
    PacketCommentReader reader;
    if (!reader.open(path, error))
        return false;
    std::vector<std::string> found;
    for (const PacketBlockRef &ref : blocks) {
        if (reader.read(ref, found) && !found.empty())
            comments[ref.frameNumber] = std::move(found);
    }
    return true;
}

} // namespace tcpladder::core
