"""Shards: a corpus cut into runs of documents for a cluster (pipeline.cluster runs them, pipeline.merge
joins them). A shard runs segment, parse and extract over its files with the local stage functions,
into a folder of its own (OUT/.shards/KEY/), so its tables are exactly its documents' rows of the
corpus's tables. Which files, in which shard, and who holds a doc_id taken twice: pipeline.shard_inputs.
Nothing here imports dask: a shard is a plain function call on a worker.

Each shard stage has a fingerprint (its files, the code the stage runs, the model, the codebook),
chained like `workflow.run`'s: a rerun skips unchanged shards, and after a change to the extract
rules a shard reruns extract alone, reading its parses from the shared parse cache.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from pipeline import fingerprint as fp
from pipeline import shard_inputs
from pipeline.adapters import ReadOptions
from pipeline.codebook import Code
from pipeline.extract.stage import extract_documents
from pipeline.ingest import IngestError
from pipeline.keypoints import ClaimRecord
from pipeline.nlp import parser_texts, piece_paths
from pipeline.outdir import SHARDS_DIR
from pipeline.parse import parse_corpus
from pipeline.segment import segment_files
from pipeline.shard_inputs import (
    InputFile,
    RemoteFile,
    earlier_owners,
    is_url,
    local_files,
    plan_shards,
    remote_files,
)
from pipeline.tables import atomic_write, read_table, write_table

__all__ = ["SHARD_BYTES", "RemoteFile", "ShardResult", "ShardTask", "done_before", "is_url",
           "read_records", "run_shard", "shard_tasks"]

# A shard's input, in bytes: ~300,000 characters of UTF-8 Japanese, ~75 s of one core (SCALING.md).
SHARD_BYTES = 900_000
STATE = "shard.json"
RECORDS = "keypoint_records.json"
STAGE_FILES = {"segment": ("documents.csv", "turns.csv", "sentences.csv"),
               "parse": ("tokens.csv", "entities.csv"),
               "extract": ("claims.csv", "relations.csv", "arguments.csv", RECORDS)}
STAGE_MODULES = {"segment": "pipeline.segment", "parse": "pipeline.parse", "extract": "pipeline.extract.stage"}


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
    seen_variables: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # the variables that file states for it
    codebook: tuple[Code, ...]
    fingerprints: tuple[str, str, str]  # segment, parse, extract
    read_options: ReadOptions = ReadOptions()
    force: bool = False


@dataclass(frozen=True)
class ShardResult:
    """What a shard reports back: its documents' errors, how many documents it parsed anew, and the
    document variables its sources stated (in the order first stated: pipeline.merge needs them)."""

    number: int
    documents: int
    parsed: int
    errors: tuple[str, ...]
    stated: tuple[str, ...] = ()

def shard_tasks(inputs: Sequence[Path | str], out_dir: Path, cache_dir: Path, metadata: pd.DataFrame,
                codebook: Sequence[Code], codebook_fingerprint: str, *, read_options: ReadOptions = ReadOptions(),
                shard_bytes: int = SHARD_BYTES, force: bool = False) -> list[ShardTask]:
    """The corpus's shards, in document order, each with its stage fingerprints."""
    planned = plan_shards(local_files(inputs), shard_bytes) + plan_shards(remote_files(inputs), shard_bytes)
    if not planned:
        raise IngestError(f"{', '.join(map(str, inputs))}: no input files; give a folder or files that hold some")
    speakers = dict(zip(metadata["doc_id"], metadata["speaker"])) if "speaker" in metadata else {}
    owners = earlier_owners([[file for file, _, _ in shard] for shard in planned], read_options, speakers)
    metadata_hash = fp.fingerprint(metadata.to_csv(index=False))
    # this module and the planning's (not their imports: an extract change must not redo segment)
    own_code = fp.fingerprint(*(hashlib.sha256(Path(path).read_bytes()).hexdigest()
                                for path in (__file__, shard_inputs.__file__)))
    codes = {stage: fp.code_fingerprint(module) for stage, module in STAGE_MODULES.items()}
    model = fp.installed_model_tag()
    tasks = []
    for number, (shard, earlier) in enumerate(zip(planned, owners)):
        files = tuple(file for file, _, _ in shard)
        seen = tuple(sorted((doc_id, owner.path) for doc_id, owner in earlier.items()))
        seen_variables = tuple(sorted((doc_id, owner.variables) for doc_id, owner in earlier.items()))
        segment = fp.fingerprint(*(f"{file}\0{content}" for file, _, content in shard), json.dumps([seen, seen_variables]),
                                 metadata_hash, read_options.text_column, read_options.speaker_column, own_code,
                                 codes["segment"])
        parse = fp.fingerprint(segment, codes["parse"], model)
        extract = fp.fingerprint(parse, codes["extract"], codebook_fingerprint)
        key = fp.fingerprint(*map(str, files))[:16]
        tasks.append(ShardTask(number, files, sum(size for _, size, _ in shard), out_dir / SHARDS_DIR / key, cache_dir,
                               metadata, seen, seen_variables, tuple(codebook), (segment, parse, extract),
                               read_options, force))
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
    errors = tuple(error for stage in STAGE_FILES for error in state[stage].get("errors", ()))  # type: ignore[union-attr]
    return ShardResult(task.number, int(state["segment"]["documents"]), parsed, errors,  # type: ignore[arg-type]
                       tuple(state["segment"].get("stated", ())))  # type: ignore[union-attr]


def run_shard(task: ShardTask) -> ShardResult:
    """Worker: run the shard's stages that are out of date, in its folder; the state file is
    written after each stage, so a retried task (its worker died) resumes where it stopped."""
    state = _state(task.folder)
    parsed = 0
    for (stage, step), fingerprint in zip(STEPS.items(), task.fingerprints):
        if _current(task, state, stage, fingerprint):
            continue
        outcome = step(task)
        parsed = int(outcome.pop("parsed", parsed))
        state[stage] = {"fingerprint": fingerprint, **outcome}
        atomic_write(task.folder / STATE, json.dumps(state, ensure_ascii=False, indent=1))
    return _result(task, state, parsed)


def _segment(task: ShardTask) -> dict[str, object]:
    segmented = segment_files(list(task.files), task.folder, task.read_options,  # type: ignore[arg-type]
                              metadata=task.metadata, seen=dict(task.seen),
                              seen_variables={doc_id: dict(variables) for doc_id, variables in task.seen_variables})
    return {"errors": segmented.errors, "stated": list(segmented.stated),
            "documents": len(read_table("documents", task.folder))}


def _parse(task: ShardTask) -> dict[str, object]:
    """Parse the shard in this process (pieces, the shared cache, a damaged piece parsed again): a
    worker that dies here costs the task, which the scheduler runs again on another worker."""
    sentences = read_table("sentences", task.folder)
    parsed = sum(any(not path.exists() for _, path in piece_paths(task.cache_dir, parser_texts(frame)))
                 for _, frame in sentences.groupby("doc_id", sort=False))
    failed = parse_corpus(task.folder, task.cache_dir, workers=1)
    return {"parsed": parsed, "errors": [f"shard {task.number}: {failed} document(s) failed to parse"] if failed else []}


def _extract(task: ShardTask) -> dict[str, object]:
    """Extract the shard's documents; keep its claims' key-point inputs for the merge."""
    extracted = extract_documents(task.folder, task.cache_dir, task.codebook, workers=1)
    write_table(extracted.claims, "claims", task.folder)
    atomic_write(task.folder / RECORDS, json.dumps([asdict(r) for r in extracted.records], ensure_ascii=False))
    return {"errors": [f"{doc_id}: {message}" for doc_id, message in extracted.failures.items()]}


STEPS = {"segment": _segment, "parse": _parse, "extract": _extract}


def read_records(folder: Path) -> list[ClaimRecord]:
    """The shard's key-point inputs, as `_extract` wrote them."""
    rows = json.loads((folder / RECORDS).read_text(encoding="utf-8"))
    return [ClaimRecord(**{**row, "lemmas": tuple(row["lemmas"])}) for row in rows]
