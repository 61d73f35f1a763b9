#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer, end to end under wine (after scripts/test-windows.sh built build/windows): builds
# the NSIS installer with Debian's makensis (cpack), installs it silently (/S) into a fresh wine prefix with
# no Npcap, runs the installed tcpladder-cli.exe (--version, a bundled sample) and tcpladder.exe (a real
# window under Xvfb, screenshot in build/windows/installer-check/), checks the Start-menu entry and the
# .pcap/.pcapng association, uninstalls silently and checks that nothing is left: files, Start-menu
# entry, registry keys. Prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/.."
build="$PWD/build/windows"
out="$build/installer-check"
export WINEPREFIX="$PWD/build/wine-installer-prefix"
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;wpcap=n"
unset WINEPATH # the installed programs must run from their own folder, with nothing else on the path

step() { printf '\n== ci-windows-installer: %s\n' "$*"; }
fail() { printf 'ci-windows-installer: FAIL: %s\n' "$*" >&2; exit 1; }
start=$(date +%s)
[ -x "$build/tcpladder-cli.exe" ] || fail "no Windows build in $build (run scripts/test-windows.sh)"
rm -rf "$out" "$WINEPREFIX" && mkdir -p "$out"

step "cpack -G NSIS (Debian's makensis, Target amd64-unicode)"
rm -f "$build"/tcpladder-*-win64.exe
(cd "$build" && cpack -G NSIS) || { tail -40 "$build"/_CPack_Packages/*/NSIS/NSISOutput.log 2>/dev/null; fail "makensis failed"; }
installer="$(ls "$build"/tcpladder-*-win64.exe)"

step "a fresh wine prefix (Windows 10, no Npcap)"
source scripts/wine-prefix.sh
prepare_wine_prefix
root="$WINEPREFIX/drive_c/Program Files/TCP Ladder"
[ ! -e "$WINEPREFIX/drive_c/windows/system32/Npcap" ] || fail "the prefix has an Npcap folder"

step "silent install: $(basename "$installer") /S"
wine "$installer" /S
wineserver -w
for f in bin/tcpladder.exe bin/tcpladder-cli.exe bin/Qt6Core.dll bin/Qt6Widgets.dll bin/Qt6Charts.dll bin/Qt6Svg.dll \
         bin/libstdc++-6.dll bin/zlib1.dll bin/platforms/qwindows.dll bin/styles/qwindowsvistastyle.dll \
         samples/web-fetch-3-segment-close.pcapng Uninstall.exe; do
    [ -f "$root/$f" ] || fail "not installed: $f"
done
[ ! -e "$root/bin/wpcap.dll" ] || fail "wpcap.dll must not be shipped (live capture loads Npcap's)"
shortcut="$(find "$WINEPREFIX/drive_c" -path '*Start Menu/Programs/TCP Ladder/TCP Ladder.lnk' | head -n1)"
[ -n "$shortcut" ] || fail "no Start-menu entry"
for ext in .pcap .pcapng; do
    wine reg query "HKLM\\Software\\Classes\\$ext\\OpenWithProgids" /v TCPLadder.Capture >/dev/null 2>&1 \
        || fail "$ext is not associated with TCP Ladder"
done
# Each output goes to a file first: with pipefail, `cmd | grep -q` fails whenever grep exits on the match
# before cmd has written its last line (SIGPIPE), which happened to wine's reg on CI.
wine reg query 'HKLM\Software\Classes\TCPLadder.Capture\shell\open\command' /ve > "$out/open-command.txt" \
    || fail "no TCPLadder.Capture open command key"
grep -qi 'tcpladder.exe" "%1"' "$out/open-command.txt" \
    || { cat "$out/open-command.txt" >&2; fail "the open command for captures is not tcpladder.exe \"%1\""; }

step "the installed CLI, from its own folder"
cli="C:\\Program Files\\TCP Ladder\\bin\\tcpladder-cli.exe"
wine "$cli" --version > "$out/version.txt" || fail "--version exited with an error"
grep -q '^tcpladder-cli ' "$out/version.txt" || { cat "$out/version.txt" >&2; fail "--version"; }
wine "$cli" list "C:\\Program Files\\TCP Ladder\\samples\\web-fetch-3-segment-close.pcapng" --json > "$out/list.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["connections"], "no connections"' "$out/list.json" \
    || fail "the installed CLI did not list the sample"
if wine "$cli" interfaces 2> "$out/interfaces.err"; then fail "interfaces succeeded without Npcap"; fi
grep -q "Npcap" "$out/interfaces.err" || fail "the CLI does not say that live capture needs Npcap"

step "the installed GUI in a real window (Xvfb, wine's windows platform), with a sample open"
gui="C:\\Program Files\\TCP Ladder\\bin\\tcpladder.exe"
screenshot() { # language, file
    LANG="$1" xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
        wine "$0" --sample web-fetch-3-segment-close.pcapng --select-stream 0 & app=$!
        for _ in $(seq 1 120); do
            grep -q "TCP Ladder\|TCP 梯形图" <<<"$(xwininfo -root -tree 2>/dev/null)" && break
            sleep 0.5 # polling for the window in a CI script, not in a test
        done
        sleep 3 # let the ladder paint
        import -window root "$1"
        kill $app; wineserver -k' "$gui" "$2" || true
    [ -s "$2" ] || fail "no screenshot $2"
}
screenshot en_US.UTF-8 "$out/windows-en.png"
screenshot zh_CN.UTF-8 "$out/windows-zh_CN.png"

step "silent uninstall"
wine "$root/Uninstall.exe" /S
wineserver -w
[ ! -e "$root" ] || { find "$root" | head; fail "files left in $root"; }
[ -z "$(find "$WINEPREFIX/drive_c" -path '*Start Menu/Programs/TCP Ladder*' | head -n1)" ] || fail "Start-menu entry left"
for key in 'HKLM\Software\Classes\TCPLadder.Capture' 'HKLM\Software\TCP Ladder' \
           'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\tcpladder 0.1.0'; do
    if wine reg query "$key" >/dev/null 2>&1; then fail "registry key left: $key"; fi
done
for ext in .pcap .pcapng; do
    if wine reg query "HKLM\\Software\\Classes\\$ext\\OpenWithProgids" /v TCPLadder.Capture >/dev/null 2>&1; then
        fail "$ext still lists TCP Ladder"
    fi
done
echo "ci-windows-installer: passed in $(( $(date +%s) - start )) s; screenshots in $out"
