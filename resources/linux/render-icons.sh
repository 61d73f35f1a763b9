#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the app icon (resources/icons/tcpladder.svg) into the hicolor PNG sizes desktops look up and
# the Windows .ico. The results are committed, so building never needs this; run it after editing the SVG.
# rsvg-convert (Debian: librsvg2-bin) is used because it draws the SVG markers (arrowheads) that
# ImageMagick's internal renderer drops.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/../icons/tcpladder.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    out="$here/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$out"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/tcpladder.png"
done
# The installer's and Explorer's icon: the sizes Windows picks from, 256 stored as PNG inside the .ico.
ico_sizes=()
for size in 16 24 32 48 64 128 256; do
    ico_sizes+=("$here/icons/hicolor/${size}x${size}/apps/tcpladder.png")
done
convert "${ico_sizes[@]}" "$here/../../installer/windows/tcpladder.ico"
