#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Both ends of the hostname captures (run by make_hostname_captures.sh inside a namespace).

  hostname_peers.py dns-server      answers the names in ZONE over UDP and TCP on 127.0.0.53:53
  hostname_peers.py echo-server     TCP 8080 on every address: reads to EOF, answers "ok"
  hostname_peers.py client dns|tls|http   the user's side of one capture
"""
import socket
import socketserver
import ssl
import struct
import subprocess
import sys
import threading
import time

DNS_ADDR = "127.0.0.53"
ECHO_PORT = 8080

# name -> answer records: ("CNAME", target) or ("A"/"AAAA", address)
ZONE = {
    "www.example.com": [("CNAME", "www.example.com.cdn.example.net"), ("A", "192.0.2.10")],
    "v6.example.com": [("AAAA", "2001:db8::10")],
    "tcp.example.com": [("A", "192.0.2.11")],
    "first.example.com": [("A", "192.0.2.12")],
    "second.example.com": [("A", "192.0.2.12")],
    "late.example.com": [("A", "192.0.2.13")],
    "tls-host.example.com": [("A", "192.0.2.20")],
    "web-host.example.com": [("A", "192.0.2.30")],
}


def encode_name(name):
    return b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"


def answer(query):
    qid, _flags, qd = struct.unpack("!HHH", query[:6])
    at, labels = 12, []
    while query[at]:
        labels.append(query[at + 1:at + 1 + query[at]].decode())
        at += 1 + query[at]
    question = query[12:at + 5]
    name = ".".join(labels).lower()
    records = ZONE.get(name, [])
    body = b""
    owner = b"\xc0\x0c"  # pointer to the question's name
    for kind, value in records:
        if kind == "CNAME":
            rdata = encode_name(value)
            body += owner + struct.pack("!HHIH", 5, 1, 60, len(rdata)) + rdata
            owner = encode_name(value)
        elif kind == "A":
            body += owner + struct.pack("!HHIH", 1, 1, 60, 4) + socket.inet_pton(socket.AF_INET, value)
        else:
            body += owner + struct.pack("!HHIH", 28, 1, 60, 16) + socket.inet_pton(socket.AF_INET6, value)
    rcode = 0 if records else 3
    header = struct.pack("!HHHHHH", qid, 0x8180 | rcode, qd, len(records), 0, 0)
    return header + question + body


def dns_server():
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind((DNS_ADDR, 53))
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    tcp.bind((DNS_ADDR, 53))
    tcp.listen()

    def serve_tcp():
        while True:
            conn, _ = tcp.accept()
            with conn:
                length = struct.unpack("!H", conn.recv(2))[0]
                query = b""
                while len(query) < length:
                    query += conn.recv(length - len(query))
                reply = answer(query)
                conn.sendall(struct.pack("!H", len(reply)) + reply)

    threading.Thread(target=serve_tcp, daemon=True).start()
    while True:
        query, peer = udp.recvfrom(512)
        udp.sendto(answer(query), peer)


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        while self.request.recv(4096):
            pass
        self.request.sendall(b"ok\n")


class Echo4(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class Echo6(Echo4):
    address_family = socket.AF_INET6

    def server_bind(self):
        self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        super().server_bind()


def echo_server():
    servers = [Echo4(("0.0.0.0", ECHO_PORT), Echo), Echo6(("::", ECHO_PORT), Echo)]
    for s in servers[1:]:
        threading.Thread(target=s.serve_forever, daemon=True).start()
    servers[0].serve_forever()


def lookup(name, qtype=1, over_tcp=False):
    query = struct.pack("!HHHHHH", 0x4242, 0x0100, 1, 0, 0, 0) + encode_name(name) + struct.pack("!HH", qtype, 1)
    if over_tcp:
        with socket.create_connection((DNS_ADDR, 53), source_address=("127.0.0.1", 0)) as s:
            s.sendall(struct.pack("!H", len(query)) + query)
            s.recv(4096)
    else:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.bind(("127.0.0.1", 0))
            s.sendto(query, (DNS_ADDR, 53))
            s.recv(4096)
    time.sleep(0.05)


def source_for(addr):
    return ("::1", 0) if ":" in addr else ("127.0.0.1", 0)


def talk(addr, port=ECHO_PORT, data=b"hello\n"):
    with socket.create_connection((addr, port), source_address=source_for(addr)) as s:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        while s.recv(4096):
            pass
    time.sleep(0.05)


def client_dns():
    lookup("www.example.com")                 # stream 0: CNAME chain, named after the query
    talk("192.0.2.10")
    lookup("v6.example.com", qtype=28)        # stream 1: AAAA
    talk("2001:db8::10")
    lookup("tcp.example.com", over_tcp=True)  # stream 2 is the DNS-over-TCP exchange itself
    talk("192.0.2.11")                        # stream 3
    lookup("first.example.com")               # stream 4
    talk("192.0.2.12")
    lookup("second.example.com")              # stream 5: the newer name for the same address
    talk("192.0.2.12")
    late = socket.create_connection(("192.0.2.13", ECHO_PORT), source_address=("127.0.0.1", 0))  # stream 6
    time.sleep(0.05)
    lookup("late.example.com")                # answered after stream 6 began: does not name it
    late.sendall(b"hello\n")
    late.shutdown(socket.SHUT_WR)
    while late.recv(4096):
        pass
    late.close()
    talk("192.0.2.13")                        # stream 7


def tls_split(addr, port, name):
    """A TLS client whose ClientHello goes out in 100-byte pieces, so its SNI sits in a later segment."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = ctx.wrap_bio(incoming, outgoing, server_hostname=name)
    with socket.create_connection((addr, port), source_address=("127.0.0.1", 0)) as s:
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        first = True
        while True:
            try:
                tls.do_handshake()
                done = True
            except ssl.SSLWantReadError:
                done = False
            data = outgoing.read()
            if first:
                for at in range(0, len(data), 100):
                    s.sendall(data[at:at + 100])
                    time.sleep(0.02)  # each piece its own segment
                first = False
            elif data:
                s.sendall(data)
            if done:
                break
            incoming.write(s.recv(65536))
        tls.write(b"GET / HTTP/1.0\r\n\r\n")
        s.sendall(outgoing.read())
        time.sleep(0.1)
    time.sleep(0.05)


def s_client(args):
    subprocess.run(["openssl", "s_client", "-connect", "192.0.2.20:4433", "-bind", "127.0.0.1:0"] + args,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    time.sleep(0.05)


def client_tls():
    lookup("tls-host.example.com")
    s_client(["-servername", "www.example.org"])  # stream 0: SNI beats the DNS name
    tls_split("192.0.2.20", 4433, "split.example.org")  # stream 1: SNI in a split ClientHello
    s_client(["-noservername"])                   # stream 2: no SNI, the DNS name stays


def http_get(host):
    request = "GET / HTTP/1.1\r\nHost: %s\r\nUser-Agent: tcpladder-test\r\nConnection: close\r\n\r\n" % host
    talk("192.0.2.30", 8000, request.encode())


def client_http():
    lookup("web-host.example.com")
    http_get("www.example.net")           # stream 0: Host beats the DNS name
    http_get("192.0.2.30:8000")           # stream 1: an IP literal is no name, DNS name stays
    http_get("WWW.Example.NET:8000")      # stream 2: case and port dropped


if __name__ == "__main__":
    role = sys.argv[1]
    if role == "dns-server":
        dns_server()
    elif role == "echo-server":
        echo_server()
    elif role == "client":
        {"dns": client_dns, "tls": client_tls, "http": client_http}[sys.argv[2]]()
    else:
        sys.exit("unknown role " + role)
