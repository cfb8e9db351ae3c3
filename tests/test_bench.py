"""The benchmark's own pieces, on tiny inputs (the benchmark itself is `make bench`, not a test)."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from benchmarks.bench import _tree_rss, build_corpus, format_results, run_stock
from benchmarks.stock import parse_digest


def test_build_corpus_shuffles_paragraphs_into_documents(write_input, tmp_path: Path) -> None:
    write_input("a.txt", "第一段落です。\n\n第二段落です。\n\n第三段落です。")
    chars = build_corpus(tmp_path / "raw", tmp_path / "corpus", 5)
    files = sorted((tmp_path / "corpus").glob("*.txt"))
    assert len(files) == 5
    assert chars == sum(len(f.read_text(encoding="utf-8")) for f in files)
    assert build_corpus(tmp_path / "raw", tmp_path / "again", 5) == chars  # seeded: the same corpus


def test_digest_sees_a_changed_parse(nlp) -> None:
    first = nlp("景気は回復する。")
    second = nlp("景気は回復する。")
    assert parse_digest([first]) == parse_digest([second])
    second[0].dep_ = "obj"
    assert parse_digest([first]) != parse_digest([second])


def test_tree_memory_of_this_process_is_measured() -> None:
    assert _tree_rss(os.getpid()) > 10_000  # KiB


def test_stock_script_runs_standalone_and_hashes_the_parse(tmp_path: Path, nlp) -> None:
    sentences = tmp_path / "sentences.json"
    sentences.write_text('["景気は回復する。", "東京は晴れです。"]', encoding="utf-8")
    stock = run_stock(sys.executable, sentences, tmp_path / "stock.json")
    assert stock["chars"] == len("景気は回復する。東京は晴れです。")
    assert stock["digest"] == parse_digest([nlp("景気は回復する。"), nlp("東京は晴れです。")])
    assert json.loads((tmp_path / "stock.json").read_text(encoding="utf-8"))["python"] == sys.version.split()[0]


def test_report_lines() -> None:
    results = {"stock": {"chars_per_second": 1000, "peak_pss_mb": 900, "python": "3.12.1"},
               "parse_stage": {"chars_per_second": 2000, "speedup": 2.0, "peak_pss_mb": 1000, "identical_to_stock": True},
               "full_run": {"chars_per_second": 1900, "speedup": 1.9, "peak_pss_mb": 1000},
               "rerun_unchanged": {"seconds": 1.0, "fraction_of_first_run": 0.02},
               "one_file_added": {"seconds": 5.0, "parsed_only_the_new_file": True},
               "extract_encoder": {"seconds_fresh": 6.0, "seconds_cached": 5.0, "growth": 0.2,
                                   "distinct_claim_texts": 120}}
    lines = format_results(results)
    assert any(line.startswith("extract, encoder") and "(+20%, 120 distinct claim texts)" in line for line in lines)
    assert any("x2.0" in line and "identical: True" in line for line in lines)
    assert any("2.0% of the first run" in line for line in lines)
    results["stock_other_python"] = {"chars_per_second": 500, "peak_pss_mb": 900, "python": "3.11.7"}
    results["parse_stage"]["speedup_vs_other_python"] = 4.0
    results["full_run"]["speedup_vs_other_python"] = 3.8
    lines = format_results(results)
    assert any("Python 3.11.7" in line and "500 chars/s" in line for line in lines)
    assert any(line.startswith("parse stage") and "x2.0 (x4.0 vs Python 3.11.7)" in line for line in lines)


def test_stock_gets_the_texts_the_parser_gets_not_the_csv_quoting(tmp_path: Path) -> None:
    from benchmarks.bench import sentence_texts
    from pipeline.tables import table_frame, write_table
    rows = [{"doc_id": "d", "sent_id": "d:s0001", "turn_id": "d:t001", "speaker": "", "start": 0, "end": 6,
             "text": "-5度です。", "in_quote": 0, "paragraph": 0, "cut": "", "joins": ""}]
    write_table(table_frame("sentences", rows), "sentences", tmp_path)
    assert "'-5度" in (tmp_path / "sentences.csv").read_text(encoding="utf-8-sig")
    texts = sentence_texts(tmp_path, tmp_path / "sentences.json")
    assert json.loads(texts.read_text(encoding="utf-8")) == ["-5度です。"]
