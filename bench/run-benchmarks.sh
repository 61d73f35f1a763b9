#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 8's scale targets, measured in one run so the ratios compare like with like on a busy
# machine. Builds a release tree, generates a ~1 GB capture once (outside the repository), then
# prints every figure and ratio. Environment knobs:
#   BUILD_DIR (default build-bench)  SCRATCH (default /tmp/tcpladder-bench)  SIZE_MB (1024)
#   RUNS (timed runs per command, default 5; tshark gets 1 because it is the slow reference)
#   SKIP_GUI=1, SKIP_LIVE=1 to leave out the GUI / live parts
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
scratch=${SCRATCH:-/tmp/tcpladder-bench}
size_mb=${SIZE_MB:-1024}
runs=${RUNS:-5}
mkdir -p "$scratch"

for tool in hyperfine tshark tcpdump /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "run-benchmarks: $tool missing (scripts/install-deps.sh)" >&2; exit 1; }
done

export CCACHE_BASEDIR=$root
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTCPLADDER_BUILD_BENCH=ON "${launcher[@]}" >/dev/null
targets=(tcpladder-cli tcpladder-gencapture)
targets+=(tcpladder-guibench tcpladder-blaster)
cmake --build "$build" --target "${targets[@]}" -j2 >/dev/null

cli=$build/src/cli/tcpladder-cli
capture=$scratch/bench-${size_mb}mb.pcap
data=$root/tests/data
if [ ! -s "$capture" ]; then
    # Weights: bulk transfers with loss dominate the bytes, short request/response connections the count.
    "$build/bench/tcpladder-gencapture" "$capture.tmp" "$size_mb" \
        "$data/lossy-bulk.pcap:3" "$data/many-connections.pcap:4" "$data/client-close.pcap:6" \
        "$data/server-close.pcap:4" "$data/half-close.pcap:2" "$data/rst-abort.pcap:2" "$data/refused.pcap:2" \
        "$data/syn-retransmission.pcap:1" "$data/ipv6.pcap:3" "$data/port-reuse.pcap:1" \
        "$data/mid-connection.pcap:1"
    mv "$capture.tmp" "$capture"
fi
bytes=$(stat -c %s "$capture")
long=$scratch/long-connection.pcap
# One real connection of ~1M segments: a 1.1 GB transfer over the loopback of a private network
# namespace whose MTU is 1500 and GSO off, so tcpdump sees wire-sized segments.
if [ ! -s "$long" ]; then
    ns=tlbench$$
    ip netns add "$ns"
    trap 'ip netns del "$ns" 2>/dev/null || true' EXIT
    ip -n "$ns" link set dev lo up mtu 1500 gso_max_segs 1
    ip netns exec "$ns" tcpdump -i lo -s 96 -U -w "$long.tmp" 'tcp port 5001' 2>/dev/null &
    dump=$!
    sleep 1
    ip netns exec "$ns" timeout 120 socat -u TCP-LISTEN:5001,reuseaddr OPEN:/dev/null &
    sink=$!
    sleep 0.5
    head -c 1150M /dev/zero | ip netns exec "$ns" timeout 120 socat -u - TCP:127.0.0.1:5001
    wait "$sink" || true
    sleep 1
    kill "$dump"; wait "$dump" || true
    ip netns del "$ns"
    trap - EXIT
    mv "$long.tmp" "$long"
fi

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1 /proc/loadavg)"
echo "== capture: $capture ($((bytes / 1048576)) MiB)"

# --- Indexing time -------------------------------------------------------------------------------
json=$scratch/hyperfine.json
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$json.fast" \
    -n tcpladder "$cli list '$capture' --json > /dev/null" \
    -n tcpdump "tcpdump -r '$capture' -w /dev/null 2> /dev/null" >/dev/null
hyperfine --style basic --runs 1 --export-json "$json.tshark" \
    -n tshark "tshark -r '$capture' -q -z conv,tcp > /dev/null" >/dev/null
median() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(next(x["median"] for x in r if x["command"]==sys.argv[2]))' "$@"; }
t_cli=$(median "$json.fast" tcpladder)
t_dump=$(median "$json.fast" tcpdump)
t_shark=$(median "$json.tshark" tshark)

# --- Memory ----------------------------------------------------------------------------------------
rss() { # bytes; awk prints kilobytes because mawk's %d stops at 2^31
    local kb
    kb=$(/usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident set size/ {print $6}')
    echo $((kb * 1024))
}
report=$scratch/list.json
"$cli" list "$capture" --json > "$report"
read -r segments connections < <(python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(j["tcp_segments"], len(j["connections"]))' "$report")
rss_base=$(rss "$cli" list "$data/client-close.pcap" --json)
rss_cli=$(rss "$cli" list "$capture" --json)
rss_shark=$(rss tshark -r "$capture" -q -z conv,tcp)
# Per segment and per connection separately: the long capture is ~1M segments in one connection.
"$cli" list "$long" --json > "$scratch/long.json"
long_segments=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tcp_segments"])' "$scratch/long.json")
rss_long=$(rss "$cli" list "$long" --json)

python3 - "$t_cli" "$t_dump" "$t_shark" "$rss_base" "$rss_cli" "$rss_shark" "$segments" "$connections" "$bytes" \
    "$rss_long" "$long_segments" <<'PY'
import sys
t_cli, t_dump, t_shark = map(float, sys.argv[1:4])
rss_base, rss_cli, rss_shark, segments, connections, size, rss_long, long_segments = map(int, sys.argv[4:12])
per_seg = (rss_cli - rss_base) / segments
# RSS = base + a * segments + b * connections, a from the one-connection capture.
a = (rss_long - rss_base) / long_segments
b = (rss_cli - rss_base - a * segments) / connections
print(f"== {segments} TCP segments in {connections} connections")
print(f"| what | measured | target | met |")
print(f"|---|---|---|---|")
print(f"| `tcpladder-cli list --json` (median of runs) | {t_cli:.2f} s | | |")
print(f"| `tcpdump -r F -w /dev/null` | {t_dump:.2f} s | | |")
print(f"| `tshark -r F -q -z conv,tcp` | {t_shark:.2f} s | | |")
print(f"| tshark / tcpladder | {t_shark / t_cli:.1f}x | >= 30x | {'yes' if t_shark / t_cli >= 30 else 'NO'} |")
print(f"| tcpladder / tcpdump | {t_cli / t_dump:.2f}x | <= 1.5x | {'yes' if t_cli / t_dump <= 1.5 else 'NO'} |")
print(f"| peak RSS tcpladder (baseline {rss_base / 2**20:.1f} MiB) | {rss_cli / 2**20:.0f} MiB | | |")
print(f"| peak RSS tshark | {rss_shark / 2**20:.0f} MiB ({rss_shark / size:.1f}x the file) | | |")
print(f"| tcpladder bytes per segment, 1 connection of {long_segments} segments (peak {rss_long / 2**20:.0f} MiB) | {a:.1f} B | <= 64 B | {'yes' if a <= 64 else 'NO'} |")
print(f"| tcpladder per-connection state (1 GB file, after {a:.1f} B per segment) | {b:.0f} B | | |")
print(f"| tcpladder bytes per segment on the 1 GB file, everything included | {per_seg:.1f} B | | |")
PY

# --- GUI and live --------------------------------------------------------------------------------
if [ "${SKIP_GUI:-0}" != 1 ]; then
    QT_QPA_PLATFORM=offscreen "$build/bench/tcpladder-guibench" load "$capture" 2> >(grep -v propagateSizeHints >&2)
    QT_QPA_PLATFORM=offscreen "$build/bench/tcpladder-guibench" ladder "$long" 2> >(grep -v propagateSizeHints >&2)
fi
if [ "${SKIP_LIVE:-0}" != 1 ]; then
    # The real window captures on lo while the blaster sends 100k datagrams/s for 30 s.
    QT_QPA_PLATFORM=offscreen "$build/bench/tcpladder-guibench" live lo 30 "$build/bench/tcpladder-blaster" 100000 30 64 \
        2> >(grep -v propagateSizeHints >&2)
fi
