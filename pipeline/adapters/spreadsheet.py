"""Spreadsheets of utterances (.csv, .xlsx) as KH Coder users prepare them: a header row, then
one row per utterance with a text column, an optional speaker column (and time column), and
any other named columns, which become turn variables (会派, 日付…).

Columns are named by `--text-column` / `--speaker-column` or detected from common Japanese and
English headers. Consecutive rows of one speaker with the same variables form one turn, each
row a paragraph of it; a row without a speaker is narration.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from pipeline.adapters.base import (
    ReadOptions,
    Source,
    Utterance,
    clean,
    structured_source,
)
from pipeline.ingest import IngestError, decode_bytes

# Headers recognised, in order of preference (compared lower-cased, without spaces or `_`).
TEXT_HEADERS = ("発言", "発言内容", "本文", "テキスト", "text", "内容", "発話", "utterance", "speech", "content",
                "body")
SPEAKER_HEADERS = ("発言者", "話者", "発話者", "speaker", "氏名", "名前", "name")
TIME_HEADERS = ("時刻", "タイムスタンプ", "timestamp", "time")


@dataclass(frozen=True)
class Columns:
    """Where a sheet keeps each thing: column indexes (None when absent) and header names."""

    header: tuple[str, ...]
    text: int
    speaker: int | None
    time: int | None

    @property
    def variables(self) -> list[int]:
        return [i for i, name in enumerate(self.header) if name and i not in (self.text, self.speaker, self.time)]


def _key(header: str) -> str:
    return header.lower().replace(" ", "").replace("　", "").replace("_", "")


def _find(header: Sequence[str], flag: str, known: Sequence[str], what: str) -> int | None:
    """The column the flag names (an error if missing), else the first known header present."""
    keys = [_key(h) for h in header]
    if flag:
        if _key(flag) not in keys:
            raise IngestError(f"no {what} column {flag!r} (columns: {', '.join(header)})")
        return keys.index(_key(flag))
    return next((keys.index(_key(k)) for k in known if _key(k) in keys), None)


def find_columns(header: Sequence[str], options: ReadOptions) -> Columns:
    """Detect (or take from the flags) the text, speaker and time columns of a header row."""
    text = _find(header, options.text_column, TEXT_HEADERS, "text")
    if text is None and len(header) == 1:
        text = 0
    if text is None:
        raise IngestError(f"no text column among {', '.join(header)} (name one with --text-column; "
                          f"detected: {', '.join(TEXT_HEADERS)})")
    return Columns(tuple(header), text, _find(header, options.speaker_column, SPEAKER_HEADERS, "speaker"),
                   _find(header, "", TIME_HEADERS, "time"))


def utterances(rows: Sequence[Sequence[str]], options: ReadOptions) -> list[Utterance]:
    """Turns of a sheet's rows (the first non-empty row is the header)."""
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise IngestError("no rows")
    columns = find_columns([clean(h) for h in rows[0]], options)
    records = []
    for row in rows[1:]:
        cells = [clean(c) for c in row] + [""] * (len(columns.header) - len(row))
        if cells[columns.text]:
            records.append((cells[columns.speaker] if columns.speaker is not None else "",
                            {columns.header[i]: cells[i] for i in columns.variables},
                            cells[columns.time] if columns.time is not None else "", cells[columns.text]))
    how = f"spreadsheet column {columns.header[columns.speaker]}" if columns.speaker is not None else "spreadsheet"
    turns = []
    for (speaker, _), group in groupby(records, key=lambda r: (r[0], sorted(r[1].items()))):
        members = list(group)
        turns.append(Utterance(speaker, "\n\n".join(r[3] for r in members), timestamp=members[0][2], cue=how,
                               variables=members[0][1]))
    return turns


def _cell(value: object) -> str:
    """An Excel cell as text: integers without `.0`, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def read_csv(path: Path, raw: bytes, options: ReadOptions) -> list[Source]:
    """A CSV of utterances (UTF-8 with or without BOM, Shift_JIS as Excel saves it, …)."""
    decoded = decode_bytes(raw)
    try:
        rows = list(csv.reader(io.StringIO(decoded.text)))
    except csv.Error as err:
        raise IngestError(f"not a readable CSV: {err}") from err
    return [structured_source(path, raw, decoded, utterances(rows, options))]


def read_xlsx(path: Path, raw: bytes, options: ReadOptions) -> list[Source]:
    """The first sheet of an Excel workbook of utterances."""
    from openpyxl import load_workbook  # here: finding inputs needs no openpyxl
    from openpyxl.utils.exceptions import InvalidFileException
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        rows = [[_cell(v) for v in row] for row in book.worksheets[0].iter_rows(values_only=True)]
    except (zipfile.BadZipFile, InvalidFileException, KeyError, IndexError, ValueError) as err:
        raise IngestError(f"not an Excel .xlsx workbook: {err}") from err
    return [structured_source(path, raw, "xlsx", utterances(rows, options))]
