"""The type of a unit (ANNOTATION.md): normative > causal > analogy > comparison > prediction >
evaluation > assertion, each with the cue that decided it.

A prediction needs a future or modal marker; intentions and commitments are normative only when
they are the holder's own (no third party is their subject).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.extract import cues
from pipeline.extract.attributes import comparison_standard, example_of_a_setting, find_analogy_marker
from pipeline.extract.frames import is_human, is_organisation
from pipeline.extract.records import Frame
from pipeline.extract.syntax import (
    content_tokens,
    final_predicate,
    negated_adjective,
    predicate_core,
    span_root,
    subject_of,
    tense_after,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def unit_type(tokens: Sequence[Token], text: str, frame: Frame | None, past: bool,
              conditioned: bool = False) -> tuple[str, str]:
    """(type, cue) of a unit's span, with its frame (`〜と思います`), tense, and whether a condition
    clause leads into it (`〜すれば、…なくなります`: what follows from it is foreseen)."""
    frame_text = frame.verb.doc[frame.start:frame.end].text.rstrip("。") if frame is not None else ""
    conditioned = conditioned or _condition_inside(tokens)
    if frame_text.endswith(cues.CAUSAL_ENDINGS):
        return "causal", "からです"  # `むしろ、必要がないと感じているからです`: the frame's ending gives a reason
    if cues.OBLIGATION_ARISING.search(text) and not past:
        return "prediction", cues.OBLIGATION_ARISING.search(text).group(0)  # `〜しなければならなくなります`
    normative = _normative_cue(tokens, text, frame, past, conditioned)
    if normative:
        return "normative", normative
    if text.endswith(cues.CAUSAL_ENDINGS) or (text + frame_text).endswith(cues.CAUSAL_ENDINGS) \
            or cues.REASON_PHRASE.search(text):  # `〜ためであると考えております`: the frame is no part of it
        return "causal", "からです" if "から" in text[-cues.ENDING_CHARS:] else "理由"
    if frame is None and text.endswith(cues.SENTENCE_FINAL_CAUSAL) and _ends_sentence(tokens):
        return "causal", "からです"  # `〜は大事なことですから。`
    if cues.CAUSE_NAMED.search(text) or cues.CAUSE_NOTHING_BUT.search(text):
        return "causal", "要因"
    core = predicate_core(tokens)
    if core and _predicate_noun(core).lemma_ in cues.CAUSAL_NOUNS:
        return "causal", _predicate_noun(core).lemma_
    became = _noun_become(core)  # `〜が閉店の原因になった`: became the cause, as `〜が原因だ` is
    if became is not None and became.lemma_ in cues.CAUSAL_NOUNS and not cues.NO_GROUND.search(text):
        return "causal", became.lemma_
    kind_named = _one_of(core)[:1]  # `〜も要因の一つ`: one of the causes
    if kind_named and kind_named[0].lemma_ in cues.CAUSAL_NOUNS:
        return "causal", kind_named[0].lemma_
    marker, _ = find_analogy_marker(text)
    if marker and not (marker == cues.SETTING_YOUNI and example_of_a_setting(tokens)):
        return "analogy", marker
    comparison, _ = comparison_standard(tokens)
    ranked_in_topic = comparison in cues.SUPERLATIVES and _ranks_in_topic(tokens)
    if comparison and not ranked_in_topic:
        return "comparison", comparison
    no_ground = cues.NO_GROUND.search(text)
    if no_ground:
        return "evaluation", no_ground.group(0)  # `例外にする理由にはならない`
    prediction = "" if past else _prediction_cue(tokens, text, frame, frame_text, conditioned)
    if prediction:
        return "prediction", prediction
    link = causal_link(tokens)
    if link is not None:
        return "causal", link.lemma_
    kind, cue = _evaluation_or_assertion(tokens, text)
    if kind == "assertion" and ranked_in_topic:
        return "evaluation", cues.TOPIC_RANK_CUE
    if kind == "assertion" and frame is not None and frame.verb.lemma_ in cues.JUDGING_FRAME_VERBS:
        return "evaluation", f"枠:{frame.verb.lemma_}"  # `〜な施策であると評価いたします`: judged, by its frame
    return kind, cue


def _condition_inside(tokens: Sequence[Token]) -> bool:
    """True when a condition clause too short to be a unit of its own stays inside the span
    (`統合されれば、通学に時間のかかる生徒も出てきます`), or a means clause leads to the predicate
    (`先行して実施することで、課題を示すこともできます`, `〜を一本化することにより、短縮できます`): what
    follows from it is foreseen, as after a condition unit; a viewpoint (`数字を見れば`, `言い換えれば`) sets
    no condition."""
    predicate = final_predicate(content_tokens(tokens))
    if predicate is None:
        return False
    if _can_do(predicate) and predicate.pos_ == "NOUN":
        predicate = predicate.head  # `減らすことができます` parsed as one verb: `減らす` governs
    inside = {t.i for t in tokens}
    before = [c for c in predicate.children if c.i in inside and c.i < predicate.i]
    return any(_condition_clause(t, predicate) for t in tokens if t.i < predicate.i) \
        or any(_means_clause(c) for c in before)


def _condition_clause(verb: Token, predicate: Token) -> bool:
    """A verb marked `ば`/`たら`/`なら` and a comma that the predicate governs, directly or through a
    relative clause the parser hung it on (`無償化されれば、教員が向き合う時間が確保されます`)."""
    if verb.dep_ != "advcl" or verb.lemma_ in cues.COGNITION_VERBS or verb.lemma_ in cues.REWORDING_VERBS \
            or not any(a.i == predicate.i for a in verb.ancestors):
        return False
    doc = verb.doc
    return any(m.text in cues.CONDITION_MARKS and m.i + 1 < len(doc) and doc[m.i + 1].text in cues.COMMAS
               for m in verb.children)


def _means_clause(noun: Token) -> bool:
    """`〜することで`, `〜することにより/によって`: a nominalised act as the means to what the predicate says."""
    if noun.dep_ != "obl" or noun.lemma_ != cues.MEANS_NOUN:
        return False
    marks = [c for c in noun.children if c.dep_ in ("case", "cop")]
    return any(m.text == cues.MEANS_PARTICLE for m in marks) \
        or any(m.text == "に" and any(f.lemma_ == cues.MEANS_VERB for f in m.children) for m in marks)


def _ranks_in_topic(tokens: Sequence[Token]) -> bool:
    """True when every superlative stands before a `のは` that makes a topic of its clause and ranks a
    thought or a judgement of the speaker's (cues.RANKED_ATTITUDE_VERBS: `私が最も期待しているのは、〜ことです`)
    or what they want (`一番取り組みたいのは`); a ranking of measured things (`相談件数で最も多いのは`,
    `最も利用者が多いのは`) and a superlative in the predicate (`県内で最も多い`) compare."""
    doc = tokens[0].doc
    topics = [t.i for t in tokens if t.tag_.endswith(cues.NOMINALIZER_TAG) and t.i + 1 < len(doc)
              and doc[t.i + 1].text == "は"]
    ranks = [t.i for t in tokens if t.text in cues.SUPERLATIVES]
    if not topics or not ranks or any(i >= topics[0] for i in ranks):
        return False
    return any(t.lemma_ in cues.RANKED_ATTITUDE_VERBS or (t.lemma_ == cues.INTENT_AUXILIARY and t.pos_ == "AUX")
               for t in doc[ranks[0] + 1:topics[0]])


def causal_link(tokens: Sequence[Token]) -> Token | None:
    """The main verb when it links a cause to its effect (`〜が減少につながった`, `〜を招いている`) and its
    subject, or the span's topic, is no person (`市長が専門家を招いた` invites; `本市は企業を誘致し、雇用を
    生みました` tells the speaker's own deed); `つながる` links only to an event (`減少に`, `〜ことに`), not to a
    place (`駅とつながっています`)."""
    content = content_tokens(tokens)
    verb = final_predicate(content)
    if verb is None or verb.lemma_ not in cues.CAUSAL_LINK_VERBS or verb.pos_ != "VERB":
        return None
    if verb.lemma_ in cues.LEADING_TO_VERBS and not _leads_to_an_event(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] + [t for t in [subject_of(content)] if t is not None]
    invited = any(c.dep_ == "obj" and is_human(c) for c in verb.children)  # `技術者を招いた`
    return None if invited or any(_a_person(s) for s in subjects) else verb


def _leads_to_an_event(verb: Token) -> bool:
    """True when what `つながる` leads to (its noun marked に) names an event: a verbal noun (`減少`, `活性化`)
    or a nominalised clause (`〜ことに`)."""
    doc = verb.doc
    goals = [c for c in verb.children if c.dep_ == "obl" and c.i + 1 < len(doc) and doc[c.i + 1].text == cues.GOAL_NI]
    return any(c.lemma_ in cues.FORMAL_NOUNS or c.tag_.startswith(cues.VERBAL_NOUN_NOUN_TAG) or c.pos_ == "VERB"
               or c.text.endswith(cues.CHANGE_NOUN_SUFFIXES) for c in goals)  # `活性化に`, `効率化に`


def _a_person(noun: Token) -> bool:
    """A person or body, the speakers too (`私どもは`: 私 + ども)."""
    return is_human(noun) or is_organisation(noun) or noun.text in cues.PARTICIPANT_PRONOUNS \
        or pronoun_plural(noun, cues.PARTICIPANT_PRONOUNS)


def pronoun_plural(noun: Token, pronouns: frozenset[str]) -> bool:
    """True for the plural suffix of one of `pronouns`, parsed as a word of its own (`私ども`: 私 + ども)."""
    return noun.lemma_ in cues.PLURAL_SUFFIXES and noun.i > 0 and noun.doc[noun.i - 1].text in pronouns


def _normative_cue(tokens: Sequence[Token], text: str, frame: Frame | None, past: bool,
                   conditioned: bool = False) -> str:
    """A normative modal (`べき`, `必要がある`), a stance, or the holder's own present intention or
    commitment."""
    marker = next((m for m in cues.NORMATIVE_MARKERS if m in text and not _attributive(tokens, m)
                   and not _norm_taken_back(text[text.index(m) + len(m):])), "")
    if marker:
        return marker
    stance = None if cues.REASON_OPENER.match(text) or stance_of_others(tokens) else cues.STANCE.search(text)
    if stance:  # (`反対の理由は、〜` gives the reason for a stance, it takes none)
        return stance.group(1)
    request = "" if past else _request_of_others(tokens, text, frame)
    if request:
        return f"意志:{request}"  # `国にはもっと理解してほしい`: others are meant to act
    if past:
        return ""  # `〜したかった`: a past wish
    # what an act under a condition does (`放置すれば、財政を圧迫します`) is foreseen, no undertaking
    undertaking = _undertaking(tokens, text, conditioned)
    if undertaking:
        return f"意志:{undertaking}"
    if third_party_subject(tokens):
        return ""  # `企業は…を訓練したい`: someone else's wish, reported
    if any(t.lemma_ == cues.INTENT_AUXILIARY and t.pos_ == "AUX" and not _wish_of_a_voice(t) for t in tokens):
        return "意志:たい"
    commitment = cues.COMMITMENT.search(text)
    if commitment:
        return f"意志:{commitment.group(0)}"
    carrying_on = cues.CARRYING_ON.search(text)
    if carrying_on and not _subject_is_no_person(tokens):
        return f"意志:{carrying_on.group(0)}"
    if frame is not None and text.endswith(cues.WISH_ENDINGS):
        return "願望:ば"  # `一緒に仕事ができれば(と思います)`
    return ""


def _request_of_others(tokens: Sequence[Token], text: str, frame: Frame | None) -> str:
    """The speaker's request that others act (cues.REQUEST_OF_OTHERS), or ""; a request quoted
    (`「早く直してほしい」との声`), named as a voice (`〜してほしいという声`) or framed as what someone else
    says or thinks (`子どもたちは〜してほしいと話していました`) is theirs, passed on."""
    request = cues.REQUEST_OF_OTHERS.search(text)
    if request is None:
        return ""
    before = text[:request.start()]
    quoted = before.count(cues.QUOTE_OPEN) > before.count(cues.QUOTE_CLOSE)
    if quoted or cues.VOICE_AFTER_IU.match(text[request.end():]) or _someone_elses_frame(tokens, frame):
        return ""
    return request.group(0)


def _someone_elses_frame(tokens: Sequence[Token], frame: Frame | None) -> bool:
    """True when the frame verb reports (a verb of saying, or a past or ongoing thought) what its own
    subject inside the span says (`子どもたちは〜してほしいと話していました`), a subject that is not the
    speakers and that the frame left in the span, so the unit would be the speaker's; a frame subject
    found (`住民は、〜と思っています`) makes the request its holder's, and `〜と申し上げたい` is the speaker's."""
    if frame is None or frame.subject is not None:
        return False
    past, progressive = tense_after(frame.verb, len(frame.verb.doc) - 1)
    if not (past or progressive or frame.verb.lemma_ in cues.SPEECH_VERBS):
        return False
    return any(t.dep_ == "nsubj" and t.head.i == frame.verb.i and t.pos_ in ("NOUN", "PROPN", "PRON")
               and t.text not in cues.SELF_PRONOUNS | cues.PARTICIPANT_PRONOUNS for t in tokens)


def _undertaking(tokens: Sequence[Token], text: str, conditioned: bool = False) -> str:
    """An act the speaking side announces it will do: a humble `〜いたします` on a verbal noun
    (`受付時間を延長いたします`, `委員会が確認いたします`: humility makes the doer the speaker's side),
    or a plain `〜ます` act, either done to something with no other doer (`〜の仕組みを立ち上げます`); a thought, a
    feeling, a thanks or a judgement (`評価いたします`, `危惧いたします`) announces no act, and a change by itself
    (`負担が減ります`, `工事は完了いたします`) is foreseen. Under a condition what follows is foreseen
    (`放置すれば、財政を圧迫いたします`) unless a humble act says how the speaker's side will carry it out
    (`相談があれば、速やかに対応いたします`: the condition says when it acts)."""
    root = span_root(tokens)
    humble = cues.HUMBLE_UNDERTAKING.search(text)
    if humble and _done_with_care(root) and not _other_subject(root) and root.lemma_ not in cues.NO_UNDERTAKING_VERBS:
        return humble.group(0)
    if conditioned:
        return ""
    if root.pos_ not in ("VERB", "NOUN") or root.lemma_ in cues.COGNITION_VERBS | cues.STATIVE_VERBS \
            | cues.NO_UNDERTAKING_VERBS | cues.EVALUATIVE_LEMMAS or root.lemma_ in cues.SPEECH_VERBS:
        return ""
    done_to = any(c.dep_ == "obj" or (c.dep_ == "acl" and any(a.text == cues.PURPOSE_YOU for a in c.children))
                  for c in root.children)  # `〜を配置します`, `〜報告するよう義務付けます`
    other_doer = any(c.dep_ in ("nsubj", "nsubj:pass") and c.text not in cues.SELF_PRONOUNS for c in root.children)
    if humble:  # `工事は来年3月に完了いたします`, `人口は減少いたします`: a change, no act done to anything
        agent = any(c.dep_ == "nsubj" and (_a_person(c) or c.text.endswith(cues.DEPARTMENT_SUFFIXES))
                    for c in root.children)  # `担当課が点検いたします`: an office of the speaker's side
        return humble.group(0) if done_to or agent else ""
    verb = root.pos_ == "VERB" or any(c.dep_ == "compound" and c.pos_ == "VERB" or c.lemma_ == cues.SURU
                                      for c in root.children)  # `義務付ける`, `配置する`
    ending = [t for t in tokens if t.pos_ != "PUNCT"][-2:]
    act = ending[0] if len(ending) == 2 and ending[1].text == cues.POLITE_MASU else None  # the verb right before ます
    plain = act is not None and (act.i == root.i or (act.head.i == root.i and (
        act.dep_ == "compound" or act.lemma_ == cues.SURU)))  # `立ち上げます`, `義務付けます`, `配置します`
    if plain and (act.pos_ == "VERB" or act.lemma_ == cues.SURU) and act.lemma_ not in cues.STATIVE_VERBS and verb \
            and done_to and not other_doer:
        return "ます"
    return ""


def _done_with_care(act: Token) -> bool:
    """True when a verbal noun is modified by a manner of deliberate conduct (cues.CONDUCT_MANNERS:
    `確実に`, `速やかに`, `丁寧に`): only an act someone carries out is done so; a change (`確実に悪化いたします`:
    certainly) is foreseen."""
    return act.pos_ in ("VERB", "NOUN") and act.tag_.startswith(cues.VERBAL_NOUN_NOUN_TAG) \
        and act.lemma_ not in cues.CHANGE_VERBAL_NOUNS \
        and any(c.lemma_ in cues.CONDUCT_MANNERS and c.dep_ in ("advcl", "advmod", "obl") for c in act.children)


def _other_subject(act: Token) -> bool:
    """True when the act has a subject that is neither a person nor an office (`人口が確実に減少いたします`)."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") and not (_a_person(c) or c.text.endswith(cues.DEPARTMENT_SUFFIXES))
               for c in act.children)


def _wish_of_a_voice(wish: Token) -> bool:
    """True for `たい` before `という` and a voice noun (`〜を使いたいという声`): others' wish, reported."""
    return bool(cues.VOICE_AFTER_IU.match(wish.doc[wish.i + 1:].text))


def _subject_is_no_person(tokens: Sequence[Token]) -> bool:
    """True when the verb before `ていく`/`てまいる` has a subject that is no person (`人口が減ってまいります`):
    a change goes on by itself, nobody undertakes it."""
    verb = next((t for t in reversed(tokens) if t.pos_ == "VERB" and t.lemma_ not in cues.GOING_VERBS), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return subject is not None and not is_human(subject)


def _norm_taken_back(after: str) -> bool:
    """What follows a norm marker that makes it no norm of the holder's: others' opinion
    (`〜すべきだという意見`), a circumstance (`〜なければいけない中で`), a wish, a question or the past
    (`〜ばいいな`, `どうすればいいのか`, `許されませんでした`)."""
    return any(pattern.match(after) for pattern in (cues.REPORTED_NORM, cues.NORM_IN_CIRCUMSTANCE, cues.NOT_A_NORM_AFTER))


def _predicate_noun(core: Sequence[Token]) -> Token:
    """The last word of a predicate, before a formal copula (`主な要因でございます` → `要因`)."""
    if len(core) > 2 and core[-1].lemma_ in cues.FORMAL_COPULAS and core[-2].pos_ == "AUX":
        return core[-3]
    return core[-1]


def _ends_sentence(tokens: Sequence[Token]) -> bool:
    """True when only punctuation follows the span in its sentence."""
    doc = tokens[-1].doc
    return all(t.pos_ in cues.PUNCT_POS for t in doc[tokens[-1].i + 1:])


def _attributive(tokens: Sequence[Token], marker: str) -> bool:
    """True when a `べき` marker only modifies a noun (`あるべき姿を示す`); before a formal noun
    (`公費で賄うべきものだ`, `見直すべきことです`) or the span's predicate noun (`市が取り組むべき分野です`,
    `県が取り組むべき最優先の分野です`: what the subject is said to be) it still obliges."""
    if marker != cues.ATTRIBUTIVE_MODAL:
        return False
    modals = [t for t in tokens if t.text == cues.ATTRIBUTIVE_MODAL]
    doc = tokens[0].doc
    core = predicate_core(tokens)
    predicate_noun = core[-1].i if core and core[-1].pos_ == "NOUN" else -1
    subject = subject_of(content_tokens(tokens))
    if subject is not None and subject.lemma_ in cues.AGENDA_TOPICS:
        predicate_noun = -1  # `本日のテーマは、目指すべき社会の姿です`: names a topic, obliges nothing
    return bool(modals) and all(t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN"
                                and doc[t.i + 1].lemma_ not in cues.FORMAL_NOUNS
                                and not _heads_to(doc[t.i + 1], predicate_noun) for t in modals)


def _heads_to(noun: Token, predicate_noun: int) -> bool:
    """True when the noun is the predicate noun or describes it (`最優先の分野`, `重点分野`)."""
    return noun.i == predicate_noun or (noun.dep_ in ("nmod", "compound") and noun.head.i == predicate_noun)


def stance_of_others(tokens: Sequence[Token]) -> bool:
    """True when every stance word (`反対`, `賛成`) is held by others, so the speaker takes no stance:
    it names a kind (`反対する声が高まっている`), is itself a subject (`反対が過半数を超えた`), or has
    a subject of other people (`住民の六割が反対しています`)."""
    words = [t for t in tokens if t.lemma_ in cues.STANCE_WORDS or t.text in cues.STANCE_WORDS]
    return bool(words) and all(_held_by_others(word) for word in words)


def _held_by_others(word: Token) -> bool:
    """One stance word: attributive to a noun, a subject, or predicated of people who are not the speakers."""
    if word.dep_ == "nsubj":
        return True
    if word.pos_ == "VERB" and word.dep_ in cues.ATTRIBUTIVE_DEPS:  # `反対する声`; `反対するものであります` is a stance
        return word.head.lemma_ not in cues.FORMAL_NOUNS
    subject = next((child for child in word.children if child.dep_ == "nsubj"), None)
    if subject is None or subject.text in cues.SELF_PRONOUNS | cues.PARTICIPANT_PRONOUNS or is_organisation(subject):
        return False  # `市はこの計画に反対しています`: the body the speaker answers for
    past, progressive = tense_after(word, len(word.doc) - 1)
    if not (past or progressive):
        return False  # `公明党は本案に賛成いたします`: a group announcing its vote, as its speaker does
    counted = any(child.dep_ == "nummod" for child in subject.children)  # `六割が`, `三人が`
    return is_human(subject) or counted or any(child.dep_ == "nmod" and is_human(child) for child in subject.children)


def third_party_subject(tokens: Sequence[Token]) -> bool:
    """True when the span's subject is a person or group other than the speaker (`企業は`, `市長が`); the
    subject of an earlier clause before a humble `〜てまいります` is not (`国が費用を補助し、〜よう取り組んで
    まいります`: humility makes the speaker's side carry on, whoever pays)."""
    subject = subject_of(content_tokens(tokens))
    if subject is None or not is_human(subject) or subject.text in cues.SELF_PRONOUNS \
            or subject.text in cues.PARTICIPANT_PRONOUNS:
        return False
    root = span_root(tokens)
    earlier_clause = subject.head.dep_ == "advcl" and subject.head.i != root.i
    return not (earlier_clause and root.lemma_ in cues.HUMBLE_GOING_VERBS)


def _prediction_cue(tokens: Sequence[Token], text: str, frame: Frame | None, frame_text: str,
                   conditioned: bool) -> str:
    """A modal (`だろう`, `見込み`), or a change or plain non-past action with a time cue (`今後`),
    under a belief frame (`〜が形成されると思います`) or after a condition (`〜すれば、…なくなる`); else ""."""
    both = text + frame_text
    modal = next((m for m in cues.PREDICTION_MODALS if re.search(
        re.escape(m) + f"(?!{'|'.join(cues.ATTRIBUTIVE_AFTER_MODAL)})", both)), "")
    if modal and not any(q in both for q in cues.NOT_PREDICTION):
        return modal
    if frame is not None and frame.verb.lemma_ in cues.PREDICTION_FRAME_VERBS:
        return frame.verb.lemma_
    found = cues.TIME_CUES.search(text)
    time_cue = found.group(0) if found else (cues.CONDITION_CUE if conditioned else "")
    conjecture = cues.CONJECTURE_ENDING.search(text)
    believed = (frame is not None and frame.verb.lemma_ in cues.COGNITION_VERBS) or conjecture is not None
    wish = any(t.lemma_ == cues.INTENT_AUXILIARY and t.pos_ == "AUX" for t in tokens)
    if wish or not (time_cue or believed):
        return ""
    change = next((m for m in cues.CHANGE_MARKERS if m in text), "")
    if change and not cues.CHARACTERISING_MONO.search(text):
        return f"{time_cue or '枠'}+{change}"
    proposition = text[:conjecture.start()] if conjecture else text  # `増えているのではないか`: progressive
    if proposition.endswith(cues.PAST_ENDINGS):
        return ""  # `誤っていたのではないか`: a past event conjectured
    predicate = _framed_predicate(tokens, frame)
    progressive = bool(cues.PROGRESSIVE_ENDING.search(proposition[-cues.ENDING_CHARS:]))
    if time_cue and predicate is not None and _can_do(predicate) and not progressive:
        return f"{time_cue}+{cues.ENABLED_ACT}"  # `〜することで、課題を示すこともできます`: what it makes possible
    if predicate is not None and predicate.pos_ == "VERB" and predicate.lemma_ not in cues.STATIVE_VERBS \
            and not progressive and predicate.lemma_ not in cues.COGNITION_VERBS \
            and not (not time_cue and _ability(predicate)):
        return f"{time_cue or '枠'}+動詞:{predicate.lemma_}"
    return ""


def _can_do(predicate: Token) -> bool:
    """`〜することができる`, `〜することもできます`: the potential verb with a nominalised act as its subject."""
    if predicate.lemma_ == cues.MEANS_NOUN and predicate.dep_ == "compound" and predicate.head.i < predicate.i:
        return any(t.lemma_ in cues.POTENTIAL_AUXILIARIES for t in predicate.children)  # `こと` + `が` + `でき` fixed
    return predicate.lemma_ in cues.POTENTIAL_AUXILIARIES and predicate.pos_ == "VERB" \
        and any(c.lemma_ == cues.MEANS_NOUN and c.dep_ in ("nsubj", "obj") for c in predicate.children)


def _ability(predicate: Token) -> bool:
    """True when the verb is followed by the potential `できる` (`十分に対応できると考えます`): what can be
    done is a state held true, not an event foreseen (unless a time cue or a condition makes it one)."""
    following = predicate.doc[predicate.i + 1:predicate.i + 2]
    return bool(following) and following[0].pos_ == "AUX" and following[0].lemma_ in cues.POTENTIAL_AUXILIARIES


def _framed_predicate(tokens: Sequence[Token], frame: Frame | None) -> Token | None:
    """The span's main predicate; under a frame, the verb before the `もの` that ends the span (`〜につながる
    ものと考えております`: expected to lead to; `〜となるものである` characterises, its copula is the predicate)."""
    predicate = final_predicate(content_tokens(tokens))
    if frame is not None and predicate is not None and predicate.lemma_ in cues.FRAMED_MONO \
            and predicate.i == tokens[-1].i and predicate.i > 0 and predicate.doc[predicate.i - 1].pos_ == "VERB":
        return predicate.doc[predicate.i - 1]
    return predicate


def _evaluation_or_assertion(tokens: Sequence[Token], text: str) -> tuple[str, str]:
    """Evaluation when the predicate's last words, or the topic and its adjective (`新しい点は…`),
    are evaluative; else an assertion (a plain statement of fact or state)."""
    tail = text[-cues.EVALUATIVE_TAIL_CHARS:]
    phrase = next((p for p in cues.EVALUATIVE_PHRASES if p in tail), "")
    if phrase:
        return "evaluation", phrase
    option = cues.ONE_OPTION.search(tail)
    if option:
        return "evaluation", option.group(0)
    excess = next((t for t in tokens[1:] if t.lemma_ in cues.EXCESS_VERBS and _judged_excessive(t) is not None), None)
    if excess is not None:
        return "evaluation", excess.doc[_judged_excessive(excess):excess.i + 1].text  # `大きすぎ`, `楽観的にすぎ`
    judged = _judging_suffix(tokens) or _act_judged(tokens) or _judging_topic(tokens)
    if judged:
        return "evaluation", judged
    subject = subject_of(content_tokens(tokens))
    topic = _named_topic(subject) + [t for t in subject.children if t.dep_ in ("amod", "acl") and t.i < subject.i] \
        if subject is not None else []
    core = _without_polite_copula(predicate_core(tokens))
    adjective = negated_adjective(tokens)  # `望ましくありません`
    if adjective is not None:
        return "evaluation", adjective.lemma_
    for token in core[-3:] + _one_of(core) + _describing_the_predicate_noun(core) + topic + _summed_up(core):
        if _reveals(token) or _classifies(token):
            continue  # `明らかになっております`: it came to light; `所得の低い世帯`: which households
        if token.lemma_ in cues.EVALUATIVE_LEMMAS or (token.pos_ == "ADJ" and token.tag_.startswith(("形容詞", "形状詞"))):
            return "evaluation", token.lemma_
        compound = "".join(c.text for c in token.children if c.dep_ == "compound" and c.i < token.i) + token.text
        if compound in cues.EVALUATIVE_LEMMAS:
            return "evaluation", compound  # `本末転倒`, parsed as 本末 + 転倒
    return "assertion", ""


def _judged_excessive(excess: Token) -> int | None:
    """Where what `すぎる` judges too much starts, or None: a verb or adjective (`大きすぎ`), a noun's light
    verb (`先行しすぎ`), or a na-adjective with its copula に (`楽観的にすぎる`, `慎重にすぎます`); after the
    case particle に it means "merely" (`理念にすぎない`), no judgement of degree."""
    before = excess.nbor(-1)
    if before.pos_ in ("VERB", "ADJ") or before.lemma_ in cues.LIGHT_VERBS:
        return before.i
    copula = before.pos_ == "AUX" and before.lemma_ == cues.COPULA_DA and excess.i >= 2
    return before.i - 1 if copula and excess.nbor(-2).pos_ == "ADJ" else None


def _without_polite_copula(core: list[Token]) -> list[Token]:
    """`容易ではございません`: ござる after で is the polite copula (as ある after で is), so the word before
    it is the predicate."""
    if len(core) < 3 or core[-1].lemma_ not in cues.POLITE_EXISTENCE_VERBS:
        return core
    end = len(core) - 1
    while end > 1 and core[end - 1].pos_ in ("ADP", "AUX"):
        end -= 1
    return core[:end] if any(t.lemma_ == cues.COPULA_DA for t in core[end:]) else core


def _judging_suffix(tokens: Sequence[Token]) -> str:
    """`住み続けにくい` (hard to do) and `〜のは現実的ではありません` (a `〜的` noun as the predicate) judge;
    `〜とは考えにくい` doubts the proposition and leaves its type."""
    predicate = final_predicate(content_tokens(tokens))
    if predicate is None:
        return ""
    hard = next((t for t in tokens if t.lemma_ in cues.HARD_TO_SUFFIXES and t.i > predicate.i), None)
    if hard is not None and predicate.lemma_ not in cues.COGNITION_VERBS:  # `〜とは考えにくい`: unlikely, a doubt
        return hard.lemma_
    noun = _predicate_noun(predicate_core(tokens) or [predicate])
    if noun.lemma_.endswith(cues.JUDGING_SUFFIX) and cues.ADJECTIVAL_NOUN_TAG in noun.tag_:
        return noun.lemma_
    return ""


def _judging_topic(tokens: Sequence[Token]) -> str:
    """`心配なのは、〜ことです`, `問題なのは、〜です`: an evaluative word made a topic by `な/い` + `の` + `は`
    judges what the predicate names, as a topic noun does (`問題は、〜ことだ`); a measure (`多いのは`) ranks
    facts and a word of what matters (`大切なのは`) names a duty."""
    doc = tokens[0].doc
    for token in tokens:
        if token.lemma_ in cues.MEASURE_ADJECTIVES or token.lemma_ in cues.NORM_TOPIC_WORDS \
                or token.lemma_ in cues.CERTAINTY_TOPIC_WORDS:
            continue  # (`確かなのは、〜ことです` presents a fact)
        evaluative = token.lemma_ in cues.EVALUATIVE_LEMMAS or token.tag_.startswith(("形容詞", "形状詞"))
        topic = any(c.dep_ == "mark" and c.tag_.endswith(cues.NOMINALIZER_TAG) and c.i + 1 < len(doc)
                    and doc[c.i + 1].text == "は" for c in token.children)
        if evaluative and topic:
            return f"話題:{token.lemma_}"
    return ""


def _act_judged(tokens: Sequence[Token]) -> str:
    """`〜が盛り込まれたことは評価いたします`: the speaker's judging verb (cues.JUDGING_FRAME_VERBS) as the
    predicate, with a `こと` clause as what it judges."""
    predicate = final_predicate(content_tokens(tokens))
    if predicate is None or predicate.lemma_ not in cues.JUDGING_FRAME_VERBS or predicate.pos_ != "VERB":
        return ""
    judged = any(c.lemma_ in cues.FORMAL_NOUNS and c.dep_ in ("obj", "nsubj", "obl", "dislocated")
                 for c in predicate.children)
    return f"枠:{predicate.lemma_}" if judged else ""


def _named_topic(subject: Token) -> list[Token]:
    """The subject when it is a topic (`問題は、財源がないことだ`: names what it judges); a が subject
    that something happens to (`人手不足の問題が解決する`) names a matter and judges nothing."""
    doc = subject.doc
    return [subject] if subject.i + 1 >= len(doc) or doc[subject.i + 1].text != "が" else []


def _describing_the_predicate_noun(core: Sequence[Token]) -> list[Token]:
    """`地域の大きな柱となるものだ`, `子育て支援の極めて重要な拠点です`: the adjectives that describe the
    predicate noun (the core's last word, or the noun before `に/と` + a change verb) judge what is
    predicated; a noun an action verb governs (`新しいものを構築する`) is no predicate."""
    if _noun_become(core) is not None:
        noun = core[-3]
    elif core:
        noun = core[-1]
    else:
        return []
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return [t for t in noun.children if t.dep_ in cues.ATTRIBUTIVE_DEPS and t.pos_ == "ADJ"]


def _noun_become(core: Sequence[Token]) -> Token | None:
    """The noun before `に/と` + a change verb that ends the predicate (`原因になった`, `柱となる`): what the
    subject became is predicated of it, as with a copula."""
    if len(core) >= 3 and core[-1].lemma_ in cues.BECOMING_VERBS and core[-2].text in cues.RESULT_PARTICLES:
        return core[-3]
    return None


def _summed_up(core: Sequence[Token]) -> list[Token]:
    """`賄うのは難しいのが現実です`: the predicate of the `のが` clause a noun of fact (cues.FACT_FRAME_NOUNS)
    sums up."""
    if not core or core[-1].lemma_ not in cues.FACT_FRAME_NOUNS:
        return []
    return [c for c in core[-1].children if c.dep_ == "csubj"]


def _one_of(core: Sequence[Token]) -> list[Token]:
    """`有力な選択肢の一つだ`: a predicate that picks one of a kind (cues.ONE_OF) is judged by the kind
    named before its の (`選択肢`) and the words that describe that kind (`有力な`)."""
    if not core or core[-1].i < 2:
        return []
    last = core[-1]
    if last.text not in cues.ONE_OF and last.doc[last.i - 1:last.i + 1].text not in cues.ONE_OF:
        return []  # `一つ` is one word or two (`一` + `つ`)
    kind = next((t for t in reversed(core) if t.pos_ in ("NOUN", "PROPN") and t.i < last.i - 1
                 and t.doc[t.i + 1].text == "の"), None)
    return [kind, *[t for t in kind.children if t.dep_ in cues.ATTRIBUTIVE_DEPS]] if kind is not None else []


def _classifies(token: Token) -> bool:
    """True for an adjective of measure that modifies a noun with a subject of its own (`所得の低い世帯`,
    `規模の大きな会社`): it says which ones are meant, it judges nothing; a judging adjective
    (`質の高いサービス`, `意義の大きい取り組み`) still judges."""
    if token.pos_ != "ADJ" or token.lemma_ not in cues.MEASURE_ADJECTIVES or token.dep_ not in cues.ATTRIBUTIVE_DEPS \
            or token.head.i <= token.i or token.head.lemma_ in cues.NOT_TARGETS:
        return False  # `制度改正が多いため`: the adjective is the clause's predicate
    doc = token.doc
    return any(child.i < token.i and child.pos_ in ("NOUN", "PROPN") and not _a_quality(child)
               and child.lemma_ not in cues.PURPOSE_NOUNS
               and child.i + 1 < len(doc) and doc[child.i + 1].text in cues.RELATIVE_SUBJECT_PARTICLES
               for child in token.children)


def _a_quality(noun: Token) -> bool:
    """`質`, `意義`, `安全性`, `満足度`: a noun whose degree is itself a judgement (`質の高い`)."""
    return noun.lemma_ in cues.QUALITY_NOUNS or noun.lemma_ in cues.EVALUATIVE_LEMMAS or noun.lemma_.endswith(("性", "度"))


def _reveals(token: Token) -> bool:
    """True for `明らか` + に + なる/する: came (or is brought) to light, a report and no judgement."""
    doc = token.doc
    return token.lemma_ in cues.REVEALING_LEMMAS and token.i + 2 < len(doc) and doc[token.i + 1].text == "に" \
        and doc[token.i + 2].lemma_ in cues.REVEALING_VERBS
