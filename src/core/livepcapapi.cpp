// SPDX-License-Identifier: GPL-3.0-or-later
#include "livepcapapi.h"

#include <mutex>

#if defined(_WIN32)
#include <windows.h> // WIN32_LEAN_AND_MEAN and NOMINMAX: cmake/CompilerWarnings.cmake
#endif

namespace tcpladder::core {

#if defined(_WIN32)

namespace {

// Npcap installs wpcap.dll and Packet.dll in System32\Npcap (outside the DLL search path unless the
// user chose "WinPcap API-compatible Mode"); loading by full path with an altered search path makes
// wpcap.dll find its Packet.dll there too.
HMODULE loadWpcap()
{
    wchar_t systemDir[MAX_PATH] = {};
    const UINT length = GetSystemDirectoryW(systemDir, MAX_PATH);
    if (length == 0 || length >= MAX_PATH)
        return nullptr;
    const std::wstring path = std::wstring(systemDir, length) + L"\\Npcap\\wpcap.dll";
    return LoadLibraryExW(path.c_str(), nullptr, LOAD_WITH_ALTERED_SEARCH_PATH);
}

template<typename Function>
bool resolve(HMODULE module, const char *name, Function &slot, std::string &missing)
{
    // GetProcAddress returns a generic FARPROC; the table's types are libpcap's documented signatures.
    slot = reinterpret_cast<Function>(reinterpret_cast<void *>(GetProcAddress(module, name)));
    if (!slot)
        missing += missing.empty() ? name : std::string(", ") + name;
    return slot != nullptr;
}

bool fill(HMODULE module, LivePcapApi &api, std::string &missing)
{
    resolve(module, "pcap_findalldevs", api.findalldevs, missing);
    resolve(module, "pcap_freealldevs", api.freealldevs, missing);
    resolve(module, "pcap_create", api.create, missing);
    resolve(module, "pcap_set_snaplen", api.set_snaplen, missing);
    resolve(module, "pcap_set_promisc", api.set_promisc, missing);
    resolve(module, "pcap_set_immediate_mode", api.set_immediate_mode, missing);
    resolve(module, "pcap_set_buffer_size", api.set_buffer_size, missing);
    resolve(module, "pcap_set_timeout", api.set_timeout, missing);
    resolve(module, "pcap_set_tstamp_precision", api.set_tstamp_precision, missing);
    resolve(module, "pcap_get_tstamp_precision", api.get_tstamp_precision, missing);
    resolve(module, "pcap_activate", api.activate, missing);
    resolve(module, "pcap_setnonblock", api.setnonblock, missing);
    resolve(module, "pcap_datalink", api.datalink, missing);
    resolve(module, "pcap_snapshot", api.snapshot, missing);
    resolve(module, "pcap_compile", api.compile, missing);
    resolve(module, "pcap_setfilter", api.setfilter, missing);
    resolve(module, "pcap_freecode", api.freecode, missing);
    resolve(module, "pcap_dispatch", api.dispatch, missing);
    resolve(module, "pcap_breakloop", api.breakloop, missing);
    resolve(module, "pcap_stats", api.stats, missing);
    resolve(module, "pcap_geterr", api.geterr, missing);
    resolve(module, "pcap_close", api.close, missing);
    resolve(module, "pcap_getevent", api.getevent, missing);
    return missing.empty();
}

} // namespace

const LivePcapApi *livePcapApi(std::string &error)
{
    static std::mutex mutex;
    static LivePcapApi api{};
    static bool loaded = false;
    const std::lock_guard lock(mutex);
    if (loaded)
        return &api;
    HMODULE module = loadWpcap();
    if (!module) {
        error = kNpcapMissingMessage;
        return nullptr;
    }
    std::string missing;
    if (!fill(module, api, missing)) {
        FreeLibrary(module);
        error = "The installed Npcap is too old for live capture (its wpcap.dll lacks " + missing
            + "): install the current version from https://npcap.com";
        return nullptr;
    }
    loaded = true; // the module stays loaded for the life of the process, as the table points into it
    return &api;
}

#else

const LivePcapApi *livePcapApi(std::string &)
{
    // libpcap is an ordinary dependency here: the table is the linked functions themselves.
    static const LivePcapApi api{
        &pcap_findalldevs,
        &pcap_freealldevs,
        &pcap_create,
        &pcap_set_snaplen,
        &pcap_set_promisc,
        &pcap_set_immediate_mode,
        &pcap_set_buffer_size,
        &pcap_set_timeout,
        &pcap_set_tstamp_precision,
        &pcap_get_tstamp_precision,
        &pcap_activate,
        &pcap_setnonblock,
        &pcap_datalink,
        &pcap_snapshot,
        &pcap_compile,
        &pcap_setfilter,
        &pcap_freecode,
        &pcap_dispatch,
        &pcap_breakloop,
        &pcap_stats,
        &pcap_geterr,
        &pcap_close,
        &pcap_get_selectable_fd,
    };
    return &api;
}

#endif

} // namespace tcpladder::core
