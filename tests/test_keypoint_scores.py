"""Key-point scores over matched claims: pairwise, B-cubed, side by side."""
from __future__ import annotations

import pytest

from pipeline.keypoint_scores import bcubed, pairwise, side_by_side

MATCHED = {"c1": "d|A", "c2": "d|B", "c3": "d|C", "c4": "d|D"}
GOLD = {"d|A": "safe", "d|B": "safe", "d|C": "safe", "d|D": ""}


def test_pairwise_counts_pairs() -> None:
    run = {"c1": "k1", "c2": "k1", "c3": "k2", "c4": "k2"}
    score = pairwise(run, GOLD, MATCHED)
    assert (score.tp, score.fp, score.fn) == (1, 1, 2)
    assert score.precision == 0.5 and score.recall == pytest.approx(1 / 3)


def test_bcubed_over_grouped_claims() -> None:
    run = {"c1": "k1", "c2": "k1", "c3": "", "c4": ""}
    score = bcubed(run, GOLD, MATCHED)
    # c1, c2: precision 1, recall 2/3; c3: precision 1 (alone), recall 1/3; c4 grouped by neither: left out
    assert score.precision == pytest.approx(1.0)
    assert score.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    perfect = bcubed({"c1": "k", "c2": "k", "c3": "k"}, GOLD, MATCHED)
    assert perfect.f1 == pytest.approx(1.0)


def test_side_by_side_lists_gold_groups_and_false_groups() -> None:
    run = {"c1": "k1", "c2": "k1", "c3": "", "c4": "k2", "c9": "k2"}
    texts = {"c1": "原発は安全だ", "c2": "原発の安全性は高い", "c3": "原発事故は起きにくい", "c4": "雨が多い", "c9": "雨がよく降る"}
    lines = list(side_by_side(run, GOLD, MATCHED, texts))
    assert lines[0] == "gold safe (3 claims; 1 run key point(s))"
    assert "  [run k1] A 原発は安全だ" in lines and "  [run -] C 原発事故は起きにくい" in lines
    assert "run k2 (no gold key point)" in lines and "  [unmatched] 雨がよく降る" in lines
