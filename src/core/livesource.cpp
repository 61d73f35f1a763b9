// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesource.h"

#include "livepcapapi.h"
#include "platformfile.h"

#include <atomic>
#include <cstring>
#include <utility>

#if defined(_WIN32)
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#endif

namespace tcpladder::core {

namespace {

std::string addressText(const sockaddr *address)
{
    if (!address)
        return {};
    char buffer[INET6_ADDRSTRLEN] = {};
    if (address->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(address)->sin_addr, buffer, sizeof buffer);
    else if (address->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(address)->sin6_addr, buffer, sizeof buffer);
    return buffer;
}

void waitForPackets(const LivePcapApi &api, pcap_t *handle, int timeoutMs)
{
#if defined(_WIN32)
    WaitForSingleObject(static_cast<HANDLE>(api.getevent(handle)), static_cast<DWORD>(timeoutMs));
#else
    const int fd = api.get_selectable_fd(handle);
    if (fd < 0)
        return;
    pollfd waiting{fd, POLLIN, 0};
    poll(&waiting, 1, timeoutMs);
#endif
}

} // namespace

bool listInterfaces(std::vector<InterfaceInfo> &interfaces, std::string &error)
{
    const LivePcapApi *api = livePcapApi(error);
    if (!api)
        return false;
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_if_t *all = nullptr;
    if (api->findalldevs(&all, errbuf) != 0) {
        error = std::string("Cannot list capture interfaces: ") + errbuf;
        return false;
    }
    interfaces.clear();
    for (const pcap_if_t *dev = all; dev; dev = dev->next) {
        InterfaceInfo info;
        info.name = dev->name ? dev->name : "";
        info.description = dev->description ? dev->description : "";
        info.up = dev->flags & PCAP_IF_UP;
        info.running = dev->flags & PCAP_IF_RUNNING;
        info.loopback = dev->flags & PCAP_IF_LOOPBACK;
#ifdef PCAP_IF_WIRELESS
        info.wireless = dev->flags & PCAP_IF_WIRELESS;
#endif
        for (const pcap_addr_t *a = dev->addresses; a; a = a->next) {
            const std::string text = addressText(a->addr);
            if (!text.empty())
                info.addresses.push_back(text);
        }
        interfaces.push_back(std::move(info));
    }
    api->freealldevs(all);
    return true;
}

bool validateCaptureFilter(const std::string &filter, int linkType, std::string &error)
{
    // The linked libpcap compiles BPF without a device, so this works without Npcap too.
    initPcapForUtf8();
    pcap_t *dead = pcap_open_dead(linkType, 262144);
    if (!dead) {
        error = "Cannot check the filter (out of memory)";
        return false;
    }
    bpf_program program{};
    const bool ok = pcap_compile(dead, &program, filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) == 0;
    if (ok)
        pcap_freecode(&program);
    else
        error = pcap_geterr(dead);
    pcap_close(dead);
    return ok;
}

std::string permissionHint(const std::string &interfaceName, const std::string &programPath)
{
#if defined(_WIN32)
    (void)programPath;
    return "No permission to capture on " + interfaceName
        + ": Npcap was installed with \"Restrict Npcap driver's access to Administrators only\"; reinstall "
          "Npcap without that option (TCP Ladder does not need to run as Administrator)";
#elif defined(__APPLE__)
    (void)programPath;
    return "No permission to capture on " + interfaceName
        + ": install Wireshark's ChmodBPF helper (or `brew install --cask wireshark-chmodbpf`) and log in again";
#else
    return "No permission to capture on " + interfaceName + ": run `sudo setcap cap_net_raw,cap_net_admin+eip "
        + (programPath.empty() ? std::string("$(which tcpladder)") : programPath)
        + "` once, or install the TCP Ladder package and add yourself to the `pcap` group; do not run the app as root";
#endif
}

struct LiveSource::Private
{
    const LivePcapApi *api = nullptr;
    pcap_t *handle = nullptr;
    std::string interfaceName;
    int linkType = 0;
    int snapLength = 0;
    bool nanosecond = false;
    std::uint32_t frameNumber = 0;
    std::atomic<bool> stopRequested{false};
    bool drained = false; // what the kernel held at the stop has been read
    const std::function<void(const RawFrame &)> *onFrame = nullptr;

    static void handlePacket(u_char *user, const pcap_pkthdr *header, const u_char *bytes)
    {
        auto *self = reinterpret_cast<Private *>(user);
        RawFrame frame;
        frame.data = {bytes, header->caplen};
        frame.originalLength = header->len;
        const std::int64_t fraction = self->nanosecond ? header->ts.tv_usec : header->ts.tv_usec * 1000LL;
        frame.timeNs = static_cast<std::int64_t>(header->ts.tv_sec) * 1'000'000'000LL + fraction;
        frame.frameNumber = ++self->frameNumber;
        frame.linkType = self->linkType;
        (*self->onFrame)(frame);
    }
};

LiveSource::LiveSource()
    : d(std::make_unique<Private>())
{
}

LiveSource::~LiveSource()
{
    if (d->handle)
        d->api->close(d->handle);
}

bool LiveSource::open(const LiveOptions &options, std::string &error)
{
    d->api = livePcapApi(error);
    if (!d->api)
        return false;
    const LivePcapApi &api = *d->api;
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    d->interfaceName = options.interfaceName;
    d->handle = api.create(options.interfaceName.c_str(), errbuf);
    if (!d->handle) {
        error = "Cannot capture on " + options.interfaceName + ": " + errbuf;
        return false;
    }
    api.set_snaplen(d->handle, options.snapLength);
    api.set_promisc(d->handle, options.promiscuous ? 1 : 0);
    api.set_immediate_mode(d->handle, 1); // a student watches packets appear, not in 1 MB bursts
    api.set_buffer_size(d->handle, options.bufferBytes);
    api.set_timeout(d->handle, 100);
    d->nanosecond = api.set_tstamp_precision(d->handle, PCAP_TSTAMP_PRECISION_NANO) == 0;

    const int status = api.activate(d->handle);
    if (status < 0) {
        switch (status) {
        case PCAP_ERROR_PERM_DENIED:
            error = permissionHint(options.interfaceName, {});
            break;
        case PCAP_ERROR_NO_SUCH_DEVICE:
            error =
                "No capture interface named " + options.interfaceName + " (list them with `tcpladder-cli interfaces`)";
            break;
        case PCAP_ERROR_IFACE_NOT_UP:
            error = "Interface " + options.interfaceName + " is down: bring it up and try again";
            break;
        default:
            error = "Cannot capture on " + options.interfaceName + ": " + api.geterr(d->handle);
        }
        api.close(d->handle);
        d->handle = nullptr;
        return false;
    }
    // Non-blocking + our own bounded wait: with TPACKET_V3 libpcap may otherwise block in poll() forever on
    // a quiet interface, and a --duration or a Stop must take effect within a tenth of a second.
    api.setnonblock(d->handle, 1, errbuf);
    d->nanosecond = d->nanosecond && api.get_tstamp_precision(d->handle) == PCAP_TSTAMP_PRECISION_NANO;
    d->linkType = api.datalink(d->handle);
    d->snapLength = api.snapshot(d->handle);

    if (!options.filter.empty()) {
        bpf_program program{};
        if (api.compile(d->handle, &program, options.filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
            error = "Invalid capture filter \"" + options.filter + "\": " + api.geterr(d->handle);
            api.close(d->handle);
            d->handle = nullptr;
            return false;
        }
        const bool applied = api.setfilter(d->handle, &program) == 0;
        api.freecode(&program);
        if (!applied) {
            error = "Cannot apply the capture filter: " + std::string(api.geterr(d->handle));
            api.close(d->handle);
            d->handle = nullptr;
            return false;
        }
    }
    return true;
}

LiveSource::Status LiveSource::dispatch(const std::function<void(const RawFrame &)> &onFrame, std::string &error)
{
    if (!d->handle)
        return Status::Failed;
    if (d->stopRequested.load())
        return drainAfterStop(onFrame);
    waitForPackets(*d->api, d->handle, 100);
    d->onFrame = &onFrame;
    const int result = d->api->dispatch(d->handle, -1, &Private::handlePacket, reinterpret_cast<u_char *>(d.get()));
    d->onFrame = nullptr;
    if (result == PCAP_ERROR_BREAK || d->stopRequested.load())
        return drainAfterStop(onFrame);
    if (result < 0) {
        error = "Capture on " + d->interfaceName + " stopped: " + d->api->geterr(d->handle)
            + " (the interface may have gone away); what was captured so far is kept";
        return Status::Failed;
    }
    return Status::Ok;
}

LiveSource::Status LiveSource::drainAfterStop(const std::function<void(const RawFrame &)> &onFrame)
{
    // Packets the kernel had already taken when Stop (or Ctrl+C) came are part of the capture: the last
    // segments of a connection closed just before it must not be lost. The handle is non-blocking, so each
    // read returns at once; a bounded number of reads keeps a flooded interface from holding the stop up.
    constexpr int kMaxReads = 64;
    if (std::exchange(d->drained, true))
        return Status::Stopped;
    d->onFrame = &onFrame;
    for (int read = 0; read < kMaxReads; ++read) {
        const int result = d->api->dispatch(d->handle, -1, &Private::handlePacket, reinterpret_cast<u_char *>(d.get()));
        if (result != PCAP_ERROR_BREAK && result <= 0)
            break; // nothing left, or an error: the capture ends either way
    }
    d->onFrame = nullptr;
    return Status::Stopped;
}

void LiveSource::stop()
{
    d->stopRequested.store(true);
    if (d->handle)
        d->api->breakloop(d->handle);
}

CaptureStats LiveSource::stats() const
{
    CaptureStats out;
    pcap_stat s{};
    if (d->handle && d->api->stats(d->handle, &s) == 0) {
        out.received = s.ps_recv;
        out.dropped = s.ps_drop;
        out.interfaceDropped = s.ps_ifdrop;
    }
    return out;
}

int LiveSource::linkType() const
{
    return d->linkType;
}

int LiveSource::snapLength() const
{
    return d->snapLength;
}

const std::string &LiveSource::interfaceName() const
{
    return d->interfaceName;
}

} // namespace tcpladder::core
