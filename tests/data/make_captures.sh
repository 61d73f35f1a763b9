#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the real test captures in tests/data/ (needs root: namespaces, TAP, tcpdump).
#
#   sudo tests/data/make_captures.sh [scenario...]     (default: all)
#
# Each scenario gets fresh namespaces tl-cli / tl-srv joined by tests/tools/tap_wire (about
# 30 ms RTT), a Python endpoint pair from tests/tools/tcp_scenario.py, and a tcpdump in
# tl-cli. Everything is torn down on exit, also on error or Ctrl-C. Results vary a little
# between runs (ports, ISNs, timing, which segments the lossy wire drops); check them with
# the tshark commands in tests/data/README.md.
set -euo pipefail

DATA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../tools/netns_lib.sh
source "$DATA_DIR/../tools/netns_lib.sh"
trap all_cleanup EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" = 0 ] || { echo "needs root" >&2; exit 1; }

SCEN_PY="$TOOLS_DIR/tcp_scenario.py"
PORT=8080
DELAY=15     # one way, ms
JITTER=1

# run_pair SCENARIO ADDR : server in tl-srv, client in tl-cli, returns when both are done.
run_pair() {
    bg_srv "$PY" "$SCEN_PY" server "$1" "$2" "$PORT"
    local srv=$!
    wait_listen "$NS_SRV" "$PORT"
    in_cli "$PY" "$SCEN_PY" client "$1" "$2" "$PORT"
    wait "$srv"
}

# simple OUT SCENARIO [ADDR] [tcpdump args...]
simple() {
    local out=$1 scen=$2 addr=${3:-$SRV4}
    shift 3 || shift $#
    wire_up "$DELAY" "$JITTER"
    capture_start "$out" -i eth0 "$@"
    run_pair "$scen" "$addr"
    capture_stop
}

scenario_client_close() {
    local nano="$WORK_DIR/client-close.nano.pcap"
    wire_up "$DELAY" "$JITTER"
    capture_start "$nano" -i eth0 --time-stamp-precision=nano
    run_pair client-close "$SRV4"
    capture_stop
    editcap -F pcap "$nano" "$DATA_DIR/client-close.pcap"
    editcap -F pcapng "$nano" "$DATA_DIR/client-close-nano.pcapng"
    gzip -9 -n -c "$DATA_DIR/client-close.pcap" >"$DATA_DIR/client-close.pcap.gz"
}

scenario_server_close() { simple "$DATA_DIR/server-close.pcap" server-close; }
scenario_half_close() { simple "$DATA_DIR/half-close.pcap" half-close; }
scenario_rst_abort() { simple "$DATA_DIR/rst-abort.pcap" rst-abort; }

scenario_refused() {
    wire_up "$DELAY" "$JITTER"
    capture_start "$DATA_DIR/refused.pcap" -i eth0
    in_cli "$PY" "$SCEN_PY" client refused "$SRV4" "$PORT"
    capture_stop
}

# syn_drop OUT SECONDS [LINEAR] : the server's input drops SYNs for SECONDS, so the client
# retries; LINEAR sets the client's net.ipv4.tcp_syn_linear_timeouts (Linux >= 6.5: that many
# retries 1 s apart before the waits double; default 4, 0 = doubling from the start).
syn_drop() {
    local out=$1 seconds=$2 linear=${3:-}
    wire_up "$DELAY" "$JITTER"
    if [ -n "$linear" ]; then
        in_cli sysctl -qw net.ipv4.tcp_syn_linear_timeouts="$linear"
    fi
    in_srv nft -f - <<EOF
table inet syndrop {
    chain in {
        type filter hook input priority 0; policy accept;
        tcp dport $PORT tcp flags & (syn | ack) == syn drop
    }
}
EOF
    bg_srv "$PY" "$SCEN_PY" server client-close "$SRV4" "$PORT"
    local srv=$!
    wait_listen "$NS_SRV" "$PORT"
    capture_start "$out" -i eth0
    in_cli "$PY" "$SCEN_PY" client client-close "$SRV4" "$PORT" &
    local cli=$!
    sleep "$seconds"
    in_srv nft delete table inet syndrop
    wait "$cli"
    wait "$srv"
    capture_stop
}

# This kernel retries SYNs every 1 s (tcp_syn_linear_timeouts), older ones after 1 s then 2 s.
scenario_syn_retransmission() { syn_drop "$DATA_DIR/syn-retransmission.pcap" "${SYN_DROP_SECONDS:-1.5}"; }
# Waits 1 s, 2 s, 4 s: the textbook's exponential back-off.
scenario_syn_backoff_doubling() { syn_drop "$DATA_DIR/syn-backoff-doubling.pcap" 4 0; }
# Waits 1 s, 1 s, 1 s, then 2 s: linear retries (the kernel counts 2 + the first), then doubling.
scenario_syn_backoff_mixed() { syn_drop "$DATA_DIR/syn-backoff-mixed.pcap" 5 2; }

# The client's input drops SYN-ACKs for 2.5 s: they are on the capture (tcpdump sees them
# before the input hook) but never reach the client's TCP, which keeps resending its SYN.
scenario_syn_ack_lost() {
    wire_up "$DELAY" "$JITTER"
    in_cli nft -f - <<EOF
table inet synackdrop {
    chain in {
        type filter hook input priority 0; policy accept;
        tcp sport $PORT tcp flags & (syn | ack) == syn | ack drop
    }
}
EOF
    bg_srv "$PY" "$SCEN_PY" server client-close "$SRV4" "$PORT"
    local srv=$!
    wait_listen "$NS_SRV" "$PORT"
    capture_start "$DATA_DIR/syn-ack-lost.pcap" -i eth0
    in_cli "$PY" "$SCEN_PY" client client-close "$SRV4" "$PORT" &
    local cli=$!
    sleep 2.5
    in_cli nft delete table inet synackdrop
    wait "$cli"
    wait "$srv"
    capture_stop
}

# client-close cut to begin at the SYN-ACK (frame 2): the SYN was not captured.
scenario_syn_ack_first() {
    local count
    count=$(capinfos -Mc "$DATA_DIR/client-close.pcap" | awk '/Number of packets/ {print $NF}')
    editcap -r "$DATA_DIR/client-close.pcap" "$DATA_DIR/syn-ack-first.pcap" "2-$count"
}

# syn-retransmission cut after its third SYN: a SYN never answered, as when the server is
# unreachable; nothing in it is acknowledged, so it has no round-trip time at all.
scenario_syn_unanswered() {
    editcap -r "$DATA_DIR/syn-retransmission.pcap" "$DATA_DIR/syn-unanswered.pcap" 1-3
}

# The client's input drops the first data segment from the server (nftables quota: one
# packet's worth), which tcpdump still sees: the server hears nothing back, its retransmission
# timer fires and it sends the segment again. No duplicate ACKs: nothing came after it.
scenario_data_rto() {
    wire_up "$DELAY" "$JITTER"
    in_cli nft -f - <<EOF
table inet datadrop {
    chain in {
        type filter hook input priority 0; policy accept;
        tcp sport $PORT ip length > 200 quota until 1400 bytes drop
    }
}
EOF
    capture_start "$DATA_DIR/data-rto.pcap" -i eth0
    run_pair client-close "$SRV4"
    capture_stop
}

scenario_fin_data() { simple "$DATA_DIR/fin-data.pcap" fin-data; }
scenario_crossing_fin() { simple "$DATA_DIR/crossing-fin.pcap" crossing-fin; }

scenario_ipv6() {
    WIRE_IPV6=1 wire_up "$DELAY" "$JITTER"
    capture_start "$DATA_DIR/ipv6.pcap" -i eth0
    run_pair ipv6 "$SRV6"
    capture_stop
}

scenario_any_sll2() { simple "$DATA_DIR/any-sll2.pcap" any-sll2 "$SRV4" -i any; }

scenario_port_reuse() { simple "$DATA_DIR/port-reuse.pcap" reuse; }

scenario_lossy_bulk() {
    # 8 Mbit/s bottleneck, 5 % loss each way, 1 ms jitter that may reorder: real
    # retransmissions, dup ACKs and out-of-order segments. Seed fixed for repeatability.
    wire_up "$DELAY" 1 5 8000 "${LOSSY_SEED:-11}" 1
    capture_start "$DATA_DIR/lossy-bulk.pcap" -i eth0 -s 256
    run_pair bulk "$SRV4"
    capture_stop
}

scenario_mid_connection() {
    wire_up "$DELAY" "$JITTER"
    bg_srv "$PY" "$SCEN_PY" server mid "$SRV4" "$PORT"
    local srv=$!
    wait_listen "$NS_SRV" "$PORT"
    in_cli "$PY" "$SCEN_PY" client mid "$SRV4" "$PORT" &
    local cli=$!
    sleep 1   # handshake long done, the client idles for 2.5 s
    capture_start "$DATA_DIR/mid-connection.pcap" -i eth0
    wait "$cli"
    wait "$srv"
    capture_stop
}

scenario_zero_window() { simple "$DATA_DIR/zero-window.pcap" zero-window "$SRV4" -s 256; }
scenario_keep_alive() { simple "$DATA_DIR/keep-alive.pcap" keep-alive; }
scenario_many_connections() { simple "$DATA_DIR/many-connections.pcap" many; }

ALL=(client-close server-close half-close rst-abort refused syn-retransmission ipv6 any-sll2 port-reuse
     lossy-bulk mid-connection many-connections zero-window keep-alive syn-backoff-doubling
     syn-backoff-mixed syn-ack-lost syn-ack-first fin-data crossing-fin data-rto
     syn-unanswered)

build_wire
for scen in "${@:-${ALL[@]}}"; do
    log "scenario $scen"
    "scenario_${scen//-/_}"
done
netns_cleanup
log "done; wire statistics:"
cat "$WORK_DIR/wire.log" >&2 || true
