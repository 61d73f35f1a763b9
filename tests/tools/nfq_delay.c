// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * nfq_delay: a user-space "wire" for test captures on a kernel without tc netem.
 *
 * Packets sent to an NFQUEUE are held for delay +/- jitter milliseconds before an
 * NF_ACCEPT verdict; a percentage can be dropped instead. Verdicts are issued in
 * release-time order, not arrival order, so jitter larger than the packet spacing
 * reorders packets like a real multi-path link would.
 *
 *   nfq_delay -q QUEUE -d DELAY_MS [-j JITTER_MS] [-l LOSS_PERCENT] [-s SEED] [-v]
 *
 * Build: gcc -O2 -Wall -o nfq_delay nfq_delay.c -lnetfilter_queue -lnfnetlink
 * Stops on SIGINT/SIGTERM after releasing every held packet.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <linux/netfilter.h>
#include <libnetfilter_queue/libnetfilter_queue.h>

#define MAX_HELD 65536

struct held {
    uint64_t due_ns;
    uint32_t id;
};

/* Binary min-heap on due_ns: the next packet to release is always at the top. */
static struct held g_heap[MAX_HELD];
static size_t g_count;

static double g_delay_ms;
static double g_jitter_ms;
static double g_loss_pct;
static int g_verbose;
static volatile sig_atomic_t g_stop;
static unsigned long g_seen, g_dropped, g_overflow;

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void heap_push(struct held h)
{
    size_t i = g_count++;
    g_heap[i] = h;
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (g_heap[parent].due_ns <= g_heap[i].due_ns)
            break;
        struct held tmp = g_heap[parent];
        g_heap[parent] = g_heap[i];
        g_heap[i] = tmp;
        i = parent;
    }
}

static struct held heap_pop(void)
{
    struct held top = g_heap[0];
    g_heap[0] = g_heap[--g_count];
    size_t i = 0;
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < g_count && g_heap[l].due_ns < g_heap[m].due_ns)
            m = l;
        if (r < g_count && g_heap[r].due_ns < g_heap[m].due_ns)
            m = r;
        if (m == i)
            break;
        struct held tmp = g_heap[m];
        g_heap[m] = g_heap[i];
        g_heap[i] = tmp;
        i = m;
    }
    return top;
}

static double uniform01(void)
{
    return (double)random() / ((double)RAND_MAX + 1.0);
}

static int on_packet(struct nfq_q_handle *qh, struct nfgenmsg *msg, struct nfq_data *nfa, void *data)
{
    (void)msg;
    (void)data;
    struct nfqnl_msg_packet_hdr *ph = nfq_get_msg_packet_hdr(nfa);
    if (!ph)
        return 0;
    uint32_t id = ntohl(ph->packet_id);
    ++g_seen;

    if (g_loss_pct > 0 && uniform01() * 100.0 < g_loss_pct) {
        ++g_dropped;
        return nfq_set_verdict(qh, id, NF_DROP, 0, NULL);
    }
    if (g_count >= MAX_HELD) {
        /* Never block the kernel queue: an overfull wire passes packets straight through. */
        ++g_overflow;
        return nfq_set_verdict(qh, id, NF_ACCEPT, 0, NULL);
    }
    double ms = g_delay_ms + (uniform01() * 2.0 - 1.0) * g_jitter_ms;
    if (ms < 0)
        ms = 0;
    struct held h = { now_ns() + (uint64_t)(ms * 1e6), id };
    heap_push(h);
    return 0;
}

static void on_signal(int sig)
{
    (void)sig;
    g_stop = 1;
}

static void usage(const char *argv0)
{
    fprintf(stderr, "usage: %s -q QUEUE -d DELAY_MS [-j JITTER_MS] [-l LOSS_PERCENT] [-s SEED] [-v]\n", argv0);
    exit(2);
}

int main(int argc, char **argv)
{
    int queue = -1;
    unsigned seed = (unsigned)time(NULL) ^ (unsigned)getpid();
    int opt;
    while ((opt = getopt(argc, argv, "q:d:j:l:s:v")) != -1) {
        switch (opt) {
        case 'q': queue = atoi(optarg); break;
        case 'd': g_delay_ms = atof(optarg); break;
        case 'j': g_jitter_ms = atof(optarg); break;
        case 'l': g_loss_pct = atof(optarg); break;
        case 's': seed = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'v': g_verbose = 1; break;
        default: usage(argv[0]);
        }
    }
    if (queue < 0 || queue > 65535)
        usage(argv[0]);
    srandom(seed);

    struct nfq_handle *h = nfq_open();
    if (!h) {
        perror("nfq_open");
        return 1;
    }
    struct nfq_q_handle *qh = nfq_create_queue(h, (uint16_t)queue, &on_packet, NULL);
    if (!qh) {
        perror("nfq_create_queue");
        return 1;
    }
    /* Only the verdict matters; the packet bytes stay in the kernel. */
    if (nfq_set_mode(qh, NFQNL_COPY_META, 0) < 0) {
        perror("nfq_set_mode");
        return 1;
    }
    nfq_set_queue_maxlen(qh, MAX_HELD);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    int fd = nfq_fd(h);
    static char buf[65536] __attribute__((aligned));
    fprintf(stderr, "nfq_delay: queue %d delay %.1f ms jitter %.1f ms loss %.1f%%\n", queue, g_delay_ms, g_jitter_ms,
            g_loss_pct);

    while (!g_stop || g_count > 0) {
        uint64_t t = now_ns();
        while (g_count > 0 && (g_heap[0].due_ns <= t || g_stop)) {
            struct held rel = heap_pop();
            nfq_set_verdict(qh, rel.id, NF_ACCEPT, 0, NULL);
        }
        uint64_t wait = 200000000ull;
        if (g_count > 0)
            wait = g_heap[0].due_ns > t ? g_heap[0].due_ns - t : 0;
        if (g_stop)
            continue;
        struct timespec timeout = { (time_t)(wait / 1000000000ull), (long)(wait % 1000000000ull) };
        struct pollfd pfd = { fd, POLLIN, 0 };
        int rc = ppoll(&pfd, 1, &timeout, NULL);
        if (rc < 0) {
            if (errno == EINTR)
                continue;
            perror("poll");
            break;
        }
        if (rc > 0) {
            ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n > 0)
                nfq_handle_packet(h, buf, (int)n);
            else if (n < 0 && errno == ENOBUFS && g_verbose)
                fprintf(stderr, "nfq_delay: netlink ENOBUFS (kernel queue overran)\n");
        }
    }

    if (g_verbose)
        fprintf(stderr, "nfq_delay: queue %d saw %lu packets, dropped %lu, passed unheld %lu\n", queue, g_seen,
                g_dropped, g_overflow);
    nfq_destroy_queue(qh);
    nfq_close(h);
    return 0;
}
