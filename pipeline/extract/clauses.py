"""Clauses: where a sentence is cut into units (reasons, conditions, concessions, completed
frames, parallel clauses), from GiNZA's bunsetu (文節) and each bunsetu's last words."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract import cues
from pipeline.extract.frames import agent_after_quote, find_frame, is_appositive_iu
from pipeline.extract.records import Clause, Frame
from pipeline.extract.syntax import content_tokens, final_predicate, names_an_event
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
    if len(words) > 1 and words[-2].pos_ == "SCONJ" and words[-2].text + last.text in cues.CONTRAST_CONJUNCTIONS:
        return "contrast", words[-2].text + last.text  # `けれど` + `も`: GiNZA's two tokens
    if tail.endswith(cues.PURPOSE_FOR):
        return "purpose", cues.PURPOSE_FOR  # `〜を立て直すためには`
    nodewa = next((ending for ending in cues.NODEWA_CONDITION if tail.endswith(ending)), "")
    if nodewa and bunsetu[-1].text in cues.COMMAS:
        return "condition", nodewa
    if tail.endswith(cues.REASON_ENDINGS) or (last.text == cues.REASON_PARTICLE and last.pos_ == "SCONJ"):
        return "reason", cues.REASON_ENDINGS[0] if cues.REASON_ENDINGS[0] in tail else cues.REASON_PARTICLE
    if last.lemma_ == cues.REASON_NOUN or tail.endswith(cues.REASON_NOUN_ENDINGS):
        return ("purpose", cues.REASON_NOUN) if _purpose_tame(last) else ("reason", cues.REASON_NOUN)
    if _given_that(bunsetu, words):
        return "reason", cues.GIVEN_THAT
    if _all_the_more(bunsetu, words):
        return "reason", "".join(cues.ALL_THE_MORE)
    if _koto_kara(bunsetu, words):
        return "reason", "".join(cues.REASON_KOTO_KARA)
    if _circumstance(bunsetu, words):
        return "reason", "".join(cues.CIRCUMSTANCE)
    if tail.endswith(cues.PURPOSE_ENDING):
        return "purpose", cues.PURPOSE_ENDING
    if last.text == cues.EXAMPLE_NADO and len(words) > 1 and words[-2].pos_ in ("VERB", "AUX") \
            and (bunsetu[-1].text in cues.COMMAS or _opens_a_phrase(bunsetu)):
        # `〜を延長するなど、…努力している`, `料金が上がるなど経営は苦しい`: an instance of what follows,
        # with or without its comma (not `〜などして`, `〜などの`: など is still inside its phrase)
        return "example", cues.EXAMPLE_NADO
    opposing = _opposing_cue(bunsetu, words)
    if opposing:
        return "opposed", opposing
    condition = _condition_cue(words)
    if condition:
        return "condition", condition
    concession = _concession_cue(bunsetu, words)
    if concession:
        return "concession", concession
    continuative = _continuative_link(bunsetu, words)
    if continuative[0]:
        return continuative
    if last.text == cues.PARALLEL_SHI and last.pos_ in ("SCONJ", "CCONJ", "PART") and bunsetu[-1].text in cues.COMMAS:
        return "parallel", cues.PARALLEL_SHI
    return "", ""


def _opens_a_phrase(bunsetu: Span) -> bool:
    """True when the word after a bunsetu opens a phrase of its own (a noun, a pronoun, an adjective),
    not a particle or a light verb that continues it."""
    doc = bunsetu.doc
    if bunsetu.end >= len(doc):
        return False
    following = doc[bunsetu.end]
    return following.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM", "ADV") and following.lemma_ not in cues.LIGHT_VERBS


def _concession_cue(bunsetu: Span, words: list[Token]) -> str:
    """The cue of a concession that ends a bunsetu (`〜ても`, `厳しいながら`, `〜のに`,
    `〜にもかかわらず`), or ""."""
    last = words[-1]
    tail = "".join(t.text for t in words[-3:])
    if tail.endswith(cues.CONCESSION_ENDINGS) and last.text == "も" and len(words) > 2 and words[-2].pos_ == "SCONJ" \
            and not any(t.lemma_ in cues.COMPARISON_LEMMAS for t in words[-4:]) and not any(map(_looking_at, words)) \
            and not last.doc[max(0, last.i - 5):last.i + 1].text.endswith(cues.NOT_CONCESSION_ENDINGS) \
            and "".join(t.text for t in words) not in cues.ADVERBIAL_TEMO and not _whichever(bunsetu) \
            and not bunsetu.doc[bunsetu.end:bunsetu.end + 1].text.startswith(cues.NO_OVERSTATEMENT):
        return "ても"
    if last.text == cues.CONCESSIVE_NAGARA and len(words) > 1 and words[-2].pos_ in ("ADJ", "NOUN", "AUX") \
            and words[-2].lemma_ not in cues.LIGHT_VERBS and bunsetu[-1].text in cues.COMMAS:
        return cues.CONCESSIVE_NAGARA
    if last.text == cues.CONCESSION_WORD or (len(words) > 1 and words[-2].pos_ == "SCONJ"
                                             and words[-2].text + last.text == cues.CONCESSION_WORD):
        return cues.CONCESSION_WORD  # `降ったのに`: one token, or の + に
    long_tail = "".join(t.text for t in words[-cues.CONCESSION_PHRASE_WORDS:])
    return next((p for p in cues.CONCESSION_PHRASES if long_tail.endswith(p)), "")


def _opposing_cue(bunsetu: Span, words: list[Token]) -> str:
    """The cue of a clause set against the next (`増えている一方で、`, `便利な反面、`, `回復しているのに対し、`),
    or "": the noun needs a predicate before it (`その一方で、` opens a sentence's contrast instead)."""
    if bunsetu[-1].text not in cues.COMMAS:
        return ""
    if "".join(t.text for t in words[-4:]).endswith(cues.OPPOSING_PHRASES) \
            and any(t.text == "の" and cues.NOMINALIZER_TAG in t.tag_ for t in words[-4:]):
        return cues.OPPOSING_PHRASES[0]  # (`属するものに対し、`: もの's の is no nominaliser; it names whom)
    noun = words[-2] if len(words) > 1 and words[-1].text == "で" else words[-1]
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if noun.text in cues.OPPOSING_NOUNS and noun.pos_ == "NOUN" and before is not None and before.pos_ in ("VERB", "AUX", "ADJ"):
        return noun.text
    return ""


def _purpose_tame(tame: Token) -> bool:
    """`制度を変更するため、`, `異常気象に対応するため、`: ため after a plain non-past action verb
    that takes an object or a goal and has no subject of its own is what the main clause is done
    for (cues.PURPOSE_OBJECT_CASES); `人口が減少するため` and `必要があるため` give reasons."""
    if tame.i == 0 or tame.lemma_ != cues.REASON_NOUN:
        return False
    before = tame.doc[tame.i - 1]
    verb = next((t for t in tame.children if t.dep_ == "acl" and t.i < tame.i and t.pos_ == "VERB"), None)
    if verb is None or before.pos_ not in ("VERB", "AUX") or before.text != before.lemma_ \
            or before.lemma_ in cues.NOT_PURPOSE_VERBS or verb.lemma_ in cues.NOT_PURPOSE_VERBS:
        return False
    if before.pos_ == "AUX" and before.lemma_ not in cues.LIGHT_VERBS:
        return False  # `増やせるため`, `進められるため`: a potential or passive states what is so
    cases = [c.text for child in verb.children if child.dep_ in ("obj", "obl", "iobj") for c in child.children if c.dep_ == "case"]
    if _own_subject(verb) or not any(case in cues.PURPOSE_OBJECT_CASES for case in cases):
        return False  # (a topic, `市は`, is the main clause's too)
    # what is done for a purpose is an act: a main clause with a subject of its own or in the passive
    # (`来月から値上げするため、利用者の負担が増えます`, `移転するため、窓口が閉鎖されます`) gives a consequence
    main = tame.head
    if main.lemma_ in cues.FORMAL_NOUNS:  # `〜を行ったものであります`: the verb before もの
        main = next((t for t in main.children if t.dep_ == "acl" and t.pos_ == "VERB"), main)
    passive = any(t.lemma_ in cues.PASSIVE_AUXILIARIES and t.head.i == main.i for t in main.doc[main.i:main.i + 4])
    return main.pos_ == "VERB" and not _own_subject(main) and not passive and main.lemma_ not in cues.NOT_PURPOSE_VERBS


def _own_subject(verb: Token) -> bool:
    """True when a が-subject hangs on the verb (a topic marked は is shared with the main clause)."""
    return any(child.dep_ == "nsubj" and any(c.text == cues.SUBJECT_PARTICLE for c in child.children)
               for child in verb.children)


def _given_that(bunsetu: Span, words: list[Token]) -> bool:
    """`税金を使う以上、`, `困っている方がいる以上は、`: 以上 after a predicate and before a comma gives the
    ground of what follows (given that); after a number (`100人以上、`) it is a quantity."""
    last = words[-1] if words[-1].text != cues.TOPIC_PARTICLE or len(words) < 2 else words[-2]
    if last.text != cues.GIVEN_THAT or last.i == 0 or bunsetu[-1].text not in cues.COMMAS:
        return False
    return last.doc[last.i - 1].pos_ in ("VERB", "AUX", "ADJ")


def _all_the_more(bunsetu: Span, words: list[Token]) -> bool:
    """`期待が大きかっただけに、`, `地元の出身であるだけに、`: だけ + に after a predicate and before a comma
    gives the ground of what follows (all the more because); `三人だけに、` only limits a noun."""
    if len(words) < 3 or (words[-2].text, words[-1].text) != cues.ALL_THE_MORE or bunsetu[-1].text not in cues.COMMAS:
        return False
    return words[-3].pos_ in ("VERB", "AUX", "ADJ")


def _whichever(bunsetu: Span) -> bool:
    """`どこに住んでも便利だ`, `何を買っても送料は無料です`: a question word the ても verb governs makes
    it "wherever, whatever": the main clause holds for every case, nothing is granted against it.
    A degree (`いくら説明しても`, `どんなに努力しても`) still concedes: however much, yet not."""
    if any(t.text in cues.HYPOTHESIS_OPENERS for t in bunsetu.doc[:bunsetu.start]):
        return False  # `たとえ何を言われても`: granted however it turns out
    return any(child.lemma_ in cues.FREE_CHOICE_WORDS and child.i < bunsetu.start
               and child.nbor(1).text not in cues.DEGREE_AFTER_QUESTION  # `どれだけ努力しても`
               for token in bunsetu for child in token.children)


def _looking_at(token: Token) -> bool:
    """`他県の事例を見ても`: the main verb 見る (where one looks) concedes nothing; the auxiliary of trying
    after て (`努力してみても`) still concedes."""
    return token.lemma_ in cues.VIEWPOINT_LEMMAS and not (token.i > 0 and token.nbor(-1).text in ("て", "で")
                                                         and token.nbor(-1).pos_ == "SCONJ")  # not `全国で見ても`


def _koto_kara(bunsetu: Span, words: list[Token]) -> bool:
    """`少ないことから、`, `要望をいただいたことから、`: a clause's predicate nominalised by こと, then から
    and a comma, gives the ground of what follows. Where to start is no ground: `できることから、`
    (what one can do), `身近なことから、` (an adjectival noun's な), `小さなことから、` (an adnominal), any
    clause before a verb of starting (`声を聞くことから、改革を始めたい`)."""
    if len(words) < 2 or (words[-2].lemma_, words[-1].text) != cues.REASON_KOTO_KARA or bunsetu[-1].text not in cues.COMMAS:
        return False
    predicate = words[-2].doc[words[-2].i - 1] if words[-2].i > 0 else None
    if predicate is None or predicate.pos_ not in ("VERB", "AUX", "ADJ") or cues.ADNOMINAL_TAG in predicate.tag_:
        return False
    # `声を聞くことから、改革を始めたい`: an activity before a verb of starting is where to start; a clause
    # with a subject of its own (`高齢化が進んでいることから、支援を始めたい`) states a ground
    starts = words[-2].head.lemma_ in cues.STARTING_VERBS and not _has_subject(words[-2])
    return not starts and predicate.lemma_ not in cues.WHERE_TO_START_PREDICATES and predicate.text != cues.ADNOMINAL_NA


def _has_subject(noun: Token) -> bool:
    """True when the clause that modifies a formal noun (`負担が増えていること`) has a が-subject."""
    clause = next((child for child in noun.children if child.dep_ == "acl" and child.i < noun.i), None)
    return clause is not None and any(t.pos_ == "ADP" and t.text == cues.SUBJECT_PARTICLE for t in clause.subtree)


def _circumstance(bunsetu: Span, words: list[Token]) -> bool:
    """`安全保障環境が厳しさを増す中で、`: a clause with a subject of its own before 中で and a comma
    states the circumstance the main clause answers to, its ground. An activity with no subject
    (`議論を積み重ねる中で、`: while we go on) is the course of the main clause; `予算の中で、`,
    `その中で、` and `そうした中で、` name no clause."""
    if len(words) < 2 or (words[-2].lemma_, words[-1].text) != cues.CIRCUMSTANCE or bunsetu[-1].text not in cues.COMMAS:
        return False
    return _has_subject(words[-2])


def _continuative_link(bunsetu: Span, words: list[Token]) -> tuple[str, str]:
    """`〜ところもあり、` (partly because): a reason; `選定し次第、` (as soon as): a condition. Both need
    the comma, and 次第 a verb before it (`天候次第で` is a noun's dependence, no clause)."""
    last = words[-1]
    if bunsetu[-1].text not in cues.COMMAS or last.i == 0:
        return "", ""
    before = last.doc[last.i - 1]  # often in the bunsetu before (`ところも | あり、`)
    if last.lemma_ == cues.ALSO_BEING[1] and before.text == cues.ALSO_BEING[0] \
            and "連用形" in "".join(last.morph.get("Inflection")):
        return "reason", before.text + last.text  # `もあり`
    if last.text == cues.AS_SOON_AS and before.pos_ in ("VERB", "AUX"):
        return "condition", cues.AS_SOON_AS
    after = last.doc[bunsetu.end:].text
    consequence = next((word for word in cues.CONSEQUENCE_AFTER_CLAUSE if after.startswith(word)
                        and after[len(word):len(word) + 1] not in cues.PARTICLES_AFTER_A_NOUN), "")
    if consequence and _continuative(last):
        return "reason", consequence
    return "", ""


def _continuative(token: Token) -> bool:
    """True for a predicate left open for what follows: `〜して`, `〜おりまして`, `〜であり`, `〜多く`."""
    return (token.pos_ == "SCONJ" and token.text in ("て", "で")) or \
        (token.pos_ in ("VERB", "AUX", "ADJ") and "連用形" in "".join(token.morph.get("Inflection")))


def _condition_cue(words: list[Token]) -> str:
    """The cue of a condition that ends a bunsetu (`〜れば`, `〜たら`, `〜場合`, `〜際は`, `〜すると`), or "".
    A cited source (`〜によれば`, `〜によると`), a meta phrase (`一言で言うと`), a topic (`〜の問題になりますと`),
    a point of view (`全国で見れば`, `長期的に見ると`) and a comparison (`他市と比べてみれば`) are none: they say
    from where the main clause holds; nor is a means (`〜することで、`), which stays in the clause it brings about."""
    last = words[-1]
    if _point_of_view(words):
        return ""
    if (last.text == cues.CONDITION_PARTICLE and last.pos_ == "SCONJ") or last.text in cues.CONDITION_WORDS:
        verb = words[-2] if len(words) > 1 else last
        return "" if verb.lemma_ in cues.EVIDENTIAL_LEMMAS else last.text
    niwa = "".join(t.text for t in words[-2:]) == cues.CONDITION_NOUN_NIWA  # `〜した場合には`
    if any(t.lemma_ == cues.CONDITION_NOUN for t in words[-3 if niwa else -2:]) and not _scope_of_a_time(words) \
            and not _counts_cases(words):
        return cues.CONDITION_NOUN
    if len(words) > 1 and words[-2].lemma_ in cues.CONDITION_NOUN_TOPIC and last.text == cues.TOPIC_PARTICLE:
        return words[-2].lemma_
    doc = last.doc
    if last.text == cues.CONDITION_TO and last.pos_ == "SCONJ" and len(words) > 1 \
            and words[-2].pos_ in ("VERB", "AUX", "ADJ") \
            and not any(t.lemma_ in cues.EVIDENTIAL_LEMMAS for t in words[-3:-1]) \
            and not any(t.lemma_ in cues.META_CONDITION_LEMMAS for t in words) \
            and not doc[max(0, last.i - 4):last.i + 1].text.endswith(cues.TOPIC_NARIMASUTO):
        return cues.CONDITION_TO
    return ""


def _point_of_view(words: list[Token]) -> bool:
    """`全国で見れば`, `長期的に見ると`, `他市と比べてみれば`: the main verb 見る (not `面倒を見る`) or a verb of
    comparing (`比べる`, `比較する`) that carries the conditional ending (`ば`, `と`, `たら`) itself names a point
    of view, not a condition (`基準と比べて少なければ` conditions on 少ない). (What one considers,
    `〜を踏まえるならば`, the dev gold keeps as a condition.)"""
    if len(words) < 2 or not (words[-1].text in (cues.CONDITION_PARTICLE, cues.CONDITION_TO, *cues.CONDITION_WORDS)
                              and words[-1].pos_ in ("SCONJ", "ADP", "AUX")):
        return False
    doc = words[-1].doc
    verb = doc[words[-1].i - 1]
    while verb.i > 0 and verb.lemma_ in cues.LIGHT_VERBS | {"た"} and verb.pos_ in ("AUX", "VERB"):
        verb = doc[verb.i - 1]  # `比較すれば`, `比較したら`: the verbal noun before する (and the た of たら)
    if verb.lemma_ in cues.VIEWPOINT_LEMMAS and not _looking_at(verb) and verb.i >= 2 \
            and doc[verb.i - 2].lemma_ in cues.COMPARISON_LEMMAS:
        return True  # `比べて|みれば`: the trying auxiliary after a verb of comparing
    return (_looking_at(verb) and not any(t.dep_ == "obj" and t.lemma_ in cues.LOOKING_AFTER for t in verb.children)) \
        or verb.lemma_ in cues.COMPARISON_LEMMAS  # `全国で見れば`, `推移を見れば`; `面倒を見れば` looks after someone


def _counts_cases(words: list[Token]) -> bool:
    """`〜場合も多く`, `〜場合が少なくない`: 場合 the subject of the predicate right after it (no comma
    between) says how often something is so; `〜場合や、` lists it with the next case. Neither sets
    a condition of its own (`〜場合も、同じ手順で対応します` does)."""
    noun = next(t for t in words if t.lemma_ == cues.CONDITION_NOUN)
    if noun.i + 1 >= len(noun.doc) or noun.nbor(1).pos_ != "ADP":
        return False
    particle = noun.nbor(1)
    if particle.text == cues.CASE_LISTING_PARTICLE:
        return True
    return particle.text in cues.CASE_COUNTING_PARTICLES and noun.head.i == particle.i + 1


def _scope_of_a_time(words: list[Token]) -> bool:
    """`平成26年度の場合、`, `昨年の場合は`: 場合 after a time and の only says when the main clause
    holds; no proposition of its own sets a condition (`代引きの場合は` still does)."""
    noun = next(t for t in words if t.lemma_ == cues.CONDITION_NOUN)
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].text != cues.NOUN_SCOPE_NO:
        return False
    time = doc[noun.i - 2]
    return any(kind in time.tag_ for kind in cues.TIME_NOUN_TAGS) or (noun.i >= 3 and cues.NUMERAL_TAG in doc[noun.i - 3].tag_)


def split_clauses(doc: Doc) -> list[Clause]:
    """Cut a sentence Doc into clauses at bunsetu that link clauses (reason, condition, …, frame)."""
    spans = list(bunsetu_spans(doc))
    clauses: list[Clause] = []
    start = whichever_end = 0
    for index, bunsetu in enumerate(spans[:-1]):
        link, link_cue = link_of(bunsetu)
        if link == "condition" and not _sets_a_condition(spans, index, max(start, whichever_end), link_cue):
            link = ""  # counted from after a free-choice clause (`どこに住んでも`), which is none of its own
        if link == "condition" and _anaphoric_ground(doc[start:bunsetu.end].text):
            link = ""  # `こうした状況を踏まえれば、`: it points back at the sentence before, no condition
        if link_cue == cues.REASON_ENDINGS[0] and (_de_copula(spans, index) or _topic_mono_de(doc[start:bunsetu.end])):
            link = ""  # `〜されたものでございます`, `〜したのでございますが`, `Xは…定めたもので、`: a copula, no reason
        if link_cue == cues.CONDITION_TO and _frame_verb_follows(doc, bunsetu.end):
            link = ""  # `〜になると、予測しています`: a quoting と
        if not link and _continuing_frame(spans, index):
            link, link_cue = "frame", _continuing_frame(spans, index)
        if not link and _ends_in_completed_frame(spans, index):
            link, link_cue = "frame", bunsetu.text.rstrip("".join(cues.COMMAS))
        if not link and _formal_continuative(bunsetu):
            link, link_cue = "parallel", _formal_continuative(bunsetu)
        if not link and _ends_in_parallel_clause(spans, index) and _stands_alone(doc[start:bunsetu.end]):
            link, link_cue = "parallel", bunsetu.text.rstrip("".join(cues.COMMAS))
        if not link and _fact_before_a_hypothesis(spans, index, start):
            link, link_cue = "parallel", bunsetu.text.rstrip("".join(cues.COMMAS))
        if not link and _ends_in_juxtaposed_sentence(spans, index, doc[start:bunsetu.end]):
            link, link_cue = "final", ""  # a sentence of its own, said with a comma
        if not link and _rhetorical_before_request(doc, doc[start:bunsetu.end]):
            link, link_cue = "final", cues.RHETORICAL_QUESTION_CUE
        if not link and _parallel_koto(spans, index):
            link, link_cue = "parallel", cues.KOTO_AND
        if not link and _whichever(bunsetu) and "".join(t.text for t in content_tokens(bunsetu)).endswith(cues.CONCESSION_ENDINGS):
            whichever_end = bunsetu.end
        if link and link != "purpose" and bunsetu.end > start:
            end = bunsetu.end - _koto_and_words(bunsetu) if link_cue == cues.KOTO_AND else bunsetu.end
            clauses.append(Clause(start, end, link, link_cue))
            start = bunsetu.end
    clauses.append(Clause(start, len(doc), "final"))
    return [c for c in clauses if content_tokens(doc[c.start:c.end])] or [Clause(0, len(doc), "final")]


def _anaphoric_ground(text: str) -> bool:
    """`こうした状況を踏まえれば`: an anaphoric ground opener (cues.ANAPHORIC_GROUND) in a conditional form."""
    text = text.rstrip("".join(cues.COMMAS))
    return any(text.startswith(word) and text[len(word):] in cues.ANAPHORIC_CONDITIONAL_ENDINGS
               for word in cues.ANAPHORIC_GROUND)


def _sets_a_condition(spans: list[Span], index: int, start: int, link_cue: str) -> bool:
    """False when a condition-shaped bunsetu `index` (its clause from token `start`) sets none of its
    own: no condition at all (_condition_in_shape_only), or too little of its own (`車さえあれば`)."""
    return not _condition_in_shape_only(spans, index) \
        and not _too_little_for_a_condition(spans[index].doc[start:spans[index].end], link_cue)


def _condition_in_shape_only(spans: list[Span], index: int) -> bool:
    """True for a conditional form that conditions nothing: an obligation (`守らなければならない`), the
    more the more (`多ければ多いほど`), what suffices (`〜を削ればよい`)."""
    bunsetu, doc = spans[index], spans[index].doc
    following = spans[index + 1] if index + 1 < len(spans) else doc[bunsetu.end:bunsetu.end]
    if bunsetu.text.rstrip("".join(cues.COMMAS)).endswith(cues.OBLIGATION_ENDINGS) \
            and _first_lemma(following) in cues.OBLIGATION_AFTER:
        return True
    return _the_more(bunsetu, following) or _first_lemma(following) in cues.SUFFICES_AFTER_BA


def _fact_before_a_hypothesis(spans: list[Span], index: int, start: int) -> bool:
    """`整備には費用がかかり、一度に導入すれば、…遅れる`, `隣町は既に実施しており、本市だけが遅れれば、…`,
    `かつては雑誌が売れ、本が売れなくても、…`: a clause in its continuative form (no て-form) with a
    topic of its own, then a clause that conditions or concedes the main clause. The
    condition scopes over the main clause only; the clause before it is a proposition of its own (a
    fact beside them), not part of the hypothesis, however short the condition (`〜にすぎず、過ぎたら
    すぐに…`). A て-form (`経済が悪化して、失業率が上がってくると`) runs on into the condition as one course
    of events."""
    bunsetu = spans[index]
    words = content_tokens(bunsetu)
    if not words or bunsetu[-1].text not in cues.COMMAS or not _stopped_form(words[-1]) or _compound_particle(words[-1]):
        return False
    doc = bunsetu.doc
    clause = doc[start:bunsetu.end]
    # a topic of its own says the clause is a statement; a bare が-subject (`物価が上がり、賃金が上がらなければ`)
    # and a hypothesis opened before it (`たとえ国が認め、県が同意しても`) run on into the condition
    topic = any(_topic_particle(t) or _scene_topic(t) for t in clause)
    # a state that holds already (`補助金が打ち切られており`, `〜が続いている`) is a fact even with a bare が-subject
    holding = words[-1].lemma_ in cues.PROGRESSIVE_LEMMAS or any(t.lemma_ in cues.PASSIVE_AUXILIARIES for t in clause)
    if not (topic or holding and any(_subject_particle(t) for t in clause)) \
            or any(t.text in cues.HYPOTHESIS_OPENERS for t in clause):
        return False
    for k in range(index + 1, len(spans) - 1):
        link = link_of(spans[k])[0]
        if link == "condition":  # a short one (`過ぎたら`) joins the main clause; the fact still stands apart
            return not _condition_in_shape_only(spans, k)
        if link == "concession":
            return True
        if link or spans[k][-1].text in cues.COMMAS:
            return False
    return False


def _stands_alone(clause: Span) -> bool:
    """True when a clause has words enough to be a unit (`制度改正が多いため安定せず、わかりづらいところも
    ある`: a bare `安定せず` left between two cuts stays with what follows)."""
    return sum(t.pos_ in cues.CONTENT_POS for t in clause) >= cues.MIN_CONTENT_WORDS


def _stopped_form(token: Token) -> bool:
    """The continuative of a predicate that stops a clause (連用中止: `かかり`, `おり`, `であり`, `少なく`,
    `組めず`); the て-form (`悪化して`) and an adjectival noun's `に` (`適切に`) are none."""
    if "連用形" not in "".join(token.morph.get("Inflection")):
        return False
    return token.pos_ in ("VERB", "ADJ") or (token.pos_ == "AUX" and token.lemma_ in cues.NEGATIVE_CONTINUATIVE)


def _compound_particle(token: Token) -> bool:
    """`〜に対し、`, `〜を含め、`, `〜も含め、`: a verb that makes a case particle, no clause's predicate."""
    particle = token.doc[token.i - 1].text if token.i > 0 else ""
    return (particle == "に" and token.lemma_ in cues.COMPOUND_PARTICLE_VERBS) \
        or (particle in ("を", "も") and token.lemma_ in cues.WO_COMPOUND_PARTICLE_VERBS)


def _subject_particle(token: Token) -> bool:
    """が after a noun (`費用が`, `人が`)."""
    return token.text == cues.SUBJECT_PARTICLE and token.pos_ == "ADP" and token.i > 0 \
        and token.nbor(-1).pos_ in ("NOUN", "PRON", "PROPN")


def _parallel_koto(spans: list[Span], index: int) -> bool:
    """`AがBすることと、CがDすることを期待します`: two propositions named by こと, joined by と and
    both the object of one frame verb (cues.KOTO_FRAME_VERBS): each is a unit in that frame. A noun
    phrase (`大事なことと、そうでないことを`) has no argument of its own; `〜ことを求めます` is no frame."""
    bunsetu = spans[index]
    words = content_tokens(bunsetu)
    if bunsetu[-1].text not in cues.COMMAS or len(words) < 2 or words[-2].lemma_ + words[-1].text != cues.KOTO_AND \
            or words[-2].i == 0:
        return False
    doc = bunsetu.doc
    clause_start = next((spans[k].start for k in range(index - 1, -1, -1) if spans[k][-1].text in cues.COMMAS), 0)
    predicate = doc[words[-2].i - 1]
    if predicate.pos_ not in ("VERB", "AUX") or not any(t.pos_ == "ADP" and t.text in cues.ARGUMENT_PARTICLES
                                                        for t in doc[clause_start:predicate.i]):
        return False
    for following, after in zip(spans[index + 1:], spans[index + 2:]):
        tail = content_tokens(following)
        if len(tail) >= 2 and tail[-2].lemma_ == cues.KOTO and tail[-1].text in cues.KOTO_FRAME_PARTICLES:
            return any(t.lemma_ in cues.KOTO_FRAME_VERBS for t in after)
    return False


def _koto_and_words(bunsetu: Span) -> int:
    """How many tokens `ことと、` takes at the end of a bunsetu (they join, they belong to neither unit)."""
    return len(bunsetu) - content_tokens(bunsetu)[-2].i + bunsetu.start


def _rhetorical_before_request(doc: Doc, clause: Span) -> bool:
    """`〜すべきではありませんか、伺います`, `〜ではないでしょうか、お答えください`: a rhetorical question
    closed by a comma, then a request for an answer; the question asserts on its own (a sentence of
    its own, cut off the request tag, which is no unit)."""
    text = clause.text.rstrip("".join(cues.COMMAS)).rstrip()
    if not clause.text.rstrip().endswith(cues.COMMAS) or not text.endswith(cues.ASSERTING_BEFORE_REQUEST):
        return False
    rest = doc[clause.end:].text.strip().rstrip("。！!？?")
    return bool(rest) and len(rest) <= cues.REQUEST_TAG_CHARS and bool(cues.REQUEST.search(rest))


def afterthought_start(doc: Doc) -> int:
    """Where words tacked on after a finished predicate begin (倒置: `〜しかないでしょ、これは`,
    `〜んですよ、結局`, `勝ちます、はい`): the last comma, when the words before it end in a final form
    or a final particle and the few words after it predicate nothing. The proposition ends before
    them; `len(doc)` when the sentence has no afterthought."""
    comma = next((t.i for t in reversed(doc) if t.text in cues.COMMAS), 0)
    end = len(doc)
    while end > comma and doc[end - 1].pos_ in cues.PUNCT_POS:
        end -= 1
    tail = list(doc[comma + 1:end])  # a bracket inside (`、「緑`) opens a quotation cut off, no afterthought
    if not comma or not tail or len(tail) > cues.AFTERTHOUGHT_MAX_WORDS or any(t.pos_ in cues.PUNCT_POS for t in tail) \
            or any(_predicates(t) for t in tail):
        return len(doc)
    last = "".join(doc[comma - 1].morph.get("Inflection"))
    finished = doc[comma - 1].text in cues.FINAL_PARTICLES or any(form in last for form in cues.FINAL_INFLECTIONS)
    return comma if finished else len(doc)


def _predicates(token: Token) -> bool:
    """True for a word that ends a predicate: an inflecting word, with no auxiliary after it, not in
    its attributive form (`作った店`: `た` modifies the noun)."""
    inflection = "".join(token.morph.get("Inflection"))
    followed = token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "AUX"
    return bool(inflection) and not followed and token.pos_ in ("VERB", "AUX", "ADJ") \
        and cues.ATTRIBUTIVE_INFLECTION not in inflection


def _too_little_for_a_condition(span: Span, link_cue: str) -> bool:
    """True when a condition has too little content of its own (`車さえあれば`); a verb's own
    `〜ば`/`〜たら`/`〜なら` (`春になれば`, `制度を使えば`, `財源を確保できるなら`) needs less, and so does
    an adjective's `〜ければ` after its subject (`価格が高ければ`; `よろしければ` alone sets none), and a
    verbal noun with する needs no other word (`廃止されれば`)."""
    content = [t for t in span if t.pos_ in cues.CONTENT_POS]
    if len(content) >= cues.MIN_CONDITION_CONTENT:
        return False
    verbal = link_cue in (cues.CONDITION_PARTICLE, *cues.VERB_CONDITION_WORDS) and bool(content) \
        and content[-1].lemma_ not in cues.EXISTENCE_VERBS \
        and (content[-1].pos_ == "VERB" or (content[-1].pos_ == "ADJ" and link_cue == cues.CONDITION_PARTICLE
                                            and content[-1].lemma_ not in cues.NO_CONDITION_ADJECTIVES))
    # `廃止されれば`, `統合すれば`: a verbal noun names the event itself, a proposition with one word
    # (`できれば`, `言えば` have no content of their own); not with たら, which also tells what happened
    # (`値上げしたら、…減りました`): a one-word `〜したら` stays inside its main clause
    event = verbal and link_cue == cues.CONDITION_PARTICLE and names_an_event(content[-1])
    return not (verbal and (len(content) >= cues.MIN_VERBAL_CONDITION_CONTENT or event))


def _the_more(bunsetu: Span, following: Span) -> bool:
    """`利用者が多ければ多いほど`, `早ければ早いほど`: a ば-form taken up by its own word and ほど."""
    words = content_tokens(bunsetu)
    return bool(words) and any(t.lemma_ == words[0].lemma_ or t.lemma_ == words[-1].lemma_ for t in following) \
        and any(t.text == cues.THE_MORE for t in following)


def _first_lemma(bunsetu: Span) -> str:
    words = content_tokens(bunsetu)
    return words[0].lemma_ if words else ""


def _de_copula(spans: list[Span], index: int) -> bool:
    """True when a bunsetu ends in `ので` and the next begins with a copula verb (`ございます`,
    `あります`): `〜されたものでございます`, `〜を記録したのでございますが` state (の + the copula's
    で), they give no reason. Only `もので` may keep a comma before the copula."""
    text = spans[index].text.rstrip("".join(cues.COMMAS))
    if not text.endswith(cues.REASON_ENDINGS[0]) or index + 1 >= len(spans) \
            or (spans[index][-1].text in cues.COMMAS and not text.endswith(cues.MONO_DE)):
        return False
    words = content_tokens(spans[index + 1])
    return bool(words) and words[0].lemma_ in cues.COPULA_AFTER_MONO_DE and words[0].pos_ in ("VERB", "AUX")


def _topic_mono_de(span: Span) -> bool:
    """True when a clause with a topic of its own (`この規則は…定められたもので、`) ends in `もので`:
    the copula's continuative form says what the topic is; a participant's `〜なもので` (because) stays."""
    words = content_tokens(span)
    if len(words) < 2 or words[-2].lemma_ not in cues.FORMAL_NOUNS or words[-1].pos_ != "AUX":
        return False
    return any(t.text == cues.TOPIC_PARTICLE and t.pos_ == "ADP" and t.i > 0 and t.doc[t.i - 1].pos_ in ("NOUN", "PROPN")
               and t.doc[t.i - 1].text not in cues.PARTICIPANT_PRONOUNS for t in words)


def _te_mo(verb: Token) -> bool:
    """True for a verb in `〜ても` (`過去の例を見ても`, `見てみましても`): where one looks or what one
    supposes, it quotes nothing."""
    tail = "".join(t.text for t in verb.doc[verb.i + 1:verb.i + 7])
    return bool(cues.TE_MO_AFTER_VERB.match(tail))


def _frame_verb_follows(doc: Doc, start: int) -> bool:
    """True when a verb of thinking, saying or writing stands in the few words from `start` (after the source
    of the quotation when one is named there: `〜すると、専門家が指摘している`), or a
    noun of what is said or aimed at comes right after the と as an object (`〜すると目標を掲げた`), or
    a verb of deciding or announcing right after it (`〜すると発表した`): a quoting と. A comma right
    after the と (`集めると、方針の見直しも必要になる`) leaves only a verb of thinking or saying to quote
    (`回復すると、私は信じています`)."""
    words = [t for t in doc[start:] if t.pos_ not in cues.PUNCT_POS]
    quoting = next((t for t in reversed(doc[:start]) if t.pos_ not in cues.PUNCT_POS), None)
    _, agent_words = agent_after_quote([quoting, *words], 0) if quoting is not None else (None, 0)
    words = words[agent_words:agent_words + cues.FRAME_VERB_WINDOW]  # `〜すると、専門家が指摘している`
    if any(t.lemma_ in cues.COGNITION_VERBS | cues.SPEECH_VERBS and not _te_mo(t) for t in words):
        return True
    if any(0 <= k < len(doc) and doc[k].pos_ in cues.PUNCT_POS for k in (start - 1, start)):
        return False
    if len(words) > 1 and words[0].lemma_ in cues.QUOTED_CONTENT_NOUNS and words[1].text in cues.OBJECT_PARTICLES:
        return True
    return bool(words) and words[0].lemma_ in cues.QUOTING_VERBS_NEXT or \
        any(t.lemma_ in cues.QUOTING_VERBS for t in words)


def _formal_continuative(bunsetu: Span) -> str:
    """`〜こととしておりまして、`, `〜したところでありまして、`: the polite continuative of a finished
    predicate, with which formal speech goes on to the next proposition as a sentence would.
    Returns the ending (the clause's cue), or ""."""
    if bunsetu[-1].text not in cues.COMMAS:
        return ""
    text = bunsetu.doc[max(0, bunsetu.start - 2):bunsetu.end].text.rstrip("".join(cues.COMMAS))
    return next((ending for ending in cues.FORMAL_CONTINUATIVES if text.endswith(ending)), "")


def _ends_in_parallel_clause(spans: list[Span], index: int) -> bool:
    """`Aはあり、Bは〜`: a clause in its continuative form, and the next clause has a topic of its own.

    Two topics make two propositions; `Aがあり、Bがある` (one topic or none) stays one unit.
    """
    bunsetu = spans[index]
    words = content_tokens(bunsetu)
    if not words or bunsetu[-1].text not in cues.COMMAS:
        return False
    last = words[-1]
    if not _stopped_form(last) or _compound_particle(last):
        return False  # `〜に対し、`, `〜を含め、`, `〜も含め、`: a case particle, not a clause
    if _reported_together(spans, index) and not _has_topic(spans, index):
        return False  # `Aが減り、Bも上がったという研究がある`: both are what the study found
    if _holder_topic(spans[index].doc[:bunsetu.end]):
        return False  # `私は、この事業は効果が乏しく、予算が無駄になると考えます`: one view of the holder's
    return _topic_follows(spans, index) or (_has_topic(spans, index) and _subject_follows(spans, index)) \
        or (_adjective_with_subject(last) and _rest_stands_alone(spans, index))


def _rest_stands_alone(spans: list[Span], index: int) -> bool:
    """True when what follows the bunsetu `index` in its sentence can be a unit of its own: content words
    enough (`見通しが甘く、見直すべきです` keeps one unit: the demand alone is too short), no question, and no
    report or quotation that takes the clause before in (`声は厳しく、「…」というものでした`)."""
    doc = spans[index].doc
    rest = doc[spans[index].end:]
    text = rest.text
    return _stands_alone(rest) \
        and not text.rstrip("。？?").endswith(cues.QUESTION_ENDINGS + cues.QUESTION_MARKS) \
        and cues.QUOTE_OPEN not in text and not any(r in text for r in cues.REPORTING_TAILS)


def _adjective_with_subject(token: Token) -> bool:
    """`課題も多く、`, `負担が重く、`: an adjective's continuative with a subject of its own says a
    proposition whole, whatever follows; without one (`国に強く、求める`, `手続きを早く、進める`) it only
    says how the next verb acts."""
    return token.pos_ == "ADJ" and token.lemma_ not in cues.TIME_ADVERB_ADJECTIVES | cues.NEGATIVE_ADJECTIVES \
        and any(child.dep_ == "nsubj" for child in token.children)  # (`予算がなく、` runs on into its result)


def _holder_topic(words: Span) -> bool:
    """True when the speaker is the topic (`私は、`, `我々は`): what follows is their view, framed as one."""
    return any(t.text in cues.SELF_PRONOUNS and t.i + 1 < len(t.doc) and t.nbor(1).text == cues.TOPIC_PARTICLE
               for t in words)


def _has_topic(spans: list[Span], index: int) -> bool:
    """True when the clause that bunsetu `index` closes has a topic of its own (`Xは`, `Xも`)."""
    start = next((spans[k].end for k in range(index - 1, -1, -1) if spans[k][-1].text in cues.COMMAS), spans[0].start)
    return any(_topic_particle(t) for t in spans[index].doc[start:spans[index].end])


def _scene_topic(token: Token) -> bool:
    """は after a case particle or an adverb (`整備には`, `本市では`, `かつては`): it sets the topic of a statement
    too, a scene rather than a thing (_topic_particle takes nouns only)."""
    return token.text == cues.TOPIC_PARTICLE and token.i > 0 \
        and (token.nbor(-1).text in ("に", "で") or token.nbor(-1).pos_ == "ADV")


def _topic_particle(token: Token) -> bool:
    """は/も after a noun (`何度も`, an indefinite word's も, is an adverb)."""
    return token.text in cues.PARALLEL_TOPIC_PARTICLES and token.pos_ == "ADP" and token.i > 0 \
        and token.nbor(-1).pos_ in ("NOUN", "PRON", "PROPN") and not token.nbor(-1).text.startswith(cues.INDEFINITE_WORDS)


def _subject_follows(spans: list[Span], index: int) -> bool:
    """True when the clause after bunsetu `index` has a が-subject of its own predicate before it links
    or pauses (`Xは高齢者であり、負担が命を縮めた`): a second proposition about something else. A
    subject inside a relative clause (`住民が使う施設は`) belongs to that clause."""
    for following in spans[index + 1:]:
        tokens = content_tokens(following)
        if len(tokens) >= 2 and tokens[-1].text == cues.SUBJECT_PARTICLE and tokens[-1].pos_ == "ADP" \
                and tokens[-2].pos_ in ("NOUN", "PRON", "PROPN") and tokens[-2].head.dep_ != "acl":
            return True
        if link_of(following)[0] or following[-1].text in cues.COMMAS:
            return False
    return False


def _quoting_before(noun: Token) -> bool:
    """True when `という` or `との` stands right before a noun."""
    before, quote = noun.nbor(-1), noun.nbor(-2)
    return (before.lemma_ in cues.APPOSITIVE_IU_LEMMAS and quote.text == "と") or before.text == "との" \
        or (before.text == "の" and quote.text == "と")


def _reported_together(spans: list[Span], index: int) -> bool:
    """True when the clause after bunsetu `index` ends in `という`/`との` and a noun of what was found or
    reported (cues.REPORTED_CONTENT_NOUNS): the clauses joined before it are that noun's content
    together, one proposition, unless the first has a topic of its own (`制度はXに委ねられており、
    Yとの指摘がある`: the speaker's own statement about it, then the report)."""
    for following in spans[index + 1:]:
        if any(t.lemma_ in cues.REPORTED_CONTENT_NOUNS and t.i >= 2 and _quoting_before(t) for t in following):
            return True
        if link_of(following)[0] or following[-1].text in cues.COMMAS:
            return False
    return False


def _ends_in_juxtaposed_sentence(spans: list[Span], index: int, clause: Span) -> bool:
    """`古い規則は改めていく、新しい窓口も増やす`: a predicate in its final form and a comma, between two
    clauses with a topic each (は/も), says a sentence and goes on to the next. A list of acts with
    no topic (`予算を削る、人を減らす、それだけでは`) names options, no propositions; `私は思う、` is a
    frame said first; facts listed before `〜ということで、` are one ground."""
    bunsetu = spans[index]
    words = content_tokens(bunsetu)
    if not words or bunsetu[-1].text not in cues.COMMAS or words[-1].pos_ not in ("VERB", "AUX", "ADJ") \
            or not _final_form(words[-1]):
        return False
    if words[-1].lemma_ in cues.COGNITION_VERBS | cues.SPEECH_VERBS:
        return False  # `私は思う、この計画は失敗だ`: the frame said first
    topic = any(t.text in cues.PARALLEL_TOPIC_PARTICLES and t.pos_ == "ADP" and t.i > 0
                and t.doc[t.i - 1].pos_ in ("NOUN", "PRON", "PROPN")
                and not t.doc[t.i - 1].text.startswith(cues.INDEFINITE_WORDS) for t in clause)  # `何度も`: how often
    return topic and _topic_follows(spans, index) and not _listed_ground(spans, index)


def _final_form(token: Token) -> bool:
    return any(form in "".join(token.morph.get("Inflection")) for form in cues.FINAL_INFLECTIONS)


def _listed_ground(spans: list[Span], index: int) -> bool:
    """True when the pauses after bunsetu `index` list on to a ground named with `〜ということで、`
    (`頼まなきゃいけない、手続も多い、書類も多いということで、`): the facts listed before it are one premise."""
    for pause in (k for k in range(index + 1, len(spans)) if spans[k][-1].text in cues.COMMAS):
        words = content_tokens(spans[pause])
        if _continuing_frame(spans, pause) or not words \
                or not _final_form(words[-1]):
            return bool(_continuing_frame(spans, pause))
    return False


def _topic_follows(spans: list[Span], index: int) -> bool:
    """True when the clause after bunsetu `index` has a topic of its own before it links or pauses."""
    for following in spans[index + 1:]:
        tokens = content_tokens(following)
        if len(tokens) >= 2 and tokens[-1].text in cues.PARALLEL_TOPIC_PARTICLES and tokens[-2].pos_ in ("NOUN", "PRON", "PROPN"):
            return True
        if len(tokens) >= 3 and tokens[-1].text == "は" and tokens[-2].text == "で" and tokens[-3].pos_ == "NOUN":
            return True
        if link_of(following)[0] or following[-1].text in cues.COMMAS:
            return False
    return False


def _continuing_frame(spans: list[Span], index: int) -> str:
    """`〜してはならないということで、` / `〜に改めるとの方針のもとで、` (cues.CONTINUING_FRAME): a
    proposition named as the ground of what follows; cut like a completed frame. Returns the frame's
    words (the clause's cue), or ""."""
    bunsetu = spans[index]
    if bunsetu[-1].text not in cues.COMMAS:
        return ""
    match = cues.CONTINUING_FRAME.search(bunsetu.doc[max(0, bunsetu.start - 8):bunsetu.end].text.rstrip("".join(cues.COMMAS)))
    return match.group(0) if match else ""


def _ends_in_completed_frame(spans: list[Span], index: int) -> bool:
    """`〜と信じており、` / `〜と考え、` / `〜ことを期待して、`: a frame verb with its complement, continuing
    after a comma; `〜ということで、` is found by _continuing_frame."""
    bunsetu = spans[index]
    said_again = bunsetu.doc[max(0, bunsetu.start - 2):bunsetu.end].text.rstrip("".join(cues.COMMAS))
    if bunsetu[-1].text not in cues.COMMAS or said_again.endswith(cues.NOT_ASKED_FRAME_ENDINGS):
        return False  # `Aというか、B`: A said again as B, one proposition
    verbs = [t for t in bunsetu if t.lemma_ in cues.COGNITION_VERBS | cues.SPEECH_VERBS and not is_appositive_iu(t)]
    before = spans[index - 1] if index else None
    # the quoting と stands before the verb (`〜と考え、`); after it (`一言で言うと、`) it is a condition
    quoted = any(t.text == "と" and verbs and t.i < verbs[0].i for t in bunsetu) or (before is not None and content_tokens(before)
                                                    and content_tokens(before)[-1].text in ("と", "とは", "とも"))
    return (bool(verbs) and (quoted or _said_koto_before(bunsetu, verbs[0]))) or _hoped_koto_before(bunsetu)


def _hoped_koto_before(bunsetu: Span) -> bool:
    """`〜されることを期待して、`, `〜ことを確信し、`: a こと-frame verb (cues.KOTO_FRAME_VERBS) opening the
    bunsetu right after `ことを`, left open for what follows: the framed proposition is complete."""
    doc, verb = bunsetu.doc, bunsetu[0]
    return verb.lemma_ in cues.KOTO_FRAME_VERBS and verb.i >= 2 and doc[verb.i - 2].lemma_ == cues.KOTO \
        and doc[verb.i - 1].text in cues.KOTO_FRAME_PARTICLES


def _said_koto_before(bunsetu: Span, verb: Token) -> bool:
    """`〜ということをおっしゃって、`: what was said, named by `ということを` right before a verb of
    saying that opens the bunsetu (not thinking: `〜ということを考え、` weighs a matter)."""
    doc = bunsetu.doc
    return verb.i == bunsetu.start and verb.lemma_ in cues.SPEECH_VERBS \
        and doc[max(0, verb.i - 4):verb.i].text.endswith(cues.SAID_KOTO)


def merge_conditions_into_frames(doc: Doc, clauses: list[Clause]) -> list[Clause]:
    """A condition or concession inside a framed complement (`〜すれば…すると考えた`) belongs to
    the framed proposition, not to a premise of its own."""
    merged: list[Clause] = []
    for clause in clauses:
        if merged and merged[-1].link in ("condition", "concession"):
            frame = find_frame(doc, clause)
            head = _clause_predicate(doc, merged[-1])
            if frame is not None and head is not None and (frame.subject is None or _within(head, frame)) \
                    and not _hypothesis_of_its_own(doc, merged[-1], doc[clause.start:frame.start]):
                merged[-1] = Clause(merged[-1].start, clause.end, clause.link, clause.link_cue)
                continue
        merged.append(clause)
    return merged


def _hypothesis_of_its_own(doc: Doc, clause: Clause, complement: Span) -> bool:
    """`財源を確保できるなら、拡大を検討したいと考えております`: a condition or concession is a premise
    the framed view rests on, as it is without the frame, when the view has content of its own
    (`〜増やせば解決するとは思いますが` stays one unit); a meta phrase (`長期的に見れば`, `一言で言えば`)
    and `可能な限り` (as far as possible) only say how the view is put; a negative's `〜ない限り` (unless:
    `実態を調べない限り、…難しいと考えております`) is a hypothesis as any."""
    if clause.link_cue == cues.AS_LONG_AS and not _unless(doc[clause.start:clause.end]):
        return False
    words = content_tokens(doc[clause.start:clause.end])
    content = [t for t in complement if t.pos_ in cues.CONTENT_POS]
    return len(content) >= cues.MIN_CONDITION_CONTENT and not any(t.lemma_ in cues.META_CONDITION_LEMMAS for t in words)


def _unless(clause: Span) -> bool:
    """True when a clause ends in a negative and 限り (`〜を調べない限り`, `〜が認めぬ限り`)."""
    words = content_tokens(clause)
    return len(words) > 1 and words[-1].text == cues.AS_LONG_AS and words[-2].lemma_ in cues.UNLESS_NEGATIVES \
        and words[-2].pos_ == "AUX"


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
