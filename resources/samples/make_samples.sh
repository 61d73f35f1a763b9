#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the sample captures bundled with the GUI (needs root).
#
#   sudo resources/samples/make_samples.sh
#
# A client namespace resolves www.example.com with a tiny DNS responder and fetches a small
# page from python's http.server across a ~40 ms RTT wire (tests/tools/tap_wire.c); the
# capture is taken on the client and saved as pcapng.
set -euo pipefail

SAMPLES_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../../tests/tools/netns_lib.sh
source "$SAMPLES_DIR/../../tests/tools/netns_lib.sh"
trap all_cleanup EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" = 0 ] || { echo "needs root" >&2; exit 1; }

WEB_PY="$TOOLS_DIR/web_sample.py"
NAME=www.example.com
DELAY=20     # one way, ms
JITTER=1

make_site() {
    local site="$WORK_DIR/site"
    mkdir -p "$site"
    cat >"$site/index.html" <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Example Domain</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
  <main>
    <h1>Example Domain</h1>
    <p>This domain is for use in documentation examples without needing permission.</p>
    <p>This page was fetched across a simulated wide-area link so that TCP Ladder has a
       realistic conversation to draw: a DNS lookup, a three-way handshake, one request,
       one response and a connection teardown.</p>
    <ul>
      <li><a href="/about.html">About this sample</a></li>
      <li><a href="/big.html">A larger page</a></li>
    </ul>
  </main>
</body>
</html>
EOF
    {
        printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Catalogue</title></head><body>\n'
        local i
        for i in $(seq 1 400); do
            printf '<p id="item-%d">Catalogue entry %d: a line of text long enough to make the page span several segments.</p>\n' "$i" "$i"
        done
        printf '</body></html>\n'
    } >"$site/big.html"
}

# sample OUT MODE PATH HTTP_VERSION [LISTEN(1|0)]
sample() {
    local out=$1 mode=$2 path=$3 version=$4 listen=${5:-1}
    wire_up "$DELAY" "$JITTER"
    bg_srv "$PY" "$WEB_PY" dns-server "$SRV4" "$NAME" "$SRV4"
    if [ "$listen" = 1 ]; then
        bg_srv "$PY" "$WEB_PY" http-server "$SRV4" 80 "$WORK_DIR/site" "$version"
        wait_listen "$NS_SRV" 80
    fi
    wait_listen "$NS_SRV" 53
    local raw="$WORK_DIR/raw.pcap"
    capture_start "$raw" -i eth0
    in_cli "$PY" "$WEB_PY" fetch "$SRV4" "$NAME" 80 "$path" "$mode"
    sleep 0.3
    capture_stop
    editcap -F pcapng "$raw" "$SAMPLES_DIR/$out"
    rm -f "$raw"
}

build_wire
make_site
log "web-fetch-3-segment-close"
sample web-fetch-3-segment-close.pcapng keepalive /index.html 1.1
log "web-fetch-4-segment-close"
sample web-fetch-4-segment-close.pcapng close /index.html 1.0
log "reset"
sample reset.pcapng reset /big.html 1.1
log "refused"
sample refused.pcapng refused / 1.1 0
netns_cleanup
log "done"
