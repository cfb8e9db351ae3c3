"""The benchmark's own pieces, on tiny inputs (the benchmark itself is `make bench`, not a test)."""
from __future__ import annotations

import os
from pathlib import Path

from pipeline.bench import _tree_rss, build_corpus, format_results, parse_digest


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


def test_report_lines() -> None:
    results = {"stock": {"chars_per_second": 1000, "peak_pss_mb": 900},
               "parse_stage": {"chars_per_second": 2000, "speedup": 2.0, "peak_pss_mb": 1000, "identical_to_stock": True},
               "full_run": {"chars_per_second": 1900, "speedup": 1.9, "peak_pss_mb": 1000},
               "rerun_unchanged": {"seconds": 1.0, "fraction_of_first_run": 0.02},
               "one_file_added": {"seconds": 5.0, "parsed_only_the_new_file": True}}
    lines = format_results(results)
    assert any("x2.0" in line and "identical: True" in line for line in lines)
    assert any("2.0% of the first run" in line for line in lines)
