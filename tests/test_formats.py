"""End to end: the sample interview written as .srt, .csv, .xlsx and .docx gives the same claims
(text, holder) as the .txt, in one run over the five files."""
from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.segment import segment
from pipeline.tables import read_table
from tests.conftest import SAMPLE

pytestmark = pytest.mark.e2e
FORMATS = ("srt", "csv", "xlsx", "docx")


def paragraphs() -> Iterator[tuple[str, str, bool]]:
    """(speaker, paragraph, first of its turn) of the sample, as its labels give them."""
    text = SAMPLE.read_text(encoding="utf-8")
    for turn in segment(text, "sample").turns:
        lines = [line.strip() for line in turn.text.split("\n") if line.strip()]
        yield from ((turn.speaker, line, index == 0) for index, line in enumerate(lines))


def as_srt() -> str:
    """A cue per paragraph, three seconds each with a pause after; `名前:` opens each turn."""
    def stamp(seconds: int) -> str:
        return f"00:{seconds // 60:02d}:{seconds % 60:02d},000"
    return "\n".join(f"{n}\n{stamp(n * 5)} --> {stamp(n * 5 + 3)}\n{f'{speaker}:' if speaker and first else ''}{line}\n"
                     for n, (speaker, line, first) in enumerate(paragraphs(), 1))


def as_rows() -> list[list[str]]:
    return [["話者", "本文"], *([speaker, line] for speaker, line, _ in paragraphs())]


def write_formats(raw: Path) -> None:
    import csv

    from docx import Document
    from openpyxl import Workbook
    shutil.copy(SAMPLE, raw / "sample_txt.txt")
    (raw / "sample_srt.srt").write_text(as_srt(), encoding="utf-8")
    with (raw / "sample_csv.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(as_rows())
    book = Workbook()
    for row in as_rows():
        book.active.append(row)
    book.save(raw / "sample_xlsx.xlsx")
    document = Document()
    for line in SAMPLE.read_text(encoding="utf-8").rstrip("\n").split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    (raw / "sample_docx.docx").write_bytes(buffer.getvalue())


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("formats")
    (root / "raw").mkdir()
    write_formats(root / "raw")
    assert main(["run", str(root / "raw"), "--out", str(root / "out"), "--until", "extract"]) == 0
    return root / "out"


def test_every_format_gives_the_claims_of_the_txt(run_dir: Path) -> None:
    claims = read_table("claims", run_dir)
    expected = list(zip(*(claims[claims["doc_id"] == "sample_txt"][c] for c in ("text", "holder"))))
    assert len(expected) > 40
    for kind in FORMATS:
        mine = claims[claims["doc_id"] == f"sample_{kind}"]
        assert list(zip(mine["text"], mine["holder"])) == expected, kind


def test_every_format_gives_the_turns_of_the_txt(run_dir: Path) -> None:
    turns = read_table("turns", run_dir)
    expected = list(zip(*(turns[turns["doc_id"] == "sample_txt"][c] for c in ("speaker", "role"))))
    for kind in FORMATS:
        mine = turns[turns["doc_id"] == f"sample_{kind}"]
        assert list(zip(mine["speaker"], mine["role"])) == expected, kind
    srt = turns[turns["doc_id"] == "sample_srt"]
    assert srt.iloc[1]["timestamp"] == "00:00:30.000"
    assert srt.iloc[1]["cue"].startswith("subtitles: name: prefix; role: ")
