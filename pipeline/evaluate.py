"""Evaluate: score a run's tables against a gold folder (the format of ../shared/gold).

Matching follows ANNOTATION.md: a predicted unit matches a gold unit when their spans overlap by
at least half of the shorter one, one to one (largest overlap first). A gold unit marked optional
neither rewards nor penalizes: a prediction matched to it is set aside.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pandas as pd

from pipeline.tables import read_csv_text, read_table


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _read_gold(gold_dir: Path, name: str, doc_ids: set[str]) -> pd.DataFrame:
    """A gold table, kept to the documents the run holds (a run over part of the corpus is
    scored on that part)."""
    path = gold_dir / f"{name}.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path}: gold table not found")
    gold = read_csv_text(path)
    return gold[gold["doc"].isin(doc_ids)]


def match_spans(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict[str, str]:
    """Map predicted claim_id → gold key, one to one, by overlap ≥ half the shorter span."""
    candidates = []
    for p in predicted.itertuples():
        for g in gold[gold["doc"] == p.doc_id].itertuples():
            overlap = min(int(p.end), int(g.end)) - max(int(p.start), int(g.start))
            shorter = min(int(p.end) - int(p.start), int(g.end) - int(g.start))
            if overlap > 0 and overlap * 2 >= shorter:
                candidates.append((-overlap, g.optional == "1", p.claim_id, f"{g.doc}|{g.key}"))
    matched: dict[str, str] = {}
    used: set[str] = set()
    for _, _, claim_id, key in sorted(candidates):
        if claim_id not in matched and key not in used:
            matched[claim_id] = key
            used.add(key)
    return matched


def score_units(predicted: pd.DataFrame, gold: pd.DataFrame) -> tuple[Score, dict[str, str]]:
    """P/R/F1 of units; predictions matched to optional gold units are set aside."""
    matched = match_spans(predicted, gold)
    optional = {f"{g.doc}|{g.key}" for g in gold.itertuples() if g.optional == "1"}
    required = {f"{g.doc}|{g.key}" for g in gold.itertuples() if g.optional != "1"}
    tp = sum(key in required for key in matched.values())
    fp = sum(claim_id not in matched for claim_id in predicted["claim_id"])
    fn = len(required - set(matched.values()))
    return Score(tp, fp, fn), {c: k for c, k in matched.items() if k not in optional}


def score_relations(predicted: pd.DataFrame, gold: pd.DataFrame, matched: dict[str, str],
                    *, labeled: bool) -> Score:
    """A predicted relation counts when both ends match gold units that gold relates."""
    gold_edges: dict[tuple[str, frozenset[str]], tuple[str, bool]] = {}
    for g in gold.itertuples():
        targets = frozenset(f"{g.doc}|{t}" for t in g.target.split("|"))
        gold_edges[(f"{g.doc}|{g.source}", targets)] = (g.label, g.optional == "1")
    found: set[tuple[str, frozenset[str]]] = set()
    fp = 0
    for p in predicted.itertuples():
        source, target = matched.get(p.source_id), matched.get(p.target_id)
        hit = next((edge for edge in gold_edges if edge[0] == source and target in edge[1]), None)
        if hit is not None and (not labeled or gold_edges[hit][0] == p.label):
            found.add(hit)
        elif hit is None or not gold_edges[hit][1]:
            fp += 1
    required = {edge for edge, (_, optional) in gold_edges.items() if not optional}
    return Score(len(found & required), fp, len(required - found))


def analogy_recall(predicted: pd.DataFrame, gold: pd.DataFrame, matched: dict[str, str]) -> tuple[int, int]:
    """(found, total) of required gold analogy arguments whose conclusion a predicted one matches."""
    conclusions = {matched.get(c) for c in predicted.loc[predicted["scheme"] == "analogy", "conclusion_id"]}
    required = gold[(gold["scheme"] == "analogy") & (gold["optional"] != "1")]
    found = sum(any(f"{g.doc}|{c}" in conclusions for c in g.conclusion.split("|")) for g in required.itertuples())
    return found, len(required)


def keypoint_pairs(claims: pd.DataFrame, gold: pd.DataFrame, matched: dict[str, str]) -> Score:
    """Pairwise P/R/F1 over matched units: is a pair in one key point, in gold and in the run?"""
    gold_keypoint = {f"{g.doc}|{g.key}": g.keypoint for g in gold.itertuples()}
    run_keypoint = dict(zip(claims["claim_id"], claims["keypoint_id"]))
    tp = fp = fn = 0
    for a, b in combinations(sorted(matched), 2):
        ga, gb = gold_keypoint[matched[a]], gold_keypoint[matched[b]]
        same_gold = bool(ga) and ga == gb
        same_run = bool(run_keypoint[a]) and run_keypoint[a] == run_keypoint[b]
        tp += same_gold and same_run
        fp += same_run and not same_gold
        fn += same_gold and not same_run
    return Score(tp, fp, fn)


def attribute_accuracy(claims: pd.DataFrame, gold: pd.DataFrame, matched: dict[str, str]) -> dict[str, float]:
    """Accuracy of type (any listed alternative), polarity, hedged and holder over matched claims."""
    gold_rows = {f"{g.doc}|{g.key}": g for g in gold.itertuples() if g.role == "claim"}
    pairs = [(row, gold_rows[matched[row.claim_id]]) for row in claims.itertuples()
             if matched.get(row.claim_id) in gold_rows]
    if not pairs:
        return {"type": 0.0, "polarity": 0.0, "hedged": 0.0, "holder": 0.0, "n": 0}
    checks = {
        "type": lambda r, g: r.type in g.type.split("|"),
        "polarity": lambda r, g: r.polarity == g.polarity,
        "hedged": lambda r, g: str(r.hedged) == g.hedged,
        "holder": lambda r, g: r.holder == g.holder,
    }
    result: dict[str, float] = {name: round(sum(check(r, g) for r, g in pairs) / len(pairs), 4)
                                for name, check in checks.items()}
    result["n"] = len(pairs)
    return result


def evaluate(gold_dir: Path, run_dir: Path) -> dict[str, object]:
    """All scores of a run against a gold folder, as a dict (what eval.json holds)."""
    claims = read_table("claims", run_dir)
    listed = run_dir / "documents.csv"
    doc_ids = set(read_table("documents", run_dir)["doc_id"] if listed.exists() else claims["doc_id"])
    gold_units = _read_gold(gold_dir, "units", doc_ids)
    claims = claims[claims["doc_id"].isin(set(gold_units["doc"]))]
    units, matched = score_units(claims, gold_units)
    claim_score, claim_matched = score_units(claims[claims["role"] == "claim"],
                                             gold_units[gold_units["role"] == "claim"])
    relations = read_table("relations", run_dir)
    gold_relations = _read_gold(gold_dir, "relations", doc_ids)
    found, total = analogy_recall(read_table("arguments", run_dir), _read_gold(gold_dir, "arguments", doc_ids), matched)
    return {
        "units": units.as_dict(),
        "claims": claim_score.as_dict(),
        "relations_unlabeled": score_relations(relations, gold_relations, matched, labeled=False).as_dict(),
        "relations_labeled": score_relations(relations, gold_relations, matched, labeled=True).as_dict(),
        "analogy_recall": {"found": found, "total": total},
        "keypoint_pairs": keypoint_pairs(claims, gold_units, matched).as_dict(),
        "attributes": attribute_accuracy(claims, gold_units, matched),
    }


def format_scores(scores: dict[str, object]) -> Iterable[str]:
    """Lines of a plain table of the scores."""
    yield f"{'measure':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"
    for name in ("units", "claims", "relations_unlabeled", "relations_labeled", "keypoint_pairs"):
        s = scores[name]
        yield f"{name:<22}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}"
    analogy = scores["analogy_recall"]
    yield f"{'analogy recall':<22}{analogy['found']:>8}/{analogy['total']}"
    attributes = scores["attributes"]
    yield "attribute accuracy over %d matched claims: " % attributes["n"] + ", ".join(
        f"{k} {attributes[k]:.3f}" for k in ("type", "polarity", "hedged", "holder"))


def evaluate_run(gold_dir: Path, run_dir: Path, json_path: Path | None = None) -> dict[str, object]:
    """CLI stage: score, print the table, write the scores as JSON (default RUN/eval.json)."""
    scores = evaluate(gold_dir, run_dir)
    for line in format_scores(scores):
        print(line)
    json_path = json_path or run_dir / "eval.json"
    json_path.write_text(json.dumps(scores, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"eval: scores written to {json_path}", file=sys.stderr)
    return scores
