"""Failure behaviour with the model (issue 11): time linear in the input, a killed worker, big
documents on both cores, two corpora on one folder, a damaged cache, integers in every table."""
from __future__ import annotations

import os
import signal
from pathlib import Path

import pandas as pd
import pytest

from pipeline import tables
from pipeline.cli import main

pytestmark = pytest.mark.e2e

PROSE = "規制の緩和が必要だという意見は根強いが、関係者の調整は難航している。"
TEXTS = [f"山田:増税は景気を冷やすでしょう。なぜなら消費が{n + 1}割減るからです。" for n in range(9)]


def write_corpus(folder: Path, texts: list[str], prefix: str = "d") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(texts):
        (folder / f"{prefix}{n}.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_big_document_is_parsed_in_pieces_with_the_same_tables(tmp_path: Path, monkeypatch) -> None:
    raw = write_corpus(tmp_path / "raw", ["山田:" + "".join(f"第{n}に、{PROSE}" for n in range(40))])
    whole, pieces = tmp_path / "whole", tmp_path / "pieces"
    assert main(["run", str(raw), "--out", str(whole), "--until", "parse"]) == 0
    monkeypatch.setattr("pipeline.nlp.PIECE_CHARS", 300)
    assert main(["run", str(raw), "--out", str(pieces), "--until", "parse", "--workers", "2"]) == 0
    assert len(list((pieces / ".parse_cache").glob("*.spacy"))) > 4
    for name in ("tokens.csv", "entities.csv"):
        assert (whole / name).read_bytes() == (pieces / name).read_bytes()


def test_a_document_that_kills_its_worker_twice_fails_alone(tmp_path: Path, monkeypatch) -> None:
    from pipeline.extract import stage
    real = stage.extract_document

    def killer(doc_id, *args):  # the workers are forked: they inherit this
        if doc_id == "d4":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(doc_id, *args)

    monkeypatch.setattr(stage, "extract_document", killer)
    out = tmp_path / "out"
    assert main(["run", str(write_corpus(tmp_path / "raw", TEXTS)), "--out", str(out), "--workers", "2"]) == 1
    documents = tables.read_table("documents", out).set_index("doc_id")
    assert documents.loc["d4", "status"] == "error" and documents.loc["d4", "error"] == "worker died: signal 9"
    assert set(tables.read_table("claims", out)["doc_id"]) == {f"d{n}" for n in range(9)} - {"d4"}


def test_a_parse_worker_killed_once_costs_nothing(tmp_path: Path, monkeypatch) -> None:
    from pipeline import parse
    real, marker = parse.store_docs, tmp_path / "killed"

    def killer(docs, path):
        if not marker.exists():
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(docs, path)

    monkeypatch.setattr(parse, "store_docs", killer)
    out = tmp_path / "out"
    assert main(["run", str(write_corpus(tmp_path / "raw", TEXTS[:3])), "--out", str(out), "--workers", "2"]) == 0
    assert marker.exists()
    assert set(tables.read_table("claims", out)["doc_id"]) == {"d0", "d1", "d2"}


def test_two_corpora_on_one_folder_never_mix(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(write_corpus(tmp_path / "a", TEXTS[:4], "a")), "--out", str(out)]) == 0
    assert main(["run", str(write_corpus(tmp_path / "b", TEXTS[:1], "b")), "--out", str(out)]) == 0
    for name in ("documents", "sentences", "tokens", "claims", "relations"):
        assert set(tables.read_table(name, out)["doc_id"]) == {"b0"}, name


def test_a_damaged_cache_file_in_an_extract_only_rerun_is_parsed_again(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["run", str(write_corpus(tmp_path / "raw", TEXTS[:2])), "--out", str(out)]) == 0
    claims = (out / "claims.csv").read_bytes()
    damaged = sorted((out / ".parse_cache").glob("*.spacy"))[0]
    damaged.write_bytes(damaged.read_bytes()[:100])  # truncated, as by a full disk
    capsys.readouterr()
    assert main(["extract", "--out", str(out)]) == 0
    assert f"warning: {damaged}: damaged parse cache" in capsys.readouterr().err
    assert (out / "claims.csv").read_bytes() == claims


def test_integer_columns_are_integers_in_every_table(tmp_path: Path) -> None:
    raw = write_corpus(tmp_path / "raw", TEXTS[:2])
    (raw / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["run", str(raw), "--out", str(out)]) == 1
    for name, table in tables.TABLES.items():
        if (out / f"{name}.csv").exists():
            frame = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
            for column in table.integers:
                assert frame[column].str.fullmatch(r"-?\d*").all(), (name, column)
