"""Token and span helpers over a GiNZA sentence Doc that every extractor shares: content words,
the main predicate, its tense, its subject, person names. No decisions are made here."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.extract import cues

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def content_tokens(tokens: Sequence[Token]) -> list[Token]:
    """The words of a span without its punctuation (is_punctuation: `第２子` stays a word)."""
    return [t for t in tokens if not is_punctuation(t)]


def noun_phrase(token: Token, lower: int) -> Span:
    """The noun phrase a head noun ends: its left subtree, kept inside [lower, token]."""
    doc = token.doc
    start = max(lower, token.left_edge.i)
    while start < token.i and (is_punctuation(doc[start]) or doc[start].pos_ == "ADP"):
        start += 1
    return doc[start:token.i + 1]


def is_person(token: Token) -> bool:
    """A token that names a person (SudachiPy 人名 or GiNZA's Person entity)."""
    return "人名" in token.tag_ or token.ent_type_ == "Person"


def final_predicate(tokens: Sequence[Token]) -> Token | None:
    """The last content word of a span that is not an auxiliary: its main predicate."""
    for token in reversed(tokens):
        if token.pos_ in ("VERB", "ADJ", "NOUN", "PROPN", "PRON", "NUM") and token.dep_ not in ("fixed", "aux"):
            return token
    return None


def predicate_core(tokens: Sequence[Token]) -> list[Token]:
    """The span without its trailing function words, nominalizers and light verbs:
    `重要な要素だということです` → `重要な要素`, `ワクワクしています` → `ワクワク`."""
    words = content_tokens(tokens)
    end = len(words)
    while end > 1 and (words[end - 1].pos_ in ("AUX", "SCONJ", "ADP", "PART", "CCONJ")
                       or words[end - 1].lemma_ in cues.NOMINALIZERS or words[end - 1].dep_ == "fixed"):
        end -= 1
    return words[:end]


def is_past_auxiliary(token: Token) -> bool:
    """The past た, also voiced after a nasal stem (`臨んだ`, `読んだ`: SudachiPy lemmatizes it as だ)."""
    if token.pos_ != "AUX":
        return False
    if token.lemma_ == "た":
        return True
    previous = token.doc[token.i - 1] if token.i else None
    return (token.text == "だ" and previous is not None and previous.pos_ == "VERB"
            and "連用形" in "".join(previous.morph.get("Inflection")))


def tense_after(predicate: Token, last: int) -> tuple[bool, bool]:
    """(past, progressive) from the auxiliaries after a predicate, up to token `last` or a noun."""
    past = progressive = False
    for token in predicate.doc[predicate.i + 1:last + 1]:
        if token.pos_ in ("NOUN", "PROPN", "PUNCT") and token.lemma_ not in ("こと", "もの", "の"):
            break
        past = past or is_past_auxiliary(token)
        progressive = progressive or (token.lemma_ in ("いる", "おる") and token.i > predicate.i + 1
                                      and token.doc[token.i - 1].text in ("て", "で"))
    return past, progressive


def names_an_event(verb: Token) -> bool:
    """`廃止(される)`, `統合(する)`, `無償化(される)`: a verbal noun names an event in one word, a proposition
    of its own as a condition (`廃止されれば`); a word about the talk (`極論すれば`) names none."""
    return verb.pos_ == "VERB" and verb.tag_.startswith(cues.VERBAL_NOUN_TAG) and verb.lemma_ not in cues.META_CONDITION_LEMMAS


def is_punctuation(token: Token) -> bool:
    """Punctuation by GiNZA's tag and by SudachiPy's: the tagger sometimes calls a word PUNCT
    (`第２子` with a full-width digit, `GPT-4` SYM), which a span's words must keep."""
    return token.pos_ in cues.PUNCT_POS and not token.tag_.startswith(cues.WORD_TAGS)


def span_root(tokens: Sequence[Token]) -> Token:
    """The token of a span whose head lies outside it (the last such one): its main predicate."""
    first, last = tokens[0].i, tokens[-1].i
    roots = [t for t in tokens if t.head.i == t.i or not first <= t.head.i <= last]
    return roots[-1] if roots else tokens[-1]


def negated_adjective(tokens: Sequence[Token]) -> Token | None:
    """The adjective of `望ましくありません`, `正しくない`: GiNZA parses its く-form as an adverb of
    the verb ある, which then looks like a statement that something exists."""
    root = span_root(tokens)
    if root.lemma_ not in cues.EXISTENCE_VERBS or root.i == 0:
        return None
    before = root.doc[root.i - 1]
    return before if before.head.i == root.i and before.tag_.startswith("形容詞") else None


def view_of_what_was_said(root: Token) -> bool:
    """`私はそうは思いません`, `私はそのようには考えておりません`: a view of what was just said, held or
    denied, is a claim about it, no report of the speaker's thinking (`この問題について考えています`)."""
    return root.lemma_ in cues.COGNITION_VERBS and any(
        child.lemma_ in cues.SO_ADVERBS or child.lemma_ == cues.MANNER_NOUN for child in root.children)


def is_past(tokens: Sequence[Token]) -> bool:
    """True when the span's predicate is in the past tense (ended by た/だ of the past)."""
    for token in reversed(tokens):
        if is_punctuation(token):
            continue
        if is_past_auxiliary(token):
            return True
        if token.pos_ in ("AUX", "SCONJ", "VERB") and token.dep_ in ("aux", "fixed", "mark"):
            continue
        if token.text in ("けど", "けれど", "が", "から", "ので"):
            continue
        if token.pos_ == "PART" and token.text in cues.FINAL_PARTICLES:
            continue  # `〜ことになりましたよね`: a particle after the tense changes no tense
        return False
    return False


def subject_of(tokens: Sequence[Token]) -> Token | None:
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
    root = span_root(tokens)
    on_root = [token for token, _ in candidates if token.head.i == root.i]
    topics = [token for token, particle in candidates if particle == "は"]
    return (on_root or topics or [candidates[-1][0]])[0]


def has_quantity(tokens: Sequence[Token]) -> bool:
    """True when a span states a measured quantity: a number with a counter that is no date or
    ordinal (`約六百万人`, `15億円`), or with `%`/`割`/`倍`. Numbers in idioms and names
    (`一つ一つ`, `第一歩`, `八ッ場`) measure nothing."""
    for token in tokens:
        if "数詞" not in token.tag_ or token.i + 1 >= len(token.doc):
            continue
        counter = token.doc[token.i + 1]
        after = token.doc[counter.i + 1].text if counter.i + 1 < len(token.doc) else ""
        if after in cues.ORDINAL_SUFFIXES:
            continue  # `二つ目`: an ordinal
        if _measures(token, counter):
            return True
    return False


def _fraction(counter: Token) -> bool:
    """`3分の2`, `四分の一`: 分 between two numbers divides, it counts no minutes."""
    doc = counter.doc
    return counter.text == cues.FRACTION_DIVIDER and counter.i + 2 < len(doc) \
        and doc[counter.i + 1].text == cues.FRACTION_PARTICLE \
        and "数詞" in doc[counter.i + 2].tag_


def _measures(number: Token, counter: Token) -> bool:
    """True when a number and the word after it make an amount (`15億円`, `三百人`, `2.4%`)."""
    if number.i > 0 and number.doc[number.i - 1].text in cues.ORDINAL_PREFIXES:
        return False  # `第一歩`, `第三者`
    if counter.text.startswith(cues.QUANTITY_SYMBOLS) or _fraction(counter):
        return True
    if counter.text in cues.NOT_QUANTITY_COUNTERS or counter.text in cues.IDIOM_COUNTERS:
        return False
    if counter.text in cues.COUNTER_NOUNS:
        return True
    if number.i > 0 and number.doc[number.i - 1].text in cues.COUNT_PARTICLES and counter.text in cues.BARE_COUNT_AFTER:
        return True  # `施設が５、`, `病院が２であります`: a bare count after its noun
    return "助数詞" in counter.tag_ and number.text not in cues.IDIOM_NUMERALS
