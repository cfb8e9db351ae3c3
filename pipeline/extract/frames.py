"""Attitude frames (`〜と考えています`, `〜ことを期待しています`, `〜との見方を示した`): the frame
leaves the unit's span, and its subject decides who holds the proposition."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract import cues
from pipeline.extract.records import Clause, Frame
from pipeline.extract.syntax import content_tokens, is_person, tense_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find_frame(doc: Doc, clause: Clause) -> Frame | None:
    """The outermost attitude frame in a clause: `〜と[は]考えています` or `〜ことを期待しています`.

    The frame's subject is the first human topic before the complement (`彼は`, `私は`,
    `人々は`); a non-human topic (`オープンソースは…安全だと考える`) belongs to the complement.
    """
    words = content_tokens(doc[clause.start:clause.end])
    for position in range(len(words) - 1, 0, -1):
        particle = words[position]
        frame_verbs: frozenset[str]
        quotative = particle.text in cues.QUOTATIVE_PARTICLES and particle.pos_ in ("ADP", "SCONJ", "CCONJ", "PART")
        if particle.text in cues.QUOTATIVE_PARTICLES and _impression_follows(words, position):
            frame_verbs = cues.IMPRESSION_NOUNS  # `〜かなって感じです`: GiNZA may read って as an auxiliary
        elif quotative and particle.text == "と" and position + 2 < len(words) \
                and words[position + 1].text == "の" and words[position + 2].lemma_ in cues.VIEW_NOUNS:
            frame_verbs = cues.VIEW_NOUNS  # `〜との見方を示した`, `〜との認識だ`
        elif quotative:
            frame_verbs = cues.COGNITION_VERBS | cues.SPEECH_VERBS | cues.HEARSAY_FRAME_VERBS
        elif particle.lemma_ == "こと" and position + 1 < len(words) and words[position + 1].text in cues.KOTO_FRAME_PARTICLES:
            frame_verbs = cues.KOTO_FRAME_VERBS | (cues.SPEECH_VERBS if _said_koto(words, position) else frozenset())
        else:
            continue
        agent, skip = agent_after_quote(words, position) if quotative else (None, 0)
        after = words[position + 1 + skip:position + 1 + skip + cues.FRAME_VERB_WINDOW]
        verb = next((t for t in after if t.lemma_ in frame_verbs and t.pos_ in ("VERB", "NOUN", "ADJ")
                     and not (t.lemma_ in cues.JUDGING_FRAME_VERBS and t.pos_ != "VERB")), None)  # `評価が下がり`
        if verb is None or is_appositive_iu(verb) or _names_a_noun(verb) \
                or (verb.lemma_ in cues.HEARSAY_FRAME_VERBS and not _heard(verb, particle, clause.end)):
            continue  # `〜と言われていた人が`: says which person; `〜かと聞かれた`: asked, nothing heard
        between = after[:after.index(verb)]
        if particle.text in cues.QUOTATIVE_PARTICLES and frame_verbs is not cues.IMPRESSION_NOUNS \
                and any(_is_argument(t) for t in between):
            continue  # `AとBを考える`: と joins nouns here, it does not quote
        light = _light_verb(verb)  # `確信をいたしております`: the light verb is the frame's own
        if frame_verbs is not cues.VIEW_NOUNS and not _ongoing_tail(verb) and not _no_overstatement(verb) and \
                any(t.pos_ in ("VERB", "ADJ", "NOUN") and t.i > verb.i and t.head.i == t.i and t.i != light
                    for t in words[position + 1:]):
            continue  # the cognition verb is not the clause's last predicate
        if agent is not None:  # named after the quotation, the agent is never part of it
            return Frame(particle.i, clause.end, verb, clause.start, agent)
        subject, complement_start = _subject_before(doc, clause, particle, verb)
        frame_start = words[position - 2].i if _said_koto(words, position) else particle.i
        if doc[particle.i - 1].text in ("」", "』"):  # `「…」と述べた`: the quotation is the proposition
            opening = next((t.i for t in reversed(doc[clause.start:particle.i - 1]) if t.text in ("「", "『")), None)
            if opening is not None:
                complement_start, frame_start = opening + 1, particle.i - 1
        return Frame(frame_start, clause.end, verb, complement_start, subject)
    return None


def _no_overstatement(verb: Token) -> bool:
    """`〜と言っても過言ではありません`: "it is no overstatement to say"; the whole phrase frames the
    quoted clause as the speaker's own claim (過言 is no predicate of its own)."""
    tail = verb.doc[verb.i + 1:verb.i + 4].text.replace(" ", "")
    return verb.lemma_ in cues.SPEECH_VERBS and tail.startswith(("ても", "でも")) \
        and tail[2:].startswith(cues.NO_OVERSTATEMENT)


def _said_koto(words: list[Token], position: int) -> bool:
    """True when `〜という` comes before the こと at `position` (`〜ということをおっしゃった`): a
    quotation named as what was said, so a verb of saying frames it as `〜と言った` would."""
    return words[position].lemma_ == "こと" and position >= 2 and words[position - 2].text == "と" \
        and words[position - 1].lemma_ in cues.APPOSITIVE_IU_LEMMAS


def _subject_before(doc: Doc, clause: Clause, particle: Token, verb: Token) -> tuple[Token | None, int]:
    """(the frame's subject before the complement, where the complement begins)."""
    subject = _frame_subject(doc, clause.start, particle.i, verb)
    past, progressive = tense_after(verb, clause.end - 1)
    if subject is not None and not (past or progressive or _reports_speech(verb)) and subject.text not in cues.SELF_PRONOUNS:
        subject = None  # bare `〜と考えます/思います` is the speaker's: `政府は…すべきだ` is the complement
    complement_start = clause.start
    if subject is not None:
        complement_start = subject.i + 1
        while complement_start < particle.i and doc[complement_start].pos_ in ("ADP", "PUNCT", "SYM"):
            complement_start += 1
    return subject, complement_start


def is_organisation(token: Token) -> bool:
    """`市`, `本県`, `町当局`: a public body, which speaks through people, not a person."""
    match = cues.ORGANISATION_FORM.fullmatch(token.text)
    return match is not None and match.group("body") in cues.ORGANISATION_NOUNS


def _reports_speech(verb: Token) -> bool:
    """`市は〜と言う`, `政府は〜と説明します`: a speech verb reports its subject in the present too; not
    a wish (`〜と言いたい`), which is the speaker's. An honorific verb (`おっしゃって`) always reports another."""
    doc = verb.doc
    wished = verb.i + 1 < len(doc) and doc[verb.i + 1].lemma_ in cues.WISH_AUXILIARIES
    return (verb.lemma_ in cues.REPORTING_SPEECH_VERBS and not wished) or verb.lemma_ in cues.HONORIFIC_SPEECH_VERBS


def _impression_follows(words: list[Token], position: int) -> bool:
    """True when `感じ` follows the quotative right away or after `いう` (`〜って感じ`, `〜という感じ`)."""
    after = words[position + 1:position + 3]
    if after and after[0].lemma_ in cues.APPOSITIVE_IU_LEMMAS:
        after = after[1:]
    return bool(after) and after[0].lemma_ in cues.IMPRESSION_NOUNS and after[0].pos_ == "NOUN"


def agent_after_quote(words: list[Token], position: int) -> tuple[Token | None, int]:
    """(who said it, how many words name them) when the source of a quotation stands between its
    `と`/`って` and a comma-separated verb (`〜って、地元の皆さんからもよく言われます`, `〜と、多くの専門家が
    指摘しています`): a noun phrase with a person or group in it and its particles; (None, 0) if none."""
    particle = words[position]
    doc = particle.doc
    if particle.i + 1 >= len(doc) or doc[particle.i + 1].text not in cues.COMMAS:
        return None, 0
    nouns: list[Token] = []
    for taken, token in enumerate(words[position + 1:position + 1 + cues.QUOTE_AGENT_WORDS], 1):
        if token.text in cues.QUOTE_AGENT_PARTICLES and token.pos_ == "ADP" and nouns:
            if not any(is_human(t) for t in nouns) or doc[token.i - 1].pos_ not in ("NOUN", "PROPN", "PRON"):
                return None, 0
            while position + taken + 1 < len(words) and words[position + taken + 1].text in cues.QUOTE_AGENT_PARTICLES:
                taken += 1  # `からも`
            return nouns[-1], taken
        if token.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            nouns.append(token)
        elif token.text != cues.NOUN_SCOPE_NO:
            return None, 0
    return None, 0


def _light_verb(verb: Token) -> int:
    """The index of the light verb of `確信をいたす`, `指摘をする` after a frame noun, or of the verb that
    receives a message (`報告をいただく`) (it carries the frame noun's tense, it is no predicate of its
    own), or -1."""
    doc = verb.doc
    if verb.pos_ != "NOUN" or verb.i + 2 >= len(doc) or doc[verb.i + 1].text != "を":
        return -1
    light = doc[verb.i + 2].lemma_ in cues.LIGHT_VERBS or _received(verb)
    return verb.i + 2 if light else -1


def _received(verb: Token) -> bool:
    """True for a message received (`〜と報告をいただきました`, `〜と連絡を受けております`)."""
    doc = verb.doc
    return verb.lemma_ in cues.SPEECH_VERBS and verb.i + 2 < len(doc) and doc[verb.i + 1].text == "を" \
        and doc[verb.i + 2].lemma_ in cues.RECEIVING_VERBS


def _ongoing_tail(verb: Token) -> bool:
    """True when only the formal progressive follows the frame verb (`〜と認識しているところでございます`):
    its ところ is no noun the verb describes, and the verb stays the last predicate."""
    rest = "".join(t.text for t in verb.doc[verb.i + 1:] if t.pos_ not in cues.PUNCT_POS)
    return bool(cues.ONGOING_FRAME_TAIL.fullmatch(rest))


def _names_a_noun(verb: Token) -> bool:
    """True when the frame verb modifies a content noun after it (`〜と言われていた人が`, `〜と考える
    企業`): the clause is about that noun, no one's view is framed (`〜と考えることが` still frames)."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "acl" or head.i <= verb.i or head.pos_ not in ("NOUN", "PROPN") or _ongoing_tail(verb) \
            or head.lemma_ in cues.FORMAL_NOUNS | cues.NOT_TARGETS:
        return False
    between = doc[verb.i + 1:head.i]  # `言われていた`: auxiliaries only, the last attributive
    last = between[-1] if len(between) else verb
    return all(t.pos_ in ("AUX", "SCONJ") or t.dep_ == "fixed" for t in between) \
        and "連体形" in "".join(last.morph.get("Inflection"))


def _heard(verb: Token, particle: Token, end: int) -> bool:
    """True when `聞く`/`伺う` right after the と reports what was heard (`〜と聞いています`): active, and
    `伺う` in the past or progressive; `〜かと聞かれた` was asked, `〜として伺っておきます` asks."""
    past, progressive = tense_after(verb, end - 1)
    asks = verb.lemma_ in cues.ASKING_VERBS and not (past or progressive)
    return verb.i == particle.i + 1 and not is_passive(verb) and not asks


def is_passive(verb: Token) -> bool:
    """True when a passive auxiliary follows the verb (`聞かれる`)."""
    doc = verb.doc
    return verb.i + 1 < len(doc) and doc[verb.i + 1].lemma_ in cues.PASSIVE_AUXILIARIES


def is_appositive_iu(verb: Token) -> bool:
    """`〜というのは`, `〜というものを`: いう that joins a phrase to a noun with a case particle
    after it names a topic or an object, it reports no speech."""
    doc = verb.doc
    if verb.lemma_ not in cues.APPOSITIVE_IU_LEMMAS or verb.i + 2 >= len(doc):
        return False
    noun, particle = doc[verb.i + 1], doc[verb.i + 2]
    return (noun.pos_ in ("NOUN", "PRON") or noun.text == "の") and particle.text in cues.APPOSITIVE_IU_PARTICLES


def _is_argument(token: Token) -> bool:
    """A verb, or a noun with a case particle after it (`Bを`): not an adverb like `本能的に`."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.pos_ == "VERB":
        return True
    return token.pos_ in ("NOUN", "PROPN") and nxt is not None and nxt.text in ("を", "が", "は", "の", "も", "と")


def is_human(token: Token) -> bool:
    """A person (or a title after a name: `植田和男総裁`), a pronoun for people, a group of people."""
    named = token.i > 0 and is_person(token.doc[token.i - 1]) and token.pos_ == "NOUN"
    return (is_person(token) or named or token.lemma_ in cues.HUMAN_NOUNS or token.text in cues.HUMAN_NOUNS
            or token.text in cues.SELF_PRONOUNS | cues.THIRD_PERSON_PRONOUNS | cues.PARTICIPANT_PRONOUNS)


def _set_off(subject: Token, verb: Token) -> bool:
    """`多くの専門家が、〜と指摘しています`: a comma after a が-subject sets it off from the complement, so it
    is the subject of the verb that reports (the parser may hang it on the complement's verb)."""
    doc = subject.doc
    return verb.lemma_ in cues.SPEECH_VERBS | cues.PREDICTION_FRAME_VERBS and subject.i + 2 < len(doc) \
        and doc[subject.i + 1].text == "が" and doc[subject.i + 2].text in cues.COMMAS


def _viewpoint(source: Token) -> bool:
    """`国民から見ると`, `市民からすれば`: から names whose point of view, not who said it."""
    doc = source.doc
    return source.i + 2 < len(doc) and doc[source.i + 2].lemma_ in cues.VIEWPOINT_VERBS


def _frame_subject(doc: Doc, start: int, end: int, verb: Token) -> Token | None:
    """The first human topic (は/も) in [start, end), or a human が-subject of the frame verb itself:
    who holds the framed view. `開発者が活用する利点だと思う` has none: 開発者 is inside."""
    for token in doc[start:end]:
        if token.pos_ not in ("NOUN", "PROPN", "PRON") or token.i + 1 >= end or not is_human(token):
            continue
        if token.dep_ == "compound" and token.head.i == token.i + 1:
            token = token.head  # `皆さん`: 皆 + さん
        particle = doc[token.i + 1].text if token.i + 1 < end else ""
        if particle == cues.SOURCE_PARTICLE and verb.lemma_ in cues.SPEECH_VERBS and not _viewpoint(token):
            return token  # `町会長の方々から、〜と報告をいただきました`, `県からは、〜と説明を受けた`: who said it
        if is_organisation(token) and verb.lemma_ not in cues.REPORTING_SPEECH_VERBS:
            continue  # `市は…と考えております`: the body answering through its official, who holds the view
        inside = token.head.i != verb.i and token.i < token.head.i < end and not _set_off(token, verb)
        if particle in ("は", "としては") or (particle in ("も", "が") and not inside):
            return token
    return None
