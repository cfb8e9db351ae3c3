"""Argument graphs for the report: which units, questions and relations each drawing holds.

A document is cut into sections a reader can take in at once: one per exchange (the turn that asked
and the claims that answer it) or per turn, and no more than `cap` units each, cut where the fewest
relations cross. A relation that leaves its section brings the unit at its far end as a "ghost" box,
so no edge is lost. Speakers are lanes. The browser lays each lane out with dagre (see
assets/report.js): this module only decides content, never coordinates.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pipeline.report_text import Text

Row = dict[str, Any]
CAP = 12  # units per drawing: more than this and a lane grows taller than a screen
# A domain named only by a pronoun or demonstrative is no domain (`好む → それ`): not drawn.
PRONOUNS = {"それ", "これ", "あれ", "そこ", "ここ", "あそこ", "そちら", "こちら", "彼", "彼女", "彼ら",
            "我々", "私", "私たち", "僕", "自分"}


def short_id(unit_id: str) -> str:
    """`doc:c017` → `c017`: the part a reader compares within one document."""
    return unit_id.rsplit(":", 1)[-1]


def drawable_analogies(arguments: Iterable[Row]) -> list[Row]:
    """Analogy arguments whose source and target are both named (not empty, not a bare pronoun)."""
    return [a for a in arguments if a["scheme"] == "analogy"
            and all((a[k] or "").strip() and (a[k] or "").strip() not in PRONOUNS
                    for k in ("source_domain", "target_domain"))]


def unit_node(claim: Row, t: Text, *, lane: str, analogy: str = "", doc_label: str = "") -> Row:
    """A claim or premise as a box: a header (id, type, flags), its full text, and detail fields."""
    flags = [t("neg")] if claim["polarity"] == "neg" else []
    if str(claim["hedged"]) in ("1", "True", "true"):
        flags.append(t("hedged"))
    role = "premise" if claim["role"] == "premise" else "claim"
    head = " · ".join([short_id(claim["claim_id"]), t.type_label(claim["type"]),
                       *([t("premise")] if role == "premise" else []), *flags])
    fields = [(t("type"), t.type_label(claim["type"])), (t("role"), t.role_label(role)),
              (t("holder"), claim["holder"] or t("narration")), (t("speaker"), claim["speaker"] or t("narration")),
              (t("frame"), claim["frame"]), (t("target"), claim["target"]), (t("standard"), claim["standard"]),
              (t("codes"), claim.get("codes", "")), (t.type_label("analogy"), analogy), (t("cue"), claim["cue"])]
    return {"id": claim["claim_id"], "kind": role, "type": claim["type"], "lane": lane,
            "head": f"{doc_label} · {head}" if doc_label else head, "text": claim["text"],
            "fields": [[k, str(v)] for k, v in fields if v]}


def question_node(turn: Row, t: Text, *, lane: str) -> Row:
    """The turn that prompted the answers, shown by its end (where the question usually is)."""
    text = " ".join(turn["text"].split())
    return {"id": turn["turn_id"], "kind": "question", "type": "", "lane": lane,
            "head": f"{short_id(turn['turn_id'])} · {t.role_label('question')} · {turn['speaker']}",
            "text": text[-300:], "full": text[:2000], "fields": [[t("speaker"), turn["speaker"]]]}


def _cut_points(units: Sequence[Row], linked: set[frozenset[str]], cap: int) -> list[int]:
    """Where to cut a run of units into parts of at most `cap`: near each cap, the cut that
    separates the fewest related pairs (ties: the later cut, so parts stay full)."""
    cuts, start = [], 0
    while len(units) - start > cap:
        best, best_cost = start + cap, None
        for cut in range(max(start + cap // 2, start + 1), start + cap + 1):
            before = {u["claim_id"] for u in units[start:cut]}
            after = {u["claim_id"] for u in units[cut:]}
            cost = sum(1 for pair in linked if pair & before and pair & after)
            if best_cost is None or cost <= best_cost:
                best, best_cost = cut, cost
        cuts.append(best)
        start = best
    return cuts


def _groups(claims: Sequence[Row]) -> list[tuple[str, list[Row]]]:
    """Units grouped by exchange: the question turn they answer, else their own turn, in order."""
    groups: dict[str, list[Row]] = {}
    for claim in sorted(claims, key=lambda c: int(c["start"])):
        groups.setdefault(claim["question_turn_id"] or claim["turn_id"], []).append(claim)
    return list(groups.items())


def document_graphs(doc_id: str, claims: Sequence[Row], relations: Sequence[Row], turns: Sequence[Row],
                    arguments: Sequence[Row], t: Text, *, cap: int = CAP) -> list[Row]:
    """The document's drawings, one per section, in reading order (see the module docstring)."""
    turn_by_id = {turn["turn_id"]: turn for turn in turns}
    claim_by_id = {c["claim_id"]: c for c in claims}
    linked = {frozenset((r["source_id"], r["target_id"])) for r in relations}
    analogies = drawable_analogies(arguments)
    analogy = {a["conclusion_id"]: f"{a['source_domain']} → {a['target_domain']}" for a in analogies}
    premise_links = _analogy_links(analogies, linked)
    parts: list[tuple[str, list[Row]]] = []
    answerers: dict[str, list[str]] = {}  # question turn → who answers it, in order
    for claim in claims:
        if claim["question_turn_id"] and claim["speaker"] not in answerers.setdefault(claim["question_turn_id"], []):
            answerers[claim["question_turn_id"]].append(claim["speaker"])
    for key, units in _groups(claims):
        bounds = [0, *_cut_points(units, linked, cap), len(units)]
        parts += [(key, units[a:b]) for a, b in zip(bounds, bounds[1:])]
    section_of = {u["claim_id"]: i for i, (_, units) in enumerate(parts) for u in units}
    totals = {key: sum(1 for k, _ in parts if k == key) for key, _ in parts}
    seen: dict[str, int] = {}
    sections = []
    for index, (key, units) in enumerate(parts):
        seen[key] = seen.get(key, 0) + 1
        question = turn_by_id.get(key) if any(u["question_turn_id"] == key for u in units) else None
        nodes: list[Row] = []
        if question is not None:
            nodes.append(question_node(question, t, lane=question["speaker"]))
        nodes += [unit_node(u, t, lane=u["speaker"], analogy=analogy.get(u["claim_id"], "")) for u in units]
        ids = {u["claim_id"] for u in units}
        edges = [_edge(r, t) for r in [*relations, *premise_links] if r["source_id"] in ids or r["target_id"] in ids]
        for edge in edges:  # the far end of a relation that leaves the section: a ghost box
            for end in (edge["source"], edge["target"]):
                if end not in ids and end in claim_by_id and all(n["id"] != end for n in nodes):
                    ghost = unit_node(claim_by_id[end], t, lane=claim_by_id[end]["speaker"])
                    ghost.update(kind="ghost", head=f"{ghost['head']} · {t('section', n=section_of[end] + 1)}")
                    nodes.append(ghost)
        if question is not None:  # one arrow to where the answer starts: the section says the rest
            first = next(u for u in units if u["question_turn_id"] == key)
            edges.append({"source": key, "target": first["claim_id"], "label": "answers",
                          "name": t.relation_label("answers"), "cue": ""})
        speaker = turn_by_id.get(key, {}).get("speaker", "") or t("narration")
        title = (t("exchange", asker=speaker, answerers=t("list_sep").join(answerers[key])) if key in answerers
                 else t("turn_of", speaker=speaker))
        if totals[key] > 1:
            title += t("part", i=seen[key], k=totals[key])
        sections.append({"id": f"{doc_id}-s{index + 1}", "number": index + 1, "title": title,
                         "range": t("units_range", a=short_id(units[0]["claim_id"]), b=short_id(units[-1]["claim_id"])),
                         "count": t("n_units", n=t.number(len(units))),
                         "lanes": _lanes(nodes, turn_by_id.values(), t), "nodes": nodes, "edges": edges})
    return sections


def _edge(relation: Row, t: Text) -> Row:
    """A relation as drawn: from the unit that relates to the unit it relates to."""
    return {"source": relation["source_id"], "target": relation["target_id"], "label": relation["label"],
            "name": t.relation_label(relation["label"]), "cue": relation["cue"]}


def _analogy_links(analogies: Sequence[Row], linked: set[frozenset[str]]) -> list[Row]:
    """An analogy's premises (the source-domain story) as links to its conclusion, unless a
    relation already joins the two: they belong under the claim they carry."""
    return [{"source_id": p, "target_id": a["conclusion_id"], "label": "analogy", "cue": a["cue"]}
            for a in analogies for p in (a["premise_ids"] or "").split()
            if frozenset((p, a["conclusion_id"])) not in linked]


def _lanes(nodes: Sequence[Row], turns: Iterable[Row], t: Text) -> list[Row]:
    """The section's speakers in order of appearance, each titled with its role."""
    roles = {turn["speaker"]: turn["role"] for turn in turns}
    order: list[str] = []
    for node in nodes:
        if node["lane"] not in order:
            order.append(node["lane"])
    return [{"key": lane, "title": (f"{lane}（{t.role_label(roles[lane])}）" if t.lang == "ja" else
                                    f"{lane} ({t.role_label(roles[lane])})") if lane and lane in roles
             else (lane or t("narration"))} for lane in order]


def keypoint_graphs(keypoints: Sequence[Row], claims: Sequence[Row], relations: Sequence[Row], t: Text,
                    *, limit: int = 12) -> list[Row]:
    """One drawing per key point held more than once (most documents first, at most `limit`):
    its claims in one lane per holder, with the units that relate to them beneath."""
    claim_by_id = {c["claim_id"]: c for c in claims}
    chosen = sorted((k for k in keypoints if int(k["n_claims"]) >= 2),
                    key=lambda k: (-int(k["n_docs"]), -int(k["n_claims"]), k["keypoint_id"]))[:limit]
    graphs = []
    for keypoint in chosen:
        members = [claim_by_id[c] for c in keypoint["claim_ids"].split() if c in claim_by_id]
        member_ids = {c["claim_id"] for c in members}
        edges = [_edge(r, t) for r in relations if r["target_id"] in member_ids and r["source_id"] in claim_by_id]
        lane_of = {c["claim_id"]: c["holder"] for c in members}
        for edge in edges:
            lane_of.setdefault(edge["source"], lane_of[edge["target"]])
        units = sorted((claim_by_id[i] for i in lane_of), key=lambda c: (c["doc_id"], int(c["start"])))
        several = len({u["doc_id"] for u in units}) > 1  # name the document only when it tells apart
        nodes = [unit_node(u, t, lane=lane_of[u["claim_id"]], doc_label=u["doc_id"] if several else "") for u in units]
        graphs.append({"id": f"kp-{keypoint['keypoint_id']}", "number": 0, "title": keypoint["label"],
                       "range": keypoint["keypoint_id"], "count": t("kp_in_docs", n=t.number(int(keypoint["n_docs"]))),
                       "lanes": [{"key": lane, "title": lane or t("narration")}
                                 for lane in dict.fromkeys(n["lane"] for n in nodes)],
                       "nodes": nodes, "edges": edges})
    return graphs
