"""Report: the analyst's view of a run — report.html (and the cross-tabs and exports it comes with).

`report.html` is one self-contained file in Japanese (or English), rendered by
pipeline.report_html: a corpus page, argument graphs per key point and per document section (laid
out in the browser by the vendored dagre engine), analogies, key points and units in reading order.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from pipeline.analysis import codes_crosstab, export_parquet, export_xlsx
from pipeline.report_html import render_page
from pipeline.report_text import text_for
from pipeline.sentences import joins_by_turn, reading
from pipeline.tables import atomic_write, load, write_table

DOCUMENT_TABLES = ("documents", "turns", "claims", "relations", "arguments", "keypoints")


def turns_read_joined(turns: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The turns, those holding sentences read joined across line breaks (sentences.csv `joins`)
    with the text as those sentences read (`子育\nて` → `子育て`), as the report shows a question;
    the others as they are."""
    if "joins" not in sentences.columns or not (sentences["joins"] != "").any():
        return turns
    joins = joins_by_turn(sentences["turn_id"], sentences["joins"])
    texts = [reading(text, int(start), joins.get(turn_id, ""))[0]
             for turn_id, start, text in zip(turns["turn_id"], turns["start"], turns["text"])]
    return turns.assign(text=texts)


# --- report.html --------------------------------------------------------------------------

def render_report(tables: dict[str, pd.DataFrame], *, lang: str = "ja") -> str:
    """The whole report as one HTML string, in Japanese (`ja`) or English (`en`)."""
    return render_page(tables, text_for(lang))


def report_corpus(run_dir: Path, *, formats: Iterable[str] = ("csv",), lang: str = "ja") -> Path:
    """Stage: write report.html (in `lang`: "ja" or "en") and codes_by_holder.csv (and Parquet
    copies when asked)."""
    text_for(lang)  # an unknown language fails before anything is written
    tables = load(run_dir, DOCUMENT_TABLES)  # not tokens: the largest table, and the report needs none of it
    missing = [name for name in DOCUMENT_TABLES if name not in tables]
    if missing:
        raise FileNotFoundError(f"{run_dir}: missing {', '.join(missing)}; run the extract stage first")
    if "sentences" in (found := load(run_dir, ("sentences",))):
        tables["turns"] = turns_read_joined(tables["turns"], found["sentences"])
    crosstab = codes_crosstab(tables["claims"], tables["documents"], tables["turns"])
    write_table(crosstab, "codes_by_holder", run_dir)
    path = run_dir / "report.html"
    atomic_write(path, render_report(tables, lang=lang))
    if "parquet" in formats:
        export_parquet(run_dir)
    if "xlsx" in formats:
        export_xlsx(run_dir)
    print(f"report: {path}", file=sys.stderr)
    return path

