#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks with tshark/capinfos that every capture in tests/data (and the GUI samples) shows
# what its name promises. Run after make_captures.sh / make_samples.sh; no root needed.
set -uo pipefail

DATA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SAMPLES_DIR="$DATA_DIR/../../resources/samples"
CLIENT=192.0.2.10
FAILS=0

count() { tshark -r "$1" -Y "$2" 2>/dev/null | wc -l; }
field() { tshark -r "$1" -Y "$2" -T fields -e "$3" 2>/dev/null; }

check() { # check FILE DESCRIPTION ACTUAL OP EXPECTED
    if [ "$3" "$4" "$5" ]; then
        printf 'ok    %-34s %s (%s)\n' "$(basename "$1")" "$2" "$3"
    else
        printf 'FAIL  %-34s %s: got %s, want %s %s\n' "$(basename "$1")" "$2" "$3" "$4" "$5"
        FAILS=$((FAILS + 1))
    fi
}

# Frames from the first FIN to the end of the capture = teardown segments.
teardown() {
    local first
    first=$(field "$1" "tcp.flags.fin==1" frame.number | head -1)
    [ -n "$first" ] || { echo 0; return; }
    count "$1" "frame.number >= $first"
}
first_fin_from() { field "$1" "tcp.flags.fin==1" ip.src | head -1; }

common() { # sizes and documentation-only addresses
    local f=$1
    check "$f" "size bytes" "$(stat -c %s "$f")" -lt 307200
    check "$f" "non-documentation addresses" \
        "$(count "$f" '(ip and not (ip.src==192.0.2.0/24 and ip.dst==192.0.2.0/24)) or (ipv6 and not (ipv6.src==2001:db8::/32 and ipv6.dst==2001:db8::/32))')" -eq 0
}

d=$DATA_DIR
for f in "$d"/*.pcap "$d"/*.pcapng "$d"/*.pcap.gz "$SAMPLES_DIR"/*.pcapng; do common "$f"; done

f=$d/client-close.pcap
check "$f" "teardown segments" "$(teardown "$f")" -eq 3
check "$f" "first FIN from client" "$(first_fin_from "$f")" == "$CLIENT"
f=$d/client-close-nano.pcapng
check "$f" "nanosecond timestamps" "$(capinfos -M "$f" 2>/dev/null | grep -c 'precision: *nanoseconds')" -eq 1
check "$f" "packets equal pcap" "$(count "$f" frame)" -eq "$(count "$d/client-close.pcap" frame)"
f=$d/client-close.pcap.gz
check "$f" "packets equal pcap" "$(count "$f" frame)" -eq "$(count "$d/client-close.pcap" frame)"
f=$d/server-close.pcap
check "$f" "teardown segments" "$(teardown "$f")" -eq 4
check "$f" "first FIN from server" "$(first_fin_from "$f")" != "$CLIENT"
f=$d/half-close.pcap
check "$f" "first FIN from client" "$(first_fin_from "$f")" == "$CLIENT"
check "$f" "server data after client FIN" \
    "$(count "$f" "tcp.len>0 and ip.src!=$CLIENT and frame.number > $(field "$f" 'tcp.flags.fin==1' frame.number | head -1)")" -ge 3
check "$f" "FINs" "$(count "$f" 'tcp.flags.fin==1')" -eq 2
f=$d/rst-abort.pcap
check "$f" "RST" "$(count "$f" 'tcp.flags.reset==1')" -eq 1
check "$f" "FINs" "$(count "$f" 'tcp.flags.fin==1')" -eq 0
check "$f" "data segments before RST" "$(count "$f" 'tcp.len>0')" -ge 2
f=$d/refused.pcap
check "$f" "SYN" "$(count "$f" 'tcp.flags.syn==1 and tcp.flags.ack==0')" -eq 1
check "$f" "RST+ACK from server" "$(count "$f" "tcp.flags.reset==1 and tcp.flags.ack==1 and ip.src!=$CLIENT")" -eq 1
f=$d/syn-retransmission.pcap
check "$f" "SYNs" "$(count "$f" 'tcp.flags.syn==1 and tcp.flags.ack==0')" -eq 3
check "$f" "retransmitted SYNs" "$(count "$f" 'tcp.analysis.retransmission and tcp.flags.syn==1')" -eq 2
check "$f" "SYN+ACK" "$(count "$f" 'tcp.flags.syn==1 and tcp.flags.ack==1')" -eq 1
f=$d/ipv6.pcap
check "$f" "IPv6 TCP frames" "$(count "$f" 'ipv6 and tcp')" -ge 10
check "$f" "IPv4 frames" "$(count "$f" ip)" -eq 0
f=$d/any-sll2.pcap
check "$f" "LINUX_SLL2 encapsulation" "$(capinfos -E "$f" 2>/dev/null | grep -c 'cooked-mode capture v2')" -eq 1
check "$f" "teardown segments" "$(teardown "$f")" -eq 3
f=$d/port-reuse.pcap
check "$f" "tcp.stream values" "$(field "$f" tcp tcp.stream | sort -u | wc -l)" -ge 5
check "$f" "distinct client ports" "$(field "$f" "ip.src==$CLIENT" tcp.srcport | sort -u | wc -l)" -eq 1
check "$f" "port reuse notes" "$(count "$f" 'tcp.analysis.reused_ports')" -ge 4
f=$d/lossy-bulk.pcap
check "$f" "retransmissions" "$(count "$f" 'tcp.analysis.retransmission')" -ge 3
check "$f" "duplicate ACKs" "$(count "$f" 'tcp.analysis.duplicate_ack')" -ge 5
check "$f" "out-of-order" "$(count "$f" 'tcp.analysis.out_of_order')" -ge 1
check "$f" "bytes acknowledged" "$(field "$f" "ip.src==$CLIENT" tcp.ack | sort -n | tail -1)" -ge 204800
f=$d/mid-connection.pcap
check "$f" "SYNs" "$(count "$f" 'tcp.flags.syn==1')" -eq 0
check "$f" "data segments" "$(count "$f" 'tcp.len>0')" -ge 10
check "$f" "FINs" "$(count "$f" 'tcp.flags.fin==1')" -eq 2
f=$d/many-connections.pcap
check "$f" "tcp.stream values" "$(field "$f" tcp tcp.stream | sort -u | wc -l)" -eq 10
check "$f" "FINs" "$(count "$f" 'tcp.flags.fin==1')" -eq 20

f=$d/syn-backoff-doubling.pcap
check "$f" "SYNs" "$(count "$f" 'tcp.flags.syn==1 and tcp.flags.ack==0')" -eq 4
f=$d/syn-backoff-mixed.pcap
check "$f" "SYNs" "$(count "$f" 'tcp.flags.syn==1 and tcp.flags.ack==0')" -eq 5
f=$d/syn-ack-lost.pcap
check "$f" "SYN+ACKs before the last SYN" \
    "$(count "$f" "tcp.flags.syn==1 and tcp.flags.ack==1 and frame.number < $(field "$f" 'tcp.flags.syn==1 and tcp.flags.ack==0' frame.number | tail -1)")" -ge 2
f=$d/syn-ack-first.pcap
check "$f" "first frame is the SYN+ACK" "$(count "$f" 'frame.number==1 and tcp.flags.syn==1 and tcp.flags.ack==1')" -eq 1
check "$f" "SYNs without ACK" "$(count "$f" 'tcp.flags.syn==1 and tcp.flags.ack==0')" -eq 0
f=$d/fin-data.pcap
check "$f" "FIN with data from server" "$(count "$f" "tcp.flags.fin==1 and tcp.len>0 and ip.src!=$CLIENT")" -eq 1
f=$d/crossing-fin.pcap
check "$f" "FINs" "$(count "$f" 'tcp.flags.fin==1')" -eq 2
check "$f" "second FIN does not ACK the first" \
    "$(field "$f" 'tcp.flags.fin==1' tcp.ack | tail -1)" -le "$(field "$f" 'tcp.flags.fin==1' tcp.seq | head -1)"
f=$d/data-rto.pcap
check "$f" "retransmissions" "$(count "$f" 'tcp.analysis.retransmission')" -eq 1
check "$f" "fast retransmissions" "$(count "$f" 'tcp.analysis.fast_retransmission')" -eq 0
check "$f" "duplicate ACKs" "$(count "$f" 'tcp.analysis.duplicate_ack')" -eq 0
f=$d/syn-unanswered.pcap
check "$f" "SYNs, nothing else" "$(count "$f" 'tcp.flags.syn==1 and tcp.flags.ack==0')" -eq "$(count "$f" 'tcp')"
check "$f" "RTT samples" "$(count "$f" 'tcp.analysis.ack_rtt')" -eq 0
s=$SAMPLES_DIR
for f in "$s/web-fetch-3-segment-close.pcapng" "$s/web-fetch-4-segment-close.pcapng"; do
    check "$f" "DNS answer for www.example.com" "$(count "$f" 'dns.flags.response==1 and dns.a')" -eq 1
    check "$f" "HTTP response" "$(count "$f" 'http.response.code==200')" -eq 1
done
check "$s/web-fetch-3-segment-close.pcapng" "teardown segments" "$(teardown "$s/web-fetch-3-segment-close.pcapng")" -eq 3
check "$s/web-fetch-4-segment-close.pcapng" "teardown segments" "$(teardown "$s/web-fetch-4-segment-close.pcapng")" -eq 4
check "$s/reset.pcapng" "RSTs" "$(count "$s/reset.pcapng" 'tcp.flags.reset==1')" -ge 1
check "$s/reset.pcapng" "FINs" "$(count "$s/reset.pcapng" 'tcp.flags.fin==1')" -eq 0
check "$s/refused.pcapng" "RST+ACK" "$(count "$s/refused.pcapng" 'tcp.flags.reset==1 and tcp.flags.ack==1')" -eq 1

echo "$FAILS failure(s)"
[ "$FAILS" -eq 0 ]
