/* SPDX-License-Identifier: GPL-3.0-or-later
 * A stand-in for Npcap's wpcap.dll, for the Windows tests under wine (no kernel driver there): it lists
 * one interface and "captures" by serving the frames of a classic pcap file named by the environment
 * variable TCPLADDER_STANDIN_CAPTURE, through exactly the live-capture calls that TCP Ladder loads at
 * run time (src/core/livepcapapi.h). Put where Npcap installs its DLL, %SystemRoot%\System32\Npcap, it
 * lets the Npcap loading, the interface picker, the capture worker, spooling and Save As run for real.
 * After the last frame it behaves like a quiet interface: nothing waiting, until pcap_breakloop(). */
#define pcap_EXPORTS /* libpcap's headers then declare the functions dllexport */
#include <pcap/pcap.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <windows.h>
#include <winsock2.h>

#define STANDIN_DEVICE "\\Device\\NPF_{7E57C0DE-0000-4000-8000-00000000CAFE}"
#define STANDIN_DESCRIPTION "Stand-in Ethernet adapter (TCP Ladder tests)"

struct pcap
{
    FILE *file;
    int swapped;
    int fileNanoseconds;
    int wantNanoseconds;
    int linkType;
    int snapLength;
    int activated;
    HANDLE event;
    volatile LONG breakRequested;
    unsigned long delivered;
    char error[PCAP_ERRBUF_SIZE];
    u_char *buffer;
};

static uint32_t field32(const struct pcap *p, uint32_t value)
{
    return p->swapped ? ((value >> 24) | ((value >> 8) & 0xff00u) | ((value << 8) & 0xff0000u) | (value << 24)) : value;
}

int pcap_findalldevs(pcap_if_t **all, char *errbuf)
{
    (void)errbuf;
    pcap_if_t *device = calloc(1, sizeof *device);
    pcap_addr_t *address = calloc(1, sizeof *address);
    struct sockaddr_in *inet = calloc(1, sizeof *inet);
    inet->sin_family = AF_INET;
    inet->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address->addr = (struct sockaddr *)inet;
    device->name = _strdup(STANDIN_DEVICE);
    device->description = _strdup(STANDIN_DESCRIPTION);
    device->addresses = address;
    device->flags = PCAP_IF_UP | PCAP_IF_RUNNING | PCAP_IF_CONNECTION_STATUS_CONNECTED;
    *all = device;
    return 0;
}

void pcap_freealldevs(pcap_if_t *all)
{
    while (all) {
        pcap_if_t *next = all->next;
        for (pcap_addr_t *a = all->addresses; a;) {
            pcap_addr_t *n = a->next;
            free(a->addr);
            free(a);
            a = n;
        }
        free(all->name);
        free(all->description);
        free(all);
        all = next;
    }
}

pcap_t *pcap_create(const char *source, char *errbuf)
{
    (void)errbuf;
    pcap_t *p = calloc(1, sizeof *p);
    p->snapLength = 262144;
    p->linkType = strcmp(source, STANDIN_DEVICE) == 0 ? 0 : -1; /* unknown devices fail in activate, as Npcap's do */
    return p;
}

int pcap_set_snaplen(pcap_t *p, int length) { p->snapLength = length; return 0; }
int pcap_set_promisc(pcap_t *p, int on) { (void)p; (void)on; return 0; }
int pcap_set_immediate_mode(pcap_t *p, int on) { (void)p; (void)on; return 0; }
int pcap_set_buffer_size(pcap_t *p, int size) { (void)p; (void)size; return 0; }
int pcap_set_timeout(pcap_t *p, int ms) { (void)p; (void)ms; return 0; }
int pcap_set_tstamp_precision(pcap_t *p, int precision) { p->wantNanoseconds = precision == PCAP_TSTAMP_PRECISION_NANO; return 0; }
int pcap_get_tstamp_precision(pcap_t *p) { return p->wantNanoseconds ? PCAP_TSTAMP_PRECISION_NANO : PCAP_TSTAMP_PRECISION_MICRO; }
int pcap_setnonblock(pcap_t *p, int on, char *errbuf) { (void)p; (void)on; (void)errbuf; return 0; }
int pcap_datalink(pcap_t *p) { return p->linkType; }
int pcap_snapshot(pcap_t *p) { return p->snapLength; }
char *pcap_geterr(pcap_t *p) { return p->error; }
HANDLE pcap_getevent(pcap_t *p) { return p->event; }

int pcap_activate(pcap_t *p)
{
    if (p->linkType < 0) {
        snprintf(p->error, sizeof p->error, "Error opening adapter: The system cannot find the device specified. (20)");
        return PCAP_ERROR_NO_SUCH_DEVICE;
    }
    wchar_t path[MAX_PATH * 2] = L"";
    const DWORD length = GetEnvironmentVariableW(L"TCPLADDER_STANDIN_CAPTURE", path, MAX_PATH * 2);
    p->file = length > 0 && length < MAX_PATH * 2 ? _wfopen(path, L"rb") : NULL;
    uint32_t header[6];
    if (!p->file || fread(header, 4, 6, p->file) != 6) {
        snprintf(p->error, sizeof p->error, "stand-in: TCPLADDER_STANDIN_CAPTURE names no readable pcap file");
        return PCAP_ERROR;
    }
    switch (header[0]) {
    case 0xa1b2c3d4u: break;
    case 0xd4c3b2a1u: p->swapped = 1; break;
    case 0xa1b23c4du: p->fileNanoseconds = 1; break;
    case 0x4d3cb2a1u: p->swapped = 1; p->fileNanoseconds = 1; break;
    default:
        snprintf(p->error, sizeof p->error, "stand-in: not a classic pcap file");
        return PCAP_ERROR;
    }
    p->linkType = (int)(field32(p, header[5]) & 0x03ffffffu);
    p->buffer = malloc(262144);
    p->event = CreateEventW(NULL, TRUE, TRUE, NULL); /* manual reset, set: frames are waiting */
    p->activated = 1;
    return 0;
}

int pcap_compile(pcap_t *p, struct bpf_program *program, const char *filter, int optimize, bpf_u_int32 netmask)
{
    (void)optimize;
    (void)netmask;
    program->bf_len = 0;
    program->bf_insns = NULL;
    if (strstr(filter, "==")) { /* what a student types from Wireshark's display filters */
        snprintf(p->error, sizeof p->error, "can't parse filter expression: syntax error");
        return -1;
    }
    return 0;
}

int pcap_setfilter(pcap_t *p, struct bpf_program *program) { (void)p; (void)program; return 0; }
void pcap_freecode(struct bpf_program *program) { (void)program; }

void pcap_breakloop(pcap_t *p)
{
    InterlockedExchange(&p->breakRequested, 1);
    if (p->event)
        SetEvent(p->event);
}

/* One frame per call, so that a test sees the capture running before it has everything. */
int pcap_dispatch(pcap_t *p, int count, pcap_handler callback, u_char *user)
{
    (void)count;
    if (InterlockedExchange(&p->breakRequested, 0))
        return PCAP_ERROR_BREAK;
    if (!p->activated)
        return PCAP_ERROR_NOT_ACTIVATED;
    uint32_t record[4];
    if (!p->file || fread(record, 4, 4, p->file) != 4) {
        ResetEvent(p->event);
        return 0;
    }
    struct pcap_pkthdr header;
    const uint32_t caplen = field32(p, record[2]);
    if (caplen > 262144 || fread(p->buffer, 1, caplen, p->file) != caplen) {
        ResetEvent(p->event);
        return 0;
    }
    uint32_t fraction = field32(p, record[1]);
    if (p->fileNanoseconds && !p->wantNanoseconds)
        fraction /= 1000;
    else if (!p->fileNanoseconds && p->wantNanoseconds)
        fraction *= 1000;
    header.ts.tv_sec = (long)field32(p, record[0]);
    header.ts.tv_usec = (long)fraction;
    header.caplen = caplen;
    header.len = field32(p, record[3]);
    ++p->delivered;
    callback(user, &header, p->buffer);
    return 1;
}

int pcap_stats(pcap_t *p, struct pcap_stat *stats)
{
    memset(stats, 0, sizeof *stats);
    stats->ps_recv = (u_int)p->delivered;
    return 0;
}

void pcap_close(pcap_t *p)
{
    if (p->file)
        fclose(p->file);
    if (p->event)
        CloseHandle(p->event);
    free(p->buffer);
    free(p);
}
