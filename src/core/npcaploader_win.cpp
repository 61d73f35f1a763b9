// SPDX-License-Identifier: GPL-3.0-or-later
// Windows only (built from src/core/CMakeLists.txt's WIN32 block).
#include "npcaploader.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

namespace tcpladder::core {

namespace {

// Npcap installs its DLLs in System32\Npcap, outside the default search path, unless the user chose the
// "WinPcap API-compatible Mode" option; Npcap's guide asks applications to add that folder themselves.
bool addNpcapDllDirectory()
{
    wchar_t systemDir[MAX_PATH] = {};
    const UINT length = GetSystemDirectoryW(systemDir, MAX_PATH);
    if (length == 0 || length >= MAX_PATH)
        return false;
    std::wstring npcapDir(systemDir, length);
    npcapDir += L"\\Npcap";
    return SetDllDirectoryW(npcapDir.c_str()) != 0;
}

bool loadOnce()
{
    addNpcapDllDirectory(); // a failure here still leaves a WinPcap-compatible install in System32
    // Loading it now, by the same name the delay-load helper asks for, makes the helper reuse this module;
    // Packet.dll comes along as wpcap.dll's own dependency from the same folder.
    return LoadLibraryW(L"wpcap.dll") != nullptr;
}

} // namespace

bool loadNpcap(std::string &error)
{
    static const bool loaded = loadOnce(); // thread-safe initialisation (C++11 magic statics)
    if (!loaded)
        error = kNpcapMissingMessage;
    return loaded;
}

} // namespace tcpladder::core
