"""Ingest: detect a text file's encoding, decode it to text with LF line ends; metadata.csv.
Which files are inputs (and what a folder scan skipped): pipeline.scan and pipeline.adapters;
how other formats are read: pipeline.adapters.

Offsets everywhere point into the text returned here: the file decoded, BOM removed and
CRLF/CR turned into LF, exactly what Python's text mode would give.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# BOMs, longest first so UTF-32 is not mistaken for UTF-16.
_BOMS: list[tuple[bytes, str, str]] = [
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe", "utf-16", "utf-16-le"),
    (b"\xfe\xff", "utf-16", "utf-16-be"),
]
# Legacy Japanese encodings tried after UTF-8, scored by how Japanese the result looks.
_LEGACY_ENCODINGS = ("cp932", "euc_jp")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff5e\u3000-\u303f]")
# Control characters, and the private-use code points a wrong legacy decoding produces.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\uf8ff]")
# A UTF-8 file with at most this share of invalid bytes (one is always allowed) is decoded with
# U+FFFD in their place and its documents.csv row says how many; more is rejected.
MAX_INVALID_SHARE = 0.001


class IngestError(ValueError):
    """A file that cannot be read as text; the message names the problem."""


class MetadataError(ValueError):
    """A metadata.csv that cannot be used; the message names the file."""


@dataclass(frozen=True)
class Document:
    """One decoded input file; `invalid_bytes` were replaced by U+FFFD (the first at byte
    `first_invalid_byte`)."""

    doc_id: str
    source_path: str
    sha256: str
    encoding: str
    text: str
    invalid_bytes: int = 0
    first_invalid_byte: int | None = None


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, and how many bytes could not be (replaced by U+FFFD)."""

    text: str
    encoding: str
    invalid_bytes: int = 0
    first_invalid_byte: int | None = None


_SURROGATE = re.compile("[\udc80-\udcff]")


def _replace_invalid_utf8(raw: bytes) -> tuple[str, int, int]:
    """UTF-8 text with each invalid byte replaced by U+FFFD, how many, and the first's offset."""
    escaped = raw.decode("utf-8", errors="surrogateescape")
    bad = [match.start() for match in _SURROGATE.finditer(escaped)]
    first = len(escaped[:bad[0]].encode("utf-8", errors="surrogateescape"))
    return _SURROGATE.sub("\ufffd", escaped), len(bad), first


def _legacy(raw: bytes) -> Decoded | None:
    """The legacy Japanese decoding whose result looks most Japanese, if any decodes."""
    candidates: list[tuple[int, str, str]] = []
    for encoding in _LEGACY_ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((len(_JAPANESE.findall(text)), encoding, text))
    if not candidates:
        return None
    _, encoding, text = max(candidates, key=lambda c: c[0])
    return Decoded(_check_text(text), encoding)


def decode_bytes(raw: bytes) -> Decoded:
    """Decode raw file bytes, or raise IngestError saying why not. UTF-8 with a few invalid
    bytes (at most MAX_INVALID_SHARE of them, one always) is decoded with replacements."""
    if not raw.strip():
        raise IngestError("empty file" if not raw else "file holds only whitespace")
    for bom, encoding, name in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as err:
                raise IngestError(f"has a {encoding} BOM but does not decode at byte {err.start}: "
                                  f"{err.reason}") from err
            return Decoded(_check_text(text.lstrip("\ufeff")), name)
    if b"\x00" in raw:
        raise IngestError("binary file (NUL bytes and no UTF-16 BOM)")
    try:
        return Decoded(_check_text(raw.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    text, invalid, first = _replace_invalid_utf8(raw)
    if invalid <= max(1, int(len(raw) * MAX_INVALID_SHARE)):
        return Decoded(_check_text(text), "utf-8", invalid, first)
    legacy = _legacy(raw)
    if legacy is None:
        raise IngestError(f"not decodable as UTF-8 ({invalid} invalid bytes, the first at byte {first}), "
                          "UTF-16 (BOM), Shift_JIS/CP932 or EUC-JP")
    return legacy


def _check_text(text: str) -> str:
    """Normalize line ends to LF and reject text that is mostly control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError("file holds only whitespace")
    if len(_CONTROL.findall(text)) > max(3, len(text) // 100):
        raise IngestError("binary file (control characters in decoded text)")
    return text


def text_document(path: Path, raw: bytes) -> Document:
    """A plain-text file's bytes decoded; IngestError (not naming the file) if unusable."""
    decoded = decode_bytes(raw)
    return Document(doc_id=path.stem, source_path=str(path), sha256=hashlib.sha256(raw).hexdigest(),
                    encoding=decoded.encoding, text=decoded.text, invalid_bytes=decoded.invalid_bytes,
                    first_invalid_byte=decoded.first_invalid_byte)


def read_bytes(path: Path) -> bytes:
    """A file's bytes; IngestError naming the file and the way out when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as err:
        raise IngestError(f"{path}: cannot read ({err.strerror}); check its permissions") from err


def read_document(path: Path) -> Document:
    """Read and decode one text file; raise IngestError (message names the file) if unusable."""
    raw = read_bytes(path)
    try:
        return text_document(path, raw)
    except IngestError as err:
        raise IngestError(f"{path}: {err}") from err


METADATA_FILE = "metadata.csv"


def metadata_files(inputs: list[Path]) -> list[Path]:
    """The `metadata.csv` files of the input folders."""
    return [folder / METADATA_FILE for folder in inputs if folder.is_dir() and (folder / METADATA_FILE).is_file()]


def read_metadata(inputs: list[Path]) -> pd.DataFrame:
    """Document variables from `metadata.csv` in the input folders: `doc_id` plus any columns
    (date, source, party, `speaker` for unlabelled speeches). Raises MetadataError naming the file."""
    import pandas as pd  # here: finding inputs (for a rerun's fingerprint) needs no pandas

    from pipeline.tables import TABLE_COLUMNS, read_csv_text
    frames = []
    for path in metadata_files(inputs):
        try:
            frame = read_csv_text(path)
        except (ValueError, UnicodeDecodeError) as err:
            raise MetadataError(f"{path}: not a readable UTF-8 CSV: {err}") from err
        if "doc_id" not in frame.columns:
            raise MetadataError(f"{path}: needs a doc_id column (the file name without extension)")
        if frame["doc_id"].duplicated().any():
            raise MetadataError(f"{path}: doc_id {frame['doc_id'][frame['doc_id'].duplicated()].iloc[0]!r} twice")
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=["doc_id"])
    metadata = pd.concat(frames, ignore_index=True).drop_duplicates("doc_id", keep="last")
    declared = set(TABLE_COLUMNS["documents"])
    return metadata.rename(columns={c: f"meta_{c}" for c in metadata.columns if c in declared and c != "doc_id"})


def with_stated_variables(metadata: pd.DataFrame, stated: list[dict[str, str]]) -> pd.DataFrame:
    """Document variables: those the sources state (a meeting's house, meeting, date), then
    metadata.csv's columns; where both give a value for a document, metadata.csv's wins."""
    import pandas as pd
    if not stated:
        return metadata
    given = pd.DataFrame(stated).set_index("doc_id")
    own = metadata.set_index("doc_id").replace("", pd.NA)
    merged = own.combine_first(given)
    columns = list(dict.fromkeys([*given.columns, *own.columns]))
    return merged[columns].fillna("").rename_axis("doc_id").reset_index()


def unmatched_metadata(inputs: list[Path], doc_ids: Iterable[str]) -> list[str]:
    """One warning per metadata.csv doc_id that matches none of the documents read (`doc_ids`:
    every document's, those that failed too)."""
    from pipeline.tables import read_csv_text
    found = set(doc_ids)
    return [f"{path}: doc_id {doc_id!r} matches no input file, its row is unused"
            for path in metadata_files(inputs) for doc_id in read_csv_text(path).get("doc_id", [])
            if doc_id not in found]
