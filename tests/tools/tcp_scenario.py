#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Exactly-controlled TCP endpoints for the test captures (stdlib only).

    tcp_scenario.py server SCENARIO ADDR PORT
    tcp_scenario.py client SCENARIO ADDR PORT

Both sides of a scenario run the same timeline, so which side sends FIN/RST first and
which segments carry data is decided here and nowhere else. The HTTP-like text only makes
the payload recognisable in Wireshark; nothing parses it beyond the blank line.
"""
import os
import socket
import struct
import sys
import threading
import time

CLIENT_PORT_REUSED = 40000
REUSE_COUNT = 6
MANY_COUNT = 10
# TCPLADDER_BULK_BYTES makes a smaller transfer (the two-capture pairs keep to a few hundred segments).
BULK_BYTES = int(os.environ.get("TCPLADDER_BULK_BYTES", 360 * 1024))
ZERO_WINDOW_BYTES = 120_000


def body(n, tag):
    line = (f"{tag} " * 16)[:63] + "\n"
    return (line * (n // len(line) + 1))[:n].encode()


def request(host, path="/index.html", extra=""):
    return (f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: tcpladder-test\r\n"
            f"Accept: */*\r\n{extra}\r\n").encode()


def response(payload, close=False):
    head = (f"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {len(payload)}\r\n"
            f"Connection: {'close' if close else 'keep-alive'}\r\n\r\n")
    return head.encode() + payload


def read_request(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            return None
        data += chunk
    return data


def read_exact(conn, n):
    got = 0
    while got < n:
        chunk = conn.recv(min(65536, n - got))
        if not chunk:
            break
        got += len(chunk)
    return got


def read_response(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            return data
        data += chunk
    head, rest = data.split(b"\r\n\r\n", 1)
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    read_exact(conn, length - len(rest))
    return head


def read_to_eof(conn):
    while conn.recv(65536):
        pass


def family(addr):
    return socket.AF_INET6 if ":" in addr else socket.AF_INET


def listener(addr, port):
    s = socket.socket(family(addr), socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, port))
    s.listen(64)
    return s


def connect(addr, port, local_port=0):
    s = socket.socket(family(addr), socket.SOCK_STREAM)
    if local_port:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("", local_port))
    s.connect((addr, port))
    return s


def sleep_until(epoch):
    # Both namespaces share the host clock, so one absolute instant is the same on both ends.
    time.sleep(max(0.0, epoch - time.time()))


def abort(sock):
    # Linger on with a zero timeout: close() sends RST instead of FIN.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


# --- server side ---------------------------------------------------------------------------

def serve_one(conn, scenario):
    if scenario in ("client-close", "ipv6", "any-sll2", "many"):
        read_request(conn)
        conn.sendall(response(body(1200, "hello")))
        read_to_eof(conn)          # the client's FIN ...
        conn.close()               # ... answered at once, so our FIN carries the ACK
    elif scenario in ("server-close", "reuse"):
        read_request(conn)
        conn.sendall(response(body(900, "bye"), close=True))
        time.sleep(0.1)            # data acknowledged before our FIN goes out
        conn.close()
    elif scenario == "half-close":
        read_request(conn)
        read_to_eof(conn)          # client did shutdown(SHUT_WR)
        for i in range(5):
            time.sleep(0.1)
            conn.sendall(body(1000, f"chunk{i}"))
        time.sleep(0.1)
        conn.close()
    elif scenario == "rst-abort":
        read_request(conn)
        conn.sendall(response(body(3000, "partial")))
        try:
            read_to_eof(conn)
        except ConnectionResetError:
            pass
        conn.close()
    elif scenario == "bulk":
        read_request(conn)
        conn.sendall(response(body(BULK_BYTES, "bulk")))
        read_to_eof(conn)
        conn.close()
    elif scenario == "zero-window":
        read_request(conn)
        conn.sendall(response(body(ZERO_WINDOW_BYTES, "fill")))
        read_to_eof(conn)
        conn.close()
    elif scenario == "keep-alive":
        read_request(conn)
        conn.sendall(response(body(300, "alive")))
        read_to_eof(conn)
        conn.close()
    elif scenario == "fin-data":
        # Corked: the response waits in the send queue, so close() puts the FIN on its last
        # data segment (FIN, PSH, ACK with payload) instead of sending a bare FIN after it.
        read_request(conn)
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1)
        conn.sendall(response(body(600, "last"), close=True))
        conn.close()
    elif scenario == "crossing-fin":
        # Both ends shutdown(SHUT_WR) at the instant the client named: the FINs cross on the wire.
        req = read_request(conn)
        close_at = float(req.split(b"X-Close-At: ", 1)[1].split(b"\r\n", 1)[0])
        conn.sendall(response(body(300, "cross")))
        sleep_until(close_at)
        conn.shutdown(socket.SHUT_WR)
        read_to_eof(conn)
        conn.close()
    elif scenario == "mid":
        while True:
            req = read_request(conn)
            if req is None:
                break
            conn.sendall(response(body(400, "tick")))
        conn.close()
    else:
        raise SystemExit(f"unknown scenario {scenario}")


def server(scenario, addr, port):
    count = {"reuse": REUSE_COUNT, "many": MANY_COUNT}.get(scenario, 1)
    lsock = listener(addr, port)
    threads = []
    for _ in range(count):
        conn, _peer = lsock.accept()
        t = threading.Thread(target=serve_one, args=(conn, scenario))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    lsock.close()


# --- client side ---------------------------------------------------------------------------

def simple_exchange(addr, port, host):
    s = connect(addr, port)
    s.sendall(request(host))
    read_response(s)
    time.sleep(0.05)
    s.close()


def client(scenario, addr, port):
    host = f"[{addr}]" if ":" in addr else addr
    if scenario in ("client-close", "ipv6", "any-sll2"):
        simple_exchange(addr, port, host)
    elif scenario == "server-close":
        s = connect(addr, port)
        s.sendall(request(host, extra="Connection: close\r\n"))
        read_to_eof(s)
        time.sleep(0.2)            # our ACK of the FIN goes out alone: 4-segment teardown
        s.close()
    elif scenario == "half-close":
        s = connect(addr, port)
        s.sendall(request(host, "/stream"))
        s.shutdown(socket.SHUT_WR)
        read_to_eof(s)
        time.sleep(0.05)
        s.close()
    elif scenario == "rst-abort":
        s = connect(addr, port)
        s.sendall(request(host, "/large"))
        read_response(s)
        time.sleep(0.1)
        abort(s)
    elif scenario == "bulk":
        s = connect(addr, port)
        s.sendall(request(host, "/bulk.bin"))
        read_response(s)
        time.sleep(0.05)
        s.close()
    elif scenario == "reuse":
        for i in range(REUSE_COUNT):
            s = connect(addr, port, CLIENT_PORT_REUSED)
            s.sendall(request(host, f"/item/{i}", "Connection: close\r\n"))
            read_to_eof(s)
            time.sleep(0.1)
            s.close()
            time.sleep(0.3)
    elif scenario == "many":
        threads = [threading.Thread(target=simple_exchange, args=(addr, port, host)) for _ in range(MANY_COUNT)]
        for i, t in enumerate(threads):
            t.start()
            time.sleep(0.007 * (i % 3))   # staggered like a browser opening parallel fetches
        for t in threads:
            t.join()
    elif scenario == "mid":
        s = connect(addr, port)
        time.sleep(2.5)            # the capture starts during this idle time
        for i in range(5):
            s.sendall(request(host, f"/poll/{i}"))
            read_response(s)
            time.sleep(0.2)
        s.close()
    elif scenario == "zero-window":
        # A tiny receive buffer and a reader that pauses: the window closes, the server probes it.
        s = socket.socket(family(addr), socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.connect((addr, port))
        s.sendall(request(host, "/slow-reader"))
        time.sleep(1.5)
        read_response(s)
        time.sleep(0.05)
        s.close()
    elif scenario == "keep-alive":
        # Keep-alive probes after 1 s idle (seq = next - 1, no data), then the request.
        s = connect(addr, port)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 1)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 1)
        time.sleep(2.6)
        s.sendall(request(host, "/after-idle"))
        read_response(s)
        time.sleep(0.05)
        s.close()
    elif scenario == "fin-data":
        s = connect(addr, port)
        s.sendall(request(host, extra="Connection: close\r\n"))
        read_to_eof(s)
        time.sleep(0.2)
        s.close()
    elif scenario == "crossing-fin":
        s = connect(addr, port)
        close_at = time.time() + 0.4     # well after the response has arrived
        s.sendall(request(host, "/cross", f"X-Close-At: {close_at:.6f}\r\n"))
        read_response(s)
        sleep_until(close_at)
        s.shutdown(socket.SHUT_WR)
        read_to_eof(s)
        s.close()
    elif scenario == "refused":
        try:
            connect(addr, port).close()
        except ConnectionRefusedError:
            pass
    else:
        raise SystemExit(f"unknown scenario {scenario}")


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] not in ("server", "client"):
        raise SystemExit(__doc__)
    role, scen, address, prt = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    (server if role == "server" else client)(scen, address, prt)
