"""A corpus's input files for the dask engine (pipeline.shards): local files in the local engine's order
and files behind fsspec URLs, cut into runs of about a shard's bytes, and who holds each doc_id taken
twice, decided before any shard runs so that each shard rejects a taken doc_id as one pass over the
corpus would. Nothing here imports dask.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from pipeline import fingerprint as fp
from pipeline.adapters import (
    MANY_DOCUMENTS,
    ReadOptions,
    Source,
    find_inputs,
    is_input,
    read_file,
)
from pipeline.ingest import IngestError
from pipeline.segment import segment

CUT_EVERY = 4  # past half a shard, a file whose name hashes to 0 modulo this ends the shard


@dataclass(frozen=True, order=True)
class RemoteFile:
    """An input file behind an fsspec URL (`s3://…`, `gcs://…`, `https://…`): what the adapters use of a Path."""

    url: str

    def __str__(self) -> str:
        return self.url

    @property
    def name(self) -> str:
        return PurePosixPath(urlsplit(self.url).path).name

    @property
    def stem(self) -> str:
        return PurePosixPath(urlsplit(self.url).path).stem

    @property
    def suffix(self) -> str:
        return PurePosixPath(urlsplit(self.url).path).suffix

    def is_dir(self) -> bool:
        return False

    def is_file(self) -> bool:
        return True

    def read_bytes(self) -> bytes:
        import fsspec
        with fsspec.open(self.url, "rb") as handle:
            return handle.read()


InputFile = Path | RemoteFile


def is_url(value: object) -> bool:
    return "://" in str(value)


def local_files(inputs: Sequence[Path | str]) -> list[tuple[InputFile, int, str]]:
    """Local input files in the local engine's order, with size and content hash."""
    local = [Path(p) for p in inputs if not is_url(p)]
    if not local:
        return []
    return [(path, path.stat().st_size, fp.files_fingerprint([path])) for path in find_inputs(local)]


def remote_files(inputs: Sequence[Path | str]) -> list[tuple[InputFile, int, str]]:
    """Files behind URLs (folders searched for the adapters' suffixes), sorted by URL, with size and
    the file system's checksum (ETag, mtime or size: what it knows without reading the file)."""
    import fsspec
    found: dict[str, tuple[int, str]] = {}
    for url in (str(p) for p in inputs if is_url(p)):
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isdir(root):
            paths = [p for p in fs.find(root) if is_input(PurePosixPath(p))]
        elif fs.isfile(root):
            paths = [root]
        else:
            raise FileNotFoundError(f"{url}: no such file or folder")
        for path in paths:
            found[fs.unstrip_protocol(path)] = (int(fs.size(path)), str(fs.checksum(path)))
    return [(RemoteFile(url), size, checksum) for url, (size, checksum) in sorted(found.items())]


def _cut_after(file: InputFile) -> bool:
    return int(hashlib.sha256(str(file).encode()).hexdigest()[:8], 16) % CUT_EVERY == 0


def plan_shards(files: Sequence[tuple[InputFile, int, str]], shard_bytes: int) -> list[list[tuple[InputFile, int, str]]]:
    """Runs of files of about `shard_bytes`, in corpus order. Past half a shard, a file whose name
    hashes to 0 ends it: a file added in the middle changes its own shard, and the cuts after it
    fall where they fell before, so the other shards are skipped on the next run."""
    shards: list[list[tuple[InputFile, int, str]]] = []
    current: list[tuple[InputFile, int, str]] = []
    size = 0
    for item in files:
        current.append(item)
        size += item[1]
        if size >= shard_bytes or (size >= shard_bytes // 2 and _cut_after(item[0])):
            shards.append(current)
            current, size = [], 0
    return shards + [current] if current else shards


def at_risk(files: Sequence[InputFile]) -> set[InputFile]:
    """The files whose doc_ids another file may also hold: two files of one name, and a file that
    may hold several documents (`NAME_…`, adapters.MANY_DOCUMENTS) beside another whose name
    begins `NAME_` (or is NAME). Every other file is one document no other file can name."""
    names = Counter(file.stem for file in files)
    several = {file.stem for file in files if file.suffix.lower() in MANY_DOCUMENTS}
    risky_names = {name for name, count in names.items() if count > 1}
    for name in names:
        prefixes = [name[:i] for i, char in enumerate(name) if char == "_" and name[:i] in several]
        if prefixes:
            risky_names.update([name, *prefixes])
    return {file for file in files if file.stem in risky_names}


@dataclass(frozen=True)
class Owner:
    """The file that holds a doc_id (its source path), and the document variables it states for it."""

    path: str
    variables: tuple[tuple[str, str], ...] = ()


def _documents(file: InputFile, options: ReadOptions, speakers: Mapping[str, str]) -> list[tuple[str, Owner]]:
    """The doc_ids of the file's documents with their owner, none when it cannot be read (its name
    is then not taken). A document's variables count only if it segments (as in segment_files)."""
    try:
        sources = read_file(file, options)  # type: ignore[arg-type]  (a RemoteFile reads like a Path)
    except IngestError:
        return []
    return [(source.doc_id, Owner(str(file), tuple(source.variables.items()) if _segments(source, speakers) else ()))
            for source in sources]


def _segments(source: Source, speakers: Mapping[str, str]) -> bool:
    if not source.variables:
        return True  # nothing rides on it
    try:
        segment(source.text, source.doc_id, speakers.get(source.doc_id, ""), source.turns)
    except (AssertionError, ValueError):
        return False
    return True


def earlier_owners(shards: Sequence[Sequence[InputFile]], options: ReadOptions = ReadOptions(),
                    speakers: Mapping[str, str] | None = None) -> list[dict[str, Owner]]:
    """For each shard, the doc_ids its files may hold that a file of an earlier shard holds, as one
    pass of segment over the corpus would have them: the first readable file of a doc_id holds it.
    Only the files whose doc_ids may collide (`at_risk`) are read here. `speakers`: metadata.csv's
    default speaker per doc_id."""
    risky = at_risk([file for shard in shards for file in shard])
    owners: dict[str, Owner] = {}
    earlier = []
    for shard in shards:
        held = [document for file in shard if file in risky for document in _documents(file, options, speakers or {})]
        earlier.append({doc_id: owners[doc_id] for doc_id, _ in held if doc_id in owners})
        for doc_id, owner in held:
            owners.setdefault(doc_id, owner)
    return earlier
