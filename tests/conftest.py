"""Shared fixtures: the GiNZA model (loaded once), the sample corpus, a writer for input files."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw" / "zuckerberg_llama31_interview.txt"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.parse import load_nlp
    return load_nlp()


@pytest.fixture
def write_input(tmp_path: Path):
    """Write bytes or text (UTF-8) to tmp_path/raw/NAME and return its path."""
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)

    def write(name: str, content: bytes | str) -> Path:
        path = raw / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return write


@pytest.fixture(scope="session")
def extract(nlp):
    """Run segment → GiNZA → units on a small text; returns (units, relations, arguments)."""
    import pandas as pd

    from pipeline.extract import document_units
    from pipeline.links import background_of_contrast, find_arguments, find_relations
    from pipeline.segment import segment

    def run(text: str):
        result = segment(text, "t")
        sentences = pd.DataFrame([{"doc_id": "t", **vars(s), "in_quote": int(s.in_quote)}
                                  for s in result.sentences])
        turns = pd.DataFrame([vars(t) for t in result.turns])
        docs = list(nlp.pipe(list(sentences["text"])))
        units = list(document_units(sentences, turns, docs))
        relations = list(find_relations(units))
        for index in background_of_contrast(units, relations):
            units[index].role = "premise"
        return units, relations, list(find_arguments(units))

    return run


@pytest.fixture(scope="session")
def units_of(extract):
    """The units of a small text, as (role, text) pairs, and the units themselves."""
    def run(text: str):
        return extract(text)[0]
    return run
