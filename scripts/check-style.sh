#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# House tools, as CI runs them: clang-format must leave src/, tests/ and bench/ unchanged, and clang-tidy
# (the checks in .clang-tidy) must find nothing in src/.
# Usage: scripts/check-style.sh [--fix-format | --format-only]
#   --format-only  clang-format alone (seconds; checking all of src/ with clang-tidy is ~12 CPU-minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mkdir -p build

mapfile -t sources < <(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
if [ "${1:-}" = --fix-format ]; then
    clang-format -i --style=file "${sources[@]}"
    echo "check-style: formatted ${#sources[@]} files"
    exit 0
fi
if ! clang-format --dry-run --Werror --style=file "${sources[@]}" 2> build/clang-format.log; then
    head -40 build/clang-format.log >&2
    echo "check-style: FAIL: clang-format would change the files above (scripts/check-style.sh --fix-format)" >&2
    exit 1
fi
echo "check-style: clang-format: ${#sources[@]} files as .clang-format says"
[ "${1:-}" = --format-only ] && exit 0

# clang-tidy reads the `tidy` preset's database (clang 14, the version of clang-tidy). It needs only the headers
# moc and uic generate, so only the autogen targets are built (the preset stops them waiting for the libraries).
cmake --preset tidy >/dev/null
mapfile -t prerequisites < <(ninja -C build/tidy -t targets all | sed -n 's/^\([^:/]*_autogen\): .*/\1/p')
ninja -C build/tidy "${prerequisites[@]}" >/dev/null
# GCC-only flags mean nothing to clang; the checks themselves are in .clang-tidy. clang-tidy-cached.py skips the
# files whose preprocessed text, flags and configuration passed before (build/clang-tidy-cache; a clean clone checks
# every file). run-clang-tidy always colours its output: the log is kept plain.
find build/clang-tidy-cache -type f -mtime +30 -delete 2>/dev/null || true
started=$SECONDS
if ! run-clang-tidy -quiet -j "$(nproc)" -p build/tidy -clang-tidy-binary "$root/scripts/clang-tidy-cached.py" \
        -extra-arg=-Wno-unknown-warning-option "^${root//./\\.}/src/.*\\.cpp\$" 2>&1 |
        sed 's/\x1b\[[0-9;]*m//g' > build/clang-tidy.log; then
    grep -E "(warning|error):" build/clang-tidy.log | sort -u | head -40 >&2
    echo "check-style: FAIL: clang-tidy findings above in src/ (full log: build/clang-tidy.log)" >&2
    exit 1
fi
echo "check-style: clang-tidy: no findings in src/ ($((SECONDS - started)) s)"
