"""Parse: run GiNZA (ja_ginza) over each document's sentences, cache the Docs, write tokens and entities.

This is the only module that loads GiNZA. Each sentence is its own Doc (`nlp.pipe` over
sentences, never one giant Doc), so SudachiPy's input size limit cannot be hit and the parse
follows our sentence split, not GiNZA's. Parsed Docs are kept per document in a DocBin keyed by
the sentence texts plus the model's name and version; a rerun on unchanged text parses nothing.
"""
from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import sys
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import ginza
import pandas as pd
import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits
from tqdm import tqdm

from pipeline.fingerprint import MODEL_PACKAGE, installed_model_tag
from pipeline.tables import TableWriter, read_table, table_frame

CACHE_FORMAT = "+docbin-userdata-v2"  # part of every cache key: a new layout never reads an old file
PIPELINE_COMPONENTS = ["tok2vec", "parser", "ner", "morphologizer", "compound_splitter", "bunsetu_recognizer"]
PIPE_BATCH_SIZE = 64  # a little faster than 256 on the bench corpus (20-21 s vs 21-22 s, near the noise)
# Sentences a worker parses in one task: large enough to fill nlp.pipe's batches, small enough
# that the progress bar moves and a worker never holds much.
TASK_SENTENCES = 512
WORKER_TASKS = 40


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load ja_ginza once per process (from the installed package: nothing is downloaded).

    Its models multiply through numpy instead of blis: numpy's BLAS is several times faster on
    this kind of CPU, and the parses are identical (`make bench` checks it by hash).
    """
    nlp = spacy.load(MODEL_PACKAGE)
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return nlp


def cache_key(sentence_texts: Sequence[str], tag: str) -> str:
    """Hash of the model tag and the exact sentence texts of one document."""
    digest = hashlib.sha256(tag.encode("utf-8"))
    for text in sentence_texts:
        digest.update(b"\x00" + text.encode("utf-8"))
    return digest.hexdigest()[:32]


def cache_path(cache_dir: Path, sentence_texts: Sequence[str]) -> Path:
    return cache_dir / f"{cache_key(sentence_texts, installed_model_tag() + CACHE_FORMAT)}.spacy"


def _store(docs: Sequence[Doc], path: Path) -> None:
    """Write a document's Docs, atomically: a DocBin of the annotations plus all the Docs'
    user_data (GiNZA's bunsetu and clauses) as one msgpack blob. One blob per document instead
    of DocBin's one per sentence: each msgpack decode costs srsly a registry scan."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    blob = {"docbin": DocBin(docs=docs).to_bytes(), "user_data": [dict(doc.user_data) for doc in docs]}
    tmp.write_bytes(srsly.msgpack_dumps(blob))
    tmp.replace(path)


def load_docs(path: Path, vocab: Vocab) -> list[Doc]:
    """Read what `_store` wrote."""
    blob = srsly.msgpack_loads(path.read_bytes(), use_list=False)  # as DocBin reads user_data
    docs = list(DocBin().from_bytes(blob["docbin"]).get_docs(vocab))
    for doc, user_data in zip(docs, blob["user_data"]):
        doc.user_data.update(user_data)
    return docs


@lru_cache(maxsize=1)
def load_vocab() -> Vocab:
    """ja_ginza's vocabulary and word vectors without its pipeline: enough to read cached Docs
    (the loaded pipeline's own, when this process has loaded it: `pipeline run` has parsed)."""
    if load_nlp.cache_info().currsize:
        return load_nlp().vocab
    return spacy.load(MODEL_PACKAGE, exclude=PIPELINE_COMPONENTS).vocab


def cached_docs(texts: Sequence[str], cache_dir: Path) -> list[Doc]:
    """The cached Docs for these sentence texts; raise if the parse stage has not run on them."""
    path = cache_path(cache_dir, texts)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no parse for these sentences; run the parse stage first")
    docs = load_docs(path, load_vocab())
    if [doc.text for doc in docs] != list(texts):
        raise ValueError(f"{path}: cached parse does not hold these sentences")
    return docs


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
            _store(parsed, Path(path))
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
    gc.freeze()  # the loaded model is permanent: the workers' collector need not walk (and so copy) it
    total = sum(int(sentences["text"].str.len().sum()) for _, _, sentences in items)
    with progress(total=total, unit="char", desc="parse") as bar:
        if workers <= 1 or len(items) == 1:
            results: Iterator[list[tuple[ParsedTables, int]]] = map(_parse_task, _tasks(items))
            for done in results:
                bar.update(sum(n for _, n in done))
                yield from (tables for tables, _ in done)
            return
        # a worker is replaced after WORKER_TASKS tasks: what it copied of the model and grew in
        # its string store is given back, so memory stays flat however long the corpus
        with multiprocessing.get_context("fork").Pool(workers, maxtasksperchild=WORKER_TASKS) as pool:
            for done in pool.imap(_parse_task, _tasks(items)):
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


def bunsetu_index(doc: Doc) -> list[int]:
    """The bunsetu (文節) number of each token of a Doc, from GiNZA's bunsetu recognizer."""
    numbers: list[int] = []
    current = -1
    for label in ginza.bunsetu_bi_labels(doc):
        current += label == "B"
        numbers.append(max(current, 0))
    return numbers


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
    parsed = parse_documents([(str(paths[i]), *documents[i]) for i in sorted(pending)], workers or os.cpu_count() or 1)
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
