"""Roles (ANNOTATION.md): claim or premise. Premises are reasons, conditions and concessions, the
sentences after `なぜなら`, and the facts an argument rests on that nobody frames as a view: past
events, what exists, what the speakers are, measured quantities, hearsay, reasons listed with `〜し、`,
dated acts (`現在、〜を進めております`), what a bill does (`本案は〜するものです`), and the background an
interviewer sets out before asking. A framed view, a strong marker, a stance, a `しかし` sentence, an
exclamation (`何と〜ですよ`), a failing kept up (`〜してきませんでした`) or a demand kept up is a claim."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.extract import cues
from pipeline.extract.attributes import has_hedge
from pipeline.extract.frames import is_human, is_organisation
from pipeline.extract.records import Clause, Frame, SentenceContext
from pipeline.extract.syntax import (
    content_tokens,
    has_quantity,
    negated_adjective,
    span_root,
    subject_of,
    view_of_what_was_said,
)
from pipeline.extract.unit_types import causal_link, pronoun_plural, stance_of_others, third_party_subject

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class RoleInput:
    """What the role of a unit is decided from: its clause, sentence connective, frame, tense,
    type and tokens."""

    clause: Clause
    sentence_cue: str
    frame: Frame | None
    frame_text: str
    past: bool
    ctx: SentenceContext
    kind: str
    polarity: str
    tokens: Sequence[Token]


def _ends_in_norm(r: RoleInput, text: str) -> bool:
    """A normative unit whose norm is in its last listed part (`〜してはならない`); in
    `専門家に頼まなきゃいけない、手続も多い`, the norm is one of the facts listed as a ground."""
    parts = text.rstrip("".join(cues.COMMAS)).split(cues.COMMAS[0])
    earlier_norm = any(m in part for part in parts[:-1] for m in cues.NORMATIVE_MARKERS)
    return r.kind == "normative" and not (earlier_norm and not any(m in parts[-1] for m in cues.NORMATIVE_MARKERS))


def unit_role(r: RoleInput) -> tuple[str, str]:
    """(role, cue) of a unit."""
    clause, frame = r.clause, r.frame
    conceded_view = clause.link_cue in cues.CONTRAST_CONJUNCTIONS and frame is not None  # `〜とは思いますが`
    if clause.link in cues.SUBORDINATE_LINKS and not conceded_view:
        return "premise", clause.link_cue
    if r.sentence_cue in cues.SENTENCE_REASON:
        return "premise", r.sentence_cue
    text = "".join(t.text for t in r.tokens)
    if frame is not None and (cues.HEARSAY_FRAME.match(r.frame_text) or frame.verb.lemma_ in cues.HEARSAY_FRAME_VERBS):
        return "premise", "伝聞"  # `〜と報告されているということです`, `〜と聞いています`: passed on, not held
    if frame is not None and frame.subject is None and cues.PASSED_ON_FRAME.match(r.frame_text):
        return "premise", "伝聞"  # `〜は減少したと報告されています`: passed on, nobody's view
    if frame is not None and cues.VOICE_AFTER_IU.match(frame.verb.doc[frame.start:].text):
        return "premise", "伝聞"  # `〜したいという、…を望む声も聞かれました`: the content of a voice passed on
    if frame is not None and cues.DECISION_FRAME.search(r.frame_text.rstrip("".join(cues.COMMAS))):
        return "premise", cues.DECISION_CUE  # `〜ということとしておりまして`: decided, a fact and no view
    if frame is None and _cited_figures(r, text):
        return "premise", cues.CITED_FIGURES_CUE  # `市の試算では、〜は1,200億円に上ります`
    if frame is None and _situated_fact(r, text):
        return "premise", cues.SITUATED_FACT_CUE  # `一方で、市内の学校では、〜が残されています`
    if frame is None and _reported_voice(r, text):
        return "premise", "伝聞"  # `一方で、〜との声もありました`: a voice passed on, after a connective too
    if frame is not None and not _ends_in_norm(r, text) and cues.CONTINUING_FRAME.search(r.frame_text):
        return "premise", cues.GROUND_CUE  # `手続も多いということで、…`: the ground of what follows
    if frame is None and clause.link == "parallel" and clause.link_cue.endswith(cues.ADJECTIVE_CONTINUATIVE) \
            and r.polarity == "pos" and not has_hedge(text):
        return "premise", "形容詞連用形の事実"  # `ただ、課題も多く、…進めます`: the state the main clause answers to
    # `しかし、A の高さであり、B。`: the connective opposes the main clause B; a fact A set beside it stays a fact
    contrasted = r.sentence_cue in cues.SENTENCE_CONTRAST and not (clause.link == "parallel" and r.kind == "assertion") \
        and not _contrasting_fact(r, text)
    if frame is None and _exclaims(r.tokens):
        return "claim", cues.EXCLAMATION_CUE
    if frame is not None or contrasted or text.startswith(cues.STRONG_MARKERS):
        return "claim", "frame" if frame else (r.sentence_cue or "assertion")
    if frame is None and clause.link == "final" and cues.REASON_GIVEN.search(text) \
            and not cues.EXPLAINED_NAMED.search(text) and not cues.REASON_OPENER.match(text) \
            and not any(word in text for word in cues.STANCE_WORDS):  # `反対するのは〜からです` gives a stance
        return "premise", cues.REASON_GIVEN_CUE  # `A。〜が負担しているからです。`: the reason for A
    if clause.link == "parallel" and clause.link_cue == cues.PARALLEL_SHI and r.kind != "normative":
        return "premise", "並列の理由"  # `〜も未定ですし、…心配です`: a reason listed with し
    if cues.REASON_OPENER.match(text) and r.kind != "normative":
        return "premise", cues.REASON_OPENER_CUE  # `反対の理由は、委員会が二回しか開かれなかった`: the reason given
    if any(word in text for word in cues.STANCE_WORDS) and not stance_of_others(r.tokens):
        return "claim", cues.STANCE_CUE  # `私は反対ではありません`: the speaker's stance is a claim
    if r.past:
        return _past_role(r, text)
    if r.ctx.after_reason and r.kind in ("assertion", "comparison", "analogy") and not has_hedge(text):
        return "premise", "理由の続き"  # `なぜなら A からです。B。`: B adds to the reasons
    if r.kind == "comparison" and _measured_comparison(r, text):
        return "premise", cues.MEASURED_COMPARISON_CUE
    if r.kind == "assertion":
        if clause.link == "parallel":
            return "premise", "連用形の事実"  # `〜の高さであり、…`: a fact set beside the main clause
        if r.ctx.role == "interviewer" and r.polarity == "pos" and not has_hedge(text) \
                and not text.rstrip("".join(cues.QUESTION_MARKS)).endswith(cues.RHETORICAL_QUESTION):
            return "premise", "質問の背景"  # what an interviewer states before asking sets the scene;
            # a denial (`現実はそうはいきません`) or a rhetorical question (`〜次第ではありませんか`) disputes
        return _fact_role(r, text)
    return "claim", "assertion"


def _cited_figures(r: RoleInput, text: str) -> bool:
    """`県の推計では、〜が3割減少します`, `調査によりますと、〜は全国平均を３ポイント上回っています` (a comparison
    too): a figure credited to a source is a fact the argument uses; not
    when the unit also demands or refuses (`〜とされており、今すぐ手を打つべきです`), nor one's own estimate
    (`私どもの試算では`)."""
    match = cues.CITED_FIGURES.match(text)
    if not match or r.kind not in ("assertion", "prediction", "comparison") or has_hedge(text) or not has_quantity(r.tokens):
        return False
    tail = text[-cues.EVALUATIVE_TAIL_CHARS:]
    return not any(p in tail for p in cues.REFUSALS) and not _own_estimate(text)


def _situated_fact(r: RoleInput, text: str) -> bool:
    """`県北部の町では、〜が走っています`, `高齢の方の中には、〜方もいらっしゃいます`: what a plain verb reports
    of a place or group the sentence opens with is a state of affairs told as background. Not a view set
    as the scene (`私の見方では`), a denial (`〜では使えません`, often a rebuttal), a judging verb or a
    copula on the predicate (`〜では、〜が課題です`), ease judged (`〜では、意見を言いづらい`), what others are about to do (`〜を行おうとしています`,
    the speaker's reading), a hedge, a norm or a forecast."""
    match = cues.SITUATING_TOPIC.match(text)
    if match is None or r.polarity != "pos" or r.kind not in ("assertion", "evaluation", "comparison") \
            or has_hedge(text) or text.startswith(cues.STRONG_MARKERS) or _about_to(r.tokens):
        return False
    if any(w in match.group(0) for w in cues.SELF_PRONOUNS | cues.VIEW_NOUNS):
        return False
    root = span_root(r.tokens)
    copula = any(t.lemma_ in cues.SITUATED_COPULAS and t.head.i == root.i for t in r.tokens)
    ease = any(t.tag_ == cues.EASE_SUFFIX_TAG for t in r.tokens)
    return root.pos_ == "VERB" and not copula and not ease and not _judges(root) and not _judges_in_predicate(r.tokens)


def _about_to(tokens: Sequence[Token]) -> bool:
    """`〜を行おうとしています`, `廃止しようとしている`: a verb in its volitional form, then と and する: what
    someone is about to do, as the speaker reads it."""
    return any(cues.VOLITIONAL_FORM in "".join(t.morph.get("Inflection")) and k + 2 < len(tokens)
               and tokens[k + 1].text == "と" and tokens[k + 2].lemma_ == "する" for k, t in enumerate(tokens))


def _own_estimate(text: str) -> bool:
    """`私どもの試算では`: figures the speakers worked out themselves are their own case, no cited fact."""
    match = cues.CITED_FIGURES.match(text)
    return match is not None and any(w in match.group(0) for w in cues.SELF_PRONOUNS)


def _contrasting_fact(r: RoleInput, text: str) -> bool:
    """`ただ、これまで何度も協議を重ねてまいりました`, `一方で、焼却量が減った例もございます`: a plain
    past event or what exists, set against what was said, is still a fact the answer rests on; a stance
    held up to now or a judging existence (`異論はありません`) is not."""
    if r.kind == "comparison" and _measured_comparison(r, text):
        return True  # `とはいえ、年収は全産業平均より100万円ほど低いのが現状です`
    if r.kind != "assertion" or r.polarity != "pos" or has_hedge(text) or cues.PAST_STANCE.search(text):
        return False
    root = span_root(r.tokens)
    if r.past:  # what the speaker's side did (`ただ、協議を重ねてまいりました`); what others did is disputed
        subject = subject_of(content_tokens(r.tokens))
        others = subject is not None and subject.text not in cues.SELF_PRONOUNS | cues.PARTICIPANT_PRONOUNS \
            and (is_human(subject) or is_organisation(subject))
        return not others and not _judges(root)  # (`しかし、大臣は虚偽の答弁をしました` is an accusation)
    return (root.lemma_ in cues.EXISTENCE_VERBS or _polite_existence(root)) and root.pos_ == "VERB" \
        and not _judging_subject(r.tokens, root) \
        and "こと" not in text[-cues.EXISTENCE_KOTO_CHARS:]


def _measured_comparison(r: RoleInput, text: str) -> bool:
    """`税収は前年度に比べて約5億円減少しております`, `排出量は980グラムで、県内で最も多くなっています`: the
    difference or the value compared is a figure outside the subject, so the comparison is measured, a
    fact; a figure only in the subject (`10施設もあるところは県下でも少ない`) leaves the judgement of
    rarity to the speaker, and so does a size told in words (`比較的少ない`), a hedge, a conclusion
    drawn (`〜より2時間も短いことになります`), an excess judged (`3%も高すぎます`), a difference foreseen
    (`〜より10億円多くなります`) and the speakers' own estimate (`私どもの試算では`)."""
    if r.polarity != "pos" or has_hedge(text) or any(w in text for w in cues.VAGUE_DEGREE_WORDS + cues.DOUBT_PHRASES) \
            or cues.DRAWN_CONCLUSION.search(text) or cues.FORECAST_BECOMING.search(text) or _own_estimate(text) \
            or any(t.lemma_ in cues.EXCESS_VERBS for t in r.tokens) or _judges(span_root(r.tokens)):
        return False
    tokens = content_tokens(r.tokens)
    subject = subject_of(tokens)
    inside = {t.i for t in subject.subtree} if subject is not None else set()
    return has_quantity([t for t in tokens if t.i not in inside])


def _polite_existence(root: Token) -> bool:
    """`〜した例もございます`: ござる as the polite ある; after で (`〜ではございません`, `〜でございます`)
    it is a copula."""
    if root.lemma_ not in cues.POLITE_EXISTENCE_VERBS or root.pos_ != "VERB":
        return False
    before = next((t for t in reversed(root.doc[:root.i]) if t.text not in ("は", "も")), None)
    return before is None or before.text != "で"


def _held_by_others_or_then(r: RoleInput, text: str) -> bool:
    """`当時の市長は〜することといたしました`: someone else's decision, or one of another time, is a past event."""
    if any(word in text for word in cues.THEN_WORDS):
        return True
    subject = subject_of(content_tokens(r.tokens))  # (`県は〜こととしました`: the speaker's own body decides)
    return third_party_subject(r.tokens) and not is_organisation(subject)


def _past_role(r: RoleInput, text: str) -> tuple[str, str]:
    """A past sentence states an event an argument rests on (a premise), unless it is a stance held
    up to now, a judgement of the past or a decision announced."""
    if cues.PAST_STANCE.search(text):
        return "claim", "これまでの主張"  # `〜の廃止を求めてまいりました`: a stance held up to now
    if r.polarity == "neg" and (cues.PAST_FAILING.search(text) or _emphatic_failing(r.tokens, text)):
        return "claim", cues.PAST_FAILING_CUE
    if r.kind == "evaluation" and _judges_in_predicate(r.tokens):
        return "claim", "過去の評価"  # `あの事業は失敗でした`: a judgement of the past, not an event
    if r.kind == "causal" and causal_link(r.tokens) is not None and not _dated_cause(r.tokens):
        return "claim", cues.PAST_CAUSE_CUE  # `路線の廃止が外出の減少につながりました`: an explanation of the past
    if cues.DECISION_ANNOUNCED.search(text) and not _held_by_others_or_then(r, text):
        return "claim", cues.DECISION_ANNOUNCED_CUE  # `〜を創設することといたしました`: a decision announced
    return "premise", "過去の事実"


def _dated_cause(tokens: Sequence[Token]) -> bool:
    """`昨年の大雨が、〜被害をもたらしました`: a cause dated by a time word (cues.TIME_POINT_WORDS) is an
    event reported with what it did, not an explanation put forward."""
    subject = subject_of(content_tokens(tokens))
    return subject is not None and any(t.lemma_ in cues.TIME_POINT_WORDS for t in subject.subtree)


def _emphatic_failing(tokens: Sequence[Token], text: str) -> bool:
    """`市は一度も説明しませんでした`: an emphatic denial of what an agent did is a reproach; of what
    existed or was found (`被害は一切ありませんでした`, `全く検出されませんでした`) it is a plain report."""
    if not any(word in text for word in cues.EMPHATIC_NEGATION):
        return False
    root = span_root(tokens)
    if root.lemma_ in cues.EXISTENCE_VERBS:  # `説明は一度もありませんでした`: an act owed, not an event
        subject = subject_of(content_tokens(tokens))
        return subject is not None and subject.lemma_ in cues.OWED_ACTS
    passive = any(t.lemma_ in cues.PASSIVE_AUXILIARIES and t.head.i == root.i for t in tokens)
    return root.pos_ == "VERB" and not passive and root.lemma_ not in cues.FINDING_VERBS


def _judges_in_predicate(tokens: Sequence[Token]) -> bool:
    """True when the main predicate itself is evaluative (`失敗だった`, `不十分でした`), not a word
    beside an event (`大きく報道されました`, `切実な声が聞かれました`); so is a judgement felt
    (`〜に疑問を感じておりました`: a cognition verb with an evaluative object)."""
    root = span_root(tokens)
    felt = root.lemma_ in cues.COGNITION_VERBS and any(
        child.dep_ == "obj" and child.lemma_ in cues.EVALUATIVE_LEMMAS for child in root.children)
    return felt or root.lemma_ in cues.EVALUATIVE_LEMMAS or \
        (root.pos_ == "ADJ" and root.tag_.startswith(("形容詞", "形状詞")))


def _reported_voice(r: RoleInput, text: str) -> bool:
    """What others said or wrote, passed on (`〜との声もありました`, `〜と書いてあります`): it is hearsay
    whatever connective opens the sentence; the speaker's own intention stays theirs."""
    return bool((cues.HEARSAY_ENDINGS.search(text) and r.kind != "normative") or cues.WRITTEN_REPORT.search(text))


def _fact_role(r: RoleInput, text: str) -> tuple[str, str]:
    """An unframed assertion: a premise when it states what exists, what the speaker is, or a
    measured quantity; else a claim."""
    if cues.ONGOING_STANCE.search(text):
        return "claim", cues.ONGOING_STANCE_CUE  # `私どもは〜の見直しを求めているところです`: a demand kept up
    subject = subject_of(content_tokens(r.tokens))
    root = span_root(r.tokens)
    exists = root.lemma_ in cues.EXISTENCE_VERBS or (_polite_existence(root) and r.polarity == "pos")
    if exists and _judging_subject(r.tokens, root):
        return "claim", "判断の存在文"  # `〜という考えに変わりはありません`
    if exists and "こと" not in text[-cues.EXISTENCE_KOTO_CHARS:] \
            and negated_adjective(r.tokens) is None:
        return "premise", "存在の事実"
    if _no_finding(r, root):
        return "premise", "存在の事実"  # `〜という報告はございません`: nothing found, a fact
    if subject is not None and (subject.text in cues.SELF_PRONOUNS or _speakers_own(subject)
                                or _speakers_named(subject, root, text)) \
            and not view_of_what_was_said(root):
        return "premise", "話し手についての事実"
    if r.polarity == "pos" and not has_hedge(text) and _habitual(root, text):
        return "premise", cues.HABITUAL_CUE
    if _ongoing_measure(r.tokens, text):
        return "premise", "取り組み中の事実"
    if r.polarity == "pos" and not has_hedge(text) and _dated_act(r.tokens, root, text):
        return "premise", cues.DATED_ACT_CUE
    if r.polarity == "pos" and not has_hedge(text) and cues.CONTENTS_PASSIVE.search(text) \
            and r.ctx.role != "interviewer" and not any(t.lemma_ in cues.MANY_WORDS for t in r.tokens):
        return "premise", cues.CONTENTS_CUE
    if _describes_measure(r.tokens, text):
        return "premise", cues.DESCRIPTION_CUE
    if not has_hedge(text) and has_quantity(_after_concession(r.tokens)) and not any(d in text for d in cues.DOUBT_PHRASES):
        return "premise", "数値の事実"
    return "claim", "assertion"


def _no_finding(r: RoleInput, root: Token) -> bool:
    """`〜が減ったという報告はございません`: the polite denial of a report or an instance (cues.FINDING_NOUNS);
    of an instance of wrongdoing (`不正の事例はございません`, cues.WRONGDOING_NOUNS) it is a denial, a claim."""
    if r.polarity != "neg" or not _polite_existence(root) or has_hedge("".join(t.text for t in r.tokens)):
        return False
    found = _existence_subject(r.tokens, root, cues.FINDING_NOUNS)
    return found is not None and not any(t.lemma_ in cues.WRONGDOING_NOUNS for t in found.subtree)


def _speakers_own(subject: Token) -> bool:
    """True for a subject a self pronoun owns with の (`私たちのNPOは`, `私どもの会社は`): what the speakers'
    own thing, their body above all, is or does is told as a fact about them, as `私は` is. Any owned noun
    counts but a view (cues.VIEW_NOUNS: `私の見方は異なります`); the speakers named in apposition (`私ども
    〇〇議員団は`: no の) are _speakers_named's."""
    if subject.lemma_ in cues.VIEW_NOUNS:
        return False
    owners = [c for c in subject.children if c.dep_ == "nmod" and c.i < subject.i
              and any(p.dep_ == "case" and p.text == cues.POSSESSIVE_NO for p in c.children)]
    return any(c.text in cues.SELF_PRONOUNS or pronoun_plural(c, cues.SELF_PRONOUNS) for c in owners)


def _speakers_named(subject: Token, root: Token, text: str) -> bool:
    """`私たち議員は、予算案を提案する権限を有しません`, `私ども市議団は、毎月相談会を開いております`: the
    speakers named as the body they make up (a self pronoun written before a noun of cues.SPEAKERS_BODIES,
    no の) are told about as `私は` is. Not so `我々国民は`, `私たち市民は` (speaking for everyone), a duty
    they name (`〜責任を負っております`) or their accepting or not (`納得しておりません`): stances; nor the same
    words before `〜するものです` (`私ども議員団は、反対を表明するものです`), which declare, or a hedged
    proposition under them (`私ども議員団は、〜できるのではないかと提案してきた`), which they argue."""
    compound = _compound_of(subject)
    named = any(t.text in cues.SELF_PRONOUNS for t in compound[:-1])
    body = "".join(t.text for t in compound).endswith(cues.SPEAKERS_BODIES)
    duty = any(t.lemma_ in cues.DUTY_NOUNS for t in root.children)
    return named and body and not duty and root.lemma_ not in cues.ACCEPTING_VERBS \
        and not cues.DESCRIPTION_ENDING.search(text) and not has_hedge(text)


def _habitual(root: Token, text: str) -> bool:
    """`駅前の人通りは毎日変わります`, `毎朝、子どもたちが〜横断しています`: a verb with a word of recurrence
    (cues.RECURRENCE_WORDS: every day, every year) on it tells what happens again and again, how things
    are, a fact. Not a deed done to something (`政府は毎回説明を避けています`, a verb with an object), which
    may reproach; nor a change going on (`毎年税金が消えていきます`), foreseen; nor a judging verb, a judging
    word on the verb (`無駄に使われています`) or what something becomes (`毎回言いなりになっています`),
    which characterise."""
    children = list(root.children)
    recurs = any(t.lemma_ in cues.RECURRENCE_WORDS and (t.head.i == root.i or (  # `毎日のように`
        t.head.lemma_ == cues.NEARLY_NOUN and t.head.head.i == root.i)) for t in root.subtree)
    happening = not any(c.dep_ == "obj" for c in children)
    judged = _judges(root) or any(c.lemma_ in cues.JUDGING_MANNER for c in children)
    becoming = root.lemma_ in cues.BECOMING_VERBS and any(c.dep_ == "obl" for c in children)
    return recurs and happening and root.pos_ == "VERB" and not judged and not becoming and not cues.GOING_ON.search(text)


def _exclaims(tokens: Sequence[Token]) -> bool:
    """True when an exclamatory adverb (`何と`, parsed as one adverb or as 何 + と) marks what follows
    as the speaker's surprise; `何と言っても` (何 the object of a verb of saying) is no exclamation."""
    return any(t.text in cues.EXCLAMATORY_ADVERBS and t.pos_ == "ADV" or
               t.text + t.nbor().text in cues.EXCLAMATORY_ADVERBS and t.nbor().head.i == t.i and t.head.pos_ != "VERB"
               for t in tokens[:-1])


def _dated_act(tokens: Sequence[Token], root: Token, text: str) -> bool:
    """True for an act in its `〜ている`/`〜ております` form with a time word (`現在`, `昨年12月`): a
    dated report; a verb of thinking or being states a view or a state, not an act, and what is about
    to be done (`強行されようとしています`) is the speaker's reading."""
    if not cues.DATED_ACT_ENDING.search(text) or cues.IMMINENT.search(text):
        return False
    if _judges(root):
        return False  # `市は事業を強行しています`, `政府は声を無視し続けています`, `多くの市民が苦しんでいます`: a view
    progressive = any(t.lemma_ in cues.PROGRESSIVE_AUXILIARIES and t.i > 0 and t.nbor(-1).text in ("て", "で")
                      and t.nbor(-1).head.i == root.i for t in tokens)
    dated = any(t.lemma_ in cues.TIME_POINT_WORDS or t.ent_type_ == "Date" for t in tokens)
    return progressive and dated and root.pos_ == "VERB" and \
        root.lemma_ not in cues.COGNITION_VERBS | cues.STATIVE_VERBS | cues.MOTION_VERBS


def _judges(predicate: Token) -> bool:
    """True when the predicate itself judges what it reports (`強行`, `無視`, `切り捨てる`, `苦しむ`);
    a neutral act (`続ける`, `進める`, `創設する`) with an evaluative word beside it does not."""
    return predicate.lemma_ in cues.CRITICAL_VERBS or predicate.lemma_ in cues.EVALUATIVE_LEMMAS


def _describes_measure(tokens: Sequence[Token], text: str) -> bool:
    """True for `本案は、〜するものです`: a bill or measure (the topic) described by what it does."""
    match = cues.DESCRIPTION_ENDING.search(text)
    if not match:
        return False
    before = [t for t in tokens if t.idx - tokens[0].idx < match.start()]
    verb = next((t for t in reversed(before) if t.pos_ == "VERB"), None)
    if verb is not None and _judges(verb):
        return False  # `本案は、将来世代に負担を押し付けるものであります`: a judgement of the bill
    topic = next((t for t in tokens if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "は"
                  and t.pos_ in ("NOUN", "PROPN")), None)
    return bool(before) and before[-1].pos_ in ("VERB", "AUX") and topic is not None \
        and any(t.text.endswith(cues.MEASURE_NOUNS) for t in _compound_of(topic))


def _compound_of(noun: Token) -> list[Token]:
    """The noun and the nouns and numbers written right before it (`議案第74号`)."""
    start = noun.i
    while start > 0 and noun.doc[start - 1].pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        start -= 1
    return list(noun.doc[start:noun.i + 1])


def _after_concession(tokens: Sequence[Token]) -> Sequence[Token]:
    """The words after the last concessive が and its comma (`〜５兆円を決めましたが、その根拠は示されて
    おりません`): what the unit asserts; a quantity in the conceded half makes no measured fact of it."""
    cut = max((k + 1 for k, t in enumerate(tokens[:-1]) if t.text in cues.CONTRAST_CONJUNCTIONS
               and t.pos_ == "SCONJ" and tokens[k + 1].text in cues.COMMAS), default=0)
    return tokens[cut:]


def _judging_subject(tokens: Sequence[Token], root: Token) -> bool:
    """True when what the existence verb says exists is a judgement (`変わりは`, `異論は`, `余地が`,
    `おそれさえ`)."""
    return _existence_subject(tokens, root, cues.JUDGING_EXISTENCE_NOUNS) is not None


def _existence_subject(tokens: Sequence[Token], root: Token, nouns: frozenset[str]) -> Token | None:
    """The noun among `nouns` that the existence verb `root` says exists (or not): a word of the verb
    marked by one of cues.EXISTENCE_SUBJECT_PARTICLES (`報告は`, `余地が`, `おそれさえ`)."""
    return next((t for t in tokens if t.head.i == root.i and t.lemma_ in nouns and t.i + 1 < len(t.doc)
                 and t.doc[t.i + 1].text in cues.EXISTENCE_SUBJECT_PARTICLES), None)


def _ongoing_measure(tokens: Sequence[Token], text: str) -> bool:
    """`〜をお願いしているところでございます`: an action under way, reported; a verb of thinking
    before it (`期待しているところです`) states a view."""
    match = cues.ONGOING_MEASURE.search(text)
    if not match or cues.ONGOING_STANCE.search(text):
        return False  # `〜の見直しを求めているところです`: a demand kept up is a stance
    before = [t for t in tokens if t.idx - tokens[0].idx < match.start() and t.pos_ in ("VERB", "NOUN")]
    if not before or has_hedge(text):
        return False
    verb = before[-1]
    humble = verb.i > 0 and verb.doc[verb.i - 1].text in cues.HUMBLE_PREFIXES  # `お願いする`: to ask
    return humble or verb.lemma_ not in cues.COGNITION_VERBS | cues.STATIVE_VERBS | cues.MOTION_VERBS

