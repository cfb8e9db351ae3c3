"""Turn scores (ANNOTATION.md, gold turns.csv): a predicted turn matches a gold turn when its label,
or an unlabelled turn's text, starts within TURN_TOLERANCE characters of the gold start; speaker
and role are compared over the matched turns."""
from __future__ import annotations

import re

import pandas as pd

from pipeline.prf import Score

TURN_TOLERANCE = 3  # characters between a predicted and a gold turn start (ANNOTATION.md)
_TIMESTAMP_PREFIX = re.compile(r"^[\[(（［]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])）］]?[ \t　]*")


def turn_anchors(label: str, label_start: object, start: object) -> list[int]:
    """Where a predicted turn starts: its label, or its text when it has none. A label that
    carries a timestamp (`[00:01:23] 佐藤:`) also starts where the name does, after the stamp."""
    if pd.isna(label_start) or label_start == "":
        return [int(start)]
    anchors = [int(label_start)]
    stamp = _TIMESTAMP_PREFIX.match(label or "")
    if stamp and stamp.end() < len(label):
        anchors.append(int(label_start) + stamp.end())
    return anchors


def match_turns(predicted: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int]]:
    """(predicted row, gold row) pairs, one to one, of the same document whose starts lie within
    TURN_TOLERANCE characters, closest first."""
    candidates = []
    for p_index, p in enumerate(predicted.itertuples()):
        anchors = turn_anchors(str(p.label), p.label_start, p.start)
        for g_index, g in enumerate(gold.itertuples()):
            if g.doc != p.doc_id:
                continue
            distance = min(abs(anchor - int(g.start)) for anchor in anchors)
            if distance <= TURN_TOLERANCE:
                candidates.append((distance, p_index, g_index))
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, p_index, g_index in sorted(candidates):
        if p_index not in used_p and g_index not in used_g:
            pairs.append((p_index, g_index))
            used_p.add(p_index)
            used_g.add(g_index)
    return pairs


def same_speaker(predicted: str, gold: str) -> bool:
    """Speaker names match after removing spaces when either contains the other
    (`北澤防衛大臣` ~ `北澤`); an empty name matches only an empty name (narration)."""
    a, b = (re.sub(r"\s", "", name) for name in (predicted, gold))
    if not a or not b:
        return a == b
    return a in b or b in a


def score_turns(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict[str, object]:
    """Turn boundary P/R/F1, and speaker and role accuracy over the matched turns."""
    pairs = match_turns(predicted, gold)
    boundary = Score(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))
    rows_p, rows_g = list(predicted.itertuples()), list(gold.itertuples())
    speaker = sum(same_speaker(str(rows_p[p].speaker), str(rows_g[g].speaker)) for p, g in pairs)
    role = sum(str(rows_p[p].role) == str(rows_g[g].role) for p, g in pairs)
    n = len(pairs)
    return {"boundary": boundary.as_dict(), "speaker": round(speaker / n, 4) if n else 0.0,
            "role": round(role / n, 4) if n else 0.0, "n": n}
