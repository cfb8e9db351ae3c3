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
