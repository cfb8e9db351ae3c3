"""Merge: the shards' table parts (pipeline.shards) joined, in document order, into exactly the tables
a local run writes; then key points, which need every claim of the corpus, grouped over all shards.

A table's rows are written one by one (the same writer, the same columns in every shard), so a row's
bytes do not depend on its neighbours and the parts are concatenated as bytes. Ids are per document,
counts in documents.csv per document: nothing needs renumbering but the key points.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pipeline.encoder import Encoder
from pipeline.extract.stage import write_claims_and_keypoints
from pipeline.shards import read_records
from pipeline.tables import TableWriter, read_table

PART_TABLES = ("documents", "turns", "sentences", "tokens", "entities", "relations", "arguments")


def concatenate(name: str, folders: Sequence[Path], out_dir: Path) -> Path:
    """out_dir/NAME.csv from the shards' parts: one header, then every part's rows as they are
    (through a temp file and a rename, like every table)."""
    target = out_dir / f"{name}.csv"
    if not folders:
        with TableWriter(name, out_dir):
            return target
    handle, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
    try:
        with os.fdopen(handle, "wb") as out:
            header = b""
            for folder in folders:
                with open(folder / f"{name}.csv", "rb") as part:
                    first = part.readline()
                    if header and first != header:
                        raise ValueError(f"{folder / name}.csv: its columns differ from the first shard's")
                    if not header:
                        header = first
                        out.write(first)
                    shutil.copyfileobj(part, out, 1 << 20)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def merge_shards(folders: Sequence[Path], out_dir: Path, cache_dir: Path, *, threads: int = 1) -> int:
    """Write the corpus's tables from the shards' folders (in document order); returns the number
    of key points. Embeddings come from the shared cache, where pipeline.cluster put what the
    workers computed; a text missing there (a cache removed by hand) is embedded here."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in PART_TABLES:
        concatenate(name, folders, out_dir)
    records = [record for folder in folders for record in read_records(folder)]
    embeddings = Encoder(cache_dir=cache_dir / "embeddings", threads=threads).encode([r.text for r in records])
    n_keypoints = write_claims_and_keypoints(out_dir, (read_table("claims", folder) for folder in folders),
                                             records, embeddings)
    print(f"merge: {len(folders)} shard(s), {len(records)} claims, {n_keypoints} key points", file=sys.stderr)
    return n_keypoints
