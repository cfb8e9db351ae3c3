"""Input adapters: one reader per file suffix, each giving the documents (with the turns and
variables it knows) that segment works on. Plain text goes through pipeline.ingest; Diet API
answers, subtitles, spreadsheets, Word files, web pages and PDFs through their modules here.

Readers import their heavy libraries (openpyxl, python-docx, pdfminer.six) only when they read, so finding
inputs for a rerun's fingerprint stays cheap.
"""
from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path, PurePath

from pipeline.adapters import diet, html, pdf, spreadsheet, subtitles, word
from pipeline.adapters.base import ReadOptions, Source
from pipeline.ingest import METADATA_FILE, IngestError, read_bytes, text_document
from pipeline.scan import InputScan
from pipeline.scan import scan_inputs as _scan

__all__ = ["MANY_DOCUMENTS", "READERS", "InputScan", "ReadOptions", "Source", "find_inputs", "is_input", "read_file",
           "read_sources", "scan_inputs"]

Reader = Callable[[Path, bytes, ReadOptions], list[Source]]


def _plain(path: Path, raw: bytes, options: ReadOptions) -> list[Source]:
    """A .txt/.md file, decoded by ingest; segment finds its turns from its labels."""
    return [Source(**asdict(text_document(path, raw)))]


READERS: dict[str, Reader] = {
    ".txt": _plain, ".md": _plain,
    ".json": diet.read_json, ".xml": diet.read_xml,
    ".srt": subtitles.read, ".vtt": subtitles.read,
    ".csv": spreadsheet.read_csv, ".xlsx": spreadsheet.read_xlsx,
    ".docx": word.read,
    ".html": html.read, ".htm": html.read,
    ".pdf": pdf.read,
}
# The suffixes whose files may hold several documents, each named `NAME_…` (diet: a document per
# meeting, `NAME_issueID`); every other file is one document named after the file (`NAME`).
MANY_DOCUMENTS = frozenset({".json", ".xml"})


def is_input(path: Path | PurePath) -> bool:
    """A file of a known suffix, not an input folder's metadata.csv nor Office's `~$` lock file."""
    return path.suffix.lower() in READERS and path.name != METADATA_FILE and not path.name.startswith("~$")


def scan_inputs(inputs: Iterable[Path]) -> InputScan:
    """Expand files and folders (recursively) into the sorted files some reader takes, with a
    warning for each entry skipped (pipeline.scan); IngestError when there is none."""
    return _scan(inputs, is_input, READERS)


def find_inputs(inputs: Iterable[Path]) -> list[Path]:
    """The input files of scan_inputs, without its warnings."""
    return list(scan_inputs(inputs).files)


def read_file(path: Path, options: ReadOptions = ReadOptions()) -> list[Source]:
    """The documents of one file; IngestError naming the file when it cannot be read."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise IngestError(f"{path}: unknown input type (known: {' '.join(READERS)})")
    raw = read_bytes(path)  # IngestError naming the file and the way out
    try:
        return reader(path, raw, options)
    except IngestError as err:
        raise IngestError(f"{path}: {err}") from err
    except (ValueError, KeyError, TypeError, AttributeError, zipfile.BadZipFile) as err:
        # a record of an unexpected shape (a list where an object belongs…): this file only
        raise IngestError(f"{path}: not a readable {path.suffix} file: {type(err).__name__}: {err}") from err


def read_sources(paths: Iterable[Path], options: ReadOptions = ReadOptions()) -> Iterator[Source | tuple[Path, str]]:
    """Yield each document of each file, or (path, error message) for a file that cannot be read."""
    for path in paths:
        try:
            yield from read_file(path, options)
        except IngestError as err:
            yield path, str(err)
