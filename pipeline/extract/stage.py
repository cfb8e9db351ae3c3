"""The extract stage: read the segment and parse outputs, extract each document (on worker
processes), write claims, relations, arguments and key points.

One document's failure is recorded in documents.csv and costs the others nothing.
"""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from pipeline.codebook import Code, code_names
from pipeline.encoder import Encoder
from pipeline.extract.document import (
    DocumentExtraction,
    extract_document,
    question_turns,
)
from pipeline.extract.records import Unit
from pipeline.keypoints import (
    ClaimRecord,
    content_from_span,
    group_keypoints,
    keypoint_table,
)
from pipeline.nlp import cached_docs, load_vocab, parser_texts
from pipeline.progress import Progress
from pipeline.tables import TableWriter, read_table, table_frame, write_table
from pipeline.workers import WorkerLost, default_workers, fork_map

# Documents a worker takes at a time, and how many before it is replaced (memory stays flat).
DOCUMENTS_PER_TASK = 4
WORKER_TASKS = 200


@dataclass(frozen=True)
class DocumentTask:
    """What a worker needs to extract one document."""

    doc_id: str
    sentences: pd.DataFrame
    turns: pd.DataFrame
    cache_dir: Path
    codebook: Sequence[Code]


@dataclass(frozen=True)
class DocumentTables:
    """One document's rows, and what key points need of its claims."""

    claims: pd.DataFrame
    relations: pd.DataFrame
    arguments: pd.DataFrame
    keypoint_records: tuple[ClaimRecord, ...]


def _extract_chunk(tasks: Sequence[DocumentTask]) -> list[tuple[str, DocumentTables | str]]:
    """Worker: several documents' tables, one result each."""
    return [_extract_task(task) for task in tasks]


def _extract_task(task: DocumentTask) -> tuple[str, DocumentTables | str]:
    """One document's tables from its cached parse, or the error that stopped it (as text:
    one document's failure must not cost the others theirs). A damaged cache file is parsed
    again, with a warning."""
    try:
        docs = cached_docs(parser_texts(task.sentences), task.cache_dir, repair=True)
        extraction = extract_document(task.doc_id, task.sentences, task.turns, docs)
        return task.doc_id, document_tables(task, docs, extraction)
    except Exception as err:
        return task.doc_id, f"extract failed: {type(err).__name__}: {err}"


def document_tables(task: DocumentTask, docs: Sequence, extraction: DocumentExtraction) -> DocumentTables:
    """One document's claims, relations and arguments rows, and its claims' key-point inputs."""
    docs_by_sentence = dict(zip(task.sentences["sent_id"], docs))
    spans = [docs_by_sentence[u.ctx.sent_id][u.tok_start:u.tok_end] for u in extraction.units]
    answers = question_turns(task.turns)
    codes = [" ".join(code_names(task.codebook, [(t.lemma_, t.text) for t in span])) for span in spans]
    claims = table_frame("claims", (_claim_row(unit, answers, unit_codes)
                                    for unit, unit_codes in zip(extraction.units, codes)))
    doc_id = task.doc_id
    relations = table_frame("relations", (
        {"doc_id": doc_id, "relation_id": f"{doc_id}:r{n:03d}", "source_id": r.source_id,
         "target_id": r.target_id, "label": r.label, "cue": r.cue} for n, r in enumerate(extraction.relations, 1)))
    arguments = table_frame("arguments", (
        {"doc_id": doc_id, "argument_id": f"{doc_id}:a{n:02d}", "scheme": a.scheme,
         "conclusion_id": a.conclusion_id, "premise_ids": " ".join(a.premise_ids),
         "source_domain": a.source_domain, "target_domain": a.target_domain, "cue": a.cue}
        for n, a in enumerate(extraction.arguments, 1)))
    records = tuple(_keypoint_record(unit, span) for unit, span in zip(extraction.units, spans)
                    if unit.role == "claim")  # key points group claims, not their premises
    return DocumentTables(claims, relations, arguments, records)


def _keypoint_record(unit: Unit, span) -> ClaimRecord:  # noqa: ANN001 (a spaCy Span)
    lemmas, predicate, has_subject = content_from_span(span)
    return ClaimRecord(claim_id=unit.unit_id, doc_id=unit.ctx.doc_id, text=unit.text, holder=unit.holder,
                       turn_id=unit.ctx.turn_id, polarity=unit.polarity, type=unit.type, target=unit.target,
                       standard=unit.standard, lemmas=lemmas, predicate=predicate, has_subject=has_subject,
                       position=unit.ctx.index)


def _claim_row(unit: Unit, answers: dict[str, str], codes: str) -> dict[str, object]:
    ctx = unit.ctx
    return {"doc_id": ctx.doc_id, "claim_id": unit.unit_id, "role": unit.role, "sent_id": ctx.sent_id,
            "turn_id": ctx.turn_id, "speaker": ctx.speaker, "holder": unit.holder, "start": unit.start,
            "end": unit.end, "text": unit.text, "frame": unit.frame, "type": unit.type,
            "polarity": unit.polarity, "hedged": unit.hedged, "target": unit.target,
            "standard": unit.standard, "cue": "; ".join(unit.cues), "keypoint_id": "",
            "question_turn_id": answers.get(ctx.turn_id, ""), "codes": codes}


def _extracted(tasks: list[DocumentTask], workers: int) -> Iterator[tuple[str, DocumentTables | str]]:
    """Each document's tables, in order; on forked processes when there are several documents
    (they share the vocabulary loaded before the fork)."""
    if len(tasks) < 2 * DOCUMENTS_PER_TASK:
        workers = 1
    if workers > 1:
        load_vocab()
    chunks = (tasks[i:i + DOCUMENTS_PER_TASK] for i in range(0, len(tasks), DOCUMENTS_PER_TASK))
    with Progress(total=len(tasks), unit="document", desc="extract") as bar:
        for result in fork_map(_extract_chunk, chunks, workers, tasks_per_worker=WORKER_TASKS):
            bar.update(1)
            yield (result.item.doc_id, result.reason) if isinstance(result, WorkerLost) else result


@dataclass(frozen=True)
class Extracted:
    """Every document's extraction but the key points, which need the whole corpus."""

    claims: pd.DataFrame  # keypoint_id still empty
    records: tuple[ClaimRecord, ...]
    failures: dict[str, str]  # doc_id -> error
    relations: int
    arguments: int


def extract_documents(out_dir: Path, cache_dir: Path, codebook: Sequence[Code] = (), *, workers: int = 0) -> Extracted:
    """Extract each document; write relations, arguments and documents.csv (each document's
    status and claim count). A shard of a corpus (pipeline.shards) stops here; key points are
    grouped over all shards' claims by `write_claims_and_keypoints`."""
    documents = read_table("documents", out_dir)
    usable = set(documents.loc[documents["status"] == "ok", "doc_id"])  # not those parse gave up on
    turns_by_doc = dict(tuple(read_table("turns", out_dir).groupby("doc_id", sort=False)))
    tasks = [DocumentTask(str(doc_id), frame, turns_by_doc[doc_id], cache_dir, codebook)
             for doc_id, frame in read_table("sentences", out_dir).groupby("doc_id", sort=False)
             if doc_id in usable]
    claim_frames: list[pd.DataFrame] = []
    records: list[ClaimRecord] = []
    counts: Counter[str] = Counter()
    failures: dict[str, str] = {}
    with TableWriter("relations", out_dir) as relation_table, TableWriter("arguments", out_dir) as argument_table:
        for doc_id, result in _extracted(tasks, default_workers(workers)):
            if isinstance(result, str):
                failures[doc_id] = result
                print(f"error: {doc_id}: {result}", file=sys.stderr)
                continue
            records.extend(result.keypoint_records)
            claim_frames.append(result.claims)
            relation_table.write(result.relations)
            argument_table.write(result.arguments)
            counts["claims", doc_id] = len(result.claims)
            counts["relations"] += len(result.relations)
            counts["arguments"] += len(result.arguments)
    for doc_id, message in failures.items():
        documents.loc[documents["doc_id"] == doc_id, ["status", "error"]] = ["error", message]
    documents["n_claims"] = [counts["claims", d] if s == "ok" else None
                             for d, s in zip(documents["doc_id"], documents["status"])]
    write_table(documents, "documents", out_dir)
    claims = pd.concat(claim_frames, ignore_index=True) if claim_frames else table_frame("claims", [])
    return Extracted(claims, tuple(records), failures, counts["relations"], counts["arguments"])


def write_claims_and_keypoints(out_dir: Path, claim_parts: Iterable[pd.DataFrame], records: Sequence[ClaimRecord],
                               embeddings: np.ndarray) -> int:
    """Group the claims into key points; write claims.csv from `claim_parts` (in document order,
    each claim with its keypoint_id) and keypoints.csv. Returns the number of key points."""
    # One BLAS thread: OpenBLAS sums a matrix product differently with another thread count, and
    # the cut then links other pairs (54 vs 55 key points on tests/test_dask.py's corpus); the
    # groups must not depend on the cores of the machine that merges.
    with threadpool_limits(1):
        groups = group_keypoints(records, embeddings)
    keypoint_of = {claim_id: f"k{n:03d}" for n, group in enumerate(groups, 1) for claim_id in group}
    with TableWriter("claims", out_dir) as claims:
        for part in claim_parts:
            claims.write(part.assign(keypoint_id=[keypoint_of.get(c, "") for c in part["claim_id"]]))
    write_table(table_frame("keypoints", keypoint_table(records, groups)), "keypoints", out_dir)
    return len(groups)


def extract_corpus(out_dir: Path, cache_dir: Path, codebook: Sequence[Code] = (), *, workers: int = 0) -> int:
    """Stage: write claims, relations, arguments and keypoints from the segment and parse outputs.

    What stays in memory for the whole corpus is the claims' rows, which need their key points,
    and key-point profiles. Returns the number of documents that failed (each recorded in
    documents.csv with its error; the others are written).
    """
    extracted = extract_documents(out_dir, cache_dir, codebook, workers=workers)
    # after the workers are done: the encoder may use every core
    embeddings = Encoder(cache_dir=cache_dir / "embeddings", threads=default_workers(workers)).encode(
        [record.text for record in extracted.records])
    n_keypoints = write_claims_and_keypoints(out_dir, [extracted.claims], extracted.records, embeddings)
    print(f"extract: {len(extracted.claims)} units, {extracted.relations} relations, {extracted.arguments} arguments, "
          f"{n_keypoints} key points", file=sys.stderr)
    return len(extracted.failures)
