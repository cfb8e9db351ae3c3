"""Where an over-long sentence is cut before it reaches the parser.

GiNZA's time per character grows with sentence length (its bunsetu clause pass is about cubic:
measured here, a comma-chained sentence of 200 characters parses at prose speed, 400 at 0.6×,
800 at 0.25×, 1,200 at 0.14×). Real assembly text has 99 % of its sentences under 192 characters
and its longest at 515, so a bound of 256 leaves ordinary text alone and keeps the parse linear:
a longer span is cut at the best boundary in the second half of the window before the bound.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

MAX_SENTENCE_CHARS = 256

_KANJI_KANA = r"[\u3400-\u9fff\u30a0-\u30ff々〆ヶＡ-Ｚａ-ｚA-Za-z0-9０-９]"
# Boundaries in order of preference, each the reason recorded in sentences.csv's `cut` column.
BOUNDARIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("comma", re.compile(r"[、，,；;]")),
    ("space", re.compile(r"[ \t　]+")),
    # a conjunctive form (〜て, 〜で, 〜し, 〜り, 〜ず, 〜く) before the next content word
    ("conjunctive", re.compile(rf"(?:ので|から|けれど|ながら|て|で|し|り|ず|く)(?={_KANJI_KANA})")),
    # any hiragana ending (a particle, an inflection) before a content word: a bunsetu boundary
    ("bunsetu", re.compile(rf"[\u3041-\u309f](?={_KANJI_KANA})")),
)


def _best_cut(text: str, start: int) -> tuple[int, str]:
    """The last boundary of the most preferred kind in (start + bound/2, start + bound]."""
    low, high = start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS
    for reason, pattern in BOUNDARIES:
        ends = [match.end() for match in pattern.finditer(text, low, high)]
        if ends:
            return ends[-1], reason
    return high, "limit"


def cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Pieces (start, end, why the piece was cut) of text[start:end], none longer than
    MAX_SENTENCE_CHARS; the reason is "" for the piece that ends where the sentence ends."""
    while end - start > MAX_SENTENCE_CHARS:
        cut, reason = _best_cut(text, start)
        yield start, cut, reason
        start = cut
    yield start, end, ""
