"""Parse: run GiNZA over each document's sentences, cache the Docs, write tokens and entities.

Each sentence is its own Doc (`nlp.pipe` over sentences, never one giant Doc), so SudachiPy's
input size limit cannot be hit and the parse follows our sentence split. A rerun on unchanged
text parses nothing (pipeline.nlp keeps the cache).
"""
from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from threadpoolctl import threadpool_limits

from pipeline.nlp import (
    CacheDamaged,
    bunsetu_index,
    document_offsets,
    load_docs,
    load_nlp,
    load_vocab,
    parser_texts,
    piece_paths,
    store_docs,
)
from pipeline.progress import Progress
from pipeline.tables import TableWriter, mark_failed, read_table, table_frame
from pipeline.workers import WorkerLost, default_workers, fork_map

if TYPE_CHECKING:
    from spacy.tokens import Doc

PIPE_BATCH_SIZE = 64  # a little faster than 256 on the bench corpus (20-21 s vs 21-22 s, near the noise)
# Sentences a worker parses in one task: large enough to fill nlp.pipe's batches, small enough
# that the progress bar moves and a worker never holds much.
TASK_SENTENCES = 512
# A worker is replaced after this many tasks: what it copied of the model and grew in its
# string store is given back, so memory stays flat however long the corpus.
WORKER_TASKS = 40


ParseItem = tuple[str, str, pd.DataFrame]  # cache path, doc_id, a piece of the document's sentences rows
ParsedTables = tuple[pd.DataFrame, pd.DataFrame]  # its tokens and entities rows (ids from 0)


def _parse_task(task: Sequence[ParseItem]) -> list[tuple[ParsedTables, int]]:
    """Worker: parse several pieces' sentences in one nlp.pipe stream; store one cache file
    per piece and return its tokens and entities rows (so nobody reads the cache back), with
    its character count. BLAS is held to one thread: each worker already has a core."""
    nlp = load_nlp()
    texts = [text for _, _, sentences in task for text in parser_texts(sentences)]
    done = []
    with threadpool_limits(1):
        docs = iter(nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE))
        for path, doc_id, sentences in task:
            parsed = [next(docs) for _ in range(len(sentences))]
            store_docs(parsed, Path(path))
            done.append(((table_frame("tokens", token_rows(doc_id, sentences, parsed)),
                          table_frame("entities", entity_rows(doc_id, sentences, parsed))),
                         int(sentences["text"].str.len().sum())))
    return done


def _tasks(items: list[ParseItem]) -> Iterator[list[ParseItem]]:
    task: list[ParseItem] = []
    size = 0
    for item in items:
        task.append(item)
        size += len(item[2])
        if size >= TASK_SENTENCES:
            yield task
            task, size = [], 0
    if task:
        yield task


def parse_documents(items: list[ParseItem], workers: int) -> Iterator[ParsedTables | WorkerLost[ParseItem]]:
    """Parse pieces that have no cached parse, on `workers` processes; yield each one's tokens
    and entities rows in the order given (a WorkerLost for a piece that killed its worker twice).

    The model is loaded before the workers fork, so they share it instead of loading it again.
    """
    if not items:
        return
    load_nlp()
    total = sum(int(sentences["text"].str.len().sum()) for _, _, sentences in items)
    with Progress(total=total, unit="char", desc="parse") as bar:
        for done in fork_map(_parse_task, _tasks(items), workers if len(items) > 1 else 1,
                             tasks_per_worker=WORKER_TASKS):
            if isinstance(done, WorkerLost):
                bar.update(int(done.item[2]["text"].str.len().sum()))
                yield done
            else:
                bar.update(done[1])
                yield done[0]


def _joined(parts: list[ParsedTables]) -> ParsedTables:
    """One document's tables from its pieces' tables: token and bunsetu ids run on."""
    if len(parts) == 1:
        return parts[0]
    tokens, token_base, bunsetu_base = [], 0, 0
    for part, _ in parts:
        tokens.append(part.assign(token_id=part["token_id"] + token_base,
                                  head_token_id=part["head_token_id"] + token_base,
                                  bunsetu_id=part["bunsetu_id"] + bunsetu_base))
        token_base += len(part)
        bunsetu_base += int(part["bunsetu_id"].max()) + 1 if len(part) else 0
    return (pd.concat(tokens, ignore_index=True),
            pd.concat([entities for _, entities in parts], ignore_index=True))


def token_rows(doc_id: str, sentences: pd.DataFrame, docs: Sequence[Doc]) -> Iterator[dict[str, Any]]:
    """Yield one tokens.csv row per token; token and bunsetu ids run over the whole document.
    A token read across a joined line break (`子育て`) spans the break in the document."""
    token_base = 0
    bunsetu_base = 0
    for sent_id, offset, joined, doc in zip(sentences["sent_id"], sentences["start"], document_offsets(sentences),
                                            docs):  # not iterrows: slow
        offset = int(offset)
        bunsetu_ids = bunsetu_index(doc)
        for token in doc:
            end = token.idx + len(token.text)
            yield {
                "doc_id": doc_id, "sent_id": sent_id, "token_id": token_base + token.i,
                "start": offset + token.idx if joined is None else joined[token.idx],
                "end": offset + end if joined is None else joined[end - 1] + 1,
                "text": token.text, "lemma": token.lemma_, "norm": token.norm_, "pos": token.pos_,
                "tag": token.tag_, "inflection": ";".join(token.morph.get("Inflection")),
                "dep": token.dep_, "head_token_id": token_base + token.head.i,
                "bunsetu_id": bunsetu_base + bunsetu_ids[token.i], "ent_type": token.ent_type_,
            }
        token_base += len(doc)
        bunsetu_base += (max(bunsetu_ids) + 1) if bunsetu_ids else 0


def entity_rows(doc_id: str, sentences: pd.DataFrame, docs: Sequence[Doc]) -> Iterator[dict[str, Any]]:
    """Yield one entities.csv row per named entity GiNZA found."""
    for sent_id, offset, joined, doc in zip(sentences["sent_id"], sentences["start"], document_offsets(sentences), docs):
        offset = int(offset)
        for ent in doc.ents:
            yield {"doc_id": doc_id, "sent_id": sent_id,
                   "start": offset + ent.start_char if joined is None else joined[ent.start_char],
                   "end": offset + ent.end_char if joined is None else joined[ent.end_char - 1] + 1,
                   "text": ent.text, "label": ent.label_}


def _from_cache(path: Path, doc_id: str, sentences: pd.DataFrame) -> ParsedTables:
    """A piece's tables from its cache file; a damaged file is parsed again here (and said)."""
    try:
        docs = load_docs(path, load_vocab())
    except CacheDamaged as err:
        print(f"warning: {err}; parsing that piece of {doc_id} again", file=sys.stderr)
        path.unlink()
        return next(parse_documents([(str(path), doc_id, sentences)], 1))
    return (table_frame("tokens", token_rows(doc_id, sentences, docs)),
            table_frame("entities", entity_rows(doc_id, sentences, docs)))


def parse_corpus(out_dir: Path, cache_dir: Path, *, workers: int = 0) -> int:
    """Stage: parse what out_dir/sentences.csv holds that the cache lacks; write tokens.csv and
    entities.csv one document at a time. A document whose worker died twice is marked failed
    in documents.csv. Returns how many documents failed. `workers=0` means one per core."""
    sentences = read_table("sentences", out_dir)
    plan = [(str(doc_id), [(frame.iloc[piece.start:piece.stop], path)
                           for piece, path in piece_paths(cache_dir, parser_texts(frame))])
            for doc_id, frame in sentences.groupby("doc_id", sort=False)]
    pending = [(str(path), doc_id, piece) for doc_id, parts in plan for piece, path in parts if not path.exists()]
    parsed = parse_documents(pending, default_workers(workers))
    waiting = {path for path, _, _ in pending}
    failures: dict[str, str] = {}
    with TableWriter("tokens", out_dir) as tokens, TableWriter("entities", out_dir) as entities:
        for doc_id, parts in plan:
            tables = [next(parsed) if str(path) in waiting else _from_cache(path, doc_id, piece)
                      for piece, path in parts]
            lost = [t for t in tables if isinstance(t, WorkerLost)]
            if lost:
                failures[doc_id] = lost[0].reason
                print(f"error: {doc_id}: {lost[0].reason} twice while parsing it (out of memory?); "
                      "it is left out, the others go on", file=sys.stderr)
                continue
            token_frame, entity_frame = _joined(tables)
            tokens.write(token_frame)
            entities.write(entity_frame)
    if failures:
        mark_failed(out_dir, failures)
    parsed_documents = len({doc_id for _, doc_id, _ in pending})
    print(f"parse: {parsed_documents} document(s) parsed, {len(plan) - parsed_documents} from cache (unchanged)",
          file=sys.stderr)
    return len(failures)
