#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Teacher's notes as Wireshark writes them: pcapng packet comments (opt_comment) added by editcap to
# the client-close exchange (editcap 4.0 keeps one comment per frame: -a replaces). Needs only editcap (Debian: wireshark-common); run from anywhere.
set -eu
DATA_DIR=$(cd "$(dirname "$0")" && pwd)
OUT="$DATA_DIR/commented.pcapng"
editcap -F pcapng \
    -a "1:The client opens: SYN, its ISN is random" \
    -a "2:SYN-ACK：服务器的初始序号，Ack = 客户端 ISN + 1" \
    -a "8:The client closes first" \
    "$DATA_DIR/client-close.pcap" "$OUT"
gzip -9 -n -c "$OUT" > "$OUT.gz"
