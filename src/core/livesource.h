// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packetsource.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace tcpladder::core {

// A capture device as pcap_findalldevs reports it (Npcap gives friendly descriptions such as "Wi-Fi").
struct InterfaceInfo
{
    std::string name;
    std::string description;
    std::vector<std::string> addresses;
    bool up = false;
    bool running = false;
    bool loopback = false;
    bool wireless = false;
};

// False with a message when libpcap cannot list devices (e.g. Npcap is missing).
bool listInterfaces(std::vector<InterfaceInfo> &interfaces, std::string &error);

// Compiles a BPF capture filter without opening a device; the error is libpcap's own message.
// An empty filter is valid.
bool validateCaptureFilter(const std::string &filter, int linkType, std::string &error);

struct LiveOptions
{
    std::string interfaceName;
    std::string filter; // BPF; empty captures everything
    int snapLength = 262144;
    bool promiscuous = false;
    int bufferBytes = 16 * 1024 * 1024; // large, so bursts wait in the kernel instead of being dropped
};

struct CaptureStats
{
    std::uint64_t received = 0; // packets handed to us
    std::uint64_t dropped = 0;  // dropped by the kernel (buffer full)
    std::uint64_t interfaceDropped = 0;
};

// Live capture through pcap_create/pcap_activate in immediate mode. dispatch() is called from one
// worker thread; stop() may be called from any thread.
class LiveSource
{
public:
    LiveSource();
    ~LiveSource();
    LiveSource(const LiveSource &) = delete;
    LiveSource &operator=(const LiveSource &) = delete;

    // False with an actionable message: permission (how to grant it), no such device, bad filter.
    bool open(const LiveOptions &options, std::string &error);

    enum class Status { Ok, Stopped, Failed };
    // Hands every waiting packet (up to a few ms of waiting) to `onFrame`. Stopped: after stop(), once
    // the packets the kernel already held have been handed over too. Failed: the device went away or
    // broke; the reason is in `error`.
    Status dispatch(const std::function<void(const RawFrame &)> &onFrame, std::string &error);

    // Any thread; the next dispatch() reads what is left and says Stopped.
    void stop();
    CaptureStats stats() const;
    int linkType() const;
    int snapLength() const;
    const std::string &interfaceName() const;

private:
    Status drainAfterStop(const std::function<void(const RawFrame &)> &onFrame);

    struct Private;
    std::unique_ptr<Private> d;
};

// The message for a capture that was refused for lack of privileges, with the fix for this platform.
std::string permissionHint(const std::string &interfaceName, const std::string &programPath);

} // namespace tcpladder::core
