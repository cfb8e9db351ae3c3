"""The cue package re-exports every family's tables under one namespace (`cues.NAME`): a name two
families both define would silently shadow one of them, so each name must be defined once."""
from __future__ import annotations

from collections import Counter
from importlib import import_module

FAMILIES = ("words", "frames", "clauses", "spans", "not_units", "roles", "attributes", "relations")


def test_every_cue_name_is_defined_by_one_family_only() -> None:
    names = Counter(name for family in FAMILIES
                    for name in import_module(f"pipeline.extract.cues.{family}").__all__)
    assert [name for name, n in names.items() if n > 1] == []


def test_every_exported_cue_exists() -> None:
    for family in FAMILIES:
        module = import_module(f"pipeline.extract.cues.{family}")
        assert [name for name in module.__all__ if not hasattr(module, name)] == [], family
