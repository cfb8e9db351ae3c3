"""Report: the analyst's view of a run — report.html (and the cross-tabs and exports it comes with).

`report.html` is one self-contained file (inline CSS, JS and SVG, nothing fetched): a corpus page
(claims per speaker and type, key points across documents) and, per document, its speakers, its
claims in reading order colored by type, an argument map of its relations, its analogies and its
key points. The argument map is drawn by the page's script from the data embedded in it.
"""
from __future__ import annotations

import html
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.analysis import codes_crosstab, export_parquet
from pipeline.tables import atomic_write, load, write_table

TYPE_COLORS = {"evaluation": "#4e79a7", "comparison": "#f28e2b", "prediction": "#59a14f",
               "normative": "#e15759", "causal": "#b07aa1", "analogy": "#edc948", "assertion": "#9c9c9c"}
RELATION_COLORS = {"support": "#2e7d32", "contrast": "#c62828", "concession": "#ef6c00",
                   "condition": "#1565c0", "example": "#6a1b9a"}
DOCUMENT_TABLES = ("documents", "turns", "claims", "relations", "arguments", "keypoints")


# --- report.html --------------------------------------------------------------------------

def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _bar_table(counts: pd.DataFrame, title: str) -> str:
    """A table of counts with inline bars, rows × columns."""
    if counts.empty:
        return f"<h3>{_e(title)}</h3><p class=muted>none</p>"
    top = max(1, int(counts.values.max()))
    head = "".join(f"<th>{_e(c)}</th>" for c in counts.columns)
    body = []
    for index, row in counts.iterrows():
        cells = "".join(
            f"<td><span class=bar style='width:{int(60 * v / top)}px;background:{TYPE_COLORS.get(c, '#888')}'></span>{v}</td>"
            for c, v in row.items())
        body.append(f"<tr><th>{_e(index or '(narration)')}</th>{cells}</tr>")
    return f"<h3>{_e(title)}</h3><table class=counts><tr><th></th>{head}</tr>{''.join(body)}</table>"


def _claim_item(claim: dict[str, Any]) -> str:
    color = TYPE_COLORS.get(claim["type"], "#888")
    flags = []
    if claim["polarity"] == "neg":
        flags.append("<span class='flag neg'>否定</span>")
    if int(claim["hedged"] or 0):
        flags.append("<span class='flag hedge'>留保</span>")
    codes = f"<span class=codes>{_e(claim.get('codes', ''))}</span>" if claim.get("codes") else ""
    frame = f"<span class=frame>{_e(claim['frame'])}</span>" if claim["frame"] else ""
    short = claim["claim_id"].rsplit(":", 1)[-1]
    return (f"<li id='{_e(claim['claim_id'])}' class='unit {_e(claim['role'])}' style='border-left-color:{color}'>"
            f"<span class=cid>{_e(short)}</span> <span class=type style='background:{color}'>{_e(claim['type'])}</span>"
            f"{'<span class=premise>前提</span>' if claim['role'] == 'premise' else ''}"
            f"<span class=holder>{_e(claim['holder'] or '(地の文)')}</span> {''.join(flags)}<br>"
            f"{_e(claim['text'])}{frame} {codes}"
            f"<span class=cue title='cue'>{_e(claim['cue'])}</span></li>")


def _document_section(doc_id: str, by_document: dict[str, dict[str, list[dict[str, Any]]]]) -> str:
    claims, relations, arguments, turns = (by_document[name].get(doc_id, [])
                                           for name in ("claims", "relations", "arguments", "turns"))
    speakers = Counter((t["speaker"], t["role"]) for t in turns if t["speaker"])
    speaker_list = "".join(f"<li>{_e(speaker)} <span class=muted>({_e(role)}, {n} turns)</span></li>"
                           for (speaker, role), n in sorted(speakers.items())) or "<li class=muted>no labelled speakers</li>"
    items = "".join(_claim_item(claim) for claim in claims)
    graph = {"nodes": [{"id": c["claim_id"], "label": c["claim_id"].rsplit(":", 1)[-1], "type": c["type"],
                        "role": c["role"], "text": _short(c["text"], 28)} for c in claims],
             "edges": [{"source": r["source_id"], "target": r["target_id"], "label": r["label"], "cue": r["cue"]}
                       for r in relations]}
    analogies = "".join(
        f"<li><b>{_e(a['source_domain'])}</b> → <b>{_e(a['target_domain'] or '?')}</b> "
        f"<span class=muted>({_e(a['cue'])}; conclusion {_e(a['conclusion_id'].rsplit(':', 1)[-1])}"
        f"{'; premises ' + _e(' '.join(p.rsplit(':', 1)[-1] for p in a['premise_ids'].split())) if a['premise_ids'] else ''})</span></li>"
        for a in arguments) or "<li class=muted>none</li>"
    members: dict[str, list[dict[str, Any]]] = {}
    for claim in claims:
        if claim["keypoint_id"]:
            members.setdefault(claim["keypoint_id"], []).append(claim)
    keypoints = "".join(
        f"<li><b>{_e(k)}</b>: " + ", ".join(f"{_e(h or '(地の文)')} ×{n}"
                                            for h, n in Counter(c["holder"] for c in group).most_common())
        + f" — <span class=muted>{_e(group[0]['text'][:80])}</span></li>"
        for k, group in sorted(members.items())) or "<li class=muted>none</li>"
    return (f"<section class=document id='doc-{_e(doc_id)}'><h2>{_e(doc_id)}</h2>"
            f"<div class=cols><div><h3>Speakers</h3><ul>{speaker_list}</ul>"
            f"<h3>Analogies (source → target)</h3><ul>{analogies}</ul>"
            f"<h3>Key points</h3><ul>{keypoints}</ul></div>"
            f"<div><h3>Argument map</h3><div class=map data-graph='{_e(json.dumps(graph, ensure_ascii=False))}'></div></div></div>"
            f"<h3>Claims in reading order</h3><ol class=claims>{items}</ol></section>")


_STYLE = """
body{font-family:'Noto Sans JP','Hiragino Sans','Yu Gothic',sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#263238;color:#fff;padding:12px 24px} header a{color:#b3e5fc;margin-right:12px}
main{padding:0 24px 48px} h2{border-bottom:2px solid #263238;padding-top:24px} .muted{color:#777}
.cols{display:grid;grid-template-columns:minmax(260px,1fr) 2fr;gap:24px}
ol.claims{padding-left:0;list-style:none} li.unit{background:#fff;border-left:6px solid #999;margin:6px 0;padding:6px 10px}
li.premise{background:#f4f4f4} .cid{font-family:monospace;color:#555} .type{color:#fff;border-radius:3px;padding:0 5px;font-size:12px}
.premise{font-size:12px;border:1px solid #999;border-radius:3px;padding:0 4px;margin-left:4px}
.holder{font-weight:bold;margin-left:8px} .flag{font-size:12px;border-radius:3px;padding:0 4px;margin-left:4px}
.neg{background:#ffcdd2} .hedge{background:#fff9c4} .frame{color:#888;margin-left:2px}
.codes{font-size:12px;color:#00695c;margin-left:6px} .cue{display:block;font-size:11px;color:#999}
table.counts{border-collapse:collapse;margin:8px 0} table.counts td,table.counts th{padding:2px 8px;text-align:left;font-size:13px}
.bar{display:inline-block;height:10px;margin-right:4px;vertical-align:middle}
.map svg{background:#fff;border:1px solid #ddd} .legend span{display:inline-block;margin-right:10px;font-size:12px}
"""

_SCRIPT = """
(function(){
  var SVG='http://www.w3.org/2000/svg', TYPE=%(types)s, REL=%(relations)s;
  function el(name, attrs, parent){var e=document.createElementNS(SVG,name);
    for(var k in attrs){e.setAttribute(k,attrs[k]);} if(parent){parent.appendChild(e);} return e;}
  document.querySelectorAll('.map').forEach(function(box){
    var g=JSON.parse(box.getAttribute('data-graph')), used={};
    g.edges.forEach(function(e){used[e.source]=1;used[e.target]=1;});
    var nodes=g.nodes.filter(function(n){return used[n.id];});
    if(!nodes.length){box.innerHTML='<p class=muted>no relations found</p>';return;}
    var row=26, width=660, x=300, height=nodes.length*row+20, pos={};
    var svg=el('svg',{width:width,height:height,'class':'argument-map',role:'img'},box);
    var defs=el('defs',{},svg);
    Object.keys(REL).forEach(function(label){var m=el('marker',{id:'arrow-'+label+'-'+box.parentNode.parentNode.parentNode.id,
      viewBox:'0 0 10 10',refX:9,refY:5,markerWidth:6,markerHeight:6,orient:'auto'},defs);
      el('path',{d:'M0,0 L10,5 L0,10 z',fill:REL[label]},m);});
    nodes.forEach(function(n,i){var y=14+i*row; pos[n.id]=y;
      var node=el('g',{'class':'node'},svg);
      el('rect',{x:x,y:y-9,width:18,height:18,rx:4,fill:TYPE[n.type]||'#888',stroke:n.role==='premise'?'#333':'none'},node);
      var t=el('text',{x:x+24,y:y+4,'font-size':12},node); t.textContent=n.label+' '+n.text;
      var title=el('title',{},node); title.textContent=n.role+' / '+n.type;});
    g.edges.forEach(function(e){var y1=pos[e.source], y2=pos[e.target]; if(y1===undefined||y2===undefined)return;
      var bend=Math.min(280, 30+Math.abs(y2-y1)*0.6);
      var p=el('path',{d:'M'+x+','+y1+' C'+(x-bend)+','+y1+' '+(x-bend)+','+y2+' '+x+','+y2,fill:'none',
        stroke:REL[e.label]||'#555','stroke-width':2,'class':'edge edge-'+e.label,
        'marker-end':'url(#arrow-'+e.label+'-'+box.parentNode.parentNode.parentNode.id+')'},svg);
      var title=el('title',{},p); title.textContent=e.label+' ('+e.cue+')';});
  });
})();
"""


def render_report(tables: dict[str, pd.DataFrame]) -> str:
    """The whole report as one HTML string."""
    claims, documents = tables["claims"], tables["documents"]
    by_speaker = pd.crosstab(claims["holder"], claims["type"]) if len(claims) else pd.DataFrame()
    keypoints = tables["keypoints"]
    keypoint_rows = "".join(
        f"<tr><td>{_e(k.keypoint_id)}</td><td title='{_e(k.label)}'>{_e(_short(k.label, 70))}</td><td>{k.n_claims}</td><td>{k.n_docs}</td>"
        f"<td>{_e(k.holders)}</td></tr>" for k in keypoints.itertuples())
    doc_ids = [d for d, s in zip(documents["doc_id"], documents["status"]) if s == "ok"]
    failed = documents[documents["status"] != "ok"]
    failures = "".join(f"<li>{_e(r.doc_id)}: {_e(r.error)}</li>" for r in failed.itertuples())
    nav = "".join(f"<a href='#doc-{_e(d)}'>{_e(d)}</a>" for d in doc_ids)
    legend = "".join(f"<span><span class=bar style='width:12px;background:{c}'></span>{_e(t)}</span>"
                     for t, c in TYPE_COLORS.items())
    legend += "".join(f"<span style='color:{c}'>━ {_e(label)}</span>" for label, c in RELATION_COLORS.items())
    corpus = (f"<section id=corpus><h2>Corpus</h2><p>{len(doc_ids)} documents, {len(claims)} units "
              f"({int((claims['role'] == 'claim').sum())} claims), {len(tables['relations'])} relations, "
              f"{len(tables['arguments'])} analogies, {len(keypoints)} key points.</p>"
              f"{'<h3>Files that failed</h3><ul>' + failures + '</ul>' if failures else ''}"
              f"<div class=legend>{legend}</div>{_bar_table(by_speaker, 'Units per holder and type')}"
              f"<h3>Key points across documents</h3><table class=counts><tr><th>id</th><th>label (most central claim)</th>"
              f"<th>claims</th><th>docs</th><th>holders</th></tr>{keypoint_rows}</table></section>")
    by_document: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name in ("claims", "relations", "arguments", "turns"):  # plain rows, grouped once: pandas per row is slow
        grouped = by_document[name] = {}
        for row in tables[name].to_dict("records"):
            grouped.setdefault(row["doc_id"], []).append(row)
    sections = "".join(_document_section(d, by_document) for d in doc_ids)
    script = _SCRIPT % {"types": json.dumps(TYPE_COLORS), "relations": json.dumps(RELATION_COLORS)}
    return (f"<!DOCTYPE html><html lang=ja><head><meta charset=utf-8><title>Argument report</title>"
            f"<style>{_STYLE}</style></head><body><header><b>Argument report</b> &nbsp; <a href='#corpus'>corpus</a>{nav}"
            f"</header><main>{corpus}{sections}</main><script>{script}</script></body></html>")


def report_corpus(run_dir: Path, *, formats: Iterable[str] = ("csv",)) -> Path:
    """Stage: write report.html and codes_by_holder.csv (and Parquet copies when asked)."""
    tables = load(run_dir, DOCUMENT_TABLES)  # not tokens: the largest table, and the report needs none of it
    missing = [name for name in DOCUMENT_TABLES if name not in tables]
    if missing:
        raise FileNotFoundError(f"{run_dir}: missing {', '.join(missing)}; run the extract stage first")
    crosstab = codes_crosstab(tables["claims"], tables["documents"], tables["turns"])
    write_table(crosstab, "codes_by_holder", run_dir)
    path = run_dir / "report.html"
    atomic_write(path, render_report(tables))
    if "parquet" in formats:
        export_parquet(run_dir)
    print(f"report: {path}", file=sys.stderr)
    return path

