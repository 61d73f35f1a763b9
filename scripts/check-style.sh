#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# House tools, as CI runs them: clang-format must leave src/, tests/ and bench/ unchanged, and clang-tidy
# (the checks in .clang-tidy) must find nothing in src/. Needs a configured build/ci (compile_commands.json).
# Usage: scripts/check-style.sh [--fix-format | --format-only]
#   --format-only  clang-format alone (what CI enforces today: the clang-tidy checks still have findings to fix)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

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

[ -f build/ci/compile_commands.json ] || { echo "check-style: FAIL: configure build/ci first" >&2; exit 1; }
# GCC-only flags in the database mean nothing to clang; the checks themselves are in .clang-tidy.
if ! run-clang-tidy -quiet -j "$(nproc)" -p build/ci -extra-arg=-Wno-unknown-warning-option \
        "^${root//./\\.}/src/.*\\.cpp\$" > build/clang-tidy.log 2>&1; then
    grep -E "(warning|error):" build/clang-tidy.log | sort -u | head -40 >&2
    echo "check-style: FAIL: clang-tidy findings above (full log: build/clang-tidy.log)" >&2
    exit 1
fi
echo "check-style: clang-tidy: no findings in src/"
