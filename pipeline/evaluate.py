"""Evaluate: score a run's tables against a gold folder (the format of ../shared/gold).

Matching follows ANNOTATION.md: a predicted unit matches a gold unit when their spans overlap by
at least half of the shorter one, one to one (largest overlap first). A gold unit marked optional
neither rewards nor penalizes: a prediction matched to it is set aside.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline import keypoint_scores
from pipeline.prf import Score
from pipeline.tables import read_csv_text, read_table
from pipeline.turn_scores import score_turns


def _read_gold(gold_dir: Path, name: str) -> pd.DataFrame:
    path = gold_dir / f"{name}.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path}: gold table not found")
    return read_csv_text(path)


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


def score_units(predicted: pd.DataFrame, gold: pd.DataFrame) -> tuple[Score, dict[str, str], dict[str, str]]:
    """P/R/F1 of units, the matches to required gold units, and every match (optional ones too,
    which relations need); predictions matched to optional gold units are set aside in the score."""
    matched = match_spans(predicted, gold)
    optional = optional_units(gold)
    required = {f"{g.doc}|{g.key}" for g in gold.itertuples()} - optional
    tp = sum(key in required for key in matched.values())
    fp = sum(claim_id not in matched for claim_id in predicted["claim_id"])
    fn = len(required - set(matched.values()))
    return Score(tp, fp, fn), {c: k for c, k in matched.items() if k not in optional}, matched


def optional_units(gold: pd.DataFrame) -> set[str]:
    """Keys (`doc|key`) of the gold units marked optional."""
    return {f"{g.doc}|{g.key}" for g in gold.itertuples() if g.optional == "1"}


def score_relations(predicted: pd.DataFrame, gold: pd.DataFrame, matched: dict[str, str],
                    *, labeled: bool, optional_ends: set[str] = frozenset()) -> Score:
    """A predicted relation counts when both ends match gold units that gold relates.

    `matched` maps predicted units to gold units, optional ones included. As an optional unit
    neither rewards nor penalizes, neither does a relation with an optional end (`optional_ends`):
    found, missed or predicted, it is set aside, like a relation gold marks optional.
    """
    gold_edges: dict[tuple[str, frozenset[str]], tuple[str, bool]] = {}
    for g in gold.itertuples():
        source = f"{g.doc}|{g.source}"
        targets = frozenset(f"{g.doc}|{t}" for t in g.target.split("|"))
        optional = g.optional == "1" or source in optional_ends or targets <= optional_ends
        gold_edges[(source, targets)] = (g.label, optional)
    found: set[tuple[str, frozenset[str]]] = set()
    fp = 0
    for p in predicted.itertuples():
        source, target = matched.get(p.source_id), matched.get(p.target_id)
        hit = next((edge for edge in gold_edges if edge[0] == source and target in edge[1]), None)
        if hit is not None and (not labeled or gold_edges[hit][0] == p.label):
            found.add(hit)
        elif (hit is None and not {source, target} & optional_ends) or (hit is not None and not gold_edges[hit][1]):
            fp += 1
    required = {edge for edge, (_, optional) in gold_edges.items() if not optional}
    return Score(len(found & required), fp, len(required - found))


def analogy_recall(predicted: pd.DataFrame, gold: pd.DataFrame, matched: dict[str, str]) -> tuple[int, int]:
    """(found, total) of required gold analogy arguments whose conclusion a predicted one matches."""
    conclusions = {matched.get(c) for c in predicted.loc[predicted["scheme"] == "analogy", "conclusion_id"]}
    required = gold[(gold["scheme"] == "analogy") & (gold["optional"] != "1")]
    found = sum(any(f"{g.doc}|{c}" in conclusions for c in g.conclusion.split("|")) for g in required.itertuples())
    return found, len(required)


def keypoint_labels(claims: pd.DataFrame, gold: pd.DataFrame) -> tuple[dict[str, str], dict[str, str]]:
    """(claim id → the run's key point, gold unit key → the gold key point), for keypoint_scores."""
    return (dict(zip(claims["claim_id"], claims["keypoint_id"])),
            {f"{g.doc}|{g.key}": g.keypoint for g in gold.itertuples()})


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


# --- a run's scores, per document and averaged ---------------------------------------------------

@dataclass(frozen=True)
class Tables:
    """The run's tables and the gold tables that the scores read (turns may be absent: None)."""

    claims: pd.DataFrame
    relations: pd.DataFrame
    arguments: pd.DataFrame
    turns: pd.DataFrame | None
    gold_units: pd.DataFrame
    gold_relations: pd.DataFrame
    gold_arguments: pd.DataFrame
    gold_turns: pd.DataFrame | None

    def of_document(self, doc_id: str) -> Tables:
        """The same tables restricted to one document."""
        def run(frame: pd.DataFrame | None) -> pd.DataFrame | None:
            return None if frame is None else frame[frame["doc_id"] == doc_id]

        def gold(frame: pd.DataFrame | None) -> pd.DataFrame | None:
            return None if frame is None else frame[frame["doc"] == doc_id]

        return Tables(run(self.claims), run(self.relations), run(self.arguments), run(self.turns),
                      gold(self.gold_units), gold(self.gold_relations), gold(self.gold_arguments),
                      gold(self.gold_turns))


def score_tables(tables: Tables) -> dict[str, object]:
    """Every score of one set of tables (a whole run, or one document of it)."""
    claims, gold_units = tables.claims, tables.gold_units
    units, matched, every_match = score_units(claims, gold_units)
    optional = optional_units(gold_units)
    claim_score, _, _ = score_units(claims[claims["role"] == "claim"], gold_units[gold_units["role"] == "claim"])
    found, total = analogy_recall(tables.arguments, tables.gold_arguments, matched)
    scores: dict[str, object] = {
        "units": units.as_dict(),
        "claims": claim_score.as_dict(),
        "relations_unlabeled": score_relations(tables.relations, tables.gold_relations, every_match, labeled=False,
                                               optional_ends=optional).as_dict(),
        "relations_labeled": score_relations(tables.relations, tables.gold_relations, every_match, labeled=True,
                                             optional_ends=optional).as_dict(),
        "analogy_recall": {"found": found, "total": total},
        "keypoint_pairs": keypoint_scores.pairwise(*keypoint_labels(claims, gold_units), matched).as_dict(),
        "keypoint_bcubed": keypoint_scores.bcubed(*keypoint_labels(claims, gold_units), matched).as_dict(),
        "attributes": attribute_accuracy(claims, gold_units, matched),
    }
    if tables.turns is not None and tables.gold_turns is not None:
        scores["turns"] = score_turns(tables.turns, tables.gold_turns)
    return scores


PRF_MEASURES = ("units", "claims", "relations_unlabeled", "relations_labeled", "keypoint_pairs", "keypoint_bcubed")
ATTRIBUTES = ("type", "polarity", "hedged", "holder")


def macro_average(per_document: dict[str, dict[str, object]]) -> dict[str, object]:
    """Mean of each score over the documents where it is defined: P/R/F1 where the document has
    gold or predicted items, accuracies where something was matched, analogy recall where the
    gold has analogies. `n_docs` says how many documents each mean is over."""
    def mean(values: list[float]) -> dict[str, float | int]:
        return {"mean": round(sum(values) / len(values), 4) if values else 0.0, "n_docs": len(values)}

    docs = list(per_document.values())
    macro: dict[str, object] = {}
    for name in PRF_MEASURES:
        defined = [d[name] for d in docs if d[name]["tp"] + d[name]["fp"] + d[name]["fn"]]
        macro[name] = {k: mean([s[k] for s in defined])["mean"] for k in ("precision", "recall", "f1")}
        macro[name]["n_docs"] = len(defined)
    with_claims = [d["attributes"] for d in docs if d["attributes"]["n"]]
    macro["attributes"] = {k: mean([a[k] for a in with_claims])["mean"] for k in ATTRIBUTES}
    macro["attributes"]["n_docs"] = len(with_claims)
    analogies = [d["analogy_recall"] for d in docs if d["analogy_recall"]["total"]]
    macro["analogy_recall"] = mean([a["found"] / a["total"] for a in analogies])
    turns = [d["turns"] for d in docs if "turns" in d]
    if turns:
        boundaries = [t["boundary"] for t in turns if t["boundary"]["tp"] + t["boundary"]["fp"] + t["boundary"]["fn"]]
        matched = [t for t in turns if t["n"]]
        macro["turns"] = {
            "boundary": {k: mean([b[k] for b in boundaries])["mean"] for k in ("precision", "recall", "f1")},
            "speaker": mean([t["speaker"] for t in matched])["mean"],
            "role": mean([t["role"] for t in matched])["mean"], "n_docs": len(boundaries)}
    return macro


def _run_doc_ids(run_dir: Path, claims: pd.DataFrame, turns: pd.DataFrame | None) -> list[str]:
    """The documents of a run: documents.csv's ids, else those the claims and turns name."""
    if (run_dir / "documents.csv").exists():
        return list(dict.fromkeys(read_table("documents", run_dir)["doc_id"]))
    named = list(claims["doc_id"]) + (list(turns["doc_id"]) if turns is not None else [])
    return list(dict.fromkeys(named))


def evaluate(gold_dir: Path, run_dir: Path) -> dict[str, object]:
    """All scores of a run against a gold folder, as a dict (what eval.json holds): the micro
    totals at the top level, `per_document` scores and their `macro` average. Only documents
    present in the run are scored (the gold is filtered to them)."""
    claims = read_table("claims", run_dir)
    turns = read_table("turns", run_dir) if (run_dir / "turns.csv").exists() else None
    doc_ids = _run_doc_ids(run_dir, claims, turns)
    gold_turns = _read_gold(gold_dir, "turns") if (gold_dir / "turns.csv").exists() else None
    gold_units = _read_gold(gold_dir, "units")
    gold_docs = set(gold_units["doc"]) | (set(gold_turns["doc"]) if gold_turns is not None else set())
    doc_ids = [d for d in doc_ids if d in gold_docs]
    in_run = set(doc_ids)

    def run(frame: pd.DataFrame | None) -> pd.DataFrame | None:
        return None if frame is None else frame[frame["doc_id"].isin(in_run)]

    def gold(frame: pd.DataFrame | None) -> pd.DataFrame | None:
        return None if frame is None else frame[frame["doc"].isin(in_run)]

    tables = Tables(run(claims), run(read_table("relations", run_dir)), run(read_table("arguments", run_dir)),
                    run(turns), gold(gold_units), gold(_read_gold(gold_dir, "relations")),
                    gold(_read_gold(gold_dir, "arguments")), gold(gold_turns))
    scores = score_tables(tables)
    scores["per_document"] = {doc_id: score_tables(tables.of_document(doc_id)) for doc_id in doc_ids}
    scores["macro"] = macro_average(scores["per_document"])
    return scores


def format_scores(scores: dict[str, object]) -> Iterable[str]:
    """Lines of plain tables: the micro totals, then every score per document and their macro mean."""
    yield f"{'micro totals':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"
    measures = PRF_MEASURES + (("turns",) if "turns" in scores else ())
    for name in measures:
        s = scores[name]["boundary"] if name == "turns" else scores[name]
        yield f"{name:<22}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}"
    analogy = scores["analogy_recall"]
    yield f"{'analogy recall':<22}{analogy['found']:>8}/{analogy['total']}"
    attributes = scores["attributes"]
    yield "attribute accuracy over %d matched claims: " % attributes["n"] + ", ".join(
        f"{k} {attributes[k]:.3f}" for k in ATTRIBUTES)
    if "turns" in scores:
        turns = scores["turns"]
        yield f"turn accuracy over {turns['n']} matched turns: speaker {turns['speaker']:.3f}, role {turns['role']:.3f}"
    per_document = scores.get("per_document", {})
    if per_document:
        yield from _per_document_lines(per_document, scores["macro"])


def _per_document_lines(per_document: dict[str, dict], macro: dict[str, object]) -> Iterator[str]:
    """Two tables, one row per document plus the macro mean: P/R/F1 of units, claims and turns;
    then relations, key points, analogy recall and the attribute and speaker accuracies."""
    width = max(12, *(len(d) for d in per_document)) + 1
    head = "".join(f"{h:>7}" for h in ("P", "R", "F1") * 3)
    yield ""
    yield f"{'per document':<{width}}{'units':^21}{'claims':^21}{'turns':^21}"
    yield f"{'':<{width}}{head}"

    def prf(s: dict | None) -> str:
        if not s or s.get("tp", 1) + s.get("fp", 0) + s.get("fn", 0) == 0:
            return f"{'-':>7}" * 3  # nothing to score in this document
        return "".join(f"{s[k]:>7.3f}" for k in ("precision", "recall", "f1"))

    def f1(s: dict) -> str:
        return "-" if s.get("tp", 1) + s.get("fp", 0) + s.get("fn", 0) == 0 else f"{s['f1']:.3f}"

    def rows() -> Iterator[tuple[str, dict]]:
        yield from per_document.items()
        yield "macro", macro

    for name, d in rows():
        turns = d.get("turns", {}).get("boundary") if "turns" in d else None
        yield f"{name:<{width}}{prf(d['units'])}{prf(d['claims'])}{prf(turns)}"
    columns = ("rel F1", "relL F1", "kp F1", "analogy", *ATTRIBUTES, "speaker", "role")
    yield ""
    yield f"{'per document':<{width}}" + "".join(f"{c:>9}" for c in columns)
    for name, d in rows():
        analogy = d["analogy_recall"]
        analogy_text = (f"{analogy['mean']:.3f}" if "mean" in analogy
                        else f"{analogy['found']}/{analogy['total']}" if analogy["total"] else "-")
        cells = [f1(d[m]) for m in ("relations_unlabeled", "relations_labeled", "keypoint_pairs")]
        cells.append(analogy_text)
        has_claims = d["attributes"].get("n", 1) > 0
        cells += [f"{d['attributes'][k]:.3f}" if has_claims else "-" for k in ATTRIBUTES]
        turns = d.get("turns")
        cells += [f"{turns[k]:.3f}" for k in ("speaker", "role")] if turns else ["-", "-"]
        yield f"{name:<{width}}" + "".join(f"{c:>9}" for c in cells)


def show_keypoints(gold_dir: Path, run_dir: Path) -> Iterator[str]:
    """The gold key points beside the run's groups of the same claims (`eval --show keypoints`)."""
    claims = read_table("claims", run_dir)
    gold_units = _read_gold(gold_dir, "units")
    gold_units = gold_units[gold_units["doc"].isin(set(claims["doc_id"]))]
    _, matched, _ = score_units(claims, gold_units)
    yield from keypoint_scores.side_by_side(*keypoint_labels(claims, gold_units), matched,
                                            dict(zip(claims["claim_id"], claims["text"])))


def evaluate_run(gold_dir: Path, run_dir: Path, json_path: Path | None = None, *,
                 show: tuple[str, ...] = ()) -> dict[str, object]:
    """CLI stage: score, print the table (and what `show` asks for: "keypoints"), write the scores
    as JSON (default RUN/eval.json)."""
    scores = evaluate(gold_dir, run_dir)
    for line in format_scores(scores):
        print(line)
    if "keypoints" in show:
        print("\nkey points, gold beside run")
        for line in show_keypoints(gold_dir, run_dir):
            print(line)
    json_path = json_path or run_dir / "eval.json"
    json_path.write_text(json.dumps(scores, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"eval: scores written to {json_path}", file=sys.stderr)
    return scores
