"""One document's extraction: units in reading order, the relations between them, and the
arguments they make. Pure: no I/O; the stage (pipeline.extract.stage) turns it into table rows."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.extract.arguments import find_arguments
from pipeline.extract.records import Argument, Relation, Unit
from pipeline.extract.relations import find_relations, with_contrast_backgrounds
from pipeline.extract.units import document_units

if TYPE_CHECKING:
    import pandas as pd
    from spacy.tokens import Doc


@dataclass(frozen=True)
class DocumentExtraction:
    """What a document yields: its units (ids `doc:c001`…), relations and arguments."""

    units: tuple[Unit, ...]
    relations: tuple[Relation, ...]
    arguments: tuple[Argument, ...]


def extract_document(doc_id: str, sentences: pd.DataFrame, turns: pd.DataFrame,
                     docs: Sequence[Doc]) -> DocumentExtraction:
    """Units, relations and arguments of one document from its sentences' and turns' rows and
    the sentences' parsed Docs (in the same order as the rows)."""
    units = list(document_units(doc_id, sentences, turns, docs))
    relations = tuple(find_relations(units))
    arguments, units = find_arguments(with_contrast_backgrounds(units, relations))
    return DocumentExtraction(units, relations, arguments)


def question_turns(turns: pd.DataFrame) -> dict[str, str]:
    """Map each interviewee turn to the interviewer turn just before it (the question it answers)."""
    answers: dict[str, str] = {}
    last_question = ""
    for turn_id, role in zip(turns["turn_id"], turns["role"]):
        if role == "interviewer":
            last_question = turn_id
        elif role == "interviewee" and last_question:
            answers[turn_id] = last_question
    return answers
