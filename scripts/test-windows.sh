#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows suites, as Windows programs under wine: cross-builds the `windows` preset (MinGW-w64, Qt 6.4.2
# for MinGW, offline libpcap; see cmake/WindowsToolchain.cmake), runs every CTest suite that does not need a
# real network interface under wine, then checks that the Windows CLI's JSON equals the Linux CLI's on
# every capture in tests/data and the samples (scripts/windows-json-diff.sh).
#
# Without the toolchain (a plain clone without ../shared) it says that the Windows suites did not run and
# exits 0, unless TCPLADDER_REQUIRE_WINDOWS=1 (CI), where a missing toolchain fails.
#   TCPLADDER_WINDOWS_TOOLCHAIN  the toolchain folder (default ../shared/toolchains/windows)
#   TCPLADDER_LINUX_CLI          the Linux CLI to compare with (default build/ci, else build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
toolchain="${TCPLADDER_WINDOWS_TOOLCHAIN:-$(cd .. && pwd)/shared/toolchains/windows}"

if [ ! -f "$toolchain/mingw64.cmake" ] || ! command -v wine >/dev/null || ! command -v x86_64-w64-mingw32-g++-posix >/dev/null; then
    why="no Windows toolchain at $toolchain (or MinGW-w64/wine missing; scripts/install-deps.sh installs them when the toolchain is there)"
    if [ "${TCPLADDER_REQUIRE_WINDOWS:-0}" = 1 ]; then
        echo "test-windows: FAIL: $why" >&2
        exit 1
    fi
    echo "test-windows: the Windows suites did not run: $why"
    exit 0
fi
export TCPLADDER_WINDOWS_TOOLCHAIN="$toolchain"
# A wine prefix of our own, so a developer's ~/.wine is never touched (and CI starts from a clean one).
export WINEPREFIX="${WINEPREFIX:-$PWD/build/wine-prefix}"
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}"
source scripts/wine-prefix.sh
# Each phase says on stdout that it starts, so a CI log shows where a failure came from.
echo "test-windows: preparing the wine prefix $WINEPREFIX"
prepare_wine_prefix
start_wine_services
echo "test-windows: building and running the windows preset"

start=$(date +%s)
cmake --workflow --preset windows

linux_cli="${TCPLADDER_LINUX_CLI:-}"
for candidate in build/ci/src/cli/tcpladder-cli build/dev/src/cli/tcpladder-cli; do
    [ -n "$linux_cli" ] || { [ -x "$candidate" ] && linux_cli=$candidate; }
done
[ -n "$linux_cli" ] || { echo "test-windows: FAIL: no Linux CLI to compare with (build the ci preset first)" >&2; exit 1; }
echo "test-windows: comparing the Windows CLI's JSON with $linux_cli"
scripts/windows-json-diff.sh "$linux_cli" build/windows/tcpladder-cli.exe
echo "test-windows: Windows suites passed in $(( $(date +%s) - start )) s"
