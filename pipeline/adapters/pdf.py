"""PDF minutes (.pdf), as many city assemblies publish them: the text of each page, line by
line, pages one after the other. The page's line breaks stay: segment joins a hard-wrapped line
inside a sentence (`sentences.soft_line_breaks`), and the minutes' `○議長（…）` labels start turns
as in a .txt. A running header or footer (`令和5年第3回定例会`, the page number) is dropped.

pdfminer.six reads Japanese fonts that carry no Unicode map (predefined CMaps, Adobe-Japan1)
and orders lines by their place on the page, vertical ones too (`detect_vertical`); pypdf gave
mojibake for such fonts and put a page's header and footer where they were drawn.
"""
from __future__ import annotations

import hashlib
import io
import logging
import re
import unicodedata
from collections import Counter
from pathlib import Path

from pipeline.adapters.base import ReadOptions, Source
from pipeline.ingest import IngestError

# Lines this close to a page's top or bottom may be a running header or footer ...
EDGE_LINES = 3
# ... when the same line (digits aside: page numbers) stands there on at least this share of pages.
RUNNING_SHARE = 0.5
_DIGITS = re.compile(r"[0-9０-９]+")
_PAGE_NUMBER = re.compile(r"[\s\-－―‐−ー(（]*#[\s\-－―‐−ー)）/／#]*(?:頁|ページ|page)?", re.IGNORECASE)
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
# Kanji a font maps to a look-alike radical (Noto CJK in Chromium, Word): 長 as ⻑ U+2ED1.
# Kangxi radicals (U+2F00–U+2FD5) have NFKC forms; these CJK Radicals Supplement ones do not.
_RADICALS = str.maketrans("⺠⻄⻆⻑⻘⻝⻤⻨⻩⻫⻭⻯⻲", "民西角長青食鬼麦黄斉歯竜亀")
_KANGXI = re.compile("[\u2f00-\u2fd5\u2e9f\u2ef3]")
# A space the extractor put between two Japanese characters (a justified line's stretched
# gaps); one after a closing bracket stays (a label's end: `○議長（山田一郎君） これより`).
_JA = "\u3005\u3006\u3041-\u30ff\u4e00-\u9fff\uff10-\uff19、。「（"
_INSERTED_SPACE = re.compile(rf"(?<=[{_JA}]) +(?=[{_JA}」）])")


def clean_line(line: str) -> str:
    """A text line as extracted, with radicals standing for kanji read as the kanji and the spaces
    a justified line's gaps put between Japanese characters removed."""
    line = _KANGXI.sub(lambda m: unicodedata.normalize("NFKC", m.group()), line).translate(_RADICALS)
    return _INSERTED_SPACE.sub("", line).strip()


def page_lines(raw: bytes) -> list[list[str]]:
    """Each page's text lines in reading order; IngestError for a file pdfminer cannot open."""
    from pdfminer.high_level import extract_pages  # here: finding inputs needs no pdfminer
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings are no user's business
    pages: list[list[str]] = []
    try:
        for page in extract_pages(io.BytesIO(raw), laparams=LAParams(detect_vertical=True)):
            lines = [line.get_text() for box in page if isinstance(box, LTTextContainer)
                     for line in (box if not isinstance(box, LTTextLine) else [box])]
            pages.append([text for line in lines if (text := clean_line(line))])
    except (PDFPasswordIncorrect, PDFEncryptionError) as err:
        raise IngestError(f"encrypted PDF ({type(err).__name__}); save it without a password first") from err
    except (PDFSyntaxError, PSException) as err:
        raise IngestError(f"not a readable PDF: {err or type(err).__name__}") from err
    except Exception as err:  # pdfminer asserts on some damaged files: still this file's problem only
        raise IngestError(f"not a readable PDF ({type(err).__name__}: {err})") from err
    return pages


def running_lines(pages: list[list[str]]) -> frozenset[str]:
    """Lines (digits as `#`) near the top or bottom of at least RUNNING_SHARE of the pages: a
    running header, footer or page number. A page number may repeat from two pages on; a title
    from three (on two pages, a chair's `起立多数であります` may stand at both edges); a line that
    ends a sentence (`。`) is speech, never a running line."""
    edges = Counter(key for lines in pages
                    for key in {_DIGITS.sub("#", line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]}
                    if not key.rstrip().endswith(_SENTENCE_ENDS))
    least = RUNNING_SHARE * len(pages)
    return frozenset(key for key, n in edges.items()
                     if n >= max(least, 2 if _PAGE_NUMBER.fullmatch(key) else 3))


def pdf_text(raw: bytes) -> str:
    """The pages' lines without running headers and footers, a line break between pages."""
    pages = page_lines(raw)
    running = running_lines(pages)

    def kept(lines: list[str]) -> list[str]:
        edge = set(range(EDGE_LINES)) | set(range(len(lines) - EDGE_LINES, len(lines)))
        return [line for i, line in enumerate(lines) if i not in edge or _DIGITS.sub("#", line) not in running]

    return "\n".join(line for lines in pages for line in kept(lines))


def read(path: Path, raw: bytes, options: ReadOptions) -> list[Source]:
    """One document of a PDF's text; its turns are found as in a transcript."""
    text = pdf_text(raw)
    if not text:
        raise IngestError("no text in the PDF (scanned pages are images: run OCR on it first)")
    return [Source(doc_id=path.stem, source_path=str(path), sha256=hashlib.sha256(raw).hexdigest(),
                   encoding="pdf", text=text)]
