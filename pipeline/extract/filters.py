"""Filters: what is not an argumentative unit — questions, greetings, procedure, pure feelings,
self-introductions, reports of the participants' own actions, headlines and news reports."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.extract import cues
from pipeline.extract.attributes import challenge_word
from pipeline.extract.frames import is_human, is_organisation
from pipeline.extract.holders import person_name
from pipeline.extract.records import Frame, SentenceContext
from pipeline.extract.syntax import (
    content_tokens,
    final_predicate,
    is_past,
    is_punctuation,
    is_person,
    names_an_event,
    predicate_core,
    subject_of,
    tense_after,
    view_of_what_was_said,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Candidate:
    """A clause about to become a unit, with what the filters look at."""

    tokens: Sequence[Token]
    frame: Frame | None
    sentence: Doc | Span  # without an afterthought (`〜でしょ、これは`): what is said ends before it
    ctx: SentenceContext
    text: str
    sentence_text: str
    core: Sequence[Token]  # the span without trailing function words (syntax.predicate_core)
    predicate: Token | None
    afterthought: Sequence[Token] = ()  # words tacked on after the sentence's predicate (`、ああいう店は`)


def _bare(text: str) -> str:
    """A clause's text without the punctuation that ends it (`質問ですが、` → `質問ですが`)."""
    return text.rstrip("。！!？?、,，")


def _too_short(c: Candidate) -> bool:
    """Too few content words; a topic tacked on after the last clause (`作れないんですよ、ああいう店は`)
    is understood as part of it."""
    understood = list(c.afterthought) if c.tokens[-1].i + 1 >= len(c.sentence) else []
    content = [t for t in content_tokens([*c.tokens, *understood]) if t.pos_ in cues.CONTENT_POS]
    return len(content) < cues.MIN_CONTENT_WORDS and not _event_condition(c.tokens, content)


def _event_condition(tokens: Sequence[Token], content: list[Token]) -> bool:
    """`廃止されれば、`, `統合すれば、`: a verbal noun's ば-condition names an event of its own in one word, as
    clauses cut it (`できれば` is cut as none)."""
    words = content_tokens(tokens)
    return len(content) == 1 and names_an_event(content[0]) and bool(words) and words[-1].text == cues.CONDITION_PARTICLE


def _question(c: Candidate) -> bool:
    """A genuine question (`〜ますか`, `〜のでは`, `ご感想は`, an embedded `〜のか` under a frame);
    a rhetorical one (`〜ではないでしょうか`, `なぜ〜しなければならないのか`) asserts."""
    bare = c.sentence_text.rstrip("。」』）)\"'”")
    commas = [t.i for t in c.sentence if t.text in cues.COMMAS]
    tail = c.sentence[commas[-1] + 1:] if commas else c.sentence
    predicate_free = not any(t.pos_ in ("VERB", "ADJ", "AUX") for t in tail)
    asks = bare.endswith(cues.QUESTION_MARKS + cues.QUESTION_ENDINGS) or \
        (bare.endswith(cues.BARE_TOPIC_QUESTION) and (predicate_free or any(_asking_word(t) for t in c.sentence)
                                                      or _left_at(c.sentence, cues.BARE_TOPIC_QUESTION))) \
        or _asked_without_ka(c, bare)
    conjecture = len(c.tokens) > 1 and (c.tokens[-2].lemma_ in cues.NOT_QUESTION_BEFORE_KA  # `〜あろうかと思います`
                                        or cues.VOLITIONAL_FORM in "".join(c.tokens[-2].morph.get("Inflection")))
    embedded = c.frame is not None and c.text.endswith(cues.QUESTION_ENDINGS[0]) and not conjecture \
        and any(_asking_word(t) for t in c.tokens)  # `〜が必要かと考えます` puts a view softly
    embedded = embedded or _asks_for_a_view(c)
    if asks and cues.TAG_QUESTION.match(_rest_of_sentence(c)):
        asks = False  # `〜と考えますが、いかがでしょうか`: the view before the tag is judged alone
    if not (asks or embedded):
        return False
    # from the clause on: `〜ではないかと思いますが、どう対応されるのですか` still asks in its last clause
    said_from_here = c.sentence_text[max(0, c.tokens[0].idx - c.sentence[0].idx):]
    if _rhetorical(said_from_here) or (c.frame is None and challenge_word(c.tokens, c.text)):
        return False  # `こんなことで〜できるんですか`: a challenge asserts
    asserting = bare.rstrip("".join(cues.QUESTION_MARKS)).endswith(cues.ASSERTING_QUESTION_ENDINGS)
    return not asserting or c.ctx.role == "interviewer"


def _asked_without_ka(c: Candidate, bare: str) -> bool:
    """An interviewer's question word ending in `でしょう` (`理由はどこにあるのでしょう`, `なぜでしょう`)
    asks without `か`; in a speaker's own turn the same shape is a rhetorical question."""
    return c.ctx.role == "interviewer" and bare.endswith(cues.CONJECTURE_QUESTION_ENDINGS) \
        and any(_asking_word(t) for t in c.sentence)


def _asking_word(token: Token) -> bool:
    """A question word that asks: not indefinite (`何も`, `どこか`, `何より`, `どうしても`, `どこの町も`),
    as a particle in its phrase (before the next predicate or comma) makes it."""
    if not (token.text.startswith(cues.QUESTION_WORDS) and token.pos_ in ("PRON", "ADV", "DET", "ADJ")):
        return False
    for following in token.doc[token.i + 1:token.i + 4]:
        if following.text in cues.INDEFINITE_AFTER_QUESTION_WORD or following.lemma_ == "する":
            return False
        if following.pos_ in ("VERB", "ADJ", "AUX") or following.text in cues.COMMAS:
            break
    return True


def _left_at(sentence, particle: str) -> bool:  # noqa: ANN001 (a spaCy Span)
    """The sentence ends at `particle` on its root noun, the predicate left unsaid, whatever verb modifies
    that noun: `今後、市として取り組むべき課題は。` asks (は), `最後に、市民へのメッセージを。` requests (を)."""
    words = [t for t in sentence if not is_punctuation(t)]
    return bool(words) and words[-1].text == particle and words[-1].pos_ == "ADP" \
        and words[-1].head.dep_ == "ROOT" and words[-1].head.pos_ in ("NOUN", "PRON", "PROPN")


def _rhetorical(text: str) -> bool:
    """True when a sentence puts a rhetorical question (`〜ではないでしょうか`, `いかがなものか`) of its own;
    one quoted as the content of a noun (`〜ではないかという不安について、どうお考えですか`) is others'
    worry, and the sentence around it may still ask."""
    return any(not text[m.end():].startswith(cues.QUOTED_QUESTION_AFTER) for m in _RHETORICAL_MARKERS.finditer(text))


_RHETORICAL_MARKERS = re.compile("|".join(map(re.escape, sorted(cues.RHETORICAL_QUESTION + cues.DISAPPROVAL_IDIOMS,
                                                                key=len, reverse=True))))


def _asks_for_a_view(c: Candidate) -> bool:
    """`どう取り組もうと思っているのか`, `〜とお考えですか`: the frame itself is asked about (it ends in
    `か`), so the complement is what the listener is asked to hold, not anyone's claim."""
    if c.frame is None:
        return False
    frame_text = _bare(c.sentence[c.frame.start:c.frame.end].text)
    return frame_text.endswith(cues.QUESTION_ENDINGS[0]) and not frame_text.endswith(cues.NOT_ASKED_FRAME_ENDINGS)


def _truncated(c: Candidate) -> bool:
    """`そこを県民運動的な、「佐賀`: a clause that opens a quotation with no predicate in it, never
    closed, at the end of a sentence with no closing mark, is an excerpt cut off mid-phrase."""
    opened = [t.i for t in c.tokens if t.text == cues.QUOTE_OPEN]
    if not opened or c.sentence_text.endswith(cues.SENTENCE_CLOSERS) \
            or not c.sentence_text.endswith(_bare(c.text)):
        return False
    quoted = [t for t in c.tokens if t.i > opened[-1]]
    return not any(t.text == cues.QUOTE_CLOSE or t.pos_ in ("VERB", "ADJ", "AUX") for t in quoted)


def _unfinished(c: Candidate) -> bool:
    """The last clause of an over-long sentence cut at a comma (`…大きくクローズアップしながら、`):
    its predicate comes after the cut, so the words before it make no proposition yet."""
    return c.sentence_text.endswith(cues.COMMAS) and c.sentence_text.rstrip("".join(cues.COMMAS)).endswith(_bare(c.text))


def _rest_of_sentence(c: Candidate) -> str:
    """The sentence's text after the clause (after its frame, when it has one)."""
    end = c.frame.end if c.frame is not None else c.tokens[-1].i + 1
    return c.sentence[end:].text.strip() if end < len(c.sentence) else ""


def _request(c: Candidate) -> bool:
    """`市長の見解を伺います`, `お考えをお聞かせください`, `答弁を求めます`: asking for an answer; an
    interviewer's object left without its verb (`最後に、市民へのメッセージを`) or `〜に助言をお願いします` asks
    the guest (from a member to the executive, `対策をお願いします` demands a measure: a claim)."""
    asks_the_guest = c.ctx.role == "interviewer" and (bool(cues.INTERVIEWER_REQUEST.search(_bare(c.text)))
                                                      or _left_at(c.sentence, cues.ELLIPTICAL_REQUEST_PARTICLE))
    return asks_the_guest or bool(cues.REQUEST.search(_bare(c.text)))  # a speech's `今こそ、〜の引下げを。` demands


def _ceremonial(c: Candidate) -> bool:
    """Condolences, congratulations, apologies (`哀悼の意を表します`, `おめでとうございます`)."""
    return any(word in c.text for word in cues.CEREMONIAL_WORDS)


def _quoted_title(c: Candidate, text: str) -> bool:
    """`経済学者が語る「円安の本当の理由」`: an unclosed line whose quotation closes on a noun, with no
    sentence inside it, is a title (a quoted saying ends in a predicate: `「必ずやります」`)."""
    if not text.endswith(cues.TITLE_QUOTE_CLOSERS) or any(p in text for p in cues.SENTENCE_PUNCTUATION):
        return False
    inside = [t for t in c.sentence if t.idx - c.sentence[0].idx < len(c.sentence_text.rstrip()) and t.text not in cues.TITLE_QUOTE_CLOSERS
              and not t.is_space and t.pos_ != "PUNCT"]
    return bool(inside) and inside[-1].pos_ in ("NOUN", "PROPN", "NUM")


def _heading(c: Candidate) -> bool:
    """A heading, dateline or caption inside a turn (`〜の結果について`, `令和5年4月1日(月曜日`):
    an unclosed short line with no predicate, or one ending in a topic word."""
    text = c.sentence_text.strip(cues.HEADING_WRAPPERS)
    if len(text) <= cues.HEADING_MAX_CHARS and (_quoted_title(c, text) or cues.DATELINE.match(text)):
        return True
    if text.endswith(cues.HEADING_CLOSERS) or len(text) > cues.HEADING_MAX_CHARS:
        return False
    titled = cues.HEADING_LABEL.sub("", text)  # `〜条例について（反対討論）`: the kind of speech in brackets
    return titled.endswith(cues.HEADING_ENDINGS) or not any(t.pos_ in ("VERB", "ADJ", "AUX") for t in c.sentence)


def _greeting(c: Candidate) -> bool:
    """`よろしくお願いします`, `ありがとうございました`; `〜ようお願いいたします` asks for an act, no greeting."""
    if cues.GREETING_PHRASE.match(_bare(c.text)):
        return True
    return c.frame is None and any(_greeting_word(t) for t in c.sentence)


def _greeting_word(token: Token) -> bool:
    """A greeting word; お願い only when what comes before it asks for nothing (`よろしくお願いします`)."""
    if token.lemma_ not in cues.GREETING_LEMMAS and token.text not in cues.GREETING_LEMMAS:
        return False
    if cues.ONEGAI not in (token.text, token.lemma_):
        return True
    before = content_tokens(token.doc[:token.i])
    return not before or before[-1].text not in cues.REQUESTING_BEFORE_ONEGAI


def _introduces_quote(c: Candidate) -> bool:
    """`彼は次のように述べた:`, `X長官はこのように言っております。`: a report that someone spoke."""
    return c.sentence_text.endswith(cues.INTRODUCES_QUOTE) or bool(cues.QUOTE_INTRODUCER.search(c.sentence_text))


def _self_introduction(c: Candidate) -> bool:
    """`立憲民主党の佐藤花子です`, `〇〇新聞の山田です`, `〜選出の鈴木でございます`, `〜と申します`:
    a person's name right before the copula, and no topic but the speaker."""
    if c.ctx.speaker and any(is_person(t) and person_name(t, c.ctx.names) == c.ctx.speaker for t in c.tokens[-4:]):
        return True
    frame_text = _bare(c.sentence[c.frame.start:c.frame.end].text) if c.frame is not None else ""
    text = _bare(c.text) + frame_text
    ending = next((e for e in cues.SELF_INTRODUCTION_ENDINGS if text.endswith(e)), "")
    if not ending or len(frame_text) > len(ending):
        return False
    if c.frame is None and cues.OUTLET_INTRODUCTION.search(text[:-len(ending)]):
        return True  # `東西新聞です`
    named = [t for t in c.tokens if t.idx - c.tokens[0].idx < len(text) - len(ending)]
    subject = subject_of(c.core)
    return bool(named) and is_person(named[-1]) and (subject is None or subject.text in cues.SELF_PRONOUNS)


def _no_predicate(c: Candidate) -> bool:
    return c.predicate is None


def _chair(c: Candidate) -> bool:
    """`○委員長（…君）　これより会議を開きます`: the chair's turns are procedure."""
    return c.ctx.chair and c.frame is None


def _procedural(c: Candidate) -> bool:
    """`次に…話しましょう`, `お答えいたします`, `〜について御説明いたします`, `〜について質問をいたします`,
    `御質問がありました`, `〜についてですが`, `冒頭、1つ申し上げます`, `以上です`; a stance
    (`賛成の立場から討論いたします`) is the speaker's claim, not procedure."""
    text = _bare(c.text)
    if cues.REASONS_ANNOUNCED.search(text):
        return True  # `反対の理由を申し上げます`: what follows is the reason, this sentence only announces it
    if cues.STANCE.search(text) or cues.DEMAND_BEFORE_CLOSING.search(text):
        return False  # `反対の立場を表明して、討論を終わります`, `〜よう要望して、質問を終わります`: the point
    thought = c.frame is None or c.frame.verb.lemma_ in cues.HEDGING_FRAME_VERBS  # `〜お知らせしたいと思います`
    if thought and cues.PROCEDURAL_PHRASE.search(text):
        return True
    if cues.ANNOUNCEMENT_OPENER.match(text) and cues.ANNOUNCEMENT_VERBS.search(text):
        return True
    if c.frame is not None or c.predicate is None or c.predicate.lemma_ not in cues.PROCEDURAL_VERBS \
            or _phase_of_a_task(c.predicate):
        return False
    subject = subject_of(c.core)
    # `今日は二点申し上げます`: a time word marked は sets the scene, it is nobody's subject
    own = subject is None or subject.text in cues.PARTICIPANT_PRONOUNS or subject.tag_.endswith(cues.ADVERBIAL_NOUN_TAG)
    return bool(re.search(cues.PROCEDURAL_PLAN, c.text)) or \
        (own and bool(re.search(cues.ANNOUNCEMENT_ENDING, text)))


def _phase_of_a_task(predicate: Token) -> bool:
    """`業務の見直しを始めます`, `交渉に入ります`: a verb of starting, going on or moving to (cues.PHASE_VERBS)
    is procedure only for the talk itself (`説明を始めます`, `次の議題に移ります`); with a task for its object
    or goal it states what the speaker will do."""
    if predicate.lemma_ not in cues.PHASE_VERBS:
        return False
    if predicate.lemma_ in cues.MOVING_ON_VERBS and not any(t.dep_ == "nsubj" for t in predicate.children) \
            and cues.MOVING_ON_OPENER.match(predicate.doc.text):
        return False  # `大項目の二、地域公共交通に移ります`: the talk moves on (`新しい料金体系に移ります` is news)
    objects = [t for t in predicate.children if t.dep_ in ("obj", "obl") and t.pos_ in ("NOUN", "PROPN")
               and not t.tag_.endswith(cues.ADVERBIAL_NOUN_TAG)]  # `来月から`: a time, no object
    return bool(objects) and not any(t.lemma_ in cues.TALK_NOUNS or _compound(t).endswith(cues.TALK_NOUN_SUFFIXES)
                                     for t in objects)


def _compound(noun: Token) -> str:
    """A noun with the compound words before it (`三点目`)."""
    parts = [t for t in noun.children if t.dep_ == "compound" and t.i < noun.i]
    return "".join(t.text for t in parts) + noun.text


def _acknowledgment(c: Candidate) -> bool:
    """`御懸念は理解しております`, `様々な御意見があることは承知しております`: the speaker grants that
    others feel or think so; nothing is put forward."""
    frame_text = _bare(c.sentence[c.frame.start:c.frame.end].text) if c.frame is not None else ""
    return bool(cues.ACKNOWLEDGED.search(_bare(c.text) + frame_text))


def _own_plan(c: Candidate) -> bool:
    """`来月には説明会を開催する予定でございます`: what the speaker (or nobody named) is scheduled to do is
    a report of the speaker's own action; `政府は法案を提出する予定です` reports a third party's plan."""
    if c.frame is not None or not cues.OWN_PLAN.search(_bare(c.text)):
        return False
    passive = any(t.lemma_ in cues.PASSIVE_AUXILIARIES for t in c.tokens)  # `補助が打ち切られる予定です`
    agents = [t for t in c.tokens if t.dep_ in ("nsubj", "obl") and (is_human(t) or is_organisation(t))
              and t.text not in cues.PARTICIPANT_PRONOUNS]
    return not passive and not agents  # a third party's plan (`国の補助が…`, `政府は…`) is reported


def _agenda_business(c: Candidate) -> bool:
    """`〜についてのお尋ねです` (an answer naming the question it takes up), `請願第12号を議題といたします`,
    `委員会に付託いたします`, `不採択とすることに決定いたしました`, `本日の閣議では〜が決定されました`:
    the session's business, no claim."""
    text = _bare(c.text)
    return c.frame is None and bool(cues.QUESTION_REFERENCE.search(text) or cues.AGENDA_BUSINESS.search(text)
                                    or cues.CABINET_BUSINESS.search(text))


def _preface(c: Candidate) -> bool:
    """`いろいろな試算がありますけれども、`, `他の議員と質問が重複する部分もありますが、`: that views of all
    kinds exist, or that the questions overlap, sets the scene; nobody disputes it."""
    return c.frame is None and bool(cues.PREFACE.search(_bare(c.text)))


def _topic_heading(c: Candidate) -> bool:
    """`まず、冬の備えです`, `二点目は財源の問題です`: an enumerated topic announced with a copula: a
    noun phrase and nothing said about it (no subject of its own, no other predicate)."""
    text = _bare(c.text)
    opener = cues.TOPIC_ENUMERATOR.match(text)
    if not opener or c.frame is not None or c.predicate is None or c.predicate.pos_ not in ("NOUN", "PROPN"):
        return False
    rest = [t for t in c.core if t.idx - c.tokens[0].idx >= opener.end()]
    said = any(t.pos_ in ("VERB", "ADJ") or (t.text in ("は", "が", "も") and t.pos_ == "ADP") for t in rest)
    return not said and text.endswith(cues.TOPIC_HEADING_COPULAS)


def _feeling(c: Candidate) -> bool:
    """`楽しみです`; `ああそうなんだという感じですね` (a hedge that frames too little to be a proposition)."""
    match = cues.FEELING_FRAME.search(_bare(c.text))
    if match:
        before = [t for t in c.tokens if t.idx - c.tokens[0].idx < match.start()]
        if sum(t.pos_ in cues.CONTENT_POS for t in before) < cues.MIN_CONTENT_WORDS:
            return True
    return c.frame is None and any(t.lemma_ in cues.FEELING_LEMMAS or t.text in cues.FEELING_LEMMAS
                                   for t in c.core[-2:])


def _agreement(c: Candidate) -> bool:
    """`まあ、それはありますね`, `確かにそれは言えます`: a pronoun for what the other said and a predicate
    that grants it, no content word of its own; a backchannel, not a proposition. So is the other's point
    granted in so many words (`おっしゃるとおりです`)."""
    if c.frame is None and cues.AGREEMENT_PHRASE.match(_bare(c.text)):
        return True
    content = [t for t in content_tokens(c.core) if t.pos_ in cues.CONTENT_POS and not _adverbial(t)
               and t.text not in cues.SELF_PRONOUNS]  # `私もそう思います`
    pronouns = [t for t in content_tokens(c.core) if t.lemma_ in cues.AGREEMENT_PRONOUNS]
    negated = any(t.lemma_ in ("ない", "ぬ", "ず") and t.pos_ == "AUX" for t in c.tokens)  # `それはありません`: denies
    return c.frame is None and bool(pronouns) and not negated and \
        all(t in pronouns or t.lemma_ in cues.AGREEMENT_PREDICATES for t in content)


def _adverbial(token: Token) -> bool:
    """`確かに`, `本当に`: an adjectival noun used as an adverb modifies, it says nothing of its own."""
    doc = token.doc
    return token.pos_ == "ADJ" and token.i + 1 < len(doc) and doc[token.i + 1].text == cues.ADVERBIAL_NI


def _name_list(c: Candidate) -> bool:
    """`鈴木議員、佐藤議員他です`: names listed and closed with 他/等 and a copula, with no topic
    and no verb: it names who, it says nothing about them."""
    if not cues.NAME_LIST_ENDING.search(_bare(c.text)):
        return False
    return not any(t.text in cues.LIST_TOPIC_PARTICLES and t.pos_ == "ADP" or t.pos_ in ("VERB", "ADJ")
                   for t in c.tokens)


def _word_list(c: Candidate) -> bool:
    """`進学、就職、結婚。`: nouns listed with commas and nothing else: a list, no proposition about them."""
    words = [t for t in c.tokens if t.text not in cues.COMMAS and t.pos_ != "PUNCT"]
    commas = sum(t.text in cues.COMMAS for t in c.tokens)
    return commas >= 1 and all(t.pos_ in ("NOUN", "PROPN") for t in words)


def _career_span(c: Candidate) -> bool:
    """`診療所長を務めて15年`: a lead's line of a career, no proposition."""
    return bool(cues.CAREER_SPAN.search(_bare(c.text)))


def _lead_profile(c: Candidate) -> bool:
    """`村上さんは〜で注目を集めている`: a lead before an interview presents who speaks: a named person is
    the subject itself (not `岸田首相の経済政策は`), the predicate judges nothing, no hedge, norm or
    strong marker. A text without labels is one speech, whose named subjects are what it argues about."""
    subject = subject_of(c.core)
    if subject is None or any(m in c.text for m in cues.HEDGE_MARKERS + cues.NORMATIVE_MARKERS + cues.STRONG_MARKERS):
        return False
    if c.predicate is not None and c.predicate.lemma_ in cues.EVALUATIVE_LEMMAS \
            or any(p in c.text[-cues.EVALUATIVE_TAIL_CHARS:] for p in cues.EVALUATIVE_PHRASES):
        return False  # `田中さんの訴えは切実だ`: the narrator's judgement
    name = [subject] + [t for t in subject.children if t.dep_ == "compound"]
    return any(is_person(t) and t.pos_ == "PROPN" for t in name)


def _narration_reason(c: Candidate) -> str:
    """Narration nobody is quoted in: a headline (no closing mark), an editorial note (`以下は…抄訳である`),
    a lead's profile of who speaks (labelled documents only), or a past-tense news report (in plain form:
    `〜が発表した`; `〜がありました` is someone speaking)."""
    if c.ctx.speaker or c.ctx.in_quote or c.frame is not None:
        return ""
    unclosed = not c.sentence_text.endswith(cues.SENTENCE_CLOSERS)
    sentence_like = len(c.sentence_text) > cues.HEADING_MAX_CHARS or \
        bool(cues.SENTENCE_LIKE_ENDING.search(c.sentence_text.strip(cues.HEADING_WRAPPERS)))
    if unclosed and not sentence_like and not c.ctx.quote_holder:
        return "headline"
    if cues.EDITORIAL_NOTE.search(_bare(c.text)):
        return "editorial note"  # `以下は、対談の抄訳である`
    if not c.ctx.unlabelled and (_career_span(c) or _lead_profile(c)):
        return "profile"
    # in a document without labels, the polite form marks a speech, not a news report
    polite = c.ctx.unlabelled and any(t.lemma_ in cues.POLITE_AUXILIARIES for t in c.tokens)
    if is_past(c.tokens) and c.predicate.pos_ == "VERB" and c.predicate.lemma_ not in cues.STATIVE_VERBS \
            and not polite:
        return "news report"
    return ""


def _own_action(c: Candidate) -> bool:
    """`(私たちは)3つのモデルをリリースしました`, `私たちは…に注力しており`: a report, not a claim."""
    predicate = c.predicate
    impression = c.frame is not None and c.frame.verb.lemma_ in cues.IMPRESSION_NOUNS  # `〜しちゃったかなって感じ`
    if (c.frame is not None and not impression) or predicate.pos_ != "VERB" or predicate.lemma_ in cues.STATIVE_VERBS \
            or view_of_what_was_said(predicate):
        return False
    if cues.EXPLANATORY_MONO.search(_bare(c.text)) or cues.PAST_STANCE.search(_bare(c.text)):
        return False  # `〜を実施したものであります`: explains how a matter stands; `〜を求めてまいりました`: a stance
    if predicate.lemma_ in cues.COGNITION_VERBS and any(t.lemma_ in cues.EVALUATIVE_LEMMAS for t in c.core):
        return False  # `〜に疑問を感じておりました`: a judgement the speaker held, no act
    subject = subject_of(c.core)
    if subject is None or subject.i < predicate.left_edge.i:
        subject = subject_of(list(predicate.doc[predicate.left_edge.i:predicate.i + 1])) or subject
    if impression and subject is not None and subject.tag_.endswith(cues.ADVERBIAL_NOUN_TAG):
        subject = None  # `去年は練習を増やしたかなって感じ`: the speaker's own experience, 去年 sets its scene
    participant = subject is not None and (subject.lemma_ in cues.PARTICIPANT_PRONOUNS
                                           or subject.text in cues.PARTICIPANT_PRONOUNS)
    past, progressive = tense_after(predicate, c.tokens[-1].i)
    if cues.OWN_HABIT.search(_bare(c.text)) and (subject is None or participant or not is_human(subject)):
        return bool(c.ctx.speaker)  # `〜ようにしています`: the speaker's own practice
    marked = any(m in c.text for m in cues.HEDGE_MARKERS + cues.NORMATIVE_MARKERS + cues.STRONG_MARKERS)
    return bool(c.ctx.speaker) and not marked and \
        ((past and (participant or subject is None)) or (progressive and participant))


# (reason, test) in the order they are tried; the tests after "no predicate" may rely on one.
FILTERS: tuple[tuple[str, Callable[[Candidate], bool]], ...] = (
    ("too short", _too_short),
    ("cut off", _truncated),
    ("unfinished", _unfinished),
    ("heading", _heading),
    ("question", _question),
    ("request", _request),
    ("ceremonial", _ceremonial),
    ("greeting or thanks", _greeting),
    ("introduces what follows", _introduces_quote),
    ("self-introduction", _self_introduction),
    ("procedural", _procedural),
    ("own plan", _own_plan),
    ("acknowledgment", _acknowledgment),
    ("agenda business", _agenda_business),
    ("preface", _preface),
    ("topic heading", _topic_heading),
    ("no predicate", _no_predicate),
    ("procedural (chair)", _chair),
    ("feeling", _feeling),
    ("agreement", _agreement),
    ("list of names", _name_list),
    ("list of words", _word_list),
)


def reject_reason(tokens: Sequence[Token], frame: Frame | None, sentence: Doc, ctx: SentenceContext,
                  said_end: int) -> str:
    """Why a clause is not an argumentative unit, or "" when it is one (`said_end`: where the
    sentence's afterthought begins, clauses.afterthought_start, computed once a sentence)."""
    core = predicate_core(tokens)
    said = sentence[:said_end]
    closer = sentence[-1].text if len(said) < len(sentence) and sentence[-1].text in cues.SENTENCE_CLOSERS else ""
    candidate = Candidate(tokens=tokens, frame=frame, sentence=said, ctx=ctx,
                          text="".join(t.text_with_ws for t in tokens).strip(),
                          sentence_text=said.text.strip() + closer, core=core, predicate=final_predicate(core),
                          afterthought=list(sentence[len(said) + 1:]))
    for reason, test in FILTERS:
        if test(candidate):
            return reason
    narration = _narration_reason(candidate)
    if narration:
        return narration
    return "own action" if _own_action(candidate) else ""
