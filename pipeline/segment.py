"""Segment: split a document's text into speaker turns and sentences, with offsets into the text
(the sentence splitting itself: pipeline.sentences).

Pure functions over a string; the stage's CLI lives in pipeline.cli. The invariant that every
non-space character belongs to exactly one sentence or one speaker label is checked on every
document (`check_coverage`).
"""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.adapters import ReadOptions, find_inputs, read_sources
from pipeline.adapters.base import GivenTurn, Source
from pipeline.ingest import read_metadata, with_stated_variables
from pipeline.labels import Label, find_labels
from pipeline.names import (
    canonical_names,
    full_names_in,
    interviewee_from_header,
    is_part_of_name,
    role_word_kind,
    self_introduced_reporter,
)
from pipeline.sentences import Sentence, paragraph_breaks, segment_sentences, soft_line_breaks, trimmed
from pipeline.speakers import (
    DocumentContext,
    Speaker,
    answerer,
    asks_by_label,
    assign_roles,
    header_of,
    label_speaker,
)
from pipeline.tables import table_frame, write_table

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Sentence", "Segmentation", "Turn", "canonical_names", "check_coverage", "is_part_of_name",
           "segment", "segment_corpus", "segment_files", "segment_sentences", "segment_turns"]


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
    kept = [_Piece(p.label, *trimmed(text, p.start, p.end), p.kind) for p in pieces]
    return [p for p in kept if p.label is not None or p.start < p.end]


def _header(text: str, pieces: list[_Piece]) -> str:
    """The document's header: the first lines of the narration before the first label."""
    return header_of(next((text[p.start:p.end] for p in pieces if p.kind == "narration"), ""))


def _speakers(text: str, pieces: list[_Piece], header: str) -> list[Speaker]:
    """Name every piece: labels by `label_speaker`, narration nobody, unlabelled answers the
    interviewee the header names (or the one answering label of the document)."""
    questions = tuple(text[p.start:p.end] for p in pieces if p.label is not None
                      and (p.label.style == "dash" or role_word_kind(p.label.raw) == "asker"))
    ctx = DocumentContext(header=header, text=text, questions=questions,
                          question_labels=asks_by_label([p.label.raw for p in pieces if p.label is not None]))
    named: list[Speaker] = []
    for piece in pieces:
        if piece.label is not None and piece.label.style == "timestamp":
            last = next((s for s in reversed(named) if s.name), Speaker("", "", ""))
            named.append(Speaker(last.name, last.kind, "time stamp; the speaker goes on" if last.name else ""))
        elif piece.label is not None:
            named.append(_introduced(label_speaker(piece.label, ctx), text[piece.start:piece.end]))
        else:
            named.append(Speaker("", "", ""))
    answering = Counter(s.name for s, p in zip(named, pieces) if p.label and s.kind == "answerer")
    interviewee = interviewee_from_header(ctx.header)
    if interviewee:
        answer = Speaker(interviewee, "answerer", "unlabelled answer; interviewee named in the header")
    elif answering:
        answer = Speaker(answering.most_common(1)[0][0], "answerer", "unlabelled answer; the answering label")
    else:
        answer = answerer("unlabelled answer:", ctx, fallback="")
    return [answer if p.kind == "answer" else s for s, p in zip(named, pieces)]


def _introduced(speaker: Speaker, text: str) -> Speaker:
    """A reporter's label that names nobody (`【記者】`, `幹事社:`) takes the name the reporter
    opens with (`東西新聞の山田です。` → `山田記者`)."""
    if speaker.kind != "asker" or speaker.name not in ("記者", "幹事社"):
        return speaker
    name = self_introduced_reporter(text)
    return Speaker(name, speaker.kind, f"{speaker.cue}; name from the reporter's introduction") if name else speaker


def segment_turns(text: str, doc_id: str, default_speaker: str = "") -> list[Turn]:
    """Split a document into speaker turns and narration blocks.

    A turn runs from its label to the next label; text before the first label (a headline, an
    article's lead) is narration with an empty speaker. A document with no label at all is one
    turn of `default_speaker` when there is one (a speech; metadata.csv's `speaker`).
    """
    labels = find_labels(text)
    if not labels and default_speaker:
        start, end = trimmed(text, 0, len(text))
        return [Turn(turn_id=f"{doc_id}:t001", speaker=default_speaker, role="speaker", label="",
                     label_start=None, label_end=None, start=start, end=end, text=text[start:end],
                     cue="speaker from metadata.csv")]
    pieces = _pieces(text, labels)
    header = _header(text, pieces)
    speakers = _speakers(text, pieces, header)
    # a time stamp before anyone speaks, and a narrator's label (`ナレーション：`): narration
    pieces = [p if p.kind != "label" or s.name or (p.label.style != "timestamp" and s.kind != "narration")
              else _Piece(p.label, p.start, p.end, "narration") for p, s in zip(pieces, speakers)]
    # the interviewee a headline names gives its full name to a label's short one (`**鈴木**`)
    headline = interviewee_from_header(header)
    lead = text[pieces[0].start:pieces[0].end] if pieces and pieces[0].kind == "narration" else ""
    canon = canonical_names([s.name for s, p in zip(speakers, pieces) if p.kind != "narration" and s.name]
                            + ([headline] if headline else []) + full_names_in(lead))
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


def given_turns(text: str, doc_id: str, given: Sequence[GivenTurn]) -> list[Turn]:
    """The turns a structured source states (pipeline.adapters), speakers known; a role it
    leaves open is guessed from the speaker's words and the turns, as for a transcript."""
    guessed = assign_roles([(g.speaker, role_word_kind(g.speaker), text[g.start:g.end]) for g in given if not g.role])
    roles = [(g.role, "") if g.role else (guessed[g.speaker][0], f"; role: {guessed[g.speaker][1]}") for g in given]
    return [Turn(turn_id=f"{doc_id}:t{number:03d}", speaker=g.speaker, role=role,
                 label=text[g.label_start:g.label_end] if g.label_start is not None else "",
                 label_start=g.label_start, label_end=g.label_end, start=g.start, end=g.end,
                 text=text[g.start:g.end], timestamp=g.timestamp, cue=g.cue + why)
            for number, (g, (role, why)) in enumerate(zip(given, roles), 1)]


def segment(text: str, doc_id: str, default_speaker: str = "", given: Sequence[GivenTurn] = ()) -> Segmentation:
    """Split a document into turns (the source's own when it states them, else found from its
    labels) and sentences, and check that nothing was lost."""
    turns = given_turns(text, doc_id, given) if given else segment_turns(text, doc_id, default_speaker)
    result = Segmentation(turns=turns)
    breaks, soft = paragraph_breaks(text), soft_line_breaks(text)
    for turn in result.turns:
        result.sentences.extend(segment_sentences(text, turn, len(result.sentences) + 1, breaks, soft))
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

@dataclass(frozen=True)
class Segmented:
    """What the stage did: its error messages, and the names of the document variables the
    sources stated, in the order first stated (documents.csv holds them before metadata.csv's
    own columns; pipeline.merge orders a corpus's columns from its shards' lists)."""

    errors: list[str]
    stated: tuple[str, ...]


def segment_corpus(inputs: list[Path], out_dir: Path, options: ReadOptions = ReadOptions()) -> list[str]:
    """Stage: read every input file, segment it, write documents/turns/sentences tables.

    A file that cannot be read or segmented gets a status and an error in documents.csv and one
    line on stderr; the others are still processed. Document variables the sources state and
    those of metadata.csv join onto documents.csv; the turns' own variables follow turns.csv's
    columns. Returns the error messages.
    """
    return segment_files(inputs, out_dir, options).errors


def segment_files(inputs: list[Path], out_dir: Path, options: ReadOptions = ReadOptions(), *,
                  metadata: pd.DataFrame | None = None, seen: Mapping[str, str] | None = None,
                  seen_variables: Mapping[str, Mapping[str, str]] | None = None) -> Segmented:
    """segment_corpus's work. A shard of a corpus (pipeline.shards) passes the whole corpus's
    `metadata`, the doc_ids that files of earlier shards hold (`seen`: doc_id -> source path) and
    the document variables those files state for them (`seen_variables`, which a row of a file
    whose doc_id was taken joins), so that its tables are exactly its documents' rows of the corpus's.
    """
    metadata = read_metadata(inputs) if metadata is None else metadata
    default_speakers = dict(zip(metadata["doc_id"], metadata["speaker"])) if "speaker" in metadata else {}
    documents: list[dict[str, object]] = []
    turn_rows: list[dict[str, object]] = []
    sentence_rows: list[dict[str, object]] = []
    errors: list[str] = []
    stated: list[dict[str, str]] = [{"doc_id": doc_id, **variables}
                                     for doc_id, variables in (seen_variables or {}).items() if variables]
    seen = dict(seen or {})
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
        rows = _source_rows(item, default_speakers.get(item.doc_id, ""))
        if isinstance(rows, str):
            errors.append(rows)
            documents.append(_document_row(item.doc_id, item.source_path, error=rows))
            continue
        documents.append(rows[0])
        turn_rows.extend(rows[1])
        sentence_rows.extend(rows[2])
        stated.extend([{"doc_id": item.doc_id, **item.variables}] if item.variables else [])
    for message in errors:
        print(f"error: {message}", file=sys.stderr)
    metadata = with_stated_variables(metadata, stated)
    document_table = table_frame("documents", documents).merge(metadata, on="doc_id", how="left").fillna("")
    write_table(document_table, "documents", out_dir)
    write_table(table_frame("turns", turn_rows), "turns", out_dir)
    write_table(table_frame("sentences", sentence_rows), "sentences", out_dir)
    return Segmented(errors, tuple(dict.fromkeys(name for row in stated for name in row if name != "doc_id")))


def _source_rows(item: Source, default_speaker: str) -> tuple[dict[str, object], list[dict[str, object]],
                                                                list[dict[str, object]]] | str:
    """One source's documents row, turns rows and sentences rows, or why it cannot be segmented."""
    if item.invalid_bytes:
        print(f"warning: {item.source_path}: {item.invalid_bytes} invalid byte(s) replaced by U+FFFD, "
              f"the first at byte {item.first_invalid_byte}", file=sys.stderr)
    try:
        result = segment(item.text, item.doc_id, default_speaker, item.turns)
    except (AssertionError, ValueError) as err:
        return f"{item.source_path}: cannot segment: {err}"
    document = _document_row(
        item.doc_id, item.source_path, sha256=item.sha256, encoding=item.encoding,
        n_chars=len(item.text), n_turns=len(result.turns), n_sentences=len(result.sentences),
        invalid_bytes=item.invalid_bytes, first_invalid_byte=item.first_invalid_byte)
    turn_variables = [g.variables for g in item.turns] or [{}] * len(result.turns)
    turns = [{"doc_id": item.doc_id, **asdict(turn), **variables}
             for turn, variables in zip(result.turns, turn_variables)]
    sentences = [{"doc_id": item.doc_id, **asdict(s), "in_quote": int(s.in_quote)} for s in result.sentences]
    return document, turns, sentences


def _document_row(doc_id: str, source_path: str, *, sha256: str = "", encoding: str = "",
                  n_chars: int | None = None, n_turns: int | None = None,
                  n_sentences: int | None = None, error: str = "", invalid_bytes: int | None = None,
                  first_invalid_byte: int | None = None) -> dict[str, object]:
    return {"doc_id": doc_id, "source_path": source_path, "sha256": sha256, "encoding": encoding,
            "n_chars": n_chars, "n_turns": n_turns, "n_sentences": n_sentences, "n_claims": None,
            "status": "error" if error else "ok", "error": error, "invalid_bytes": invalid_bytes,
            "first_invalid_byte": first_invalid_byte}
