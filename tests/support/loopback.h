// SPDX-License-Identifier: GPL-3.0-or-later
// Plain POSIX sockets on 127.0.0.1 for the live-capture tests: a real TCP connection made by the
// kernel, with nothing of Qt's networking in between.
#pragma once

#include "livesource.h"

#include <QtGlobal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>

namespace tcpladder::testsupport {

// CI sets TCPLADDER_REQUIRE_LIVE=1: a live test that cannot capture must fail there, not skip.
inline bool liveRequired()
{
    return qEnvironmentVariableIntValue("TCPLADDER_REQUIRE_LIVE") == 1;
}

// A listening socket on 127.0.0.1 with a kernel-chosen port.
struct Listener
{
    int fd = -1;
    std::uint16_t port = 0;

    Listener()
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(fd, 4);
        socklen_t length = sizeof address;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
        port = ntohs(address.sin_port);
    }
    ~Listener() { ::close(fd); }
    Listener(const Listener &) = delete;
    Listener &operator=(const Listener &) = delete;
};

// A connected socket to 127.0.0.1:port, or -1.
inline int connectTo(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// One complete exchange on 127.0.0.1 (handshake, 4 bytes, both FINs) made by the kernel: the client's
// port, or 0 when it failed. It takes microseconds, so it falls inside any capture window however
// loaded the machine is.
inline std::uint16_t exchangeOnce(const Listener &listener)
{
    const int client = connectTo(listener.port);
    if (client < 0)
        return 0;
    sockaddr_in address{};
    socklen_t length = sizeof address;
    ::getsockname(client, reinterpret_cast<sockaddr *>(&address), &length);
    const int server = ::accept(listener.fd, nullptr, nullptr);
    char buffer[16];
    const bool ok = server >= 0 && ::send(client, "ping", 4, 0) == 4 && ::recv(server, buffer, sizeof buffer, 0) == 4;
    ::close(client);
    if (server >= 0) {
        (void)::recv(server, buffer, sizeof buffer, 0); // the client's FIN: the exchange is over
        ::close(server);
    }
    return ok ? ntohs(address.sin_port) : 0;
}

// A capture of the loopback interface that sees only the connections to `port`.
inline core::LiveOptions loopbackOn(std::uint16_t port)
{
    core::LiveOptions options;
    options.interfaceName = "lo";
    options.filter = "tcp port " + std::to_string(port);
    return options;
}

// A client that sends as fast as it can to an accepted server socket that drains it, until stop() (or
// destruction): traffic to stop a capture in the middle of.
class BulkTransfer
{
public:
    explicit BulkTransfer(const Listener &listener)
        : m_client(connectTo(listener.port)),
          m_server(::accept(listener.fd, nullptr, nullptr))
    {
        m_sender = std::thread([this] {
            const std::string chunk(1000, 'x');
            while (m_sending)
                ::send(m_client, chunk.data(), chunk.size(), MSG_DONTWAIT);
        });
        m_drain = std::thread([this] {
            char buffer[65536];
            while (::recv(m_server, buffer, sizeof buffer, 0) > 0) { }
        });
    }
    ~BulkTransfer() { stop(); }
    BulkTransfer(const BulkTransfer &) = delete;
    BulkTransfer &operator=(const BulkTransfer &) = delete;

    bool connected() const { return m_client >= 0 && m_server >= 0; }

    void stop()
    {
        if (!m_sender.joinable())
            return;
        m_sending = false;
        m_sender.join();
        ::shutdown(m_client, SHUT_RDWR);
        ::close(m_client);
        m_drain.join();
        ::close(m_server);
    }

private:
    int m_client;
    int m_server;
    std::atomic<bool> m_sending{true};
    std::thread m_sender;
    std::thread m_drain;
};

} // namespace tcpladder::testsupport
