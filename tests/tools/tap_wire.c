// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * tap_wire: a user-space Ethernet "wire" between two TAP devices, for test captures on a
 * kernel without tc netem (and without nft queue support).
 *
 *   tap_wire -a TAP_A -b TAP_B -d DELAY_MS [-j JITTER_MS] [-l LOSS_PERCENT] [-r RATE_KBIT]
 *            [-s SEED] [-o] [-v]
 *
 * Creates TAP_A and TAP_B, prints "ready" on stdout, then copies every frame from one to
 * the other after DELAY +/- JITTER ms (per direction, uniform). By default a frame never
 * overtakes the one before it (a single path); with -o, jitter larger than the frame
 * spacing reorders frames, as on a multi-path link. LOSS drops that share of
 * frames at random; RATE serialises frames at a bottleneck (0 = unlimited), which with a
 * 1000-frame queue limit also gives tail drops under load. The caller moves the two
 * devices into their network namespaces; the open file descriptors keep working there.
 * Stops on SIGINT/SIGTERM.
 *
 * Build: gcc -O2 -Wall -o tap_wire tap_wire.c
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#define MAX_FRAME 2048
#define MAX_HELD 1000

struct frame {
    uint64_t due_ns;
    uint64_t seq; /* tie-break so equal due times keep arrival order */
    int out_fd;
    size_t len;
    unsigned char data[MAX_FRAME];
};

/* One min-heap on (due_ns, seq) holds the frames of both directions. */
static struct frame *g_heap[2 * MAX_HELD];
static size_t g_count;
static size_t g_held[2];

static double g_delay_ms, g_jitter_ms, g_loss_pct, g_rate_kbit;
static int g_verbose;
static volatile sig_atomic_t g_stop;
static uint64_t g_seq;
static uint64_t g_link_free_ns[2]; /* when each direction's bottleneck is next idle */
static uint64_t g_last_due_ns[2];  /* FIFO mode: a frame never overtakes the previous one */
static int g_reorder;
static unsigned long g_passed[2], g_lost[2], g_tail[2], g_unwritten[2];

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static int earlier(const struct frame *x, const struct frame *y)
{
    return x->due_ns < y->due_ns || (x->due_ns == y->due_ns && x->seq < y->seq);
}

static void heap_push(struct frame *f)
{
    size_t i = g_count++;
    g_heap[i] = f;
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!earlier(g_heap[i], g_heap[parent]))
            break;
        struct frame *tmp = g_heap[parent];
        g_heap[parent] = g_heap[i];
        g_heap[i] = tmp;
        i = parent;
    }
}

static struct frame *heap_pop(void)
{
    struct frame *top = g_heap[0];
    g_heap[0] = g_heap[--g_count];
    size_t i = 0;
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < g_count && earlier(g_heap[l], g_heap[m]))
            m = l;
        if (r < g_count && earlier(g_heap[r], g_heap[m]))
            m = r;
        if (m == i)
            break;
        struct frame *tmp = g_heap[m];
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

static int open_tap(const char *name)
{
    int fd = open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        perror("open /dev/net/tun");
        exit(1);
    }
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    ifr.ifr_flags = IFF_TAP | IFF_NO_PI;
    snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", name);
    if (ioctl(fd, TUNSETIFF, &ifr) < 0) {
        perror("TUNSETIFF");
        exit(1);
    }
    return fd;
}

/* Reads one frame from direction dir's input and schedules (or drops) it. */
static void take_frame(int in_fd, int out_fd, int dir)
{
    struct frame *f = malloc(sizeof *f);
    if (!f)
        return;
    ssize_t n = read(in_fd, f->data, sizeof f->data);
    if (n <= 0) {
        free(f);
        return;
    }
    f->len = (size_t)n;
    f->out_fd = out_fd;
    f->seq = g_seq++;
    if (g_loss_pct > 0 && uniform01() * 100.0 < g_loss_pct) {
        ++g_lost[dir];
        free(f);
        return;
    }
    if (g_held[dir] >= MAX_HELD) {
        ++g_tail[dir];
        free(f);
        return;
    }
    uint64_t t = now_ns();
    uint64_t leave = t;
    if (g_rate_kbit > 0) {
        uint64_t start = g_link_free_ns[dir] > t ? g_link_free_ns[dir] : t;
        leave = start + (uint64_t)((double)f->len * 8.0 * 1e6 / g_rate_kbit);
        g_link_free_ns[dir] = leave;
    }
    double ms = g_delay_ms + (uniform01() * 2.0 - 1.0) * g_jitter_ms;
    if (ms < 0)
        ms = 0;
    f->due_ns = leave + (uint64_t)(ms * 1e6);
    if (!g_reorder && f->due_ns < g_last_due_ns[dir])
        f->due_ns = g_last_due_ns[dir];
    g_last_due_ns[dir] = f->due_ns;
    ++g_held[dir];
    heap_push(f);
}

static void on_signal(int sig)
{
    (void)sig;
    g_stop = 1;
}

static void usage(const char *argv0)
{
    fprintf(stderr,
            "usage: %s -a TAP_A -b TAP_B -d DELAY_MS [-j JITTER_MS] [-l LOSS_PERCENT] [-r RATE_KBIT] [-s SEED] [-o] [-v]\n",
            argv0);
    exit(2);
}

int main(int argc, char **argv)
{
    const char *name_a = NULL, *name_b = NULL;
    unsigned seed = (unsigned)time(NULL) ^ (unsigned)getpid();
    int opt;
    while ((opt = getopt(argc, argv, "a:b:d:j:l:r:s:ov")) != -1) {
        switch (opt) {
        case 'a': name_a = optarg; break;
        case 'b': name_b = optarg; break;
        case 'd': g_delay_ms = atof(optarg); break;
        case 'j': g_jitter_ms = atof(optarg); break;
        case 'l': g_loss_pct = atof(optarg); break;
        case 'r': g_rate_kbit = atof(optarg); break;
        case 's': seed = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'o': g_reorder = 1; break;
        case 'v': g_verbose = 1; break;
        default: usage(argv[0]);
        }
    }
    if (!name_a || !name_b)
        usage(argv[0]);
    srandom(seed);

    int fd[2] = { open_tap(name_a), open_tap(name_b) };

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    printf("ready\n");
    fflush(stdout);

    while (!g_stop) {
        uint64_t t = now_ns();
        while (g_count > 0 && g_heap[0]->due_ns <= t) {
            struct frame *f = heap_pop();
            --g_held[f->out_fd == fd[1] ? 0 : 1];
            /* A full TAP queue on the far side behaves like a drop on the wire. */
            if (write(f->out_fd, f->data, f->len) >= 0)
                ++g_passed[f->out_fd == fd[1] ? 0 : 1];
            else
                ++g_unwritten[f->out_fd == fd[1] ? 0 : 1];
            free(f);
        }
        uint64_t wait = 200000000ull;
        if (g_count > 0)
            wait = g_heap[0]->due_ns > t ? g_heap[0]->due_ns - t : 0;
        struct timespec timeout = { (time_t)(wait / 1000000000ull), (long)(wait % 1000000000ull) };
        struct pollfd pfd[2] = { { fd[0], POLLIN, 0 }, { fd[1], POLLIN, 0 } };
        int rc = ppoll(pfd, 2, &timeout, NULL);
        if (rc < 0) {
            if (errno == EINTR)
                continue;
            perror("ppoll");
            break;
        }
        /* Drain both sides fully so bursts are timestamped when they arrive, not later. */
        for (int side = 0; side < 2; ++side) {
            if (!(pfd[side].revents & POLLIN))
                continue;
            for (int k = 0; k < 256; ++k) {
                size_t before = g_seq;
                take_frame(fd[side], fd[1 - side], side);
                if (g_seq == before)
                    break;
            }
        }
    }

    if (g_verbose)
        fprintf(stderr, "tap_wire: a->b passed %lu lost %lu tail-dropped %lu unwritten %lu; "
                        "b->a passed %lu lost %lu tail-dropped %lu unwritten %lu\n",
                g_passed[0], g_lost[0], g_tail[0], g_unwritten[0], g_passed[1], g_lost[1], g_tail[1], g_unwritten[1]);
    while (g_count > 0)
        free(heap_pop());
    close(fd[0]);
    close(fd[1]);
    return 0;
}
