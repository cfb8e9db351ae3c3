"""Cue tables for the extract stage: every Japanese word and threshold that decides units,
attributes and relations.

Kept apart from the rules so an analyst can read (and extend) what the pipeline reacts to. Every
entry is general Japanese, grouped by what it signals; lemmas are GiNZA/SudachiPy dictionary forms.
To add a cue, add it here and a sentence of your own that needs it to the family's test module.

The tables are split by family, one module each (`words` holds what several families read);
this package re-exports them all, so a rule reads `cues.NAME` whatever its family.
"""
from __future__ import annotations

from pipeline.extract.cues.words import *  # noqa: F403
from pipeline.extract.cues.frames import *  # noqa: F403
from pipeline.extract.cues.clauses import *  # noqa: F403
from pipeline.extract.cues.spans import *  # noqa: F403
from pipeline.extract.cues.not_units import *  # noqa: F403
from pipeline.extract.cues.roles import *  # noqa: F403
from pipeline.extract.cues.attributes import *  # noqa: F403
from pipeline.extract.cues.relations import *  # noqa: F403
