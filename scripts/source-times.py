#!/usr/bin/env python3
"""Gives a fresh clone's unchanged files the times they had when a shared Cargo target
folder last built them, so Cargo rebuilds only the crates whose files changed.

Cargo decides a crate is out of date when one of its files is newer than its last build,
and a fresh clone makes every file new: each CI run in a new clone rebuilt all of the
workspace's crates three times (lints, debug, release) though most had not changed. The
record kept in the target folder holds, for each file, the content it last had there and
the time it was given. A file whose content is the record's gets the record's time back;
any other keeps the clone's time (newer than every build) and becomes the record. So a
change, a revert to an older version, or a run that stopped half way all rebuild what
they must: a file is only ever made old again when its content is what the folder saw
last at that path.

Only builds started by CI may use that target folder: a build from a work tree the record
does not know of would leave the folder out of step with the record.

A folder is treated as a file whose content is the list of names in it (a build script may
watch a folder, and Cargo then reads the folder's own time, which changes when an entry
comes or goes).

Usage: source-times.py RECORD ROOT [EXTRA_DIR...]
Files: those git tracks under ROOT, and every file under each EXTRA_DIR (made by the run,
as the UI's build is), with the folders that hold them.
"""

import hashlib
import json
import os
import subprocess
import sys


def files(root, extra_dirs):
    tracked = subprocess.run(
        ["git", "-C", root, "ls-files", "-z"], check=True, capture_output=True
    ).stdout.split(b"\0")
    for name in tracked:
        if name:
            yield os.fsdecode(name)
    for extra in extra_dirs:
        for folder, _, names in os.walk(os.path.join(root, extra)):
            for name in names:
                yield os.path.relpath(os.path.join(folder, name), root)


def folders(names):
    """Every folder holding one of `names`, the deepest first, ROOT itself left out."""
    found = set()
    for name in names:
        parent = os.path.dirname(name)
        while parent and parent not in found:
            found.add(parent)
            parent = os.path.dirname(parent)
    return sorted(found, key=lambda f: (-f.count(os.sep), f))


def digest(path):
    if os.path.isdir(path):
        return "folder:" + hashlib.sha256("\0".join(sorted(os.listdir(path))).encode()).hexdigest()
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def main():
    record_path, root, *extra_dirs = sys.argv[1:]
    try:
        with open(record_path) as f:
            record = json.load(f)
    except (FileNotFoundError, json.JSONDecodeError):
        record = {}
    kept = changed = 0
    names = [n for n in files(root, extra_dirs) if os.path.isfile(os.path.join(root, n))]
    # Files before folders: a folder's time is its own, not changed by its files' times.
    for name in names + folders(names):
        path = os.path.join(root, name)
        if os.path.islink(path):
            continue
        sha = digest(path)
        seen = record.get(name)
        if seen and seen[0] == sha:
            os.utime(path, ns=(seen[1], seen[1]))
            kept += 1
        else:
            record[name] = [sha, os.stat(path).st_mtime_ns]
            changed += 1
    # Written whole and then renamed, so a run stopped here leaves the old record or the new.
    with open(record_path + ".new", "w") as f:
        json.dump(record, f)
    os.replace(record_path + ".new", record_path)
    print(f"{kept} files and folders as the target folder last saw them, {changed} new or changed")


if __name__ == "__main__":
    main()
