"""The output folder's guards: one run at a time (an exclusive flock on its `.lock` file), no
temp files left behind by a killed run, and the hashes that tie each table to the run that
wrote it. Imports neither spaCy nor pandas: a rerun that skips every stage stays fast."""
from __future__ import annotations

import fcntl
import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = ".lock"
CACHE_DIR = ".parse_cache"
SHARDS_DIR = ".shards"  # the dask engine's shard folders (pipeline.shards), one per shard


class OutputLocked(RuntimeError):
    """Another run holds the output folder; the message names it and that run's pid."""


def _open_lock(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    return os.open(out_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)


def _holder(fd: int) -> str:
    """The pid the running holder wrote into the lock file (or "unknown")."""
    return os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"


def remove_temp_files(out_dir: Path) -> int:
    """Delete the `.*.tmp` files of the folder, its parse cache and the dask engine's shard
    folders (only the lock holder may: every writer here goes through a temp file and a rename).
    Returns how many."""
    removed = 0
    shards = out_dir / SHARDS_DIR
    for folder in (out_dir, out_dir / CACHE_DIR, shards, *(sorted(shards.iterdir()) if shards.is_dir() else ())):
        for path in folder.glob(".*.tmp") if folder.is_dir() else ():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


@contextmanager
def output_lock(out_dir: Path, *, wait: bool = False) -> Iterator[None]:
    """Hold the output folder for this run: fail at once (or wait, with `wait`) when another
    run holds it. Temp files of a killed run are removed on entry, this run's on exit (Ctrl-C,
    a full disk). The lock goes with the process, however it ends."""
    fd = _open_lock(out_dir)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            if not wait:
                raise OutputLocked(f"{out_dir}: another run (pid {holder}) is writing to this folder; "
                                   "wait for it, pass --wait, or choose another --out") from None
            print(f"waiting for the run (pid {holder}) writing to {out_dir}", file=sys.stderr, flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        if stale := remove_temp_files(out_dir):
            print(f"note: {out_dir}: removed {stale} temp file(s) left by an interrupted run", file=sys.stderr)
        try:
            yield
        finally:
            remove_temp_files(out_dir)
    finally:
        os.close(fd)


def file_hashes(out_dir: Path, names: Iterable[str]) -> dict[str, str]:
    """sha256 of each named file of the folder that exists."""
    hashes = {}
    for name in names:
        path = out_dir / name
        if path.is_file():
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                while block := handle.read(1 << 20):
                    digest.update(block)
            hashes[name] = digest.hexdigest()
    return hashes
