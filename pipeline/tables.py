"""Output tables: each declared once (name, columns in order), validated and written atomically.

The column lists are the contract of ../shared/TABLES.md: extend, never rename.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

TABLE_COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "source_path", "sha256", "encoding", "n_chars", "n_turns",
                  "n_sentences", "n_claims", "status", "error"],
    "turns": ["doc_id", "turn_id", "speaker", "role", "label_start", "label_end",
              "start", "end", "text", "label", "timestamp", "cue"],
    "sentences": ["doc_id", "sent_id", "turn_id", "speaker", "start", "end", "text", "in_quote",
                  "paragraph"],
    "tokens": ["doc_id", "sent_id", "token_id", "start", "end", "text", "lemma", "norm", "pos",
               "tag", "inflection", "dep", "head_token_id", "bunsetu_id", "ent_type"],
    "entities": ["doc_id", "sent_id", "start", "end", "text", "label"],
    "claims": ["doc_id", "claim_id", "role", "sent_id", "turn_id", "speaker", "holder", "start",
               "end", "text", "frame", "type", "polarity", "hedged", "target", "standard", "cue",
               "keypoint_id", "question_turn_id", "codes"],
    "relations": ["doc_id", "relation_id", "source_id", "target_id", "label", "cue"],
    "arguments": ["doc_id", "argument_id", "scheme", "conclusion_id", "premise_ids",
                  "source_domain", "target_domain", "cue"],
    "keypoints": ["keypoint_id", "label", "n_claims", "n_docs", "holders", "claim_ids"],
    "codes_by_holder": ["variable", "value", "code", "n_units", "n_total", "share"],
    "kwic": ["doc_id", "speaker", "start", "end", "left", "keyword", "right"],
}
# Tables that may carry more columns after the declared ones (documents: the analyst's
# document variables from metadata.csv).
OPEN_TABLES = {"documents"}

# Columns read back as integers; everything else stays a string ("" for missing).
INT_COLUMNS = {"n_chars", "n_turns", "n_sentences", "n_claims", "label_start", "label_end",
               "start", "end", "token_id", "head_token_id", "bunsetu_id", "hedged",
               "n_docs", "paragraph", "n_units", "n_total"}


def table_frame(name: str, rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build a DataFrame with exactly the declared columns of `name`, in order.

    A row missing a declared column, or carrying an undeclared one, is a bug: raise.
    """
    columns = TABLE_COLUMNS[name]
    records = list(rows)
    for record in records:
        if set(record) != set(columns):
            missing = sorted(set(columns) - set(record))
            extra = sorted(set(record) - set(columns))
            raise ValueError(f"table {name}: row has missing {missing} / extra {extra} columns")
    return pd.DataFrame.from_records(records, columns=columns)


class TableWriter:
    """Write a table chunk by chunk into a temp file; rename it into place only on success.

    Streaming keeps memory flat (one document's rows at a time); the rename keeps the write
    atomic: a crash never leaves a half-written table, and the old table stays until then.
    """

    def __init__(self, name: str, out_dir: Path, extra_columns: Sequence[str] = ()) -> None:
        if extra_columns and name not in OPEN_TABLES:
            raise ValueError(f"table {name}: no columns beyond {TABLE_COLUMNS[name]} allowed")
        self.name = name
        self.columns = TABLE_COLUMNS[name] + list(extra_columns)
        self.target = out_dir / f"{name}.csv"
        out_dir.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
        self._handle = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
        pd.DataFrame(columns=self.columns).to_csv(self._handle, index=False, lineterminator="\n")

    def write(self, frame: pd.DataFrame) -> None:
        if list(frame.columns) != self.columns:
            raise ValueError(f"table {self.name}: columns {list(frame.columns)} != {self.columns}")
        frame.to_csv(self._handle, index=False, header=False, lineterminator="\n")

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._handle.close()
        if exc_type is None:
            os.chmod(self._tmp, 0o644)  # mkstemp makes it private; tables are for everyone
            os.replace(self._tmp, self.target)
        else:
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


def read_table(name: str, out_dir: Path) -> pd.DataFrame:
    """Read out_dir/name.csv back with ids and text as strings and offsets as integers."""
    path = out_dir / f"{name}.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path}: table not found; run the earlier stage first")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    for column in frame.columns:
        if column in INT_COLUMNS:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    return frame
