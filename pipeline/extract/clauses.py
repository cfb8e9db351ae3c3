"""Clauses: where a sentence is cut into units (reasons, conditions, concessions, completed
frames, parallel clauses), from GiNZA's bunsetu (文節) and each bunsetu's last words."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract import cues
from pipeline.extract.frames import find_frame
from pipeline.extract.records import Clause, Frame
from pipeline.extract.syntax import content_tokens, final_predicate
from pipeline.nlp import bunsetu_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def link_of(bunsetu: Span) -> tuple[str, str]:
    """How a bunsetu that ends a clause links to what follows, from its last words."""
    words = content_tokens(bunsetu)
    if not words:
        return "", ""
    last = words[-1]
    tail = "".join(t.text for t in words[-3:])
    if last.pos_ == "SCONJ" and last.text in cues.CONTRAST_CONJUNCTIONS:
        return "contrast", last.text
    if tail.endswith(cues.REASON_ENDINGS) or (last.text == cues.REASON_PARTICLE and last.pos_ == "SCONJ"):
        return "reason", cues.REASON_ENDINGS[0] if cues.REASON_ENDINGS[0] in tail else cues.REASON_PARTICLE
    if last.lemma_ == cues.REASON_NOUN or tail.endswith(cues.REASON_NOUN_ENDINGS):
        return "reason", cues.REASON_NOUN
    if tail.endswith(cues.PURPOSE_ENDING):
        return "purpose", cues.PURPOSE_ENDING
    if (last.text == cues.CONDITION_PARTICLE and last.pos_ == "SCONJ") or last.text in cues.CONDITION_WORDS:
        return "condition", last.text
    if any(t.lemma_ == cues.CONDITION_NOUN for t in words[-2:]):
        return "condition", cues.CONDITION_NOUN
    if tail.endswith(cues.CONCESSION_ENDINGS) and last.text == "も" and len(words) > 2 and words[-2].pos_ == "SCONJ" \
            and not any(t.lemma_ in cues.COMPARISON_LEMMAS for t in words[-4:]):
        return "concession", "ても"
    if last.text == cues.CONCESSION_WORD or tail.endswith(cues.CONCESSION_PHRASES):
        phrase = cues.CONCESSION_PHRASES[0]
        return "concession", tail[-len(phrase):] if tail.endswith(phrase) else cues.CONCESSION_WORD
    return "", ""


def split_clauses(doc: Doc) -> list[Clause]:
    """Cut a sentence Doc into clauses at bunsetu that link clauses (reason, condition, …, frame)."""
    spans = list(bunsetu_spans(doc))
    clauses: list[Clause] = []
    start = 0
    for index, bunsetu in enumerate(spans[:-1]):
        link, link_cue = link_of(bunsetu)
        if link == "condition" and bunsetu.text.rstrip("、").endswith(cues.OBLIGATION_ENDINGS):
            link = ""
        if not link and _ends_in_completed_frame(spans, index):
            link, link_cue = "frame", bunsetu.text.rstrip("".join(cues.COMMAS))
        if not link and _ends_in_parallel_clause(spans, index):
            link, link_cue = "parallel", bunsetu.text.rstrip("".join(cues.COMMAS))
        if link and link != "purpose" and bunsetu.end > start:
            clauses.append(Clause(start, bunsetu.end, link, link_cue))
            start = bunsetu.end
    clauses.append(Clause(start, len(doc), "final"))
    return [c for c in clauses if content_tokens(doc[c.start:c.end])] or [Clause(0, len(doc), "final")]


def _ends_in_parallel_clause(spans: list[Span], index: int) -> bool:
    """`Aはあり、Bは〜`: a clause in its continuative form, and the next clause has a topic of its own.

    Two topics make two propositions; `Aがあり、Bがある` (one topic or none) stays one unit.
    """
    bunsetu = spans[index]
    words = content_tokens(bunsetu)
    if not words or bunsetu[-1].text not in cues.COMMAS:
        return False
    last = words[-1]
    if last.pos_ not in ("VERB", "ADJ") or "連用形" not in "".join(last.morph.get("Inflection")):
        return False
    for following in spans[index + 1:]:
        tokens = content_tokens(following)
        if len(tokens) >= 2 and tokens[-1].text == "は" and tokens[-2].pos_ in ("NOUN", "PRON", "PROPN"):
            return True
        if len(tokens) >= 3 and tokens[-1].text == "は" and tokens[-2].text == "で" and tokens[-3].pos_ == "NOUN":
            return True
        if link_of(following)[0] or following[-1].text in cues.COMMAS:
            return False
    return False


def _ends_in_completed_frame(spans: list[Span], index: int) -> bool:
    """`〜と信じており、` / `〜と考え、`: a cognition verb with a と-complement, continuing after a comma."""
    bunsetu = spans[index]
    if bunsetu[-1].text not in cues.COMMAS:
        return False
    verbs = [t for t in bunsetu if t.lemma_ in cues.COGNITION_VERBS | cues.SPEECH_VERBS]
    before = spans[index - 1] if index else None
    quoted = any(t.text == "と" for t in bunsetu) or (before is not None and content_tokens(before)
                                                    and content_tokens(before)[-1].text in ("と", "とは", "とも"))
    return bool(verbs) and quoted


def merge_conditions_into_frames(doc: Doc, clauses: list[Clause]) -> list[Clause]:
    """A condition or concession inside a framed complement (`〜すれば…すると考えた`) belongs to
    the framed proposition, not to a premise of its own."""
    merged: list[Clause] = []
    for clause in clauses:
        if merged and merged[-1].link in ("condition", "concession"):
            frame = find_frame(doc, clause)
            head = _clause_predicate(doc, merged[-1])
            if frame is not None and head is not None and (frame.subject is None or _within(head, frame)):
                merged[-1] = Clause(merged[-1].start, clause.end, clause.link, clause.link_cue)
                continue
        merged.append(clause)
    return merged


def _clause_predicate(doc: Doc, clause: Clause) -> Token | None:
    return final_predicate(content_tokens(doc[clause.start:clause.end]))


def _within(token: Token, frame: Frame) -> bool:
    """True when a token's chain of heads reaches the frame's complement before the frame verb."""
    seen = token
    for _ in range(cues.HEAD_CHAIN_LIMIT):
        if seen.i == frame.verb.i:
            return False
        if seen.head.i == seen.i:
            return False
        if frame.complement_start <= seen.head.i < frame.start and seen.head.dep_ in ("ccomp", "acl", "advcl", "obj"):
            return True
        seen = seen.head
    return False
