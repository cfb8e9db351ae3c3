"""Merge: the shards' table parts (pipeline.shards) joined, in document order, into exactly the tables
a local run writes; then key points, which need every claim of the corpus, grouped over all shards.

A table's rows are written one chunk at a time (the same writer, the same columns in every shard), so a
row's bytes do not depend on its neighbours and the parts are concatenated as bytes. Two things a local
run decides over a whole table are decided here again, row by row through the csv module (the writer
pandas uses): the open tables' extra columns (documents: the variables the sources stated, in the order
first stated over the corpus, then metadata.csv's; turns: the turn variables in the order first seen),
which a shard knows only for its own documents; and quoting, which is every cell's for a table written
in one chunk when any cell holds a carriage return (pipeline.tables). Ids are per document, counts in
documents.csv per document: nothing needs renumbering but the key points.
"""
from __future__ import annotations

import csv
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from pipeline.encoder import Encoder
from pipeline.extract.stage import write_claims_and_keypoints
from pipeline.shards import read_records
from pipeline.tables import TABLE_COLUMNS, TABLES, TableWriter, read_table

PART_TABLES = ("documents", "turns", "sentences", "tokens", "entities", "relations", "arguments")
# What a local run writes in one chunk (its quoting is the whole table's; claims too, see _claim_parts);
# the others are written one document at a time, as in a shard.
WHOLE_TABLES = frozenset({"documents", "turns", "sentences"})
CSV_FIELD_LIMIT = 2**31 - 1  # a turn's text may be a whole long document


def document_columns(stated: Iterable[Sequence[str]], metadata_columns: Sequence[str]) -> list[str]:
    """documents.csv's columns after the declared ones, as a local run has them (ingest.with_stated_variables):
    the document variables the sources stated, in the order first stated (`stated`: each shard's, in
    order), then metadata.csv's other columns."""
    given = list(dict.fromkeys(name for names in stated for name in names))
    return given + [name for name in metadata_columns if name not in given]


def _header(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle))


def has_carriage_return(path: Path) -> bool:
    """True when a cell of the table holds a CR (the header aside): its writer then quoted every cell."""
    with open(path, "rb") as handle:
        handle.readline()
        return any(b"\r" in block for block in iter(lambda: handle.read(1 << 20), b""))


@contextmanager
def _replacing(target: Path) -> Iterator[Path]:
    """A temp file beside `target`, renamed onto it on success (as every table is written)."""
    handle, temp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        yield Path(temp)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def concatenate(name: str, folders: Sequence[Path], out_dir: Path, extra_columns: Sequence[str] | None = None) -> Path:
    """out_dir/NAME.csv from the shards' parts. `extra_columns`: an open table's columns after the
    declared ones (default: those of the parts, in the order first seen). As bytes (one header, then
    every part's rows as they are) when the parts agree on columns and quoting, else row by row."""
    target = out_dir / f"{name}.csv"
    if not folders:
        with TableWriter(name, out_dir, extra_columns or ()):
            return target
    parts = [folder / f"{name}.csv" for folder in folders]
    headers = [_header(part) for part in parts]
    declared = TABLE_COLUMNS[name]
    if extra_columns is None:
        extra_columns = list(dict.fromkeys(c for header in headers for c in header[len(declared):]))
    columns = declared + list(extra_columns)
    if any(header[:len(declared)] != declared or not set(header) <= set(columns) for header in headers):
        raise ValueError(f"{name}.csv: a shard's columns are not the table's ({TABLES[name].name})")
    quote_all = name in WHOLE_TABLES and any(has_carriage_return(part) for part in parts)
    with _replacing(target) as temp:
        if not quote_all and all(header == columns for header in headers):
            with open(temp, "wb") as out:
                for number, part in enumerate(parts):
                    with open(part, "rb") as handle:
                        first = handle.readline()
                        out.write(b"" if number else first)
                        shutil.copyfileobj(handle, out, 1 << 20)
        else:
            _rewrite(temp, parts, columns, csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    return target


def _rewrite(temp: Path, parts: Sequence[Path], columns: list[str], quoting: int) -> None:
    """The parts' rows in `columns` (a column a part lacks is empty there, as a local run fills it),
    written as TableWriter writes: UTF-8 with BOM, LF, pandas' header, the csv module's quoting."""
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    with open(temp, "w", encoding="utf-8-sig", newline="") as text:
        pd.DataFrame(columns=columns).to_csv(text, index=False, lineterminator="\n")
        writer = csv.writer(text, lineterminator="\n", quoting=quoting)
        for part in parts:
            with open(part, encoding="utf-8-sig", newline="") as handle:
                reader = csv.reader(handle)
                where = {column: n for n, column in enumerate(next(reader))}
                picks = [where.get(column) for column in columns]
                writer.writerows([row[n] if n is not None else "" for n in picks] for row in reader)


def _claim_parts(folders: Sequence[Path]) -> Iterator[pd.DataFrame]:
    """The shards' claims in document order: a part each, or all in one when a cell holds a CR
    (a local run writes claims in one chunk, so its quoting is the table's)."""
    parts = (read_table("claims", folder) for folder in folders)
    if any(has_carriage_return(folder / "claims.csv") for folder in folders):
        yield pd.concat(list(parts), ignore_index=True)
    else:
        yield from parts


def merge_shards(folders: Sequence[Path], out_dir: Path, cache_dir: Path, *, document_variables: Sequence[str],
                 threads: int = 1) -> int:
    """Write the corpus's tables from the shards' folders (in document order); returns the number
    of key points. `document_variables`: documents.csv's columns after the declared ones
    (`document_columns`). Embeddings come from the shared cache, where pipeline.cluster put what
    the workers computed; a text missing there (a cache removed by hand) is embedded here."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in PART_TABLES:
        concatenate(name, folders, out_dir, document_variables if name == "documents" else None)
    records = [record for folder in folders for record in read_records(folder)]
    embeddings = Encoder(cache_dir=cache_dir / "embeddings", threads=threads).encode([r.text for r in records])
    n_keypoints = write_claims_and_keypoints(out_dir, _claim_parts(folders), records, embeddings)
    print(f"merge: {len(folders)} shard(s), {len(records)} claims, {n_keypoints} key points", file=sys.stderr)
    return n_keypoints
