// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace tcpladder::core {

// What to tell a Windows user whose machine has no Npcap (shown by the GUI and the CLI).
inline constexpr const char *kNpcapMissingMessage =
    "Npcap is not installed: download it from https://npcap.com and run the installer (defaults are fine)";

// On Windows libpcap is Npcap's wpcap.dll, linked delay-loaded (cmake/FindNpcap.cmake) so that the program
// starts without it. Call this before the first pcap_* call of the process (opening a file counts): it adds
// %SystemRoot%\System32\Npcap to the DLL search path and loads wpcap.dll. False, with kNpcapMissingMessage in
// `error`, means any pcap_* call would abort the process, so the caller must show the message instead.
// Cheap after the first call; thread-safe. On other systems libpcap is an ordinary dependency: always true.
#if defined(_WIN32)
bool loadNpcap(std::string &error);
#else
inline bool loadNpcap(std::string &error)
{
    (void)error;
    return true;
}
#endif

} // namespace tcpladder::core
