// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packetsource.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace tcpladder::core {

// Writes a pcapng file (one section, one interface, nanosecond timestamps) block by block, so a
// live capture is on disk as it runs and a crash loses at most what was not yet flushed.
// libpcap can read pcapng but not write it, hence this small writer.
class PcapngWriter
{
public:
    PcapngWriter() = default;
    ~PcapngWriter();
    PcapngWriter(const PcapngWriter &) = delete;
    PcapngWriter &operator=(const PcapngWriter &) = delete;

    bool open(const std::string &path, int linkType, int snapLength, const std::string &interfaceName,
              std::string &error);
    bool write(const RawFrame &frame);
    // The same with packet comments (opt_comment), as Wireshark writes them; for saving, not capturing.
    bool write(const RawFrame &frame, const std::vector<std::string> &comments);
    bool flush();
    void close();
    bool isOpen() const { return m_file != nullptr; }
    std::uint64_t bytesWritten() const { return m_bytes; }

private:
    bool writeBlock(std::uint32_t type, const std::string &body);
    std::FILE *m_file = nullptr;
    std::uint64_t m_bytes = 0;
};

} // namespace tcpladder::core
