"""Relations between units, from clause links and sentence-initial connectives.

Relations point from the unit that relates to the unit it relates to (ANNOTATION.md). They stay
inside one speaker's turn: a cue links a sentence to the unit before it in the same turn.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from pipeline.extract import cues
from pipeline.extract.records import Relation, Unit

SUBORDINATE_LABELS = {"reason": "support", "condition": "condition", "concession": "concession", "example": "example"}


def _previous_in_turn(units: Sequence[Unit], index: int, *, skip_causal: bool = False) -> int | None:
    """The last unit of the sentence just before `index`'s sentence (or before the sentence that only
    announced it as an example), in the same turn.

    A connective relates a sentence to the one before it: when that sentence holds no unit
    (a feeling, a report), there is nothing to relate to. With `skip_causal`, sentences that only
    explain (`〜からではありません`) are passed over, as a further explanation skips them.
    """
    unit = units[index]
    expected = unit.ctx.index - 1 - int(unit.ctx.after_example_intro)  # `A。例えばですね。B。`: B follows A
    for j in range(index - 1, -1, -1):
        other = units[j]
        if other.ctx.turn_id != unit.ctx.turn_id or other.ctx.index < expected:
            return None
        if other.ctx.index == unit.ctx.index:
            continue
        if skip_causal and other.type == "causal":
            expected = other.ctx.index - 1
            continue
        return j if other.ctx.index == expected else None
    return None


def _subordinate_label(unit: Unit) -> str:
    """The relation a clause's link gives it to its sentence's main clause: a reason supports, a
    condition conditions, a concession concedes; a reason listed with `〜し、` (a premise) supports."""
    if unit.link == "parallel" and unit.link_cue == cues.PARALLEL_SHI and unit.role == "premise":
        return "support"
    return SUBORDINATE_LABELS.get(unit.link, "")


def find_relations(units: Sequence[Unit]) -> Iterator[Relation]:
    """Yield relations inside sentences (clause links) and across sentences (connectives), then the
    grounds no connective marks."""
    listed = _grounds_listed_after_a_view(units)
    pairs = [pair for pair in _linked_pairs(units) if pair[0] not in listed or pair[3] != cues.PARALLEL_SHI]
    pairs += [(ground, view, "support", cues.LISTED_GROUNDS_CUE) for ground, view in listed.items()]
    pairs += _unmarked_grounds(units, {source for source, *_ in pairs})
    pairs += _warnings_before_demands(units)
    for source, target, label, cue in pairs:
        yield Relation(units[source].unit_id, units[target].unit_id, label, cue)


def _unmarked_grounds(units: Sequence[Unit], sources: set[int]) -> list[tuple[int, int, str, str]]:
    """`A。Bすべきです。`: a fact that closes its sentence, relates to nothing yet, and is followed in
    the same paragraph by a demand or stance with no connective grounds it; the speaker states the
    fact to make the demand. A fact before a claim of another kind (a plain forecast, an assertion) is
    left alone: facts are narrated one after another, and a claim that gives its own reason needs none."""
    return [(index, claim, "support", cues.UNMARKED_GROUND_CUE) for index in range(len(units))
            if index not in sources and (claim := _unmarked_ground_of(units, index)) is not None]


def _grounds_listed_after_a_view(units: Sequence[Unit]) -> dict[int, int]:
    """`Aと考えています。Bですし、Cしました。`: a sentence that only lists facts with `〜し、` right after
    the speaker's view (in the same turn and paragraph, no connective) gives the grounds of that view,
    each of them; it draws no conclusion of its own (B does not support C). Maps each ground to the view."""
    listed: dict[int, int] = {}
    for index, unit in enumerate(units):
        if index and units[index - 1].ctx.sent_id == unit.ctx.sent_id or unit.sentence_cue:
            continue
        sentence = [j for j in range(index, len(units)) if units[j].ctx.sent_id == unit.ctx.sent_id]
        *shi, last = sentence
        if not shi or any(units[j].link != "parallel" or units[j].link_cue != cues.PARALLEL_SHI for j in shi) \
                or units[last].link != "final" or not _states_a_fact(units[last]):
            continue
        view = _previous_in_turn(units, index)
        if view is not None and units[view].ctx.paragraph == unit.ctx.paragraph and _takes_a_view(units[view]) \
                and units[view].link == "final":
            listed.update((j, view) for j in sentence)
    return listed


def _states_a_fact(unit: Unit) -> bool:
    """A premise, or a claim that asserts plainly (no frame, no demand, no hedge): what a speaker lists
    as grounds."""
    return unit.role == "premise" or (unit.type == "assertion" and not unit.frame and not unit.hedged)


def _warnings_before_demands(units: Sequence[Unit]) -> list[tuple[int, int, str, str]]:
    """`このまま放置すれば、事故が起きるおそれがあります。対策を講じるべきです。`: a forecast of harm under
    a condition, right before a demand in the same paragraph with no connective, is what the demand
    answers: it supports the demand (whatever else it relates to, e.g. a `しかし` before it)."""
    pairs = []
    for index, unit in enumerate(units):
        conditioned = index > 0 and units[index - 1].ctx.sent_id == unit.ctx.sent_id and units[index - 1].link == "condition"
        enabled = f"type:{cues.CONDITION_CUE}+{cues.ENABLED_ACT}" in unit.cues  # `〜すれば、手を打つことができます`: no harm
        if unit.role == "claim" and unit.type == "prediction" and unit.link == "final" and conditioned and not enabled:
            demand = _argued_claim_just_after(units, index)
            if demand is not None and units[demand].type == "normative":
                pairs.append((index, demand, "support", cues.UNMARKED_GROUND_CUE))
    return pairs


def _unmarked_ground_of(units: Sequence[Unit], index: int) -> int | None:
    """The claim `index` grounds with no connective: a fact closing its sentence, then a demand (or a
    stance, a conditional forecast) closing the next one."""
    unit = units[index]
    if unit.role != "premise" or unit.link != "final" or unit.cues[0] not in cues.UNMARKED_GROUND_FACTS:
        return None
    return _argued_claim_just_after(units, index)


def _argued_claim_just_after(units: Sequence[Unit], index: int) -> int | None:
    """The main clause of the sentence right after `index`'s (the last unit of its sentence), in the
    same turn and paragraph, when it is the speaker's demand (_argued_claim), closes its sentence, opens with no
    connective, and only conditions come before it (`そのときの論点は、〜すべきであり、…`: a demand listed
    beside others recounts a debate)."""
    after = index + 1
    if after >= len(units):
        return None
    unit, first = units[index], units[after]
    if first.ctx.index != unit.ctx.index + 1 or first.ctx.turn_id != unit.ctx.turn_id \
            or first.ctx.paragraph != unit.ctx.paragraph or first.sentence_cue or _turns_to_a_new_point(first.text):
        return None
    in_sentence = [j for j in range(after, len(units)) if units[j].ctx.sent_id == first.ctx.sent_id]
    main = next((j for j in in_sentence if not _subordinate_label(units[j])), None)
    if main is None or any(units[j].link != "condition" for j in in_sentence if j < main):
        return None
    claim = units[main]
    if cues.SESSION_ACT.search(claim.text) or cues.ADDITIVE_TOPIC.search(claim.text) or _turns_to_a_new_point(claim.text):
        return None  # `〜の立場から討論いたします` opens a speech; `駐輪場対策も急ぐべきです` adds a further point
    return main if claim.role == "claim" and claim.link == "final" and claim.holder == claim.ctx.speaker \
        and _argued_claim(claim, conditioned=main > in_sentence[0]) else None


def _turns_to_a_new_point(text: str) -> bool:
    """`なお、`, `次に`, `二つ目に、`: the sentence opens a point of its own, grounded by nothing before it
    (`一方的に`, `ただちに`, `なおさら` open nothing: cues.NOT_CONNECTIVES)."""
    if cues.ORDINAL_OPENER.match(text):
        return True
    return not text.startswith(cues.NOT_CONNECTIVES) and text.startswith(cues.SENTENCE_LIKE_OPENERS + cues.TURNING_OPENERS)


def _argued_claim(claim: Unit, *, conditioned: bool) -> bool:
    """A demand, a stance, a refusal (`到底認められません`), a judgement of what was just said
    (`この状況は深刻です`), a forecast under a condition (`〜をやめれば、〜おそれがあります`) or a rebuttal
    (`決して〜わけではありません`): what a speaker states a fact to argue for. A view merely framed
    (`〜と評価しています`) is left alone: facts before it are as often narrated as argued."""
    tail = (claim.text + claim.frame)[-cues.EVALUATIVE_TAIL_CHARS:]
    judges_it = claim.type == "evaluation" and claim.text.startswith(cues.JUDGED_SITUATION_TOPICS)
    return claim.type == "normative" or claim.cues[0] == f"role:{cues.STANCE_CUE}" or judges_it \
        or any(refusal in tail for refusal in cues.REFUSALS) or (claim.type == "prediction" and conditioned) \
        or (claim.text + claim.frame).endswith(cues.REBUTTALS)


def _linked_pairs(units: Sequence[Unit]) -> Iterator[tuple[int, int, str, str]]:
    """(source index, target index, label, cue) of each relation, in reading order."""
    reason_targets: dict[str, int] = {}  # sentence id of a なぜなら sentence → what it supports
    for index, unit in enumerate(units):
        same_sentence_after = [j for j in range(index + 1, len(units)) if units[j].ctx.sent_id == unit.ctx.sent_id]
        first_in_sentence = index == 0 or units[index - 1].ctx.sent_id != unit.ctx.sent_id
        if first_in_sentence:
            yield from _connective_pairs(units, index, reason_targets)
        if unit.link == "opposed" and same_sentence_after:
            yield (same_sentence_after[0], index, "contrast", unit.link_cue)  # `A一方で、B`: B contrasts with A
            continue
        label = _subordinate_label(unit)
        if label == "concession" and cues.PREFATORY_CONCESSION.search(unit.text + unit.frame):
            continue  # `〜わけですが、B`: a preface to B, nothing conceded
        if label:
            main = _attachment(units, unit, same_sentence_after)
            if main is not None:
                yield (index, main, label, unit.link_cue)
            continue
        if _grounds_a_stance(units, unit, same_sentence_after) or _grounds_what_follows(unit, same_sentence_after) \
                or _fact_beside_a_view(units, unit, same_sentence_after):
            yield (index, same_sentence_after[0], "support", unit.link_cue)
        cue = unit.sentence_cue
        if cue in cues.SENTENCE_REASON:
            target = reason_targets.get(unit.ctx.sent_id, _previous_in_turn(units, index))
            if target is not None:
                reason_targets[unit.ctx.sent_id] = target
                yield (index, target, "support", cue)
            continue
        opener = _reason_opener(unit)
        if opener:
            supported = _opening_stance(units, index)
            if supported is None and opener == cues.REASON_OPENER_CUE:
                supported = _claim_just_before(units, index)  # `Aと考えます。その理由は、〜`
            if supported is not None:
                yield (index, supported, "support", opener)
            continue
        denied = (unit.text + unit.frame).endswith(cues.DENIED_CAUSE)  # `〜からではありません`
        if _names_a_cause(unit) and unit.link == "final":
            previous = _previous_in_turn(units, index)
            pointing = next((word for word in cues.CAUSE_POINTING_BACK if unit.text.startswith(word)), "")
            if previous is not None and pointing and unit.polarity == "pos":  # not `これが原因ではありません`
                yield (previous, index, "support", pointing)
        elif unit.type == "causal" and unit.link == "final" and not denied:
            target = _previous_in_turn(units, index, skip_causal=True)
            if target is not None:
                yield (index, target, "support", "からです")


def _names_a_cause(unit: Unit) -> bool:
    """`Xが除雪費を膨らませた要因だ`: a causal noun ends the unit, which names the cause and its
    effect itself; it explains no sentence before it as `〜からです` does. Only one that points back
    (`これが要因だ`) makes the sentence before the cause, and that sentence supports it."""
    endings = cues.CAUSAL_ENDINGS + cues.SENTENCE_FINAL_CAUSAL  # `〜ためであると考えております`: before its frame
    return unit.type == "causal" and not cues.REASON_PHRASE.search(unit.text) \
        and not unit.text.endswith(endings) and not (unit.text + unit.frame).endswith(endings)


def _grounds_a_stance(units: Sequence[Unit], unit: Unit, after: list[int]) -> bool:
    """`Aと判断し、反対いたします`: a view completed by its frame, then the speaker's stance in the
    same sentence; the view is what the stance is taken on."""
    return unit.link == "frame" and bool(after) and units[after[0]].cues[0] == f"role:{cues.STANCE_CUE}" \
        and units[after[0]].polarity == "pos"


def _fact_beside_a_view(units: Sequence[Unit], unit: Unit, after: list[int]) -> bool:
    """`欧州では既に定着しておりまして、日本も急ぐべきだと考えております`: a fact left open in its
    continuative form, then the main clause's view (framed by the speaker, or a demand): the fact is
    stated as the view's ground."""
    if unit.link != "parallel" or unit.link_cue == cues.PARALLEL_SHI or unit.role != "premise" or not after:
        return False
    view = units[after[0]]
    return view.link == "final" and view.role == "claim" and view.holder == unit.holder \
        and (view.frame.startswith(cues.VIEW_FRAME_OPENERS) or view.type == "normative")


def _grounds_what_follows(unit: Unit, after: list[int]) -> bool:
    """`〜してはならないということで、B` (so B): a proposition named as the ground of the clause after
    it supports that clause; a view B is done under (`〜との方針のもとで`) only sets its scene."""
    return unit.link == "frame" and bool(after) and unit.link_cue in cues.GROUND_THEREFORE


def _reason_opener(unit: Unit) -> str:
    """The cue of a sentence that gives a reason for the speaker's stance: one that names a reason
    (`反対の理由は、〜`, a premise) or one of the reasons counted out (`二つ目は、〜`, `第一に、〜`)."""
    if unit.cues[0] == f"role:{cues.REASON_OPENER_CUE}":
        return cues.REASON_OPENER_CUE
    if unit.link == "final" and not unit.sentence_cue and cues.ORDINAL_OPENER.match(unit.text):
        return cues.ORDINAL_OPENER_CUE
    return ""


def _opening_stance(units: Sequence[Unit], index: int) -> int | None:
    """The turn's first stance before `index` (`反対の立場から討論します`), the same stance when the
    opener names one, never a denied one (`反対ではない`): in a debate speech the reasons given or
    counted out support the stance it opens with, not the sentence just before them."""
    opener = cues.REASON_OPENER.match(units[index].text)
    named = [word for word in cues.STANCE_WORDS if opener and word in opener.group(0)]
    turn = [j for j in range(index) if units[j].ctx.turn_id == units[index].ctx.turn_id]
    return next((j for j in turn if units[j].cues[0] == f"role:{cues.STANCE_CUE}" and units[j].polarity == "pos"
                 and all(word in units[j].text for word in named)), None)


def _claim_just_before(units: Sequence[Unit], index: int) -> int | None:
    """The claim of the sentence before, when a turn with no stance names the reason of it."""
    previous = _previous_in_turn(units, index)
    return previous if previous is not None and units[previous].role == "claim" else None


def _attachment(units: Sequence[Unit], unit: Unit, after: list[int]) -> int | None:
    """The unit a subordinate clause attaches to: the sentence's first main clause; a reason or a
    condition attaches to the concession right after it (`Aから、Bですが、C`: A supports B; `Aなら、Bとは
    思いますが、C`: A conditions B), but not to a hypothetical `〜ても` (`Aなければ、Bても、C`: A conditions C);
    a condition attaches to the reason right after it (`Aれば、Bので、C`: B is what follows under A, and C
    follows from B)."""
    if unit.link in ("reason", "condition") and after and units[after[0]].link == "concession" \
            and units[after[0]].link_cue not in cues.CONCESSION_ENDINGS:
        return after[0]  # (`Aなければ、Bても、C`: a hypothetical B concedes; A conditions C)
    if unit.link == "condition" and after and units[after[0]].link == "reason":
        return after[0]
    return next((j for j in after if not _subordinate_label(units[j])), after[0] if after else None)


def _connective_pairs(units: Sequence[Unit], index: int, reason_targets: dict[str, int]
                      ) -> Iterator[tuple[int, int, str, str]]:
    """The relation a sentence-initial connective makes between the sentence before and this
    one. The sentence's side is its main clause (`しかし、Aので、B`: B contrasts), not its first unit;
    a consequence only links a sentence that opens with its main clause."""
    unit = units[index]
    previous = _previous_in_turn(units, index)
    if previous is None or unit.sentence_cue in cues.SENTENCE_REASON:
        return
    in_sentence = [j for j in range(index, len(units)) if units[j].ctx.sent_id == unit.ctx.sent_id]
    main = next((j for j in in_sentence if not _subordinate_label(units[j])), index)
    cue = unit.sentence_cue or _anaphoric_opener(unit.text) or _evidence_opener(unit.text)
    if cue in cues.SENTENCE_CONTRAST:
        main = _point_of_the_turn(units, main, in_sentence)
    conceded = _past_its_explanation(units, index, previous)  # `もちろんA。Xからです。しかし、B`: A is conceded
    if cue in cues.SENTENCE_CONTRAST and _conceded(units, conceded, cue):
        yield (conceded, main, "concession", cue)  # `確かにA。しかし、B。`: A is conceded to B
    elif cue in cues.SENTENCE_CONTRAST:
        # after `なぜなら…`, a contrast answers the claim those reasons support
        reason_of = reason_targets.get(units[previous].ctx.sent_id)
        yield (main, _contrasted(units, index, previous) if reason_of is None else reason_of, "contrast", cue)
    elif cue in cues.SENTENCE_CONCESSION:
        yield (previous, main, "concession", cue)  # `A。にもかかわらず、B。`: A is conceded to B
    elif cue in cues.EVIDENCE_OPENERS:
        yield (main, previous, "support", cue)  # `A。実際に、B。`: B is evidence for A
    elif cue in cues.ANAPHORIC_GROUND and not _takes_a_view(units[main]):
        return  # `こうした中、政府は〜を発表しました`: the situation sets the scene of a report, no ground
    elif cue in cues.SENTENCE_CONSEQUENCE + cues.ANAPHORIC_CONSEQUENCE + cues.ANAPHORIC_GROUND \
            and all(units[j].link == "condition" for j in in_sentence if j < main):
        # `だから、Aから、B` (or `Aても、B`): the sentence gives reasons or concessions of its own; what it
        # follows from is unclear. A condition first (`だから、Aなら、B`) leaves B the consequence.
        ground = _past_its_explanation(units, index, previous) if cue in cues.SENTENCE_CONSEQUENCE else previous
        yield (ground, main, "support", cue)
        if cue in cues.ANAPHORIC_CONSEQUENCE + cues.SUMMING_UP_CONSEQUENCE:
            facts_only = cue not in cues.SUMMING_UP_CONSEQUENCE  # `以上のことから` sums up claims as well
            yield from ((ground, main, "support", cue) for ground in _run_before(units, previous, facts_only=facts_only))
    elif cue in cues.SENTENCE_EXAMPLE:
        yield (index, previous, "example", cue)
    elif unit.ctx.after_reason and unit.role == "premise" and units[previous].ctx.sent_id in reason_targets:
        # `なぜなら A からです。B。`: B supports what A supports
        yield (index, reason_targets[units[previous].ctx.sent_id], "support", "理由の続き")


def _point_of_the_turn(units: Sequence[Unit], main: int, in_sentence: list[int]) -> int:
    """The clause of a `しかし` sentence that turns against what came before: its main clause, or, when
    that is a fact left open in its continuative form (`しかし、家賃が上がっており、商店は店を閉じています`),
    the clause that closes the sentence; the fact is the ground it turns on (roles give it no contrast
    either). A closing clause that points back at the fact (`その負担感は確かにあります`) only comments on
    it: the fact is the point."""
    unit = units[main]
    closing = in_sentence[-1]
    if unit.link != "parallel" or unit.role != "premise" or closing == main or units[closing].link != "final" \
            or units[closing].text.startswith(cues.POINTING_BACK_OPENERS):
        return main
    return closing


def _takes_a_view(unit: Unit) -> bool:
    """A claim that judges, demands, forecasts or takes a stance (framed, or of a type other than a
    plain assertion): what a situation named before it can be the ground of."""
    return unit.role == "claim" and (bool(unit.frame) or unit.type != "assertion"
                                     or unit.cues[0] == f"role:{cues.STANCE_CUE}")


def _conceded(units: Sequence[Unit], previous: int, cue: str) -> bool:
    """`確かにA。しかし、B。`: the sentence before opens with a conceding adverb (or acknowledges its
    proposition: `Aことは承知しております。しかし、B。`, or grants it by how it ends: `Aのは事実です`,
    `Aかもしれません`), and an adversative (not `一方`, `むしろ`, which set two sides beside each other)
    answers it."""
    first = _first_of_sentence(units, previous)
    granted = units[previous].text  # (a frame's `〜とお考えかもしれません` grants the other's view nothing)
    return cue not in cues.SIDE_BY_SIDE_CONTRAST and (units[first].text.startswith(cues.CONCEDED_SENTENCE_OPENERS)
                                                     or bool(cues.ACKNOWLEDGING_FRAME.match(units[previous].frame))
                                                     or bool(cues.CONCEDING_PREDICATE.search(granted)))


def _contrasted(units: Sequence[Unit], index: int, previous: int) -> int:
    """What a `しかし` sentence contrasts with: the sentence before, or, when that sentence only explains
    the one before it (`A。これは〜ためです。しかし、B。`) or gives a view on it (`A。これは、〜と思います。
    しかし、B。`), the claim it explains."""
    explanation = units[previous]
    if _elaborates(units, previous) and explanation.role == "claim" and (explanation.frame or explanation.hedged):
        explained = _previous_in_turn(units, _first_of_sentence(units, previous))
        return previous if explained is None or units[explained].role != "claim" else explained
    return _past_its_explanation(units, index, previous)


def _past_its_explanation(units: Sequence[Unit], index: int, previous: int) -> int:
    """The sentence before `index`, or, when it only explains the one before it (`A。Bからです。`), A:
    a connective after the explanation (`しかし`, `ですから`) takes up the claim it explained, not the
    explanation (`A。Bからです。ですから、C`: A, with its reason, leads to C). A sentence that names a cause
    itself (`原因の一つは〜にあります。しかし、C`) explains nothing before it: C answers it."""
    explanation = units[previous]
    if explanation.type != "causal" or explanation.link != "final" or _names_a_cause(explanation) \
            or (explanation.text + explanation.frame).endswith(cues.DENIED_CAUSE):
        return previous
    explained = _previous_in_turn(units, index, skip_causal=True)
    return previous if explained is None else explained


def _first_of_sentence(units: Sequence[Unit], index: int) -> int:
    """The first unit of `index`'s sentence."""
    return next(j for j in range(index, -1, -1) if j == 0 or units[j - 1].ctx.sent_id != units[index].ctx.sent_id)


def _elaborates(units: Sequence[Unit], index: int) -> bool:
    """True when `index`'s sentence opens with a topic that points back (`これは、`, cues.ELABORATING_TOPICS)."""
    return units[_first_of_sentence(units, index)].text.startswith(cues.ELABORATING_TOPICS)


def _evidence_opener(text: str) -> str:
    """`実際に、…`, `その証拠に、…` (cues.EVIDENCE_OPENERS) at the start of a unit's text."""
    return next((word for word in cues.EVIDENCE_OPENERS if text.startswith(word)), "")


def _anaphoric_opener(text: str) -> str:
    """`これでは、…`, `その結果、…` (cues.ANAPHORIC_CONSEQUENCE), `このような状況で、…`
    (cues.ANAPHORIC_GROUND) as a word of its own: followed by a comma or a topic particle, or ending in
    one; not `その結果を早く公表すべきです`."""
    for word in cues.ANAPHORIC_CONSEQUENCE + cues.ANAPHORIC_GROUND:
        if text.startswith(word) and (word.endswith(("は", "で", "に", "と", "ば", "て")) or text[len(word):len(word) + 1] in (*cues.COMMAS, "は", "")
                                      or text[len(word):].startswith(cues.ANAPHORIC_CONDITIONAL_ENDINGS)):
            return word
    return ""


def _run_before(units: Sequence[Unit], previous: int, *, facts_only: bool) -> Iterator[int]:
    """`A。B。これでは、C。`: when the sentence before is a premise (a fact), これでは points at the
    run of premises it closes, sentence by sentence back (at most cues.FACTS_RUN_SENTENCES; the last
    unit of each earlier sentence), and each of them leads to C. `A。B。以上のことから、C。` sums up
    the sentences before whatever their role (not `facts_only`), but a fact that grounds the claim
    after it (`A（事実）。Bすべきです。以上のことから、C`, _unmarked_ground_of) is B's ground, no point of its own."""
    for _ in range(cues.FACTS_RUN_SENTENCES - 1):
        if facts_only and units[previous].role != "premise":
            return
        later, previous = previous, _previous_in_turn(units, previous)
        if previous is None or (facts_only and units[previous].role != "premise"):
            return
        if facts_only or _unmarked_ground_of(units, previous) != later:
            yield previous


def with_contrast_backgrounds(units: Sequence[Unit], relations: Sequence[Relation]) -> list[Unit]:
    """The units, with those that only state a fact (an assertion nobody frames or hedges) made
    premises where a relation across sentences shows them as background or ground: what a `しかし`
    sentence contrasts with or concedes (`確かにA。しかし、B`), and what a sentence after it draws on
    (`A。ですから、B`, `A。このような状況で、B`) or what is offered as evidence or example (`A。実際に、B`,
    `A。例えば、B`)."""
    roles: dict[str, str] = {}  # unit id → the role cue it gets as a premise
    for relation in relations:
        if relation.label in ("contrast", "concession") and relation.cue in cues.SENTENCE_CONTRAST:
            background = relation.target_id if relation.label == "contrast" else relation.source_id
            roles.setdefault(background, "role:対比される背景")
        elif relation.label == "support" and relation.cue in cues.GROUND_RELATION_CUES:
            roles.setdefault(relation.source_id, "role:根拠の事実")
        elif relation.label == "example" and relation.cue in cues.ILLUSTRATING_EXAMPLE:
            roles.setdefault(relation.source_id, "role:例示の事実")  # `A。例えば、B。`
    return [replace(unit, role="premise", cues=(roles[unit.unit_id], *unit.cues[1:]))
            if unit.unit_id in roles and _only_states_a_fact(unit) else unit for unit in units]


def _only_states_a_fact(unit: Unit) -> bool:
    """An assertion nobody frames, hedges, denies or commits to with a strong marker (`必ず伸びます`
    is a forecast held), and no demand (`〜させること。`); `確かに` opening a conceded sentence only concedes,
    inside it (`その不満は確かに存在する`) it commits."""
    committed = any(marker in unit.text and not (marker in cues.CONCEDED_SENTENCE_OPENERS and unit.text.startswith(marker))
                    for marker in cues.STRONG_MARKERS)
    return unit.type == "assertion" and unit.role == "claim" and not unit.frame and not unit.hedged \
        and unit.polarity == "pos" and not committed and not unit.text.endswith(cues.DEMAND_ENDING)
