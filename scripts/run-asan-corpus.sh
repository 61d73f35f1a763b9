#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every capture of the shared hostile corpus (truncated records, absurd lengths, broken pcapng
# blocks, odd link types) through the real CLI built with AddressSanitizer + UBSan (the dev-asan
# preset): `list --json`, then `ladder --json` of stream 0 when there is one. A sanitizer report,
# a leak, a crash, a hang (> 60 s) or an exit status other than 0/1 fails the run; exit 1 is the
# contract's answer to a file that is not a capture ("not a pcap or pcapng file").
#
#   TCPLADDER_SHARED_DIR   directory holding corpus/ (default ../shared next to the checkout)
#   ASAN_CORPUS_NO_BUILD=1 use build/dev-asan as it is
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
shared=${TCPLADDER_SHARED_DIR:-$(cd "$root/.." && pwd)/shared}
cli=$root/build/dev-asan/src/cli/tcpladder-cli

if [ "${ASAN_CORPUS_NO_BUILD:-0}" != 1 ]; then
    export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2}
    cmake --preset dev-asan >/dev/null
    cmake --build --preset dev-asan --target tcpladder-cli
fi
[ -d "$shared/corpus" ] || { echo "run-asan-corpus: no corpus in $shared" >&2; exit 1; }

# A distinct exit code tells a sanitizer finding from the CLI's own "bad file" status 1.
export ASAN_OPTIONS=detect_leaks=1:exitcode=86:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86
export QT_QPA_PLATFORM=offscreen
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

files=0 failed=0 readable=0
run() { # run NAME ARGS...: records a failure unless the exit status is 0 or 1
    local name=$1 rc=0
    shift
    timeout 60 "$cli" "$@" >"$log/out" 2>"$log/err" || rc=$?
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
        failed=$((failed + 1))
        [ "$rc" -eq 124 ] && echo "run-asan-corpus: TIMEOUT $name: $*" >&2
        echo "run-asan-corpus: FAIL (exit $rc) $name: $*" >&2
        grep -E 'ERROR|runtime error|SUMMARY|#[0-9] ' "$log/err" | head -15 >&2 || true
    fi
    return "$rc"
}
while IFS= read -r -d '' f; do
    files=$((files + 1))
    if run list list "$f" --json; then
        readable=$((readable + 1))
        if grep -q '"stream": *0\b\|"stream":0\b' "$log/out"; then
            run ladder ladder "$f" --stream 0 --json || true
        fi
    fi
done < <(find "$shared/corpus" -type f ! -name '*.md' ! -name LICENSE -print0 | sort -z)

echo "run-asan-corpus: $files files, $readable listed, $((files - readable - failed)) refused with exit 1," \
     "$failed sanitizer/crash/timeout failures"
[ "$failed" -eq 0 ]
