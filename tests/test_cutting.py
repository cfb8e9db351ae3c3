"""Long sentences are cut at the best boundary before the parser; the cut is recorded."""
from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from pipeline import cutting
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


def test_cutting_scans_each_character_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear in length, measured without a clock: each cut searches one window of half the bound,
    once per kind of boundary, so 100,000 characters are scanned at most once per kind."""
    scanned: list[int] = []

    class Spy:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def finditer(self, text: str, low: int, high: int) -> Iterator[re.Match[str]]:
            scanned.append(high - low)
            return self.pattern.finditer(text, low, high)

    monkeypatch.setattr(cutting, "BOUNDARIES", tuple((why, Spy(p)) for why, p in cutting.BOUNDARIES))
    text = "安" * 100_000  # no boundary of any kind: every kind is searched for every piece
    count = len(list(cut_long(text, 0, len(text))))
    assert count == -(-len(text) // MAX_SENTENCE_CHARS)
    assert max(scanned) <= MAX_SENTENCE_CHARS // 2
    assert sum(scanned) <= len(cutting.BOUNDARIES) * len(text)


def test_a_20000_character_comma_chain_reaches_the_parser_in_bounded_sentences() -> None:
    """What keeps the parse linear (its time per character grows with sentence length; the speed
    itself is measured by `make bench HOSTILE=1`, never by a timed test): no sentence over the bound."""
    text = "山田:" + (CHAIN * 2000)[:20_000]
    result = segment(text, "d")
    check_coverage(text, result)
    assert max(len(s.text) for s in result.sentences) <= MAX_SENTENCE_CHARS
    assert len(result.sentences) >= 20_000 // MAX_SENTENCE_CHARS
