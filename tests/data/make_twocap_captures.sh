#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the two-capture pairs in tests/data/twocap/ (needs root: namespaces, TAP,
# tcpdump, nft, editcap). Each connection is captured at both ends at once: tcpdump runs in
# tl-cli and in tl-srv, so every segment the wire carries is seen twice, and a segment the
# wire drops is seen only by its sender.
#
#   sudo tests/data/make_twocap_captures.sh [lossy|nat|shifted ...]   (default: all three)
#
# lossy    150 KB download over the lossy wire of lossy-bulk.pcap (5 % loss each way, 8 Mbit/s,
#          jitter that may reorder). The wire's own per-direction drop counts are written to
#          lossy-drops.txt: the two-capture tests assert that exactly these went missing.
# nat      the client-close exchange through a middle namespace tl-nat that masquerades the
#          client (nftables, source port forced into 20000-29999), so the two captures share
#          no address and no client port; only the ISNs tie them together.
# shifted  the server-close exchange; the server file is then shifted with editcap -t, so the
#          two capture clocks differ by a known amount (shifted-truth.txt).
set -euo pipefail

DATA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT_DIR="$DATA_DIR/twocap"
# shellcheck source=../tools/netns_lib.sh
source "$DATA_DIR/../tools/netns_lib.sh"
twocap_cleanup() {
    local pid
    for pid in "${PAIR_CAPTURE_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    ip netns del tl-nat 2>/dev/null || true
    all_cleanup
}
trap twocap_cleanup EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" = 0 ] || { echo "needs root" >&2; exit 1; }

SCEN_PY="$TOOLS_DIR/tcp_scenario.py"
PORT=8080
DELAY=15     # one way, ms
SNAPLEN=96   # headers only: the pairs are about segments, not payload
NS_NAT=tl-nat
NAT_OUT4=198.51.100.1
NAT_SRV4=198.51.100.80
SHIFT_SECONDS=2.75
PAIR_CAPTURE_PIDS=()

# pair_capture_start NS FILE : tcpdump of TCP only on eth0 in NS, waits until it listens.
pair_capture_start() {
    local ns=$1 file=$2
    local err="$WORK_DIR/tcpdump.$ns.err"
    ip netns exec "$ns" tcpdump -Z root -U --immediate-mode -n -i eth0 -s "$SNAPLEN" -w "$file" tcp 2>"$err" &
    PAIR_CAPTURE_PIDS+=($!)
    local i
    for i in $(seq 1 50); do
        grep -q 'listening on' "$err" 2>/dev/null && break
        sleep 0.1
    done
}

pair_capture_stop() {
    sleep 0.5
    local pid
    for pid in "${PAIR_CAPTURE_PIDS[@]}"; do
        kill -INT "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    PAIR_CAPTURE_PIDS=()
    cat "$WORK_DIR"/tcpdump.*.err >&2
}

# run_pair SCENARIO ADDR : server in tl-srv, client in tl-cli, returns when both are done.
run_pair() {
    bg_srv "$PY" "$SCEN_PY" server "$1" "$2" "$PORT"
    local srv=$!
    wait_listen "$NS_SRV" "$PORT"
    in_cli "$PY" "$SCEN_PY" client "$1" "$2" "$PORT"
    wait "$srv"
}

# The last statistics line tap_wire printed (it prints one when it stops).
last_wire_stats() { grep 'tap_wire:' "$WORK_DIR/wire.log" | tail -n 1; }

scenario_lossy() {
    wire_up "$DELAY" 1 5 8000 "${LOSSY_SEED:-7}" 1
    pair_capture_start "$NS_CLI" "$OUT_DIR/lossy-client.pcap"
    pair_capture_start "$NS_SRV" "$OUT_DIR/lossy-server.pcap"
    sleep 0.3
    TCPLADDER_BULK_BYTES=150000 run_pair bulk "$SRV4"
    pair_capture_stop
    netns_cleanup   # stops the wire, which then logs its counts
    local stats
    stats=$(last_wire_stats)
    log "$stats"
    # a = the client's TAP, b = the server's: a->b is client to server.
    local c2s s2c
    c2s=$(sed -E 's/.*a->b passed [0-9]+ lost ([0-9]+) tail-dropped ([0-9]+) unwritten ([0-9]+);.*/\1 + \2 + \3/' <<<"$stats")
    s2c=$(sed -E 's/.*b->a passed [0-9]+ lost ([0-9]+) tail-dropped ([0-9]+) unwritten ([0-9]+).*/\1 + \2 + \3/' <<<"$stats")
    {
        echo "# Frames the wire between the two capture points dropped (random loss + queue tail"
        echo "# drops + writes the far TAP refused), per direction, while lossy-client.pcap and"
        echo "# lossy-server.pcap were captured. Written by make_twocap_captures.sh."
        echo "c2s=$((c2s))"
        echo "s2c=$((s2c))"
        echo "# $stats"
    } >"$OUT_DIR/lossy-drops.txt"
}

# tl-cli --wire-- tl-nat --veth-- tl-srv ; tl-nat masquerades the client towards the server.
nat_up() {
    wire_up "$DELAY" 1
    ip netns add "$NS_NAT"
    # The wire's server end moves from tl-srv to tl-nat; tl-srv gets a veth from tl-nat instead.
    ip -n "$NS_SRV" link set eth0 netns "$NS_NAT"
    ip -n "$NS_NAT" link set eth0 up
    ip -n "$NS_NAT" link set lo up
    ip -n "$NS_NAT" addr add 192.0.2.1/24 dev eth0
    ip -n "$NS_NAT" link add veth-srv address 00:00:5e:00:53:01 type veth peer name eth0 netns "$NS_SRV"
    ip -n "$NS_SRV" link set eth0 address 00:00:5e:00:53:81 up
    ip -n "$NS_NAT" link set veth-srv up
    ip -n "$NS_NAT" addr add "$NAT_OUT4/24" dev veth-srv
    ip -n "$NS_SRV" addr add "$NAT_SRV4/24" dev eth0
    ip -n "$NS_NAT" neigh replace "$CLI4" lladdr 00:00:5e:00:53:10 dev eth0 nud permanent
    ip -n "$NS_NAT" neigh replace "$NAT_SRV4" lladdr 00:00:5e:00:53:81 dev veth-srv nud permanent
    ip -n "$NS_SRV" neigh replace "$NAT_OUT4" lladdr 00:00:5e:00:53:01 dev eth0 nud permanent
    ip -n "$NS_CLI" neigh replace 192.0.2.1 lladdr 00:00:5e:00:53:80 dev eth0 nud permanent
    ip -n "$NS_CLI" route add default via 192.0.2.1
    ip netns exec "$NS_NAT" sysctl -qw net.ipv4.ip_forward=1
    ip netns exec "$NS_NAT" nft -f - <<'EOF'
table ip twocap_nat {
    chain post {
        type nat hook postrouting priority srcnat; policy accept;
        oifname "veth-srv" meta l4proto tcp masquerade to :20000-29999
    }
}
EOF
}

scenario_nat() {
    nat_up
    pair_capture_start "$NS_CLI" "$OUT_DIR/nat-client.pcap"
    pair_capture_start "$NS_SRV" "$OUT_DIR/nat-server.pcap"
    sleep 0.3
    run_pair client-close "$NAT_SRV4"
    pair_capture_stop
    ip netns del "$NS_NAT"
    netns_cleanup
}

scenario_shifted() {
    wire_up "$DELAY" 1
    local server_raw="$WORK_DIR/shifted-server.raw.pcap"
    pair_capture_start "$NS_CLI" "$OUT_DIR/shifted-client.pcap"
    pair_capture_start "$NS_SRV" "$server_raw"
    sleep 0.3
    run_pair server-close "$SRV4"
    pair_capture_stop
    netns_cleanup
    # Both namespaces share one kernel clock, so after the shift the server's capture clock
    # runs exactly SHIFT_SECONDS ahead of the client's.
    editcap -F pcap -t "$SHIFT_SECONDS" "$server_raw" "$OUT_DIR/shifted-server.pcap"
    {
        echo "# shifted-server.pcap was shifted with editcap -t $SHIFT_SECONDS after capture; both ends"
        echo "# shared one kernel clock, so the server's clock minus the client's is exactly this."
        echo "offset=$SHIFT_SECONDS"
    } >"$OUT_DIR/shifted-truth.txt"
}

mkdir -p "$OUT_DIR"
build_wire
for scen in "${@:-lossy nat shifted}"; do
    for s in $scen; do
        log "scenario $s"
        "scenario_$s"
    done
done
netns_cleanup
