"""Stock ja_ginza for the benchmark: spacy.load, nlp.pipe in one process, default ops and batch size.

Standalone on purpose (it imports spaCy and the standard library only): the benchmark also runs
it by path under another interpreter, in a virtual environment that holds nothing but the same
spaCy and GiNZA releases from the registry, to measure GiNZA as an analyst installs it there.

    python benchmarks/stock.py SENTENCES_JSON RESULT_JSON

SENTENCES_JSON is a list of the sentence texts, exactly as the pipeline parses them (the bench
writes it from sentences.csv through pipeline.tables, which undoes the CSV's Excel-safe quoting).
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc


def parse_digest(docs: Iterable[Doc]) -> str:
    """Hash of what a parse decides: token text, tag, POS, lemma, dependency, head, entity."""
    digest = hashlib.sha256()
    for doc in docs:
        for t in doc:
            digest.update(f"{t.text}\t{t.tag_}\t{t.pos_}\t{t.lemma_}\t{t.dep_}\t{t.head.i}\t"
                          f"{t.ent_iob_}{t.ent_type_}\n".encode("utf-8"))
    return digest.hexdigest()


def stock_parse(sentences_json: Path, result_json: Path) -> None:
    """Time stock nlp.pipe over the sentences' texts (after loading); write seconds, chars, digest."""
    import spacy

    texts = json.loads(sentences_json.read_text(encoding="utf-8"))
    nlp = spacy.load("ja_ginza")
    start = time.perf_counter()
    docs = list(nlp.pipe(texts))
    seconds = time.perf_counter() - start
    result_json.write_text(json.dumps({"seconds": seconds, "chars": sum(map(len, texts)),
                                       "digest": parse_digest(docs), "python": sys.version.split()[0],
                                       "spacy": spacy.__version__}), encoding="utf-8")


if __name__ == "__main__":
    stock_parse(Path(sys.argv[1]), Path(sys.argv[2]))
