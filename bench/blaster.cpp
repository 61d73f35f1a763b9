// SPDX-License-Identifier: GPL-3.0-or-later
// Sends UDP datagrams over loopback at a fixed rate for a bounded time, for the live-capture
// benchmark: blaster [RATE_PER_S [SECONDS [PAYLOAD_BYTES]]] (defaults 100000, 30, 64). It also
// binds the destination port itself, so the kernel answers with no ICMP "port unreachable".
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

int main(int argc, char **argv)
{
    const long rate = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 100000;
    const long seconds = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 30;
    const long payload = argc > 3 ? std::strtol(argv[3], nullptr, 10) : 64;
    if (rate <= 0 || rate > 10'000'000 || seconds <= 0 || seconds > 3600 || payload < 0 || payload > 1400) {
        std::fprintf(stderr, "usage: blaster [RATE_PER_S (<= 1e7) [SECONDS (<= 3600) [PAYLOAD (<= 1400)]]]\n");
        return 2;
    }
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(9);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int sink = socket(AF_INET, SOCK_DGRAM, 0);
    if (sink < 0 || bind(sink, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0)
        std::perror("blaster: binding the sink (ICMP replies will follow)");
    const int out = socket(AF_INET, SOCK_DGRAM, 0);
    if (out < 0 || connect(out, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0) {
        std::perror("blaster");
        return 1;
    }
    std::vector<char> data(static_cast<std::size_t>(payload), 'x');
    // Bursts every millisecond: finer pacing costs more in sleeps than it buys in smoothness.
    const long perTick = rate / 1000;
    const long total = rate * seconds;
    timespec next{};
    clock_gettime(CLOCK_MONOTONIC, &next);
    const timespec start = next;
    long sent = 0;
    long failed = 0;
    while (sent + failed < total) {
        for (long i = 0; i < perTick && sent + failed < total; ++i) {
            if (send(out, data.data(), data.size(), 0) < 0)
                ++failed;
            else
                ++sent;
        }
        next.tv_nsec += 1'000'000;
        if (next.tv_nsec >= 1'000'000'000) {
            next.tv_nsec -= 1'000'000'000;
            ++next.tv_sec;
        }
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, nullptr);
    }
    timespec end{};
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double elapsed = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    std::printf("blaster: %ld datagrams sent in %.2f s (%.0f/s), %ld send errors\n", sent, elapsed,
                double(sent) / elapsed, failed);
    close(out);
    if (sink >= 0)
        close(sink);
    return 0;
}
