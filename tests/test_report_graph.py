"""report.html without GiNZA: small tables built by hand, rendered in Japanese and English, the
argument graphs' content checked in Python and their geometry in headless chromium."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from pipeline.graph import CAP, document_graphs, drawable_analogies, keypoint_graphs
from pipeline.report import render_report, report_corpus
from pipeline.report_text import WORDS, text_for
from pipeline.tables import TABLE_COLUMNS, write_table

QUESTION = "記者:原発の再稼働についてどうお考えですか?"
INTERVIEW = [  # (role, type, text, speaker, question turn)
    ("claim", "evaluation", "原発は安全だ", "大臣", "iv:t001"),
    ("premise", "causal", "審査が厳しいからです", "大臣", "iv:t001"),
    ("claim", "normative", "しかし、住民の理解が必要です", "大臣", "iv:t001"),
    ("claim", "prediction", "費用はかかっても再稼働は進むでしょう", "大臣", "iv:t001"),
    ("claim", "analogy", "オープンソースAIはLinuxの発展経路を辿ると考えています。" * 3, "大臣", "iv:t001"),
    ("premise", "assertion", "Linuxも最初は小さな趣味のプロジェクトでした", "大臣", "iv:t001"),
]
RELATIONS = [("c002", "c001", "support"), ("c003", "c001", "contrast"), ("c004", "c001", "concession")]


def _claim(doc: str, n: int, role: str, kind: str, text: str, speaker: str, question: str, turn: str) -> dict:
    return {"doc_id": doc, "claim_id": f"{doc}:c{n:03d}", "role": role, "sent_id": f"{doc}:s{n:03d}",
            "turn_id": turn, "speaker": speaker, "holder": speaker, "start": n * 40, "end": n * 40 + len(text),
            "text": text, "frame": "と考えています" if n == 1 else "", "type": kind, "polarity": "neg" if n == 4 else "pos",
            "hedged": int(n == 4), "target": "", "standard": "", "cue": "rule", "keypoint_id": "k001" if n == 1 else "",
            "question_turn_id": question, "codes": ""}


def hand_tables() -> dict[str, pd.DataFrame]:
    """An interview (a question, answers with support, contrast, concession) and a long speech."""
    claims = [_claim("iv", i + 1, *row, turn="iv:t002") for i, row in enumerate(INTERVIEW)]
    long_text = "市の財政は厳しい状況にありますが、子育て支援は最優先で進めるべきだと考えます"
    claims += [_claim("sp", i + 1, "premise" if i % 3 == 2 else "claim", ["evaluation", "normative", "causal"][i % 3],
                      f"{long_text}（{i + 1}）", "市長", "", turn="sp:t001") for i in range(2 * CAP + 3)]
    claims.append({**_claim("sp", 40, "claim", "evaluation", "原発は安全である", "市長", "", turn="sp:t001"),
                   "keypoint_id": "k001"})
    relations = [{"doc_id": "iv", "relation_id": f"iv:r{i}", "source_id": f"iv:{s}", "target_id": f"iv:{t}",
                  "label": label, "cue": "しかし" if label == "contrast" else ""} for i, (s, t, label) in enumerate(RELATIONS)]
    relations += [{"doc_id": "sp", "relation_id": f"sp:r{i}", "source_id": f"sp:c{i:03d}", "target_id": f"sp:c{i - 1:03d}",
                   "label": "support", "cue": "ので"} for i in range(3, 2 * CAP + 3, 3)]
    relations.append({"doc_id": "sp", "relation_id": "sp:r99", "source_id": "sp:c020", "target_id": "sp:c001",
                      "label": "contrast", "cue": "一方"})  # from the second section back to the first
    turns = [{"doc_id": "iv", "turn_id": "iv:t001", "speaker": "記者", "role": "interviewer", "label_start": 0,
              "label_end": 3, "start": 3, "end": 24, "text": QUESTION[3:], "label": "記者:"},
             {"doc_id": "iv", "turn_id": "iv:t002", "speaker": "大臣", "role": "interviewee", "label_start": 25,
              "label_end": 28, "start": 28, "end": 400, "text": "…", "label": "大臣:"},
             {"doc_id": "sp", "turn_id": "sp:t001", "speaker": "市長", "role": "speaker", "label_start": "",
              "label_end": "", "start": 0, "end": 2000, "text": "…", "label": ""}]
    arguments = [{"doc_id": "iv", "argument_id": "iv:a1", "scheme": "analogy", "conclusion_id": "iv:c005",
                  "premise_ids": "iv:c006", "source_domain": "Linux", "target_domain": "オープンソースAI", "cue": "経路を辿"},
                 {"doc_id": "iv", "argument_id": "iv:a2", "scheme": "analogy", "conclusion_id": "iv:c004",
                  "premise_ids": "", "source_domain": "好む", "target_domain": "それ", "cue": "と同じように"},
                 {"doc_id": "iv", "argument_id": "iv:a3", "scheme": "analogy", "conclusion_id": "iv:c003",
                  "premise_ids": "", "source_domain": "", "target_domain": "失業率", "cue": "たように"}]
    documents = [{"doc_id": d, "source_path": f"{d}.txt", "sha256": "0", "encoding": "utf-8", "n_chars": n,
                  "n_turns": 2, "n_sentences": 5, "n_claims": 5, "status": "ok", "error": "", "date": "2020-06-10"}
                 for d, n in (("iv", 12345), ("sp", 800))]
    keypoints = [{"keypoint_id": "k001", "label": "原発は安全だ", "n_claims": 2, "n_docs": 2,
                  "holders": "大臣 (1); 市長 (1)", "claim_ids": "iv:c001 sp:c040"}]
    frames = {"claims": claims, "relations": relations, "turns": turns, "arguments": arguments,
              "documents": documents, "keypoints": keypoints}
    return {name: pd.DataFrame(rows, columns=[*TABLE_COLUMNS[name], *(["date"] if name == "documents" else [])])
            for name, rows in frames.items()}


def test_japanese_by_default_english_on_request() -> None:
    ja, en = render_report(hand_tables()), render_report(hand_tables(), lang="en")
    assert "<html lang=ja>" in ja and "議論レポート" in ja and "論証単位（本文の順）" in ja
    for label in ("評価", "規範", "予測", "類推", "支持", "対比", "譲歩", "条件", "例示", "前提", "質問者"):
        assert label in ja, label
    assert "Argument report" not in ja and "Units in reading order" not in ja
    assert "<html lang=en>" in en and "Argument report" in en and "contrast" in en and "議論レポート" not in en
    assert "1万2,345" in ja and "12,345" in en and "2020年6月10日" in ja and "10 June 2020" in en


def test_both_languages_have_the_same_words() -> None:
    assert set(WORDS["ja"]) == set(WORDS["en"])
    with pytest.raises(ValueError, match="ja, en"):
        text_for("fr")


@pytest.mark.parametrize("n, ja, en", [(0, "0", "0"), (9999, "9,999", "9,999"), (10000, "1万", "10,000"),
                                       (123456789, "1億2,345万6,789", "123,456,789"),
                                       (300000000, "3億", "300,000,000")])
def test_numbers_the_japanese_way(n: int, ja: str, en: str) -> None:
    assert text_for("ja").number(n) == ja and text_for("en").number(n) == en


def test_the_question_prompts_the_answers_and_relations_keep_their_labels() -> None:
    tables = {k: v.to_dict("records") for k, v in hand_tables().items()}
    pick = {k: [r for r in rows if r.get("doc_id") == "iv"] for k, rows in tables.items()}
    [section] = document_graphs("iv", pick["claims"], pick["relations"], pick["turns"], pick["arguments"], text_for("ja"))
    question = section["nodes"][0]
    assert question["kind"] == "question" and question["text"] == QUESTION[3:] and question["lane"] == "記者"
    assert [lane["title"] for lane in section["lanes"]] == ["記者（質問者）", "大臣（回答者）"]
    labels = {(e["source"], e["label"]) for e in section["edges"]}
    assert {("iv:c002", "support"), ("iv:c003", "contrast"), ("iv:c004", "concession")} <= labels
    assert ("iv:c006", "analogy") in labels  # an analogy's premise sits under its conclusion
    answered = [e["target"] for e in section["edges"] if e["label"] == "answers"]
    assert answered == ["iv:c001"]  # one arrow, to where the answer starts
    assert ["類推", "Linux → オープンソースAI"] in section["nodes"][5]["fields"]


def test_long_documents_are_cut_into_sections_with_ghosts_for_cut_relations() -> None:
    tables = {k: v.to_dict("records") for k, v in hand_tables().items()}
    pick = {k: [r for r in rows if r.get("doc_id") == "sp"] for k, rows in tables.items()}
    sections = document_graphs("sp", pick["claims"], pick["relations"], pick["turns"], pick["arguments"], text_for("ja"))
    units = [[n for n in s["nodes"] if n["kind"] in ("claim", "premise")] for s in sections]
    assert len(sections) == 3 and all(len(u) <= CAP for u in units)
    assert sum(len(u) for u in units) == len(pick["claims"])
    for section in sections:  # every edge has both ends drawn in its section
        ids = {n["id"] for n in section["nodes"]}
        assert all(e["source"] in ids and e["target"] in ids for e in section["edges"])
    assert [n["id"] for n in sections[0]["nodes"] if n["kind"] == "ghost"] == ["sp:c020"]
    assert [n["id"] for n in sections[1]["nodes"] if n["kind"] == "ghost"] == ["sp:c001"]


def test_analogy_needs_both_domains() -> None:
    arguments = hand_tables()["arguments"].to_dict("records")
    assert [(a["source_domain"], a["target_domain"]) for a in drawable_analogies(arguments)] == [("Linux", "オープンソースAI")]
    page = render_report(hand_tables())
    assert "好む</b>" not in page and "失業率</b>" not in page and "<b>Linux</b> → <b>オープンソースAI</b>" in page


def test_keypoint_graph_has_a_lane_per_holder() -> None:
    tables = {k: v.to_dict("records") for k, v in hand_tables().items()}
    [graph] = keypoint_graphs(tables["keypoints"], tables["claims"], tables["relations"], text_for("ja"))
    assert [lane["key"] for lane in graph["lanes"]] == ["大臣", "市長"]
    assert {"iv:c002", "iv:c003", "iv:c004"} <= {n["id"] for n in graph["nodes"]}


def test_report_corpus_writes_the_language_asked(tmp_path: Path) -> None:
    for name, frame in hand_tables().items():
        write_table(frame, name, tmp_path)
    page = report_corpus(tmp_path, lang="en").read_text(encoding="utf-8")
    assert "Argument report" in page
    assert "議論レポート" in report_corpus(tmp_path).read_text(encoding="utf-8")
    with pytest.raises(ValueError):
        report_corpus(tmp_path, lang="de")


def test_a_corpus_without_key_points_says_none_instead_of_empty_tables() -> None:
    tables = hand_tables()
    tables["keypoints"] = tables["keypoints"].iloc[0:0]
    tables["claims"] = tables["claims"].assign(keypoint_id="")
    corpus = render_report(tables).split("<section id=corpus>")[1].split("</section>")[0]
    assert "<h3>論点（文書をまたぐ主張のまとまり）</h3><p class=muted>なし</p>" in corpus
    assert "論点ごとの議論グラフ" not in corpus and "<th>論点</th>" not in corpus
    assert "論点ごとの議論グラフ" in render_report(hand_tables())


def test_page_is_self_contained() -> None:
    page = render_report(hand_tables())
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", page)
    assert "<link" not in page and "src=" not in page and "import(" not in page
    assert page.count("<script>") == 2  # the layout engine and the graph script, inline


# --- geometry in a real browser -----------------------------------------------------------

GEOMETRY_CHECK = """<script>
(function () {
  try { window.argumentGraphs.renderAll(); } catch (err) {
    var failed = document.createElement('pre'); failed.id = 'geometry'; document.body.appendChild(failed);
    failed.textContent = JSON.stringify({error: String(err && err.stack || err)}); return;
  }
  var out = {svgs: 0, nodes: 0, clipped: [], overlaps: [], outside: [], dashes: {}};
  function inside(a, b) { return a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5; }
  document.querySelectorAll('svg.argument-map').forEach(function (svg) {
    out.svgs++;
    var frame = svg.getBoundingClientRect(), boxes = [];
    svg.querySelectorAll('g.node').forEach(function (g) {
      out.nodes++;
      var id = svg.id + ' ' + g.getAttribute('data-id'), box = g.querySelector('rect.box').getBoundingClientRect();
      g.querySelectorAll('text').forEach(function (t) {
        if (!inside(t.getBoundingClientRect(), box)) { out.clipped.push(id + ': ' + t.textContent); }
      });
      if (!inside(box, frame)) { out.outside.push(id); }
      boxes.forEach(function (other) {
        var b = other[1];
        if (box.left < b.right - 0.5 && b.left < box.right - 0.5 && box.top < b.bottom - 0.5 && b.top < box.bottom - 0.5) {
          out.overlaps.push(id + ' / ' + other[0]);
        }
      });
      boxes.push([id, box]);
    });
    svg.querySelectorAll('text.lane-title').forEach(function (t) {
      if (!inside(t.getBoundingClientRect(), frame)) { out.clipped.push(svg.id + ' lane: ' + t.textContent); }
    });
    svg.querySelectorAll('path.edge').forEach(function (p) {
      out.dashes[p.getAttribute('class')] = p.getAttribute('stroke-dasharray') + ' ' + p.getAttribute('stroke');
    });
  });
  var pre = document.createElement('pre'); pre.id = 'geometry'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script></body>"""


def browser() -> str | None:
    return next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(name)), None)


def graph_geometry(page: str, tmp_path: Path) -> dict:
    """Open `page` in headless chromium with every section drawn; the boxes the browser measured."""
    exe = browser()
    if exe is None:
        pytest.skip("no chromium on this machine (`make browser` installs Debian's chromium where apt can)")
    html_path = tmp_path / "report_checked.html"
    html_path.write_text(page.replace("</body>", GEOMETRY_CHECK, 1), encoding="utf-8")
    result = subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--window-size=1400,2000", "--dump-dom", html_path.as_uri()],
        capture_output=True, text=True, timeout=180)
    found = re.search(r'<pre id="geometry">(.*?)</pre>', result.stdout, re.S)
    assert found, "the page's script did not finish: " + result.stderr[-2000:]
    geometry = json.loads(found.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
    assert "error" not in geometry, geometry.get("error")
    return geometry


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_graph_nodes_neither_clip_nor_overlap_in_chromium(lang: str, tmp_path: Path) -> None:
    geometry = graph_geometry(render_report(hand_tables(), lang=lang), tmp_path)
    assert geometry["svgs"] == 5 and geometry["nodes"] == 42  # 1 key point, 1 + 3 document sections
    assert geometry["clipped"] == [] and geometry["overlaps"] == [] and geometry["outside"] == []
    dashes = geometry["dashes"]
    assert len({dashes["edge edge-support"], dashes["edge edge-contrast"], dashes["edge edge-concession"]}) == 3
