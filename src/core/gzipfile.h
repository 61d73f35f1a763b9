// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace tcpladder::core {

// True when the bytes start with the gzip magic (1f 8b). The extension is not trusted: people
// rename files, and both ".pcapng.gz" and ".pcapng" hold either kind.
bool hasGzipMagic(const std::uint8_t *bytes, std::size_t size);

// A gzip-compressed file seen as a FILE* of its decompressed bytes, so libpcap can read it with
// pcap_fopen_offline(). Whoever owns the returned FILE* (fclose or pcap_close) releases everything.
class GzipFile
{
public:
    // nullptr with `error` set when the file cannot be opened. `handle`, when given, receives an
    // object that reports progress; it lives exactly as long as the FILE*. Where the C library cannot
    // stream (Windows), the FILE* reads a decompressed copy in the temporary folder instead, whose name goes
    // to `decompressedCopy`; the newest copies are kept for reopening and removed when the program ends.
    static FILE *open(const std::string &path, std::string &error, const GzipFile **handle,
                      std::string &decompressedCopy);

    // Compressed bytes read so far, for a progress bar.
    std::uint64_t compressedOffset() const;

    GzipFile(const GzipFile &) = delete;
    GzipFile &operator=(const GzipFile &) = delete;

private:
    GzipFile() = default;
    ~GzipFile();

    void *m_gz = nullptr;         // gzFile; kept opaque so zlib stays a private dependency
    std::uint64_t m_position = 0; // decompressed bytes handed out, the FILE*'s own offset

    friend struct GzipCookie;
};

} // namespace tcpladder::core
