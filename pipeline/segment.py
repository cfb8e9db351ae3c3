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
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.adapters import ReadOptions, find_inputs, read_sources
from pipeline.adapters.base import GivenTurn
from pipeline.ingest import read_metadata, with_stated_variables
from pipeline.names import canonical_names, is_chair_label
from pipeline.tables import table_frame, write_table

# --- speaker labels -------------------------------------------------------------------------

# A name-like label: kanji, katakana, Latin letters, digits, name separators, a role in
# parentheses. No hiragana, no sentence punctuation: that keeps headlines and sentences that
# end in a colon (`彼は次のように述べています:`) from being taken for labels.
_NAME = r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９\u30a0-\u30ff\u4e00-\u9fff々〆ヶ・･=＝.．\- 　]"
_ROLE = r"(?:[（(][^（()）\n、。]{1,20}[)）])"
MAX_LABEL_CHARS = 25

# `名前:` / `名前：` at a line start, text on the same line or the next ones.
_COLON_LABEL = re.compile(rf"^(?P<label>(?P<name>{_NAME}{{1,{MAX_LABEL_CHARS}}}?{_ROLE}?)\s*[:：])[ \t　]*",
                          re.MULTILINE)
# Diet minutes: `○名前君　…`, `○名前(役職)君`, `○名前委員`, `○委員長（名前君）`.
_DIET_LABEL = re.compile(rf"^(?P<label>[○〇◯](?P<name>[^\s　]{{1,{MAX_LABEL_CHARS + 10}}}?))(?:[ \t　]+|$)",
                         re.MULTILINE)
# `【名前】` or `［名前］` at a line start.
_BRACKET_LABEL = re.compile(rf"^(?P<label>[【［\[](?P<name>{_NAME}{{1,{MAX_LABEL_CHARS}}}{_ROLE}?)[】］\]])[ \t　]*",
                            re.MULTILINE)
# `Q.` / `A.` (the colon forms are covered by _COLON_LABEL).
_QA_LABEL = re.compile(r"^(?P<label>(?P<name>[QAＱＡ])[.．])[ \t　]*", re.MULTILINE)

_QUESTION_NAMES = {"Q", "Ｑ", "質問", "問"}
_ANSWER_NAMES = {"A", "Ａ", "回答", "答"}
_HONORIFIC_SUFFIXES = ("君", "委員", "さん", "氏")


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


@dataclass(frozen=True)
class _Label:
    start: int
    end: int  # end of the label including its marker (colon, ○, brackets)
    body_start: int  # where the turn's text begins (after spaces)
    name: str


@dataclass
class Segmentation:
    """A document split into turns and sentences."""

    turns: list[Turn] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


def _speaker_name(raw: str) -> str:
    """Turn a label's name part into a speaker name: drop spaces, honorifics and role wrappers."""
    name = raw.strip(" 　")
    role_inside = re.fullmatch(r"(.+?)[（(](.+?)[)）]", name)
    if role_inside:
        outside, inside = role_inside.groups()
        # `委員長（武部勤君）`: the name is inside; `山田太郎（司会）`: the name is outside.
        name = inside if inside.endswith("君") else outside
    for suffix in _HONORIFIC_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return name.strip(" 　")


def _looks_like_name(name: str) -> bool:
    """A label's name: short, not a number or a time, not a bare Latin word like `http`."""
    core = re.sub(r"[（(].*?[)）]", "", name).strip(" 　")
    if not core or len(core) > MAX_LABEL_CHARS:
        return False
    if re.fullmatch(r"[0-9０-９.．:：\- ]+", core) or re.search(r"[0-9０-９]+[時分秒年月日]", core):
        return False
    if re.fullmatch(r"(?i)https?|ftp|mailto|note|注|出典|参考|url", core):
        return False
    return True


def find_labels(text: str) -> list[_Label]:
    """Find speaker labels at line starts, in text order."""
    labels: dict[int, _Label] = {}
    for pattern in (_DIET_LABEL, _BRACKET_LABEL, _QA_LABEL, _COLON_LABEL):
        for match in pattern.finditer(text):
            start = match.start()
            if start in labels:
                continue
            name = _speaker_name(match.group("name"))
            if not _looks_like_name(match.group("name")) or not name:
                continue
            body_start = match.end()
            # A label alone on its line: the turn's text starts on the next non-empty line.
            while body_start < len(text) and text[body_start] in " \t　\n":
                body_start += 1
            if body_start >= len(text):
                continue
            labels[start] = _Label(start, match.end("label"), body_start, name)
    return [labels[k] for k in sorted(labels)]


# A turn that asks: a question mark or か at its end, or a Diet question (`見解を伺います`).
_QUESTION_END = re.compile(r"(?:[?？]|(?:ますか|ですか|でしょうか|ませんか|のか|か|伺います|お伺いします|"
                           r"お聞きします|お尋ねします|答弁を求めます|伺いたいと思います)[。]?)\s*$")


def _is_question(text: str) -> bool:
    """True when a turn ends in (or mostly is) a question."""
    return bool(_QUESTION_END.search(text.strip()))


def assign_roles(speakers_turns: list[tuple[str, str]]) -> dict[str, str]:
    """Map speaker → role from (speaker, turn text) pairs.

    In an interview the speaker who mostly asks is the interviewer and the others interviewees;
    `Q`/`A` labels decide directly. Otherwise every labelled speaker is a plain `speaker`.
    """
    roles: dict[str, str] = {}
    asked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for speaker, text in speakers_turns:
        total[speaker] += 1
        asked[speaker] += _is_question(text)
    for speaker in total:
        if speaker in _QUESTION_NAMES:
            roles[speaker] = "interviewer"
        elif speaker in _ANSWER_NAMES:
            roles[speaker] = "interviewee"
    rest = [s for s in total if s not in roles]
    if len(total) >= 2 and rest:
        ratio = {s: asked[s] / total[s] for s in rest}
        asker = max(rest, key=lambda s: (ratio[s], total[s]))
        others_max = max((ratio[s] for s in rest if s != asker), default=0.0)
        if "interviewer" not in roles.values() and ratio[asker] >= 0.5 and ratio[asker] > others_max + 0.25:
            roles[asker] = "interviewer"
        if "interviewer" in roles.values():
            for speaker in rest:
                roles.setdefault(speaker, "interviewee")
    for speaker in rest:
        roles.setdefault(speaker, "speaker")
    return roles


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so that it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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
                     label_start=None, label_end=None, start=start, end=end, text=text[start:end])]
    canon = canonical_names([label.name for label in labels])
    pieces: list[tuple[_Label | None, int, int]] = []
    cursor = 0
    for index, label in enumerate(labels):
        if label.start > cursor:
            pieces.append((None, cursor, label.start))
        end = labels[index + 1].start if index + 1 < len(labels) else len(text)
        pieces.append((label, label.body_start, end))
        cursor = end
    if cursor < len(text):
        pieces.append((None, cursor, len(text)))

    spans = []
    for label, start, end in pieces:
        start, end = _trimmed(text, start, end)
        if start == end and label is None:
            continue
        spans.append((label, start, end))
    chairs = {canon[label.name] for label, _, _ in spans if label and is_chair_label(text[label.start:label.end])}
    roles = assign_roles([(canon[label.name], text[s:e]) for label, s, e in spans
                          if label and canon[label.name] not in chairs])
    roles.update({chair: "speaker" for chair in chairs})  # the chair runs the session: no side
    turns = []
    for number, (label, start, end) in enumerate(spans, 1):
        speaker = canon[label.name] if label else ""
        turns.append(Turn(
            turn_id=f"{doc_id}:t{number:03d}", speaker=speaker,
            role=roles[speaker] if label else "narration",
            label=text[label.start:label.end] if label else "",
            label_start=label.start if label else None, label_end=label.end if label else None,
            start=start, end=end, text=text[start:end]))
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


def _split_points(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Positions in [start, end) after which a sentence ends, each with an in-quote flag.

    Ends: a run of 。！？!? (with closing brackets after it) and line breaks. Inside a bracket, an
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


def given_turns(text: str, doc_id: str, given: Sequence[GivenTurn]) -> list[Turn]:
    """The turns a structured source states (pipeline.adapters), speakers known; a role it
    leaves open is guessed from the turns as for a transcript."""
    guessed = assign_roles([(g.speaker, text[g.start:g.end]) for g in given if not g.role])
    return [Turn(turn_id=f"{doc_id}:t{number:03d}", speaker=g.speaker, role=g.role or guessed[g.speaker],
                 label=text[g.label_start:g.label_end] if g.label_start is not None else "",
                 label_start=g.label_start, label_end=g.label_end, start=g.start, end=g.end,
                 text=text[g.start:g.end], timestamp=g.timestamp, cue=g.cue)
            for number, g in enumerate(given, 1)]


def segment(text: str, doc_id: str, default_speaker: str = "", given: Sequence[GivenTurn] = ()) -> Segmentation:
    """Split a document into turns (the source's own when it states them, else found from its
    labels) and sentences, and check that nothing was lost."""
    turns = given_turns(text, doc_id, given) if given else segment_turns(text, doc_id, default_speaker)
    result = Segmentation(turns=turns)
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

def segment_corpus(inputs: list[Path], out_dir: Path, options: ReadOptions = ReadOptions()) -> list[str]:
    """Stage: read every input file, segment it, write documents/turns/sentences tables.

    A file that cannot be read or segmented gets a status and an error in documents.csv and one
    line on stderr; the others are still processed. Document variables the sources state and
    those of metadata.csv join onto documents.csv; the turns' own variables follow turns.csv's
    columns. Returns the error messages.
    """
    metadata = read_metadata(inputs)
    default_speakers = dict(zip(metadata["doc_id"], metadata["speaker"])) if "speaker" in metadata else {}
    documents: list[dict[str, object]] = []
    turn_rows: list[dict[str, object]] = []
    sentence_rows: list[dict[str, object]] = []
    errors: list[str] = []
    stated: list[dict[str, str]] = []
    seen: dict[str, str] = {}
    for item in read_sources(find_inputs(inputs), options):
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
            result = segment(item.text, item.doc_id, default_speakers.get(item.doc_id, ""), item.turns)
        except (AssertionError, ValueError) as err:
            message = f"{item.source_path}: cannot segment: {err}"
            errors.append(message)
            documents.append(_document_row(item.doc_id, item.source_path, error=message))
            continue
        documents.append(_document_row(
            item.doc_id, item.source_path, sha256=item.sha256, encoding=item.encoding,
            n_chars=len(item.text), n_turns=len(result.turns), n_sentences=len(result.sentences)))
        turn_variables = [g.variables for g in item.turns] or [{}] * len(result.turns)
        turn_rows.extend({"doc_id": item.doc_id, **asdict(turn), **variables}
                         for turn, variables in zip(result.turns, turn_variables))
        stated.extend([{"doc_id": item.doc_id, **item.variables}] if item.variables else [])
        sentence_rows.extend({"doc_id": item.doc_id, **asdict(s), "in_quote": int(s.in_quote)}
                             for s in result.sentences)
    for message in errors:
        print(f"error: {message}", file=sys.stderr)
    metadata = with_stated_variables(metadata, stated)
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
