"""Report: the analyst's view of a run — report.html, code cross-tabs, KWIC, exports.

`report.html` is one self-contained file in Japanese (or English), rendered by
pipeline.report_html: a corpus page, argument graphs per key point and per document section (laid
out in the browser by the vendored dagre engine), analogies, key points and units in reading order.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from pipeline.report_html import render_page
from pipeline.report_text import text_for
from pipeline.tables import TABLE_COLUMNS, read_table, table_frame, write_table

DOCUMENT_TABLES = ("documents", "turns", "claims", "relations", "arguments", "keypoints")


def load(run_dir: Path | str, names: Iterable[str] = tuple(TABLE_COLUMNS)) -> dict[str, pd.DataFrame]:
    """The run's tables (those of `names` it has) as DataFrames with proper dtypes: ids and text as
    strings, offsets and counts as nullable integers, flags (`in_quote`, `hedged`) as booleans."""
    run_dir = Path(run_dir)
    tables = {}
    for name in names:
        if (run_dir / f"{name}.csv").exists():
            frame = read_table(name, run_dir)
            for flag in ("in_quote", "hedged"):
                if flag in frame.columns:
                    frame[flag] = frame[flag].astype("Int64").astype("boolean")
            tables[name] = frame
    return tables


def codes_crosstab(claims: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Codes × holder and codes × every document variable, as a tidy table:
    variable, value, code, n_units (coded), n_total (units with that value), share."""
    columns = TABLE_COLUMNS["codes_by_holder"]
    if "codes" not in claims.columns:
        return pd.DataFrame(columns=columns)
    declared = set(TABLE_COLUMNS["documents"])
    # a document variable named like a claims column (`speaker`) is told apart as `doc_speaker`
    renamed = {c: f"doc_{c}" if c in claims.columns else c for c in documents.columns if c not in declared}
    variables = list(renamed.values())
    units = claims.merge(documents[["doc_id", *renamed]].rename(columns=renamed), on="doc_id", how="left")
    units["holder"] = units["holder"].replace("", "(narration)")
    exploded = units.assign(code=units["codes"].str.split()).explode("code").dropna(subset=["code"])
    rows = []
    for variable in ["holder", *variables]:
        totals = units.groupby(variable).size()
        counts = exploded.groupby([variable, "code"]).size()
        for (value, code), n in counts.items():
            rows.append({"variable": variable, "value": str(value), "code": code, "n_units": int(n),
                         "n_total": int(totals[value]), "share": round(n / totals[value], 4)})
    return table_frame("codes_by_holder", rows)


def kwic(run_dir: Path, word: str, *, lemma: bool = False, window: int = 20) -> pd.DataFrame:
    """Keyword-in-context rows: doc_id, speaker, start, end, left, keyword, right.

    Surface mode finds the characters anywhere in a turn; lemma mode finds tokens whose lemma
    is the word (`考える` finds `考え`, `考えて`). Context stays inside the turn.
    """
    turns = read_table("turns", run_dir)
    hits: list[tuple[str, str, int, int]] = []  # doc_id, turn_id, start, end
    if lemma:
        tokens = read_table("tokens", run_dir)
        for row in tokens[tokens["lemma"] == word].itertuples():
            hits.append((row.doc_id, "", int(row.start), int(row.end)))
    rows = []
    for turn in turns.itertuples():
        base, text = int(turn.start), turn.text
        if lemma:
            found = [(s - base, e - base) for d, _, s, e in hits if d == turn.doc_id and base <= s < base + len(text)]
        else:
            found, at = [], text.find(word)
            while at >= 0:
                found.append((at, at + len(word)))
                at = text.find(word, at + 1)
        for start, end in found:
            rows.append({"doc_id": turn.doc_id, "speaker": turn.speaker, "start": base + start, "end": base + end,
                         "left": text[max(0, start - window):start].replace("\n", " "), "keyword": text[start:end],
                         "right": text[end:end + window].replace("\n", " ")})
    return table_frame("kwic", rows)


def export_parquet(run_dir: Path) -> list[Path]:
    """Write every table of the run as Parquet beside its CSV (typed as `load` types them)."""
    written = []
    for name, frame in load(run_dir).items():
        path = run_dir / f"{name}.parquet"
        frame.to_parquet(path, index=False)
        written.append(path)
    return written


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
    crosstab = codes_crosstab(tables["claims"], tables["documents"])
    write_table(crosstab, "codes_by_holder", run_dir)
    path = run_dir / "report.html"
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(render_report(tables, lang=lang), encoding="utf-8")
    tmp.replace(path)
    if "parquet" in formats:
        export_parquet(run_dir)
    print(f"report: {path}", file=sys.stderr)
    return path

