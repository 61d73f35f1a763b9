// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <pcap/pcap.h>

#include <string>

namespace tcpladder::core {

// What to tell a Windows user whose machine has no Npcap (shown by the capture dialog and the CLI).
inline constexpr const char *kNpcapMissingMessage =
    "Live capture needs Npcap, which is not installed: download it from https://npcap.com and run its "
    "installer (the defaults are fine). Opening capture files works without it.";

// The libpcap calls that live capture makes, and only those. Reading files uses the libpcap linked into
// the program; on Windows that is an offline-only build, and live capture goes through Npcap's wpcap.dll,
// loaded at run time from %SystemRoot%\System32\Npcap so that a student who was only sent a capture file
// never has to install a kernel driver. A pcap_t from this table is only ever passed back to this table.
struct LivePcapApi
{
    int (*findalldevs)(pcap_if_t **, char *);
    void (*freealldevs)(pcap_if_t *);
    pcap_t *(*create)(const char *, char *);
    int (*set_snaplen)(pcap_t *, int);
    int (*set_promisc)(pcap_t *, int);
    int (*set_immediate_mode)(pcap_t *, int);
    int (*set_buffer_size)(pcap_t *, int);
    int (*set_timeout)(pcap_t *, int);
    int (*set_tstamp_precision)(pcap_t *, int);
    int (*get_tstamp_precision)(pcap_t *);
    int (*activate)(pcap_t *);
    int (*setnonblock)(pcap_t *, int, char *);
    int (*datalink)(pcap_t *);
    int (*snapshot)(pcap_t *);
    int (*compile)(pcap_t *, bpf_program *, const char *, int, bpf_u_int32);
    int (*setfilter)(pcap_t *, bpf_program *);
    void (*freecode)(bpf_program *);
    int (*dispatch)(pcap_t *, int, pcap_handler, u_char *);
    void (*breakloop)(pcap_t *);
    int (*stats)(pcap_t *, pcap_stat *);
    char *(*geterr)(pcap_t *);
    void (*close)(pcap_t *);
#if defined(_WIN32)
    void *(*getevent)(pcap_t *); // HANDLE
#else
    int (*get_selectable_fd)(pcap_t *);
#endif
};

// The table, or nullptr with kNpcapMissingMessage (or what is wrong with the installed Npcap) in `error`.
// On Windows a failed load is tried again at the next call, so installing Npcap while the app runs works.
const LivePcapApi *livePcapApi(std::string &error);

} // namespace tcpladder::core
