#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything TCP Ladder needs to build, run and test on Debian 12, from Debian's archive only.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl1-mesa-dev libpcap-dev zlib1g-dev
    fonts-dejavu-core fonts-wqy-microhei
    # tests: tshark is the oracle, tcpdump/iproute2/nftables/netfilter-queue make real captures,
    # xvfb/xauth/imagemagick run and screenshot the real window
    tshark tcpdump iproute2 nftables libnetfilter-queue-dev libcap2-bin socat python3
    xvfb xauth imagemagick x11-utils
    # pdfinfo/pdftoppm: check and look at the PDF export (tests fall back to counting pages themselves)
    poppler-utils
    # packaging (scripts/ci-package.sh): the NSIS compiler, desktop/AppStream validators
    nsis desktop-file-utils appstream
    # fuzzing and sanitizers: clang with its libFuzzer/ASan/UBSan runtimes, llvm-symbolizer for traces
    clang libclang-rt-14-dev llvm
    # house tools (scripts/check-style.sh), both enforced by CI: the formatter, and the linter (Debian's clang-tidy
    # brings /usr/bin/run-clang-tidy; the tidy preset compiles with clang, above; the cache wrapper is python3)
    clang-format clang-tidy
    # bench/run-benchmarks.sh: timing, peak RSS, profiles
    hyperfine time linux-perf
    # tst_textdiagrams renders the text exports with their real tools: PlantUML, xelatex with pgf/TikZ and
    # xeCJK (Chinese), the Mermaid CLI (npm, below) on Debian's chromium; rsvg-convert to look at its SVGs
    plantuml texlive-xetex texlive-lang-chinese texlive-pictures chromium librsvg2-bin
)
# npm for the Mermaid CLI: Debian's, unless a node with its own npm is installed already.
command -v npm >/dev/null || packages+=(nodejs npm)

# The Windows build (scripts/test-windows.sh) needs MinGW-w64 and wine, but only where the shared Windows
# toolchain (Qt for MinGW, offline libpcap) is there to build with.
windows_toolchain="${TCPLADDER_WINDOWS_TOOLCHAIN:-$(cd "$(dirname "$0")/../.." && pwd)/shared/toolchains/windows}"
if [ -f "$windows_toolchain/mingw64.cmake" ]; then
    packages+=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64
               libz-mingw-w64-dev wine wine64)
fi

run_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
    grep -q "install ok installed" <<<"$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
else
    echo "install-deps: installing ${missing[*]}"
    # tshark asks whether non-root users may capture; answer "no" (we never need it for tests).
    echo "wireshark-common wireshark-common/install-setuid boolean false" | run_as_root debconf-set-selections
    run_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    run_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# The Mermaid CLI pinned by tests/tools/mermaid/package-lock.json, from the npm registry; no browser download
# (none is reachable): puppeteer.json there points it at Debian's chromium.
mermaid_dir="$(dirname "$0")/../tests/tools/mermaid"
if [ ! -x "$mermaid_dir/node_modules/.bin/mmdc" ] || [ "$mermaid_dir/package-lock.json" -nt "$mermaid_dir/node_modules" ]; then
    (cd "$mermaid_dir" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund)
    touch "$mermaid_dir/node_modules"
fi

if [ -f "$windows_toolchain/mingw64.cmake" ]; then
    # Unpacks Qt for MinGW and libpcap into build/windows-toolchain (once; again when a tarball changes).
    TCPLADDER_WINDOWS_TOOLCHAIN="$windows_toolchain" cmake -P "$(dirname "$0")/../cmake/UnpackWindowsToolchain.cmake"
else
    echo "install-deps: no Windows toolchain at $windows_toolchain: the Windows build and its suites are skipped"
fi
