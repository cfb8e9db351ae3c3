"""`pipeline run` on a small corpus: incremental reruns, failures reported at the end."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.tables import read_table


def test_adding_a_file_parses_only_that_file(write_input, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    write_input("a.txt", "山田:増税は景気を冷やすでしょう。")
    write_input("b.txt", "鈴木:規制の緩和が必要です。")
    out, raw = tmp_path / "out", tmp_path / "raw"
    assert main(["run", str(raw), "--out", str(out)]) == 0
    assert "2 document(s) parsed" in capsys.readouterr().err
    write_input("c.txt", "佐藤:地方の人口は減り続けるでしょう。")
    assert main(["run", str(raw), "--out", str(out)]) == 0
    assert "1 document(s) parsed, 2 from cache" in capsys.readouterr().err
    assert set(read_table("claims", out)["doc_id"]) == {"a", "b", "c"}


def test_a_bad_file_fails_the_run_at_the_end_but_not_the_others(write_input, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture) -> None:
    write_input("good.txt", "山田:増税は景気を冷やすでしょう。")
    write_input("empty.txt", b"")
    out, raw = tmp_path / "out", tmp_path / "raw"
    assert main(["run", str(raw), "--out", str(out)]) == 1
    assert "empty.txt: empty file" in capsys.readouterr().err
    assert list(read_table("claims", out)["doc_id"]) == ["good"]
    assert main(["run", str(raw), "--out", str(out)]) == 1  # still failing when skipped


def test_missing_input_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    assert "nowhere: no such file or folder" in capsys.readouterr().err
