#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging CI (run as root on Debian 12, after scripts/install-deps.sh): builds the .deb, installs it with
# apt-get, runs the installed programs (CLI on an installed sample, GUI under Xvfb with a screenshot),
# checks the capture-group scheme, removes and purges it. Exits non-zero on the first failure. (The Windows
# installer is built and installed under wine by scripts/ci-windows-installer.sh.)
#   TCPLADDER_PACKAGE_BUILD_DIR  build tree to package (default build/ci; configured with the ci preset
#                                and built if it does not exist yet)
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir="$PWD"
build_dir="$(realpath -m "${TCPLADDER_PACKAGE_BUILD_DIR:-build/ci}")"
out_dir="$build_dir/package-check"
sample=/usr/share/tcpladder/samples/web-fetch-3-segment-close.pcapng
capture_copy=/usr/lib/tcpladder/capture

step() { printf '\n== ci-package: %s\n' "$*"; }
fail() { printf 'ci-package: FAIL: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run as root (installs a package)"

step "build ($build_dir)"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake --preset ci -B "$build_dir"
fi
cmake --build "$build_dir" --target tcpladder tcpladder-cli
rm -rf "$out_dir" && mkdir -p "$out_dir"

step "desktop entry and AppStream metadata"
desktop-file-validate resources/linux/tcpladder.desktop
appstreamcli validate --no-net resources/linux/io.github.tcpladder.TCPLadder.metainfo.xml

step "cpack -G DEB"
rm -f "$build_dir"/tcpladder_*.deb
(cd "$build_dir" && cpack -G DEB)
deb="$(ls "$build_dir"/tcpladder_*.deb)"
dpkg-deb --info "$deb" | tee "$out_dir/deb-info.txt"
dpkg-deb --contents "$deb" > "$out_dir/deb-contents.txt"
grep -q 'Depends:.*libqt6widgets6' "$out_dir/deb-info.txt" || fail "shlibdeps did not add the Qt libraries"
for path in ./usr/bin/tcpladder ./usr/bin/tcpladder-cli ./usr/lib/tcpladder/tcpladder \
            ./usr/lib/tcpladder/capture/tcpladder-cli ./usr/share/applications/tcpladder.desktop \
            ./usr/share/metainfo/io.github.tcpladder.TCPLadder.metainfo.xml \
            ./usr/share/icons/hicolor/48x48/apps/tcpladder.png ./usr/share/icons/hicolor/scalable/apps/tcpladder.svg \
            ./usr/share/mime/packages/tcpladder.xml ".$sample"; do
    grep -q " $path\$" "$out_dir/deb-contents.txt" || fail "$path missing from the package"
done
if grep -q '^-..[sS]\|^-.....[sS]' <<<"$(awk '{print $1}' "$out_dir/deb-contents.txt")"; then
    fail "setuid/setgid file in the package"
fi

step "apt-get install ./$(basename "$deb")"
if grep -q installed <<<"$(dpkg-query -W -f='${Status}' tcpladder 2>/dev/null)"; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -q tcpladder
fi
group_existed=0
getent group pcap >/dev/null && group_existed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb"
dpkg -L tcpladder > "$out_dir/installed-files.txt"

step "capture permissions (pcap group, capabilities, never setuid)"
getent group pcap >/dev/null || fail "no pcap group after install"
for program in tcpladder tcpladder-cli; do
    [ "$(stat -c '%U:%G %a' "/usr/lib/tcpladder/$program")" = "root:root 755" ] || fail "plain $program mode"
    [ "$(stat -c '%U:%G %a' "$capture_copy/$program")" = "root:pcap 750" ] || fail "capture $program mode"
    grep -q 'cap_net_admin,cap_net_raw=eip' <<<"$(getcap "$capture_copy/$program")" || fail "no capabilities on $program"
    [ -z "$(getcap "/usr/lib/tcpladder/$program")" ] || fail "the plain $program has capabilities"
done
while read -r path; do
    if [ -f "$path" ] && [ -n "$(find "$path" -perm /6000)" ]; then fail "$path is setuid/setgid"; fi
done < "$out_dir/installed-files.txt"

step "installed tcpladder-cli list on the installed sample"
/usr/bin/tcpladder-cli list "$sample" --json > "$out_dir/list-installed.json"
"$build_dir/src/cli/tcpladder-cli" list "$sample" --json > "$out_dir/list-build.json"
cmp "$out_dir/list-installed.json" "$out_dir/list-build.json" || fail "installed CLI disagrees with the build tree"
python3 - "$out_dir/list-installed.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
conns = report["connections"]
assert conns, "no connections in the installed sample"
assert conns[0]["open"] == "complete" and conns[0]["close"] == "fin", conns[0]
assert conns[0]["teardown_segments"] == 3, conns[0]
print("installed CLI:", len(conns), "connection(s), stream 0 teardown", conns[0]["teardown_segments"])
PY

step "launcher: a user outside pcap reads files but cannot capture; a pcap member can"
nobody_uid="$(id -u nobody)"; nobody_gid="$(getent group nogroup | cut -d: -f3)"
pcap_gid="$(getent group pcap | cut -d: -f3)"
as_outsider=(setpriv --reuid "$nobody_uid" --regid "$nobody_gid" --clear-groups)
as_member=(setpriv --reuid "$nobody_uid" --regid "$nobody_gid" --groups "$pcap_gid")
"${as_outsider[@]}" /usr/bin/tcpladder-cli list "$sample" > /dev/null || fail "outsider cannot read a file"
if "${as_outsider[@]}" /usr/bin/tcpladder-cli capture -i lo --duration 1 -w /tmp/tcpladder-outsider.pcapng \
        2> "$out_dir/outsider-capture.txt"; then
    fail "a user outside the pcap group could capture"
fi
grep -qi 'permission' "$out_dir/outsider-capture.txt" || fail "outsider got no permission message"
rm -f /tmp/tcpladder-member.pcapng
"${as_member[@]}" /usr/bin/tcpladder-cli capture -i lo --duration 1 -w /tmp/tcpladder-member.pcapng \
    2> "$out_dir/member-capture.txt" || { cat "$out_dir/member-capture.txt"; fail "pcap member cannot capture"; }
/usr/bin/tcpladder-cli list /tmp/tcpladder-member.pcapng > /dev/null || fail "member's capture unreadable"
rm -f /tmp/tcpladder-member.pcapng /tmp/tcpladder-outsider.pcapng

step "installed tcpladder under Xvfb"
shot="$out_dir/installed-gui.png"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    /usr/bin/tcpladder "$1" --select-stream 0 > "$3/gui.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 40); do
        sleep 0.5
        if ! kill -0 "$pid" 2>/dev/null; then echo "tcpladder exited early"; cat "$3/gui.log"; exit 1; fi
        grep -q "TCP Ladder" <<<"$(xwininfo -root -tree)" && break
    done
    sleep 2
    import -window root "$2"
    kill "$pid"; wait "$pid" || true' _ "$sample" "$shot" "$out_dir"
colours="$(convert "$shot" -format '%k' info:)"
spread="$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)"
echo "screenshot: $colours colours, grey standard deviation $spread"
[ "$colours" -gt 50 ] || fail "screenshot looks blank ($colours colours)"
python3 -c "import sys; sys.exit(0 if float('$spread') > 0.05 else 1)" || fail "screenshot has no contrast"

step "apt-get remove"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q tcpladder
while read -r path; do
    if [ -f "$path" ] || [ -L "$path" ]; then fail "$path left behind by remove"; fi
done < "$out_dir/installed-files.txt"
[ ! -e /usr/lib/tcpladder ] || fail "/usr/lib/tcpladder left behind"
if grep -q /usr/lib/tcpladder <<<"$(dpkg-statoverride --list)"; then fail "stat overrides left behind"; fi
getent group pcap >/dev/null || fail "remove deleted the pcap group (only purge may)"

step "apt-get purge"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q tcpladder
if [ "$group_existed" -eq 0 ] && getent group pcap >/dev/null; then fail "purge left the pcap group it created"; fi
if [ "$group_existed" -eq 1 ] && ! getent group pcap >/dev/null; then fail "purge deleted a pre-existing group"; fi
[ ! -e /var/lib/tcpladder ] || fail "/var/lib/tcpladder left behind"

cp "$deb" "$out_dir/"
step "all packaging checks passed; artefacts in $out_dir"
