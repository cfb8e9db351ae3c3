"""`pipeline run` on a small corpus: incremental reruns, failures reported at the end."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main

pytestmark = pytest.mark.e2e  # every test here runs stages with the real model
from pipeline.nlp import cache_path
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


def test_metadata_gives_a_speech_its_speaker_and_documents_their_variables(write_input, tmp_path: Path) -> None:
    write_input("speech.txt", "本日は経済について申し上げます。景気は回復に向かうでしょう。")
    write_input("metadata.csv", "doc_id,speaker,date\nspeech,岸田文雄,2023-01-23\n")
    out = tmp_path / "out"
    assert main(["segment", str(tmp_path / "raw"), "--out", str(out)]) == 0
    turns = read_table("turns", out)
    assert list(zip(turns["speaker"], turns["role"])) == [("岸田文雄", "speaker")]
    documents = read_table("documents", out)
    assert documents.loc[0, "date"] == "2023-01-23"
    assert documents.loc[0, "speaker"] == "岸田文雄"


def test_metadata_without_doc_id_is_an_error_naming_the_file(write_input, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture) -> None:
    write_input("speech.txt", "景気は回復に向かうでしょう。")
    write_input("metadata.csv", "file,date\nspeech,2023-01-23\n")
    assert main(["segment", str(tmp_path / "raw"), "--out", str(tmp_path / "out")]) == 2
    assert "metadata.csv: needs a doc_id column" in capsys.readouterr().err


def test_malformed_codebook_is_an_error_naming_its_line(write_input, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture) -> None:
    write_input("a.txt", "山田:増税は景気を冷やすでしょう。")
    book = tmp_path / "book.txt"
    book.write_text("*税\n増税 &\n", encoding="utf-8")
    assert main(["run", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), "--codebook", str(book)]) == 2
    assert "book.txt:2:" in capsys.readouterr().err


def test_a_damaged_parse_cache_file_is_parsed_again(write_input, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    write_input("a.txt", "山田:増税は景気を冷やすでしょう。")
    out, raw = tmp_path / "out", tmp_path / "raw"
    assert main(["run", str(raw), "--out", str(out)]) == 0
    for cached in (out / ".parse_cache").glob("*.spacy"):
        cached.write_bytes(b"\x00broken")
    capsys.readouterr()
    assert main(["run", str(raw), "--out", str(out), "--force"]) == 0
    assert "damaged parse cache" in capsys.readouterr().err
    assert len(read_table("claims", out)) == 1


HOSTILE_FILES = {
    "long.txt": "規制の緩和が必要だという意見は根強いが" + "、関係者の調整は難航している" * 150,
    "punct.txt": "。。。！？\n…\n",
    "label_only.txt": "山田:\n",
    "emoji_halfwidth.txt": "ｶﾀｶﾅの文も安全です😀。ＡＢＣ社は１２３億円の利益を出すでしょう。",
    "crlf.txt": "田中:景気は回復するでしょう。\r\n鈴木:そうは思いません。\r\n",
}


def test_hostile_files_run_through_every_stage(write_input, tmp_path: Path) -> None:
    for name, content in HOSTILE_FILES.items():
        write_input(name, content)
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "raw"), "--out", str(out)]) == 0
    documents = read_table("documents", out)
    assert set(documents["status"]) == {"ok"}
    claims = read_table("claims", out)
    texts = {p.stem: p.read_text(encoding="utf-8").replace("\r\n", "\n") for p in (tmp_path / "raw").iterdir()}
    for row in claims.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    assert (out / "report.html").exists()


def test_a_rerun_on_unchanged_input_loads_neither_spacy_nor_pandas(write_input, tmp_path: Path) -> None:
    write_input("a.txt", "山田:増税は景気を冷やすでしょう。")
    out, raw = tmp_path / "out", tmp_path / "raw"
    assert main(["run", str(raw), "--out", str(out)]) == 0
    probe = ("import sys; from pipeline.cli import main; code = main(sys.argv[1:]); "
             "print(code, 'spacy' in sys.modules, 'pandas' in sys.modules)")
    rerun = subprocess.run([sys.executable, "-c", probe, "run", str(raw), "--out", str(out)],
                           capture_output=True, text=True, check=True)
    assert rerun.stdout.split() == ["0", "False", "False"]
    assert "parse: inputs unchanged, skipped" in rerun.stderr


def test_extract_on_two_workers_writes_what_one_writes_and_isolates_a_failure(write_input, tmp_path: Path) -> None:
    for n in range(9):
        write_input(f"d{n}.txt", f"山田:増税は景気を冷やすでしょう。なぜなら消費が{n + 1}割減るからです。")
    out, raw = tmp_path / "out", tmp_path / "raw"
    assert main(["run", str(raw), "--out", str(out), "--workers", "2"]) == 0
    parallel = (out / "claims.csv").read_bytes()
    assert main(["extract", "--out", str(out), "--workers", "1"]) == 0
    assert (out / "claims.csv").read_bytes() == parallel
    sentences = read_table("sentences", out)
    lost = cache_path(out / ".parse_cache", list(sentences.loc[sentences["doc_id"] == "d4", "text"]))
    lost.unlink()
    assert main(["extract", "--out", str(out), "--workers", "2"]) == 1  # the failure is reported
    claims, documents = read_table("claims", out), read_table("documents", out)
    assert set(claims["doc_id"]) == {f"d{n}" for n in range(9)} - {"d4"}
    failed = documents.set_index("doc_id").loc["d4"]
    assert failed["status"] == "error" and "no parse for these sentences" in failed["error"]
