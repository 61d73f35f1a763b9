// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformfile.h"

#include <pcap/pcap.h>

#include <cerrno>
#include <cstdlib>
#include <mutex>
#include <sys/stat.h>
#include <sys/types.h>

#if !defined(_WIN32)
#include <unistd.h>
#endif
#if defined(_WIN32)
#include <windows.h> // WIN32_LEAN_AND_MEAN and NOMINMAX: cmake/CompilerWarnings.cmake
#endif

namespace tcpladder::core {

#if defined(_WIN32)

std::wstring widePath(const std::string &path)
{
    if (path.empty())
        return {};
    const int size = MultiByteToWideChar(CP_UTF8, 0, path.data(), static_cast<int>(path.size()), nullptr, 0);
    std::wstring wide(static_cast<std::size_t>(size > 0 ? size : 0), L'\0');
    if (size > 0)
        MultiByteToWideChar(CP_UTF8, 0, path.data(), static_cast<int>(path.size()), wide.data(), size);
    return wide;
}

std::string utf8FromWide(const std::wstring &text)
{
    if (text.empty())
        return {};
    const int size =
        WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), nullptr, 0, nullptr, nullptr);
    std::string utf8(static_cast<std::size_t>(size > 0 ? size : 0), '\0');
    if (size > 0)
        WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), utf8.data(), size, nullptr,
                            nullptr);
    return utf8;
}

FileStatus statFile(const std::string &path)
{
    FileStatus status;
    struct _stat64 info
    { };
    if (_wstat64(widePath(path).c_str(), &info) != 0) {
        status.errorNumber = errno;
        return status;
    }
    status.exists = true;
    status.directory = (info.st_mode & _S_IFMT) == _S_IFDIR;
    status.size = static_cast<std::uint64_t>(info.st_size);
    WIN32_FILE_ATTRIBUTE_DATA attributes{};
    if (GetFileAttributesExW(widePath(path).c_str(), GetFileExInfoStandard, &attributes)) // 100 ns, not seconds
        status.modified = static_cast<std::int64_t>((std::uint64_t{attributes.ftLastWriteTime.dwHighDateTime} << 32)
                                                    | attributes.ftLastWriteTime.dwLowDateTime);
    return status;
}

std::FILE *openFile(const std::string &path, const char *mode)
{
    const std::string narrowMode(mode);
    return _wfopen(widePath(path).c_str(), std::wstring(narrowMode.begin(), narrowMode.end()).c_str());
}

std::uint64_t tellFile(std::FILE *file)
{
    const long long position = _ftelli64(file);
    return position < 0 ? 0 : static_cast<std::uint64_t>(position);
}

bool seekFile(std::FILE *file, std::uint64_t offset)
{
    return _fseeki64(file, static_cast<long long>(offset), SEEK_SET) == 0;
}

std::FILE *createTemporaryFile(std::string &path, std::string &error)
{
    wchar_t folder[MAX_PATH + 1] = {};
    const DWORD length = GetTempPathW(MAX_PATH + 1, folder); // %TMP%, %TEMP%, the profile's Temp, then Windows
    wchar_t name[MAX_PATH + 1] = {};
    if (length == 0 || length > MAX_PATH || GetTempFileNameW(folder, L"tcl", 0, name) == 0) {
        error = "cannot create a temporary file in the user's temporary folder";
        return nullptr;
    }
    std::FILE *file = _wfopen(name, L"w+b");
    if (!file) {
        DeleteFileW(name);
        error = "cannot open a temporary file in " + utf8FromWide(folder);
        return nullptr;
    }
    path = utf8FromWide(name);
    return file;
}

bool removeFile(const std::string &path)
{
    return DeleteFileW(widePath(path).c_str()) != 0;
}

#else

FileStatus statFile(const std::string &path)
{
    FileStatus status;
    struct stat info
    { };
    if (::stat(path.c_str(), &info) != 0) {
        status.errorNumber = errno;
        return status;
    }
    status.exists = true;
    status.directory = S_ISDIR(info.st_mode);
    status.size = static_cast<std::uint64_t>(info.st_size);
    status.modified = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
    return status;
}

std::FILE *openFile(const std::string &path, const char *mode)
{
    return std::fopen(path.c_str(), mode);
}

std::uint64_t tellFile(std::FILE *file)
{
    const auto position = ftello(file);
    return position < 0 ? 0 : static_cast<std::uint64_t>(position);
}

bool seekFile(std::FILE *file, std::uint64_t offset)
{
    return fseeko(file, static_cast<off_t>(offset), SEEK_SET) == 0;
}

std::FILE *createTemporaryFile(std::string &path, std::string &error)
{
    const char *folder = std::getenv("TMPDIR");
    std::string name = std::string(folder && *folder ? folder : "/tmp") + "/tcpladder-XXXXXX";
    const int fd = ::mkstemp(name.data());
    std::FILE *file = fd < 0 ? nullptr : ::fdopen(fd, "w+b");
    if (!file) {
        if (fd >= 0) {
            ::close(fd);
            std::remove(name.c_str());
        }
        error = "cannot create a temporary file in " + name.substr(0, name.rfind('/'));
        return nullptr;
    }
    path = name;
    return file;
}

bool removeFile(const std::string &path)
{
    return std::remove(path.c_str()) == 0;
}

#endif

std::filesystem::path filesystemPath(const std::string &path)
{
    // char8_t tells std::filesystem the bytes are UTF-8 on every platform (C++20).
    return std::filesystem::path(std::u8string(path.begin(), path.end()));
}

void initPcapForUtf8()
{
    static std::once_flag once;
    std::call_once(once, [] {
        char errbuf[PCAP_ERRBUF_SIZE] = {};
        pcap_init(PCAP_CHAR_ENC_UTF_8, errbuf);
    });
}

} // namespace tcpladder::core
