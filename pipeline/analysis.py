"""Analyses over a run's tables: codes cross-tabulated by holder and document variables,
keyword in context, Parquet exports."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.tables import TABLE_COLUMNS, load, read_table, table_frame, write_table


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


def write_kwic(run_dir: Path, word: str, *, lemma: bool = False, window: int = 20) -> tuple[pd.DataFrame, Path]:
    """KWIC rows for `word`, written as run_dir/kwic_WORD.csv (atomically, like every table)."""
    rows = kwic(run_dir, word, lemma=lemma, window=window)
    written = write_table(rows, "kwic", run_dir)
    return rows, written.rename(run_dir / f"kwic_{word.replace('/', '_')}.csv")
