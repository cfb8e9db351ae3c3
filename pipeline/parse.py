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
from tqdm import tqdm

from pipeline.nlp import (
    bunsetu_index,
    cache_path,
    load_docs,
    load_nlp,
    load_vocab,
    store_docs,
)
from pipeline.tables import TableWriter, read_table, table_frame
from pipeline.workers import default_workers, fork_map

if TYPE_CHECKING:
    from spacy.tokens import Doc

PIPE_BATCH_SIZE = 64  # a little faster than 256 on the bench corpus (20-21 s vs 21-22 s, near the noise)
# Sentences a worker parses in one task: large enough to fill nlp.pipe's batches, small enough
# that the progress bar moves and a worker never holds much.
TASK_SENTENCES = 512
# A worker is replaced after this many tasks: what it copied of the model and grew in its
# string store is given back, so memory stays flat however long the corpus.
WORKER_TASKS = 40


ParseItem = tuple[str, str, pd.DataFrame]  # cache path, doc_id, the document's sentences rows
ParsedTables = tuple[pd.DataFrame, pd.DataFrame]  # its tokens and entities rows


def _parse_task(task: list[ParseItem]) -> list[tuple[ParsedTables, int]]:
    """Worker: parse several documents' sentences in one nlp.pipe stream; store one cache file
    per document and return its tokens and entities rows (so nobody reads the cache back), with
    its character count. BLAS is held to one thread: each worker already has a core."""
    nlp = load_nlp()
    texts = [text for _, _, sentences in task for text in sentences["text"]]
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


def parse_documents(items: list[ParseItem], workers: int) -> Iterator[ParsedTables]:
    """Parse documents that have no cached parse, on `workers` processes; yield each one's
    tokens and entities rows in the order given.

    The model is loaded before the workers fork, so they share it instead of loading it again.
    """
    if not items:
        return
    load_nlp()
    total = sum(int(sentences["text"].str.len().sum()) for _, _, sentences in items)
    with progress(total=total, unit="char", desc="parse") as bar:
        for done in fork_map(_parse_task, _tasks(items), workers if len(items) > 1 else 1,
                             tasks_per_worker=WORKER_TASKS):
            bar.update(sum(n for _, n in done))
            yield from (tables for tables, _ in done)


def progress(total: int, unit: str, desc: str) -> tqdm:
    """A progress bar (count, rate, ETA) on stderr, silent when stderr is not a terminal."""
    return tqdm(total=total, unit=unit, unit_scale=True, desc=desc, disable=not sys.stderr.isatty(),
                leave=False)


def token_rows(doc_id: str, sentences: pd.DataFrame, docs: Sequence[Doc]) -> Iterator[dict[str, Any]]:
    """Yield one tokens.csv row per token; token and bunsetu ids run over the whole document."""
    token_base = 0
    bunsetu_base = 0
    for sent_id, offset, doc in zip(sentences["sent_id"], sentences["start"], docs):  # not iterrows: slow
        offset = int(offset)
        bunsetu_ids = bunsetu_index(doc)
        for token in doc:
            yield {
                "doc_id": doc_id, "sent_id": sent_id, "token_id": token_base + token.i,
                "start": offset + token.idx, "end": offset + token.idx + len(token.text),
                "text": token.text, "lemma": token.lemma_, "norm": token.norm_, "pos": token.pos_,
                "tag": token.tag_, "inflection": ";".join(token.morph.get("Inflection")),
                "dep": token.dep_, "head_token_id": token_base + token.head.i,
                "bunsetu_id": bunsetu_base + bunsetu_ids[token.i], "ent_type": token.ent_type_,
            }
        token_base += len(doc)
        bunsetu_base += (max(bunsetu_ids) + 1) if bunsetu_ids else 0


def entity_rows(doc_id: str, sentences: pd.DataFrame, docs: Sequence[Doc]) -> Iterator[dict[str, Any]]:
    """Yield one entities.csv row per named entity GiNZA found."""
    for sent_id, offset, doc in zip(sentences["sent_id"], sentences["start"], docs):
        offset = int(offset)
        for ent in doc.ents:
            yield {"doc_id": doc_id, "sent_id": sent_id,
                   "start": offset + ent.start_char, "end": offset + ent.end_char,
                   "text": ent.text, "label": ent.label_}


def parse_corpus(out_dir: Path, cache_dir: Path, *, workers: int = 0) -> int:
    """Stage: parse what out_dir/sentences.csv holds that the cache lacks; write tokens.csv and
    entities.csv one document at a time. Returns how many documents were parsed anew (0 on a
    rerun over unchanged input). `workers=0` means one per core."""
    sentences = read_table("sentences", out_dir)
    documents = [(str(doc_id), frame) for doc_id, frame in sentences.groupby("doc_id", sort=False)]
    paths = [cache_path(cache_dir, list(frame["text"])) for _, frame in documents]
    pending = {i for i, path in enumerate(paths) if not path.exists()}
    parsed = parse_documents([(str(paths[i]), *documents[i]) for i in sorted(pending)], default_workers(workers))
    with TableWriter("tokens", out_dir) as tokens, TableWriter("entities", out_dir) as entities:
        for index, ((doc_id, frame), path) in enumerate(zip(documents, paths)):
            if index in pending:
                token_frame, entity_frame = next(parsed)
            else:
                try:
                    docs = load_docs(path, load_vocab())
                except Exception as err:  # a damaged cache file: parse that document again
                    print(f"parse: {path}: unreadable ({type(err).__name__}), parsing {doc_id} again", file=sys.stderr)
                    path.unlink()
                    token_frame, entity_frame = next(parse_documents([(str(path), doc_id, frame)], 1))
                else:
                    token_frame = table_frame("tokens", token_rows(doc_id, frame, docs))
                    entity_frame = table_frame("entities", entity_rows(doc_id, frame, docs))
            tokens.write(token_frame)
            entities.write(entity_frame)
    print(f"parse: {len(pending)} document(s) parsed, {len(documents) - len(pending)} from cache (unchanged)",
          file=sys.stderr)
    return len(pending)
