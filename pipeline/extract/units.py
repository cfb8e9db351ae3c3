"""Units: a sentence's clauses, framed and filtered, become argumentative units with their
attributes and role; `document_units` carries the discourse state across sentences."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from pipeline.extract import cues
from pipeline.extract.attributes import (
    analogy_source,
    challenge_word,
    comparison_standard,
    example_of_a_setting,
    is_hedged,
    negates,
    polarity,
    target_phrase,
)
from pipeline.extract.clauses import (
    afterthought_start,
    merge_conditions_into_frames,
    split_clauses,
)
from pipeline.extract.filters import reject_reason
from pipeline.extract.frames import find_frame
from pipeline.extract.holders import (
    Interlocutor,
    cited_holder,
    last_person,
    quote_introducer,
    reported_group,
    resolve_holder,
)
from pipeline.extract.records import Clause, Frame, SentenceContext, Unit
from pipeline.extract.roles import RoleInput, unit_role
from pipeline.extract.syntax import content_tokens, final_predicate, is_past, is_punctuation, tense_after
from pipeline.extract.unit_types import stance_of_others, unit_type
from pipeline.names import canonical_names, is_chair_label
from pipeline.sentences import read_offsets

if TYPE_CHECKING:
    import pandas as pd
    from spacy.tokens import Doc, Token


def _strip_edges(doc: Doc, start: int, end: int, strip_reason_ending: bool) -> tuple[int, int]:
    """Drop punctuation and a leading connective (しかし、なぜなら、) from a token range, and with
    `strip_reason_ending` the `〜からです` that closes a なぜなら sentence."""
    leading = sorted(cues.SENTENCE_REASON + cues.SENTENCE_CONTRAST + cues.SENTENCE_CONSEQUENCE
                     + cues.SENTENCE_EXAMPLE + cues.SENTENCE_CONCESSION, key=len, reverse=True)
    start = _after_fillers(doc, start, end)
    if start < end:
        text = doc[start:end].text
        connective = "" if text.startswith(cues.NOT_CONNECTIVES) else next((c for c in leading if text.startswith(c)), "")
        begin = doc[start].idx
        while start < end and doc[start].idx < begin + len(connective):  # `しかしながら`: two tokens
            start += 1
    while start < end and (is_punctuation(doc[start])
                           or (doc[start].pos_ == "CCONJ" and not doc[start:end].text.startswith(cues.NOT_CONNECTIVES))
                           or (doc[start].text in leading and not doc[start:end].text.startswith(cues.NOT_CONNECTIVES))):
        start += 1
    start = _after_vocative(doc, _after_fillers(doc, start, end), end)
    while end > start and is_punctuation(doc[end - 1]):
        end -= 1
    if strip_reason_ending and start < end:
        match = cues.REASON_SENTENCE_ENDING.search(doc[start:end].text)
        if match:
            keep_before = doc[start].idx + match.start()
            while end > start + 1 and doc[end - 1].idx >= keep_before:
                end -= 1
    return start, end


def _after_fillers(doc: Doc, start: int, end: int) -> int:
    """Where a span begins after the fillers that open an utterance (`えー、あの、まあ、`, `うーん`):
    they hesitate, they assert nothing. A word that may also be a determiner (`あの`, `その`) or
    a pronoun (`なんか`) is a filler only before a comma (`あの店は` keeps its `あの`)."""
    while start < end:
        comma = next((t.i for t in doc[start:min(end, start + cues.FILLER_WORDS_MAX_TOKENS + 1)]
                      if t.text in cues.COMMAS), None)
        if comma is not None and doc[start:comma].text.replace(" ", "") in cues.FILLER_WORDS:
            start = comma  # `えーと、`: GiNZA splits it into えー and と
        elif doc[start].pos_ == cues.FILLER_POS:
            start += 1
        else:
            return start
        while start < end and is_punctuation(doc[start]):
            start += 1
    return start


def _after_vocative(doc: Doc, start: int, end: int) -> int:
    """Where a span begins after a leading address to the listener (`大臣、`, `山田市長、`): a title
    (cues.ADDRESS_TITLES), a name at most before it, then a comma; a list of offices
    (`市長、副市長が`, `部長、課長が`, `市長、そして副市長も`) addresses nobody."""
    words = doc[start:min(end, start + cues.VOCATIVE_WORDS + 1)]
    comma = next((t.i for t in words if t.text in cues.COMMAS), None)
    if comma is None or comma == start or comma + 1 >= end:
        return start
    address, following = doc[start:comma].text, doc[comma + 1]
    named = all(t.pos_ in ("NOUN", "PROPN") for t in doc[start:comma])
    listed = following.pos_ == "CCONJ" or following.text in cues.LIST_CONTINUERS \
        or (following.pos_ in ("NOUN", "PROPN") and following.text.endswith(cues.OFFICE_SUFFIXES))
    if not named or not address.endswith(tuple(cues.ADDRESS_TITLES)) or listed:
        return start  # `市長、副市長が`, `部長、課長が`, `市長、そして副市長も`: a list of offices
    return comma + 1


def sentence_connective(doc: Doc) -> str:
    """A connective in the first words of a sentence (しかし, なぜなら, むしろ, だから, 例えば, また), or ""."""
    words = content_tokens(doc)[:cues.CONNECTIVE_WORDS]
    text = "".join(t.text for t in words)
    connectives = sorted(cues.SENTENCE_REASON + cues.SENTENCE_CONSEQUENCE + cues.SENTENCE_EXAMPLE
                         + cues.SENTENCE_CONTRAST + cues.SENTENCE_CONCESSION + cues.SENTENCE_ADDITIVE, key=len, reverse=True)
    if text.startswith(cues.NOT_CONNECTIVES):
        return ""  # `ただ単に`, `それでは`: the longest word is no connective
    for connective in connectives:  # longest first: `それでも` before `それで`
        if text.startswith(connective) or (connective == "むしろ" and "むしろ" in text):
            return connective
    return ""


@dataclass(frozen=True)
class _Kept:
    """A clause that passed the filters: its span after frame and edges are taken off."""

    clause: Clause
    start: int
    end: int
    frame: Frame | None
    holder: str


def _framed_span(doc: Doc, ctx: SentenceContext, clause: Clause, sentence_cue: str, said_end: int) -> _Kept | None:
    """The clause's proposition (its frame and edges taken off) with its holder, or None when
    nothing is left or a filter rejects it (`said_end`: where an afterthought begins, clauses.afterthought_start)."""
    frame = find_frame(doc, clause)
    holder, own_frame = (resolve_holder(frame.subject, ctx, frame.verb) if frame
                         else (ctx.quote_holder or ctx.speaker, True))
    if frame is not None and not own_frame:
        frame = None  # `人々は…と考えていた`, `〜と、多くの人が考えている`: their belief is itself the proposition
    elif frame is not None and frame.subject is not None and frame.subject.i > frame.start:
        # `〜と、多くの専門家が指摘しています`: they are reported; `〜って、警察からも家族からも`: all of them
        holder = reported_group(frame.subject, holder)
    holder = cited_holder(doc[clause.start:clause.end], ctx) or holder  # `Xの発言にあったように`
    start = frame.complement_start if frame else clause.start
    end = frame.start if frame else clause.end
    reason_premise = sentence_cue in cues.SENTENCE_REASON and clause.link == "final"
    start, end = _strip_edges(doc, start, end, reason_premise)
    if start >= end:
        return None
    judged = list(doc[clause.start:clause.end]) if frame is None else list(doc[start:end])
    if reject_reason(judged, frame, doc, ctx, said_end):
        return None
    return _Kept(clause, start, end, frame, holder)


def extract_units(doc: Doc, ctx: SentenceContext, sentence_cue: str | None = None) -> Iterator[Unit]:
    """Yield the argumentative units of one sentence Doc (`sentence_cue`: its leading
    connective, when the caller already has it)."""
    sentence_cue = sentence_connective(doc) if sentence_cue is None else sentence_cue
    kept: list[_Kept] = []
    said_end = afterthought_start(doc)  # once a sentence: the filters and the targets need it
    clauses = _before_afterthought(merge_conditions_into_frames(doc, split_clauses(doc)), said_end)
    if not sentence_cue and _anaphoric_concession(doc, clauses):
        clauses, sentence_cue = clauses[1:], clauses[0].link_cue  # `この答弁があったにもかかわらず、B`
    for clause in clauses:
        span = _framed_span(doc, ctx, clause, sentence_cue, said_end)
        if span is None and clause is clauses[-1]:
            span = _joined_short_main(doc, ctx, kept, clause, sentence_cue, said_end)
        if span is None:
            continue
        if kept and kept[-1].clause.link == "contrast":
            if _opens_like_a_sentence(doc, span.clause):  # `〜ますが、なお、B`: two sentences, nothing conceded
                kept[-1] = replace(kept[-1], clause=replace(kept[-1].clause, link="final", link_cue=""))
            elif span.frame is None and kept[-1].frame is None \
                    and not _conceded_on_its_own(doc, kept[-1].clause, span.clause):
                span = replace(span, start=kept.pop().start)  # `Xですが、Yではありません`: one claim
            else:  # `Xとは思いますが、Y`: a view conceded to Y; `Xと言われますが、そういうY`: X sets Y's scene
                conceded = kept.pop()
                # a view the speaker frames (`〜と思いますが`) is held and conceded even when picked up;
                # so are the listener's words (`〜とおっしゃいますが、その内訳を…`), taken up to be answered
                held = conceded.frame is not None and conceded.frame.verb.lemma_ in (
                    cues.COGNITION_VERBS | cues.HONORIFIC_SPEECH_VERBS)
                # `Xが動いていますが、それはYの話です`: a statement the main clause takes up to say something
                # of it is conceded to it, it sets no scene
                # (a past event, `〜を決めましたが、その根拠は…`, is conceded, no scene set; a state that holds,
                # `再編が進んでいるのですが、その中で…`, may set the scene)
                preface = not held and not _denies(doc, conceded) and _picks_up_what_was_said(doc, span) \
                    and not _takes_it_up(doc, span.clause) and not _reported_event(doc, conceded.clause, past_only=True)
                link = "reason" if preface else "concession"
                cue = f"{conceded.clause.link_cue}({cues.PREFATORY_CUE})" if link == "reason" else conceded.clause.link_cue
                kept.append(replace(conceded, clause=replace(conceded.clause, link=link, link_cue=cue)))
        kept.append(span)
    # a reason or condition whose main clause is no unit (`〜ので、楽しみです`) supports nothing
    # nor does a ground named with `〜ということで、` (cues.CONTINUING_FRAME) before no unit
    while kept and (kept[-1].clause.link in cues.SUBORDINATE_LINKS or _grounds_what_follows(kept[-1].clause)):
        dropped = kept.pop()
        if _stance_in_reason(doc, dropped):  # `本案には賛同できませんので、反対の理由を申し上げます`
            kept.append(replace(dropped, clause=replace(dropped.clause, link="final", link_cue="")))
            break
    kept = _share_reasons(_share_koto_frames(kept))
    for before, span in zip([None, *kept], kept):
        conditioned = before is not None and before.clause.link == "condition" and span.clause.link == "final"
        yield _make_unit(doc, ctx, span, sentence_cue, said_end, conditioned)


def _share_reasons(kept: list[_Kept]) -> list[_Kept]:
    """`Aということをおっしゃって、Bという話をされたので、C`: what was said, then more of it closed by
    a reason: A is a reason for C too (the te-form leaves A open for the reason clause to close)."""
    shared = list(kept)
    for index in range(len(shared) - 2, -1, -1):
        span, following = shared[index], shared[index + 1]
        if span.clause.link == "frame" and span.clause.link_cue.endswith(cues.TE_FORMS) \
                and following.clause.link == "reason":
            shared[index] = replace(span, clause=replace(span.clause, link="reason", link_cue=following.clause.link_cue))
    return shared


def _share_koto_frames(kept: list[_Kept]) -> list[_Kept]:
    """`Aことと、Bことを期待します`: A stands in B's frame too (its holder, its attributes)."""
    shared = list(kept)
    for index in range(len(shared) - 2, -1, -1):
        span, following = shared[index], shared[index + 1]
        if span.clause.link_cue == cues.KOTO_AND and span.frame is None and following.frame is not None:
            shared[index] = replace(span, frame=following.frame, holder=following.holder)
    return shared


def _before_afterthought(clauses: list[Clause], end: int) -> list[Clause]:
    """The clauses up to an afterthought (`〜しかないでしょ、これは`): the last one ends the sentence
    before the words tacked on, which say nothing of their own."""
    kept = [c for c in clauses if c.start < end]
    if not kept or end >= clauses[-1].end:
        return clauses
    return [*kept[:-1], Clause(kept[-1].start, min(kept[-1].end, end), "final")]


def _afterthought_topic(doc: Doc, end: int, said_end: int) -> str:
    """`〜もう作れないんですよ、ああいう店は`: a topic tacked on after the unit's predicate is what the
    unit is about; "" when no afterthought follows the unit."""
    tail = list(doc[end + 1:])
    if said_end != end or any(t.tag_.endswith((cues.ADVERBIAL_NOUN_TAG, cues.ADJECTIVAL_NOUN_TAG))
                                             for t in tail):
        return ""  # `〜べきでしょ、普通は`: an adverb, no topic
    return target_phrase(tail)


def _stance_in_reason(doc: Doc, span: _Kept) -> bool:
    """A reason clause that states the speaker's stance (`賛同できませんので、`) before a main clause
    that is no unit (procedure: `その理由を申し上げます`): the stance is the sentence's claim, it has
    nothing left to support."""
    tokens = list(doc[span.start:span.end])
    return span.clause.link == cues.STANCE_REASON_LINK and bool(cues.STANCE.search(doc[span.start:span.end].text)) \
        and not stance_of_others(tokens)


def _grounds_what_follows(clause: Clause) -> bool:
    """A clause cut at `〜ということで、`: it only grounds the clause after it."""
    return clause.link == "frame" and bool(cues.CONTINUING_FRAME.fullmatch(clause.link_cue))


def _conceded_on_its_own(doc: Doc, conceded: Clause, main: Clause) -> bool:
    """True when a が-clause before an unframed main clause is a unit of its own, conceded to it
    (`Xですが、Y` is otherwise one claim): it explains (`〜したんですが`), it reports an event
    (`〜が完了しましたが`, `〜増えておりますが`), an adverb concedes it (`確かに〜ですが`), the main clause
    opens by setting itself against it (`〜ですが、その一方で、`), or the main clause is itself a reason,
    condition or concession (`Aですが、Bため、C`: A is no part of B's premise)."""
    words = content_tokens(doc[conceded.start:conceded.end])
    text = "".join(t.text for t in words)
    opening = "".join(t.text for t in content_tokens(doc[main.start:main.end])[:3])
    if opening.startswith(cues.ADDING_OPENERS):
        return False  # `周知は進めていますが、それに加えて窓口も拡充します`: が only runs on to what is added
    return _explains(words) or _reported_event(doc, conceded) \
        or any(adverb in text for adverb in cues.CONCESSIVE_ADVERBS) or opening.startswith(cues.OPPOSING_OPENERS) \
        or main.link in cues.SUBORDINATE_LINKS or _takes_it_up(doc, main)


def _reported_event(doc: Doc, conceded: Clause, *, past_only: bool = False) -> bool:
    """The が-clause, followed by a comma, reports an event (_reports_an_event), in the past if asked."""
    return doc[conceded.end - 1].text in cues.COMMAS \
        and _reports_an_event(content_tokens(doc[conceded.start:conceded.end]), past_only=past_only)


def _takes_it_up(doc: Doc, main: Clause) -> bool:
    """`デモでは動いていますが、それは実験室の中での話です`, `〜との意見もありますが、それでは産業が育ちません`,
    `〜ありますが、そこから学ぶ`: a main clause that opens with a そ-pronoun (cues.ANAPHORIC_PRONOUNS) takes the
    が-clause itself as its argument and says something of it: the が-clause is a unit of its own, conceded to
    it (a determiner, `その根拠は`, speaks of a part of it, and the two stay one unit)."""
    text = doc[main.start:main.end].text.lstrip("".join(cues.COMMAS))
    return text.startswith(cues.ANAPHORIC_PRONOUNS) and not text.startswith(cues.NOT_ANAPHORIC_OPENERS)


def _reports_an_event(words: list[Token], *, past_only: bool = False) -> bool:
    """True when a が-clause's predicate is an action verb in the past or in 〜ている/〜ておる
    (`再開発は完了しましたが、`, `件数は減ってきましたが、`, `案が示されておりますが、`, `成果は出ておりませんが、`):
    it reports what happened or holds, a fact the main clause goes on from, no aspect of its matter
    (`これは初の試みですが`, `誰でも利用できますが`, `報告がありましたが` stay in the main clause's unit).
    The caller asks for the comma after it: `お店に行きましたがとても丁寧で` runs on, a narrated preface."""
    predicate = final_predicate(words[:-1])
    if predicate is None or predicate.pos_ != "VERB" or predicate.lemma_ in cues.STATE_PREDICATES \
            or predicate.lemma_ in cues.SPEECH_VERBS | cues.COGNITION_VERBS:
        return False
    past, progressive = tense_after(predicate, words[-1].i)
    return past or (progressive and not past_only)


def _explains(words: list[Token]) -> bool:
    """True when a clause ends in の/ん/わけ, the copula and が (`〜増えたんですが`, `〜記録したので
    ございますが`, `〜計上されてきたわけでありますが`): the speaker sets out a fact as given."""
    before = words[:-1]  # words[-1] is the conjunction (が, けれども)
    while before and before[-1].lemma_ in cues.COPULA_LEMMAS and before[-1].pos_ in ("AUX", "VERB"):
        before.pop()
    if not before or len(before) == len(words) - 1 \
            or not (cues.NOMINALIZER_TAG in before[-1].tag_ or before[-1].lemma_ in cues.EXPLANATORY_NOMINALIZERS):
        return False
    predicate = next((t for t in reversed(before[:-1]) if t.lemma_ != cues.ADNOMINAL_COPULA), None)
    # a predicate explains (`増えたんです`, `反対だったんです`); `〜に関連してなんですが` only leads in
    return predicate is not None and predicate.pos_ in ("VERB", "ADJ", "AUX") and predicate.tag_ != cues.TE_FORM_TAG


def _opens_like_a_sentence(doc: Doc, clause: Clause) -> bool:
    """True when a clause opens with a sentence's connective and a comma (`なお、`, `ただし、`)."""
    words = list(doc[clause.start:clause.end])
    while words and is_punctuation(words[0]):
        words.pop(0)
    text = "".join(t.text for t in words[:3])
    return any(text.startswith(opener) and text[len(opener):len(opener) + 1] in cues.COMMAS
               for opener in cues.SENTENCE_LIKE_OPENERS)


def _denies(doc: Doc, kept: _Kept) -> bool:
    """`両立もできていないのですが、そこから学ぶことも多い`: a が-clause that denies something is what
    the main clause is set against, conceded, even when a そ-word picks it up; a preface states what is."""
    tail = doc[kept.start:kept.clause.end].text[-cues.DENIAL_TAIL_CHARS:]
    return negates(cues.POLITE_NEGATIVES.sub("", tail))


def _picks_up_what_was_said(doc: Doc, span: _Kept) -> bool:
    """True when a main clause opens with a そ-word (`そういった`, `その`, `それ`) that points back at
    the が-clause before it: that clause is a preface (前置き) the main clause builds on, no concession."""
    return doc[span.start:span.end].text.startswith(cues.ANAPHORIC_OPENERS)


def _anaphoric_concession(doc: Doc, clauses: list[Clause]) -> bool:
    """True when a sentence opens with a concession that only points back (`この答弁があったにも
    かかわらず、`): it concedes the sentence before, as `にもかかわらず、` would."""
    first = clauses[0]
    if len(clauses) < 2 or first.link != "concession" or first.link_cue not in cues.SENTENCE_CONCESSION:
        return False
    content = [t for t in content_tokens(doc[first.start:first.end]) if t.pos_ in cues.CONTENT_POS]
    return doc[first.start].text in cues.DEMONSTRATIVES and len(content) <= cues.ANAPHORIC_CONCESSION_CONTENT


def _joined_short_main(doc: Doc, ctx: SentenceContext, kept: list[_Kept], clause: Clause,
                       sentence_cue: str, said_end: int) -> _Kept | None:
    """`駅から近いので、おすすめです`: a main clause too short to stand alone joins the reason or
    condition right before it, and the two make one unit (when it passes the filters: `〜ので、
    楽しみです` is still a feeling). Pops that clause from `kept`."""
    if not kept or kept[-1].clause.link not in cues.SUBORDINATE_LINKS or kept[-1].clause.end != clause.start:
        return None
    if len([t for t in content_tokens(doc[clause.start:clause.end]) if t.pos_ in cues.CONTENT_POS]) \
            >= cues.MIN_CONTENT_WORDS:
        return None
    joined = _framed_span(doc, ctx, Clause(kept[-1].clause.start, clause.end, "final"), sentence_cue, said_end)
    if joined is not None:
        kept.pop()
    return joined


def _challenged(kind: str, type_cue: str, pol: str, word: str) -> tuple[str, str, str, str, str, str]:
    """(type, type cue, polarity, polarity cue, role, role cue) of a challenge put as a question: it
    asserts the opposite of what it asks (polarity turned), a judgement (an assertion becomes an
    evaluation) the asker holds (a claim, never an interviewer's background). A `なぜ` challenge
    presupposes what it asks about (`なぜ進まないのですか`: it does not progress), polarity kept."""
    kind, type_cue = ("evaluation", cues.CHALLENGE_CUE) if kind == "assertion" else (kind, type_cue)
    if word in cues.REASON_CHALLENGE_WORDS:
        return kind, type_cue, pol, "", "claim", cues.CHALLENGE_CUE
    return kind, type_cue, "pos" if pol == "neg" else "neg", cues.CHALLENGE_CUE, "claim", cues.CHALLENGE_CUE


def _make_unit(doc: Doc, ctx: SentenceContext, span: _Kept, sentence_cue: str, said_end: int,
               conditioned: bool = False) -> Unit:
    """A unit with its attributes, each with the cue that decided it (`conditioned`: a condition
    clause comes right before it, `〜すれば、`)."""
    clause, start, end, frame = span.clause, span.start, span.end, span.frame
    tokens = list(doc[start:end])
    text = doc[start:end].text
    frame_text = doc[frame.start:frame.end].text.rstrip("。、,，!！").lstrip("」』") if frame else ""
    past = is_past(tokens)
    kind, type_cue = unit_type(tokens, text, frame, past, conditioned)
    pol, pol_cue = polarity(tokens, frame_text)
    hedge, hedge_cue = is_hedged(text, frame, frame_text)
    _, standard = comparison_standard(tokens) if kind == "comparison" else ("", "")
    role, role_cue = unit_role(RoleInput(clause, sentence_cue, frame, frame_text, past, ctx, kind, pol, tokens))
    challenge = challenge_word(tokens, text) if frame is None else ""
    if challenge:  # `こんなことで〜できるんですか`: asserts the opposite
        kind, type_cue, pol, pol_cue, role, role_cue = _challenged(kind, type_cue, pol, challenge)
    marker, source = analogy_source(text)
    if marker == cues.SETTING_YOUNI and example_of_a_setting(tokens):
        marker, source = "", ""  # `隣町のように、〜地域では`: an example of the places meant
    unit_cues = [f"role:{role_cue}", f"type:{type_cue or kind}"]
    if frame_text:
        unit_cues.append(f"frame:{frame_text}")
    if pol_cue:
        unit_cues.append(f"polarity:{pol_cue}")
    if hedge_cue:
        unit_cues.append(f"hedge:{hedge_cue}")
    span_start, span_end = ctx.document_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    return Unit(ctx=ctx, tok_start=start, tok_end=end, start=span_start, end=span_end, text=text, role=role,
                frame=frame_text, type=kind, polarity=pol, hedged=hedge, holder=span.holder,
                target=target_phrase(tokens) or _afterthought_topic(doc, end, said_end), standard=standard,
                cues=tuple(unit_cues), link=clause.link,
                link_cue=clause.link_cue, sentence_cue=sentence_cue,
                analogy_marker=marker, analogy_source=source)


@dataclass(frozen=True)
class _Quotation:
    """Who speaks what a sentence introduced (`Xは次のように述べた:`, `X長官はこのように言って
    おります。「…」`): the quoted sentences after it in the same turn; after a colon, also the
    unquoted sentences to the end of the paragraph the first of them is in."""

    holder: str = ""
    turn_id: str = ""
    last_paragraph: int = 0
    quoted_only: bool = True

    def holder_of(self, turn_id: str, paragraph: int, in_quote: bool) -> str:
        if not self.holder or turn_id != self.turn_id:
            return ""
        return self.holder if in_quote or (not self.quoted_only and paragraph <= self.last_paragraph) else ""


def _introduced_quotation(doc: Doc, ctx: SentenceContext) -> _Quotation | None:
    """The quotation a sentence introduces, or None when it introduces none."""
    text = doc.text.rstrip()
    colon = text.endswith(cues.INTRODUCES_QUOTE)
    if not colon and not cues.QUOTE_INTRODUCER.search(text):
        return None
    holder = quote_introducer(doc, ctx)
    return _Quotation(holder, ctx.turn_id, 0, quoted_only=not colon) if holder else None


def _read_offsets(row: object) -> tuple[int, ...]:
    """The document offset of each character of a sentence's Doc when it was read joined, else ()."""
    return read_offsets(row.text, int(row.start), getattr(row, "joins", ""))  # type: ignore[attr-defined]


def document_units(doc_id: str, sentences: pd.DataFrame, turns: pd.DataFrame, docs: Sequence[Doc]) -> Iterator[Unit]:
    """Yield the units of one document in reading order, with ids (`doc:c001`), carrying the
    discourse state that attribution needs: the last person named (for `彼`) and who is quoted."""
    roles = dict(zip(turns["turn_id"], turns["role"]))
    chairs = {t for t, label in zip(turns["turn_id"], turns["label"]) if is_chair_label(label)}
    speakers = [s for s in turns["speaker"] if s]
    # one unlabelled speech: no label and no speaker a source states (subtitles' turns have no label)
    unlabelled = not any(turns["label"]) and not any(turns["speaker"])
    names = canonical_names(speakers) if speakers else {}
    recent_person = ""
    quotation = _Quotation()
    interlocutor = Interlocutor()
    reason_paragraph = None  # (turn, paragraph, index) of the last なぜなら sentence
    example_intro = None  # (turn, index) of the last `例えば` sentence that held no unit
    number = 0
    for index, (row, doc) in enumerate(zip(sentences.itertuples(index=False), docs)):
        in_quote = str(row.in_quote) == "1"
        if quotation.holder and not quotation.quoted_only and not quotation.last_paragraph:
            quotation = replace(quotation, last_paragraph=int(row.paragraph))  # the quote runs to its paragraph's end
        quote_holder = quotation.holder_of(row.turn_id, int(row.paragraph), in_quote)
        interlocutor = interlocutor.enter(row.turn_id, row.speaker, row.turn_id in chairs)
        ctx = SentenceContext(
            doc_id=doc_id, sent_id=row.sent_id, index=index, turn_id=row.turn_id, speaker=row.speaker,
            role=roles.get(row.turn_id, ""), start=int(row.start), in_quote=in_quote,
            paragraph=int(row.paragraph), quote_holder=quote_holder, last_person=recent_person,
            last_other_speaker=interlocutor.other,
            names=MappingProxyType(dict(names)),
            after_reason=reason_paragraph == (row.turn_id, int(row.paragraph), index - 1),
            after_example_intro=example_intro == (row.turn_id, index - 1),
            chair=row.turn_id in chairs, unlabelled=unlabelled, offsets=_read_offsets(row))
        own_connective = sentence_connective(doc)
        connective = own_connective or (cues.SENTENCE_EXAMPLE[0] if ctx.after_example_intro else "")
        before = number
        for unit in extract_units(doc, ctx, connective):
            number += 1
            yield replace(unit, unit_id=f"{doc_id}:c{number:03d}")
        # `A。例えばですね。B。`: an example announced by a sentence of no unit is the next sentence (only that one)
        example_intro = (row.turn_id, index) if own_connective in cues.SENTENCE_EXAMPLE and number == before else None
        if connective in cues.SENTENCE_REASON:
            reason_paragraph = (row.turn_id, int(row.paragraph), index)
        if not in_quote:
            quotation = _introduced_quotation(doc, ctx) or (quotation if quote_holder else _Quotation())
        recent_person = last_person(doc, names) or recent_person
        if recent_person and recent_person not in names:
            names[recent_person] = recent_person  # a later short form (`鈴木`) maps to it
