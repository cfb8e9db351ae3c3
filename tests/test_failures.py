"""Failure behaviour without the model (issue 11): Excel-safe cells, one-line errors, nothing
skipped in silence, one run per output folder, integer columns. Model runs: test_failures_e2e."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from pipeline import tables
from pipeline.cli import main
from pipeline.codebook import read_codebook
from pipeline.ingest import decode_bytes
from pipeline.outdir import output_lock
from pipeline.progress import Progress
from pipeline.tables import load, read_table, table_frame, write_table

HOSTILE_CELLS = ["=HYPERLINK(\"http://evil\",\"click\")", "+81 3", "-x", "@SUM(A1)", "\tA", "\rB", "＝１＋１",
                 "＋", "－あ", "＠", "'=already", "''+two", "'plain", "plain", "-5", "+3.5", "1e5", "", "'-5"]


def segment(raw: Path, out: Path, *extra: str) -> int:
    return main(["run", str(raw), "--out", str(out), "--until", "segment", *extra])


# --- 4. Excel-safe CSV ---------------------------------------------------------------------

def test_formula_cells_are_quoted_and_read_back_exactly(tmp_path: Path) -> None:
    rows = [{"doc_id": "d", "sent_id": cell, "start": n, "end": n + 1, "text": cell, "label": "x"}
            for n, cell in enumerate(HOSTILE_CELLS)]
    write_table(table_frame("entities", rows), "entities", tmp_path)
    raw = pd.read_csv(tmp_path / "entities.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    for cell, written in zip(HOSTILE_CELLS, raw["text"]):
        dangerous = cell.lstrip("'")[:1] in tuple("=+-@\t\r＝＋－＠") and cell.lstrip("'") not in ("-5", "+3.5")
        assert written == ("'" + cell if dangerous else cell)
    back = read_table("entities", tmp_path)
    assert list(back["text"]) == HOSTILE_CELLS and list(back["sent_id"]) == HOSTILE_CELLS
    assert list(back["start"]) == list(range(len(HOSTILE_CELLS)))


def test_metadata_formula_reaches_no_table_unquoted_and_parquet_gives_it_back(write_input, tmp_path: Path) -> None:
    write_input("speech.txt", "景気は回復に向かうでしょう。")
    write_input("metadata.csv", 'doc_id,speaker,note\nspeech,"=HYPERLINK(""http://evil"",""click"")",@x\n')
    out = tmp_path / "out"
    assert segment(tmp_path / "raw", out) == 0
    raw = (out / "documents.csv").read_text(encoding="utf-8-sig")
    assert ",\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"," in raw and ",'@x" in raw
    assert "'=HYPERLINK" in (out / "turns.csv").read_text(encoding="utf-8-sig")
    assert load(out)["turns"].loc[0, "speaker"] == '=HYPERLINK("http://evil","click")'
    from pipeline.analysis import export_parquet
    export_parquet(out)
    assert pd.read_parquet(out / "documents.parquet").loc[0, "note"] == "@x"


def test_xlsx_is_one_workbook_with_strings_never_formulas(write_input, tmp_path: Path) -> None:
    write_input("speech.txt", "=1+1 景気は回復に向かうでしょう。")
    out = tmp_path / "out"
    assert segment(tmp_path / "raw", out) == 0
    from pipeline.analysis import export_xlsx
    with zipfile.ZipFile(export_xlsx(out)) as book:
        names = book.namelist()
        sheets = "".join(book.read(n).decode() for n in names if n.startswith("xl/worksheets/sheet"))
        workbook = book.read("xl/workbook.xml").decode()
    assert all(f'name="{t}"' in workbook for t in ("documents", "turns", "sentences"))
    assert "<f>" not in sheets and "=1+1 景気" in sheets
    assert '<col min="7" max="7" width=' in sheets  # widths set (text columns are wide)


# --- 6. one-line errors --------------------------------------------------------------------

def one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, stderr
    return errors[0]


def test_unreadable_input_fails_alone(write_input, tmp_path: Path, monkeypatch, capsys) -> None:
    write_input("good.txt", "景気は回復に向かうでしょう。")
    locked = write_input("locked.txt", "読めない文書です。")
    real = Path.read_bytes

    def read_bytes(path: Path) -> bytes:  # root reads anything: deny this one file as chmod 000 would
        if path.name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert segment(tmp_path / "raw", tmp_path / "out") == 1
    line = one_error_line(capsys.readouterr().err)
    assert f"{locked}: cannot read (Permission denied); check its permissions" in line
    documents = read_table("documents", tmp_path / "out").set_index("doc_id")
    assert documents.loc["good", "status"] == "ok" and documents.loc["locked", "status"] == "error"


def test_disk_full_is_one_line_and_leaves_no_temp_file(write_input, tmp_path: Path, monkeypatch, capsys) -> None:
    write_input("a.txt", "景気は回復に向かうでしょう。")
    real = tables.excel_safe

    def full(frame, table):
        if table.name == "sentences":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(frame, table)

    monkeypatch.setattr(tables, "excel_safe", full)
    out = tmp_path / "out"
    assert segment(tmp_path / "raw", out) == 2
    assert one_error_line(capsys.readouterr().err) == \
        f"error: {out}: disk full; free some space (or pass another --out) and run again"
    assert not list(out.glob(".*.tmp"))


def test_read_only_output_folder_is_one_line(write_input, tmp_path: Path, monkeypatch, capsys) -> None:
    write_input("a.txt", "景気は回復に向かうでしょう。")
    out = tmp_path / "out"

    def read_only(folder: Path) -> int:  # root writes anywhere: refuse as a read-only mount would
        raise OSError(errno.EROFS, "Read-only file system", str(folder / ".lock"))

    monkeypatch.setattr("pipeline.outdir._open_lock", read_only)
    assert segment(tmp_path / "raw", out) == 2
    line = one_error_line(capsys.readouterr().err)
    assert line == f"error: {out / '.lock'}: cannot write here (Read-only file system); " \
                   "make it writable or pass another --out"


@pytest.mark.parametrize("encoding", ["cp932", "euc_jp"])
def test_codebook_in_a_legacy_encoding_is_read(tmp_path: Path, encoding: str) -> None:
    book = tmp_path / "book.txt"
    book.write_bytes("*安全性\n安全 | リスク\n".encode(encoding))
    assert [code.name for code in read_codebook(book)] == ["安全性"]


def test_ctrl_c_exits_130_with_one_line(write_input, tmp_path: Path) -> None:
    write_input("a.txt", "景気は回復に向かうでしょう。")
    fifo = tmp_path / "codebook.fifo"
    os.mkfifo(fifo)  # reading it blocks: the run is surely inside the pipeline when Ctrl-C comes
    out = tmp_path / "out"
    out.mkdir()
    (out / ".tokens.stale.tmp").write_text("left by a killed run")
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(tmp_path / "raw"), "--out", str(out),
                                "--codebook", str(fifo)], stderr=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parent.parent)
    deadline = time.monotonic() + 60
    while not (out / ".lock").exists() or (out / ".tokens.stale.tmp").exists():
        assert time.monotonic() < deadline
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert one_error_line(stderr) == f"error: {out}: interrupted; its temp files are removed, " \
                                     "run the same command again to go on"
    assert not list(out.glob(".*.tmp"))


# --- 7. nothing skipped in silence ----------------------------------------------------------

def test_symlinks_and_unreadable_folders_are_warned_about(write_input, tmp_path: Path, monkeypatch, capsys) -> None:
    raw = write_input("a.txt", "景気は回復に向かうでしょう。").parent
    (raw / "dangling.txt").symlink_to(raw / "nowhere.txt")
    (raw / "loop1.txt").symlink_to(raw / "loop2.txt")
    (raw / "loop2.txt").symlink_to(raw / "loop1.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text("物価は上がるでしょう。", encoding="utf-8")
    (raw / "linked").symlink_to(elsewhere)
    (elsewhere / "back").symlink_to(elsewhere)  # a folder loop
    (raw / "closed").mkdir()
    real = os.scandir

    def scandir(path):  # root enters anything: refuse as chmod 000 would
        if str(path).endswith("closed"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert segment(raw, tmp_path / "out") == 0
    err = capsys.readouterr().err
    for expected in ("dangling.txt: dangling symlink, skipped", "loop1.txt: symlink loop, skipped",
                     "back: symlink loop, skipped", "closed: cannot read folder (Permission denied), skipped"):
        assert f"warning: {raw / expected}" in err or expected in err, expected
        assert any(expected in line for line in err.splitlines() if line.startswith("summary: warning:"))
    assert set(read_table("documents", tmp_path / "out")["doc_id"]) == {"a", "b"}


def test_an_empty_input_folder_is_an_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "raw").mkdir()
    assert segment(tmp_path / "raw", tmp_path / "out") == 2
    assert f"{tmp_path / 'raw'}: no input files (.txt .md " in one_error_line(capsys.readouterr().err)


def test_a_folder_of_no_input_kind_is_an_error(write_input, tmp_path: Path, capsys) -> None:
    write_input("notes.rtf", b"{\\rtf1 notes}")
    write_input("metadata.csv", "doc_id,date\nnotes,2023-01-23\n")  # document variables, not an input
    assert segment(tmp_path / "raw", tmp_path / "out") == 2
    assert "no input files (" in one_error_line(capsys.readouterr().err)


def test_metadata_ids_without_a_file_are_warned_about(write_input, tmp_path: Path, capsys) -> None:
    write_input("speech.txt", "景気は回復に向かうでしょう。")
    write_input("metadata.csv", "doc_id,date\nspeech,2023-01-23\nspeach,2023-01-24\n")
    assert segment(tmp_path / "raw", tmp_path / "out") == 0
    err = capsys.readouterr().err
    assert "doc_id 'speach' matches no input file" in err and "summary: warning:" in err


def test_a_few_invalid_bytes_are_replaced_and_recorded(write_input, tmp_path: Path, capsys) -> None:
    good = "景気は回復に向かうでしょう。".encode("utf-8")
    write_input("one_bad.txt", good + b"\xff" + good)
    write_input("many_bad.txt", (good + b"\xff\xfe") * 3)
    assert segment(tmp_path / "raw", tmp_path / "out") == 1
    documents = read_table("documents", tmp_path / "out").set_index("doc_id")
    assert documents.loc["one_bad", ["invalid_bytes", "first_invalid_byte"]].tolist() == [1, len(good)]
    assert documents.loc["one_bad", "status"] == "ok"
    assert "the first at byte 42" in documents.loc["many_bad", "error"]
    assert "\ufffd" in read_table("sentences", tmp_path / "out")["text"].str.cat()
    assert decode_bytes(b"a" * 2000 + b"\xff\xfe").invalid_bytes == 2


# --- 3. one run per output folder ------------------------------------------------------------

def test_a_second_run_fails_at_once_naming_the_holder(write_input, tmp_path: Path, capsys) -> None:
    write_input("a.txt", "景気は回復に向かうでしょう。")
    out = tmp_path / "out"
    with output_lock(out):
        assert segment(tmp_path / "raw", out) == 2
    assert one_error_line(capsys.readouterr().err) == \
        f"error: {out}: another run (pid {os.getpid()}) is writing to this folder; " \
        "wait for it, pass --wait, or choose another --out"


def test_with_wait_a_second_run_waits_for_the_first(write_input, tmp_path: Path, capsys) -> None:
    write_input("a.txt", "景気は回復に向かうでしょう。")
    out = tmp_path / "out"
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with output_lock(out):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    threading.Timer(0.5, release.set).start()
    assert segment(tmp_path / "raw", out, "--wait") == 0
    holder.join()
    assert "waiting for the run" in capsys.readouterr().err


def test_another_corpus_on_the_same_folder_replaces_the_first(write_input, tmp_path: Path, capsys) -> None:
    write_input("a.txt", "景気は回復に向かうでしょう。")
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text("物価は上がるでしょう。", encoding="utf-8")
    out = tmp_path / "out"
    assert segment(tmp_path / "raw", out) == 0
    assert segment(other, out) == 0
    assert set(read_table("sentences", out)["doc_id"]) == {"b"}
    # a killed run of corpus a left its tables but not its manifest entry: the rerun of b notices
    (out / "sentences.csv").write_bytes((out / "sentences.csv").read_bytes().replace("物価".encode(), "景気".encode()))
    capsys.readouterr()
    assert segment(other, out) == 0
    assert "segment: its tables changed since it wrote them, running it again" in capsys.readouterr().err
    assert read_table("sentences", out).loc[0, "text"].startswith("物価")


def test_stale_temp_files_are_removed(write_input, tmp_path: Path, capsys) -> None:
    write_input("a.txt", "景気は回復に向かうでしょう。")
    out = tmp_path / "out"
    (out / ".parse_cache").mkdir(parents=True)
    for stale in (out / ".tokens.abc.tmp", out / ".parse_cache" / ".0123.spacy.xyz.tmp"):
        stale.write_text("left by a killed run")
    keep = out / "notes.tmp"
    keep.write_text("the analyst's")
    assert segment(tmp_path / "raw", out) == 0
    assert "removed 2 temp file(s) left by an interrupted run" in capsys.readouterr().err
    assert not list(out.rglob(".*.tmp")) and keep.exists()


# --- 8. integers ------------------------------------------------------------------------------

def test_integer_columns_stay_integers_when_a_file_fails(write_input, tmp_path: Path) -> None:
    write_input("good.txt", "山田:景気は回復に向かうでしょう。")
    write_input("empty.txt", b"")
    out = tmp_path / "out"
    assert segment(tmp_path / "raw", out) == 1
    for name in ("documents", "turns", "sentences"):
        raw = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
        for column in tables.TABLES[name].integers:
            assert not raw[column].str.contains(r"\.").any(), (name, column)
    documents = read_table("documents", out)
    assert str(documents["n_chars"].dtype) == "Int64" and documents["n_chars"].isna().sum() == 1


# --- 1. progress when stderr is no terminal ----------------------------------------------------

def test_progress_lines_when_stderr_is_not_a_terminal(capsys) -> None:
    with Progress(total=100, unit="char", desc="parse", every=0) as bar:
        bar.update(40)
        bar.update(60)
    lines = capsys.readouterr().err.splitlines()
    assert lines and lines[0].startswith("parse: 40/100 chars (40%)")


# --- 7 through the input adapters: every input kind is scanned and decoded alike ---------------

SRT_CUES = "1\n00:00:01,000 --> 00:00:03,000\n山田太郎：景気は回復に向かうでしょう。\n"


def test_invalid_bytes_are_recorded_for_structured_text_inputs(write_input, tmp_path: Path) -> None:
    cues = SRT_CUES.encode("utf-8")
    at = cues.index("回復".encode("utf-8"))
    write_input("talk.srt", cues[:at] + b"\xff" + cues[at:])
    rows = "発言者,発言\n山田,物価は上がるでしょう。\n".encode("utf-8")
    write_input("sheet.csv", rows + b"\xfe" + "鈴木,賃金も上がるでしょう。\n".encode("utf-8"))
    assert segment(tmp_path / "raw", tmp_path / "out") == 0
    documents = read_table("documents", tmp_path / "out").set_index("doc_id")
    assert documents.loc["talk", ["status", "invalid_bytes", "first_invalid_byte"]].tolist() == ["ok", 1, at]
    assert documents.loc["sheet", ["status", "invalid_bytes", "first_invalid_byte"]].tolist() == ["ok", 1, len(rows)]
    assert "\ufffd回復" in read_table("sentences", tmp_path / "out")["text"].str.cat()


def test_too_many_invalid_bytes_reject_a_structured_input_naming_the_offset(write_input, tmp_path: Path,
                                                                           capsys) -> None:
    write_input("talk.srt", SRT_CUES.encode("utf-8") + b"\xff\xfe" * 3)
    write_input("good.txt", "景気は回復に向かうでしょう。")
    assert segment(tmp_path / "raw", tmp_path / "out") == 1
    line = one_error_line(capsys.readouterr().err)
    assert "talk.srt: not decodable as UTF-8 (6 invalid bytes, the first at byte" in line


def test_metadata_ids_are_matched_against_the_documents_a_source_gives(write_input, tmp_path: Path,
                                                                      capsys) -> None:
    meetings = [{"issueID": issue, "nameOfMeeting": "予算委員会", "speechRecord": [
        {"speechOrder": 1, "speaker": "山田太郎", "speech": "○山田委員　物価が上がっています。"}]}
        for issue in ("A1", "B2")]
    write_input("minutes.json", json.dumps({"meetingRecord": meetings}, ensure_ascii=False))
    write_input("metadata.csv", "doc_id,topic\nminutes_A1,物価\nminutes_B2,物価\nminutes,物価\n")
    assert segment(tmp_path / "raw", tmp_path / "out") == 0
    err = capsys.readouterr().err
    assert "minutes_A1" not in err and "minutes_B2" not in err
    assert "doc_id 'minutes' matches no input file" in err


def test_symlinks_to_any_input_kind_are_scanned_alike(write_input, tmp_path: Path, capsys) -> None:
    raw = write_input("talk.srt", SRT_CUES).parent
    (raw / "gone.docx").symlink_to(raw / "nowhere.docx")
    (raw / "~$lock.xlsx").write_bytes(b"owner")  # Office's lock file: no input, no warning
    assert segment(raw, tmp_path / "out") == 0
    err = capsys.readouterr().err
    assert f"warning: {raw / 'gone.docx'}: dangling symlink, skipped" in err
    assert "lock.xlsx" not in err
    assert set(read_table("documents", tmp_path / "out")["doc_id"]) == {"talk"}
