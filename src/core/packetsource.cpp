// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetsource.h"

#include "gzipfile.h"
#include "platformfile.h"

#include <pcap/pcap.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#if defined(__GLIBC__)
#include <stdio_ext.h>
#endif

namespace tcpladder::core {

namespace {

constexpr std::uint32_t kPcapngMagic = 0x0a0d0d0a; // the SHB block type reads the same in both byte orders

std::uint32_t readU32Be(const std::uint8_t *p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

// libpcap's messages are written for tcpdump users; say what happened to the file first.
std::string describeOpenError(const std::string &path, const std::string &message)
{
    if (message.find("unknown file format") != std::string::npos)
        return path + ": not a pcap or pcapng file";
    if (message.find("truncated") != std::string::npos)
        return path + ": the capture file ends inside its header (" + message + ")";
    return path + ": cannot read this capture file (" + message + ")";
}

} // namespace

struct FileSource::Private
{
    pcap_t *pcap = nullptr;
    const GzipFile *gzip = nullptr;
    std::uint64_t decompressedSize = 0; // a .gz read through a decompressed temporary copy (no gzip handle)
    std::string decompressedCopy;       // that copy's name (GzipFile keeps and removes it)
    std::vector<std::string> warnings;
    std::vector<PacketBlockRef> blocksWithOptions;
    std::string path; // reopened by readFrame() for its sequential fallback
    std::uint64_t fileSize = 0;
    std::uint64_t lastOffset = 0;
    std::uint32_t frames = 0;
    int linkType = 0;
    bool compressed = false;
    bool pcapng = false;
    bool finished = false;
    bool failed = false;

    void close()
    {
        if (pcap)
            pcap_close(pcap); // also closes the FILE* and with it any GzipFile
        pcap = nullptr;
        gzip = nullptr;
    }

    // The block at `offset` must be a packet block for a direct seek to be trusted: a frame's
    // recorded offset can point at an interface block that precedes it, and reading that block
    // out of order would number the interfaces wrongly.
    // On false the file is back where it was, so the caller's sequential scan starts at the first
    // block and counts frames from 1 (leaving it at `offset` made every frame that follows a
    // non-packet block unreadable: found by fuzz_capture).
    bool isPacketBlockAt(std::uint64_t offset)
    {
        FILE *fp = pcap_file(pcap);
        const std::uint64_t resume = tellFile(fp);
        std::uint8_t type[4];
        bool packet = seekFile(fp, offset) && std::fread(type, 1, 4, fp) == 4;
        if (packet) {
            const std::uint32_t be = readU32Be(type);
            const std::uint32_t le = (be >> 24) | ((be >> 8) & 0xff00) | ((be << 8) & 0xff0000) | (be << 24);
            const auto isPacket = [](std::uint32_t t) { return t == 6 || t == 3 || t == 2; }; // EPB, SPB, PB
            packet = isPacket(be) || isPacket(le);
        }
        return seekFile(fp, packet ? offset : resume) && packet;
    }
};

FileSource::FileSource()
    : d(std::make_unique<Private>())
{
}

FileSource::~FileSource()
{
    d->close();
}

bool FileSource::open(const std::string &path, std::string &error)
{
    // libpcap is linked into the program on every platform (on Windows its offline-only build), so
    // reading a file never needs Npcap.
    initPcapForUtf8();
    d->close();
    *d = Private{};

    const FileStatus status = statFile(path);
    if (!status.exists) {
        if (status.errorNumber == ENOENT || status.errorNumber == ENOTDIR)
            error = "No such file: " + path;
        else
            error = path + ": " + std::strerror(status.errorNumber);
        return false;
    }
    if (status.directory) {
        error = path + ": is a directory, not a capture file";
        return false;
    }
    d->fileSize = status.size;
    d->path = path;

    FILE *fp = openFile(path, "rb");
    if (!fp) {
        if (errno == EACCES || errno == EPERM)
            error = path + ": permission denied (the file is not readable by this user)";
        else
            error = path + ": " + std::strerror(errno);
        return false;
    }
#if defined(__GLIBC__)
    // libpcap makes two fread() calls per frame; stdio's per-call locking and 4 KiB refills were
    // ~10% of indexing a 1 GB file. One thread reads this FILE, so locking is not needed.
    __fsetlocking(fp, FSETLOCKING_BYCALLER);
#endif
    std::setvbuf(fp, nullptr, _IOFBF, 256 * 1024);
    std::uint8_t magic[4] = {};
    std::size_t got = std::fread(magic, 1, sizeof magic, fp);
    if (hasGzipMagic(magic, got)) {
        std::fclose(fp);
        fp = GzipFile::open(path, error, &d->gzip, d->decompressedCopy);
        if (!fp)
            return false;
        d->compressed = true;
        if (!d->gzip && std::fseek(fp, 0, SEEK_END) == 0) {
            d->decompressedSize = tellFile(fp);
            std::rewind(fp);
        }
        got = std::fread(magic, 1, sizeof magic, fp);
    }
    if (got < sizeof magic || !seekFile(fp, 0)) {
        std::fclose(fp);
        d->gzip = nullptr;
        error = path + ": not a pcap or pcapng file";
        return false;
    }
    d->pcapng = readU32Be(magic) == kPcapngMagic;

    char errbuf[PCAP_ERRBUF_SIZE] = {};
#if defined(_WIN32)
    // On Windows pcap_fopen_offline() is pcap_hopen_offline(): libpcap wraps the OS handle in a FILE of its
    // own and leaves it open when it refuses the file (the C runtime has 512). So libpcap opens the file
    // itself, by its UTF-8 name (pcap_init), and owns everything.
    std::fclose(fp);
    const std::string &readPath = d->decompressedCopy.empty() ? path : d->decompressedCopy;
    d->pcap = pcap_open_offline_with_tstamp_precision(readPath.c_str(), PCAP_TSTAMP_PRECISION_NANO, errbuf);
    if (!d->pcap) {
        d->close();
        error = describeOpenError(path, errbuf);
        return false;
    }
#else
    d->pcap = pcap_fopen_offline_with_tstamp_precision(fp, PCAP_TSTAMP_PRECISION_NANO, errbuf);
    if (!d->pcap) {
        std::fclose(fp); // libpcap leaves a FILE* it was handed open when it fails
        d->gzip = nullptr;
        error = describeOpenError(path, errbuf);
        return false;
    }
#endif
    d->linkType = pcap_datalink(d->pcap);
    return true;
}

FileSource::Next FileSource::next(RawFrame &frame)
{
    if (!d->pcap || d->finished)
        return d->failed ? Next::Error : Next::End;

    const std::uint64_t offset = tellFile(pcap_file(d->pcap));
    d->lastOffset = offset;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    const int rc = pcap_next_ex(d->pcap, &header, &data);
    if (rc == 1) {
        frame.data = std::span<const std::uint8_t>(data, header->caplen);
        frame.originalLength = header->len;
        // Opened with nanosecond precision, so tv_usec holds nanoseconds whatever the file stores.
        // pcapng stores 64-bit timestamps in any unit, so a damaged block can claim a second count
        // whose nanoseconds overflow; clamped to [1970, 2255] every later difference of times fits.
        const std::int64_t seconds = std::clamp<std::int64_t>(header->ts.tv_sec, 0, 9'000'000'000);
        const std::int64_t fraction = std::clamp<std::int64_t>(header->ts.tv_usec, 0, 999'999'999);
        frame.timeNs = seconds * 1'000'000'000 + fraction;
        frame.fileOffset = offset;
        frame.frameNumber = ++d->frames;
        frame.linkType = pcap_datalink(d->pcap);
        // An option-free EPB is 32 bytes plus the padded data; any more between here and the block's
        // end is options (or another block before it): worth a look for comments.
        if (d->pcapng && tellFile(pcap_file(d->pcap)) - offset != 32 + ((header->caplen + 3u) & ~3u))
            d->blocksWithOptions.push_back({offset, frame.frameNumber});
        return Next::Frame;
    }
    d->finished = true;
    if (rc == PCAP_ERROR_BREAK)
        return Next::End;

    d->failed = true;
    const std::string message = pcap_geterr(d->pcap);
    const bool truncated = message.find("truncated") != std::string::npos;
    d->warnings.push_back("Reading stopped at frame " + std::to_string(d->frames + 1) + " (byte offset "
                          + std::to_string(offset) + "): " + (truncated ? "truncated record" : "corrupt record") + " ("
                          + message + ")");
    return Next::Error;
}

const std::vector<PacketBlockRef> &FileSource::blocksWithOptions() const
{
    return d->blocksWithOptions;
}

const std::vector<std::string> &FileSource::warnings() const
{
    return d->warnings;
}

int FileSource::linkType() const
{
    return d->linkType;
}

std::uint64_t FileSource::fileSize() const
{
    return d->fileSize;
}

std::uint64_t FileSource::bytesConsumed() const
{
    if (d->finished)
        return d->fileSize;
    if (d->gzip)
        return d->gzip->compressedOffset();
    if (d->decompressedSize > 0) // the same share of the compressed file as of the decompressed copy
        return static_cast<std::uint64_t>(static_cast<double>(d->lastOffset) / static_cast<double>(d->decompressedSize)
                                          * static_cast<double>(d->fileSize));
    return d->lastOffset;
}

bool FileSource::isCompressed() const
{
    return d->compressed;
}

bool FileSource::readFrameAt(const std::string &path, std::uint64_t fileOffset, std::uint32_t frameNumber,
                             std::vector<std::uint8_t> &bytes, int &linkType, std::string &error)
{
    FileSource source;
    return source.open(path, error) && source.readFrame(fileOffset, frameNumber, bytes, linkType, error);
}

bool FileSource::readFrame(std::uint64_t fileOffset, std::uint32_t frameNumber, std::vector<std::uint8_t> &bytes,
                           int &linkType, std::string &error)
{
    const std::string path = d->path;
    if (!d->pcap && !open(path, error))
        return false;

    // Fast path: jump to the record. A pcapng frame can depend on blocks before it (interfaces,
    // sections), so anything doubtful falls through to the sequential read below.
    if (!d->pcapng || d->isPacketBlockAt(fileOffset)) {
        if (seekFile(pcap_file(d->pcap), fileOffset)) {
            pcap_pkthdr *header = nullptr;
            const u_char *data = nullptr;
            if (pcap_next_ex(d->pcap, &header, &data) == 1) {
                bytes.assign(data, data + header->caplen);
                linkType = pcap_datalink(d->pcap);
                return true;
            }
        }
    }
    // The sequential read numbers frames from the file's start, so it needs a fresh source.
    if (!open(path, error))
        return false;
    RawFrame frame;
    while (next(frame) == Next::Frame) {
        if (frame.frameNumber != frameNumber)
            continue;
        if (frame.fileOffset != fileOffset)
            break;
        bytes.assign(frame.data.begin(), frame.data.end());
        linkType = frame.linkType;
        return true;
    }
    // Left at the end of the file: reopened by the next read.
    d->close();
    error = path + ": frame " + std::to_string(frameNumber)
        + " can no longer be read (the file was changed or damaged since it was loaded)";
    return false;
}

} // namespace tcpladder::core
