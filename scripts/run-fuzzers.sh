#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the `fuzz` preset (clang + libFuzzer + ASan/UBSan) and fuzzes each target for a bounded
# time. Fails on any finding: crash, sanitizer report, leak, input slower than 10 s, RSS > 2 GB.
#
#   FUZZ_SECONDS   total fuzzing time, split over the targets (default 180)
#   FUZZ_WORK      where corpora and findings go (default build/fuzz/work; kept between runs so the
#                  corpus keeps growing)
#   TCPLADDER_SHARED_DIR   directory holding corpus/ (default ../shared next to the checkout)
#
# A finding is left in $FUZZ_WORK/findings/<target>/; reproduce it with
#   build/fuzz/tests/fuzz/<target> <file>
# then fix it and copy the file into tests/fuzz/regressions/<target>/ so tst_fuzzregressions replays
# it in every normal build.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

total=${FUZZ_SECONDS:-180}
work=${FUZZ_WORK:-$root/build/fuzz/work}
shared=${TCPLADDER_SHARED_DIR:-$(cd "$root/.." && pwd)/shared}
bin=$root/build/fuzz/tests/fuzz

export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

# Seeds: real captures from tests/data and the shared hostile corpus (read in place, never copied
# into the repo), plus every regression input; fuzz_frames needs them re-cut into its own layout.
captures=("$root"/tests/data/*.pcap*)
if [ -d "$shared/corpus" ]; then
    while IFS= read -r -d '' f; do captures+=("$f"); done \
        < <(find "$shared/corpus" -type f ! -name '*.md' ! -name LICENSE -print0)
else
    echo "run-fuzzers: no $shared/corpus, seeding from tests/data only" >&2
fi
mkdir -p "$work"
rm -rf "$work/frame-seeds"
python3 "$root/scripts/fuzz-frame-seeds.py" "$work/frame-seeds" "${captures[@]}"
mkdir -p "$work/capture-seeds"
# A flat copy (names made unique) so libFuzzer reads seeds without walking the shared tree.
for f in "${captures[@]}"; do
    cp -f "$f" "$work/capture-seeds/$(echo "${f#"$root"/}" | tr '/' '_')"
done

declare -A share=([fuzz_capture]=45 [fuzz_frames]=40 [fuzz_filter]=15) # percent of the total
declare -A maxlen=([fuzz_capture]=65536 [fuzz_frames]=65536 [fuzz_filter]=512)
declare -A seeds=([fuzz_capture]="$work/capture-seeds" [fuzz_frames]="$work/frame-seeds"
                  [fuzz_filter]="$root/tests/fuzz/seeds/filter")
declare -A extra=([fuzz_filter]="-dict=$root/tests/fuzz/filter.dict")

failed=()
summary=()
for target in fuzz_capture fuzz_frames fuzz_filter; do
    seconds=$(( total * ${share[$target]} / 100 ))
    [ "$seconds" -ge 1 ] || seconds=1
    corpus=$work/corpus/$target
    findings=$work/findings/$target
    rm -rf "$findings"
    mkdir -p "$corpus" "$findings"
    log=$work/$target.log
    echo "run-fuzzers: $target for ${seconds}s (log: $log)"
    # detect_leaks stays on: a leak per malformed file adds up over a long GUI session.
    set +e
    "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
        -max_len="${maxlen[$target]}" -print_final_stats=1 -artifact_prefix="$findings/" \
        ${extra[$target]:-} "$corpus" "${seeds[$target]}" "$root/tests/fuzz/regressions/$target" >"$log" 2>&1
    rc=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    size=$(find "$corpus" -type f | wc -l)
    summary+=("$target: ${runs:-?} executions in ${seconds}s, corpus $size inputs, exit $rc")
    if [ "$rc" -ne 0 ] || [ -n "$(ls -A "$findings")" ]; then
        failed+=("$target")
        grep -E 'ERROR|runtime error|SUMMARY|Test unit written|timeout|out-of-memory' "$log" | head -20 >&2 || true
    fi
done

printf 'run-fuzzers: %s\n' "${summary[@]}"
if [ ${#failed[@]} -ne 0 ]; then
    echo "run-fuzzers: FINDINGS in ${failed[*]} (inputs in $work/findings/)" >&2
    exit 1
fi
echo "run-fuzzers: no findings"
