"""Immutable records the extractors pass along: clauses, frames, sentence contexts, units,
relations and arguments. Extractors build new records; none is changed after it is made."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Clause:
    """Tokens [start, end) of a sentence Doc and how the clause links to the next one."""

    start: int
    end: int
    link: str  # "final", "reason", "condition", "concession", "contrast", "frame", "parallel", "purpose"
    link_cue: str = ""


@dataclass(frozen=True)
class Frame:
    """An attitude frame: tokens [start, end) of `と考えています`, its verb and its subject."""

    start: int
    end: int
    verb: Token
    complement_start: int
    subject: Token | None


@dataclass(frozen=True)
class SentenceContext:
    """What a sentence's units need from outside the Doc: ids, speaker, offsets, discourse state.

    `names` is a read-only snapshot of the people named so far (short form → full name).
    """

    doc_id: str
    sent_id: str
    index: int  # the sentence's position in its document
    turn_id: str
    speaker: str
    role: str
    start: int
    in_quote: bool
    paragraph: int
    quote_holder: str = ""
    last_person: str = ""
    last_other_speaker: str = ""  # who spoke last before this turn's speaker (chair turns skipped)
    after_reason: bool = False  # the sentence before, in the same paragraph, began with なぜなら
    after_example_intro: bool = False  # the sentence before (same turn) only announced an example: `例えばですね。`
    chair: bool = False  # the turn is the chair's (委員長, 議長, 司会): procedure, not argument
    unlabelled: bool = False  # no speaker label nor stated speaker: the narration is one speech
    names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # a sentence read joined across line breaks (sentences.csv `joins`): the document offset of
    # each character of its Doc; empty when the Doc's text is the sentence's own (start + index)
    offsets: tuple[int, ...] = ()

    def document_span(self, begin: int, end: int) -> tuple[int, int]:
        """Document offsets of the characters [begin, end) of the sentence's Doc."""
        if not self.offsets:
            return self.start + begin, self.start + end
        return self.offsets[begin], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Unit:
    """One argumentative unit: offsets, attributes and the cues that decided them."""

    ctx: SentenceContext
    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str
    role: str
    frame: str
    type: str
    polarity: str
    hedged: int
    holder: str
    target: str
    standard: str
    cues: tuple[str, ...]
    link: str  # the clause link that closed this unit ("final" for a main clause)
    link_cue: str
    sentence_cue: str  # a sentence-initial connective (しかし, なぜなら, …) or ""
    analogy_marker: str = ""
    analogy_source: str = ""
    unit_id: str = ""  # `doc:c001`, given in reading order by the document's extraction


@dataclass(frozen=True)
class Relation:
    """A directed relation between two units, by their ids (ANNOTATION.md: source → target)."""

    source_id: str
    target_id: str
    label: str
    cue: str


@dataclass(frozen=True)
class Argument:
    """An argument: a conclusion with its premises under a scheme (so far: analogy)."""

    scheme: str
    conclusion_id: str
    premise_ids: tuple[str, ...]
    source_domain: str
    target_domain: str
    cue: str
