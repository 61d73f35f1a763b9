#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns real captures into seeds for tests/fuzz/fuzz_frames (its input layout is documented there).

Usage: fuzz-frame-seeds.py OUTDIR CAPTURE...   (pcapng and gzip are converted with editcap first)
"""
import os
import struct
import subprocess
import sys
import tempfile

# Must match kLinkTypes in tests/fuzz/fuzzinput.h: the first input byte indexes this table.
LINK_TYPES = [0, 1, 9, 12, 50, 104, 101, 108, 113, 228, 229, 276, 147, 14]
FRAMES_PER_SEED = 48
SEEDS_PER_FILE = 4


def classic_pcap(path, scratch):
    with open(path, 'rb') as f:
        magic = f.read(4)
    if magic in (b'\xd4\xc3\xb2\xa1', b'\xa1\xb2\xc3\xd4', b'\x4d\x3c\xb2\xa1', b'\xa1\xb2\x3c\x4d'):
        return path
    out = os.path.join(scratch, 'converted.pcap')
    # editcap reads pcapng and gzip; a file it cannot read is simply not a seed.
    done = subprocess.run(['editcap', '-F', 'pcap', path, out], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, check=False)
    return out if done.returncode == 0 and os.path.exists(out) else None


def frames(path):
    with open(path, 'rb') as f:
        data = f.read()
    if len(data) < 24:
        return None, []
    endian = '<' if data[:4] in (b'\xd4\xc3\xb2\xa1', b'\x4d\x3c\xb2\xa1') else '>'
    link = struct.unpack(endian + 'I', data[20:24])[0] & 0x0fffffff
    out, pos, last_ms = [], 24, None
    while pos + 16 <= len(data):
        sec, frac, caplen, wirelen = struct.unpack(endian + 'IIII', data[pos:pos + 16])
        body = data[pos + 16:pos + 16 + caplen]
        if len(body) < caplen or caplen > 0xffff:
            break
        ms = sec * 1000 + frac // 1000
        step = 0 if last_ms is None else max(0, min(255, ms - last_ms))
        last_ms = ms
        extra = max(0, min(0xfffe, wirelen - caplen))
        out.append(struct.pack('>HHB', caplen, extra, step) + body)
        pos += 16 + caplen
    return link, out


def main():
    outdir, inputs = sys.argv[1], sys.argv[2:]
    os.makedirs(outdir, exist_ok=True)
    written = 0
    with tempfile.TemporaryDirectory() as scratch:
        for path in inputs:
            pcap = classic_pcap(path, scratch)
            if not pcap:
                continue
            link, records = frames(pcap)
            if link is None or not records:
                continue
            if link in LINK_TYPES:
                first = LINK_TYPES.index(link)
            elif len(LINK_TYPES) <= link < 256:
                first = link
            else:
                continue
            base = os.path.basename(path)
            for n in range(SEEDS_PER_FILE):
                chunk = records[n * FRAMES_PER_SEED:(n + 1) * FRAMES_PER_SEED]
                if not chunk:
                    break
                with open(os.path.join(outdir, f'{base}.{n}'), 'wb') as f:
                    f.write(bytes([first]) + b''.join(chunk))
                written += 1
    print(f'fuzz-frame-seeds: {written} seeds from {len(inputs)} captures in {outdir}')


if __name__ == '__main__':
    main()
