# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by tests/data/make_captures.sh and resources/samples/make_samples.sh (source it, needs root).
#
# Topology (addresses and MACs from documentation ranges only):
#
#   tl-cli  eth0 192.0.2.10/24  2001:db8::10/64  00:00:5e:00:53:10
#              |
#           tap_wire (runs in tl-wire; delay, jitter, loss, rate per direction)
#              |
#   tl-srv  eth0 192.0.2.80/24  2001:db8::80/64  00:00:5e:00:53:80
#
# The two eth0 are TAP devices created by tap_wire inside tl-wire and then moved into the
# end namespaces. Captures are taken in tl-cli, so the client sees the whole round trip, as
# a user capturing on their own machine would. TAP devices have no offloads, so captures
# show wire-sized segments with correct checksums.

NS_CLI=tl-cli
NS_SRV=tl-srv
NS_WIRE=tl-wire
CLI4=192.0.2.10
SRV4=192.0.2.80
CLI6=2001:db8::10
SRV6=2001:db8::80

TOOLS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK_DIR=$(mktemp -d /tmp/tcpladder-captures.XXXXXX)
WIRE_BIN="$WORK_DIR/tap_wire"
PY=/usr/bin/python3
WIRE_PID=
CAPTURE_PID=
BG_PIDS=()

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }

build_wire() {
    gcc -O2 -Wall -Wextra -o "$WIRE_BIN" "$TOOLS_DIR/tap_wire.c"
}

in_cli() { ip netns exec "$NS_CLI" "$@"; }
in_srv() { ip netns exec "$NS_SRV" "$@"; }
# Background helpers are started with & on the command itself, so $! is the real process.
bg_srv() {
    ip netns exec "$NS_SRV" "$@" &
    BG_PIDS+=($!)
}

# Kills the helpers this script started (by pid) and removes the namespaces.
netns_cleanup() {
    local pid
    for pid in "${BG_PIDS[@]}" $CAPTURE_PID $WIRE_PID; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    BG_PIDS=()
    CAPTURE_PID=
    WIRE_PID=
    local ns
    for ns in "$NS_CLI" "$NS_SRV" "$NS_WIRE"; do
        ip netns del "$ns" 2>/dev/null || true
    done
}

# For the EXIT trap: everything above plus the scratch directory.
all_cleanup() {
    netns_cleanup
    rm -rf "$WORK_DIR"
}

# wire_up DELAY_MS [JITTER_MS] [LOSS_PCT] [RATE_KBIT] [SEED] [REORDER(0|1)]
# Fresh namespaces joined by a new wire; DELAY is one way, so the RTT is about 2 * DELAY.
# IPv6 is off unless WIRE_IPV6=1 (it adds MLD/RS chatter to the first seconds of a capture).
wire_up() {
    netns_cleanup
    local delay=$1 jitter=${2:-0} loss=${3:-0} rate=${4:-0} seed=${5:-1} reorder=${6:-0}
    local wire_opts=()
    [ "$reorder" = 1 ] && wire_opts+=(-o)
    ip netns add "$NS_CLI"
    ip netns add "$NS_SRV"
    ip netns add "$NS_WIRE"
    local ready="$WORK_DIR/wire.ready"
    rm -f "$ready"
    ip netns exec "$NS_WIRE" "$WIRE_BIN" -a tl-c -b tl-s -d "$delay" -j "$jitter" -l "$loss" -r "$rate" \
        -s "$seed" "${wire_opts[@]}" -v >"$ready" 2>>"$WORK_DIR/wire.log" &
    WIRE_PID=$!
    local i
    for i in $(seq 1 50); do
        grep -q ready "$ready" 2>/dev/null && break
        sleep 0.1
    done
    local ns
    for ns in "$NS_CLI" "$NS_SRV"; do
        if [ "${WIRE_IPV6:-0}" = 1 ]; then
            ip netns exec "$ns" sysctl -qw net.ipv6.conf.default.accept_ra=0 \
                net.ipv6.conf.default.router_solicitations=0 net.ipv6.conf.default.dad_transmits=0
        else
            ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
        fi
    done
    ip -n "$NS_WIRE" link set tl-c netns "$NS_CLI"
    ip -n "$NS_WIRE" link set tl-s netns "$NS_SRV"
    ip -n "$NS_CLI" link set tl-c name eth0 address 00:00:5e:00:53:10
    ip -n "$NS_SRV" link set tl-s name eth0 address 00:00:5e:00:53:80
    for ns in "$NS_CLI" "$NS_SRV"; do
        ip -n "$ns" link set lo up
        ip -n "$ns" link set eth0 up
    done
    ip -n "$NS_CLI" addr add "$CLI4/24" dev eth0
    ip -n "$NS_SRV" addr add "$SRV4/24" dev eth0
    if [ "${WIRE_IPV6:-0}" = 1 ]; then
        ip -n "$NS_CLI" addr add "$CLI6/64" dev eth0 nodad
        ip -n "$NS_SRV" addr add "$SRV6/64" dev eth0 nodad
        ip -n "$NS_CLI" neigh replace "$SRV6" lladdr 00:00:5e:00:53:80 dev eth0 nud permanent
        ip -n "$NS_SRV" neigh replace "$CLI6" lladdr 00:00:5e:00:53:10 dev eth0 nud permanent
        sleep 3 # let the unsolicited MLD reports pass before any capture starts
    fi
    # Static neighbours: captures start with the conversation, not with ARP/ND.
    ip -n "$NS_CLI" neigh replace "$SRV4" lladdr 00:00:5e:00:53:80 dev eth0 nud permanent
    ip -n "$NS_SRV" neigh replace "$CLI4" lladdr 00:00:5e:00:53:10 dev eth0 nud permanent
}

# capture_start FILE [tcpdump args...] : runs tcpdump in tl-cli, waits until it is listening.
capture_start() {
    local file=$1
    shift
    local err="$WORK_DIR/tcpdump.$$.$RANDOM.err"
    ip netns exec "$NS_CLI" tcpdump -Z root -U --immediate-mode -n "$@" -w "$file" 2>"$err" &
    CAPTURE_PID=$!
    local i
    for i in $(seq 1 50); do
        grep -q 'listening on' "$err" 2>/dev/null && break
        sleep 0.1
    done
    sleep 0.2
}

capture_stop() {
    sleep 0.5
    kill -INT "$CAPTURE_PID" 2>/dev/null || true
    wait "$CAPTURE_PID" 2>/dev/null || true
    CAPTURE_PID=
}

# wait_listen NS PORT : waits until something listens on PORT inside NS.
wait_listen() {
    local ns=$1 port=$2 i
    for i in $(seq 1 50); do
        ip netns exec "$ns" ss -Hltn "sport = :$port" | grep -q . && return 0
        ip netns exec "$ns" ss -Hlun "sport = :$port" | grep -q . && return 0
        sleep 0.1
    done
    log "nothing listens on port $port in $ns"
    return 1
}
