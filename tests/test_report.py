"""The analyst's view: report.html (in a real headless browser where one can be had), code
cross-tabs, KWIC, typed loading and Parquet export — on a small run of our own."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_report_graph import graph_geometry

from pipeline.analysis import kwic
from pipeline.cli import main
from pipeline.tables import load

TEXT = ("記者:今日はありがとうございます。原発の再稼働についてどうお考えですか?\n"
        "大臣:原発は安全だと考えています。なぜなら、審査が厳しいからです。"
        "しかし、住民の理解が必要です。\n")
CODEBOOK = "*安全性\n安全 | 審査\n*合意\n理解 | 住民\n"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report")
    raw = root / "raw"
    raw.mkdir()
    (raw / "interview.txt").write_text(TEXT, encoding="utf-8")
    (raw / "metadata.csv").write_text("doc_id,date,party,speaker\ninterview,2024-05-01,与党,大臣\n", encoding="utf-8")
    (root / "codebook.txt").write_text(CODEBOOK, encoding="utf-8")
    out = root / "out"
    assert main(["run", str(raw), "--out", str(out), "--codebook", str(root / "codebook.txt"),
                 "--format", "parquet"]) == 0
    return out


def test_claims_get_codes_and_documents_get_variables(run_dir: Path) -> None:
    tables = load(run_dir)
    claims = tables["claims"]
    assert "安全性" in " ".join(claims["codes"])
    assert tables["documents"].loc[0, "party"] == "与党"
    crosstab = tables["codes_by_holder"]
    assert {"holder", "party", "doc_speaker"} <= set(crosstab["variable"])
    safety = crosstab[(crosstab["variable"] == "holder") & (crosstab["code"] == "安全性")]
    assert safety.iloc[0]["value"] == "大臣" and safety.iloc[0]["n_units"] >= 1


def test_load_types_the_columns(run_dir: Path) -> None:
    tables = load(run_dir)
    assert str(tables["claims"]["start"].dtype) == "Int64"
    assert str(tables["claims"]["hedged"].dtype) == "boolean"
    assert str(tables["sentences"]["in_quote"].dtype) == "boolean"
    assert tables["claims"]["claim_id"].map(type).eq(str).all()


def test_parquet_copies_read_back(run_dir: Path) -> None:
    import pandas as pd
    back = pd.read_parquet(run_dir / "claims.parquet")
    assert list(back["claim_id"]) == list(load(run_dir)["claims"]["claim_id"])


def test_kwic_surface_and_lemma(run_dir: Path) -> None:
    rows = kwic(run_dir, "原発", window=5)
    assert len(rows) == 2 and set(rows["keyword"]) == {"原発"}
    assert rows.iloc[1]["speaker"] == "大臣" and rows.iloc[1]["right"].startswith("は安全")
    assert len(kwic(run_dir, "考える", lemma=True)) == 1


def test_report_is_self_contained(run_dir: Path) -> None:
    page = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in page and "<link" not in page and "src=" not in page
    assert "原発は安全だ" in page and "graph-section" in page


def test_real_run_graphs_in_chromium_are_japanese_and_neither_clip_nor_overlap(run_dir: Path, tmp_path: Path) -> None:
    page = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "議論グラフ" in page and "<html lang=ja>" in page
    geometry = graph_geometry(page, tmp_path)  # skips when there is no chromium
    assert geometry["nodes"] >= 3 and geometry["clipped"] == [] and geometry["overlaps"] == []
    assert {"edge edge-support", "edge edge-contrast", "edge edge-answers"} <= set(geometry["dashes"])


def test_a_question_read_joined_across_line_breaks_shows_no_break() -> None:
    """The report shows a turn as its sentences read: no space where a hard-wrapped line broke
    a word (`昨年\\n度`), nor the page number between; turns without joins stay as they are."""
    import pandas as pd

    from pipeline.report import turns_read_joined
    from pipeline.segment import segment
    from tests.test_segment import WRAPPED_MINUTES
    result = segment(WRAPPED_MINUTES, "d")
    turns = pd.DataFrame([vars(t) for t in result.turns])
    sentences = pd.DataFrame([vars(s) for s in result.sentences])
    shown = turns_read_joined(turns, sentences)
    assert "昨年度は約６００人に上りました。一方で、" in shown["text"][1]
    assert "デマンド交通の導入を急ぐべきだと考えます。" in shown["text"][1]
    assert turns_read_joined(turns, sentences.assign(joins="")) is turns
