"""Analyses over a run's tables: codes cross-tabulated by holder and by document and turn
variables, keyword in context (with those variables), Parquet and Excel exports."""
from __future__ import annotations

import sys
import unicodedata
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from pipeline.sentences import joins_by_turn, reading
from pipeline.tables import TABLE_COLUMNS, load, read_table, table_frame, write_table


def with_variables(frame: pd.DataFrame, documents: pd.DataFrame, turns: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Rows carrying doc_id (and turn_id) with their document's and turn's variables as columns
    (metadata.csv's and the sources' own: party, house, meeting, date…), and those columns' names.
    A variable named like a column already there is told apart: `doc_speaker`, `turn_date`."""
    declared = set(TABLE_COLUMNS["documents"])
    renamed = {c: f"doc_{c}" if c in frame.columns else c for c in documents.columns if c not in declared}
    rows = frame.merge(documents[["doc_id", *renamed]].rename(columns=renamed), on="doc_id", how="left")
    names = list(renamed.values())
    declared = set(TABLE_COLUMNS["turns"])
    renamed = {c: f"turn_{c}" if c in rows.columns else c for c in turns.columns if c not in declared}
    rows = rows.merge(turns[["turn_id", *renamed]].rename(columns=renamed), on="turn_id", how="left")
    names += list(renamed.values())
    return rows.fillna({name: "" for name in names}), names


def codes_crosstab(claims: pd.DataFrame, documents: pd.DataFrame, turns: pd.DataFrame) -> pd.DataFrame:
    """Codes × holder and codes × every document and turn variable (会派 from the Diet API's
    speakerGroup, a spreadsheet's columns, metadata.csv's), as a tidy table:
    variable, value, code, n_units (coded), n_total (units with that value), share."""
    columns = TABLE_COLUMNS["codes_by_holder"]
    if "codes" not in claims.columns:
        return pd.DataFrame(columns=columns)
    units, variables = with_variables(claims, documents, turns)
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


def _hits(read: str, kept: list[int], base: int, word: str,
          lemma_spans: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """Where the word is in a turn's reading `read` (`kept`: each of its characters' index in the
    turn's text, which starts at document offset `base`), as [start, end) in the reading: its tokens'
    spans, or its characters."""
    if lemma_spans is not None:
        at = {base + k: n for n, k in enumerate(kept)}
        return [(at[s], at[e - 1] + 1) for s, e in lemma_spans if s in at and e - 1 in at]
    found, at = [], read.find(word)
    while at >= 0:
        found.append((at, at + len(word)))
        at = read.find(word, at + 1)
    return found


def kwic(run_dir: Path, word: str, *, lemma: bool = False, window: int = 20,
         where: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Keyword-in-context rows: doc_id, speaker, start, end, left, keyword, right, turn_id, then
    the document's and the turn's variables; `where` keeps rows whose variables have those values.

    Surface mode finds the characters anywhere in a turn; lemma mode finds tokens whose lemma
    is the word (`考える` finds `考え`, `考えて`). Context stays inside the turn. A hard-wrapped
    turn is searched and shown as its sentences read (sentences.csv `joins`): a word broken across
    lines or a page number (`補正\n予算`) is found and shown whole; start and end stay document offsets.
    """
    turns = read_table("turns", run_dir)
    sentences = read_table("sentences", run_dir)
    joins = joins_by_turn(sentences["turn_id"], sentences["joins"])
    by_document: dict[str, list[tuple[int, int]]] = {}
    if lemma:
        tokens = read_table("tokens", run_dir)
        for row in tokens[tokens["lemma"] == word].itertuples():
            by_document.setdefault(row.doc_id, []).append((int(row.start), int(row.end)))
    rows = []
    for turn in turns.itertuples():
        base = int(turn.start)
        read, kept = reading(turn.text, base, joins.get(turn.turn_id, ""))
        spans = by_document.get(turn.doc_id, []) if lemma else None
        for start, end in _hits(read, kept, base, word, spans):
            rows.append({"doc_id": turn.doc_id, "speaker": turn.speaker,
                         "start": base + kept[start], "end": base + kept[end - 1] + 1,
                         "left": read[max(0, start - window):start].replace("\n", " "), "keyword": read[start:end],
                         "right": read[end:end + window].replace("\n", " "), "turn_id": turn.turn_id})
    found, _ = with_variables(table_frame("kwic", rows), read_table("documents", run_dir), turns)
    for variable, value in (where or {}).items():
        if variable not in found.columns:
            variables = ", ".join(found.columns[len(TABLE_COLUMNS["kwic"]):])
            raise ValueError(f"kwic --where: no variable {variable!r} (variables: {variables})")
        found = found[found[variable] == value]
    return found.reset_index(drop=True)


def export_parquet(run_dir: Path) -> list[Path]:
    """Write every table of the run as Parquet beside its CSV (typed as `load` types them)."""
    written = []
    for name, frame in load(run_dir).items():
        path = run_dir / f"{name}.parquet"
        frame.to_parquet(path, index=False)
        written.append(path)
    return written


XLSX_FILE = "tables.xlsx"
EXCEL_MAX_ROWS = 1_048_576  # a sheet's limit, header included
_MAX_COLUMN_WIDTH = 60


def _display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: full-width (Japanese) characters count two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _column_width(frame: pd.DataFrame, column: str) -> int:
    sample = [str(column)] + [str(v) for v in frame[column].head(200)]
    return min(_MAX_COLUMN_WIDTH, max(_display_width(text) for text in sample) + 2)


def export_xlsx(run_dir: Path) -> Path:
    """Write the run's tables as one workbook, a sheet per table: strings stay strings (never
    formulas, numbers or links), integers are numbers, columns wide enough for Japanese. A
    table beyond Excel's row limit is cut there, with a warning."""
    import xlsxwriter  # only for this export
    path = run_dir / XLSX_FILE
    tmp = run_dir / f".{XLSX_FILE}.tmp"
    options = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
               "constant_memory": True}
    with xlsxwriter.Workbook(str(tmp), options) as workbook:
        for name, frame in load(run_dir).items():
            if len(frame) >= EXCEL_MAX_ROWS:
                print(f"warning: {path}: sheet {name} holds the first {EXCEL_MAX_ROWS - 1:,} of {len(frame):,} "
                      f"rows (Excel's limit); {name}.csv has them all", file=sys.stderr)
            _write_sheet(workbook.add_worksheet(name), frame.head(EXCEL_MAX_ROWS - 1))
    tmp.replace(path)
    return path


def _write_sheet(sheet, frame: pd.DataFrame) -> None:
    for number, column in enumerate(frame.columns):
        sheet.set_column(number, number, _column_width(frame, column))
    sheet.write_row(0, 0, list(frame.columns))
    for row, values in enumerate(frame.itertuples(index=False), 1):
        sheet.write_row(row, 0, ["" if pd.isna(v) else v.item() if hasattr(v, "item") else v for v in values])
    sheet.freeze_panes(1, 0)


def write_kwic(run_dir: Path, word: str, *, lemma: bool = False, window: int = 20,
               where: Mapping[str, str] | None = None) -> tuple[pd.DataFrame, Path]:
    """KWIC rows for `word`, written as run_dir/kwic_WORD.csv (atomically, like every table)."""
    rows = kwic(run_dir, word, lemma=lemma, window=window, where=where)
    written = write_table(rows, "kwic", run_dir)
    return rows, written.rename(run_dir / f"kwic_{word.replace('/', '_')}.csv")
