"""Segment: split a document's text into speaker turns and sentences, with offsets into the text.

Pure functions over a string; the stage's CLI lives in pipeline.cli. The invariant that every
non-space character belongs to exactly one sentence or one speaker label is checked on every
document (`check_coverage`).
"""
from __future__ import annotations

import bisect
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.ingest import find_inputs, read_documents, read_metadata
from pipeline.labels import (
    DocumentContext,
    Label,
    Speaker,
    assign_roles,
    find_labels,
    header_of,
    label_speaker,
)
from pipeline.names import (
    canonical_names,
    interviewee_from_header,
    is_part_of_name,
    role_word_kind,
)
from pipeline.tables import table_frame, write_table

__all__ = ["Sentence", "Segmentation", "Turn", "canonical_names", "check_coverage", "is_part_of_name",
           "segment", "segment_corpus", "segment_sentences", "segment_turns"]


# --- speaker turns ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Turn:
    """One speaker's turn (or a narration block) of a document."""

    turn_id: str
    speaker: str
    role: str
    label: str
    label_start: int | None
    label_end: int | None
    start: int
    end: int
    text: str
    timestamp: str = ""  # the transcript's time stamp before the label (`00:01:23`)
    cue: str = ""  # how the speaker and the role were decided


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


@dataclass
class Segmentation:
    """A document split into turns and sentences."""

    turns: list[Turn] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(frozen=True)
class _Piece:
    """A stretch of the document before it is named: a labelled turn, the narration before the
    first label, or an unlabelled answer after an interviewer's `――` line."""

    label: Label | None
    start: int
    end: int
    kind: str  # label, narration, answer


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so that it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pieces(text: str, labels: list[Label]) -> list[_Piece]:
    """Cut the text at the labels. An interviewer's `――` question ends with its line; what
    follows it up to the next label is the unlabelled answer."""
    pieces = []
    if labels and labels[0].start > 0:
        pieces.append(_Piece(None, 0, labels[0].start, "narration"))
    elif not labels:
        pieces.append(_Piece(None, 0, len(text), "narration"))
    for index, label in enumerate(labels):
        end = labels[index + 1].start if index + 1 < len(labels) else len(text)
        if label.style == "dash":
            line_end = text.find("\n", label.body_start, end)
            if line_end != -1:
                pieces.append(_Piece(label, label.body_start, line_end, "label"))
                pieces.append(_Piece(None, line_end, end, "answer"))
                continue
        pieces.append(_Piece(label, label.body_start, end, "label"))
    trimmed = [_Piece(p.label, *_trimmed(text, p.start, p.end), p.kind) for p in pieces]
    return [p for p in trimmed if p.label is not None or p.start < p.end]


def _speakers(text: str, pieces: list[_Piece]) -> list[Speaker]:
    """Name every piece: labels by `label_speaker`, narration nobody, unlabelled answers the
    interviewee the header names (or the one answering label of the document)."""
    narration = next((text[p.start:p.end] for p in pieces if p.kind == "narration"), "")
    questions = tuple(text[p.start:p.end] for p in pieces if p.label is not None
                      and (p.label.style == "dash" or role_word_kind(p.label.raw) == "asker"))
    ctx = DocumentContext(header=header_of(narration), text=text, questions=questions)
    named: list[Speaker] = []
    for piece in pieces:
        if piece.label is not None and piece.label.style == "timestamp":
            last = next((s for s in reversed(named) if s.name), Speaker("", "", ""))
            named.append(Speaker(last.name, last.kind, "time stamp; the speaker goes on" if last.name else ""))
        else:
            named.append(label_speaker(piece.label, ctx) if piece.label else Speaker("", "", ""))
    answering = Counter(s.name for s, p in zip(named, pieces) if p.label and s.kind == "answerer")
    interviewee = interviewee_from_header(ctx.header)
    if interviewee:
        answer = Speaker(interviewee, "answerer", "unlabelled answer; interviewee named in the header")
    elif answering:
        answer = Speaker(answering.most_common(1)[0][0], "answerer", "unlabelled answer; the answering label")
    else:
        answer = Speaker("", "answerer", "unlabelled answer; nobody named")
    return [answer if p.kind == "answer" else s for s, p in zip(named, pieces)]


def segment_turns(text: str, doc_id: str, default_speaker: str = "") -> list[Turn]:
    """Split a document into speaker turns and narration blocks.

    A turn runs from its label to the next label; text before the first label (a headline, an
    article's lead) is narration with an empty speaker. A document with no label at all is one
    turn of `default_speaker` when there is one (a speech; metadata.csv's `speaker`).
    """
    labels = find_labels(text)
    if not labels and default_speaker:
        start, end = _trimmed(text, 0, len(text))
        return [Turn(turn_id=f"{doc_id}:t001", speaker=default_speaker, role="speaker", label="",
                     label_start=None, label_end=None, start=start, end=end, text=text[start:end],
                     cue="speaker from metadata.csv")]
    pieces = _pieces(text, labels)
    speakers = _speakers(text, pieces)
    pieces = [p if p.kind != "label" or s.name or p.label.style != "timestamp" else _Piece(p.label, p.start, p.end, "narration")
              for p, s in zip(pieces, speakers)]  # a time stamp before anyone speaks: narration
    canon = canonical_names([s.name for s, p in zip(speakers, pieces) if p.kind != "narration" and s.name])
    roles = assign_roles([(canon.get(s.name, s.name), s.kind, text[p.start:p.end])
                          for s, p in zip(speakers, pieces) if p.kind != "narration"])
    turns = []
    for number, (piece, speaker) in enumerate(zip(pieces, speakers), 1):
        label, name = piece.label, canon.get(speaker.name, speaker.name)
        role, role_cue = ("narration", "before the first speaker") if piece.kind == "narration" else roles[name]
        cue = "; ".join(c for c in (f"label {label.style}" if label else "", speaker.cue, f"role: {role_cue}") if c)
        turns.append(Turn(
            turn_id=f"{doc_id}:t{number:03d}", speaker=name, role=role,
            label=text[label.start:label.end] if label else "",
            label_start=label.start if label else None, label_end=label.end if label else None,
            start=piece.start, end=piece.end, text=text[piece.start:piece.end],
            timestamp=label.timestamp if label else "", cue=cue))
    return turns


# --- sentences ------------------------------------------------------------------------------

SENTENCE_ENDS = "。！？!?"
_CLOSERS = "」』）)】〕］]\"'”’"
_OPENERS = {"「": "」", "『": "』", "（": "）", "(": ")"}
_SENTENCE_PIECE = re.compile(rf"[^{re.escape(SENTENCE_ENDS)}]+(?:[{re.escape(SENTENCE_ENDS)}]+|$)")
MIN_QUOTED_SENTENCE_CHARS = 5
# Longer than this, a sentence with no end mark is cut at a comma or space, so that the parser's
# input limit (SudachiPy: 49,149 bytes) can never be hit.
MAX_SENTENCE_CHARS = 4000


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


def _cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long span at the last comma or space before the limit (or hard at it)."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        window = text[start + MAX_SENTENCE_CHARS // 2:limit]
        cut = max(window.rfind(mark) for mark in "、，, 　")
        cut = start + MAX_SENTENCE_CHARS // 2 + cut + 1 if cut >= 0 else limit
        yield start, cut
        start = cut
    yield start, end


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
        start, end = _trimmed(text, previous, point)
        previous = max(previous, point)
        for piece_start, piece_end in _cut_long(text, start, end) if start < end else ():
            piece_start, piece_end = _trimmed(text, piece_start, piece_end)
            if piece_start == piece_end:
                continue
            number = first_number + len(sentences)
            sentences.append(Sentence(
                sent_id=f"{doc_id}:s{number:04d}", turn_id=turn.turn_id, speaker=turn.speaker,
                start=piece_start, end=piece_end, text=text[piece_start:piece_end],
                in_quote=in_quote, paragraph=1 + bisect.bisect_left(breaks, piece_start)))
    return sentences


def segment(text: str, doc_id: str, default_speaker: str = "") -> Segmentation:
    """Split a document into turns and sentences and check that nothing was lost."""
    result = Segmentation(turns=segment_turns(text, doc_id, default_speaker))
    breaks = paragraph_breaks(text)
    for turn in result.turns:
        result.sentences.extend(segment_sentences(text, turn, len(result.sentences) + 1, breaks))
    check_coverage(text, result)
    return result


def check_coverage(text: str, result: Segmentation) -> None:
    """Raise AssertionError unless every non-space character is in exactly one sentence or label."""
    owner = [0] * len(text)
    spans = [(s.start, s.end) for s in result.sentences]
    spans += [(t.label_start, t.label_end) for t in result.turns if t.label_start is not None]
    for start, end in spans:
        for i in range(start, end):
            owner[i] += 1
    for i, char in enumerate(text):
        if not char.isspace() and owner[i] != 1:
            context = text[max(0, i - 10):i + 10].replace("\n", "⏎")
            raise AssertionError(
                f"segmentation lost or doubled character {i} {char!r} (owners {owner[i]}) near {context!r}")


# --- stage ------------------------------------------------------------------------------------

def segment_corpus(inputs: list[Path], out_dir: Path) -> list[str]:
    """Stage: read every input file, segment it, write documents/turns/sentences tables.

    A file that cannot be read or segmented gets a status and an error in documents.csv and one
    line on stderr; the others are still processed. Document variables from metadata.csv join
    onto documents.csv. Returns the error messages.
    """
    metadata = read_metadata(inputs)
    default_speakers = dict(zip(metadata["doc_id"], metadata["speaker"])) if "speaker" in metadata else {}
    documents: list[dict[str, object]] = []
    turn_rows: list[dict[str, object]] = []
    sentence_rows: list[dict[str, object]] = []
    errors: list[str] = []
    seen: dict[str, str] = {}
    for item in read_documents(find_inputs(inputs)):
        if isinstance(item, tuple):
            path, message = item
            errors.append(message)
            documents.append(_document_row(path.stem, str(path), error=message))
            continue
        if item.doc_id in seen:
            message = f"{item.source_path}: doc_id {item.doc_id!r} already taken by {seen[item.doc_id]}"
            errors.append(message)
            documents.append(_document_row(item.doc_id, item.source_path, error=message))
            continue
        seen[item.doc_id] = item.source_path
        try:
            result = segment(item.text, item.doc_id, default_speakers.get(item.doc_id, ""))
        except (AssertionError, ValueError) as err:
            message = f"{item.source_path}: cannot segment: {err}"
            errors.append(message)
            documents.append(_document_row(item.doc_id, item.source_path, error=message))
            continue
        documents.append(_document_row(
            item.doc_id, item.source_path, sha256=item.sha256, encoding=item.encoding,
            n_chars=len(item.text), n_turns=len(result.turns), n_sentences=len(result.sentences)))
        turn_rows.extend({"doc_id": item.doc_id, **asdict(turn)} for turn in result.turns)
        sentence_rows.extend({"doc_id": item.doc_id, **asdict(s), "in_quote": int(s.in_quote)}
                             for s in result.sentences)
    for message in errors:
        print(f"error: {message}", file=sys.stderr)
    document_table = table_frame("documents", documents).merge(metadata, on="doc_id", how="left").fillna("")
    write_table(document_table, "documents", out_dir)
    write_table(table_frame("turns", turn_rows), "turns", out_dir)
    write_table(table_frame("sentences", sentence_rows), "sentences", out_dir)
    return errors


def _document_row(doc_id: str, source_path: str, *, sha256: str = "", encoding: str = "",
                  n_chars: int | None = None, n_turns: int | None = None,
                  n_sentences: int | None = None, error: str = "") -> dict[str, object]:
    return {"doc_id": doc_id, "source_path": source_path, "sha256": sha256, "encoding": encoding,
            "n_chars": n_chars, "n_turns": n_turns, "n_sentences": n_sentences, "n_claims": None,
            "status": "error" if error else "ok", "error": error}
