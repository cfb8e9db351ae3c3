"""Arguments: analogies inside a unit (`〜のように`) and path analogies (`〜の発展経路を辿る`)
backed by the following paragraphs of the turn that name the source."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from pipeline.extract import cues
from pipeline.extract.records import Argument, Unit


def find_arguments(units: Sequence[Unit]) -> tuple[tuple[Argument, ...], tuple[Unit, ...]]:
    """Analogy arguments: one inside a unit (`〜のように`), or a path analogy (`〜の発展経路を辿る`)
    backed by the following paragraphs of the turn about the source; and the units, where an
    analogy was dropped because a domain is not named, with the reason added to the unit's cue."""
    arguments: list[Argument] = []
    kept = list(units)
    for index, unit in enumerate(units):
        if not unit.analogy_source:
            continue
        target, target_cue = _target_domain(units, index)
        dropped = _unnamed(unit.analogy_source, "source") or _unnamed(target, "target")
        if dropped:
            kept[index] = replace(unit, cues=(*unit.cues, f"analogy dropped: {dropped}"))
            continue
        premises: tuple[int, ...] = ()
        if unit.analogy_marker in cues.PATH_ANALOGY:
            premises = tuple(_source_paragraph_units(units, index, unit.analogy_source))
        arguments.append(Argument("analogy", unit.unit_id, tuple(units[p].unit_id for p in premises),
                                  unit.analogy_source, target, f"{unit.analogy_marker}{target_cue}"))
    return tuple(arguments), tuple(kept)


def _unnamed(domain: str, side: str) -> str:
    """Why a domain names nothing (empty, a pronoun alone), or ""."""
    if not domain:
        return f"no {side} domain"
    if domain in cues.PRONOUNS:
        return f"the {side} is a pronoun ({domain})"
    return ""


def _target_domain(units: Sequence[Unit], index: int) -> tuple[str, str]:
    """(target domain, how it was found). The unit's topic; a pronoun topic (`それは…のように、
    データを守る`) gives way to the first argument after the marker, what the mapping is about."""
    unit = units[index]
    target = unit.target or _sentence_target(units, index)
    if target not in cues.PRONOUNS:
        return target, ""
    after = unit.text[unit.text.find(unit.analogy_marker) + len(unit.analogy_marker):]
    match = re.search(r"([^、,，。はがをにで]{2,}?)(?:を|が)", after)
    return (match.group(1), f"; target for {target}: first argument after the marker") if match else (target, "")


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
