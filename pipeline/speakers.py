"""Who speaks, in which role: a label's speaker (its name from the label, the document's header or
the minutes' text) and the roles of a document's speakers (chair, asker, answerer), each with a
`cue` saying how it was decided."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline import names as nm
from pipeline.labels import Label

_QA_ASK = {"Q", "Ｑ", "問", "質問"}
_QA_ANSWER = {"A", "Ａ", "答", "回答"}
# `ナレーション：` in a broadcast transcript: the narrator reads what the programme says, nobody speaks.
NARRATION_WORDS = frozenset({"ナレーション", "ナレーター", "語り"})
# A letter answers only beside a `Q`: in `A：`/`B：` transcripts (podcasts, dialogues) it names a speaker.
_ANSWER_LETTERS = {"A", "Ａ"}
_INTERVIEW_HEADER = re.compile(r"インタビュー|対談|に聞く|にきく|に聞いた|お話を(?:伺|聞)")
HEADER_LINES = 5  # a document's header: the first lines of its narration


@dataclass(frozen=True)
class Speaker:
    """Who speaks a turn, the role words of the label, and how both were decided."""

    name: str
    kind: str  # chair, asker, answerer, member, narration or ``: what the label's words say
    cue: str


@dataclass(frozen=True)
class DocumentContext:
    """What naming a label may look at beyond the label: the header and the whole text."""

    header: str
    text: str
    questions: tuple[str, ...]  # texts of the asking turns (for the title they address)
    question_labels: bool = True  # some label asks (`Q:`, `問`): then `A:` answers it


def label_word(raw: str) -> str:
    """A label's word without spaces and a trailing number (`Q1` → `Q`)."""
    return re.sub(r"[0-9０-９]+$", "", nm.squeeze(raw))


def asks_by_label(raws: list[str]) -> bool:
    """True when one of a document's labels is a question word (`Q`, `問`, `質問`)."""
    return any(label_word(raw) in _QA_ASK for raw in raws)


def header_of(narration: str) -> str:
    """The first few non-empty lines of the narration before the first label."""
    lines = [line.strip() for line in narration.splitlines() if line.strip()]
    return "\n".join(lines[:HEADER_LINES])


def _asker_name(word: str, ctx: DocumentContext) -> str:
    """Who asks a `Q` or a `――`: the interviewer of an interview, else a press conference's
    reporter (`記者会見` in the header), else (for a dash) the interviewer."""
    if _INTERVIEW_HEADER.search(ctx.header):
        return "聞き手"
    if word in _QA_ASK or "会見" in ctx.header:
        return "記者"
    return "聞き手"


def answerer(word: str, ctx: DocumentContext, fallback: str = "回答者") -> Speaker:
    """Who answers when the label does not say (`A`, `答`, an unlabelled answer): the person the
    header names, else the title it names, else the title the questions address, else `回答者`."""
    person = nm.header_person(ctx.header, "answerer")
    if person:
        return Speaker(person, "answerer", f"{word} answers; name from the header")
    person = nm.interviewee_from_header(ctx.header)
    if person:
        return Speaker(person, "answerer", f"{word} answers; the interviewee the headline names")
    title = nm.header_title(ctx.header)
    if title and title in nm.header_cast(ctx.header):  # `市長：山本太郎`
        return Speaker(nm.header_cast(ctx.header)[title], "answerer", f"{word} answers; the header names the {title}")
    if title:
        return Speaker(title, "answerer", f"{word} answers; title from the header")
    title = nm.addressed_title(list(ctx.questions))
    if title:
        return Speaker(title, "answerer", f"{word} answers; the questions address the {title}")
    return Speaker(fallback, "answerer", f"{word} answers; nobody named")


def _qa_speaker(word: str, ctx: DocumentContext) -> Speaker:
    """`Q`/`問` ask (a reporter, or the interviewer of an interview); `A`/`答` answer."""
    if word in _QA_ASK:
        return Speaker(_asker_name(word, ctx), "asker", f"{word} asks")
    return answerer(word, ctx)


def _minutes_speaker(raw: str, ctx: DocumentContext) -> Speaker:
    """Assembly minutes (`○安倍内閣総理大臣　…`, `○議長（鈴木喜明）　…`, `○国務大臣（河野太郎君）`,
    `◆３番（山田太郎議員）`): the person, without the office, with the full name the minutes give."""
    paren = re.fullmatch(r"(.+?)[（(](.+?)[)）]", raw)
    if paren and not re.fullmatch(r"[\u4e00-\u9fff々]", paren.group(2)):
        outside, inside = paren.groups()
        kun = inside.strip(" 　").endswith("君")  # `病院事業管理者（川口　実君）`: the person in brackets
        inside = re.sub(r"(?:君|さん|氏)$", "", inside.strip(" 　"))
        seat = nm.SEAT.fullmatch(nm.squeeze(outside))
        if (nm.role_word_kind(outside) or seat or kun) and nm.role_word_kind(nm.squeeze(inside)) not in ("chair", "asker"):
            # `山田太郎議員` → 山田太郎; a given name in kana too (`森下あゆみ議員`), which split_titled does not take
            titled = nm.split_titled(inside) or next(((inside[:-len(t)].strip(" 　"), t) for t in nm.MEMBER_TITLES
                                                      if inside.endswith(t) and len(inside) > len(t) + 1), None)
            person = titled[0] if titled else inside
            kind = nm.role_word_kind(outside) or (nm.role_word_kind(titled[1]) if titled else "")
            return Speaker(person, kind, f"minutes: {outside} named in brackets")
        return Speaker(nm.squeeze(outside), nm.role_word_kind(inside), f"minutes: role {inside} in brackets")
    titled = nm.split_titled(raw)
    if titled:
        surname, title = titled
        full = nm.full_name(surname, ctx.text)
        cue = f"minutes: {title} {surname}" + (f", full name {full} from the text" if full else "")
        return Speaker(full or surname, nm.role_word_kind(title), cue)
    name = re.sub(r"(?:君|さん|氏)$", "", nm.squeeze(raw))
    if nm.squeeze(raw).endswith("君") and not nm.role_word_kind(name):
        return Speaker(name, "member", "minutes: a member named with 君")  # officials carry a title
    return Speaker(name or raw, nm.role_word_kind(raw), "minutes: name as written")


def _clean_name(raw: str) -> str:
    """A label's words as a name: outer spaces and honorifics go; `山田太郎（司会）` → `山田太郎`,
    `委員長（武部勤君）` → `武部勤`."""
    name = raw.strip(" 　")
    paren = re.fullmatch(r"(.+?)[（(](.+?)[)）]", name)
    if paren:
        outside, inside = paren.groups()
        name = inside if inside.endswith("君") or nm.role_word_kind(outside) or outside in nm.PART_WORDS else outside
    for suffix in ("君", "委員", "議員", *nm.KANA_HONORIFICS, "氏"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)].strip(" 　")
    return name.strip(" 　")


def label_speaker(label: Label, ctx: DocumentContext) -> Speaker:
    """The speaker a label names, its role words, and a cue saying how the name was found."""
    if label.style == "dash":
        return Speaker(_asker_name(label.raw, ctx), "asker", f"{label.raw} opens a question")
    if label.style == "mark" and (label.inline or nm.squeeze(label.raw).endswith("君")):
        return _minutes_speaker(label.raw, ctx)
    word = label_word(label.raw)
    if word in NARRATION_WORDS:
        return Speaker("", "narration", f"{word}: the programme's narration")
    if word in _ANSWER_LETTERS and not ctx.question_labels:
        return Speaker(word, "", f"{word} names a speaker: no label asks")  # `A：`/`B：` peers
    if word in _QA_ASK | _QA_ANSWER:
        return _qa_speaker(word, ctx)
    kind = nm.label_kind(label.raw)
    cast = nm.header_cast(ctx.header)
    if word in cast:  # `【MC】` under `出演：MC 田中ゆう`
        return Speaker(cast[word], kind, f"{word}: name from the header's cast")
    if kind == "asker":
        return Speaker(nm.reporter_name(label.raw), kind, "reporter")
    if kind and nm.split_titled(word) is None and word.endswith(nm.ANSWERER_TITLES + nm.CHAIR_TITLES):
        person = nm.header_person(ctx.header, kind, word)  # a title alone: `(知事)`, `市長:`
        if person:
            return Speaker(person, kind, f"{word}: name from the header")
        return Speaker(word, kind, f"{word}: no name in the header")
    name = _clean_name(label.raw)
    part = next((part for part, person in cast.items() if person == name or nm.is_part_of_name(name, person)), "")
    if not kind and part:  # `大西　…` under `司会：本紙編集委員　大西`
        return Speaker(name, nm.role_word_kind(part), f"name as written; the header casts {name} as {part}")
    return Speaker(name, kind, "name as written")


def _asks(text: str) -> bool:
    """True when a turn ends in a question or a request to answer (`見解を伺います`), before any
    stage direction the minutes add (`〔拍手〕`, `（拍手）`)."""
    return bool(_QUESTION_END.search(_STAGE_TAIL.sub("", text.strip())))


_STAGE_TAIL = re.compile(r"(?:\s*[（(〔［\[][^（）()〔〕［］\[\]\n]{1,30}[)）〕］\]])+\s*$")


# Asking in assembly form: `伺います`, `お伺いいたします`, `お尋ねいたします`, `お聞きしたいと思います`,
# `御答弁をお願いいたします`.
_QUESTION_END = re.compile(r"(?:[?？]|(?:ますか|ですか|でしょうか|ませんか|のか|か|伺います|伺いたいと思います"
                           r"|お?(?:伺い|尋ね|聞き)(?:いた|致)?し(?:ます|たいと思います|たいと存じます)"
                           r"|答弁を(?:求めます|お願い(?:いた|致)?します|お願い申し上げます)|ください|質問します|"
                           r"質問いたします)[。]?)\s*$")
_ROLE_OF_KIND = {"chair": "speaker", "asker": "interviewer", "answerer": "interviewee", "interpreter": "speaker"}


def assign_roles(turns: list[tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
    """Map speaker → (role, cue) from (speaker, kind, turn text) triples.

    The label's words decide first: a chair and an interpreter speak for no side, reporters and
    `Q` ask, officials and `A` answer, a member asks when officials answer. The rest are judged by how often they
    ask: with a known answerer, those who mostly ask are interviewers, the others interviewees;
    with a known asker, they answer; with neither, the one who clearly asks most is the
    interviewer and the others interviewees, or everyone is a plain speaker.
    """
    kinds: dict[str, str] = {}
    asked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for speaker, kind, text in turns:
        kinds[speaker] = kinds.get(speaker) or kind
        total[speaker] += 1
        asked[speaker] += _asks(text)
    roles = {s: (_ROLE_OF_KIND[k], f"{k} by the label") for s, k in kinds.items() if k in _ROLE_OF_KIND}
    known = {role for role, _ in roles.values()}
    for speaker in (s for s, k in kinds.items() if k == "member"):
        roles[speaker] = ("interviewer", "member asking officials") if "interviewee" in known else ("speaker", "member")
    rest = [s for s in total if s not in roles]
    ratio = {s: asked[s] / total[s] for s in rest}
    chairs = [s for s, k in kinds.items() if k == "chair"]
    if len(chairs) == 1 and len(rest) == 1 and known == {"speaker"} and asked[chairs[0]] >= 2 \
            and asked[chairs[0]] * 2 >= total[chairs[0]]:
        # `司会者：` and one guest: the host who asks is the interviewer of a two-person interview
        return {chairs[0]: ("interviewer", f"the host asks in {asked[chairs[0]]}/{total[chairs[0]]} turns"),
                rest[0]: ("interviewee", "the host's guest"),
                **{s: r for s, r in roles.items() if s != chairs[0]}}
    if "interviewee" in known:
        roles.update({s: ("interviewer" if ratio[s] >= 0.5 else "interviewee", f"asks in {asked[s]}/{total[s]} turns")
                      for s in rest})
    elif "interviewer" in known:
        roles.update({s: ("interviewee", "answers the asker") for s in rest})
    elif len(rest) >= 2:
        asker = max(rest, key=lambda s: (ratio[s], total[s]))
        others = max(ratio[s] for s in rest if s != asker)
        if ratio[asker] >= 0.5 and ratio[asker] > others + 0.25:
            roles.update({s: ("interviewee", "answers the one who asks") for s in rest})
            roles[asker] = ("interviewer", f"asks in {asked[asker]}/{total[asker]} turns")
    for speaker in rest:
        roles.setdefault(speaker, ("speaker", "no one asks and answers"))
    return roles
