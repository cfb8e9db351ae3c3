"""Holders: who puts a unit forward — the speaker, the person reported (`Xは…と述べた`, `彼は`),
or nobody (narration). Names are made canonical within the document (pipeline.names)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.extract import cues
from pipeline.extract.frames import is_human, is_passive
from pipeline.extract.records import SentenceContext
from pipeline.extract.syntax import (
    content_tokens,
    is_person,
    noun_phrase,
    subject_of,
    tense_after,
)
from pipeline.names import is_part_of_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def person_name(token: Token, names: Mapping[str, str]) -> str:
    """The full name a person token belongs to (adjacent name tokens and `・`), made canonical."""
    doc = token.doc
    start = end = token.i
    while start > 0 and (is_person(doc[start - 1]) or doc[start - 1].text in ("・", "･")):
        start -= 1
    while end + 1 < len(doc) and (is_person(doc[end + 1]) or doc[end + 1].text in ("・", "･")):
        end += 1
    name = doc[start:end + 1].text.strip("・･")
    return canonical_name(name, names)


def canonical_name(name: str, names: Mapping[str, str]) -> str:
    """Map a name to the full name it is part of among the document's speakers and people named."""
    if name in names:
        return names[name]
    return next((full for full in names.values() if is_part_of_name(name, full)), name)


def resolve_holder(subject: Token | None, ctx: SentenceContext, verb: Token | None = None) -> tuple[str, bool]:
    """(holder, frame is the holder's own) for a frame subject.

    The speaker (or quoted person) holds it when the subject is absent or `私`; a named person,
    `彼`, or a titled speaker (`長官は…と言った`) holds reported speech; the belief of a generic
    subject (`人々は…と考えていた`) is itself the proposition.
    """
    default = ctx.quote_holder or ctx.speaker
    self_reference = subject is not None and subject.text in ("自身", "自分") and subject.i > 0 \
        and subject.doc[subject.i - 1].text in cues.SELF_PRONOUNS
    if subject is None and verb is not None and ctx.last_other_speaker and addresses_the_listener(verb):
        return ctx.last_other_speaker, True  # `〜とおっしゃいますが`: what the one addressed said
    if subject is None or self_reference or subject.lemma_ in cues.SELF_PRONOUNS or subject.text in cues.SELF_PRONOUNS:
        return default, True
    if subject.text in cues.THIRD_PERSON_PRONOUNS:
        return ctx.last_person or default, True
    if is_person(subject):
        return person_name(subject, ctx.names), True
    if subject.i > 0 and is_person(subject.doc[subject.i - 1]):  # `植田和男総裁は`
        return person_name(subject.doc[subject.i - 1], ctx.names), True
    if verb is not None and ctx.last_other_speaker and subject.text.endswith(tuple(cues.ADDRESS_TITLES)) \
            and addresses_the_listener(verb):
        return ctx.last_other_speaker, True  # `教育長は〜とおっしゃいましたが`: the one who just answered
    if verb is not None and reports_a_view(subject, verb):
        return noun_phrase(subject, subject.left_edge.i).text, True  # `大臣は…と述べた`, `専門家は…と予想している`
    return default, False


def reports_a_view(subject: Token, verb: Token) -> bool:
    """True when a group's frame passes on a view it holds, in either word order (`専門家は、〜と予想して
    いる`, `〜と、専門家は予想している`): what it says or forecasts, or what a group that is not people in
    general thinks (`政府は〜と考えている`); the belief of people in general (`人々は…と考えていた`) is
    a proposition about them, the speaker's, and so is what everyone says (`誰もが〜と言う`)."""
    if subject.lemma_ in cues.EVERYONE:
        return False
    return verb.lemma_ in cues.SPEECH_VERBS | cues.PREDICTION_FRAME_VERBS or subject.lemma_ not in cues.GENERIC_PEOPLE


def reported_group(agent: Token, named: str = "") -> str:
    """Who holds a quotation whose source is named after it (`〜と、多くの専門家が指摘しています`): the
    agent's noun phrase, a group of people when nobody is named; several sources named alike
    (`警察からも家族からも言われる`) hold it together (`named`: the first one's name, when resolved)."""
    doc = agent.doc
    particle = doc[agent.i + 1].text if agent.i + 1 < len(doc) else ""
    sources = [named or noun_phrase(agent, agent.left_edge.i).text]
    lower = agent.i + 1
    for token in doc[agent.i + 1:]:
        if token.pos_ in ("VERB", "AUX", "ADJ"):
            break
        if token.pos_ == "ADP":
            lower = token.i + 1  # the next source begins after this one's particles
        elif token.i + 1 < len(doc) and doc[token.i + 1].text == particle and is_human(token):
            sources.append(noun_phrase(token, lower).text)
    return cues.HOLDER_JOINER.join(sources)


def addresses_the_listener(verb: Token) -> bool:
    """True for a speech verb in the honorific that tells the listener what they said and goes on to
    answer it (`〜とおっしゃいますが`, `〜と言われましたけれども`): `おっしゃる`, or a past passive of respect
    with no one named it was said by (`市民から…`, `…と市民に言われた`). Told as news and left there
    (`〜とおっしゃっていました。`), it is someone else's word reported."""
    if verb.dep_ in cues.ATTRIBUTIVE_DEPS or not _goes_on_to_answer(verb):
        return False  # `〜とおっしゃった方が`: says which person, addresses nobody
    if verb.lemma_ in cues.HONORIFIC_SPEECH_VERBS:
        return True
    if verb.lemma_ not in cues.SPEECH_VERBS or not is_passive(verb) or not tense_after(verb, len(verb.doc) - 1)[0]:
        return False
    doc = verb.doc
    quote_end = max((t.i for t in doc[:verb.i] if t.text == "と" and t.pos_ == "ADP"), default=-1)
    return not any(is_human(t) and t.i + 1 < verb.i and (doc[t.i + 1].text == "から" or
                                                        (t.i > quote_end and doc[t.i + 1].text in cues.AGENT_PARTICLES))
                   for t in doc[:verb.i])


def _goes_on_to_answer(verb: Token) -> bool:
    """A concessive `が`/`けれども` after the speech verb (`おっしゃいますが`): the speaker takes it up."""
    for token in verb.doc[verb.i + 1:verb.i + cues.ANSWERING_WINDOW]:
        if token.text in cues.ANSWERING_CONJUNCTIONS and token.pos_ in ("SCONJ", "CCONJ", "ADP"):
            return True
        if token.pos_ == "PUNCT":
            return False
    return False


@dataclass(frozen=True)
class Interlocutor:
    """The last other speaker: in a question session, whom a speaker answers or challenges.
    Chair turns (and turns nobody speaks) pass the floor, they take no part."""

    turn_id: str = ""
    speaker: str = ""
    other: str = ""

    def enter(self, turn_id: str, speaker: str, chair: bool) -> Interlocutor:
        """The state once `turn_id` (spoken by `speaker`) has begun."""
        if chair or not speaker or turn_id == self.turn_id:
            return self
        other = self.speaker if self.speaker and self.speaker != speaker else self.other
        return Interlocutor(turn_id, speaker, other)


def cited_holder(span: Span, ctx: SentenceContext) -> str:
    """The person a clause credits with what it says (`鈴木委員の発言にあったように、…`), or ""."""
    match = cues.CITED_SPEECH.search(span.text)
    if match is None:
        return ""
    at = span[0].idx + match.start()
    owner = next((t for t in reversed(span) if t.idx < at and t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if owner is None or not is_human(owner):
        return ""
    if owner.text in cues.SELF_PRONOUNS:
        return ""
    if owner.text in cues.THIRD_PERSON_PRONOUNS:
        return ctx.last_person
    person = owner if is_person(owner) else owner.doc[owner.i - 1] if owner.i and is_person(owner.doc[owner.i - 1]) else None
    return person_name(person, ctx.names) if person is not None else noun_phrase(owner, span.start).text


def quote_introducer(doc: Doc, ctx: SentenceContext) -> str:
    """Who speaks the quotation that a sentence like `彼は次のように述べています:` introduces."""
    subject = subject_of(content_tokens(list(doc)))
    holder, _ = resolve_holder(subject, ctx)
    return holder


def last_person(doc: Doc, names: Mapping[str, str]) -> str:
    """The last person named in a sentence (not a pronoun), made canonical."""
    people = [t for t in doc if is_person(t)]
    return person_name(people[-1], names) if people else ""
