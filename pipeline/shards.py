"""Shards: a corpus cut into runs of documents for a cluster (pipeline.cluster runs them, pipeline.merge
joins them). A shard runs segment, parse and extract over its files with the local stage functions,
into a folder of its own (OUT/.shards/KEY/), so its tables are exactly its documents' rows of the
corpus's tables. Nothing here imports dask: a shard is a plain function call on a worker.

Each shard stage has a fingerprint (its files, the code the stage runs, the model, the codebook),
chained like `workflow.run`'s: a rerun skips unchanged shards, and after a change to the extract
rules a shard reruns extract alone, reading its parses from the shared parse cache.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from pipeline import fingerprint as fp
from pipeline.codebook import Code
from pipeline.encoder import Encoder
from pipeline.extract.stage import extract_documents
from pipeline.ingest import INPUT_SUFFIXES, IngestError, find_inputs, read_document
from pipeline.keypoints import ClaimRecord
from pipeline.parse import parse_corpus
from pipeline.segment import segment_corpus
from pipeline.tables import atomic_write, write_table

# A shard's input, in bytes: ~300,000 characters of UTF-8 Japanese, ~75 s of one core (SCALING.md).
SHARD_BYTES = 900_000
CUT_EVERY = 4  # past half a shard, a file whose name hashes to 0 modulo this ends the shard
SHARDS_DIR = ".shards"
STATE = "shard.json"
RECORDS = "keypoint_records.json"
STAGE_FILES = {"segment": ("documents.csv", "turns.csv", "sentences.csv"),
               "parse": ("tokens.csv", "entities.csv"),
               "extract": ("claims.csv", "relations.csv", "arguments.csv", RECORDS)}


@dataclass(frozen=True, order=True)
class RemoteFile:
    """An input file behind an fsspec URL (`s3://…`, `gcs://…`, `https://…`): what ingest uses of a Path."""

    url: str

    def __str__(self) -> str:
        return self.url

    @property
    def stem(self) -> str:
        return PurePosixPath(urlsplit(self.url).path).stem

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


@dataclass(frozen=True)
class ShardTask:
    """What a worker needs to run one shard; the model is never in it (each worker loads its own)."""

    number: int
    files: tuple[InputFile, ...]
    nbytes: int
    folder: Path
    cache_dir: Path
    metadata: pd.DataFrame
    seen: tuple[tuple[str, str], ...]  # doc_id -> source path, held by a file of an earlier shard
    codebook: tuple[Code, ...]
    fingerprints: tuple[str, str, str]  # segment, parse, extract
    force: bool = False


@dataclass(frozen=True)
class ShardResult:
    """What a shard reports back: its documents' errors, and how many documents it parsed anew."""

    number: int
    documents: int
    parsed: int
    errors: tuple[str, ...]


def _local_files(inputs: Sequence[Path | str]) -> list[tuple[InputFile, int, str]]:
    """Local input files in the local engine's order, with size and content hash."""
    paths = find_inputs([Path(p) for p in inputs if not is_url(p)])
    return [(path, path.stat().st_size, fp.files_fingerprint([path])) for path in paths]


def _remote_files(inputs: Sequence[Path | str]) -> list[tuple[InputFile, int, str]]:
    """Files behind URLs (folders searched for .txt/.md), sorted by URL, with size and the file
    system's checksum (ETag, mtime or size: what it knows without reading the file)."""
    import fsspec
    found: dict[str, tuple[int, str]] = {}
    for url in (str(p) for p in inputs if is_url(p)):
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isdir(root):
            paths = [p for p in fs.find(root) if PurePosixPath(p).suffix.lower() in INPUT_SUFFIXES]
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


def _earlier_owners(shards: Sequence[Sequence[InputFile]]) -> list[dict[str, str]]:
    """For each shard, the doc_ids (file names) that a file of an earlier shard holds, as one pass
    of segment_corpus over the corpus would have them: the first readable file of a name holds it.
    Only files whose name occurs twice are read here."""
    names = Counter(file.stem for shard in shards for file in shard)
    owners: dict[str, str] = {}
    earlier = []
    for shard in shards:
        earlier.append({file.stem: owners[file.stem] for file in shard if file.stem in owners})
        for file in shard:
            if names[file.stem] > 1 and file.stem not in owners and _readable(file):
                owners[file.stem] = str(file)
    return earlier


def _readable(file: InputFile) -> bool:
    try:
        read_document(file)  # type: ignore[arg-type]  (a RemoteFile reads like a Path)
    except IngestError:
        return False
    return True


def shard_tasks(inputs: Sequence[Path | str], out_dir: Path, cache_dir: Path, metadata: pd.DataFrame,
                codebook: Sequence[Code], codebook_text: str, *, shard_bytes: int = SHARD_BYTES,
                force: bool = False) -> list[ShardTask]:
    """The corpus's shards, in document order, each with its stage fingerprints."""
    planned = plan_shards(_local_files(inputs), shard_bytes) + plan_shards(_remote_files(inputs), shard_bytes)
    owners = _earlier_owners([[file for file, _, _ in shard] for shard in planned])
    metadata_hash = fp.fingerprint(metadata.to_csv(index=False))
    own_code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    codes = [fp.code_fingerprint(module) for module in ("pipeline.segment", "pipeline.parse", "pipeline.extract.stage")]
    model = fp.installed_model_tag()
    tasks = []
    for number, (shard, seen) in enumerate(zip(planned, owners)):
        files = tuple(file for file, _, _ in shard)
        segment = fp.fingerprint(*(f"{file}\0{content}" for file, _, content in shard), json.dumps(sorted(seen.items())),
                                 metadata_hash, own_code, codes[0])
        parse = fp.fingerprint(segment, codes[1], model)
        extract = fp.fingerprint(parse, codes[2], codebook_text)
        key = fp.fingerprint(*map(str, files))[:16]
        tasks.append(ShardTask(number, files, sum(size for _, size, _ in shard), out_dir / SHARDS_DIR / key, cache_dir,
                               metadata, tuple(sorted(seen.items())), tuple(codebook), (segment, parse, extract), force))
    return tasks


def _state(folder: Path) -> dict[str, dict[str, object]]:
    try:
        return json.loads((folder / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _current(task: ShardTask, state: dict[str, dict[str, object]], stage: str, fingerprint: str) -> bool:
    """True when the stage last ran with this fingerprint and its files are still there."""
    return (not task.force and state.get(stage, {}).get("fingerprint") == fingerprint
            and all((task.folder / name).exists() for name in STAGE_FILES[stage]))


def done_before(task: ShardTask) -> ShardResult | None:
    """The shard's result from its last run, when nothing it depends on has changed since."""
    state = _state(task.folder)
    if not all(_current(task, state, stage, f) for stage, f in zip(STAGE_FILES, task.fingerprints)):
        return None
    return _result(task, state, parsed=0)


def _result(task: ShardTask, state: dict[str, dict[str, object]], parsed: int) -> ShardResult:
    errors = tuple(state["segment"]["errors"]) + tuple(state["extract"]["errors"])  # type: ignore[arg-type]
    return ShardResult(task.number, int(state["segment"]["documents"]), parsed, errors)  # type: ignore[arg-type]


def run_shard(task: ShardTask) -> ShardResult:
    """Worker: run the shard's stages that are out of date, in its folder; the state file is
    written after each stage, so a retried task (its worker died) resumes where it stopped."""
    state = _state(task.folder)
    parsed = 0
    for (stage, step), fingerprint in zip(STEPS.items(), task.fingerprints):
        if _current(task, state, stage, fingerprint):
            continue
        outcome = step(task)
        parsed = int(outcome.get("parsed", parsed))
        state[stage] = {"fingerprint": fingerprint, **outcome}
        atomic_write(task.folder / STATE, json.dumps(state, ensure_ascii=False, indent=1))
    return _result(task, state, parsed)


def _segment(task: ShardTask) -> dict[str, object]:
    errors = segment_corpus(list(task.files), task.folder, metadata=task.metadata, seen=dict(task.seen))  # type: ignore[arg-type]
    return {"errors": errors, "documents": len(task.files)}


def _parse(task: ShardTask) -> dict[str, object]:
    return {"parsed": parse_corpus(task.folder, task.cache_dir, workers=1)}


def _extract(task: ShardTask) -> dict[str, object]:
    """Extract the shard's documents; keep its claims' key-point inputs for the merge."""
    extracted = extract_documents(task.folder, task.cache_dir, task.codebook, workers=1)
    write_table(extracted.claims, "claims", task.folder)
    atomic_write(task.folder / RECORDS, json.dumps([asdict(r) for r in extracted.records], ensure_ascii=False))
    return {"errors": [f"{doc_id}: {message}" for doc_id, message in extracted.failures.items()]}


STEPS = {"segment": _segment, "parse": _parse, "extract": _extract}


def embed_texts(texts: list[str]) -> np.ndarray:
    """Worker: embed claim texts (the client stores them in the shared cache). e5 gives a text the
    same vector whatever the batch and thread count, so they are the local engine's, bit for bit."""
    return Encoder(threads=1).encode(texts)


def read_records(folder: Path) -> list[ClaimRecord]:
    """The shard's key-point inputs, as `_extract` wrote them."""
    rows = json.loads((folder / RECORDS).read_text(encoding="utf-8"))
    return [ClaimRecord(**{**row, "lemmas": tuple(row["lemmas"])}) for row in rows]
