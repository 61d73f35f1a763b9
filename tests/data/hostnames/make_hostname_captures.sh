#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the hostname captures in tests/data/hostnames/ (needs root for the namespace).
#
#   sudo tests/data/hostnames/make_hostname_captures.sh
#
# Everything runs on the loopback of a private namespace (tl-hosts) that holds the documentation
# addresses 192.0.2.10-30 and 2001:db8::10, so no other traffic gets in and nothing leaves:
#   dns.pcap   a stdlib DNS responder on 127.0.0.53 (UDP and TCP), CNAME chain, AAAA, a name
#              that changes, an answer that comes after the connection began; echo server :8080
#   tls.pcap   openssl s_server on 192.0.2.20:4433; s_client -servername www.example.org, a
#              Python client whose ClientHello is cut into 88-byte-MSS segments
#              (split.example.org), and s_client -noservername (DNS name tls-host.example.com)
#   http.pcap  python3 -m http.server on 192.0.2.30:8000; requests with Host www.example.net,
#              an IP literal, and WWW.Example.NET:8000
# The expected names are in the comments of hostname_peers.py and in tests/core/tst_hostnames.cpp.
set -euo pipefail

DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NS=tl-hosts
PY=/usr/bin/python3
PEERS="$DIR/hostname_peers.py"
WORK=$(mktemp -d /tmp/tcpladder-hosts.XXXXXX)
PIDS=()

[ "$(id -u)" = 0 ] || { echo "needs root" >&2; exit 1; }

in_ns() { ip netns exec "$NS" "$@"; }

cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    PIDS=()
    ip netns del "$NS" 2>/dev/null || true
}
trap 'cleanup; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

bg() {
    ip netns exec "$NS" "$@" &
    PIDS+=($!)
}

wait_port() { # wait_port PORT PROTO(t|u)
    local i
    for i in $(seq 100); do
        in_ns ss -Hln"$2" "sport = :$1" | grep -q . && return 0
        sleep 0.05
    done
    echo "nothing listens on $1" >&2
    return 1
}

setup() {
    cleanup
    ip netns add "$NS"
    in_ns ip link set lo up
    local a
    for a in 192.0.2.10 192.0.2.11 192.0.2.12 192.0.2.13 192.0.2.20 192.0.2.30; do
        in_ns ip addr add "$a/32" dev lo
    done
    in_ns ip -6 addr add 2001:db8::10/128 dev lo nodad
    bg "$PY" "$PEERS" dns-server
    wait_port 53 u
    wait_port 53 t
}

# capture OUT CLIENT-SCENARIO: the client runs while tcpdump records the namespace's loopback.
capture() {
    local out=$1 scenario=$2 pcap="$WORK/$2.pcap"
    ip netns exec "$NS" tcpdump -i lo --immediate-mode -U -w "$pcap" 2>/dev/null &
    local dump=$!
    sleep 0.5
    in_ns "$PY" "$PEERS" client "$scenario"
    sleep 1
    kill -INT "$dump"
    wait "$dump" || true
    cp "$pcap" "$DIR/$out"
    echo "$out: $(tshark -r "$DIR/$out" 2>/dev/null | wc -l) frames"
}

setup
bg "$PY" "$PEERS" echo-server
wait_port 8080 t
capture dns.pcap dns

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=www.example.org \
    -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null
bg openssl s_server -quiet -accept 192.0.2.20:4433 -cert "$WORK/cert.pem" -key "$WORK/key.pem" -www
wait_port 4433 t
capture tls.pcap tls

(cd "$WORK" && exec ip netns exec "$NS" "$PY" -m http.server --bind 192.0.2.30 8000 >/dev/null 2>&1) &
PIDS+=($!)
wait_port 8000 t
capture http.pcap http
