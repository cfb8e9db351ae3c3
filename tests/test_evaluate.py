"""The scorer: span matching, optional gold units, relations, analogies, key points, attributes."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluate import evaluate, match_spans
from pipeline.tables import TABLE_COLUMNS, table_frame, write_table

GOLD_UNITS = [
    # doc, key, role, start, end, optional, holder, type, polarity, hedged, keypoint
    ("d", "C1", "claim", 0, 10, "0", "A", "evaluation|assertion", "pos", "0", "k"),
    ("d", "P2", "premise", 10, 20, "0", "A", "assertion", "pos", "0", ""),
    ("d", "C3", "claim", 20, 30, "0", "A", "prediction", "neg", "1", "k"),
    ("d", "U4", "claim", 30, 40, "1", "A", "assertion", "pos", "0", ""),
]


def claim(claim_id: str, role: str, start: int, end: int, **attributes: object) -> dict[str, object]:
    row = {column: "" for column in TABLE_COLUMNS["claims"]}
    row.update({"doc_id": "d", "claim_id": claim_id, "role": role, "start": start, "end": end,
                "type": "assertion", "polarity": "pos", "hedged": 0, "holder": "A"})
    row.update(attributes)
    return row


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    pd.DataFrame([{"doc": d, "key": k, "role": r, "start": s, "end": e, "quote": "", "optional": o,
                   "holder": h, "type": t, "polarity": p, "hedged": hd, "target": "", "keypoint": kp}
                  for d, k, r, s, e, o, h, t, p, hd, kp in GOLD_UNITS]).to_csv(gold / "units.csv", index=False)
    pd.DataFrame([{"doc": "d", "source": "P2", "target": "C1|C3", "label": "support", "optional": "0"}]
                 ).to_csv(gold / "relations.csv", index=False)
    pd.DataFrame([{"doc": "d", "key": "A1", "scheme": "analogy", "conclusion": "C3", "premises": "",
                   "source_domain": "", "target_domain": "", "optional": "0"}]).to_csv(gold / "arguments.csv", index=False)
    return gold


def test_overlap_of_half_the_shorter_span_matches_one_to_one() -> None:
    gold = pd.DataFrame([{"doc": "d", "key": "G", "start": 0, "end": 10, "optional": "0"}])
    predicted = pd.DataFrame([{"doc_id": "d", "claim_id": "a", "start": 5, "end": 30},
                              {"doc_id": "d", "claim_id": "b", "start": 0, "end": 9}])
    assert match_spans(predicted, gold) == {"b": "d|G"}
    too_little = pd.DataFrame([{"doc_id": "d", "claim_id": "c", "start": 7, "end": 15}])
    assert match_spans(too_little, gold) == {}


def test_scores(gold_dir: Path, tmp_path: Path) -> None:
    run = tmp_path / "run"
    claims = [claim("d:c1", "claim", 0, 10, type="evaluation", keypoint_id="k1"),
              claim("d:c2", "premise", 11, 19),
              claim("d:c3", "claim", 20, 29, type="prediction", polarity="neg", hedged=1, holder="B",
                    keypoint_id="k1"),
              claim("d:c4", "claim", 31, 39),  # matches the optional U4: neither rewarded nor penalized
              claim("d:c5", "claim", 50, 60)]  # a false positive
    write_table(table_frame("claims", claims), "claims", run)
    write_table(table_frame("relations", [{"doc_id": "d", "relation_id": "d:r1", "source_id": "d:c2",
                                           "target_id": "d:c3", "label": "support", "cue": ""}]), "relations", run)
    write_table(table_frame("arguments", [{"doc_id": "d", "argument_id": "d:a1", "scheme": "analogy",
                                           "conclusion_id": "d:c3", "premise_ids": "", "source_domain": "",
                                           "target_domain": "", "cue": ""}]), "arguments", run)
    scores = evaluate(gold_dir, run)
    assert (scores["units"]["tp"], scores["units"]["fp"], scores["units"]["fn"]) == (3, 1, 0)
    assert (scores["claims"]["tp"], scores["claims"]["fp"], scores["claims"]["fn"]) == (2, 1, 0)
    assert scores["relations_labeled"]["f1"] == 1.0
    assert scores["analogy_recall"] == {"found": 1, "total": 1}
    assert scores["keypoint_pairs"]["f1"] == 1.0
    attributes = scores["attributes"]
    assert attributes["n"] == 2
    assert attributes["type"] == 1.0 and attributes["polarity"] == 1.0 and attributes["hedged"] == 1.0
    assert attributes["holder"] == 0.5


# --- speaker turns, per document and macro ----------------------------------------------------

def turn(doc_id: str, number: int, speaker: str, role: str, start: int, label_start: object = None,
         label: str = "") -> dict[str, object]:
    row = {column: "" for column in TABLE_COLUMNS["turns"]}
    row.update({"doc_id": doc_id, "turn_id": f"{doc_id}:t{number:03d}", "speaker": speaker, "role": role,
                "label_start": label_start, "label_end": None if label_start is None else label_start + len(label),
                "start": start, "end": start + 5, "label": label})
    return row


GOLD_TURNS = [
    # doc, label_quote, occurrence, speaker, role, start
    ("d", "", 1, "", "narration", 0),
    ("d", "(問)", 1, "記者", "interviewer", 20),
    ("d", "(答)", 1, "北澤防衛大臣", "interviewee", 40),
    ("e", "○山田 太郎君", 1, "山田 太郎", "interviewer", 0),
    ("e", "○議長", 1, "議長", "speaker", 50),
]


@pytest.fixture
def turn_gold_dir(gold_dir: Path) -> Path:
    pd.DataFrame([{"doc": d, "label_quote": q, "occurrence": o, "speaker": s, "role": r, "start": st}
                  for d, q, o, s, r, st in GOLD_TURNS]).to_csv(gold_dir / "turns.csv", index=False)
    return gold_dir


def run_with_turns(tmp_path: Path, turns: list[dict[str, object]], doc_ids: list[str]) -> Path:
    run = tmp_path / "run"
    write_table(table_frame("claims", [claim("d:c1", "claim", 0, 10)]), "claims", run)
    write_table(table_frame("relations", []), "relations", run)
    write_table(table_frame("arguments", []), "arguments", run)
    write_table(table_frame("turns", turns), "turns", run)
    documents = [{column: "" for column in TABLE_COLUMNS["documents"]} | {"doc_id": d} for d in doc_ids]
    write_table(table_frame("documents", documents), "documents", run)
    return run


def test_turns_match_within_three_characters_and_names_by_containment(turn_gold_dir: Path, tmp_path: Path) -> None:
    run = run_with_turns(tmp_path, [
        turn("d", 1, "", "narration", 1),                                        # text start, 1 off
        turn("d", 2, "記者", "interviewer", 23, label_start=23, label="(問)"),    # 3 off: matches
        turn("d", 3, "北澤", "interviewer", 44, label_start=44, label="(答)"),    # 4 off: no match
        turn("e", 1, "山田太郎", "interviewer", 9, label_start=0, label="○山田 太郎君"),  # spaces ignored
        turn("e", 2, "鈴木", "speaker", 52, label_start=50, label="○議長"),     # wrong speaker
        turn("e", 3, "佐藤", "speaker", 80, label_start=80, label="○佐藤"),     # no gold turn there
    ], ["d", "e"])
    scores = evaluate(turn_gold_dir, run)
    assert scores["turns"]["boundary"]["tp"] == 4
    assert (scores["turns"]["boundary"]["fp"], scores["turns"]["boundary"]["fn"]) == (2, 1)
    assert scores["turns"]["speaker"] == 0.75 and scores["turns"]["role"] == 1.0
    d, e = scores["per_document"]["d"]["turns"], scores["per_document"]["e"]["turns"]
    assert (d["boundary"]["tp"], d["boundary"]["fp"], d["boundary"]["fn"]) == (2, 1, 1)
    assert (e["boundary"]["tp"], e["boundary"]["fp"], e["boundary"]["fn"]) == (2, 1, 0)
    # macro: the mean of the two documents, not the pooled counts
    assert scores["macro"]["turns"]["boundary"]["f1"] == pytest.approx((2 / 3 + 0.8) / 2, abs=1e-4)
    assert scores["macro"]["turns"]["speaker"] == pytest.approx((1.0 + 0.5) / 2)
    assert scores["macro"]["turns"]["n_docs"] == 2


def test_a_timestamp_in_the_label_does_not_move_the_turn_start(turn_gold_dir: Path, tmp_path: Path) -> None:
    run = run_with_turns(tmp_path, [turn("d", 1, "記者", "interviewer", 31, label_start=9, label="[00:01:23] (問)")],
                         ["d"])
    assert evaluate(turn_gold_dir, run)["turns"]["boundary"]["tp"] == 1


def test_only_documents_of_the_run_are_scored(turn_gold_dir: Path, tmp_path: Path) -> None:
    run = run_with_turns(tmp_path, [turn("d", 1, "", "narration", 0)], ["d"])
    scores = evaluate(turn_gold_dir, run)
    assert list(scores["per_document"]) == ["d"]
    assert scores["turns"]["boundary"]["fn"] == 2  # e's gold turns are not counted as misses
    assert scores["macro"]["units"]["n_docs"] == 1


def test_a_relation_with_an_optional_end_neither_rewards_nor_penalizes() -> None:
    from pipeline.evaluate import score_relations
    gold = pd.DataFrame([{"doc": "d", "source": "U4", "target": "C1", "label": "support", "optional": "0"},
                         {"doc": "d", "source": "P2", "target": "C1", "label": "support", "optional": "0"}])
    matched = {"d:c1": "d|C1", "d:c2": "d|P2", "d:c4": "d|U4"}
    relation = {"doc_id": "d", "relation_id": "", "label": "support", "cue": ""}
    found_both = pd.DataFrame([{**relation, "source_id": "d:c4", "target_id": "d:c1"},
                               {**relation, "source_id": "d:c2", "target_id": "d:c1"}])
    only_required = found_both.iloc[1:]
    to_the_optional_unit = pd.DataFrame([{**relation, "source_id": "d:c4", "target_id": "d:c2"}])
    score = score_relations(found_both, gold, matched, labeled=True, optional_ends={"d|U4"})
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    score = score_relations(only_required, gold, matched, labeled=True, optional_ends={"d|U4"})
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    score = score_relations(to_the_optional_unit, gold, matched, labeled=True, optional_ends={"d|U4"})
    assert (score.tp, score.fp, score.fn) == (0, 0, 1)
    score = score_relations(found_both, gold, matched, labeled=True)  # no optional ends: both count
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)
