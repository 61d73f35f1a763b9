#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""clang-tidy for run-clang-tidy (-clang-tidy-binary), remembering clean files in build/clang-tidy-cache.

A source file is checked again only when something the checks see has changed: the translation unit preprocessed
with its comments (NOLINT) and macro definitions kept, its compile command, .clang-tidy, clang-tidy's version and
arguments. Only clean results are remembered, so a finding is reported on every run until it is fixed. Almost all
of a run is the checks walking Qt's and the standard library's declarations again for each file; preprocessing is
a small part of that.
"""
import hashlib
import json
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(ROOT, "build", "clang-tidy-cache")


def compile_entry(build_dir, source):
    with open(os.path.join(build_dir, "compile_commands.json"), encoding="utf-8") as database:
        for entry in json.load(database):
            if os.path.realpath(os.path.join(entry["directory"], entry["file"])) == os.path.realpath(source):
                return entry
    return None


def preprocessed(entry):
    """The translation unit as the checks see it, or None when it does not preprocess (clang-tidy will say why)."""
    argv = shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])
    kept, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-o", "-c"):
            skip = True  # the output and the source (given again below)
        else:
            kept.append(arg)
    result = subprocess.run(kept + ["-E", "-C", "-dD", "-Wno-unknown-warning-option", entry["file"]],
                            cwd=entry["directory"], capture_output=True, check=False)
    return result.stdout if result.returncode == 0 else None


def main():
    args = sys.argv[1:]
    source = args[-1] if args else ""
    build_dir = next((a[len("-p="):] for a in args if a.startswith("-p=")), None)
    entry = compile_entry(build_dir, source) if build_dir and source.endswith(".cpp") else None
    text = preprocessed(entry) if entry else None
    if text is None:  # -list-checks, or nothing to key on: plain clang-tidy
        os.execvp("clang-tidy", ["clang-tidy"] + args)

    key = hashlib.sha256()
    key.update(subprocess.run(["clang-tidy", "--version"], capture_output=True, check=True).stdout)
    with open(os.path.join(ROOT, ".clang-tidy"), "rb") as config:
        key.update(config.read())
    key.update(json.dumps([args, entry]).encode())
    key.update(text)
    stamp = os.path.join(CACHE, key.hexdigest())
    if os.path.exists(stamp):
        os.utime(stamp)  # still in use: check-style.sh prunes stamps unused for a month
        return 0
    status = subprocess.run(["clang-tidy"] + args, check=False).returncode
    if status == 0:
        os.makedirs(CACHE, exist_ok=True)
        open(stamp, "wb").close()
    return status


if __name__ == "__main__":
    sys.exit(main())
