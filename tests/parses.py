"""Sentence parses for rule tests, without loading the model.

`tests/parses.tsv` keeps GiNZA's parse of every sentence the rule tests use, one block per
sentence (`# text = …`, then a row per token: text, lemma, norm, pos, tag, morph, head, dep,
entity IOB, bunsetu B/I, bunsetu head, trailing space). `build_doc` makes a Doc from such rows
by hand, with the two `user_data` keys GiNZA's bunsetu functions read, so a rule test costs
milliseconds. A sentence not in the file is an error that says how to add it:

    PARSES=update python -m pytest tests/   # parses new sentences with ja_ginza, appends them

`test_parses_are_current` (marked e2e) parses the file's sentences again with the installed model
and fails when they differ: after a model upgrade, regenerate the file on purpose. Two branches
that both add sentences conflict here: keep every block of both sides (`read_parses` of each,
written back whole); git's line-wise union merge can interleave two blocks' rows.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

PARSES_FILE = Path(__file__).with_name("parses.tsv")
COLUMNS = ("text", "lemma", "norm", "pos", "tag", "morph", "head", "dep", "ent", "bunsetu", "bunsetu_head", "space")
_ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"))


def _escape(value: str) -> str:
    for raw, escaped in _ESCAPES:
        value = value.replace(raw, escaped)
    return value


def _unescape(value: str) -> str:
    out, index = [], 0
    while index < len(value):
        if value[index] == "\\" and index + 1 < len(value):
            out.append({"t": "\t", "n": "\n", "\\": "\\"}[value[index + 1]])
            index += 2
        else:
            out.append(value[index])
            index += 1
    return "".join(out)


def doc_rows(doc: Doc) -> list[tuple[str, ...]]:
    """A parsed Doc as rows of COLUMNS (what the file keeps)."""
    labels = doc.user_data["bunsetu_bi_labels"]
    heads = set(doc.user_data["bunsetu_heads"])
    return [(t.text, t.lemma_, t.norm_, t.pos_, t.tag_, str(t.morph), str(t.head.i), t.dep_,
             f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O", labels[t.i], str(int(t.i in heads)),
             t.whitespace_) for t in doc]


def build_doc(vocab: Vocab, rows: Iterable[tuple[str, ...]]) -> Doc:
    """A Doc built by hand from rows of COLUMNS: words, lemmas, POS, tags, morphology, heads,
    dependencies, entities, and the bunsetu data GiNZA keeps in `user_data`."""
    rows = list(rows)
    field = {name: [row[i] for row in rows] for i, name in enumerate(COLUMNS)}
    doc = Doc(vocab, words=field["text"], spaces=[bool(s) for s in field["space"]], lemmas=field["lemma"],
              pos=field["pos"], tags=field["tag"], morphs=field["morph"], heads=[int(h) for h in field["head"]],
              deps=field["dep"], ents=field["ent"])
    for token, norm in zip(doc, field["norm"]):
        token.norm_ = norm
    doc.user_data["bunsetu_bi_labels"] = field["bunsetu"]
    doc.user_data["bunsetu_heads"] = [i for i, flag in enumerate(field["bunsetu_head"]) if flag == "1"]
    return doc


def read_parses(path: Path = PARSES_FILE) -> dict[str, list[tuple[str, ...]]]:
    """Sentence text → its token rows, from the parses file."""
    parses: dict[str, list[tuple[str, ...]]] = {}
    text = None
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if line.startswith("# text = "):
            text = _unescape(line[len("# text = "):])
            parses[text] = []
        elif line and text is not None:
            parses[text].append(tuple(_unescape(cell) for cell in line.split("\t")))
    return parses


def append_parses(docs: Iterable[Doc], path: Path = PARSES_FILE) -> None:
    """Add sentences' parses to the file (PARSES=update)."""
    with path.open("a", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(f"# text = {_escape(doc.text)}\n")
            handle.writelines("\t".join(_escape(cell) for cell in row) + "\n" for row in doc_rows(doc))
            handle.write("\n")


class Parses:
    """Docs for sentence texts, built from the parses file; with PARSES=update, sentences
    missing from it are parsed with ja_ginza and added."""

    def __init__(self) -> None:
        self.rows = read_parses()
        self.vocab = Vocab()

    def __call__(self, texts: Iterable[str]) -> list[Doc]:
        texts = list(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self.rows]
        if missing and os.environ.get("PARSES") == "update":
            from pipeline.nlp import load_nlp
            docs = list(load_nlp().pipe(missing))
            append_parses(docs)
            self.rows.update({doc.text: doc_rows(doc) for doc in docs})
        elif missing:
            raise LookupError(f"{PARSES_FILE.name} has no parse of {missing[0]!r}: "
                              "run `PARSES=update python -m pytest tests/` once to add it")
        return [build_doc(self.vocab, self.rows[text]) for text in texts]
