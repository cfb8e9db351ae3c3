"""Speaker labels as transcripts write them (who speaks, in which role: pipeline.speakers).

A label starts a line (or a paragraph): `(知事)`, `（問）`, `（山田）` (a bare name that comes back),
`【河野外務大臣】`, `【岸田総理冒頭発言】`, `Q1`, `A:`, `○佐賀新聞`, `○安倍内閣総理大臣　…`, `○鈴木一郎君`,
`幹事記者:`, `東西新聞　山田記者：`, `- 大臣:`, `**鈴木**`, an interviewer's `――`, `小渕大臣 ` (a titled name
and a space), `山田　` (a name and a full-width space, `記者（山陰新聞）　` with an affiliation), `田中大臣「…」`,
`知事` alone on its line in a dialogue of such lines; a timestamp may come first (`[00:01:23] 佐藤:`,
`01:05 佐藤 …`) or after a name alone on its line (`佐藤 太郎   0:00:05`). Stage directions (`〔拍手〕`)
and one-off bracketed headings (`【特集】`) are no labels. Each style is one small matcher;
`find_labels` keeps the first that fits a line.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from pipeline import names as nm
from pipeline.sentences import paragraph_breaks

# --- finding labels ---------------------------------------------------------------------------

MAX_LABEL_CHARS = 25
_SPACE = "[ \\t　]"
_NAME = rf"[{nm.NAME_CHARS}]"
# A name's affiliation or role in brackets after it (`記者（北陸日報）`, `山本太郎（司会）`), if any.
_AFFILIATION = r"(?:[（(][^（()）\n、。]{1,20}[)）])?"
_TIMESTAMP = re.compile(rf"(?P<stamp>[\[［(（]?(?P<time>[0-9]{{1,2}}:[0-9]{{2}}(?P<seconds>:[0-9]{{2}})?(?:\.[0-9]+)?)"
                        rf"[\]］)）]?)(?:{_SPACE}+|$)")
_PAREN = re.compile(r"[(（](?P<raw>[^()（）\n]{1,30})[)）]")
_BRACKET = re.compile(r"[【［\[〔](?P<raw>[^【】［］\[\]〔〕\n]{1,30})[】］\]〕]")
_QA = re.compile(r"(?P<raw>[QAＱＡ問答](?P<num>[0-9０-９]{1,3})?)(?P<sep>[ \t　]*[:：.．)）])?")
# `大臣）` / `記者）`: a role or a titled name closed by a bracket, with no opening one (ministries'
# minutes write their turns so).
_CLOSED = re.compile(rf"(?P<raw>{_NAME}{{1,12}})[)）]")
_MARK = re.compile(r"(?P<mark>[○〇◯◆◇◎])(?P<raw>(?:[^\s（()）]|[（(][^（()）\n]{1,15}[)）]){1,40})")
# A name may keep its kana honorific before a colon (`山田さん：`).
_COLON = re.compile(rf"(?:[-‐・*＊•]{_SPACE}*)?(?P<raw>(?:聞き手|話し手|語り手)|{_NAME}(?:{_NAME}|[ 　]){{0,{MAX_LABEL_CHARS - 1}}}?"
                    rf"(?:{nm.KANA_HONORIFIC})?{_AFFILIATION}){_SPACE}*[:：]")
_DASH = re.compile(r"(?:\*\*|__)?(?P<raw>[―─—━]{1,3}|[－ー]{2,3})(?=[ \t　]*[^\s―─—━－ー])")
_SPACED = re.compile(rf"(?P<raw>{_NAME}{{1,12}}?{_AFFILIATION})(?P<gap>　+| +)(?=[^ 　])")
_QUOTED = re.compile(rf"(?P<raw>{_NAME}{{1,12}})(?=「)")
# `【岸田総理冒頭発言】`: a conference's opening statement, headed by who gives it.
_OPENING = re.compile(r"[【［\[〔](?P<raw>[^【】［］\[\]〔〕\n]{1,24}?)(?:冒頭発言|冒頭所感|冒頭挨拶|冒頭|発言|挨拶|所感|談話)"
                      r"[】］\]〕]")
# `**鈴木**` or `**Q.**` in Markdown: a name in bold before its text.
_BOLD = re.compile(rf"(?P<open>\*\*|__)(?P<raw>{_NAME}+?{_AFFILIATION})[.．:：]?(?P=open)[:：]?")
# `佐藤 太郎   0:00:05` alone on its line, the text on the next (meeting apps' transcripts).
_NAMED_STAMP = re.compile(rf"(?P<raw>{_NAME}(?:{_NAME}|[ 　]){{0,{MAX_LABEL_CHARS - 1}}}?){_SPACE}+"
                          rf"[\[［(（]?(?P<time>[0-9]{{1,2}}:[0-9]{{2}}(?P<seconds>:[0-9]{{2}})?)[\]］)）]?{_SPACE}*$")
# A role or a titled name alone on its line, the text on the next (`知事` / `記者`).
_BARE = re.compile(rf"(?P<raw>{_NAME}{{1,12}}{_AFFILIATION}){_SPACE}*$")

# Words that head a field or a section, never a speaker (`日時:`, `【概要】`, `○出席委員`).
FIELD_WORDS = ("日時", "日付", "場所", "会場", "時間", "期間", "件名", "議題", "題名", "テーマ", "主催", "共催",
               "後援", "対象", "内容", "概要", "要旨", "備考", "出典", "参考", "注", "URL", "住所", "電話", "TEL",
               "FAX", "メール", "問い合わせ", "問合せ", "資料", "添付", "タイトル", "見出し", "目次", "日程", "議事",
               "案件", "出席者", "出席委員", "欠席者", "質疑応答", "冒頭発言", "発表事項", "発言要旨", "関連リンク",
               "項目", "写真", "図", "表", "動画", "音声", "結論", "目的", "背景", "方法", "結果", "課題", "要点",
               "ポイント", "理由", "問題", "例", "注意", "補足", "追記", "更新", "記事", "提供", "取材", "構成",
               "撮影", "編集", "翻訳", "原文", "出所", "ソース", "引用", "訳注", "キーワード", "まとめ",
               "特集", "特報", "速報", "独自", "解説", "社説", "論説", "コラム", "インタビュー", "対談", "座談会",
               "会見", "記者会見", "談話", "声明", "発表", "お知らせ", "告知", "号外", "前編", "後編", "中編",
               "於", "開催日", "開催場所",  # `於：本館10階記者会見室`: where it was held
               "会見者", "出演", "放送日", "配信日", "収録日", "公開日",
               "出席議員", "欠席議員", "欠席委員", "出席説明員",
               "申込", "申込み", "定員", "参加費", "料金", "締切", "持ち物")  # a notice's fields  # `○出席議員（２４名）`: the minutes' roll
# A byline's words, alone or joined (`取材・文：`, `文／写真：`): who wrote the piece, never a speaker.
CREDIT_WORDS = ("文", "取材", "構成", "写真", "撮影", "編集", "翻訳", "訳", "イラスト", "図版", "デザイン", "協力",
                "監修", "執筆", "インタビュー", "聞き手")

# Stage directions in brackets (`〔拍手〕`, `（笑）`), never a speaker.
STAGE_WORDS = ("拍手", "笑", "笑い", "一同", "登壇", "降壇", "退席", "退場", "入場", "着席", "起立", "休憩", "再開",
               "速記中止", "中断", "聴取不能", "不明", "沈黙", "場内騒然", "中略", "前略", "後略", "略", "VTR", "映像")
STAGE_ENDS = ("登壇", "降壇", "退席", "着席", "入場", "退場")

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
    if not core or len(core) > MAX_LABEL_CHARS or _has_hiragana(re.sub(rf"(?:君|{nm.KANA_HONORIFIC})$", "", core)):
        return False
    if re.fullmatch(r"[0-9０-９.．:：\-]+", core) or re.search(r"[0-9０-９]+[時分秒年月日号回部章条項位点]", core):
        return False
    if re.fullmatch(r"(?i)https?|ftp|mailto|note|注|出典|参考|url|www", core):
        return False
    if core in STAGE_WORDS or core.endswith(STAGE_ENDS):
        return False
    if all(part in CREDIT_WORDS for part in re.split(r"[・／/＆&、]", core)):
        return False
    return not re.sub(r"[0-9０-９]+$", "", core).endswith(FIELD_WORDS)


# A list's markers and a company's kind in brackets (`(a)`, `(iv)`, `（三）`, `（ア）`, `（株）`), and
# news agencies' datelines (`（共同）`): never a speaker's name.
_ENUMERATOR = re.compile(r"(?i)[a-zａ-ｚ]|[ivxⅰ-ⅻⅠ-Ⅻ]+|[\u3041-\u30ff]|[一二三四五六七八九十〇百]+|[株有社財医宗学福合名資]")
DATELINE_WORDS = ("共同", "時事", "ロイター", "ブルームバーグ", "AP", "AFP", "新華社", "聯合", "CNN", "BBC")


def _enumerator(raw: str) -> bool:
    core = nm.squeeze(raw)
    return bool(_ENUMERATOR.fullmatch(core)) or core in DATELINE_WORDS


def _says_who(raw: str) -> bool:
    """True when a bracketed label's words name a role or a titled person (`知事`, `大 臣`, `問`,
    `山田:NHK記者`, `河野外務大臣`, `幹事社（東西新聞）`, `副知事（山田）`), as opposed to a topic
    heading in brackets."""
    outside = re.sub(r"[（(].*?[)）]", "", raw)  # `幹事社（東西新聞）`: the role is outside the brackets
    return looks_like_name(raw.replace(":", "").replace("：", "")) and (
        bool(nm.role_word_kind(raw) or nm.role_word_kind(outside)) or nm.ends_with_title(raw)
        or nm.ends_with_title(outside) or "記者" in raw)


def _match_paren(line: str) -> tuple[re.Match[str], str] | None:
    match = _PAREN.match(line)
    if not match or not looks_like_name(match.group("raw").replace(":", "").replace("：", "")):
        return None
    if _enumerator(match.group("raw")) and not nm.role_word_kind(match.group("raw")):
        return None  # `(a)`, `（一）`, `（ア）`, `（株）`: a list marker or an abbreviation; `(A)` answers
    # A bare name in brackets (`（山田）今日は…`) is a label only with its text on the same line.
    return (match, "paren") if _says_who(match.group("raw")) or line[match.end():].strip() else None


def _match_bracket(line: str) -> tuple[re.Match[str], str] | None:
    match = _BRACKET.match(line)
    if not match or not looks_like_name(match.group("raw").replace(":", "")):
        return None
    # A bare name in brackets is a label only with its text on the same line (`【山田】今日は…`).
    inline = bool(line[match.end():].strip())
    return (match, "bracket") if _says_who(match.group("raw")) or inline else None


def _match_opening(line: str) -> tuple[re.Match[str], str] | None:
    """`【岸田総理冒頭発言】`: the speaker is who the heading names, not the heading."""
    match = _OPENING.match(line)
    return (match, "bracket") if match and _says_who(match.group("raw")) else None


def _match_bold(line: str) -> tuple[re.Match[str], str] | None:
    """`**鈴木** …`: Markdown interviews set the speaker in bold before the text."""
    match = _BOLD.match(line)
    if not match or not looks_like_name(match.group("raw")) or not line[match.end():].strip():
        return None  # `**概要**` alone: a heading
    return match, "bold"


def _match_named_stamp(line: str) -> tuple[re.Match[str], str] | None:
    """`佐藤 太郎   0:00:05`: meeting apps write the name and the time on a line of their own."""
    match = _NAMED_STAMP.match(line)
    return (match, "named_stamp") if match and looks_like_name(match.group("raw")) else None


def _match_bare(line: str) -> tuple[re.Match[str], str] | None:
    """`知事` alone on its line, the text below: only a role or a titled name, since any short
    line (a heading) looks the same."""
    match = _BARE.match(line)
    if not match or not looks_like_name(match.group("raw")):
        return None
    raw = match.group("raw")
    return (match, "bare") if nm.label_kind(raw) or nm.split_titled(raw) else None


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


def _match_closed(line: str) -> tuple[re.Match[str], str] | None:
    """`大臣）`, `記者）`: only a role or a titled name, since `注）`, `例）` and `イ）` start notes and lists."""
    match = _CLOSED.match(line)
    if not match or not looks_like_name(match.group("raw")):
        return None
    raw = match.group("raw")
    if line[match.end():].lstrip(" 　").startswith(_WRAPPED_BRACKET_PARTICLES):
        return None  # `大臣）について伺います`: the end of a bracket wrapped from the line before
    return (match, "paren") if nm.label_kind(raw) or nm.split_titled(raw) else None


# (`では、`, `もう一点`, `はい、` open a turn: で, も and は are left out)
_WRAPPED_BRACKET_PARTICLES = ("の", "に", "が", "を", "と", "へ", "から", "より")


# `○伊藤たかえ君`: minutes name a member as written, kana included.
_KANA_MEMBER = re.compile(rf"[{nm.KANJI}]{{1,4}}[\u3041-\u309f]{{1,4}}君|[\u3041-\u309f]{{2,4}}[{nm.KANJI}]{{1,3}}君")


def _match_mark(line: str) -> tuple[re.Match[str], str] | None:
    match = _MARK.match(line)
    if not match or not (looks_like_name(match.group("raw")) or _KANA_MEMBER.fullmatch(match.group("raw"))):
        return None
    if match.group("mark") in "◆◇◎" and not (nm.label_kind(match.group("raw")) or "（" in match.group("raw")
                                                or "(" in match.group("raw")):
        return None  # other minutes' marks (`◆議員（山田太郎）`), with a role or a bracketed name
    rest = line[match.end():]
    return (match, "mark") if not rest or rest[0] in " 　\t" else None


def _match_colon(line: str) -> tuple[re.Match[str], str] | None:
    match = _COLON.match(line)
    if not match or not looks_like_name(match.group("raw")):
        return None
    if re.match(r"[0-9０-９]", match.group("raw")[-1:]) and re.match(r"[0-9０-９]{2}(?![0-9０-９万億千百人円件歳%％])", line[match.end():]):
        return None  # the colon of a clock time (`0:00:05`, `開始時刻 10:00 から`), not of `回答１：10万人`
    before_space = re.sub(r"[（(].*?[)）]", "", match.group("raw")).split("　")[:-1]
    if any(not (nm.OUTLET.search(part.strip()) or nm.label_kind(part)) for part in before_space):
        return None  # a table's row (`東京都　人口：`), not an outlet or role before a name (`東西日報　川口記者：`)
    return match, "colon"


def _match_dash(line: str) -> tuple[re.Match[str], str] | None:
    match = _DASH.match(line)
    if not match or not _has_hiragana(line[match.end():]):
        return None  # `― 第2部 ―`: a heading between dashes, not a question
    return match, "dash"


def _match_spaced(line: str, *, stamped: bool = False) -> tuple[re.Match[str], str] | None:
    """`山田　…`, `小渕大臣 …`; after a time stamp (`01:05 佐藤 今日は…`) a bare name may take a
    half-width space too."""
    match = _SPACED.match(line)
    if not match or not looks_like_name(match.group("raw")):
        return None
    if " " in match.group("gap") and not nm.ends_with_title(match.group("raw")) and not stamped:
        return None  # a half-width space after a bare word is ordinary text (`OBUCHI YUKO`)
    rest = line[match.end():].rstrip()
    if not _has_hiragana(rest) and not rest.endswith("。"):
        return None  # `山口知事 定例記者会見`: a heading, not a name before its words (`知事森本隆之君。` calls one)
    return match, "spaced"


def _match_quoted(line: str) -> tuple[re.Match[str], str] | None:
    match = _QUOTED.match(line)
    if not match or not line.rstrip().endswith("」") or not looks_like_name(match.group("raw")):
        return None
    return match, "quoted"


# In order: a line is taken by the first style that fits it.
_MATCHERS: tuple[Callable[[str], tuple[re.Match[str], str] | None], ...] = (
    _match_paren, _match_opening, _match_bracket, _match_qa, _match_closed, _match_mark, _match_bold, _match_named_stamp,
    _match_colon, _match_dash, _match_quoted, _match_spaced, _match_bare)
# Styles a bare name can be mistaken in (`山田　`, `山田「…」`, `**山田**`, `○概要`): accepted only
# when the name has a title or role word, or comes back as a label of the same style.
_NEEDS_SUPPORT = {"spaced", "quoted", "bold", "named_stamp"}
# Styles whose labels are people taking turns (a bold name answers a dash's questions).
_SPEAKING_STYLES = {"paren", "bracket", "qa", "mark", "bold", "named_stamp", "colon", "dash", "spaced", "quoted", "bare"}


def _line_label(text: str, line_start: int, line_end: int) -> Label | None:
    """The label at the start of one line, if any. A time stamp with no label after it is a
    label of its own (`timestamp`): the speaker goes on, the stamp stays out of the text."""
    line = text[line_start:line_end]
    indent = len(line) - len(line.lstrip(" \t　"))
    stamp = _TIMESTAMP.match(line, indent)
    position = stamp.end() if stamp else indent
    found = _match_style(line[position:], indented=bool(indent)) or (
        _match_spaced(line[position:], stamped=True) if stamp else None)
    if found is None and stamp is None:
        return None
    if found is None:
        style, raw, end = "timestamp", "", line_start + stamp.end("stamp")
    else:
        match, style = found
        raw, end = match.group("raw"), line_start + position + (match.end("raw") if style == "spaced" else match.end())
        stamp = stamp or (match if style == "named_stamp" else None)
    body_start = end
    while body_start < len(text) and text[body_start] in " \t　\n":
        body_start += 1
    if body_start >= len(text):
        return None
    return Label(start=line_start + (stamp.start() if stamp and style != "named_stamp" else indent), end=end,
                 body_start=body_start, raw=raw, style=style, inline=body_start < line_end,
                 timestamp=stamp.group("time") if stamp else "", seconds=bool(stamp and stamp.group("seconds")))


def _match_style(rest: str, *, indented: bool) -> tuple[re.Match[str], str] | None:
    """The first label style that fits the start of a line's rest."""
    for matcher in _MATCHERS:
        if matcher in (_match_spaced, _match_quoted, _match_bare) and indented:
            continue  # an indented line is a paragraph of text, not a name before a space
        found = matcher(rest)
        if found is not None:
            return found
    return None


def _dialogue(counts: Counter[tuple[str, str]], styles: set[str]) -> bool:
    """Two speakers or more in these styles who each come back: people taking turns, not one word
    repeated (`**DX** … **AI** … **DX**`, `（共同）…（共同）…（ロイター）`)."""
    return sum(1 for (style, _), n in counts.items() if style in styles and n >= 2) >= 2


def _timetable(labels: list[Label]) -> bool:
    """Stamps of a programme (`9:00`, `9:30`, `10:00`): clock times on the five minutes, no seconds;
    a transcript's running clock (`02:10`, `02:14`) is not one."""
    return all(not label.seconds and label.timestamp.split(":")[-1][-1:] in "05" for label in labels)


def _supported(label: Label, counts: Counter[tuple[str, str]], stamped_spaced: list[Label],
               set_apart: bool) -> bool:
    """Whether a label in a style that a bare word can fake is backed: a title or role word, or
    (for a bare name) a dialogue in that style: three labels or more, one name coming back; in
    round brackets, after a programme's times and in bold, two names that each come back; in
    square brackets, two names."""
    raw = nm.squeeze(label.raw)
    if label.style == "mark" and not label.inline:
        return (bool(nm.label_kind(raw)) or nm.ends_with_title(raw) or raw.endswith("君")
                or counts[(label.style, raw)] >= 2)
    if label.style == "paren" and not _says_who(label.raw):
        # `（山田）…`: a dialogue of bare names, where one who speaks once is a speaker too;
        # `（共同）…（共同）…（ロイター）` is one dateline repeated
        return _dialogue(counts, {"paren"})
    if label.style == "bracket" and not _says_who(label.raw):
        # `【山田】…【鈴木】…`: two names or more; `【特集】…` once, or `【重要】` repeated, is a heading
        return sum(1 for (style, _) in counts if style == "bracket") >= 2
    if label.style == "bare":  # roles alone on their lines: a dialogue, two of them and one coming back
        bare: Counter[str] = Counter()  # numbered ones (`質問1`, `質問2`) come back as one
        for (style, word), n in counts.items():
            if style == "bare":
                bare[re.sub(r"[0-9０-９]+$", "", word)] += n
        return len(bare) >= 2 and max(bare.values()) >= 2
    if label.style == "bold":  # bold is markup already: a role word, or a name that comes back in a dialogue
        return bool(nm.label_kind(raw)) or nm.ends_with_title(raw) or (
            counts[(label.style, raw)] >= 2 and _dialogue(counts, _SPEAKING_STYLES))
    if label.style not in _NEEDS_SUPPORT or nm.ends_with_title(re.sub(r"[（(].*?[)）]", "", raw)):
        return True  # a title, also before a name in brackets (`議長（山本一郎）`)
    if label.style == "spaced" and label.timestamp and _timetable(stamped_spaced):
        # `10:00 開会 …`, `10:30 講演 …`: a programme's items unless two names each come back
        return counts[(label.style, raw)] >= 2 and _dialogue(counts, {"spaced"})
    same_style = [n for (style, _), n in counts.items() if style == label.style]
    if counts[(label.style, raw)] < 2 and set_apart:
        return False  # `Ｐｒｏｆｉｌｅ　…` set apart before a dialogue is a header, not one who joins it
    return sum(same_style) >= 3 and max(same_style) >= 2


def _set_apart(text: str, label: Label, dialogue_start: int | None) -> bool:
    """True for a one-off label before the dialogue in its style begins that is set apart from it:
    a blank line between, or no Japanese in its words (`Ｐｒｏｆｉｌｅ`); a host who opens a talk
    (`田中　本日はお集まりいただき…` just before the others) speaks."""
    if dialogue_start is None or label.start >= dialogue_start:
        return False
    return bool(paragraph_breaks(text[label.start:dialogue_start])) or not _JAPANESE.search(label.raw)


_JAPANESE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")


def _field_value(text: str, label: Label) -> bool:
    """True when a role's or a list's inline label holds a field's value, not words
    (`司会：本紙編集委員　大西`, `参加者：A（経済官庁）、B（地方）`, `(財務省主計局長)   新川 浩嗣君`):
    short, in kanji or katakana, no hiragana, no sentence end, no bracket first."""
    if not label.inline or label.style not in ("colon", "paren"):
        return False
    raw = nm.squeeze(re.sub(r"[（(].*?[)）]", "", label.raw))
    if not (nm.label_kind(label.raw) or raw.endswith(("者", *_OFFICE_ENDS)) or raw in nm.PART_WORDS):
        return False  # a bare name (`森:資料(2ページ目)`) speaks; a role, a list of people, an office is a field
    line_end = text.find("\n", label.body_start)
    value = text[label.body_start:line_end if line_end != -1 else len(text)]
    return (len(value) <= 40 and not _has_hiragana(value) and not re.search(r"[。．！？!?]", value)
            and bool(re.search(rf"[{nm.KANJI}\u30a1-\u30fa]", value)) and value[:1] not in "(（「『【［[")


# An office as a field's name (`事務局：企画課`); not 部, which ends surnames (阿部).
_OFFICE_ENDS = ("局", "課", "係", "室")


def _without_header_fields(text: str, candidates: list[Label]) -> list[Label]:
    """Candidates without the header's fields before the first turn (`会見者：…`, `取材・文：…`, a
    roll's `(財務省主計局長)   新川 浩嗣君`), unless the label comes back: labels only once
    something is said."""
    first = 0
    while first < len(candidates) and _field_value(text, candidates[first]) and not any(
            nm.squeeze(later.raw) == nm.squeeze(candidates[first].raw) for later in candidates[first + 1:]):
        first += 1  # a label that comes back is a speaker's
    return candidates[first:]


def find_labels(text: str) -> list[Label]:
    """Speaker labels at line starts, in text order."""
    candidates = []
    for line in re.finditer(r"[^\n]*", text):
        if line.start() > 0 and text[line.start() - 1] != "\n":
            continue  # the empty match after a line's end
        label = _line_label(text, line.start(), line.end())
        if label is not None:
            candidates.append(label)
    # a role alone on its line with another label right after it is a list of attendees, not a turn
    candidates = [label for label, after in zip(candidates, candidates[1:] + [None])
                  if label.style != "bare" or after is None or after.start > label.body_start]
    candidates = _without_header_fields(text, candidates)
    counts = Counter((label.style, nm.squeeze(label.raw)) for label in candidates)
    stamped_spaced = [label for label in candidates if label.style == "spaced" and label.timestamp]
    first_return: dict[str, int] = {}  # per style, where a label that comes back first appears
    for label in candidates:
        if counts[(label.style, nm.squeeze(label.raw))] >= 2:
            first_return.setdefault(label.style, label.start)
    labels = [label for label in candidates
              if _supported(label, counts, stamped_spaced, _set_apart(text, label, first_return.get(label.style)))]
    # A bare time (`10:00 開会`) is a transcript's stamp only with seconds or where stamps lead labels.
    stamped = any(label.timestamp and label.style != "timestamp" for label in labels)
    labels = [label for label in labels if label.style != "timestamp" or label.seconds or stamped]
    return _without_chapter_list(labels)


def _clock(stamp: str) -> int:
    """Seconds of a time stamp (`1:02:03`, `02:03`)."""
    seconds = 0
    for part in stamp.split(".")[0].split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


def _without_chapter_list(labels: list[Label]) -> list[Label]:
    """Labels without a video's chapter list before anyone speaks (`00:00 オープニング`, `00:45 …`,
    then `0:02 山口：…`): stamps later than the first speaker's are a table of contents, narration."""
    first = next((label for label in labels if label.style != "timestamp"), None)
    leading = [label for label in labels if first is not None and label.start < first.start]
    if not first or not first.timestamp or not leading or all(
            _clock(label.timestamp) <= _clock(first.timestamp) for label in leading):
        return labels
    return [label for label in labels if label not in leading]
