"""Tables: declared columns (golden file), CSV conventions, atomic writes, bad-file isolation."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.segment import segment_corpus
from pipeline.tables import TABLE_COLUMNS, read_table, table_frame, write_table

GOLDEN = Path(__file__).parent / "golden" / "table_headers.txt"


def test_declared_columns_match_the_golden_file() -> None:
    golden = dict(line.split(": ") for line in GOLDEN.read_text(encoding="utf-8").splitlines())
    assert {name: ",".join(columns) for name, columns in TABLE_COLUMNS.items()} == golden


def test_write_uses_bom_lf_and_leaves_no_temp_file(tmp_path: Path) -> None:
    frame = table_frame("entities", [{"doc_id": "d", "sent_id": "d:s0001", "start": 0, "end": 2,
                                      "text": "東京,\n都", "label": "City"}])
    path = write_table(frame, "entities", tmp_path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" not in raw
    assert [p.name for p in tmp_path.iterdir()] == ["entities.csv"]
    back = read_table("entities", tmp_path)
    assert back.loc[0, "text"] == "東京,\n都"
    assert back.loc[0, "end"] == 2


def test_rows_with_wrong_columns_are_refused() -> None:
    with pytest.raises(ValueError, match="missing"):
        table_frame("entities", [{"doc_id": "d"}])


def test_one_bad_file_does_not_stop_the_others(write_input, tmp_path: Path) -> None:
    write_input("good.txt", "山田:今日は晴れです。\n鈴木:そうですね。")
    write_input("empty.txt", b"")
    write_input("binary.txt", b"\x00\x01\x02\x03PK\x00")
    write_input("sjis.txt", "結論は明らかです。".encode("cp932"))
    out = tmp_path / "out"
    errors = segment_corpus([tmp_path / "raw"], out)
    assert len(errors) == 2 and any("empty.txt: empty file" in e for e in errors)
    documents = read_table("documents", out).set_index("doc_id")
    assert documents.loc["empty", "status"] == "error"
    assert "binary" in documents.loc["binary", "error"]
    assert documents.loc["good", "status"] == "ok"
    assert documents.loc["good", "n_turns"] == 2
    assert documents.loc["sjis", "encoding"] == "cp932"
    sentences = read_table("sentences", out)
    assert set(sentences["doc_id"]) == {"good", "sjis"}
