// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#if defined(_WIN32)
#include "platformfile.h"

#include <cstdio>
#include <fcntl.h>
#include <io.h>
#include <windows.h> // WIN32_LEAN_AND_MEAN and NOMINMAX: cmake/CompilerWarnings.cmake
#include <shellapi.h>
#endif

namespace tcpladder::cli {

#if defined(_WIN32)

std::vector<std::string> utf8Arguments(int, char *[])
{
    std::vector<std::string> arguments;
    int count = 0;
    wchar_t **wide = CommandLineToArgvW(GetCommandLineW(), &count);
    if (!wide)
        return arguments;
    for (int i = 1; i < count; ++i)
        arguments.push_back(core::utf8FromWide(wide[i]));
    LocalFree(wide);
    return arguments;
}

void prepareConsole()
{
    SetConsoleOutputCP(CP_UTF8);
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
}

#else

std::vector<std::string> utf8Arguments(int argc, char *argv[])
{
    return {argv + 1, argv + argc};
}

void prepareConsole() { }

#endif

} // namespace tcpladder::cli
