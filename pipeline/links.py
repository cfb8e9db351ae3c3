"""Relations between units and analogy arguments, from connectives and sentence order.

Relations point from the unit that relates to the unit it relates to (ANNOTATION.md). They stay
inside one speaker's turn: a cue links a sentence to the unit before it in the same turn.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline import cues

if TYPE_CHECKING:  # extract imports this module; Unit is only needed for type hints here
    from pipeline.extract import Unit

SUBORDINATE_LABELS = {"reason": "support", "condition": "condition", "concession": "concession"}


@dataclass(frozen=True)
class Relation:
    source: int  # index into the document's unit list
    target: int
    label: str
    cue: str


@dataclass(frozen=True)
class Argument:
    scheme: str
    conclusion: int
    premises: tuple[int, ...]
    source_domain: str
    target_domain: str
    cue: str


def _previous_in_turn(units: Sequence[Unit], index: int, *, skip_causal: bool = False) -> int | None:
    """The last unit of the sentence just before `index`'s sentence, in the same turn.

    A connective relates a sentence to the one before it: when that sentence holds no unit
    (a feeling, a report), there is nothing to relate to. With `skip_causal`, sentences that only
    explain (`〜からではありません`) are passed over, as a further explanation skips them.
    """
    unit = units[index]
    expected = unit.ctx.index - 1
    for j in range(index - 1, -1, -1):
        other = units[j]
        if other.ctx.turn_id != unit.ctx.turn_id or other.ctx.index < expected:
            return None
        if other.ctx.index == unit.ctx.index:
            continue
        if skip_causal and other.type == "causal":
            expected = other.ctx.index - 1
            continue
        return j if other.ctx.index == expected else None
    return None


def find_relations(units: Sequence[Unit]) -> Iterator[Relation]:
    """Yield relations inside sentences (clause links) and across sentences (connectives)."""
    reason_targets: dict[str, int] = {}  # sentence id of a なぜなら sentence → what it supports
    for index, unit in enumerate(units):
        same_sentence_after = [j for j in range(index + 1, len(units)) if units[j].ctx.sent_id == unit.ctx.sent_id]
        if unit.link in SUBORDINATE_LABELS:
            main = next((j for j in same_sentence_after if units[j].link not in SUBORDINATE_LABELS),
                        same_sentence_after[0] if same_sentence_after else None)
            if main is not None:
                yield Relation(index, main, SUBORDINATE_LABELS[unit.link], unit.link_cue)
            continue
        first_in_sentence = index == 0 or units[index - 1].ctx.sent_id != unit.ctx.sent_id
        cue = unit.sentence_cue
        if cue in cues.SENTENCE_REASON:
            target = reason_targets.get(unit.ctx.sent_id, _previous_in_turn(units, index))
            if target is not None:
                reason_targets[unit.ctx.sent_id] = target
                yield Relation(index, target, "support", cue)
            continue
        denied = (unit.text + unit.frame).endswith(cues.DENIED_CAUSE)  # `〜からではありません`
        if unit.type == "causal" and unit.link == "final" and not denied:
            target = _previous_in_turn(units, index, skip_causal=True)
            if target is not None:
                yield Relation(index, target, "support", "からです")
        if not first_in_sentence:
            continue
        previous = _previous_in_turn(units, index)
        if previous is None:
            continue
        if cue in cues.SENTENCE_CONTRAST:
            # after `なぜなら…`, a contrast answers the claim those reasons support
            reason_of = reason_targets.get(units[previous].ctx.sent_id)
            yield Relation(index, previous if reason_of is None else reason_of, "contrast", cue)
        elif cue in cues.SENTENCE_CONSEQUENCE:
            yield Relation(previous, index, "support", cue)
        elif cue in cues.SENTENCE_EXAMPLE:
            yield Relation(index, previous, "example", cue)
        elif unit.ctx.after_reason and unit.role == "premise" and units[previous].ctx.sent_id in reason_targets:
            # `なぜなら A からです。B。`: B supports what A supports
            yield Relation(index, reason_targets[units[previous].ctx.sent_id], "support", "理由の続き")


def background_of_contrast(units: Sequence[Unit], relations: Sequence[Relation]) -> Iterator[int]:
    """Units that a `しかし` sentence contrasts with and that only state a fact (an assertion
    nobody frames or hedges): the background the contrasting claim is set against."""
    for relation in relations:
        target = units[relation.target]
        if relation.label == "contrast" and relation.cue in cues.SENTENCE_CONTRAST \
                and target.type == "assertion" and target.role == "claim" and not target.frame \
                and not target.hedged and target.polarity == "pos":
            yield relation.target


def find_arguments(units: Sequence[Unit]) -> Iterator[Argument]:
    """Yield analogy arguments: one inside a unit (`〜のように`), or a path analogy
    (`〜の発展経路を辿る`) backed by the following paragraphs of the turn about the source."""
    for index, unit in enumerate(units):
        if not unit.analogy_source:
            continue
        target = unit.target or _sentence_target(units, index)
        premises: tuple[int, ...] = ()
        if unit.analogy_marker in cues.PATH_ANALOGY:
            premises = tuple(_source_paragraph_units(units, index, unit.analogy_source))
        yield Argument("analogy", index, premises, unit.analogy_source, target, unit.analogy_marker)


def _sentence_target(units: Sequence[Unit], index: int) -> str:
    """The target of the nearest earlier unit of the same sentence (`XがAになり、Bを辿る`)."""
    for j in range(index - 1, -1, -1):
        if units[j].ctx.sent_id != units[index].ctx.sent_id:
            break
        if units[j].target:
            return units[j].target
    return ""


def _source_paragraph_units(units: Sequence[Unit], index: int, source: str) -> Iterator[int]:
    """Units of the paragraphs after a path analogy, in the same turn, while they name the source."""
    unit = units[index]
    paragraphs: dict[int, list[int]] = {}
    for j in range(index + 1, len(units)):
        if units[j].ctx.turn_id != unit.ctx.turn_id:
            break
        if units[j].ctx.paragraph > unit.ctx.paragraph:
            paragraphs.setdefault(units[j].ctx.paragraph, []).append(j)
    for paragraph in sorted(paragraphs):
        members = paragraphs[paragraph]
        if not any(source in units[j].text for j in members):
            break
        yield from members
