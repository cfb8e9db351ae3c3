"""The one adapter to spaCy and GiNZA: load ja_ginza, keep parsed Docs in a cache, and the
bunsetu (文節) helpers the extractors use. No other module imports spaCy's pipeline or ginza.

Each document's Docs are cached as one file: a DocBin of the annotations plus every Doc's
`user_data` (GiNZA's bunsetu and clause data, which a DocBin alone drops), keyed by the
texts parsed, the model's name and version, and the cache layout.

The parser reads a sentence as `parser_texts` gives it: a sentence joined across line breaks
(sentences.csv `joins`) without those characters, so `子育\nて` is one word; its Doc's offsets are
then those of that reading, mapped back to the document by `document_offsets` (tokens, entities)
and `SentenceContext.document_span` (units). The Doc is kept as GiNZA made it, not rebuilt over
the sentence's own text: the rules match token and span text (`t.text in cues…`, `.endswith`),
and a token holding a removed break (`ま す`) would fail them wherever a break falls; the joined
Doc gives them what any sentence gives, and its bunsetu data stays GiNZA's own.
"""
from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import ginza
import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span, Token
from spacy.vocab import Vocab
from thinc.api import NumpyOps

from pipeline.fingerprint import MODEL_PACKAGE, installed_model_tag
from pipeline.sentences import read_offsets, reading
from pipeline.tables import atomic_write

if TYPE_CHECKING:
    import pandas as pd

CACHE_FORMAT = "+docbin-userdata-v2"  # part of every cache key: a new layout never reads an old file
# A document's sentences are parsed and cached in pieces of about this many characters: a big
# document becomes several tasks that both cores work on, and a damaged file costs one piece.
PIECE_CHARS = 20_000
PIPELINE_COMPONENTS = ["tok2vec", "parser", "ner", "morphologizer", "compound_splitter", "bunsetu_recognizer"]


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


@lru_cache(maxsize=1)
def load_vocab() -> Vocab:
    """ja_ginza's vocabulary and word vectors without its pipeline: enough to read cached Docs
    (the loaded pipeline's own, when this process has loaded it: `pipeline run` has parsed)."""
    if load_nlp.cache_info().currsize:
        return load_nlp().vocab
    return spacy.load(MODEL_PACKAGE, exclude=PIPELINE_COMPONENTS).vocab


def parser_texts(sentences: pd.DataFrame) -> list[str]:
    """What the parser reads of each sentences.csv row: its text, without its `joins` if any.
    These texts also key the cache: the joins change what is parsed, so they change the key."""
    texts = list(sentences["text"])
    if "joins" not in sentences.columns:
        return texts
    return [reading(text, int(start), joins)[0] if joins else text
            for text, start, joins in zip(texts, sentences["start"], sentences["joins"])]


def document_offsets(sentences: pd.DataFrame) -> list[list[int] | None]:
    """For each sentences.csv row, the document offset of each character its parse read (`parser_texts`),
    or None when it read the sentence's text as is (the offset is then the sentence's start + the index)."""
    if "joins" not in sentences.columns:
        return [None] * len(sentences)
    return [list(read_offsets(text, int(start), joins)) if joins else None
            for text, start, joins in zip(sentences["text"], sentences["start"], sentences["joins"])]


def cache_key(sentence_texts: Sequence[str], tag: str) -> str:
    """Hash of the model tag and the exact sentence texts of one document."""
    digest = hashlib.sha256(tag.encode("utf-8"))
    for text in sentence_texts:
        digest.update(b"\x00" + text.encode("utf-8"))
    return digest.hexdigest()[:32]


class CacheDamaged(ValueError):
    """A parse-cache file that does not decode; the message names it."""


def cache_path(cache_dir: Path, sentence_texts: Sequence[str]) -> Path:
    return cache_dir / f"{cache_key(sentence_texts, installed_model_tag() + CACHE_FORMAT)}.spacy"


def pieces(sentence_texts: Sequence[str]) -> list[range]:
    """A document's sentences in consecutive ranges of about PIECE_CHARS characters (one range
    for all but big documents)."""
    ranges, start, size = [], 0, 0
    for index, text in enumerate(sentence_texts):
        size += len(text)
        if size >= PIECE_CHARS:
            ranges.append(range(start, index + 1))
            start, size = index + 1, 0
    if start < len(sentence_texts) or not ranges:
        ranges.append(range(start, len(sentence_texts)))
    return ranges


def piece_paths(cache_dir: Path, sentence_texts: Sequence[str]) -> list[tuple[range, Path]]:
    """Each piece of a document's sentences with the cache file that holds its parse."""
    texts = list(sentence_texts)
    return [(piece, cache_path(cache_dir, texts[piece.start:piece.stop])) for piece in pieces(texts)]


def store_docs(docs: Sequence[Doc], path: Path) -> None:
    """Write a document's Docs, atomically: a DocBin of the annotations plus all the Docs'
    user_data as one msgpack blob. One blob per document instead of DocBin's one per sentence:
    each msgpack decode costs srsly a registry scan."""
    blob = {"docbin": DocBin(docs=docs).to_bytes(), "user_data": [dict(doc.user_data) for doc in docs]}
    atomic_write(path, srsly.msgpack_dumps(blob))


def load_docs(path: Path, vocab: Vocab) -> list[Doc]:
    """Read what `store_docs` wrote; raise CacheDamaged naming the file if it does not decode."""
    try:
        blob = srsly.msgpack_loads(path.read_bytes(), use_list=False)  # as DocBin reads user_data
        docs = list(DocBin().from_bytes(blob["docbin"]).get_docs(vocab))
        for doc, user_data in zip(docs, blob["user_data"], strict=True):
            doc.user_data.update(user_data)
    except Exception as err:  # msgpack, zlib, DocBin: whatever a truncated or foreign file raises
        raise CacheDamaged(f"{path}: damaged parse cache ({type(err).__name__}: {err})") from err
    return docs


def parse_and_store(texts: Sequence[str], path: Path) -> list[Doc]:
    """Parse sentences in this process (loading the model if need be) and cache their Docs."""
    docs = list(load_nlp().pipe(texts))
    store_docs(docs, path)
    return docs


def cached_docs(texts: Sequence[str], cache_dir: Path, *, repair: bool = False) -> list[Doc]:
    """The cached Docs for these sentence texts; raise if the parse stage has not run on them.
    A damaged piece raises CacheDamaged, or with `repair` is parsed again (and says so)."""
    texts = list(texts)
    docs: list[Doc] = []
    for piece, path in piece_paths(cache_dir, texts):
        if not path.exists():
            raise FileNotFoundError(f"{path}: no parse for these sentences; run the parse stage first")
        piece_texts = texts[piece.start:piece.stop]
        try:
            loaded = load_docs(path, load_vocab())
        except CacheDamaged as err:
            if not repair:
                raise
            print(f"warning: {err}; parsing its {len(piece_texts)} sentence(s) again", file=sys.stderr)
            loaded = parse_and_store(piece_texts, path)
        if [doc.text for doc in loaded] != piece_texts:
            raise ValueError(f"{path}: cached parse does not hold these sentences")
        docs.extend(loaded)
    return docs


def bunsetu_spans(doc: Doc) -> list[Span]:
    """The sentence's bunsetu (GiNZA reads `user_data["bunsetu_heads"]` and `["bunsetu_bi_labels"]`)."""
    return list(ginza.bunsetu_spans(doc))


def bunsetu_bi_label(token: Token) -> str:
    """"B" when the token begins a bunsetu, else "I"."""
    return ginza.bunsetu_bi_label(token)


def bunsetu_index(doc: Doc) -> list[int]:
    """The bunsetu (文節) number of each token of a Doc."""
    numbers: list[int] = []
    current = -1
    for label in ginza.bunsetu_bi_labels(doc):
        current += label == "B"
        numbers.append(max(current, 0))
    return numbers
