"""Scores of key points against gold groups, over matched claims (evaluate.match_spans' mapping).

Each function takes `predicted`: claim id -> key point id ("" for none) and `gold`: gold unit key ->
gold key-point name ("" for none), and `matched`: claim id -> gold unit key, one to one. Only matched
claims count. A claim in no group is a group of its own (a singleton) for B-cubed.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str], matched: Mapping[str, str]) -> PRF:
    """Pairs of matched claims: in one key point in the run, in gold, or both (as evaluate.keypoint_pairs)."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(matched), 2):
        ga, gb = gold.get(matched[a], ""), gold.get(matched[b], "")
        same_gold = bool(ga) and ga == gb
        pa, pb = predicted.get(a, ""), predicted.get(b, "")
        same_run = bool(pa) and pa == pb
        tp += same_gold and same_run
        fp += same_run and not same_gold
        fn += same_gold and not same_run
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return PRF(p, r, _f1(p, r), tp, fp, fn)


def _clusters(labels: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Each item's cluster (items sharing a non-empty label; an empty label is a singleton)."""
    by_label: dict[str, set[str]] = defaultdict(set)
    for item, label in labels.items():
        if label:
            by_label[label].add(item)
    return {item: frozenset(by_label[label]) if label else frozenset([item]) for item, label in labels.items()}


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str], matched: Mapping[str, str], *,
           grouped_only: bool = True) -> PRF:
    """B-cubed P/R/F1 over matched claims (Bagga & Baldwin): per claim, the share of its predicted
    cluster that is in its gold cluster (precision) and the reverse (recall), averaged.

    With `grouped_only` (default) the average runs over the matched claims that gold or the run puts in
    a key point: claims that both leave alone would add a perfect 1 each and hide the grouping.
    """
    claims = sorted(matched)
    run = _clusters({c: predicted.get(c, "") for c in claims})
    truth = _clusters({c: gold.get(matched[c], "") for c in claims})
    if grouped_only:
        claims = [c for c in claims if len(run[c]) > 1 or len(truth[c]) > 1]
    if not claims:
        return PRF(0.0, 0.0, 0.0)
    precision = sum(len(run[c] & truth[c]) / len(run[c]) for c in claims) / len(claims)
    recall = sum(len(run[c] & truth[c]) / len(truth[c]) for c in claims) / len(claims)
    return PRF(precision, recall, _f1(precision, recall))


def side_by_side(predicted: Mapping[str, str], gold: Mapping[str, str], matched: Mapping[str, str],
                 texts: Mapping[str, str], *, width: int = 60) -> Iterator[str]:
    """Lines for `eval --show keypoints`: each gold key point with where the run put its claims, then
    the run's key points that hold no gold group's claims (false groupings), each claim with its text.

    A claim line reads `  [run k003] C97 オープンソースは…` (`[run -]`: in no key point; `[not found]`: no
    predicted claim matched the gold unit).
    """
    by_gold_key = {key: claim for claim, key in matched.items()}
    gold_groups: dict[str, list[str]] = defaultdict(list)
    for key, name in gold.items():
        if name:
            gold_groups[name].append(key)
    shown: set[str] = set()

    def short(text: str) -> str:
        return text if len(text) <= width else text[:width - 1] + "…"

    for name in sorted(gold_groups):
        keys = sorted(gold_groups[name], key=_natural)
        runs = {predicted.get(by_gold_key[k], "") for k in keys if k in by_gold_key}
        verdict = "one run key point" if len(runs) == 1 and "" not in runs else f"{len(runs - {''})} run key point(s)"
        yield f"gold {name} ({len(keys)} claims; {verdict})"
        for key in keys:
            claim = by_gold_key.get(key)
            if claim is None:
                yield f"  [not found] {key.split('|')[-1]}"
                continue
            shown.add(claim)
            run = predicted.get(claim, "") or "-"
            yield f"  [run {run}] {key.split('|')[-1]} {short(texts.get(claim, ''))}"
    members: dict[str, list[str]] = defaultdict(list)
    for claim, point in predicted.items():
        if point:
            members[point].append(claim)
    for point in sorted(members):
        claims = sorted(members[point])
        if any(c in shown for c in claims):
            extra = [c for c in claims if c not in shown]
            if not extra:
                continue
            yield f"run {point}: also holds"
        else:
            extra = claims
            yield f"run {point} (no gold key point)"
        for claim in extra:
            key = matched.get(claim)
            tag = key.split("|")[-1] if key else "unmatched"
            yield f"  [{tag}] {short(texts.get(claim, ''))}"


def _natural(key: str) -> tuple[object, ...]:
    import re

    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", key))
