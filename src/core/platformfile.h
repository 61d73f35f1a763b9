// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

namespace tcpladder::core {

// Every path inside the program is a std::string in UTF-8 (on POSIX: the file system's own bytes).
// Windows' narrow C runtime calls read paths in the ANSI code page, so a student called 张三 could not
// open C:\Users\张三\Desktop\握手.pcapng through them: these functions are the only place where a path
// meets the operating system, wide on Windows, and 64-bit everywhere (a 5 GB capture is ordinary).

struct FileStatus
{
    bool exists = false;
    bool directory = false;
    std::uint64_t size = 0;
    std::int64_t modified = 0; // last write, in the file system's finest unit (tells a rewrite apart)
    int errorNumber = 0;       // errno when !exists
};

FileStatus statFile(const std::string &path);

// fopen() for a UTF-8 path; nullptr with errno set on failure.
std::FILE *openFile(const std::string &path, const char *mode);

// 64-bit ftell/fseek (msvcrt's are 32-bit); tell gives 0 where the stream has no position.
std::uint64_t tellFile(std::FILE *file);
bool seekFile(std::FILE *file, std::uint64_t offset);

// A new read-write binary file in the user's temporary folder (Windows' tmpfile() writes to the root of the
// drive, which needs administrator rights); its name goes to `path`, and the caller removes it.
std::FILE *createTemporaryFile(std::string &path, std::string &error);

// For std::filesystem: on Windows a path built from a std::string is read in the ANSI code page.
std::filesystem::path filesystemPath(const std::string &path);

bool removeFile(const std::string &path);

// libpcap reads paths and writes its messages in UTF-8 (pcap_init); idempotent and thread-safe.
void initPcapForUtf8();

#if defined(_WIN32)
std::wstring widePath(const std::string &path);
std::string utf8FromWide(const std::wstring &text);
#endif

} // namespace tcpladder::core
