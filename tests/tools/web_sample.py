#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Endpoints for the bundled GUI sample captures (stdlib only).

    web_sample.py dns-server ADDR NAME IPV4          tiny authoritative A-record responder
    web_sample.py http-server ADDR PORT DIR VERSION  http.server; VERSION 1.1 keeps the
                                                     connection open, 1.0 closes it first
    web_sample.py fetch DNS NAME PORT PATH MODE      resolve NAME via DNS, then GET PATH;
        MODE keepalive : client closes first (3-segment teardown)
             close     : server closes first, client closes 200 ms later (4 segments)
             reset     : client reads the headers and aborts with RST mid-body
             refused   : nothing listens; connect() gets RST
"""
import functools
import http.client
import http.server
import random
import socket
import struct
import sys
import time


def encode_name(name):
    out = b""
    for label in name.rstrip(".").split("."):
        out += bytes([len(label)]) + label.encode()
    return out + b"\0"


def skip_name(msg, pos):
    while True:
        length = msg[pos]
        if length == 0:
            return pos + 1
        if length & 0xC0 == 0xC0:
            return pos + 2
        pos += 1 + length


def read_name(msg, pos):
    labels = []
    while msg[pos] != 0:
        labels.append(msg[pos + 1:pos + 1 + msg[pos]].decode())
        pos += 1 + msg[pos]
    return ".".join(labels).lower()


def dns_server(addr, name, ipv4):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((addr, 53))
    while True:
        query, peer = sock.recvfrom(512)
        qid, _flags, qdcount = struct.unpack("!HHH", query[:6])
        if qdcount != 1:
            continue
        end = skip_name(query, 12)
        qtype, _qclass = struct.unpack("!HH", query[end:end + 4])
        question = query[12:end + 4]
        known = read_name(query, 12) == name.lower()
        answers = b""
        if known and qtype == 1:
            answers = struct.pack("!HHHIH", 0xC00C, 1, 1, 300, 4) + socket.inet_aton(ipv4)
        rcode = 0 if known else 3
        flags = 0x8400 | 0x0100 | 0x0080 | rcode      # response, AA, RD copied, RA
        header = struct.pack("!HHHHHH", qid, flags, 1, 1 if answers else 0, 0, 0)
        sock.sendto(header + question + answers, peer)


def resolve(dns_addr, name):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.settimeout(2)
    qid = random.randrange(65536)
    sock.sendto(struct.pack("!HHHHHH", qid, 0x0100, 1, 0, 0, 0) + encode_name(name) + struct.pack("!HH", 1, 1),
                (dns_addr, 53))
    msg, _peer = sock.recvfrom(512)
    sock.close()
    _id, _flags, qdcount, ancount = struct.unpack("!HHHH", msg[:8])
    pos = 12
    for _ in range(qdcount):
        pos = skip_name(msg, pos) + 4
    for _ in range(ancount):
        pos = skip_name(msg, pos)
        rtype, _rclass, _ttl, rdlength = struct.unpack("!HHIH", msg[pos:pos + 10])
        pos += 10
        if rtype == 1 and rdlength == 4:
            return socket.inet_ntoa(msg[pos:pos + 4])
        pos += rdlength
    raise SystemExit(f"no A record for {name}")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    server_version = "SampleHTTP/1.0"
    sys_version = ""

    def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the reset sample aborts on purpose; no traceback for that


def http_server(addr, port, directory, version):
    QuietHandler.protocol_version = f"HTTP/{version}"
    handler = functools.partial(QuietHandler, directory=directory)
    with QuietServer((addr, port), handler) as httpd:
        httpd.serve_forever()


def fetch(dns_addr, name, port, path, mode):
    ip = resolve(dns_addr, name)
    time.sleep(0.02)
    headers = {"User-Agent": "tcpladder-sample/1.0", "Accept": "text/html"}
    if mode == "refused":
        try:
            socket.create_connection((ip, port)).close()
        except ConnectionRefusedError:
            pass
        return
    if mode == "close":
        # http.client closes as soon as the body is read; a browser-like client that
        # notices the server's FIN a little later gives the 4-segment teardown.
        sock = socket.create_connection((ip, port))
        text = f"GET {path} HTTP/1.1\r\nHost: {name}\r\n"
        text += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        sock.sendall((text + "Connection: close\r\n\r\n").encode())
        while sock.recv(65536):
            pass
        time.sleep(0.2)
        sock.close()
        return
    conn = http.client.HTTPConnection(ip, port)
    conn.request("GET", path, headers={"Host": name, **headers})
    resp = conn.getresponse()
    if mode == "reset":
        resp.read(100)
        conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        resp.close()   # the response's file holds the last reference to the socket
        conn.close()
        return
    resp.read()
    time.sleep(0.05)
    conn.close()


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "dns-server" and len(sys.argv) == 5:
        dns_server(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "http-server" and len(sys.argv) == 6:
        http_server(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
    elif cmd == "fetch" and len(sys.argv) == 7:
        fetch(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6])
    else:
        raise SystemExit(__doc__)
