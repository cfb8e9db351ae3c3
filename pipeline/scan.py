"""Scanning input folders: every file under them, symlinked folders followed once each, and a
warning for each entry skipped on the way (dangling or looping symlinks, folders that cannot be
entered). Which files count as inputs is the adapters' registry's say (pipeline.adapters).
"""
from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest import IngestError


@dataclass(frozen=True)
class InputScan:
    """The input files found, and what was skipped on the way (one warning each)."""

    files: tuple[Path, ...]
    warnings: tuple[str, ...]


def _walk(folder: Path, warnings: list[str]) -> Iterator[Path]:
    """Every file under folder, following symlinked folders once each, and the entries that do
    not resolve; a folder that cannot be entered, or a loop, becomes a warning."""
    seen: set[tuple[int, int]] = set()

    def unreadable(err: OSError) -> None:
        warnings.append(f"{err.filename}: cannot read folder ({err.strerror}), skipped")

    for root, dirs, files in os.walk(folder, followlinks=True, onerror=unreadable):
        stat = os.stat(root)
        if (stat.st_dev, stat.st_ino) in seen:
            warnings.append(f"{root}: symlink loop, skipped")
            dirs.clear()
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dangling = [d for d in dirs if not os.path.exists(os.path.join(root, d))]
        for name in sorted(files) + dangling:
            yield Path(root, name)


def _broken_link(path: Path) -> str:
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return "symlink loop"
    except OSError as err:
        return "symlink loop" if err.errno == errno.ELOOP else "dangling symlink"
    return "not a regular file"


def scan_inputs(inputs: Iterable[Path], is_input: Callable[[Path], bool], kinds: Iterable[str]) -> InputScan:
    """Expand files and folders (recursively) into a sorted tuple of the files `is_input` takes
    (a file named on its own is always taken), with a warning for each entry skipped. Raise for
    a missing path or when no input file is found (`kinds`: the suffixes to name then)."""
    inputs = list(inputs)
    found: set[Path] = set()
    warnings: list[str] = []
    for path in inputs:
        if path.is_dir():
            for file in _walk(path, warnings):
                if file.is_file():
                    found.update([file] if is_input(file) else [])
                elif file.is_symlink():
                    warnings.append(f"{file}: {_broken_link(file)}, skipped")
        elif path.is_file():
            found.add(path)
        elif path.is_symlink():
            raise IngestError(f"{path}: {_broken_link(path)}; point it at a file or remove it")
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
    if not found:
        where = ", ".join(map(str, inputs))
        raise IngestError(f"{where}: no input files ({' '.join(kinds)}); give a folder or files that hold some")
    return InputScan(tuple(sorted(found)), tuple(warnings))
