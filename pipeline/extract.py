"""Extract: argumentative units (claims and premises) and their attributes from parsed sentences.

Works on one sentence Doc at a time, from GiNZA's bunsetu (文節) and dependency structure:
1. `split_clauses` cuts a sentence where a clause links to the next by a reason, condition,
   concession, contrast or a completed attitude frame (`〜と信じており、`).
2. `find_frame` finds the attitude frame (`〜と考えています`, `〜ことを期待しています`) whose
   complement is the proposition; the frame goes to `frame`, its subject decides the holder.
3. `reject_reason` drops what is not a unit: questions, greetings, procedural talk, pure
   feelings, reports of the participants' own actions, headlines, news reports in narration.
4. The attribute functions (`unit_type`, `polarity`, `is_hedged`, `target_phrase`) read cue
   tables from `pipeline.cues`; every decision is recorded in `cue`.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import ginza
import pandas as pd
from spacy.tokens import Doc, Span, Token

from pipeline import cues
from pipeline.links import background_of_contrast, find_arguments, find_relations
from pipeline.codes import Code, code_names
from pipeline.keypoints import KeyPointIndex, KeyPointInput, keypoint_input
from pipeline.parse import cached_docs, load_vocab
from pipeline.segment import canonical_names, is_part_of_name
from pipeline.tables import TableWriter, read_table, table_frame, write_table

PUNCT_POS = {"PUNCT", "SYM"}
SUBORDINATE_LINKS = ("reason", "condition", "concession")
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "PRON", "NUM"}
QUESTION_MARKS = ("?", "？")


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


@dataclass
class SentenceContext:
    """What a sentence's units need from outside the Doc: ids, speaker, offsets, discourse state."""

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
    after_reason: bool = False  # the sentence before, in the same paragraph, began with なぜなら
    chair: bool = False  # the turn is the chair's (委員長, 議長, 司会): procedure, not argument
    names: dict[str, str] = field(default_factory=dict)


@dataclass
class Unit:
    """One argumentative unit before ids are given: offsets, attributes and why it was found."""

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
    cues: list[str]
    link: str  # the clause link that closed this unit ("final" for a main clause)
    link_cue: str
    sentence_cue: str  # a sentence-initial connective (しかし, なぜなら, …) or ""
    analogy_marker: str = ""
    analogy_source: str = ""


# --- clauses ----------------------------------------------------------------------------------

def _content(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if t.pos_ not in PUNCT_POS]


def _link_of(bunsetu: Span) -> tuple[str, str]:
    """How a bunsetu that ends a clause links to what follows, from its last words."""
    words = _content(bunsetu)
    if not words:
        return "", ""
    last = words[-1]
    tail = "".join(t.text for t in words[-3:])
    if last.pos_ == "SCONJ" and last.text in ("が", "けど", "けれど", "けれども"):
        return "contrast", last.text
    if tail.endswith(("ので", "のでは")) or (last.text == "から" and last.pos_ == "SCONJ"):
        return "reason", "ので" if "ので" in tail else "から"
    if last.lemma_ == "ため" or tail.endswith(("ため", "ためには")):
        return "reason", "ため"
    if tail.endswith("ために"):
        return "purpose", "ために"
    if (last.text == "ば" and last.pos_ == "SCONJ") or last.text in ("たら", "なら", "限り"):
        return "condition", last.text
    if any(t.lemma_ == "場合" for t in words[-2:]):
        return "condition", "場合"
    if tail.endswith(("ても", "でも")) and last.text == "も" and len(words) > 2 and words[-2].pos_ == "SCONJ" \
            and not any(t.lemma_ in ("比較", "比べる", "較べる") for t in words[-4:]):
        return "concession", "ても"  # (`〜と比べても` is a comparison, not a concession)
    if last.text == "のに" or tail.endswith(("にもかかわらず", "ものの")):
        return "concession", tail[-4:] if tail.endswith("にもかかわらず") else "のに"
    return "", ""


def split_clauses(doc: Doc) -> list[Clause]:
    """Cut a sentence Doc into clauses at bunsetu that link clauses (reason, condition, …, frame)."""
    spans = list(ginza.bunsetu_spans(doc))
    clauses: list[Clause] = []
    start = 0
    for index, bunsetu in enumerate(spans[:-1]):
        link, link_cue = _link_of(bunsetu)
        if link == "condition" and bunsetu.text.rstrip("、").endswith(("なければ", "なくては", "ねば", "なけりゃ")):
            link = ""  # `守らなければならない` is an obligation, not a condition
        if not link and _ends_in_completed_frame(spans, index):
            link, link_cue = "frame", bunsetu.text.rstrip("、,，")
        if not link and _ends_in_parallel_clause(spans, index):
            link, link_cue = "parallel", bunsetu.text.rstrip("、,，")
        if link and link != "purpose" and bunsetu.end > start:
            clauses.append(Clause(start, bunsetu.end, link, link_cue))
            start = bunsetu.end
    clauses.append(Clause(start, len(doc), "final"))
    return [c for c in clauses if _content(doc[c.start:c.end])] or [Clause(0, len(doc), "final")]


def _ends_in_parallel_clause(spans: list[Span], index: int) -> bool:
    """`Aはあり、Bは〜`: a clause in its continuative form, and the next clause has a topic of its own.

    Two topics make two propositions; `Aがあり、Bがある` (one topic or none) stays one unit.
    """
    bunsetu = spans[index]
    words = _content(bunsetu)
    if not words or bunsetu[-1].text not in ("、", ",", "，"):
        return False
    last = words[-1]
    if last.pos_ not in ("VERB", "ADJ") or "連用形" not in "".join(last.morph.get("Inflection")):
        return False
    for following in spans[index + 1:]:
        tokens = _content(following)
        if len(tokens) >= 2 and tokens[-1].text == "は" and tokens[-2].pos_ in ("NOUN", "PRON", "PROPN"):
            return True
        if len(tokens) >= 3 and tokens[-1].text == "は" and tokens[-2].text == "で" and tokens[-3].pos_ == "NOUN":
            return True
        if _link_of(following)[0] or following[-1].text in ("、", ",", "，"):
            return False
    return False


def _ends_in_completed_frame(spans: list[Span], index: int) -> bool:
    """`〜と信じており、` / `〜と考え、`: a cognition verb with a と-complement, continuing after a comma."""
    bunsetu = spans[index]
    if not bunsetu[-1].text in ("、", ",", "，"):
        return False
    verbs = [t for t in bunsetu if t.lemma_ in cues.COGNITION_VERBS | cues.SPEECH_VERBS]
    before = spans[index - 1] if index else None
    quoted = any(t.text == "と" for t in bunsetu) or (before is not None and _content(before)
                                                    and _content(before)[-1].text in ("と", "とは", "とも"))
    return bool(verbs) and quoted


# --- frames and holders -----------------------------------------------------------------------

def find_frame(doc: Doc, clause: Clause) -> Frame | None:
    """The outermost attitude frame in a clause: `〜と[は]考えています` or `〜ことを期待しています`.

    The frame's subject is the first human topic before the complement (`彼は`, `私は`,
    `人々は`); a non-human topic (`オープンソースは…安全だと考える`) belongs to the complement.
    """
    words = [t for t in doc[clause.start:clause.end] if t.pos_ not in PUNCT_POS]
    for position in range(len(words) - 1, 0, -1):
        particle = words[position]
        frame_verbs: frozenset[str]
        if particle.text == "と" and particle.pos_ in ("ADP", "SCONJ", "CCONJ") and position + 2 < len(words) \
                and words[position + 1].text == "の" and words[position + 2].lemma_ in cues.VIEW_NOUNS:
            frame_verbs = cues.VIEW_NOUNS  # `〜との見方を示した`, `〜との認識だ`
        elif particle.text == "と" and particle.pos_ in ("ADP", "SCONJ", "CCONJ"):
            frame_verbs = cues.COGNITION_VERBS | cues.SPEECH_VERBS
        elif particle.lemma_ == "こと" and position + 1 < len(words) and words[position + 1].text in ("を", "が"):
            frame_verbs = cues.KOTO_FRAME_VERBS
        else:
            continue
        after = words[position + 1:position + 6]
        verb = next((t for t in after if t.lemma_ in frame_verbs and t.pos_ in ("VERB", "NOUN", "ADJ")), None)
        if verb is None:
            continue
        between = after[:after.index(verb)]
        if particle.text == "と" and any(_is_argument(t) for t in between):
            continue  # `AとBを考える`: と joins nouns here, it does not quote
        if frame_verbs is not cues.VIEW_NOUNS and \
                any(t.pos_ in ("VERB", "ADJ", "NOUN") and t.i > verb.i and t.head.i == t.i for t in words[position + 1:]):
            continue  # the cognition verb is not the clause's last predicate
        subject = _frame_subject(doc, clause.start, particle.i, verb)
        past, progressive = _tense_after(verb, clause.end - 1)
        if subject is not None and not (past or progressive) and subject.text not in cues.SELF_PRONOUNS:
            subject = None  # bare `〜と考えます/思います` is the speaker's: `政府は…すべきだ` is the complement
        complement_start = clause.start
        if subject is not None:
            complement_start = subject.i + 1
            while complement_start < particle.i and doc[complement_start].pos_ in ("ADP", "PUNCT", "SYM"):
                complement_start += 1
        frame_start = particle.i
        if doc[particle.i - 1].text in ("」", "』"):  # `「…」と述べた`: the quotation is the proposition
            opening = next((t.i for t in reversed(doc[clause.start:particle.i - 1]) if t.text in ("「", "『")), None)
            if opening is not None:
                complement_start, frame_start = opening + 1, particle.i - 1
        return Frame(frame_start, clause.end, verb, complement_start, subject)
    return None


def _is_argument(token: Token) -> bool:
    """A verb, or a noun with a case particle after it (`Bを`): not an adverb like `本能的に`."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.pos_ == "VERB":
        return True
    return token.pos_ in ("NOUN", "PROPN") and nxt is not None and nxt.text in ("を", "が", "は", "の", "も", "と")


def _is_human(token: Token) -> bool:
    """A person (or a title after a name: `植田和男総裁`), a pronoun for people, a group of people."""
    named = token.i > 0 and is_person(token.doc[token.i - 1]) and token.pos_ == "NOUN"
    return (is_person(token) or named or token.lemma_ in cues.HUMAN_NOUNS or token.text in cues.HUMAN_NOUNS
            or token.text in cues.SELF_PRONOUNS | cues.THIRD_PERSON_PRONOUNS | cues.PARTICIPANT_PRONOUNS)


def _frame_subject(doc: Doc, start: int, end: int, verb: Token) -> Token | None:
    """The first human topic (は/も) in [start, end), or a human が-subject of the frame verb itself:
    who holds the framed view. `開発者が活用する利点だと思う` has none: 開発者 is inside."""
    for token in doc[start:end]:
        if token.pos_ not in ("NOUN", "PROPN", "PRON") or token.i + 1 >= end or not _is_human(token):
            continue
        particle = doc[token.i + 1].text
        inside = token.head.i != verb.i and token.i < token.head.i < end  # `誰もが使える…と考える`
        if particle in ("は", "としては") or (particle in ("も", "が") and not inside):
            return token
    return None


def _noun_phrase(token: Token, lower: int) -> Span:
    """The noun phrase a head noun ends: its left subtree, kept inside [lower, token]."""
    doc = token.doc
    start = max(lower, token.left_edge.i)
    while start < token.i and (doc[start].pos_ in PUNCT_POS or doc[start].pos_ == "ADP"):
        start += 1
    return doc[start:token.i + 1]


def is_person(token: Token) -> bool:
    """A token that names a person (SudachiPy 人名 or GiNZA's Person entity)."""
    return "人名" in token.tag_ or token.ent_type_ == "Person"


def person_name(token: Token, names: dict[str, str]) -> str:
    """The full name a person token belongs to (adjacent name tokens and `・`), made canonical."""
    doc = token.doc
    start = end = token.i
    while start > 0 and (is_person(doc[start - 1]) or doc[start - 1].text in ("・", "･")):
        start -= 1
    while end + 1 < len(doc) and (is_person(doc[end + 1]) or doc[end + 1].text in ("・", "･")):
        end += 1
    name = doc[start:end + 1].text.strip("・･")
    return canonical_name(name, names)


def canonical_name(name: str, names: dict[str, str]) -> str:
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
    if subject is None or self_reference or subject.lemma_ in cues.SELF_PRONOUNS or subject.text in cues.SELF_PRONOUNS:
        return default, True
    if subject.text in cues.THIRD_PERSON_PRONOUNS:
        return ctx.last_person or default, True
    if is_person(subject):
        return person_name(subject, ctx.names), True
    if subject.i > 0 and is_person(subject.doc[subject.i - 1]):  # `植田和男総裁は`
        return person_name(subject.doc[subject.i - 1], ctx.names), True
    if verb is not None and verb.lemma_ in cues.SPEECH_VERBS and subject.lemma_ not in cues.GENERIC_PEOPLE:
        return _noun_phrase(subject, subject.left_edge.i).text, True  # `大臣は…と述べた`
    return default, False


# --- filters ----------------------------------------------------------------------------------

def _final_predicate(tokens: Sequence[Token]) -> Token | None:
    """The last content word of a span that is not an auxiliary: its main predicate."""
    for token in reversed(tokens):
        if token.pos_ in ("VERB", "ADJ", "NOUN", "PROPN", "PRON", "NUM") and token.dep_ not in ("fixed", "aux"):
            return token
    return None


_NOMINALIZERS = frozenset({"こと", "もの", "の", "ん", "という", "いう", "言う", "と", "する", "いる",
                          "おる", "ある", "です", "だ", "ます"})


def predicate_core(tokens: Sequence[Token]) -> list[Token]:
    """The span without its trailing function words, nominalizers and light verbs:
    `重要な要素だということです` → `重要な要素`, `ワクワクしています` → `ワクワク`."""
    words = _content(tokens)
    end = len(words)
    while end > 1 and (words[end - 1].pos_ in ("AUX", "SCONJ", "ADP", "PART", "CCONJ")
                       or words[end - 1].lemma_ in _NOMINALIZERS or words[end - 1].dep_ == "fixed"):
        end -= 1
    return words[:end]


def _is_past_auxiliary(token: Token) -> bool:
    """The past た, also voiced after a nasal stem (`臨んだ`, `読んだ`: SudachiPy lemmatizes it as だ)."""
    if token.pos_ != "AUX":
        return False
    if token.lemma_ == "た":
        return True
    previous = token.doc[token.i - 1] if token.i else None
    return (token.text == "だ" and previous is not None and previous.pos_ == "VERB"
            and "連用形" in "".join(previous.morph.get("Inflection")))


def _tense_after(predicate: Token, last: int) -> tuple[bool, bool]:
    """(past, progressive) from the auxiliaries after a predicate, up to token `last` or a noun."""
    past = progressive = False
    for token in predicate.doc[predicate.i + 1:last + 1]:
        if token.pos_ in ("NOUN", "PROPN", "PUNCT") and token.lemma_ not in ("こと", "もの", "の"):
            break
        past = past or _is_past_auxiliary(token)
        progressive = progressive or (token.lemma_ in ("いる", "おる") and token.i > predicate.i + 1
                                      and token.doc[token.i - 1].text in ("て", "で"))
    return past, progressive


def _span_root(tokens: Sequence[Token]) -> Token:
    """The token of a span whose head lies outside it (the last such one): its main predicate."""
    first, last = tokens[0].i, tokens[-1].i
    roots = [t for t in tokens if t.head.i == t.i or not first <= t.head.i <= last]
    return roots[-1] if roots else tokens[-1]


def _is_past(tokens: Sequence[Token]) -> bool:
    """True when the span's predicate is in the past tense (ended by た/だ of the past)."""
    for token in reversed(tokens):
        if token.pos_ in PUNCT_POS:
            continue
        if _is_past_auxiliary(token):
            return True
        if token.pos_ in ("AUX", "SCONJ", "VERB") and token.dep_ in ("aux", "fixed", "mark"):
            continue
        if token.text in ("けど", "けれど", "が", "から", "ので"):
            continue
        return False
    return False


def _subject(tokens: Sequence[Token]) -> Token | None:
    """The topic or subject of a span's main predicate: a noun marked は/が/も that depends on the
    span's root, else the first topic (は), else the last subject found."""
    if not tokens:
        return None
    candidates = []
    for token in tokens[:-1]:
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.pos_ in ("NOUN", "PROPN", "PRON") and nxt is not None and nxt.text in ("は", "が", "も"):
            if token.dep_ in ("nsubj", "dislocated", "obl", "nmod", "nsubj:pass") or nxt.text == "は":
                candidates.append((token, nxt.text))
    if not candidates:
        return None
    root = _span_root(tokens)
    on_root = [token for token, _ in candidates if token.head.i == root.i]
    topics = [token for token, particle in candidates if particle == "は"]
    return (on_root or topics or [candidates[-1][0]])[0]


def reject_reason(tokens: Sequence[Token], frame: Frame | None, sentence: Doc, ctx: SentenceContext) -> str:
    """Why a clause is not an argumentative unit, or "" when it is one."""
    text = "".join(t.text_with_ws for t in tokens).strip()
    sentence_text = sentence.text.strip()
    words = _content(tokens)
    if sum(t.pos_ in CONTENT_POS for t in words) < 2:
        return "too short"
    rhetorical = any(m in sentence_text for m in cues.RHETORICAL_QUESTION)
    bare = sentence_text.rstrip("。」』）)\"'”")
    if bare.endswith(QUESTION_MARKS) or bare.endswith("か"):
        if not rhetorical:
            return "question"
    if any(t.lemma_ in cues.GREETING_LEMMAS or t.text in cues.GREETING_LEMMAS for t in sentence) and frame is None:
        return "greeting or thanks"
    if sentence_text.endswith((":", "：")):
        return "introduces what follows"
    if ctx.speaker and any(is_person(t) and person_name(t, ctx.names) == ctx.speaker for t in tokens[-4:]):
        return "self-introduction"  # `立憲民主党の佐藤花子です`
    core = predicate_core(tokens)
    predicate = _final_predicate(core)
    if predicate is None:
        return "no predicate"
    if ctx.chair and frame is None:
        return "procedural (chair)"  # `○委員長（…君）　これより会議を開きます`
    if predicate.lemma_ in cues.PROCEDURAL_VERBS and frame is None:
        subject = _subject(core)
        own = subject is None or subject.text in cues.PARTICIPANT_PRONOUNS
        if re.search(r"ましょう|しよう|ようか", text) or (own and re.search(cues.ANNOUNCEMENT_ENDING, text.rstrip("。！!"))):
            return "procedural"  # `次に…話しましょう`, `お答えいたします`, `御説明申し上げます`
    if frame is None and any(t.lemma_ in cues.FEELING_LEMMAS or t.text in cues.FEELING_LEMMAS for t in core[-2:]):
        return "feeling"
    if not ctx.speaker and not ctx.in_quote and frame is None:
        if not sentence_text.endswith(("。", "！", "!", "」", "』", "）", ")")) and not ctx.quote_holder:
            return "headline"
        if _is_past(tokens) and predicate.pos_ == "VERB" and predicate.lemma_ not in cues.STATIVE_VERBS:
            return "news report"
    if frame is None and predicate.pos_ == "VERB" and predicate.lemma_ not in cues.STATIVE_VERBS:
        subject = _subject(core)
        if subject is None or subject.i < predicate.left_edge.i:
            subject = _subject(list(predicate.doc[predicate.left_edge.i:predicate.i + 1])) or subject
        participant = subject is not None and (subject.lemma_ in cues.PARTICIPANT_PRONOUNS
                                               or subject.text in cues.PARTICIPANT_PRONOUNS)
        past, progressive = _tense_after(predicate, tokens[-1].i)
        marked = any(m in text for m in cues.HEDGE_MARKERS + cues.NORMATIVE_MARKERS + cues.STRONG_MARKERS)
        # `(私たちは)3つのモデルをリリースしました`, `私たちは…に注力しており`: a report
        if ctx.speaker and not marked and ((past and (participant or subject is None)) or (progressive and participant)):
            return "own action"
    return ""


# --- attributes -------------------------------------------------------------------------------

def find_analogy_marker(text: str) -> tuple[str, int]:
    """(marker, position) of the analogy in a span (`のように`, `と同じように`, a path verb such as
    `経路を辿る`), or ("", -1). `次のように`, `どのように`, `言ったように` are no analogies."""
    for marker in cues.PATH_ANALOGY:
        if marker in text:
            return marker, text.index(marker)
    for marker in cues.ANALOGY_MARKERS:
        for match in re.finditer(re.escape(marker) + "(?!らい)", text):
            before = text[:match.start()]
            with_verb = before + marker.split("ように")[0] if "ように" in marker else before  # `言った`
            if before and not before.endswith(cues.NOT_ANALOGY_BEFORE_YOUNI) \
                    and not with_verb.endswith(cues.NOT_ANALOGY_BEFORE_YOUNI):
                return marker, match.start()
    return "", -1


def comparison_standard(tokens: Sequence[Token]) -> tuple[str, str]:
    """(cue, standard) of an explicit comparison: `Xより(も)`, `Xと比べて`, `最も`, `同じくらい`, `方が`."""
    for token in tokens:
        if token.text == "より" and token.pos_ == "ADP":
            head = token.head if token.head.i < token.i else token.doc[token.i - 1]
            return "より", _noun_phrase(head, tokens[0].i).text
    text = "".join(t.text for t in tokens)
    for word in cues.COMPARISON_WORDS:
        if word in text:
            standard = ""
            if word in ("比べ", "比較"):
                match = re.search(r"([^、。]+?)と(?:比べ|比較)", text)
                standard = match.group(1) if match else ""
            return word, standard
    for token in tokens:
        if token.lemma_ == "方" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "が":
            return "方が", ""
        if token.text == "より" and token.pos_ == "ADV" and token.i + 1 < len(token.doc):
            nxt = token.doc[token.i + 1]
            if nxt.pos_ == "ADJ" and not nxt.lemma_.startswith("多"):
                return "より+形容詞", ""
    return "", ""


def unit_type(tokens: Sequence[Token], text: str, frame: Frame | None, past: bool) -> tuple[str, str]:
    """(type, cue): normative > causal > analogy > comparison > prediction > evaluation > assertion."""
    for marker in cues.NORMATIVE_MARKERS:
        if marker in text:
            return "normative", marker
    frame_text = frame.verb.doc[frame.start:frame.end].text.rstrip("。") if frame is not None else ""
    if (text + frame_text).endswith(cues.CAUSAL_ENDINGS) or re.search(r"理由は", text):
        return "causal", "からです" if "から" in text[-8:] else "理由"
    marker, _ = find_analogy_marker(text)
    if marker:
        return "analogy", marker
    comparison, _ = comparison_standard(tokens)
    if comparison:
        return "comparison", comparison
    if not past:
        marker = next((m for m in cues.PREDICTION_MARKERS if m in text or m in frame_text), "")
        if marker:
            return "prediction", marker
        if frame is not None and frame.verb.lemma_ in ("予測", "予想", "見込む"):
            return "prediction", frame.verb.lemma_
        # a plain non-past action or change (`市場が形成される`) is a prediction; a state, a
        # progressive (`〜している`) or a wish (`〜したい`) is not
        predicate = _final_predicate(_content(tokens))
        progressive = bool(re.search(r"(て|で)(い|お)[るます]|つつあ", text[-8:]))
        desire = bool(re.search(r"たい(?:と|$|です|の)|たがっ", text))
        if predicate is not None and predicate.pos_ == "VERB" and predicate.lemma_ not in cues.STATIVE_VERBS \
                and not progressive and not desire and predicate.lemma_ not in cues.COGNITION_VERBS:
            return "prediction", f"動詞:{predicate.lemma_}"
    # the predicate's last words, or the topic's head and its adjective (`新しい点は…ことだ`)
    subject = _subject(_content(tokens))
    topic = [subject] + [t for t in subject.children if t.dep_ in ("amod", "acl") and t.i < subject.i] \
        if subject is not None else []
    for token in predicate_core(tokens)[-3:] + topic:
        if token.lemma_ in cues.EVALUATIVE_LEMMAS or (token.pos_ == "ADJ" and token.tag_.startswith(("形容詞", "形状詞"))):
            return "evaluation", token.lemma_
    return "assertion", ""


_NEGATION = re.compile(r"(ない|なく|なかっ|ません|ませんでし|(?<!は)ず(?![っつ])|ぬ|ねえ|ないで)")
_HARD_TO = re.compile(r"(にく|難|がた|づら)い")  # `〜とは考えにくい` denies the proposition
_NOT_NEGATION = re.compile(r"(ではないでしょうか|じゃないですか|ではないか|ないでしょうか|じゃないか|"
                           r"ではありませんか|かもしれない|かもしれません|に違いない|しかない|ほかない|"
                           r"ざるを得な|なければ|なくては|ないといけ|ないと|ないほど|ないくらい|ないぐらい)")


def polarity(tokens: Sequence[Token], frame_text: str) -> tuple[str, str]:
    """("neg"|"pos", cue): negation of the final predicate (its last bunsetu) or of the frame."""
    doc = tokens[0].doc
    last_bunsetu_start = tokens[-1].i
    while last_bunsetu_start > tokens[0].i and ginza.bunsetu_bi_label(doc[last_bunsetu_start]) != "B":
        last_bunsetu_start -= 1
    # an auxiliary bunsetu (`ありません`) negates the one before it too
    tail = doc[max(tokens[0].i, last_bunsetu_start - 1):tokens[-1].i + 1].text if \
        doc[last_bunsetu_start].pos_ in ("AUX", "VERB") and doc[last_bunsetu_start].lemma_ in ("ある", "いる", "ない") \
        else doc[last_bunsetu_start:tokens[-1].i + 1].text
    for part, where in ((tail, "述語"), (frame_text, "枠")):
        cleaned = _NOT_NEGATION.sub("", part)
        match = _NEGATION.search(cleaned) or (_HARD_TO.search(cleaned) if where == "枠" else None)
        if match:
            return "neg", f"{where}:{match.group(0)}"
    return "pos", ""


def _is_hedged_text(text: str) -> bool:
    return any(marker in text for marker in cues.HEDGE_MARKERS)


def is_hedged(text: str, frame: Frame | None, frame_text: str) -> tuple[int, str]:
    """(1|0, cue): hedges in the proposition or a weak frame (`と思います`); strong frames are not."""
    for marker in cues.HEDGE_MARKERS:
        if marker in text or marker in frame_text:
            return 1, marker
    if frame is not None and frame.verb.lemma_ in cues.HEDGING_FRAME_VERBS:
        return 1, f"と{frame.verb.lemma_}"
    return 0, ""


def target_phrase(tokens: Sequence[Token]) -> str:
    """What a unit is about: the compact noun phrase (`これらの企業`, `性能ギャップ`) of its topic
    (は) or subject (が); not the noun of a modal predicate (`必要がある`, `可能性がある`)."""
    subject = _subject([t for t in _content(tokens) if t.lemma_ not in cues.NOT_TARGETS])
    if subject is None:
        return ""
    doc, start = subject.doc, subject.i
    while start > tokens[0].i and (doc[start - 1].pos_ in ("NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ")
                                   or (doc[start - 1].text == "な" and doc[start - 2].pos_ == "ADJ")
                                   or (doc[start - 1].text == "の" and start - 2 >= tokens[0].i
                                       and doc[start - 2].pos_ in ("PRON", "DET", "NOUN", "NUM")
                                       and doc[start - 2].lemma_ in cues.DEMONSTRATIVE_MODIFIERS)):
        start -= 1
    return doc[start:subject.i + 1].text


# --- units ------------------------------------------------------------------------------------

def _strip_edges(doc: Doc, start: int, end: int, strip_reason_ending: bool) -> tuple[int, int]:
    """Drop punctuation and a leading connective (しかし、なぜなら、) from a token range, and with
    `strip_reason_ending` the `〜からです` that closes a なぜなら sentence."""
    leading = sorted(cues.SENTENCE_REASON + cues.SENTENCE_CONTRAST + cues.SENTENCE_CONSEQUENCE
                     + cues.SENTENCE_EXAMPLE, key=len, reverse=True)
    if start < end:
        text = doc[start:end].text
        connective = next((c for c in leading if text.startswith(c)), "")
        begin = doc[start].idx
        while start < end and doc[start].idx < begin + len(connective):  # `しかしながら`: two tokens
            start += 1
    while start < end and (doc[start].pos_ in PUNCT_POS or doc[start].pos_ == "CCONJ" or doc[start].text in leading):
        start += 1
    while end > start and doc[end - 1].pos_ in PUNCT_POS:
        end -= 1
    if strip_reason_ending and start < end:
        match = re.search(r"(から|ため|ので)(です|だ|である|でしょう)?$", doc[start:end].text)
        if match:
            keep_before = doc[start].idx + match.start()
            while end > start + 1 and doc[end - 1].idx >= keep_before:
                end -= 1
    return start, end


def sentence_connective(doc: Doc) -> str:
    """A connective in the first words of a sentence (しかし, なぜなら, むしろ, だから, 例えば), or ""."""
    words = [t for t in doc if t.pos_ not in PUNCT_POS][:3]
    text = "".join(t.text for t in words)
    for connective in cues.SENTENCE_REASON + cues.SENTENCE_CONSEQUENCE + cues.SENTENCE_EXAMPLE + cues.SENTENCE_CONTRAST:
        if text.startswith(connective) or (connective == "むしろ" and "むしろ" in text):
            return connective
    return ""


def _merge_conditions_into_frames(doc: Doc, clauses: list[Clause]) -> list[Clause]:
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
    return _final_predicate(_content(doc[clause.start:clause.end]))


def _within(token: Token, frame: Frame) -> bool:
    """True when a token's chain of heads reaches the frame's complement before the frame verb."""
    seen = token
    for _ in range(30):
        if seen.i == frame.verb.i:
            return False
        if seen.head.i == seen.i:
            return False
        if frame.complement_start <= seen.head.i < frame.start and seen.head.dep_ in ("ccomp", "acl", "advcl", "obj"):
            return True
        seen = seen.head
    return False


def extract_units(doc: Doc, ctx: SentenceContext, sentence_cue: str | None = None) -> Iterator[Unit]:
    """Yield the argumentative units of one sentence Doc (`sentence_cue`: its leading
    connective, when the caller already has it)."""
    sentence_cue = sentence_connective(doc) if sentence_cue is None else sentence_cue
    clauses = _merge_conditions_into_frames(doc, split_clauses(doc))
    kept: list[tuple[Clause, int, int, Frame | None, str, bool]] = []
    for clause in clauses:
        frame = find_frame(doc, clause)
        holder, own_frame = (resolve_holder(frame.subject, ctx, frame.verb) if frame
                             else (ctx.quote_holder or ctx.speaker, True))
        if frame is not None and not own_frame:
            frame = None  # `人々は…と考えていた`: the belief of others is itself the proposition
        start = frame.complement_start if frame else clause.start
        end = frame.start if frame else clause.end
        reason_premise = sentence_cue in cues.SENTENCE_REASON and clause.link == "final"
        start, end = _strip_edges(doc, start, end, reason_premise)
        if start >= end:
            continue
        tokens = list(doc[start:end])
        rejected = reject_reason(list(doc[clause.start:clause.end]) if frame is None else tokens, frame, doc, ctx)
        if rejected:
            continue
        # concessive が joins two units into one (`Xですが、Yではありません`)
        if kept and kept[-1][0].link == "contrast" and frame is None and kept[-1][3] is None:
            previous = kept.pop()
            start = previous[1]
            tokens = list(doc[start:end])
        kept.append((clause, start, end, frame, holder, own_frame))
    # a reason or condition whose main clause is no unit (`〜ので、楽しみです`) supports nothing
    while kept and kept[-1][0].link in SUBORDINATE_LINKS:
        kept.pop()
    for clause, start, end, frame, holder, _ in kept:
        yield _make_unit(doc, ctx, clause, start, end, frame, holder, sentence_cue)


def _make_unit(doc: Doc, ctx: SentenceContext, clause: Clause, start: int, end: int,
               frame: Frame | None, holder: str, sentence_cue: str) -> Unit:
    tokens = list(doc[start:end])
    text = doc[start:end].text
    frame_text = doc[frame.start:frame.end].text.rstrip("。、,，!！").lstrip("」』") if frame else ""
    past = _is_past(tokens)
    kind, type_cue = unit_type(tokens, text, frame, past)
    pol, pol_cue = polarity(tokens, frame_text)
    hedge, hedge_cue = is_hedged(text, frame, frame_text)
    _, standard = comparison_standard(tokens) if kind == "comparison" else ("", "")
    role, role_cue = _role(clause, sentence_cue, frame, past, ctx, kind, tokens)
    marker, source = analogy_source(text)
    unit_cues = [f"role:{role_cue}", f"type:{type_cue or kind}"]
    if frame_text:
        unit_cues.append(f"frame:{frame_text}")
    if pol_cue:
        unit_cues.append(f"polarity:{pol_cue}")
    if hedge_cue:
        unit_cues.append(f"hedge:{hedge_cue}")
    return Unit(ctx=ctx, tok_start=start, tok_end=end, start=ctx.start + doc[start].idx,
                end=ctx.start + doc[end - 1].idx + len(doc[end - 1].text), text=text, role=role,
                frame=frame_text, type=kind, polarity=pol, hedged=hedge, holder=holder,
                target=target_phrase(tokens), standard=standard, cues=unit_cues, link=clause.link,
                link_cue=clause.link_cue, sentence_cue=sentence_cue,
                analogy_marker=marker, analogy_source=source)


def _role(clause: Clause, sentence_cue: str, frame: Frame | None, past: bool, ctx: SentenceContext,
          kind: str, tokens: Sequence[Token]) -> tuple[str, str]:
    """(role, cue). Premises: reasons, conditions, concessions, `なぜなら` sentences, and the
    facts an argument rests on that nobody frames as a view: past events, what exists, what the
    speakers are. A framed view, a strong marker or a `しかし` sentence is a claim."""
    if clause.link in SUBORDINATE_LINKS:
        return "premise", clause.link_cue
    if sentence_cue in cues.SENTENCE_REASON:
        return "premise", sentence_cue
    text = "".join(t.text for t in tokens)
    if frame is not None or sentence_cue in cues.SENTENCE_CONTRAST or text.startswith(cues.STRONG_MARKERS) \
            or not ctx.speaker:
        return "claim", "frame" if frame else (sentence_cue or "assertion")
    if past:
        return "premise", "過去の事実"
    if ctx.after_reason and kind in ("assertion", "comparison", "analogy") and not _is_hedged_text(text):
        return "premise", "理由の続き"  # `なぜなら A からです。B。`: B adds to the reasons
    if kind == "assertion":
        subject = _subject(_content(tokens))
        root = _span_root(tokens)
        if root.lemma_ in ("ある", "有る", "いる", "居る", "存在") and "こと" not in text[-10:]:
            return "premise", "存在の事実"  # (`〜することはありません` denies an event instead)
        if subject is not None and subject.text in cues.SELF_PRONOUNS:
            return "premise", "話し手についての事実"
    return "claim", "assertion"


def analogy_source(text: str) -> tuple[str, str]:
    """(marker, source domain) of an analogy: the phrase before `のように` (for a clause,
    `人々がXを好むのと同じように`, what its verb governs: X) or the owner of the path (`Linuxの発展経路`)."""
    marker, index = find_analogy_marker(text)
    if not marker:
        return "", ""
    before = text[:index]
    if marker in cues.PATH_ANALOGY:  # `Linuxの発展経路を辿る`, `かつての携帯電話の普及の道を辿る`
        terms = [t for t in re.findall(r"[\u30a0-\u30ffA-Za-z0-9\u4e00-\u9fff・]{2,}", before.rsplit("、", 1)[-1])
                 if t not in cues.PATH_WORDS]
        return marker, terms[0] if terms else ""
    if marker.startswith("と") and before.endswith("の"):
        before = before[:-1]
    if marker.endswith("ように、") or (before and before[-1] in "るたいう"):
        # a clause (`人々がXを好むのと同じように`, `AがBに代わったように`): what its verb governs,
        # else its subject
        clause = before.rsplit("、", 1)[-1]
        match = re.search(r"([^、。はがを]+?)を[^を]*$", clause) or re.search(r"([^、。はがを]+?)[がは]", clause)
        if match:
            return marker, match.group(1)
    match = re.search(r"([^、。はがをに]+)$", before)
    return marker, match.group(1) if match else before


# --- stage ------------------------------------------------------------------------------------

def document_units(sentences: pd.DataFrame, turns: pd.DataFrame, docs: Sequence[Doc]) -> Iterator[Unit]:
    """Yield the units of one document in reading order, carrying the discourse state that
    attribution needs: the last person named (for `彼`) and who is being quoted."""
    roles = dict(zip(turns["turn_id"], turns["role"]))
    chairs = {t for t, label in zip(turns["turn_id"], turns["label"]) if re.search(cues.CHAIR_LABEL, label)}
    speakers = [s for s in turns["speaker"] if s]
    names = canonical_names(speakers) if speakers else {}
    last_person = ""
    quote_holder = ""
    reason_paragraph = None  # (turn, paragraph, index) of the last なぜなら sentence
    for index, ((_, row), doc) in enumerate(zip(sentences.iterrows(), docs)):
        in_quote = str(row["in_quote"]) == "1"
        if not in_quote:
            quote_holder = ""
        ctx = SentenceContext(
            doc_id=row["doc_id"], sent_id=row["sent_id"], index=index, turn_id=row["turn_id"],
            speaker=row["speaker"],
            role=roles.get(row["turn_id"], ""), start=int(row["start"]), in_quote=in_quote,
            paragraph=int(row["paragraph"]), quote_holder=quote_holder, last_person=last_person, names=names,
            after_reason=reason_paragraph == (row["turn_id"], int(row["paragraph"]), index - 1),
            chair=row["turn_id"] in chairs)
        connective = sentence_connective(doc)
        yield from extract_units(doc, ctx, connective)
        if connective in cues.SENTENCE_REASON:
            reason_paragraph = (row["turn_id"], int(row["paragraph"]), index)
        if not in_quote and doc.text.rstrip().endswith((":", "：")):
            quote_holder = _quote_introducer(doc, ctx)
        last_person = _last_person(doc, names) or last_person
        if last_person and last_person not in names:
            names[last_person] = last_person  # a later short form (`鈴木`) maps to it


def _quote_introducer(doc: Doc, ctx: SentenceContext) -> str:
    """Who speaks the quotation that a sentence like `彼は次のように述べています:` introduces."""
    subject = _subject(_content(list(doc)))
    holder, _ = resolve_holder(subject, ctx)
    return holder


def _last_person(doc: Doc, names: dict[str, str]) -> str:
    """The last person named in a sentence (not a pronoun), made canonical."""
    people = [t for t in doc if is_person(t)]
    return person_name(people[-1], names) if people else ""


def _question_turns(turns: pd.DataFrame) -> dict[str, str]:
    """Map each interviewee turn to the interviewer turn just before it."""
    answers: dict[str, str] = {}
    last_question = ""
    for turn_id, role in zip(turns["turn_id"], turns["role"]):
        if role == "interviewer":
            last_question = turn_id
        elif role == "interviewee" and last_question:
            answers[turn_id] = last_question
    return answers


DocumentTask = tuple[str, pd.DataFrame, pd.DataFrame, Path, Sequence[Code]]
DocumentTables = tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, list[KeyPointInput], list[str]]
# Documents a worker takes at a time, and how many before it is replaced (memory stays flat).
DOCUMENTS_PER_TASK = 4
WORKER_TASKS = 200


def _extract_document(task: DocumentTask) -> tuple[str, DocumentTables | str]:
    """One document's tables from its cached parse, or the error that stopped it (as text:
    one document's failure must not cost the others theirs)."""
    doc_id, sentences, turns, cache_dir, codebook = task
    try:
        docs = cached_docs(list(sentences["text"]), cache_dir)
        return doc_id, document_tables(doc_id, sentences, turns, docs, codebook)
    except Exception as err:
        return doc_id, f"extract failed: {type(err).__name__}: {err}"


def _extracted(tasks: list[DocumentTask], workers: int) -> Iterator[tuple[str, DocumentTables | str]]:
    """Each document's tables, in order; on `workers` forked processes when there are several
    documents (they share the vocabulary loaded before the fork)."""
    if workers <= 1 or len(tasks) < 2 * DOCUMENTS_PER_TASK:
        yield from map(_extract_document, tasks)
        return
    load_vocab()
    gc.freeze()  # the loaded vocabulary is permanent: the workers' collector need not walk (and copy) it
    with multiprocessing.get_context("fork").Pool(workers, maxtasksperchild=WORKER_TASKS) as pool:
        yield from pool.imap(_extract_document, tasks, chunksize=DOCUMENTS_PER_TASK)


def extract_corpus(out_dir: Path, cache_dir: Path, codebook: Sequence[Code] = (), *, workers: int = 0) -> int:
    """Stage: read the segment and parse outputs, write claims, relations, arguments, keypoints.

    Documents are extracted on `workers` processes (0: one per core) and streamed back in order;
    what stays in memory for the whole corpus is the claims' rows, which need their key points,
    and key-point profiles. `codebook` rules (pipeline.codes) fill the claims' `codes`.
    Returns the number of documents that failed (each recorded in documents.csv, the others written).
    """
    documents = read_table("documents", out_dir)
    turns = read_table("turns", out_dir)
    sentences = read_table("sentences", out_dir)
    turns_by_doc = dict(tuple(turns.groupby("doc_id", sort=False)))
    tasks: list[DocumentTask] = [(str(doc_id), frame, turns_by_doc[doc_id], cache_dir, codebook)
                                 for doc_id, frame in sentences.groupby("doc_id", sort=False)]
    claim_frames: list[pd.DataFrame] = []
    keypoints = KeyPointIndex()
    counts: Counter[str] = Counter()
    n_relations = n_arguments = 0
    failures: dict[str, str] = {}
    with TableWriter("relations", out_dir) as relation_table, TableWriter("arguments", out_dir) as argument_table:
        for doc_id, result in _extracted(tasks, workers or os.cpu_count() or 1):
            if isinstance(result, str):
                failures[doc_id] = result
                print(f"error: {doc_id}: {result}", file=sys.stderr)
                continue
            claims, relations, arguments, inputs, claim_ids = result
            keypoints.add_document(inputs, claim_ids)
            claim_frames.append(claims)
            relation_table.write(relations)
            argument_table.write(arguments)
            counts[doc_id] = len(claims)
            n_relations += len(relations)
            n_arguments += len(arguments)
    claims = pd.concat(claim_frames, ignore_index=True) if claim_frames else table_frame("claims", [])
    groups = keypoints.groups()
    keypoint_of = {claim_id: f"k{n:03d}" for n, group in enumerate(groups, 1) for claim_id in group}
    claims["keypoint_id"] = [keypoint_of.get(c, "") for c in claims["claim_id"]]
    for doc_id, message in failures.items():
        documents.loc[documents["doc_id"] == doc_id, ["status", "error"]] = ["error", message]
    documents["n_claims"] = [counts.get(d, 0) if s == "ok" else None
                             for d, s in zip(documents["doc_id"], documents["status"])]
    write_table(claims, "claims", out_dir)
    write_table(table_frame("keypoints", keypoint_rows(claims, groups)), "keypoints", out_dir)
    write_table(documents, "documents", out_dir)
    print(f"extract: {len(claims)} units, {n_relations} relations, {n_arguments} arguments, "
          f"{len(groups)} key points", file=sys.stderr)
    return len(failures)


def document_tables(doc_id: str, sentences: pd.DataFrame, turns: pd.DataFrame, docs: Sequence[Doc],
                    codebook: Sequence[Code] = ()) -> DocumentTables:
    """One document's claims, relations and arguments tables, and its claims' key-point inputs."""
    units = list(document_units(sentences, turns, docs))
    relations = list(find_relations(units))
    for index in background_of_contrast(units, relations):
        units[index].role = "premise"
        units[index].cues[0] = "role:対比される背景"
    docs_by_sentence = dict(zip(sentences["sent_id"], docs))
    answers = _question_turns(turns)
    ids = [f"{doc_id}:c{n:03d}" for n in range(1, len(units) + 1)]
    inputs = [keypoint_input(docs_by_sentence[u.ctx.sent_id][u.tok_start:u.tok_end], doc_id=doc_id,
                             turn_id=u.ctx.turn_id, sentence_index=u.ctx.index)
              for u in units if u.role == "claim"]  # key points group claims, not their premises
    spans = [docs_by_sentence[u.ctx.sent_id][u.tok_start:u.tok_end] for u in units]
    codes = [" ".join(code_names(codebook, [(t.lemma_, t.text) for t in span])) for span in spans]
    claims = table_frame("claims", (_claim_row(unit, claim_id, answers, unit_codes)
                                    for unit, claim_id, unit_codes in zip(units, ids, codes)))
    relation_rows = table_frame("relations", (
        {"doc_id": doc_id, "relation_id": f"{doc_id}:r{n:03d}", "source_id": ids[r.source],
         "target_id": ids[r.target], "label": r.label, "cue": r.cue} for n, r in enumerate(relations, 1)))
    argument_rows = table_frame("arguments", (
        {"doc_id": doc_id, "argument_id": f"{doc_id}:a{n:02d}", "scheme": a.scheme,
         "conclusion_id": ids[a.conclusion], "premise_ids": " ".join(ids[p] for p in a.premises),
         "source_domain": a.source_domain, "target_domain": a.target_domain, "cue": a.cue}
        for n, a in enumerate(find_arguments(units), 1)))
    return claims, relation_rows, argument_rows, inputs, [i for u, i in zip(units, ids) if u.role == "claim"]


def _claim_row(unit: Unit, claim_id: str, answers: dict[str, str], codes: str) -> dict[str, object]:
    ctx = unit.ctx
    return {"doc_id": ctx.doc_id, "claim_id": claim_id, "role": unit.role, "sent_id": ctx.sent_id,
            "turn_id": ctx.turn_id, "speaker": ctx.speaker, "holder": unit.holder, "start": unit.start,
            "end": unit.end, "text": unit.text, "frame": unit.frame, "type": unit.type,
            "polarity": unit.polarity, "hedged": unit.hedged, "target": unit.target,
            "standard": unit.standard, "cue": "; ".join(unit.cues), "keypoint_id": "",
            "question_turn_id": answers.get(ctx.turn_id, ""), "codes": codes}


def keypoint_rows(claims: pd.DataFrame, groups: list[list[str]]) -> list[dict[str, object]]:
    """keypoints.csv rows: each group labelled with its most central claim's text."""
    by_id = claims.set_index("claim_id")
    rows = []
    for n, members in enumerate(groups, 1):
        holders = Counter(str(by_id.at[m, "holder"]) or "(narration)" for m in members)
        rows.append({"keypoint_id": f"k{n:03d}", "label": by_id.at[members[0], "text"],
                     "n_claims": len(members), "n_docs": len({by_id.at[m, "doc_id"] for m in members}),
                     "holders": "; ".join(f"{h} ({c})" for h, c in holders.most_common()),
                     "claim_ids": " ".join(members)})
    return rows
