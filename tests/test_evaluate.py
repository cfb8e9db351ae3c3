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
