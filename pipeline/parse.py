"""Parse: run GiNZA (ja_ginza) over each document's sentences, cache the Docs, write tokens and entities.

This is the only module that loads GiNZA. Each sentence is its own Doc (`nlp.pipe` over
sentences, never one giant Doc), so SudachiPy's input size limit cannot be hit and the parse
follows our sentence split, not GiNZA's. Parsed Docs are kept per document in a DocBin keyed by
the sentence texts plus the model's name and version; a rerun on unchanged text parses nothing.
"""
from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import ginza
import pandas as pd
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from pipeline.tables import read_table, table_frame, write_table

MODEL_NAME = "ja_ginza"
PIPE_BATCH_SIZE = 64


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load ja_ginza once per process (from the installed package: nothing is downloaded)."""
    return spacy.load(MODEL_NAME)


def model_tag(nlp: Language) -> str:
    """The model's name and version, part of every cache key: a new model never reuses a parse."""
    return f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}"


def cache_key(sentence_texts: Sequence[str], tag: str) -> str:
    """Hash of the model tag and the exact sentence texts of one document."""
    digest = hashlib.sha256(tag.encode("utf-8"))
    for text in sentence_texts:
        digest.update(b"\x00" + text.encode("utf-8"))
    return digest.hexdigest()[:32]


@dataclass(frozen=True)
class ParsedDocument:
    """A document's sentence Docs, in sentence order, and whether they came from the cache."""

    docs: list[Doc]
    from_cache: bool


def parse_texts(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """Parse sentence texts with nlp.pipe, one Doc each."""
    return list(nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE))


def load_or_parse(texts: Sequence[str], cache_dir: Path, nlp: Language | None = None) -> ParsedDocument:
    """Return the Docs for these sentence texts, from the cache when present, else parse and store."""
    nlp = nlp or load_nlp()
    path = cache_dir / f"{cache_key(texts, model_tag(nlp))}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [doc.text for doc in docs] == list(texts):
            return ParsedDocument(docs, from_cache=True)
    docs = parse_texts(nlp, texts)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    DocBin(store_user_data=True, docs=docs).to_disk(tmp)
    tmp.replace(path)
    return ParsedDocument(docs, from_cache=False)


def cached_docs(texts: Sequence[str], cache_dir: Path, nlp: Language | None = None) -> list[Doc]:
    """The cached Docs for these sentence texts; raise if the parse stage has not run on them."""
    nlp = nlp or load_nlp()
    path = cache_dir / f"{cache_key(texts, model_tag(nlp))}.spacy"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no parse for these sentences; run the parse stage first")
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def token_rows(doc_id: str, sentences: pd.DataFrame, docs: Sequence[Doc]) -> Iterator[dict[str, Any]]:
    """Yield one tokens.csv row per token; token and bunsetu ids run over the whole document."""
    token_base = 0
    bunsetu_base = 0
    for (_, sentence), doc in zip(sentences.iterrows(), docs):
        offset = int(sentence["start"])
        bunsetu_ids = bunsetu_index(doc)
        for token in doc:
            yield {
                "doc_id": doc_id, "sent_id": sentence["sent_id"], "token_id": token_base + token.i,
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
    for (_, sentence), doc in zip(sentences.iterrows(), docs):
        offset = int(sentence["start"])
        for ent in doc.ents:
            yield {"doc_id": doc_id, "sent_id": sentence["sent_id"],
                   "start": offset + ent.start_char, "end": offset + ent.end_char,
                   "text": ent.text, "label": ent.label_}


def parse_corpus(out_dir: Path, cache_dir: Path) -> int:
    """Stage: parse every document of out_dir/sentences.csv; write tokens.csv and entities.csv.

    Returns how many documents were parsed anew (0 on a rerun over unchanged input).
    """
    sentences = read_table("sentences", out_dir)
    tokens: list[pd.DataFrame] = []
    entities: list[pd.DataFrame] = []
    parsed = cached = 0
    for doc_id, doc_sentences in sentences.groupby("doc_id", sort=False):
        result = load_or_parse(list(doc_sentences["text"]), cache_dir)
        cached += result.from_cache
        parsed += not result.from_cache
        tokens.append(table_frame("tokens", token_rows(str(doc_id), doc_sentences, result.docs)))
        entities.append(table_frame("entities", entity_rows(str(doc_id), doc_sentences, result.docs)))
    write_table(_concat("tokens", tokens), "tokens", out_dir)
    write_table(_concat("entities", entities), "entities", out_dir)
    print(f"parse: {parsed} document(s) parsed, {cached} from cache (unchanged)", file=sys.stderr)
    return parsed


def _concat(name: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    return pd.concat(frames, ignore_index=True) if frames else table_frame(name, [])
