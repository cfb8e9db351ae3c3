"""Saved web pages (.html, .htm): a press conference as the ministry, the Kantei or a prefecture
publishes it. The page's main text becomes the document text, laid out as a transcript (a block
element a line, a paragraph a blank line), so the transcript rules find the `（問）`, `【記者】`,
`Q1`, `○知事` labels as in a .txt. Site furniture (script, style, navigation, header, footer,
side columns, menus, breadcrumbs) is left out; when the page marks its main content (`<main>`,
`<article>`, `role="main"`, a CMS's `id="main"`), only that is kept, with its own header.

The stdlib `html.parser` suffices: it never fails on broken markup, unescapes entities, and the
few rules above are all a transcript needs (no readability heuristics that might drop turns).
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from pipeline.adapters.base import ReadOptions, Source
from pipeline.ingest import Decoded, IngestError, decode_bytes

# Elements whose content is never the page's text.
_SKIPPED_TAGS = frozenset("script style noscript template title nav header footer aside form select button "
                          "iframe svg canvas object".split())
# Menus and breadcrumbs written as plain divs: a token of the class or id, or an ARIA role.
# Whole class/id tokens only: `layout-with-sidebar` or `side-by-side` wrap content.
_SKIPPED_NAMES = frozenset("nav navi gnav lnav snav globalnav localnav subnav menu menubar breadcrumb breadcrumbs "
                           "pankuzu topicpath sidebar sidenav side header footer skip pagetop sns share social "
                           "global-nav global-navi g-nav main-nav site-nav side-nav sub-nav local-nav bread-crumb "
                           "site-header site-footer l-header l-footer page-top pagetop-link sns-share skip-link".split())
_PAGE_TAGS = frozenset(("html", "body", "main"))
_ARTICLE_PARTS = frozenset(("header", "footer"))
_SKIPPED_ROLES = frozenset("navigation banner contentinfo complementary search menu menubar".split())
# Where a page says its main content is (government CMSs: `tmp_contents`, `main_body`…).
_MAIN_IDS = frozenset("main main-content maincontent main_content main-contents contents_main tmp_contents "
                      "main_body mainbody".split())
_PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 blockquote pre table ul ol dl section article main figure "
                            "address hr".split())
_LINE_TAGS = frozenset("br div li tr dt dd caption figcaption details summary".split())
_CELL_TAGS = frozenset(("td", "th"))
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())

# Markers for the layout while text is collected: source white space is collapsed around them.
_LINE, _PARAGRAPH, _CELL = "\x1e", "\x1d", "\x1f"
_CJK = "\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_SOURCE_NEWLINE = re.compile(rf"(?<=[{_CJK}])[ \t\r\f\n\xa0]*\n[ \t\r\f\n\xa0]*(?=[{_CJK}])")
_SPACES = re.compile(r"[ \t\r\f\n\xa0]+")
_MARKS = re.compile(rf"[ \xa0]*[{_LINE}{_PARAGRAPH}{_CELL}][{_LINE}{_PARAGRAPH}{_CELL} \xa0]*")
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
                       rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# A page declared Shift_JIS is in practice Windows' superset (①, ～, NEC kanji).
_LATIN_CODECS = frozenset({"iso8859-1", "cp1252", "ascii", "iso8859-15"})
_CODEC_FOR = {"shift_jis": "cp932", "x-sjis": "cp932", "sjis": "cp932", "ms_kanji": "cp932", "windows-31j": "cp932"}


@dataclass
class _Open:
    """An open element: its tag, and whether its text is skipped or inside the main content."""

    tag: str
    skipped: bool
    main: bool


def _is_furniture(tag: str, attrs: dict[str, str], in_main: bool) -> bool:
    """Navigation, header, footer, menus and breadcrumbs, by tag, role, class or id. The main
    content's own header or footer (an article's title, date) is text; the page is never skipped."""
    if tag in _PAGE_TAGS or in_main and tag in _ARTICLE_PARTS:
        return False
    if tag in _SKIPPED_TAGS or attrs.get("role", "").lower() in _SKIPPED_ROLES:
        return True
    if attrs.get("hidden") is not None or attrs.get("aria-hidden", "").lower() == "true":
        return True
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()
    return bool(_SKIPPED_NAMES.intersection(names.split()))


def _is_main(tag: str, attrs: dict[str, str]) -> bool:
    """Where the page says its own content is: what an analyst saved the page for."""
    return (tag in ("main", "article") or attrs.get("role", "").lower() == "main"
            or attrs.get("id", "").lower() in _MAIN_IDS)


class _TextParser(HTMLParser):
    """Collects the text outside site furniture, with layout markers, all of it and the main
    content's part apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = [_Open("", False, False)]
        self.all_text: list[str] = []
        self.main_text: list[str] = []
        self.pre = 0

    def _emit(self, text: str) -> None:
        top = self.stack[-1]
        if top.skipped:
            return
        self.all_text.append(text)
        if top.main:
            self.main_text.append(text)

    def _mark(self, tag: str) -> None:
        if tag in _PARAGRAPH_TAGS:
            self._emit(_PARAGRAPH)
        elif tag in _LINE_TAGS:
            self._emit(_LINE)
        elif tag in _CELL_TAGS:
            self._emit(_CELL)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "br" or tag not in _VOID_TAGS:
            self._mark(tag)
        if tag in _VOID_TAGS:
            return
        top, main = self.stack[-1], _is_main(tag, values)
        self.stack.append(_Open(tag, top.skipped or (_is_furniture(tag, values, top.main) and not main),
                                top.main or main))
        self.pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS or all(open_.tag != tag for open_ in self.stack[1:]):
            return  # a stray end tag
        while True:  # elements left open inside it close with it
            closed = self.stack.pop()
            self.pre -= closed.tag == "pre"
            if closed.tag == tag:
                break
        self._mark(tag)

    def handle_data(self, data: str) -> None:
        self._emit(data.replace("\n", _LINE) if self.pre else data)


def _laid_out(parts: list[str]) -> str:
    """Collected text with source white space collapsed (a source line break between Japanese
    characters is nothing, as in a browser's CJK rendering) and the markers as line breaks."""
    text = _SOURCE_NEWLINE.sub("", "".join(parts))
    text = _SPACES.sub(" ", text)

    def layout(match: re.Match[str]) -> str:
        marks = match.group()
        if _PARAGRAPH in marks:
            return "\n\n"
        return "\n" if _LINE in marks else "　"

    text = _MARKS.sub(layout, text)
    return "\n".join(line.strip(" ") for line in text.split("\n")).strip()


def page_text(html: str) -> str:
    """The page's main text (see the module docstring); empty when it holds none."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    main, everything = _laid_out(parser.main_text), _laid_out(parser.all_text)
    # the marked content, unless it is a teaser beside the transcript (`<article class="card">`)
    return main if len(main) * 2 >= len(everything) else everything


def _codec(name: bytes) -> str | None:
    """The Python codec of a declared charset, if Python knows it."""
    label = name.decode("ascii", "replace").strip().lower()
    try:
        return _CODEC_FOR.get(label) or codecs.lookup(label).name
    except LookupError:
        return None


def decode_page(raw: bytes) -> Decoded:
    """The page decoded by the charset it declares; when it declares none, or a
    wrong one, as ingest decodes a text file (UTF-8, then Shift_JIS/CP932 or EUC-JP); a BOM or
    NUL bytes (UTF-16, a binary file) are left to ingest too."""
    declared = _DECLARED.search(raw[:8192])
    codec = _codec(declared.group(1) or declared.group(2)) if declared else None
    if codec in _LATIN_CODECS:
        codec = None  # a Latin charset decodes any bytes: a Japanese page declaring one is mislabelled
    if codec and not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in raw:
        try:
            return Decoded(raw.decode(codec).replace("\r\n", "\n").replace("\r", "\n"), codec)
        except UnicodeDecodeError:
            pass
    return decode_bytes(raw)


def read(path: Path, raw: bytes, options: ReadOptions) -> list[Source]:
    """One document of a saved page's main text; its turns are found as in a transcript."""
    decoded = decode_page(raw)
    text = page_text(decoded.text)
    if not text:
        raise IngestError("no text in the page (outside navigation, header and footer)")
    return [Source(doc_id=path.stem, source_path=str(path), sha256=hashlib.sha256(raw).hexdigest(),
                   encoding=decoded.encoding, text=text, invalid_bytes=decoded.invalid_bytes,
                   first_invalid_byte=decoded.first_invalid_byte)]
