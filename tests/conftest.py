"""Shared fixtures: sentence parses for rule tests (tests/parses.py, no model), the GiNZA model
for end-to-end tests (loaded once), the sample corpus, a writer for input files."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw" / "zuckerberg_llama31_interview.txt"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import load_nlp
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
def parsed():
    """Docs for sentence texts, built by hand from tests/parses.tsv (see tests/parses.py)."""
    from parses import Parses
    return Parses()


@pytest.fixture(scope="session")
def extract(parsed):
    """Run segment → parse (from tests/parses.tsv) → extraction on a small text; returns
    (units, relations, arguments)."""
    import pandas as pd

    from pipeline.extract.document import extract_document
    from pipeline.nlp import parser_texts
    from pipeline.segment import segment

    def run(text: str):
        result = segment(text, "t")
        sentences = pd.DataFrame([{"doc_id": "t", **vars(s), "in_quote": int(s.in_quote)}
                                  for s in result.sentences])
        turns = pd.DataFrame([vars(t) for t in result.turns])
        docs = parsed(parser_texts(sentences))  # what the parse stage gives GiNZA
        extraction = extract_document("t", sentences, turns, docs)
        return list(extraction.units), list(extraction.relations), list(extraction.arguments)

    return run


@pytest.fixture(scope="session")
def units_of(extract):
    """The units of a small text."""
    def run(text: str):
        return extract(text)[0]
    return run


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that need the real model (the `nlp` fixture or a whole run) are end-to-end tests."""
    for item in items:
        if {"nlp", "run_dir"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.e2e)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """`-m "not e2e"` (make test-unit) must never load ja_ginza: say so when something did."""
    import sys
    if session.config.getoption("markexpr") == "not e2e" and "ja_ginza" in sys.modules:
        print("\nerror: a unit test loaded ja_ginza; mark it e2e or give it a parse from tests/parses.tsv",
              file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
