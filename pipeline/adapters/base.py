"""What every adapter yields: a document whose text is built from the source's records, with the
turns the source states (speakers known, never guessed) and its document variables.

The text is laid out here once for all structured formats: each turn's label (when the source
has one, like the minutes' `○山田太郎君`) and its text, turns separated by a blank line. Offsets
in every table index this text, as they index a transcript's.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest import Decoded, Document, IngestError
from pipeline.names import canonical_names

# The turns table's own columns: a source's variable of that name is kept as `var_NAME`
# (tests/test_adapters.py checks this against pipeline.tables).
TURN_COLUMNS = frozenset("doc_id turn_id speaker role label_start label_end start end text label timestamp cue".split())


@dataclass(frozen=True)
class ReadOptions:
    """What the command line says about inputs: spreadsheet column names (empty: detected)."""

    text_column: str = ""
    speaker_column: str = ""


@dataclass(frozen=True)
class GivenTurn:
    """A turn as the source states it, with offsets into the laid-out text. An empty `role` is
    guessed from the turns as for a transcript (who mostly asks is the interviewer)."""

    speaker: str
    role: str
    start: int
    end: int
    label_start: int | None = None
    label_end: int | None = None
    timestamp: str = ""
    cue: str = ""
    variables: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Source(Document):
    """A decoded input: a plain document (no given turns: labels are detected) or one built from
    a structured source, with its turns and its document variables (house, meeting, date…)."""

    turns: tuple[GivenTurn, ...] = ()
    variables: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Utterance:
    """One turn of a structured source before layout: who, what, and what the source adds."""

    speaker: str
    text: str
    role: str = ""
    label: str = ""
    timestamp: str = ""
    cue: str = ""
    variables: Mapping[str, str] = field(default_factory=dict)


_LINE_ENDS = re.compile(r"\r\n?")


def clean(text: str) -> str:
    """A cell's or a record's text with LF line ends and no surrounding white space."""
    return _LINE_ENDS.sub("\n", text).replace("\ufeff", "").strip()


def variable_name(name: str) -> str:
    """A source's variable name that cannot collide with a turns column."""
    name = name.strip()
    return f"var_{name}" if name in TURN_COLUMNS else name


def layout(utterances: Iterable[Utterance]) -> tuple[str, tuple[GivenTurn, ...]]:
    """The document text (label, a full-width space, the turn's text; a blank line between
    turns) and each turn's spans in it. Short names map to the full names they are part of."""
    kept = [u for u in utterances if u.text]
    canon = canonical_names([u.speaker for u in kept if u.speaker])
    parts: list[str] = []
    turns: list[GivenTurn] = []
    cursor = 0
    for utterance in kept:
        if parts:
            parts.append("\n\n")
            cursor += 2
        label_span: tuple[int | None, int | None] = (None, None)
        if utterance.label:
            label_span = (cursor, cursor + len(utterance.label))
            parts.append(utterance.label + "　")
            cursor += len(utterance.label) + 1
        parts.append(utterance.text)
        turns.append(GivenTurn(
            speaker=canon.get(utterance.speaker, ""), role=utterance.role if utterance.speaker else "narration",
            start=cursor,
            end=cursor + len(utterance.text), label_start=label_span[0], label_end=label_span[1],
            timestamp=utterance.timestamp, cue=utterance.cue,
            variables={variable_name(k): v for k, v in utterance.variables.items()}))
        cursor += len(utterance.text)
    return "".join(parts), tuple(turns)


def structured_source(path: Path, raw: bytes, decoded: Decoded | str, utterances: Iterable[Utterance], *,
                      doc_id: str = "", variables: Mapping[str, str] | None = None) -> Source:
    """A Source laid out from a structured file's utterances; IngestError when none has text.
    `decoded`: how a text format's bytes were decoded (its invalid bytes are recorded), or the
    name of a binary format."""
    text, turns = layout(utterances)
    if not turns:
        raise IngestError("no utterance with text")
    if isinstance(decoded, str):
        decoded = Decoded("", decoded)
    return Source(doc_id=doc_id or path.stem, source_path=str(path), sha256=hashlib.sha256(raw).hexdigest(),
                  encoding=decoded.encoding, text=text, invalid_bytes=decoded.invalid_bytes,
                  first_invalid_byte=decoded.first_invalid_byte, turns=turns, variables=dict(variables or {}))
