"""Every output table declared once: its columns in order, which are integers and which are
flags, and whether it may carry more columns. Reading, writing (atomic) and typed loading.

The column lists are the contract of ../shared/TABLES.md: extend, never rename. Integer columns
are written as integers (`450`, never `450.0`) and empty where missing; everything else is text.
"""
from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd


@dataclass(frozen=True)
class Table:
    """One table's schema: columns in order, integer columns, 0/1 flag columns (booleans when
    loaded), and whether the analyst's own columns may follow the declared ones."""

    name: str
    columns: tuple[str, ...]
    integers: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()
    open: bool = False


def _table(name: str, columns: str, integers: str = "", flags: str = "", *, open: bool = False) -> Table:
    return Table(name, tuple(columns.split()), frozenset(integers.split()) | frozenset(flags.split()),
                 frozenset(flags.split()), open)


TABLES: dict[str, Table] = {table.name: table for table in (
    _table("documents", "doc_id source_path sha256 encoding n_chars n_turns n_sentences n_claims status error "
                        "invalid_bytes first_invalid_byte",
           "n_chars n_turns n_sentences n_claims invalid_bytes first_invalid_byte",
           open=True),  # + metadata.csv's document variables
    _table("turns", "doc_id turn_id speaker role label_start label_end start end text label timestamp cue",
           "label_start label_end start end", open=True),  # + the sources' turn variables (party, position…)
    _table("sentences", "doc_id sent_id turn_id speaker start end text in_quote paragraph cut joins",
           "start end paragraph", "in_quote"),
    _table("tokens", "doc_id sent_id token_id start end text lemma norm pos tag inflection dep head_token_id "
                     "bunsetu_id ent_type", "token_id start end head_token_id bunsetu_id"),
    _table("entities", "doc_id sent_id start end text label", "start end"),
    _table("claims", "doc_id claim_id role sent_id turn_id speaker holder start end text frame type polarity "
                     "hedged target standard cue keypoint_id question_turn_id codes", "start end", "hedged"),
    _table("relations", "doc_id relation_id source_id target_id label cue"),
    _table("arguments", "doc_id argument_id scheme conclusion_id premise_ids source_domain target_domain cue"),
    _table("keypoints", "keypoint_id label n_claims n_docs holders claim_ids", "n_claims n_docs"),
    _table("codes_by_holder", "variable value code n_units n_total share", "n_units n_total"),
    _table("kwic", "doc_id speaker start end left keyword right turn_id", "start end",
           open=True),  # + the document's and the turn's variables
)}
TABLE_COLUMNS: dict[str, list[str]] = {name: list(table.columns) for name, table in TABLES.items()}

# OWASP CSV injection: a cell a spreadsheet would run as a formula gets a leading `'`. A text that
# already begins with `'`s before such a character gets one more, so reading removes exactly one
# and gives every text back (`'=x` is written `''=x`). Numbers (`-5`, `+3.2`) are left alone.
_FORMULA = re.compile(r"'*[=+\-@\t\r＝＋－＠]")
_NUMBER = re.compile(r"'*[+\-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+\-]?\d+)?")


def _needs_quote(cells: pd.Series) -> pd.Series:
    text = cells.astype(str)
    return cells.map(type).eq(str) & text.str.match(_FORMULA) & ~text.str.fullmatch(_NUMBER)


def _has_carriage_return(frame: pd.DataFrame) -> bool:
    return any(frame[c].astype(str).str.contains("\r", regex=False).any()
               for c in frame.columns if frame[c].dtype == object)


def excel_safe(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """The frame with formula-like text cells quoted by a leading `'` (the CSV write path)."""
    quoted = {}
    for column in frame.columns:
        if column not in table.integers and frame[column].dtype == object:
            needs = _needs_quote(frame[column])
            if needs.any():
                quoted[column] = frame[column].where(~needs, "'" + frame[column].astype(str))
    return frame.assign(**quoted) if quoted else frame


def excel_unsafe(frame: pd.DataFrame) -> pd.DataFrame:
    """What `excel_safe` quoted, back as it was (the read path; every cell is a string here)."""
    unquoted = {}
    for column in frame.columns:
        cells = frame[column]
        quoted = cells.str.startswith("'") & _needs_quote(cells.str.slice(1))
        if quoted.any():
            unquoted[column] = cells.where(~quoted, cells.str.slice(1))
    return frame.assign(**unquoted) if unquoted else frame


def table_frame(name: str, rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build a DataFrame with the declared columns of `name`, in order, then (for an open table)
    the rows' other columns in the order first seen, empty where a row has none.

    A row missing a declared column, or carrying an undeclared one in a closed table, is a bug: raise.
    """
    columns = TABLE_COLUMNS[name]
    records = list(rows)
    extra = list(dict.fromkeys(k for r in records for k in r if k not in columns)) if TABLES[name].open else []
    for record in records:
        missing = sorted(set(columns) - set(record))
        undeclared = sorted(set(record) - set(columns) - set(extra))
        if missing or undeclared:
            raise ValueError(f"table {name}: row has missing {missing} / extra {undeclared} columns")
    frame = pd.DataFrame.from_records(records, columns=columns + extra)
    return frame.fillna({c: "" for c in extra}) if extra else frame


def _with_integers(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """The frame with its integer columns as nullable integers, so they print as `450` or ``."""
    columns = [c for c in frame.columns if c in table.integers and frame[c].dtype != "Int64"]
    if not columns:
        return frame
    return frame.assign(**{c: pd.to_numeric(frame[c], errors="coerce").astype("Int64")
                           for c in columns})


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write a whole file through a temp file and a rename: readers see the old file or the new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; outputs are for everyone
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class TableWriter:
    """Write a table chunk by chunk into a temp file; rename it into place only on success.

    Streaming keeps memory flat (one document's rows at a time); the rename keeps the write
    atomic: a crash never leaves a half-written table, and the old table stays until then.
    """

    def __init__(self, name: str, out_dir: Path, extra_columns: Sequence[str] = ()) -> None:
        self.table = TABLES[name]
        if extra_columns and not self.table.open:
            raise ValueError(f"table {name}: no columns beyond {TABLE_COLUMNS[name]} allowed")
        self.columns = TABLE_COLUMNS[name] + list(extra_columns)
        self.target = out_dir / f"{name}.csv"
        out_dir.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
        self._handle = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
        pd.DataFrame(columns=self.columns).to_csv(self._handle, index=False, lineterminator="\n")

    def write(self, frame: pd.DataFrame) -> None:
        if list(frame.columns) != self.columns:
            raise ValueError(f"table {self.table.name}: columns {list(frame.columns)} != {self.columns}")
        safe = excel_safe(_with_integers(frame, self.table), self.table)
        # Python's csv quotes a field holding "\n" but not one holding a lone "\r", which every
        # reader takes for a line end: a chunk with one is written fully quoted.
        quoting = csv.QUOTE_ALL if _has_carriage_return(safe) else csv.QUOTE_MINIMAL
        safe.to_csv(self._handle, index=False, header=False, lineterminator="\n", quoting=quoting)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            self._handle.close()  # may itself fail on a full disk: the temp file goes all the same
            if exc_type is None:
                os.chmod(self._tmp, 0o644)
                os.replace(self._tmp, self.target)
        finally:
            Path(self._tmp).unlink(missing_ok=True)


def write_table(frame: pd.DataFrame, name: str, out_dir: Path) -> Path:
    """Write `frame` as out_dir/name.csv (UTF-8 with BOM, LF), atomically. Columns beyond the
    declared ones are kept, after them, for tables that allow them (documents)."""
    declared = TABLE_COLUMNS[name]
    if list(frame.columns)[:len(declared)] != declared:
        raise ValueError(f"table {name}: columns {list(frame.columns)} do not start with {declared}")
    with TableWriter(name, out_dir, list(frame.columns)[len(declared):]) as writer:
        writer.write(frame)
    return writer.target


def read_csv_text(path: Path) -> pd.DataFrame:
    """A CSV as written here or by an analyst: every cell a string, "" for empty, BOM dropped."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def read_table(name: str, out_dir: Path) -> pd.DataFrame:
    """Read out_dir/name.csv back with ids and text as strings and integer columns as integers."""
    path = out_dir / f"{name}.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path}: table not found; run the earlier stage first")
    return _with_integers(excel_unsafe(read_csv_text(path)), TABLES[name])


def load(run_dir: Path | str, names: Iterable[str] = tuple(TABLES)) -> dict[str, pd.DataFrame]:
    """The run's tables (those of `names` it has) as DataFrames with proper dtypes: ids and text as
    strings, offsets and counts as nullable integers, flags (`in_quote`, `hedged`) as booleans."""
    run_dir = Path(run_dir)
    tables = {}
    for name in names:
        if (run_dir / f"{name}.csv").exists():
            frame = read_table(name, run_dir)
            flags = {c: frame[c].astype("boolean") for c in TABLES[name].flags if c in frame.columns}
            tables[name] = frame.assign(**flags)
    return tables


def mark_failed(out_dir: Path, failures: Mapping[str, str]) -> None:
    """Record in documents.csv the documents a later stage could not process (status, error)."""
    documents = read_table("documents", out_dir)
    for doc_id, message in failures.items():
        documents.loc[documents["doc_id"] == doc_id, ["status", "error"]] = ["error", message]
    write_table(documents, "documents", out_dir)
