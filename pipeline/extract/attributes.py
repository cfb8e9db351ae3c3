"""Attributes of a unit: polarity, hedging, target, comparison standard, analogy source (its type
is decided in `unit_types`).
Each returns its value with the cue that decided it."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.extract import cues
from pipeline.extract.records import Frame
from pipeline.extract.syntax import (
    content_tokens,
    final_predicate,
    noun_phrase,
    predicate_core,
    subject_of,
)
from pipeline.nlp import bunsetu_bi_label

if TYPE_CHECKING:
    from spacy.tokens import Token


def find_analogy_marker(text: str) -> tuple[str, int]:
    """(marker, position) of the analogy in a span (`のように`, `と同じように`, a path verb such as
    `経路を辿る`), or ("", -1). `次のように`, `どのように`, `言ったように` are no analogies, nor are examples
    listed before a `のように` that describes a noun (`医療や金融のように人命に関わる分野は`: members of a
    kind, no second domain); with a comma after it they are a source (`ドイツやフランスのように、日本も…`)."""
    for marker in cues.PATH_ANALOGY:
        if marker in text:
            return marker, text.index(marker)
    for marker in cues.ANALOGY_MARKERS:
        for match in re.finditer(re.escape(marker) + "(?!らい)", text):
            before = text[:match.start()]
            with_verb = before + marker.split("ように")[0] if "ように" in marker else before  # `言った`
            if before and not before.endswith(cues.NOT_ANALOGY_BEFORE_YOUNI) \
                    and not with_verb.endswith(cues.NOT_ANALOGY_BEFORE_YOUNI) \
                    and not cues.SPEECH_REFERENCE_BEFORE_YOUNI.search(with_verb) \
                    and not (marker == "のように" and cues.EXAMPLES_BEFORE_YOUNI.search(before)
                             and text[match.end():match.end() + 1] not in cues.COMMAS):
                return marker, match.start()
    return "", -1


def example_of_a_setting(tokens: Sequence[Token]) -> bool:
    """`隣の町のように、路線バスが廃止された地域では〜`: after `のように、` a noun described by its own clause
    and marked では/には names the places meant, the one before のように one of them (an example); a
    source mapped onto a subject (`ドイツのように、日本も〜`) is an analogy."""
    doc = tokens[0].doc
    comma = next((t.i for t in tokens[2:] if t.text in cues.COMMAS and doc[t.i - 1].lemma_ == "だ"
                  and doc[t.i - 2].text == "よう"), None)
    if comma is None:
        return False
    setting = next((t for t in tokens if t.i > comma + 1 and t.i + 2 <= tokens[-1].i
                    and (doc[t.i + 1].text, doc[t.i + 2].text) in cues.SETTING_PARTICLES), None)
    return setting is not None and setting.pos_ == "NOUN" and any(c.dep_ == "acl" for c in setting.children) \
        and set(range(comma + 1, setting.i)) <= {x.i for x in setting.subtree}  # the clause describes it


def comparison_standard(tokens: Sequence[Token]) -> tuple[str, str]:
    """(cue, standard) of an explicit comparison: `Xより(も)`, `Xと比べて`, `最も`, `同じくらい`, `方が`."""
    for token in tokens:
        if token.text == "より" and token.pos_ == "ADP" and not _above_all(token):
            head = token.head if token.head.i < token.i else token.doc[token.i - 1]
            return "より", noun_phrase(head, tokens[0].i).text
    text = "".join(t.text for t in tokens)
    for word in cues.COMPARISON_WORDS:
        if word in text and not cues.NOT_COMPARISON.match(text[text.index(word):]):
            standard = ""
            if word in ("比べ", "比較"):
                match = re.search(r"([^、,，。]+?)と(?:比べ|比較)", text)
                standard = match.group(1) if match else ""
            elif word in cues.COMPARISON_VERB_STANDARD:  # `Xを上回る`, `Xに匹敵する`, `X以上に`
                match = re.search(cues.COMPARISON_VERB_STANDARD[word], text)
                standard = match.group(1) if match else ""
            return word, standard
    if _comparing_hou(tokens) is not None:
        return "方が", ""
    for token in tokens:
        if token.text == "より" and token.pos_ == "ADV" and token.i + 1 < len(token.doc):
            nxt = token.doc[token.i + 1]
            # `より安全だ` compares; `より詳細なこと` only describes a noun
            if nxt.pos_ == "ADJ" and not nxt.lemma_.startswith("多") and nxt.dep_ not in cues.ATTRIBUTIVE_DEPS:
                return "より+形容詞", ""
    degree = _degree_standard(tokens)
    if degree is not None:
        return "ほど〜ない", noun_phrase(degree, tokens[0].i).text
    return "", ""


def _degree_standard(tokens: Sequence[Token]) -> Token | None:
    """The noun before `ほど` in a negated span (`以前ほど大きくありません`: not as large as before); after
    an amount (`一割ほど`), a clause (`信じられないほど`) or a demonstrative (`それほど`, `これほど`: only a
    degree) ほど is no standard."""
    doc = tokens[0].doc
    tail = doc[tokens[-1].i - 3:tokens[-1].i + 1].text if tokens[-1].i >= 3 else doc[:tokens[-1].i + 1].text
    if not cues.NEGATION.search(tail) or cues.NOT_NEGATION.search(tail):
        return None
    return next((doc[t.i - 1] for t in tokens[1:] if t.text == cues.DEGREE_STANDARD and t.pos_ == "ADP"
                 and doc[t.i - 1].pos_ in ("NOUN", "PROPN") and cues.COUNTER_TAG not in doc[t.i - 1].tag_
                 and doc[t.i - 2].pos_ != "NUM" and not cues.NUMERAL_START.match(doc[t.i - 1].text)
                 and not (t.i + 1 < len(doc) and doc[t.i + 1].text in cues.AMOUNT_AFTER_HODO)), None)


def _above_all(yori: Token) -> bool:
    """`何より重要だ`, `何よりも大切なのは`: "above all" stresses, it names no standard."""
    return yori.i > 0 and yori.doc[yori.i - 1].text in cues.ABOVE_ALL_WORDS


def _bunsetu_start(tokens: Sequence[Token], i: int) -> int:
    """The first token of the bunsetu holding token i, within the span."""
    doc = tokens[0].doc
    while i > tokens[0].i and bunsetu_bi_label(doc[i]) != "B":
        i -= 1
    return i


def polarity(tokens: Sequence[Token], frame_text: str) -> tuple[str, str]:
    """("neg"|"pos", cue): negation of the final predicate (its last bunsetu) or of the frame; of the
    topic's predicate when the final one only confirms it (`〜ていないのは御指摘のとおりです`)."""
    doc = tokens[0].doc
    confirmed = _confirmed_topic(tokens)
    if confirmed:
        return polarity(confirmed, frame_text)
    last_bunsetu_start = _bunsetu_start(tokens, tokens[-1].i)
    head = doc[last_bunsetu_start]
    if head.lemma_ in cues.OBLIGATION_HEADS and last_bunsetu_start > tokens[0].i \
            and doc[last_bunsetu_start - 1].text in cues.OBLIGATION_LINKS:
        # `完成させなければ|なりません`: the obligation spans two bunsetu and negates nothing
        last_bunsetu_start = _bunsetu_start(tokens, last_bunsetu_start - 1)
    elif head.lemma_ in cues.GENERALISING_NOUNS and last_bunsetu_start > tokens[0].i:
        # `解決しない|ものです`, `取らない|わけです`: the predicate is the verb before もの/わけ
        last_bunsetu_start = _bunsetu_start(tokens, last_bunsetu_start - 1)
    tail = doc[max(tokens[0].i, last_bunsetu_start - 1):tokens[-1].i + 1].text if \
        doc[last_bunsetu_start].pos_ in ("AUX", "VERB") and doc[last_bunsetu_start].lemma_ in cues.NEGATED_AUXILIARY_LEMMAS \
        else doc[last_bunsetu_start:tokens[-1].i + 1].text
    span_tail = doc[tokens[0].i:tokens[-1].i + 1].text[-cues.EVALUATIVE_TAIL_CHARS:]
    if any(phrase in span_tail for phrase in cues.NOTHING_BUT):
        tail = ""  # `〜にほかなりません`, `〜にすぎない`: it is nothing but X, an affirmation
    for part, where in ((tail, "述語"), (frame_text, "枠")):
        cleaned = cues.NOT_NEGATION.sub("", part)
        match = cues.NEGATION.search(cleaned)
        if match:
            return "neg", f"{where}:{match.group(0)}"
        hard = next((s for s in sorted(cues.HARD_TO_SUFFIXES) if s in cleaned), "") if where == "枠" else ""
        if hard:
            return "neg", f"{where}:{hard}"  # `〜とは考えにくい`: judged unlikely
    doubt = cues.DOUBT_PREDICATE.search(doc[tokens[0].i:tokens[-1].i + 1].text[-cues.DOUBT_TAIL_CHARS:])
    if doubt:
        return "neg", f"疑念:{doubt.group(0)}"  # `〜なのか、疑問を感じております`: the matter is doubted
    return "pos", ""


def _confirmed_topic(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens of `X` in `Xのは／Xことは〜のとおりです` (cues.CONFIRMED_TOPIC), or () when the span
    ends in a predicate of its own."""
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].text == "は" and tokens[k - 1].text in ("の", "こと") and k > 1 \
                and cues.CONFIRMED_TOPIC.match("".join(t.text for t in tokens[k + 1:]).rstrip("。")):
            return tokens[:k - 1]
    return ()


def challenge_word(tokens: Sequence[Token], text: str) -> str:
    """The doubting word of a challenge put as a question (`こんなことで〜を実現できるんですか`), or "".

    A `〜のですか` question with a challenge word (cues.CHALLENGE_WORDS) and a modal or negative
    predicate, or an evaluative word, asserts the opposite; `〜は利用できるんですか` alone asks. A `なぜ`
    question challenges with a negative predicate, an evaluative or a degree word (cues.REASON_CHALLENGE_WORDS)."""
    permission = cues.PERMISSION_CHALLENGE.search(text.rstrip("。？?"))
    if permission and not cues.CONFIRMING_BEFORE_YOI.search(text):
        return permission.group(0)  # `〜を誘致してよいのですか`: asks whether it is allowed, to deny it
    if not text.rstrip("。？?").endswith(cues.CHALLENGE_ENDINGS):
        return ""
    word = next((w for w in cues.CHALLENGE_WORDS + cues.REASON_CHALLENGE_WORDS if w in text), "")
    if not word:
        return ""
    reason = word in cues.REASON_CHALLENGE_WORDS
    predicate = final_predicate(predicate_core(tokens))
    predicate_on = [t for t in tokens if predicate is None or t.i >= predicate.i]  # `実現|できる|ん|です|か`
    modals = cues.REASON_CHALLENGE_LEMMAS if reason else cues.CHALLENGE_MODAL_LEMMAS
    modal = any(t.lemma_ in modals for t in predicate_on)
    # `なぜこんなに遅れているのか` challenges; `なぜこれほど多くの申請があったのか` asks
    degree = reason and any(w in text for w in cues.CHALLENGE_DEGREE_WORDS) \
        and any(w in text for w in cues.WRONG_STATE_WORDS)
    return word if modal or degree or any(t.lemma_ in cues.EVALUATIVE_LEMMAS for t in tokens) else ""


def negates(text: str) -> bool:
    """True when the text holds a negation that is no affirmation in disguise (cues.NOT_NEGATION)."""
    return bool(cues.NEGATION.search(cues.NOT_NEGATION.sub("", text)))


def has_hedge(text: str) -> bool:
    return any(marker in text for marker in cues.HEDGE_MARKERS)


def is_hedged(text: str, frame: Frame | None, frame_text: str) -> tuple[int, str]:
    """(1|0, cue): hedges in the proposition or a weak frame (`と思います`); strong frames are not,
    nor a denying one (`〜とは思っておりません` rejects the proposition: its polarity, no hedge)."""
    if negates(frame_text):  # the frame verb's own weak hedge goes; an adverb in it (`必ずしも`) stays
        frame, frame_text = None, "".join(a for a in cues.HEDGE_ADVERBS if a in frame_text)
    for marker in cues.HEDGE_MARKERS:
        if marker in text or marker in frame_text:
            return 1, marker
    wondering = cues.HEDGE_KANA.search(text) or cues.HEDGE_KANA.search(frame_text)
    if wondering:
        return 1, wondering.group(0)
    if frame is not None and frame.verb.lemma_ in cues.HEDGING_FRAME_VERBS:
        return 1, f"と{frame.verb.lemma_}"
    if frame is not None and text.endswith(cues.SOFTENED_KA):
        return 1, f"{cues.SOFTENED_KA}と{frame.verb.lemma_}"  # `〜が必要かと考えております`
    return 0, ""


def _comparing_hou(tokens: Sequence[Token]) -> int | None:
    """Where in the span a `方が`/`ほうが` compares (`使う方が便利だ`, `車の方が速い`), or None. Not `方` as
    people (かた): a predicate that counts or places people follows (`選ぶ方がふえる`), or after a noun
    (`地域の方が不安を感じている`) nothing compares: no `より`, and a predicate that is no adjective
    or evaluative word."""
    for k, token in enumerate(tokens[1:-1], 1):
        before, after = tokens[k - 1], tokens[k + 1]
        if token.text not in ("方", "ほう") or after.text != "が" \
                or (before.text != "の" and before.pos_ not in ("VERB", "AUX", "ADJ", "DET")):
            continue
        rest = tokens[k + 2:]
        if rest and rest[0].lemma_ in cues.COUNTED_PEOPLE_PREDICATES:
            continue
        predicate = next((t for t in reversed(rest) if t.pos_ in ("VERB", "ADJ", "NOUN", "PROPN")), None)
        judged = any(t.text == "より" for t in tokens) or (
            predicate is not None and (predicate.pos_ == "ADJ" or predicate.lemma_ in cues.EVALUATIVE_LEMMAS))
        if before.pos_ in ("VERB", "AUX", "ADJ") or judged:  # after の or `その`, a judgement must follow
            return k
    return None


def preferred_side(tokens: Sequence[Token]) -> str:
    """The side a `〜方が` comparison prefers (`クローズドモデルを使う方が便利だ`: `クローズドモデルを使う`):
    the words before its `方`, back to a comma or a `より` (the standard)."""
    k = _comparing_hou(tokens)
    if k is None:
        return ""
    words = [t.text for t in tokens[:k - (tokens[k - 1].text == "の")]]
    side = re.split(r"[、,，]|よりも?", "".join(words))[-1]
    return side if len(side) > 1 else ""


def target_phrase(tokens: Sequence[Token]) -> str:
    """What a unit is about: the compact noun phrase (`これらの企業`, `性能ギャップ`) of its topic
    (は) or subject (が), or the side a `〜方が` comparison prefers; not the noun of a modal predicate
    (`必要がある`, `可能性がある`)."""
    preferred = preferred_side(tokens)
    if preferred:
        return preferred
    subject = subject_of([t for t in content_tokens(tokens) if t.lemma_ not in cues.NOT_TARGETS])
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


def analogy_source(text: str) -> tuple[str, str]:
    """(marker, source domain) of an analogy: the phrase before `のように` (for a clause,
    `人々がXを好むのと同じように`, what its verb governs: X) or the owner of the path (`Linuxの発展経路`)."""
    marker, index = find_analogy_marker(text)
    if not marker:
        return "", ""
    before = text[:index]
    if marker in cues.PATH_ANALOGY:  # `Linuxの発展経路を辿る`, `かつての携帯電話の普及の道を辿る`
        terms = [t for t in re.findall(r"[\u30a0-\u30ffA-Za-z0-9\u4e00-\u9fff・]{2,}", re.split(r"[、,，]", before)[-1])
                 if t not in cues.PATH_WORDS]
        return marker, terms[0] if terms else ""
    if marker.startswith("と") and before.endswith("の"):
        before = before[:-1]
    if marker.endswith(tuple(f"ように{comma}" for comma in cues.COMMAS)) or (before and before[-1] in cues.PREDICATE_ENDING_KANA):
        # a clause (`人々がXを好むのと同じように`, `AがBに代わったように`): what its verb governs,
        # else its subject
        clause = re.split(r"[、,，]", before)[-1]
        match = re.search(r"([^、,，。はがを]+?)を[^を]*$", clause) or re.search(r"([^、,，。はがを]+?)[がは]", clause)
        if match:
            return marker, match.group(1)
    match = re.search(r"([^、,，。はがをに]+)$", before)
    return marker, match.group(1) if match else before
