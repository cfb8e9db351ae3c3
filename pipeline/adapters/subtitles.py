"""Subtitles and automatic transcripts (.srt, .vtt): cues become turns.

A `<v 名前>` voice tag or a `名前:` prefix names a cue's speaker; a cue without one goes on with
the speaker before it (narration before anyone is named). Consecutive cues of one speaker form
one turn, whose `timestamp` is its first cue's start. A cue is a display unit, not a sentence,
so cues are joined into running text: a line break after a cue that ends a sentence or before
a pause of a second or more, nothing after `、` or inside a punctuated sentence, and a space in
a transcript without `。` (where a sentence-final form before a space ends a sentence).
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from pipeline.adapters.base import (
    ReadOptions,
    Source,
    Utterance,
    clean,
    structured_source,
)
from pipeline.ingest import IngestError, decode_bytes

PAUSE_SECONDS = 1.0
_TIME = r"(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
_TIMING = re.compile(rf"(?P<start>{_TIME})\s*-->\s*(?P<end>{_TIME})")
_VOICE = re.compile(r"<v(?:\.[^\s>]+)?\s+([^>]+)>")
_MARKUP = re.compile(r"</?[^>]*>|\{\\[^}]*\}")  # <i>, </v>, <c.x>, <00:00:01.000>, {\an8}
# `名前:` at a cue's start: a name has no hiragana and no sentence punctuation.
_NAME = r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９\u30a0-\u30ff\u4e00-\u9fff々・･ 　.＝=\-（）()]"
_PREFIX = re.compile(rf"^(?P<name>{_NAME}{{1,25}}?)\s*[:：]\s*")
_NOT_A_NAME = re.compile(r"^[0-9０-９.\- ]+$|[0-9０-９][時分秒年月日]|^(?i:https?|ftp|mailto|note|url)$")
_SENTENCE_END = re.compile(r"[。！？!?.．][」』）)\"”’]*$")
_CONTINUES = "、，,"


@dataclass(frozen=True)
class Cue:
    """One cue: its times (seconds), its start as written, its speaker and how it was found."""

    start: float
    end: float
    stamp: str
    speaker: str
    text: str
    cue: str


def _seconds(stamp: str) -> float:
    parts = [float(p) for p in stamp.replace(",", ".").split(":")]
    return sum(value * 60 ** power for power, value in enumerate(reversed(parts)))


def _stamp(stamp: str) -> str:
    """`0:01:02,5` → `00:01:02.500`."""
    seconds = _seconds(stamp)
    hours, rest = divmod(seconds, 3600)
    return f"{int(hours):02d}:{int(rest // 60):02d}:{rest % 60:06.3f}"


def _separator(left: str, right: str, pause: bool, punctuated: bool) -> str:
    """What goes between two pieces of one speaker's text (see the module's docstring)."""
    if pause or _SENTENCE_END.search(left):
        return "\n"
    if left[-1] in _CONTINUES:
        return ""
    if left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return " "
    return "" if punctuated else " "


def _joined(pieces: Sequence[tuple[str, bool]], punctuated: bool) -> str:
    """Pieces (text, pause before it) joined into running text."""
    out = pieces[0][0]
    for text, pause in pieces[1:]:
        out += _separator(out, text, pause, punctuated) + text
    return out


def _speaker(raw: str) -> tuple[str, str, str]:
    """(speaker, how it was found, text without markup) of a cue's text."""
    voice = _VOICE.search(raw)
    body = html.unescape(_MARKUP.sub("", raw)).strip()
    if voice:
        return voice.group(1).strip(), "voice tag", body
    prefix = _PREFIX.match(body)
    if prefix and not _NOT_A_NAME.search(prefix.group("name").strip()):
        return prefix.group("name").strip(" 　"), "name: prefix", body[prefix.end():]
    return "", "", body


def parse_cues(text: str, punctuated: bool) -> list[Cue]:
    """The cues of an .srt or .vtt text (headers, NOTE and STYLE blocks skipped), with speakers;
    a cue's lines are joined as cues are (`punctuated`: the transcript uses `。`)."""
    cues: list[Cue] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = block.strip("\n").split("\n")
        at = next((i for i, line in enumerate(lines) if _TIMING.search(line)), None)
        if at is None:
            continue
        timing = _TIMING.search(lines[at])
        named, how, body = _speaker("\n".join(lines[at + 1:]))
        body = _joined([(clean(line), False) for line in body.split("\n") if line.strip()], punctuated) \
            if body.strip() else ""
        if not body:
            continue
        speaker = named or (cues[-1].speaker if cues else "")
        how = how or ("continues the cue before" if speaker else "before anyone is named")
        cues.append(Cue(_seconds(timing["start"]), _seconds(timing["end"]), _stamp(timing["start"]),
                        speaker, body, how))
    return cues


def _utterances(cues: Sequence[Cue], punctuated: bool) -> list[Utterance]:
    """Consecutive cues of one speaker as one turn."""
    utterances = []
    previous_end = None
    for speaker, group in groupby(cues, key=lambda cue: cue.speaker):
        members = list(group)
        pieces = []
        for cue in members:
            pieces.append((cue.text, previous_end is not None and cue.start - previous_end >= PAUSE_SECONDS))
            previous_end = cue.end
        utterances.append(Utterance(speaker, _joined(pieces, punctuated), timestamp=members[0].stamp,
                                    cue=f"subtitles: {members[0].cue}"))
    return utterances


def read(path: Path, raw: bytes, options: ReadOptions) -> list[Source]:
    """One document of a subtitle file's cues."""
    decoded = decode_bytes(raw)
    punctuated = "。" in decoded.text
    cues = parse_cues(decoded.text, punctuated)
    if not cues:
        raise IngestError("no subtitle cues (a `00:00:01,000 --> 00:00:04,000` line, then the text)")
    return [structured_source(path, raw, decoded, _utterances(cues, punctuated))]
