"""Sentences: split a turn's text into sentences at their ends (。！？, line ends, a sentence-final
form before a space in lines without 。, several sentences inside a quotation), over-long ones
cut before the parser (pipeline.cutting), with offsets into the document text.

Pure functions over a string; pipeline.segment finds the turns and runs this on each.
"""
from __future__ import annotations

import bisect
import re
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


_PARAGRAPH_BREAK = re.compile(r"\n[ \t　]*\n")


def paragraph_breaks(text: str) -> list[int]:
    """Offsets of the blank lines that separate paragraphs."""
    return [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]


def segment_sentences(text: str, turn: Turn, first_number: int, breaks: list[int]) -> list[Sentence]:
    """Split one turn's text into sentences; ids continue from `first_number`; `breaks` are the
    document's paragraph breaks (`paragraph_breaks`)."""
    sentences = []
    doc_id = turn.turn_id.rsplit(":", 1)[0]
    previous = turn.start
    for point, in_quote in _split_points(text, turn.start, turn.end) + [(turn.end, False)]:
        start, end = trimmed(text, previous, point)
        previous = max(previous, point)
        for piece_start, piece_end, cut in cut_long(text, start, end) if start < end else ():
            piece_start, piece_end = trimmed(text, piece_start, piece_end)
            if piece_start == piece_end:
                continue
            number = first_number + len(sentences)
            sentences.append(Sentence(
                sent_id=f"{doc_id}:s{number:04d}", turn_id=turn.turn_id, speaker=turn.speaker,
                start=piece_start, end=piece_end, text=text[piece_start:piece_end],
                in_quote=in_quote, paragraph=1 + bisect.bisect_left(breaks, piece_start), cut=cut))
    return sentences
