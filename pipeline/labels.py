"""Speaker labels as transcripts write them, and who speaks in which role.

A label starts a line (or a paragraph): `(知事)`, `（問）`, `【河野外務大臣】`, `Q1`, `A:`, `○佐賀新聞`,
`○安倍内閣総理大臣　…`, `幹事記者:`, `- 大臣:`, an interviewer's `――`, `小渕大臣 ` (a titled name and
a space), `山田　` (a name and a full-width space), `田中大臣「…」`; a timestamp may come first
(`[00:01:23] 佐藤:`). Each style is one small matcher; `find_labels` keeps the first that fits a line.
Names and roles are then decided for the whole document (`name_turns`), with a `cue` saying how.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from pipeline import names as nm

# --- finding labels ---------------------------------------------------------------------------

MAX_LABEL_CHARS = 25
_SPACE = "[ \\t　]"
_NAME = rf"[{nm.NAME_CHARS}]"
_TIMESTAMP = re.compile(rf"(?P<stamp>[\[［(（]?(?P<time>[0-9]{{1,2}}:[0-9]{{2}}(?P<seconds>:[0-9]{{2}})?(?:\.[0-9]+)?)"
                        rf"[\]］)）]?)(?:{_SPACE}+|$)")
_PAREN = re.compile(r"[(（](?P<raw>[^()（）\n]{1,30})[)）]")
_BRACKET = re.compile(r"[【［\[〔](?P<raw>[^【】［］\[\]〔〕\n]{1,30})[】］\]〕]")
_QA = re.compile(r"(?P<raw>[QAＱＡ問答](?P<num>[0-9０-９]{1,3})?)(?P<sep>[ \t　]*[:：.．)）])?")
_MARK = re.compile(r"(?P<mark>[○〇◯◆◇◎])(?P<raw>(?:[^\s（()）]|[（(][^（()）\n]{1,15}[)）]){1,40})")
_COLON = re.compile(rf"(?:[-‐・*＊•]{_SPACE}*)?(?P<raw>(?:聞き手|話し手|語り手)|{_NAME}(?:{_NAME}| ){{0,{MAX_LABEL_CHARS - 1}}}?"
                    rf"(?:[（(][^（()）\n、。]{{1,20}}[)）])?){_SPACE}*[:：]")
_DASH = re.compile(r"(?P<raw>[―─—━]{1,3}|[－ー]{2,3})(?=[ \t　]*[^\s―─—━－ー])")
_SPACED = re.compile(rf"(?P<raw>{_NAME}{{1,12}}?)(?P<gap>　+| +)(?=[^ 　])")
_QUOTED = re.compile(rf"(?P<raw>{_NAME}{{1,12}})(?=「)")

# Words that head a field or a section, never a speaker (`日時:`, `【概要】`, `○出席委員`).
FIELD_WORDS = ("日時", "日付", "場所", "会場", "時間", "期間", "件名", "議題", "題名", "テーマ", "主催", "共催",
               "後援", "対象", "内容", "概要", "要旨", "備考", "出典", "参考", "注", "URL", "住所", "電話", "TEL",
               "FAX", "メール", "問い合わせ", "問合せ", "資料", "添付", "タイトル", "見出し", "目次", "日程", "議事",
               "案件", "出席者", "出席委員", "欠席者", "質疑応答", "冒頭発言", "発表事項", "発言要旨", "関連リンク",
               "項目", "写真", "図", "表", "動画", "音声", "結論", "目的", "背景", "方法", "結果", "課題", "要点",
               "ポイント", "理由", "問題", "例", "注意", "補足", "追記", "更新", "記事", "提供", "取材", "構成",
               "撮影", "編集", "翻訳", "原文", "出所", "ソース", "引用", "訳注", "キーワード", "まとめ")

# Role words written with kana, which names otherwise never are.
KANA_ROLE_WORDS = ("聞き手", "話し手", "語り手", "ききて", "きき手")


@dataclass(frozen=True)
class Label:
    """A speaker label found at a line start."""

    start: int  # where the label begins, its timestamp included
    end: int  # end of the label with its marker (colon, brackets, dash)
    body_start: int  # where the turn's text begins (after spaces and line breaks)
    raw: str  # the label's words as written (`釜本:時事通信社記者`, `知事`, `Q1`, `─`)
    style: str  # paren, bracket, qa, mark, colon, dash, spaced, quoted
    inline: bool  # the turn's text starts on the label's line
    timestamp: str = ""
    seconds: bool = False  # the time stamp gives seconds (`00:01:23`), as transcripts do


def _has_hiragana(text: str) -> bool:
    return bool(re.search(r"[\u3041-\u309f]", text))


def looks_like_name(raw: str) -> bool:
    """Short, name-like words: no hiragana, not a number or a time, not a URL scheme, not a field
    name (`日時`, `概要`)."""
    core = nm.squeeze(re.sub(r"[（(].*?[)）]", "", raw))
    if core in KANA_ROLE_WORDS:
        return True
    if not core or len(core) > MAX_LABEL_CHARS or _has_hiragana(re.sub(r"(?:君|さん|くん)$", "", core)):
        return False
    if re.fullmatch(r"[0-9０-９.．:：\-]+", core) or re.search(r"[0-9０-９]+[時分秒年月日号回部章条項位点]", core):
        return False
    if re.fullmatch(r"(?i)https?|ftp|mailto|note|注|出典|参考|url|www", core):
        return False
    return not re.sub(r"[0-9０-９]+$", "", core).endswith(FIELD_WORDS)


def _says_who(raw: str) -> bool:
    """True when a bracketed label's words name a role or a titled person (`知事`, `大 臣`, `問`,
    `山田:NHK記者`, `河野外務大臣`), as opposed to a topic heading in brackets."""
    return looks_like_name(raw.replace(":", "").replace("：", "")) and (
        bool(nm.role_word_kind(raw)) or nm.ends_with_title(raw) or "記者" in raw)


def _match_paren(line: str) -> tuple[re.Match[str], str] | None:
    match = _PAREN.match(line)
    return (match, "paren") if match and _says_who(match.group("raw")) else None


def _match_bracket(line: str) -> tuple[re.Match[str], str] | None:
    match = _BRACKET.match(line)
    if not match or not looks_like_name(match.group("raw").replace(":", "")):
        return None
    # A bare name in brackets is a label only with its text on the same line (`【山田】今日は…`).
    inline = bool(line[match.end():].strip())
    return (match, "bracket") if _says_who(match.group("raw")) or inline else None


def _match_qa(line: str) -> tuple[re.Match[str], str] | None:
    match = _QA.match(line)
    if not match:
        return None
    rest = line[match.end():]
    if match.group("raw")[0] in "問答" and not (match.group("sep") or match.group("num")):
        return None  # `問題は…`, `答えは…`
    if not match.group("sep") and rest.strip() and not (match.group("num") and rest[:1] in " 　\t"):
        return None  # `Apple`, `A社`, `Q3の決算`
    return match, "qa"


def _match_mark(line: str) -> tuple[re.Match[str], str] | None:
    match = _MARK.match(line)
    if not match or not looks_like_name(match.group("raw")):
        return None
    if match.group("mark") in "◆◇◎" and not (nm.label_kind(match.group("raw")) or "（" in match.group("raw")
                                                or "(" in match.group("raw")):
        return None  # other minutes' marks (`◆議員（山田太郎）`), with a role or a bracketed name
    rest = line[match.end():]
    return (match, "mark") if not rest or rest[0] in " 　\t" else None


def _match_colon(line: str) -> tuple[re.Match[str], str] | None:
    match = _COLON.match(line)
    return (match, "colon") if match and looks_like_name(match.group("raw")) else None


def _match_dash(line: str) -> tuple[re.Match[str], str] | None:
    match = _DASH.match(line)
    if not match or not _has_hiragana(line[match.end():]):
        return None  # `― 第2部 ―`: a heading between dashes, not a question
    return match, "dash"


def _match_spaced(line: str) -> tuple[re.Match[str], str] | None:
    match = _SPACED.match(line)
    if not match or not looks_like_name(match.group("raw")):
        return None
    if " " in match.group("gap") and not nm.ends_with_title(match.group("raw")):
        return None  # a half-width space after a bare word is ordinary text (`OBUCHI YUKO`)
    if not _has_hiragana(line[match.end():]):
        return None  # `山口知事 定例記者会見`: a heading, not a name before its words
    return match, "spaced"


def _match_quoted(line: str) -> tuple[re.Match[str], str] | None:
    match = _QUOTED.match(line)
    if not match or not line.rstrip().endswith("」") or not looks_like_name(match.group("raw")):
        return None
    return match, "quoted"


# In order: a line is taken by the first style that fits it.
_MATCHERS: tuple[Callable[[str], tuple[re.Match[str], str] | None], ...] = (
    _match_paren, _match_bracket, _match_qa, _match_mark, _match_colon, _match_dash, _match_quoted, _match_spaced)
# Styles a bare name can be mistaken in (`山田　`, `山田「…」`, `○概要`): accepted only when the name
# has a title or role word, or comes back as a label of the same style.
_NEEDS_SUPPORT = {"spaced", "quoted"}


def _line_label(text: str, line_start: int, line_end: int) -> Label | None:
    """The label at the start of one line, if any. A time stamp with no label after it is a
    label of its own (`timestamp`): the speaker goes on, the stamp stays out of the text."""
    line = text[line_start:line_end]
    indent = len(line) - len(line.lstrip(" \t　"))
    stamp = _TIMESTAMP.match(line, indent)
    position = stamp.end() if stamp else indent
    found = _match_style(line[position:], indented=bool(indent))
    if found is None and stamp is None:
        return None
    if found is None:
        style, raw, end = "timestamp", "", line_start + stamp.end("stamp")
    else:
        match, style = found
        raw, end = match.group("raw"), line_start + position + (match.end("raw") if style == "spaced" else match.end())
    body_start = end
    while body_start < len(text) and text[body_start] in " \t　\n":
        body_start += 1
    if body_start >= len(text):
        return None
    return Label(start=line_start + (stamp.start() if stamp else indent), end=end, body_start=body_start, raw=raw,
                 style=style, inline=body_start < line_end, timestamp=stamp.group("time") if stamp else "",
                 seconds=bool(stamp and stamp.group("seconds")))


def _match_style(rest: str, *, indented: bool) -> tuple[re.Match[str], str] | None:
    """The first label style that fits the start of a line's rest."""
    for matcher in _MATCHERS:
        if matcher in (_match_spaced, _match_quoted) and indented:
            continue  # an indented line is a paragraph of text, not a name before a space
        found = matcher(rest)
        if found is not None:
            return found
    return None


def _supported(label: Label, counts: Counter[tuple[str, str]]) -> bool:
    """Whether a label in a style that a bare word can fake is backed: a title or role word, or
    (for a bare name) a dialogue in that style: three labels or more, one name coming back."""
    raw = nm.squeeze(label.raw)
    if label.style == "mark" and not label.inline:
        return bool(nm.label_kind(raw)) or nm.ends_with_title(raw) or counts[(label.style, raw)] >= 2
    if label.style not in _NEEDS_SUPPORT or nm.ends_with_title(raw):
        return True
    same_style = [n for (style, _), n in counts.items() if style == label.style]
    return sum(same_style) >= 3 and max(same_style) >= 2


def find_labels(text: str) -> list[Label]:
    """Speaker labels at line starts, in text order."""
    candidates = []
    for line in re.finditer(r"[^\n]*", text):
        if line.start() > 0 and text[line.start() - 1] != "\n":
            continue  # the empty match after a line's end
        label = _line_label(text, line.start(), line.end())
        if label is not None:
            candidates.append(label)
    counts = Counter((label.style, nm.squeeze(label.raw)) for label in candidates)
    labels = [label for label in candidates if _supported(label, counts)]
    # A bare time (`10:00 開会`) is a transcript's stamp only with seconds or where stamps lead labels.
    stamped = any(label.timestamp and label.style != "timestamp" for label in labels)
    return [label for label in labels if label.style != "timestamp" or label.seconds or stamped]


# --- who speaks, in which role ------------------------------------------------------------------

_QA_ASK = {"Q", "Ｑ", "問", "質問"}
_QA_ANSWER = {"A", "Ａ", "答", "回答"}
_INTERVIEW_HEADER = re.compile(r"インタビュー|対談|に聞く|にきく|に聞いた|お話を(?:伺|聞)")
HEADER_LINES = 5  # a document's header: the first lines of its narration


@dataclass(frozen=True)
class Speaker:
    """Who speaks a turn, the role words of the label, and how both were decided."""

    name: str
    kind: str  # chair, asker, answerer, member or ``: what the label's words say
    cue: str


@dataclass(frozen=True)
class DocumentContext:
    """What naming a label may look at beyond the label: the header and the whole text."""

    header: str
    text: str
    questions: tuple[str, ...]  # texts of the asking turns (for the title they address)


def header_of(narration: str) -> str:
    """The first few non-empty lines of the narration before the first label."""
    lines = [line.strip() for line in narration.splitlines() if line.strip()]
    return "\n".join(lines[:HEADER_LINES])


def _qa_speaker(word: str, ctx: DocumentContext) -> Speaker:
    """`Q`/`問` ask (a reporter, or the interviewer of an interview); `A`/`答` answer: the person
    the header names, else the title the questions address, else `回答者`."""
    if word in _QA_ASK:
        interview = bool(_INTERVIEW_HEADER.search(ctx.header))
        return Speaker("聞き手" if interview else "記者", "asker", f"{word} asks")
    person = nm.header_person(ctx.header, "answerer")
    if person:
        return Speaker(person, "answerer", f"{word} answers; name from the header")
    title = nm.addressed_title(list(ctx.questions))
    if title:
        return Speaker(title, "answerer", f"{word} answers; the questions address the {title}")
    return Speaker("回答者", "answerer", f"{word} answers")


def _minutes_speaker(raw: str, ctx: DocumentContext) -> Speaker:
    """Assembly minutes (`○安倍内閣総理大臣　…`, `○議長（鈴木喜明）　…`, `○国務大臣（河野太郎君）`,
    `◆３番（山田太郎議員）`): the person, without the office, with the full name the minutes give."""
    paren = re.fullmatch(r"(.+?)[（(](.+?)[)）]", raw)
    if paren and not re.fullmatch(r"[\u4e00-\u9fff々]", paren.group(2)):
        outside, inside = paren.groups()
        inside = re.sub(r"(?:君|さん|氏)$", "", inside.strip(" 　"))
        seat = re.fullmatch(r"[0-9０-９]+番", nm.squeeze(outside))
        if (nm.role_word_kind(outside) or seat) and nm.role_word_kind(nm.squeeze(inside)) not in ("chair", "asker"):
            titled = nm.split_titled(inside)
            person = titled[0] if titled else inside  # `山田太郎議員` → 山田太郎
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
    return Speaker(name or raw, nm.role_word_kind(raw), "minutes: name as written")


def _clean_name(raw: str) -> str:
    """A label's words as a name: outer spaces and honorifics go; `山田太郎（司会）` → `山田太郎`,
    `委員長（武部勤君）` → `武部勤`."""
    name = raw.strip(" 　")
    paren = re.fullmatch(r"(.+?)[（(](.+?)[)）]", name)
    if paren:
        outside, inside = paren.groups()
        name = inside if inside.endswith("君") or nm.role_word_kind(outside) else outside
    for suffix in ("君", "委員", "さん", "氏"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)].strip(" 　")
    return name.strip(" 　")


def label_speaker(label: Label, ctx: DocumentContext) -> Speaker:
    """The speaker a label names, its role words, and a cue saying how the name was found."""
    if label.style == "dash":
        return Speaker("聞き手", "asker", f"{label.raw} opens a question")
    if label.style == "mark" and label.inline:
        return _minutes_speaker(label.raw, ctx)
    word = re.sub(r"[0-9０-９]+$", "", nm.squeeze(label.raw))
    if word in _QA_ASK | _QA_ANSWER:
        return _qa_speaker(word, ctx)
    kind = nm.label_kind(label.raw)
    if kind == "asker":
        return Speaker(nm.reporter_name(label.raw), kind, "reporter")
    if kind and nm.split_titled(word) is None and word.endswith(nm.ANSWERER_TITLES + nm.CHAIR_TITLES):
        person = nm.header_person(ctx.header, kind, word)  # a title alone: `(知事)`, `市長:`
        if person:
            return Speaker(person, kind, f"{word}: name from the header")
        return Speaker(word, kind, f"{word}: no name in the header")
    return Speaker(_clean_name(label.raw), kind, "name as written")


def _asks(text: str) -> bool:
    """True when a turn ends in a question or a request to answer (`見解を伺います`)."""
    return bool(_QUESTION_END.search(text.strip()))


_QUESTION_END = re.compile(r"(?:[?？]|(?:ますか|ですか|でしょうか|ませんか|のか|か|伺います|お伺いします|"
                           r"お聞きします|お尋ねします|答弁を求めます|伺いたいと思います|ください|質問します|"
                           r"質問いたします)[。]?)\s*$")
_ROLE_OF_KIND = {"chair": "speaker", "asker": "interviewer", "answerer": "interviewee"}


def assign_roles(turns: list[tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
    """Map speaker → (role, cue) from (speaker, kind, turn text) triples.

    The label's words decide first: a chair speaks for no side, reporters and `Q` ask, officials
    and `A` answer, a member asks when officials answer. The rest are judged by how often they
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
