#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows CLI under wine must print the same JSON as the Linux CLI, byte for byte apart from the
# "file" value (a Windows path there): `list --json` of every capture in tests/data and the bundled
# samples, and `ladder --json` of every stream in them.
#   windows-json-diff.sh LINUX_CLI WINDOWS_CLI_EXE
set -euo pipefail
cd "$(dirname "$0")/.."
linux_cli=$1
windows_cli=$2
toolchain="${TCPLADDER_WINDOWS_TOOLCHAIN:-$(cd .. && pwd)/shared/toolchains/windows}"
qt_bin="$(cd build/windows-toolchain/qt6.4.2-mingw64/bin 2>/dev/null && pwd || echo "$toolchain/qt6.4.2-mingw64/bin")"
run_windows() { "$toolchain/wine-run.sh" --dll-dir "$qt_bin" "$windows_cli" "$@"; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# One wineserver for the whole loop instead of one start per call (test-windows.sh starts it persistent).
wineserver -p 120 </dev/null >/dev/null 2>&1 || true

compare() { # name, then the CLI arguments
    local name=$1
    shift
    "$linux_cli" "$@" > "$out/linux.json"
    run_windows "$@" > "$out/windows.json"
    python3 - "$out/linux.json" "$out/windows.json" "$name" <<'PY'
import json, re, sys
linux, windows, name = (open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read(), sys.argv[3])
json.loads(linux); json.loads(windows)  # both must be valid JSON
strip = lambda text: re.sub(r'"file": ?"(?:[^"\\]|\\.)*"', '"file": ""', text, count=1)
if strip(linux) != strip(windows):
    a, b = strip(linux), strip(windows)
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    sys.exit(f"windows-json-diff: {name}: differs at byte {at}:\n  linux:   {a[max(0, at-80):at+80]!r}\n  windows: {b[max(0, at-80):at+80]!r}")
PY
}

files=0 ladders=0
while IFS= read -r capture; do
    compare "list $capture" list "$capture" --json
    files=$((files + 1))
    for stream in $(python3 -c 'import json,sys; print(" ".join(str(c["stream"]) for c in json.load(open(sys.argv[1]))["connections"]))' "$out/linux.json"); do
        compare "ladder $capture stream $stream" ladder "$capture" --stream "$stream" --json
        ladders=$((ladders + 1))
    done
done < <(find tests/data resources/samples -type f \( -name '*.pcap' -o -name '*.pcapng' -o -name '*.gz' \) | sort)
echo "windows-json-diff: $files captures, $ladders ladders: Windows JSON equals Linux JSON"
