"""Arguments: analogies inside a unit (`〜のように`) and path analogies (`〜の発展経路を辿る`)
backed by the following paragraphs of the turn that name the source."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from pipeline.extract import cues
from pipeline.extract.records import Argument, Unit


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
        yield Argument("analogy", unit.unit_id, tuple(units[p].unit_id for p in premises),
                       unit.analogy_source, target, unit.analogy_marker)


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
