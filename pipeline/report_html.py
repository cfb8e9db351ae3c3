"""report.html as one self-contained page: corpus tables, key-point graphs, then each document's
speakers, analogies, argument graphs and units in reading order, in Japanese or English.

CSS, the graph script and the vendored layout engine (dagre, MIT) are inlined from pipeline/assets,
and the graphs' data is embedded as JSON: the page fetches nothing and works offline.
"""
from __future__ import annotations

import html
import json
from collections import Counter
from importlib.resources import files
from typing import Any

import pandas as pd

from pipeline.graph import (
    document_graphs,
    drawable_analogies,
    keypoint_graphs,
    short_id,
)
from pipeline.report_text import Text
from pipeline.tables import TABLE_COLUMNS

Row = dict[str, Any]
TYPE_COLORS = {"evaluation": "#4e79a7", "comparison": "#f28e2b", "prediction": "#59a14f",
               "normative": "#e15759", "causal": "#b07aa1", "analogy": "#c9a227", "assertion": "#8c8c8c"}
# Each relation has its own colour and line pattern, so contrast and concession stay apart in print too.
EDGE_STYLES = {"support": {"color": "#2e7d32", "dash": "none", "width": 2},
               "contrast": {"color": "#c62828", "dash": "8 4", "width": 2.2},
               "concession": {"color": "#e65100", "dash": "2 3", "width": 2.6},
               "condition": {"color": "#1565c0", "dash": "10 3 2 3", "width": 1.8},
               "example": {"color": "#6a1b9a", "dash": "4 2", "width": 1.5},
               "analogy": {"color": "#b08d00", "dash": "none", "width": 1.4},
               "answers": {"color": "#90a4ae", "dash": "none", "width": 1.2}}
OPEN_SECTIONS = 2  # graphs drawn on load per document; the rest draw when opened


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _asset(name: str) -> str:
    return files("pipeline").joinpath("assets", name).read_text(encoding="utf-8")


def _tint(color: str, keep: float = 0.14) -> str:
    """A pale version of `color` for a box's fill, so its dark text stays legible."""
    rgb = [int(color[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * keep):02x}" for c in rgb)


def _json_script(element_id: str, data: object) -> str:
    """Data for the page's script; `</` is escaped so no text can close the script element."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"<script type='application/json' id='{element_id}'>{payload}</script>"


def legend(t: Text) -> str:
    """Colours of claim types, line styles of relations, and what each kind of box means."""
    types = "".join(f"<span class=item><span class=bar style='width:14px;background:{c}'></span>{_e(t.type_label(k))}</span>"
                    for k, c in TYPE_COLORS.items())
    edges = "".join(
        f"<span class=item><svg width=44 height=12><line x1=2 y1=6 x2=36 y2=6 stroke='{s['color']}' "
        f"stroke-width='{s['width']}' stroke-dasharray='{s['dash']}'/><path d='M34,1 L43,6 L34,11 z' fill='{s['color']}'/>"
        f"</svg>{_e(t.relation_label(k))}</span>" for k, s in EDGE_STYLES.items())
    boxes = "".join(
        f"<span class=item><svg width=30 height=16><rect x=1 y=1 width=28 height=14 rx=3 fill='{fill}' "
        f"stroke='{stroke}' stroke-width=1.6 stroke-dasharray='{dash}'/></svg>{_e(t(key))}</span>"
        for key, fill, stroke, dash in (("claim_box", "#e8eef5", "#4e79a7", "none"),
                                        ("premise_box", "#e8eef5", "#4e79a7", "5 3"),
                                        ("question_box", "#eceff1", "#546e7a", "none"),
                                        ("ghost_box", "#fff", "#9e9e9e", "2 3")))
    return (f"<div class=legend><div><b>{_e(t('legend_types'))}</b>{types}</div>"
            f"<div><b>{_e(t('legend_edges'))}</b>{edges}</div><div><b>{_e(t('legend_nodes'))}</b>{boxes}</div>"
            f"<div class=muted>{_e(t('hover_hint'))}</div></div>")


def _graph_sections(graphs: list[Row], t: Text, *, open_first: int) -> str:
    """Each drawing as a collapsible section; its data goes to the page's JSON by id."""
    out = []
    for index, graph in enumerate(graphs):
        label = t("section", n=graph["number"]) + " " if graph["number"] else ""
        out.append(f"<details class=graph-section data-graph='{_e(graph['id'])}'{' open' if index < open_first else ''}>"
                   f"<summary>{_e(label)}{_e(graph['title'])}<span class=muted>{_e(graph['range'])} · {_e(graph['count'])}</span>"
                   f"</summary><div class=graph></div><div class='detail muted'>{_e(t('detail_empty'))}</div></details>")
    return "".join(out)


def _counts_table(claims: pd.DataFrame, t: Text) -> str:
    """Units per holder (rows) and type (columns), with inline bars scaled to the largest cell."""
    if claims.empty:
        return f"<p class=muted>{_e(t('none'))}</p>"
    counts = pd.crosstab(claims["holder"], claims["type"])
    counts = counts[[c for c in TYPE_COLORS if c in counts.columns]]
    top = max(1, int(counts.values.max()))
    head = "".join(f"<th>{_e(t.type_label(c))}</th>" for c in counts.columns)
    rows = "".join(
        f"<tr><th>{_e(holder or t('narration'))}</th>" + "".join(
            f"<td class=num><span class=bar style='width:{round(50 * v / top)}px;background:{TYPE_COLORS[c]}'></span>"
            f"{t.number(v)}</td>" for c, v in row.items()) + "</tr>"
        for holder, row in counts.iterrows())
    return f"<table class=data><tr><th>{_e(t('holder'))}</th>{head}</tr>{rows}</table>"


def _documents_table(documents: pd.DataFrame, t: Text) -> str:
    """One row per document: its variables (dates written out) and its counts."""
    variables = [c for c in documents.columns if c not in TABLE_COLUMNS["documents"]]
    counts = ("n_chars", "n_turns", "n_sentences", "n_claims")
    head = "".join(f"<th>{_e(h)}</th>" for h in [t("doc"), *variables, *(t(c) for c in counts)])
    rows = []
    for doc in documents.to_dict("records"):
        cells = [f"<td><a href='#doc-{_e(doc['doc_id'])}'>{_e(doc['doc_id'])}</a></td>"]
        cells += [f"<td>{_e(t.date(str(doc[v])))}</td>" for v in variables]
        cells += [f"<td class=num>{t.number(doc[c]) if pd.notna(doc[c]) else ''}</td>" for c in counts]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table class=data><tr>{head}</tr>{''.join(rows)}</table>"


def _keypoints_table(keypoints: pd.DataFrame, t: Text, *, shown: int = 15) -> str:
    """Key points, the first `shown` in view and the rest behind a click (a corpus can have hundreds);
    a corpus without any says so instead of showing an empty table."""
    if keypoints.empty:
        return f"<p class=muted>{_e(t('none'))}</p>"
    heads = "".join(f"<th>{_e(t(k))}</th>" for k in ("kp_id", "kp_label", "kp_n_claims", "kp_n_docs", "kp_holders"))
    rows = [f"<tr><td>{_e(k.keypoint_id)}</td><td>{_e(k.label)}</td><td class=num>{t.number(k.n_claims)}</td>"
            f"<td class=num>{t.number(k.n_docs)}</td><td>{_e(k.holders.replace('(narration)', t('narration')))}</td></tr>"
            for k in keypoints.itertuples()]
    table = f"<table class=data><tr>{heads}</tr>{''.join(rows[:shown])}</table>"
    if len(rows) > shown:
        table += (f"<details class=more><summary>{_e(t('more_rows', n=t.number(len(rows) - shown)))}</summary>"
                  f"<table class=data><tr>{heads}</tr>{''.join(rows[shown:])}</table></details>")
    return table


def claim_item(claim: Row, t: Text) -> str:
    """A unit in the reading-order list: id, type, role, holder, flags, text, frame, codes, cue."""
    color = TYPE_COLORS.get(claim["type"], "#888")
    flags = "<span class='flag neg'>" + _e(t("neg")) + "</span>" if claim["polarity"] == "neg" else ""
    if str(claim["hedged"]) in ("1", "True", "true"):
        flags += "<span class='flag hedge'>" + _e(t("hedged")) + "</span>"
    premise = f"<span class=badge>{_e(t('premise'))}</span>" if claim["role"] == "premise" else ""
    frame = f"<span class=frame title='{_e(t('frame'))}'>{_e(claim['frame'])}</span>" if claim["frame"] else ""
    codes = f"<span class=codes>{_e(claim.get('codes', ''))}</span>" if claim.get("codes") else ""
    return (f"<li id='{_e(claim['claim_id'])}' class='unit {_e(claim['role'])}' style='border-left-color:{color}'>"
            f"<span class=cid>{_e(short_id(claim['claim_id']))}</span> "
            f"<span class=type style='background:{color}'>{_e(t.type_label(claim['type']))}</span>{premise}"
            f"<span class=holder>{_e(claim['holder'] or t('narration'))}</span> {flags}<br>"
            f"{_e(claim['text'])}{frame} {codes}<span class=cue title='{_e(t('cue'))}'>{_e(claim['cue'])}</span></li>")


def document_section(doc_id: str, rows: dict[str, list[Row]], t: Text, graphs: dict[str, Row]) -> str:
    """One document: speakers, analogies, key points, argument graphs by section, units in order."""
    claims, relations, arguments, turns = (rows[name] for name in ("claims", "relations", "arguments", "turns"))
    speakers = Counter((turn["speaker"], turn["role"]) for turn in turns if turn["speaker"])
    speaker_list = "".join(f"<li>{_e(s)} <span class=muted>({_e(t.role_label(r))}, {t.number(n)}{_e(t('turns_unit'))})</span></li>"
                           for (s, r), n in sorted(speakers.items())) or f"<li class=muted>{_e(t('no_speakers'))}</li>"
    analogies = "".join(
        f"<li><b>{_e(a['source_domain'])}</b> → <b>{_e(a['target_domain'])}</b> <span class=muted>({_e(a['cue'])}; "
        f"{_e(t('conclusion'))} <a href='#{_e(a['conclusion_id'])}'>{_e(short_id(a['conclusion_id']))}</a>)</span></li>"
        for a in drawable_analogies(arguments)) or f"<li class=muted>{_e(t('none'))}</li>"
    members: dict[str, list[Row]] = {}
    for claim in claims:
        if claim["keypoint_id"]:
            members.setdefault(claim["keypoint_id"], []).append(claim)
    keypoints = "".join(
        f"<li><b>{_e(k)}</b>: " + ", ".join(f"{_e(h or t('narration'))} ×{n}" for h, n in Counter(c["holder"] for c in group).most_common())
        + f" — <span class=muted>{_e(group[0]['text'][:80])}</span></li>"
        for k, group in sorted(members.items())) or f"<li class=muted>{_e(t('none'))}</li>"
    sections = document_graphs(doc_id, claims, relations, turns, arguments, t)
    graphs.update((g["id"], g) for g in sections)
    items = "".join(claim_item(claim, t) for claim in claims)
    return (f"<section class=document id='doc-{_e(doc_id)}'><h2>{_e(doc_id)}</h2>"
            f"<div class=cols><div><h3>{_e(t('speakers'))}</h3><ul>{speaker_list}</ul></div>"
            f"<div><h3>{_e(t('analogies'))}</h3><ul>{analogies}</ul></div>"
            f"<div><h3>{_e(t('keypoints'))}</h3><ul>{keypoints}</ul></div></div>"
            f"<h3>{_e(t('argument_map'))}</h3>{legend(t)}{_graph_sections(sections, t, open_first=OPEN_SECTIONS)}"
            f"<h3>{_e(t('claims_list'))}</h3><ol class=claims>{items}</ol></section>")


def render_page(tables: dict[str, pd.DataFrame], t: Text) -> str:
    """The whole report as one HTML string in the language of `t`."""
    claims, documents, keypoints = tables["claims"], tables["documents"], tables["keypoints"]
    ok = documents[documents["status"] == "ok"]
    failed = documents[documents["status"] != "ok"]
    by_document: dict[str, dict[str, list[Row]]] = {d: {n: [] for n in ("claims", "relations", "arguments", "turns")}
                                                    for d in ok["doc_id"]}
    for name in ("claims", "relations", "arguments", "turns"):
        frame = tables[name].astype(object)
        for row in frame.where(frame.notna(), "").to_dict("records"):
            if row["doc_id"] in by_document:
                by_document[row["doc_id"]][name].append(row)
    graphs: dict[str, Row] = {}
    all_claims = [row for doc in by_document.values() for row in doc["claims"]]
    all_relations = [row for doc in by_document.values() for row in doc["relations"]]
    kp_graphs = keypoint_graphs(keypoints.to_dict("records"), all_claims, all_relations, t)
    graphs.update((g["id"], g) for g in kp_graphs)
    failures = "".join(f"<li>{_e(r.doc_id)}: {_e(r.error)}</li>" for r in failed.itertuples())
    corpus = (f"<section id=corpus><h2>{_e(t('corpus'))}</h2>"
              f"<h3>{_e(t('documents'))}</h3>{_documents_table(ok, t)}"
              + (f"<h3>{_e(t('failures'))}</h3><ul>{failures}</ul>" if failures else "")
              + f"<h3>{_e(t('claims_by_holder'))}</h3>{_counts_table(claims, t)}"
              + f"<h3>{_e(t('keypoints'))}</h3>{_keypoints_table(keypoints, t)}"
              + (f"<h3>{_e(t('keypoint_graphs'))}</h3>{legend(t)}{_graph_sections(kp_graphs, t, open_first=1)}"
                 if kp_graphs else "") + "</section>")
    sections = "".join(document_section(d, by_document[d], t, graphs) for d in ok["doc_id"])
    nav = "".join(f"<a href='#doc-{_e(d)}'>{_e(d)}</a>" for d in ok["doc_id"])
    config = {"types": TYPE_COLORS, "tints": {k: _tint(c) for k, c in TYPE_COLORS.items()},
              "edges": EDGE_STYLES, "words": {"show_in_list": t("show_in_list")}}
    return (f"<!DOCTYPE html><html lang={t.lang}><head><meta charset=utf-8>"
            f"<meta name=viewport content='width=device-width,initial-scale=1'><title>{_e(t('title'))}</title>"
            f"<style>{_asset('report.css')}</style></head><body><header><b>{_e(t('title'))}</b>"
            f"<a href='#corpus'>{_e(t('corpus'))}</a>{nav}</header><main>{corpus}{sections}</main>"
            f"{_json_script('report-config', config)}{_json_script('graph-data', graphs)}"
            f"<script>{_asset('dagre.min.js')}</script><script>{_asset('report.js')}</script></body></html>")
