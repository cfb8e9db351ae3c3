"""Word documents (.docx): the body's paragraphs as lines, so a transcript's rules apply to it
as to a .txt (labels, narration, roles); an empty paragraph is a blank line."""
from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from pipeline.adapters.base import ReadOptions, Source, clean
from pipeline.ingest import IngestError


def docx_text(raw: bytes) -> str:
    """The body's paragraphs, one per line (a manual line break inside one stays a line break)."""
    from docx import (
        Document as WordDocument,  # here: finding inputs needs no python-docx
    )
    from docx.opc.exceptions import PackageNotFoundError
    try:
        paragraphs = WordDocument(io.BytesIO(raw)).paragraphs
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as err:
        raise IngestError(f"not a Word .docx document: {err}") from err
    return "\n".join(p.text for p in paragraphs)


def read(path: Path, raw: bytes, options: ReadOptions) -> list[Source]:
    """One document of a .docx file's text; its turns are found as in a transcript."""
    text = clean(docx_text(raw))
    if not text:
        raise IngestError("no text in the document body")
    return [Source(doc_id=path.stem, source_path=str(path), sha256=hashlib.sha256(raw).hexdigest(),
                   encoding="docx", text=text)]
