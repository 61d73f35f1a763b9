// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzipfile.h"

#include "platformfile.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <mutex>
#include <vector>
#include <zlib.h>

namespace tcpladder::core {

bool hasGzipMagic(const std::uint8_t *bytes, std::size_t size)
{
    return size >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
}

GzipFile::~GzipFile()
{
    if (m_gz)
        gzclose(static_cast<gzFile>(m_gz));
}

std::uint64_t GzipFile::compressedOffset() const
{
    const auto offset = gzoffset(static_cast<gzFile>(m_gz));
    return offset < 0 ? 0 : static_cast<std::uint64_t>(offset);
}

#if defined(__linux__)

// The fopencookie callbacks; a struct so they can reach GzipFile's private members.
struct GzipCookie
{
    static ssize_t read(void *cookie, char *buffer, size_t size)
    {
        auto *file = static_cast<GzipFile *>(cookie);
        const unsigned chunk = size > UINT_MAX ? UINT_MAX : static_cast<unsigned>(size);
        const int n = gzread(static_cast<gzFile>(file->m_gz), buffer, chunk);
        if (n < 0) {
            errno = EIO;
            return -1;
        }
        file->m_position += static_cast<std::uint64_t>(n);
        return n;
    }

    // stdio calls this for ftell (offset 0, SEEK_CUR) as well as for real seeks; gzseek only
    // rewinds by decompressing again, which readFrameAt() accepts for the sake of a single frame.
    static int seek(void *cookie, off64_t *offset, int whence)
    {
        auto *file = static_cast<GzipFile *>(cookie);
        if (whence == SEEK_END) {
            errno = EINVAL;
            return -1;
        }
        const off64_t target = whence == SEEK_CUR ? static_cast<off64_t>(file->m_position) + *offset : *offset;
        if (target < 0) {
            errno = EINVAL;
            return -1;
        }
        if (static_cast<std::uint64_t>(target) != file->m_position) {
            const z_off_t result = gzseek(static_cast<gzFile>(file->m_gz), static_cast<z_off_t>(target), SEEK_SET);
            if (result < 0) {
                errno = EIO;
                return -1;
            }
            file->m_position = static_cast<std::uint64_t>(result);
        }
        *offset = static_cast<off64_t>(file->m_position);
        return 0;
    }

    static int close(void *cookie)
    {
        delete static_cast<GzipFile *>(cookie);
        return 0;
    }

    static FILE *open(const std::string &path, std::string &error, const GzipFile **handle)
    {
        gzFile gz = gzopen(path.c_str(), "rb");
        if (!gz) {
            error = path + ": " + (errno ? std::strerror(errno) : "cannot open gzip file");
            return nullptr;
        }
        gzbuffer(gz, 256 * 1024);
        auto *file = new GzipFile;
        file->m_gz = gz;
        const cookie_io_functions_t functions{&GzipCookie::read, nullptr, &GzipCookie::seek, &GzipCookie::close};
        FILE *fp = fopencookie(file, "rb", functions);
        if (!fp) {
            error = path + ": " + std::strerror(errno);
            delete file;
            return nullptr;
        }
        if (handle)
            *handle = file;
        return fp;
    }
};

FILE *GzipFile::open(const std::string &path, std::string &error, const GzipFile **handle, std::string &)
{
    return GzipCookie::open(path, error, handle);
}

#else

// No fopencookie on Windows (nor funopen everywhere): decompress into a file in the user's temporary folder
// instead, and keep the newest copies, so that the details pane re-reading one frame (FileSource::readFrameAt)
// seeks in the copy instead of decompressing the whole capture again. FileSource measures progress in the
// decompressed file then.
struct GzipCookie
{ };

namespace {

class DecompressedCopies
{
public:
    ~DecompressedCopies()
    {
        for (const auto &copy : m_copies)
            removeFile(copy.copy);
    }

    // The copy of `path` as it is now, or an empty string.
    std::string find(const std::string &path, const FileStatus &status)
    {
        const std::lock_guard lock(m_mutex);
        for (const auto &copy : m_copies) {
            if (copy.source == path && copy.size == status.size && copy.modified == status.modified)
                return copy.copy;
        }
        return {};
    }

    void add(const std::string &path, const FileStatus &status, const std::string &copyPath)
    {
        const std::lock_guard lock(m_mutex);
        m_copies.push_back({path, status.size, status.modified, copyPath});
        if (m_copies.size() > kKept) { // a copy still open elsewhere cannot be removed on Windows; it stays
            removeFile(m_copies.front().copy);
            m_copies.erase(m_copies.begin());
        }
    }

private:
    static constexpr std::size_t kKept = 2; // the capture on screen and the one opened before it
    struct Copy
    {
        std::string source;
        std::uint64_t size;
        std::int64_t modified;
        std::string copy;
    };
    std::mutex m_mutex;
    std::vector<Copy> m_copies;
};

DecompressedCopies &decompressedCopies()
{
    static DecompressedCopies copies; // removed from the temporary folder when the program ends
    return copies;
}

} // namespace

FILE *GzipFile::open(const std::string &path, std::string &error, const GzipFile **handle,
                     std::string &decompressedCopy)
{
    if (handle)
        *handle = nullptr;
    const FileStatus status = statFile(path);
    decompressedCopy = decompressedCopies().find(path, status);
    if (!decompressedCopy.empty()) {
        if (FILE *copy = openFile(decompressedCopy, "rb"))
            return copy;
    }
#if defined(_WIN32)
    gzFile gz = gzopen_w(widePath(path).c_str(), "rb");
#else
    gzFile gz = gzopen(path.c_str(), "rb");
#endif
    if (!gz) {
        error = path + ": cannot open gzip file";
        return nullptr;
    }
    gzbuffer(gz, 256 * 1024);
    std::string reason;
    FILE *tmp = createTemporaryFile(decompressedCopy, reason);
    if (!tmp) {
        gzclose(gz);
        error = path + ": " + reason + " to decompress into";
        return nullptr;
    }
    std::vector<char> buffer(256 * 1024);
    int n = 0;
    while ((n = gzread(gz, buffer.data(), static_cast<unsigned>(buffer.size()))) > 0) {
        if (std::fwrite(buffer.data(), 1, static_cast<std::size_t>(n), tmp) != static_cast<std::size_t>(n)) {
            gzclose(gz);
            std::fclose(tmp);
            removeFile(decompressedCopy);
            decompressedCopy.clear();
            error = path + ": the temporary folder is full (cannot decompress the capture)";
            return nullptr;
        }
    }
    // A damaged tail still leaves what decompressed; libpcap then reports the cut record.
    gzclose(gz);
    std::rewind(tmp);
    decompressedCopies().add(path, status, decompressedCopy);
    return tmp;
}

#endif

} // namespace tcpladder::core
