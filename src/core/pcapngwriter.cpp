// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcapngwriter.h"

#include "pcapngformat.h"

#include "platformfile.h"

#include <cerrno>
#include <cstring>

namespace tcpladder::core {

namespace {

using namespace pcapng;

template<typename T>
void append(std::string &out, T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

void pad(std::string &out)
{
    while (out.size() % 4)
        out.push_back('\0');
}

void appendOption(std::string &out, std::uint16_t code, const std::string &value)
{
    append<std::uint16_t>(out, code);
    append<std::uint16_t>(out, static_cast<std::uint16_t>(value.size()));
    out += value;
    pad(out);
}

} // namespace

PcapngWriter::~PcapngWriter()
{
    close();
}

bool PcapngWriter::open(const std::string &path, int linkType, int snapLength, const std::string &interfaceName,
                        std::string &error)
{
    close();
    m_file = openFile(path, "wb");
    if (!m_file) {
        error = "Cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    m_bytes = 0;

    std::string section;
    append<std::uint32_t>(section, 0x1A2B3C4D); // byte-order magic: readers learn our endianness from it
    append<std::uint16_t>(section, 1);
    append<std::uint16_t>(section, 0);
    append<std::int64_t>(section, -1); // section length unknown: we stream
    appendOption(section, optionShbUserApplication, "TCP Ladder");
    append<std::uint32_t>(section, optionEnd);

    std::string interface;
    append<std::uint16_t>(interface, static_cast<std::uint16_t>(linkType));
    append<std::uint16_t>(interface, 0);
    append<std::uint32_t>(interface, static_cast<std::uint32_t>(snapLength));
    if (!interfaceName.empty())
        appendOption(interface, optionIfName, interfaceName);
    appendOption(interface, optionIfTimestampResolution, std::string(1, '\x09')); // 10^-9 s
    append<std::uint32_t>(interface, optionEnd);

    if (!writeBlock(sectionHeaderBlock, section) || !writeBlock(interfaceDescriptionBlock, interface) || !flush()) {
        error = "Cannot write " + path + ": " + std::strerror(errno);
        close();
        return false;
    }
    return true;
}

bool PcapngWriter::write(const RawFrame &frame)
{
    if (!m_file)
        return false;
    // Written field by field into stdio's buffer: no allocation per packet at 100k packets/s.
    const auto ns = static_cast<std::uint64_t>(frame.timeNs);
    const auto captured = static_cast<std::uint32_t>(frame.data.size());
    const std::uint32_t padding = (4 - captured % 4) % 4;
    const std::uint32_t total = 32 + captured + padding;
    const std::uint32_t header[7] = {enhancedPacketBlock,
                                     total,
                                     0,
                                     static_cast<std::uint32_t>(ns >> 32),
                                     static_cast<std::uint32_t>(ns & 0xFFFFFFFFu),
                                     captured,
                                     frame.originalLength};
    static constexpr char zeros[4] = {};
    const bool ok = std::fwrite(header, sizeof header, 1, m_file) == 1
        && (captured == 0 || std::fwrite(frame.data.data(), captured, 1, m_file) == 1)
        && (padding == 0 || std::fwrite(zeros, padding, 1, m_file) == 1)
        && std::fwrite(&total, sizeof total, 1, m_file) == 1;
    if (ok)
        m_bytes += total;
    return ok;
}

bool PcapngWriter::write(const RawFrame &frame, const std::vector<std::string> &comments)
{
    if (!m_file)
        return false;
    if (comments.empty())
        return write(frame);
    const auto ns = static_cast<std::uint64_t>(frame.timeNs);
    std::string body;
    append<std::uint32_t>(body, 0); // interface 0
    append<std::uint32_t>(body, static_cast<std::uint32_t>(ns >> 32));
    append<std::uint32_t>(body, static_cast<std::uint32_t>(ns & 0xFFFFFFFFu));
    append<std::uint32_t>(body, static_cast<std::uint32_t>(frame.data.size()));
    append<std::uint32_t>(body, frame.originalLength);
    body.append(reinterpret_cast<const char *>(frame.data.data()), frame.data.size());
    pad(body);
    for (const std::string &comment : comments)
        appendOption(body, optionComment, comment.substr(0, 0xFFFF)); // an option's length is 16 bits
    append<std::uint32_t>(body, optionEnd);
    return writeBlock(enhancedPacketBlock, body);
}

bool PcapngWriter::writeBlock(std::uint32_t type, const std::string &body)
{
    const auto total = static_cast<std::uint32_t>(body.size() + 12);
    std::string block;
    block.reserve(total);
    append(block, type);
    append(block, total);
    block += body;
    append(block, total);
    if (std::fwrite(block.data(), 1, block.size(), m_file) != block.size())
        return false;
    m_bytes += block.size();
    return true;
}

bool PcapngWriter::flush()
{
    return m_file && std::fflush(m_file) == 0;
}

void PcapngWriter::close()
{
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
    }
}

} // namespace tcpladder::core
