"""Sentences: split a turn's text into sentences at their ends (。！？, line ends, a sentence-final
form before a space in lines without 。, several sentences inside a quotation), over-long ones
cut before the parser (pipeline.cutting), with offsets into the document text.

Pure functions over a string; pipeline.segment finds the turns and runs this on each.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.cutting import cut_long

if TYPE_CHECKING:
    from pipeline.segment import Turn


@dataclass(frozen=True)
class Sentence:
    """One sentence, with offsets into the document text."""

    sent_id: str
    turn_id: str
    speaker: str
    start: int
    end: int
    text: str
    in_quote: bool
    paragraph: int  # blank-line separated block of the document, from 1
    cut: str = ""  # why a long sentence was cut here (pipeline.cutting), "" at a real end
    joins: str = ""  # what the parser leaves out of `text` where lines were joined (`joins_of`)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so that it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


SENTENCE_ENDS = "。！？!?"
_CLOSERS = "」』）)】〕］]\"'”’"
_OPENERS = {"「": "」", "『": "』", "（": "）", "(": ")"}
_SENTENCE_PIECE = re.compile(rf"[^{re.escape(SENTENCE_ENDS)}]+(?:[{re.escape(SENTENCE_ENDS)}]+|$)")
MIN_QUOTED_SENTENCE_CHARS = 5


def _bracket_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost bracket pairs in text[start:end] as (open index, close index), same line only."""
    spans = []
    stack: list[tuple[str, int]] = []
    for i in range(start, end):
        char = text[i]
        if char == "\n":
            stack.clear()
        elif char in _OPENERS:
            stack.append((_OPENERS[char], i))
        elif stack and char == stack[-1][0]:
            _, opened = stack.pop()
            if not stack:
                spans.append((opened, i))
    return spans


def _holds_several_sentences(text: str, open_i: int, close_i: int) -> bool:
    """True when a bracket holds several full sentences: two or more pieces between sentence
    ends that are each long enough to be a sentence (`元首相。故人` or `はい。そうです。` are not)."""
    pieces = _SENTENCE_PIECE.findall(text[open_i + 1:close_i])
    return sum(len(piece.strip()) >= MIN_QUOTED_SENTENCE_CHARS for piece in pieces) >= 2


# Speech transcribed without 。 (automatic transcripts): a sentence-final form followed by a space
# ends a sentence. Polite and plain endings, with the particles that close an utterance.
_FINAL_FORM = re.compile(
    r"(?<![はがをにもでとへ])"  # `今日はですね` is a filler, not an end
    r"(?:(?:です|ます|ました|でした|ません|ませんでした|でしょう|ましょう|ください|[のん]です|んだ|だった|だろう"
    r"|(?<=[\u4e00-\u9fff\u30a0-\u30ffな])だ)(?:よね|よ|ね|か|な)?|(?<=[\u3041-\u309f\u4e00-\u9fff])(?<![すはがをにもでとへ])(?:よね|ね|よ))"
    r"(?=[ 　]+[^ 　\n」』）)、，,。])")


def _unpunctuated_ends(text: str, start: int, end: int) -> list[int]:
    """Ends of sentences in the lines of [start, end) that have no 。: after a sentence-final form
    (`です`, `ました`, `んですよね`, `でしょう`, `だ`…) that a space follows."""
    ends = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        if "。" in line.group() or "．" in line.group():
            continue
        ends.extend(start + line.start() + m.end() for m in _FINAL_FORM.finditer(line.group()))
    return ends


def _split_points(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Positions in [start, end) after which a sentence ends, each with an in-quote flag.

    Ends: a run of 。！？!? (with closing brackets after it), line breaks, and in lines without 。
    a sentence-final form before a space (`_unpunctuated_ends`). Inside a bracket, an
    end counts only when the bracket holds several sentences; then the bracket's opening and
    closing also bound sentences, so that the text around the quotation stands apart.
    """
    brackets = _bracket_spans(text, start, end)
    quoted = [(o, c) for o, c in brackets if _holds_several_sentences(text, o, c)]
    inside_plain = [(o, c) for o, c in brackets if (o, c) not in quoted]
    points: dict[int, bool] = {}

    def in_span(i: int, spans: list[tuple[int, int]]) -> bool:
        return any(o < i < c for o, c in spans)

    for o, c in quoted:
        if o > start:
            points[o] = False  # text before the quotation ends here
        points[c + 1] = True
    i = start
    while i < end:
        char = text[i]
        if char == "\n":
            points.setdefault(i + 1, False)
        elif char in SENTENCE_ENDS and not in_span(i, inside_plain):
            j = i + 1
            while j < end and (text[j] in SENTENCE_ENDS):
                j += 1
            while j < end and text[j] in _CLOSERS:
                j += 1
            points[j] = in_span(i, quoted)
            i = j
            continue
        i += 1
    for point in _unpunctuated_ends(text, start, end):
        points.setdefault(point, in_span(point, quoted))
    return sorted((p, q) for p, q in points.items() if start < p <= end)


# Text copied from a PDF (assembly minutes are often published so) keeps the page's line breaks:
# lines of one width, most of them ending mid-sentence, and page numbers between them. Such a line
# break joins; a line that ends a sentence, a short line, or a new line indented as a paragraph
# does not. A document is hard-wrapped when WRAPPED_MIN_LINES full-width lines end mid-sentence,
# most full-width lines do, and they are most of its long lines that end mid-sentence (list items
# aside).
WRAP_LONG_LINE = 20       # characters: shorter lines (headings, dates, labels alone) tell nothing of a width
WRAP_SLACK = 2            # a full line may be this much shorter (kinsoku pushes a character on)
WRAPPED_MIN_LINES = 3
WRAPPED_SHARE = 2         # full-width open lines are at least half of the long lines that stop mid-sentence
_SENTENCE_CLOSE = SENTENCE_ENDS + "。．」』）)】〕］]:："
_PAGE_NUMBER = re.compile(r"[ \t　]*[-－―‐−ー]?[ \t　]*[0-9０-９]{1,4}[ \t　]*[-－―‐−ー]?[ \t　]*")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_LIST_MARKS = ("・", "●", "◆", "◇", "■", "□", "※", "-", "－", "*", "＊")
_PARAGRAPH_INDENT = (" ", "　", "\t", "・", "○", "〇", "◯", "●", "◆", "◇", "■", "□", "※", "【", "［", "〔")


def _stops_mid_sentence(line: str) -> bool:
    """A line of prose (hiragana in it) that ends without closing a sentence and is no list item:
    what a wrapped line looks like. A title, a date or a rule (`――――`) has no hiragana."""
    return bool(_HIRAGANA.search(line)) and not line.rstrip().endswith(tuple(_SENTENCE_CLOSE)) \
        and not line.startswith(_LIST_MARKS)


def soft_line_breaks(text: str) -> frozenset[int]:
    """Offsets of the line breaks of a hard-wrapped text that fall inside a sentence, and of the
    characters of page numbers standing between such lines (`－３－`); empty for other texts."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    widths = [len(text[a:b].rstrip()) for a, b in lines]
    long = [k for k, w in enumerate(widths) if w >= WRAP_LONG_LINE]
    # the wrap width is the width of the long lines that stop mid-sentence (a bullet list's items
    # and a chair's short sentences have widths of their own)
    stopping = [widths[k] for k in long if _stops_mid_sentence(text[slice(*lines[k])])]
    if len(stopping) < WRAPPED_MIN_LINES:
        return frozenset()
    width = max(set(stopping), key=lambda w: (sum(abs(v - w) <= 1 for v in stopping), w))
    full_lines = [k for k in long if width - WRAP_SLACK <= widths[k] <= width + 1]
    open_lines = [k for k in full_lines if _stops_mid_sentence(text[slice(*lines[k])])]
    if 2 * sum(widths[k] > width + 1 for k in long) > len(open_lines):
        return frozenset()  # a page's lines rarely run past its width (a footnote may); headings set no width
    # most full-width lines stop mid-sentence, and they are a good share of the long lines (a chair's
    # short lines, `○委員長（…）　質疑なしと認めます。`, may be many: they do not unwrap the rest)
    if len(open_lines) < WRAPPED_MIN_LINES or 2 * len(open_lines) < len(full_lines) \
            or WRAPPED_SHARE * len(open_lines) < len(stopping):
        return frozenset()
    soft: set[int] = set()
    for k in open_lines:
        following = k + 1
        while following < len(lines) and _PAGE_NUMBER.fullmatch(text[slice(*lines[following])]) \
                and text[slice(*lines[following])].strip():
            following += 1  # a page number between the halves of a sentence
        if following >= len(lines) or not text[slice(*lines[following])].strip() \
                or text[lines[following][0]:].startswith(_PARAGRAPH_INDENT):
            continue
        soft.update(range(lines[k][1], lines[following][0]))  # the breaks and any page number between
    return frozenset(i for i in soft if not text[i].isspace() or text[i] == "\n")


_PARAGRAPH_BREAK = re.compile(r"\n[ \t　]*\n")


def paragraph_breaks(text: str) -> list[int]:
    """Offsets of the blank lines that separate paragraphs."""
    return [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]


def segment_sentences(text: str, turn: Turn, first_number: int, breaks: list[int],
                      soft: frozenset[int] = frozenset()) -> list[Sentence]:
    """Split one turn's text into sentences; ids continue from `first_number`; `breaks` are the
    document's paragraph breaks (`paragraph_breaks`), `soft` its line breaks inside sentences
    (`soft_line_breaks`): no sentence ends there, the sentence's text has a space in their place
    (offsets stay those of the document), and its `joins` say what the parser leaves out."""
    sentences = []
    doc_id = turn.turn_id.rsplit(":", 1)[0]
    previous = turn.start
    points = [(p, q) for p, q in _split_points(text, turn.start, turn.end) if p - 1 not in soft]
    for point, in_quote in points + [(turn.end, False)]:
        start, end = trimmed(text, previous, point)
        previous = max(previous, point)
        for piece_start, piece_end, cut in cut_long(text, start, end) if start < end else ():
            piece_start, piece_end = trimmed(text, piece_start, piece_end)
            if piece_start == piece_end:
                continue
            number = first_number + len(sentences)
            sentences.append(Sentence(
                sent_id=f"{doc_id}:s{number:04d}", turn_id=turn.turn_id, speaker=turn.speaker,
                start=piece_start, end=piece_end, text=_joined(text, piece_start, piece_end, soft),
                in_quote=in_quote, paragraph=1 + bisect.bisect_left(breaks, piece_start), cut=cut,
                joins=joins_of(text, piece_start, piece_end, soft) if soft else ""))
    return sentences


def _joined(text: str, start: int, end: int, soft: frozenset[int]) -> str:
    """text[start:end] with its soft line breaks and page numbers as spaces (the same length)."""
    if not soft:
        return text[start:end]
    return "".join(" " if i in soft else text[i] for i in range(start, end))


# A line break joined inside a sentence leaves nothing in Japanese (`子育\nて` reads `子育て`), and
# a space between two words of a script written with spaces (`open\nsource`).
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_ALPHANUMERIC = re.compile(r"[A-Za-z0-9]")


def joins_of(text: str, start: int, end: int, soft: frozenset[int]) -> str:
    """Where the sentence text[start:end] is read joined, as space-separated `start-end` runs of
    document offsets: each run of soft line breaks and page numbers (with the white space around
    them), all of it but between two Latin letters, where its first character (a space) stays.
    "" when the sentence holds no soft break."""
    runs = []
    i = start
    while i < end:
        if i not in soft:
            i += 1
            continue
        a, b = i, i
        while a > start and text[a - 1].isspace() and text[a - 1] != "\n":
            a -= 1  # spaces the line ended with
        while b < end and (b in soft or text[b].isspace()):
            b += 1
        if a > start and b < end and _ALPHANUMERIC.match(text[a - 1]) and _ALPHANUMERIC.match(text[b]) \
                and (_LATIN_LETTER.match(text[a - 1]) and _LATIN_LETTER.match(text[b]) or " " in text[a:b]):
            a += 1  # `open source`, `Llama 3.1 405B` (a typed space): one stays; `1,23|4億円`, `令和2|0年` join
        if a < b:
            runs.append(f"{a}-{b}")
        i = b
    return " ".join(runs)


def join_runs(joins: str) -> list[tuple[int, int]]:
    """The document offsets [a, b) of each run a `joins` value leaves out, in document order."""
    return [(int(a), int(b)) for a, b in (run.split("-") for run in joins.split())]


def reading(text: str, start: int, joins: str) -> tuple[str, list[int]]:
    """A sentence as the parser reads it: its `text` (starting at document offset `start`)
    without its `joins`, and for each character of that reading its offset into `text`."""
    kept = list(range(len(text)))
    for a, b in reversed(join_runs(joins)):
        del kept[a - start:b - start]
    return "".join(text[k] for k in kept), kept


def joins_by_turn(turn_ids: Iterable[str], joins: Iterable[str]) -> dict[str, str]:
    """Each turn's `joins` (sentences.csv's column, gathered over its sentences): what `reading` of
    the whole turn leaves out. Turns without any are absent."""
    gathered: dict[str, list[str]] = {}
    for turn_id, value in zip(turn_ids, joins):
        if value:
            gathered.setdefault(turn_id, []).append(value)
    return {turn_id: " ".join(values) for turn_id, values in gathered.items()}


def read_offsets(text: str, start: int, joins: str) -> tuple[int, ...]:
    """The document offset of each character the parser read of a joined sentence; () when the
    sentence has no joins (its offsets are then `start` + the index)."""
    return tuple(start + k for k in reading(text, start, joins)[1]) if joins else ()
