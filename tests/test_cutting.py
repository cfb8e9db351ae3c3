"""Long sentences are cut at the best boundary before the parser; the cut is recorded."""
from __future__ import annotations

import time

import pytest

from pipeline.cutting import MAX_SENTENCE_CHARS, cut_long
from pipeline.segment import check_coverage, segment

CHAIN = "安全性は重要であり、"


def pieces(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], why) for s, e, why in cut_long(text, 0, len(text))]


def test_an_ordinary_sentence_is_left_alone() -> None:
    text = "規制の緩和が必要だという意見は根強い。"
    assert pieces(text) == [(text, "")]


@pytest.mark.parametrize("text, reason, ending", [
    (CHAIN * 60, "comma", "、"),
    ("安全性は重要である " * 60, "space", " "),
    ("安全性を高めて規制を緩和し" * 40, "conjunctive", ("て", "し")),
    ("安全性は重要規制緩和必要" * 40, "bunsetu", "は"),
    ("安" * 1000, "limit", "安"),
])
def test_cut_at_the_best_boundary(text: str, reason: str, ending: str) -> None:
    parts = pieces(text)
    assert "".join(p for p, _ in parts) == text
    assert all(MAX_SENTENCE_CHARS // 2 < len(p) <= MAX_SENTENCE_CHARS for p, _ in parts[:-1])
    assert {why for _, why in parts[:-1]} == {reason} and parts[-1][1] == ""
    assert all(p.endswith(ending) for p, _ in parts[:-1])


def test_the_cut_reaches_sentences_and_loses_nothing() -> None:
    text = "山田:" + CHAIN * 100 + "。次の文です。"
    result = segment(text, "d")
    check_coverage(text, result)
    cuts = [s.cut for s in result.sentences]
    assert cuts[-1] == "" and cuts[-2] == "" and set(cuts[:-2]) == {"comma"}


def test_cutting_time_is_linear_in_length() -> None:
    """Ratio, not wall clock: 100 times the text takes at most ~100 times as long (here 300)."""
    def seconds(text: str) -> float:
        began = time.perf_counter()
        list(cut_long(text, 0, len(text)))
        return time.perf_counter() - began
    small = min(seconds(CHAIN * 20) for _ in range(5))
    large = seconds(CHAIN * 2000)
    assert large < 300 * max(small, 1e-5)
