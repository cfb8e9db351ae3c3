"""Speaker names: the role words and titles labels are made of, and the rules that turn a label
into the name of a person (from the label itself, the document's header or the minutes' text).

Pure functions over strings; no model. The lexicons are general Japanese press-conference,
interview and assembly usage, not any one document's.
"""
from __future__ import annotations

import re
from collections import Counter

KANJI = r"\u4e00-\u9fff々〆ヶ"
# A name-like label: kanji, katakana, Latin letters, digits, name separators. No hiragana and no
# sentence punctuation: that keeps headlines and `彼は次のように述べています:` from being labels.
NAME_CHARS = r"A-Za-zＡ-Ｚａ-ｚ0-9０-９\u30a0-\u30ff\u4e00-\u9fff々〆ヶ・･=＝.．\-"

# Who asks: reporters, interviewers, the Q of a Q&A.
# A magazine's own voice asks its guest (`編集部：`, `本誌：`, `――本誌`).
ASKER_WORDS = ("記者", "幹事社", "幹事記者", "問", "質問", "質問者", "Q", "Ｑ", "聞き手", "インタビュアー",
               "編集部", "本誌")
# Who answers: the official or guest of a press conference or an interview, the A of a Q&A.
ANSWERER_TITLES = ("内閣総理大臣", "総理大臣", "副大臣", "大臣政務官", "大臣", "政務官", "総理", "首相",
                   "官房長官", "長官", "次官", "副知事", "知事", "副市長", "市長", "町長", "村長", "区長",
                   "教育長", "局長", "部長", "課長", "室長", "総裁", "政府参考人", "参考人", "説明員",
                   # a municipality's other executives (`病院事業管理者`, `水道事業管理者`, `消防長`)
                   "管理者", "消防長", "院長", "所長")
ANSWER_WORDS = ("答", "回答", "A", "Ａ", "回答者")
# Who runs the session: a plain speaker, on no side.
CHAIR_TITLES = ("委員長代理", "議長代理", "座長代理", "副委員長", "委員長", "副議長", "議長", "座長", "司会者", "司会", "進行役", "進行", "広報官",
                "モデレーター", "ファシリテーター", "コーディネーター", "MC", "ＭＣ")
# An office's press staff run a conference (`広報課長`, `広報室長`, `広報担当`), though 課長 answers elsewhere.
PRESS_STAFF = re.compile(r"広報[^\s]{0,3}(?:課長|室長|部長|監|担当|係長|官)$")
# Guests answer in talk shows and interviews (`ゲスト（山田太郎）`).
GUEST_WORDS = ("ゲスト", "回答者", "インタビュイー")
# Words that say what part someone plays and nothing of their side (`パネリスト（山田）`): the person
# is the name in brackets.
PART_WORDS = ("パネリスト", "講師", "登壇者", "発言者", "出演者", "話者", "報告者", "討論者", "参加者", "出席者")
# A broadcaster's or a paper's 委員 (`解説委員`), no member of an assembly.
JOURNALIST_MEMBERS = ("解説委員", "論説委員", "編集委員")
# An interpreter renders both sides' words and takes neither.
INTERPRETER_WORDS = ("通訳", "通訳者", "同時通訳")
# A member who puts questions to the officials in assembly minutes.
MEMBER_TITLES = ("委員", "議員")
# An assembly member's seat number as the minutes label them (`５番`, `二十番`).
SEAT = re.compile(r"[0-9０-９〇一二三四五六七八九十百]+番")
# Other titles a person's label may end in.
OTHER_TITLES = ("社長", "会長", "理事長", "学長", "教授", "代表", "幹事長", "党首", "先生", "監督",
                "選手", "報道官", "秘書官", "補佐官", "氏", "さん")
# Ministries before 大臣 (`田中防衛大臣`), so that the surname before them can be cut off.
MINISTRIES = ("内閣総理", "総理", "国務", "外務", "財務", "法務", "総務", "文部科学", "厚生労働", "農林水産",
              "経済産業", "国土交通", "環境", "防衛", "復興", "デジタル", "経済再生担当", "官房")
# A news outlet as a label (`○佐賀新聞`): its reporter.
OUTLET = re.compile(r"(?:新聞|新報|日報|通信|通信社|放送|テレビ|TV|ＴＶ|NHK|ＮＨＫ|タイムス|タイムズ)$")
# A place or body, not a surname, before a title (`高知県知事`, `米子市長`).
NOT_SURNAME_END = tuple("県都府道市区省庁党国会院")  # not 村/町: 中村, 大町
# Honorifics written in kana that a name may keep in a label (`山田さん：`).
KANA_HONORIFICS = ("さん", "くん", "ちゃん", "さま")
KANA_HONORIFIC = "|".join(KANA_HONORIFICS)
# Words before 記者 that say which reporter speaks, not who (`幹事記者`, `代表記者`, `フリー記者`).
REPORTER_ROLE_PREFIXES = ("幹事社", "幹事", "代表", "フリーランス", "フリー")

_ALL_TITLES = tuple(sorted(set(ANSWERER_TITLES + CHAIR_TITLES + MEMBER_TITLES + OTHER_TITLES + ("記者",)),
                           key=len, reverse=True))
_MINISTRY = "|".join(MINISTRIES)
_TITLE = "|".join(_ALL_TITLES)
# `溝手大臣`, `田中防衛大臣`, `山口知事`, `棚橋委員長`, `田中(一)委員`: a surname (with a given-name
# initial as the minutes write it), then a title.
TITLED_NAME = re.compile(rf"(?<![{KANJI}])(?P<surname>[{KANJI}]{{1,4}}?(?:[（(][{KANJI}][)）])?)"
                         rf"(?P<title>(?:{_MINISTRY})?大臣|{_TITLE})")


def squeeze(text: str) -> str:
    """Text without spaces (`大 臣` → `大臣`)."""
    return re.sub(r"[\s　]+", "", text)


def ends_with_title(name: str) -> bool:
    """True when a name ends in a title or role word (`河野大臣`, `幹事記者`, `山田さん`)."""
    name = squeeze(name)
    return name.endswith(_ALL_TITLES + ASKER_WORDS) or bool(OUTLET.search(name) or PRESS_STAFF.search(name))


def split_titled(name: str) -> tuple[str, str] | None:
    """(surname, title) of a whole label like `安倍内閣総理大臣` or `田中(一)委員`, else None."""
    match = TITLED_NAME.fullmatch(squeeze(name))
    if not match or match.group("surname").endswith(NOT_SURNAME_END):
        return None
    return match.group("surname"), match.group("title")


def label_kind(raw: str) -> str:
    """`role_word_kind` of a label's words outside brackets (`記者（朝日）`), else inside them
    (`山本太郎（司会）`), else of all of them, else of its first word before a colon or a space
    (`記者：東西新聞　山田`)."""
    inside = re.findall(r"[（(](.*?)[)）]", raw)
    first = re.split(r"[:：\s]", raw.strip(" 　"), maxsplit=1)[0]
    return (role_word_kind(re.sub(r"[（(].*?[)）]", "", raw)) or next(filter(None, map(role_word_kind, inside)), "")
            or role_word_kind(raw) or role_word_kind(first))


def role_word_kind(name: str) -> str:
    """What a label's words say about its speaker: `chair`, `asker`, `answerer`, `member` or ``.

    `棚橋委員長` and `司会` chair; `記者`, `Q`, `佐賀新聞` ask; `知事`, `A`, `河野外務大臣` answer;
    `玉木委員` is a member (who asks when officials answer). A bare name says nothing.
    """
    if SEAT.fullmatch(squeeze(name)):
        return "member"  # `十八番（岡野真理子君）`: a member's seat number
    name = squeeze(re.sub(r"[0-9０-９]+$", "", name))
    if name.endswith(CHAIR_TITLES) or PRESS_STAFF.search(name):
        return "chair"
    if name in ASKER_WORDS or name.endswith("記者") or OUTLET.search(name) or name in ("幹事社",):
        return "asker"
    if name in ANSWER_WORDS or name.endswith(ANSWERER_TITLES + GUEST_WORDS):
        return "answerer"
    if name.endswith(MEMBER_TITLES) and not name.endswith(JOURNALIST_MEMBERS):
        return "member"
    if name in INTERPRETER_WORDS:
        return "interpreter"
    return ""


def reporter_name(body: str) -> str:
    """A reporter's label as a speaker: `釜本:時事通信社記者` → `釜本記者`, `NHK 山田記者` and
    `北日本放送・山田記者` → `山田記者`, `記者：東西新聞　山田` → `山田記者`, `記者（朝日）` → `朝日記者`,
    `幹事社:東西新聞`, `幹事記者:東西新聞` and `佐賀新聞` → `…新聞記者`: the person's name with 記者
    when the label gives one (`フリー記者：山田` → `山田記者`), else the outlet's."""
    parts = [p for p in re.split(r"[:：・/／（）()\s]", body) if p]
    if len(parts) >= 2:
        persons = [p for p in parts if p.endswith("記者") and _is_person_part(p[:-2])]
        if len(persons) == 1:
            return persons[0]
        named = [p for p in parts if not p.endswith("記者") and _is_person_part(p)]
        outlets = [p for p in parts if OUTLET.search(p)]
        if len(named) == 1:
            return named[0] + "記者"
        if not named and outlets:
            return outlets[0] + "記者"
    name = squeeze(body)
    return name + "記者" if OUTLET.search(name) else name


# What a reporter may say they are instead of their name (`毎日新聞の記者です`, `東西新聞の者です`,
# `の政治部です`); not `部` alone, which ends surnames (阿部, 服部).
_NOT_A_NAME = (r"(?:記者|者|担当|担当者|社員|一員|記者クラブ|キャップ|デスク|カメラマン|ディレクター|"
               r"(?:政治|社会|経済|報道|編集|外信|外報|国際|文化|運動|写真|映像|科学|整理|地方)部|支局|総局|本社)")
# A reporter naming themselves at the start of a question: `東西新聞の山田です。`, `幹事社、NHKの佐藤と申します`.
_SELF_INTRODUCTION = re.compile(
    rf"(?:幹事社?(?:の|[、,，]|です[。、,，]?)\s*)?(?P<outlet>[^\s、,，。「」]{{0,12}}?(?:新聞|新報|日報|通信|通信社|放送|テレビ|TV|ＴＶ|"
    rf"NHK|ＮＨＫ|タイムス|タイムズ)|フリーランス|フリー)(?:社)?の\s*"
    rf"(?!{_NOT_A_NAME}(?:と申します|です|でございます))(?P<name>[{KANJI}]{{1,4}}|[\u30a1-\u30fa・ー]{{2,10}})"
    rf"(?:と申します|です|でございます)")


def self_introduced_reporter(text: str) -> str:
    """`山田記者` when a reporter's turn opens by naming them (`東西新聞の山田です。…`), as press
    conferences ask reporters to; `` when it does not."""
    match = _SELF_INTRODUCTION.match(text.strip())
    return match.group("name") + "記者" if match else ""


def _is_person_part(part: str) -> bool:
    """A word of a reporter's label that can be the reporter's name: not an outlet, not a role."""
    return bool(part) and not OUTLET.search(part) and part not in ASKER_WORDS + REPORTER_ROLE_PREFIXES


def header_person(header: str, kind: str, title: str = "") -> str:
    """The person a header names for a role-only label: `溝手大臣記者会見要旨` gives `溝手大臣` for
    `(答)`; `山口知事 定例記者会見` gives `山口知事` for `(知事)`. `title` is the label's own title
    (`知事`), which the header's must match; an answer label takes any answering title."""
    found: Counter[str] = Counter()
    for match in TITLED_NAME.finditer(header):
        surname, found_title = match.group("surname"), match.group("title")
        if surname.endswith(NOT_SURNAME_END) or surname in MINISTRIES or found_title in CHAIR_TITLES + MEMBER_TITLES:
            continue  # `防衛大臣記者会見`: a ministry, not a surname
        fits = found_title.endswith(title) if title else (kind == "answerer" and found_title.endswith(ANSWERER_TITLES))
        if fits:
            found[surname + found_title] += 1
    if len(found) == 1:
        return found.most_common(1)[0][0]
    host = _CONFERENCE_HOST.search(header) if kind == "answerer" and not title and not found else None
    return host.group("who") if host and _host_match(host.group("who")) else ""


def _host_match(who: str) -> bool:
    """The words before the title are a surname (at most three kanji) or end in a body (`国家公安委員会`):
    `新年度予算案発表市長` names a subject of the conference, not who holds it."""
    title = next(t for t in sorted(ANSWERER_TITLES + CHAIR_TITLES, key=len, reverse=True) if who.endswith(t))
    before = who[:-len(title)]
    return len(before) <= 3 or before.endswith(_BODY_ENDINGS)


# `高木原子力規制委員会委員長定例会見`: who holds a press conference answers in it, whatever the title (a
# chair's too); with a post too long to tell the surname from, the header's words before `会見` name them.
_BODY_ENDINGS = ("委員会", "会議", "本部", "省", "庁", "局", "府", "会")
_CONFERENCE_HOST = re.compile(rf"(?:^|\n)(?P<who>[{KANJI}]{{2,20}}?(?:{'|'.join(sorted(ANSWERER_TITLES + CHAIR_TITLES, key=len, reverse=True))}))"
                              r"(?:の)?(?:定例|臨時)?(?:記者)?会見")


# Who a header casts in a part (`司会：本紙編集委員　大西`, `出演：MC 田中ゆう、ゲスト 森川一郎（作家）`).
CAST_ROLES = ("司会者", "司会", "進行", "MC", "ＭＣ", "モデレーター", "聞き手", "インタビュアー", "ゲスト")
_CAST = re.compile(rf"(?<![{KANJI}\u30a1-\u30fa])(?P<role>{'|'.join(CAST_ROLES)})(?:[ 　]*[：:＝=・][ 　]*|[ 　]+)"
                   r"(?:[^\s、，,（()）]*[ 　]+)?(?P<name>[^\s、，,（()）：:＝=・]{2,12})(?=[（(、，,\s]|$)")


# An answering title with its holder's name as a header's field (`市長：山本太郎`).
_TITLE_FIELD = re.compile(rf"(?<![{KANJI}])(?P<role>{'|'.join(sorted(ANSWERER_TITLES, key=len, reverse=True))})"
                          rf"[ 　]*[：:][ 　]*(?P<name>[{KANJI}]{{2,6}})(?=[\s（(、]|$)")


def header_cast(header: str) -> dict[str, str]:
    """Part → name for the parts a header's cast list names: `司会：本紙編集委員　大西` gives
    {`司会`: `大西`}; a role label (`【MC】`) then speaks as that person, and a name label (`大西　…`)
    in that part (the chair); `市長：山本太郎` names who answers as `市長`."""
    cast: dict[str, str] = {}
    for match in [*_CAST.finditer(header), *_TITLE_FIELD.finditer(header)]:
        name = match.group("name")
        if re.search(rf"[{KANJI}\u30a1-\u30faA-Za-z]", name) and not role_word_kind(name):
            cast.setdefault(match.group("role"), name)
    return cast


def header_title(header: str) -> str:
    """The one answering title a header names without a person (`知事定例記者会見` → `知事`,
    `財務大臣記者会見の概要` → `財務大臣`): who answers when the header gives no name; `` when it
    names none or several."""
    titles = "|".join(sorted(ANSWERER_TITLES, key=len, reverse=True))
    # not an election or its candidates (`県知事選`, `市長候補`)
    pattern = re.compile(rf"(?:(?<![{KANJI}])(?:{_MINISTRY})?(?:{titles})|(?<=[県都府道市区町村])(?:{titles}))(?!選|候補)")
    found = {m.group(0) for m in pattern.finditer(header)}
    return found.pop() if len(found) == 1 else ""


def addressed_title(questions: list[str]) -> str:
    """The title the questions address (`市長は…どのようにお考えですか` → `市長`): who answers
    when neither the label nor the header names them."""
    pattern = re.compile(rf"(?<![{KANJI}])({'|'.join(t for t in ANSWERER_TITLES if len(t) >= 2)})(?:は|に|が|、|から|として|ご自身)")
    counts = Counter(m.group(1) for text in questions for m in pattern.finditer(text))
    return counts.most_common(1)[0][0] if counts else ""


# Roles a headline credits that are not the one interviewed (`聞き手・佐藤花子さん`, `写真・田中一郎さん`).
_CREDITED_ROLES = tuple(f"{role}{sep}" for role in ("聞き手", "司会", "写真", "構成", "取材", "文", "撮影", "進行")
                        for sep in ("・", "　", " ", "：", ":"))


def interviewee_from_header(header: str) -> str:
    """The interviewee a headline or lead names: `山田太郎さんインタビュー`, `山田氏に聞く`,
    `田中大臣にお話を伺いました`; `` when it names nobody."""
    text = re.sub(r"[ 　]+(?=[\u3041-\u309f])", "", header)  # a line wrapped before kana: `伺い ました`
    # a name starts after what is no name, or after the `・` that ends a post (`施設長・大川花子さんに聞く`);
    # the leftmost start wins, so a katakana full name keeps its own `・` (`サム・アルトマン氏に聞く`)
    name = rf"(?:(?<=・)|(?<![{KANJI}\u30a0-\u30ff・]))([{KANJI}\u30a0-\u30ff・]{{2,8}}?"
    # a lead's `〜を営む岡田誠さん（５２）に、地域の食卓の今を聞いた`: an age or post in brackets, and what
    # was asked, may come between
    patterns = (name + r"(?:さん|氏|先生))(?:への)?(?:インタビュー|に聞く|にきく|に聞いた)",
                name + r"(?:さん|氏|先生|大臣|知事|市長|社長|会長))に(?:お話を|話を)?(?:伺|聞|うかが)",
                name + r"(?:さん|氏|先生))(?:[（(][^（）()\n]{1,12}[)）])?に[、,，]?[^。\n]{0,30}?(?:を|について)"
                r"(?:聞いた|聞く|きいた|伺った|尋ねた)")
    for pattern in patterns:
        match = re.search(pattern, text)
        if match:
            return _without_post(re.sub(r"(?:さん|氏|先生)$", "", match.group(1)))
    # under an interview's headline, a profile line opening with a name and its reading
    # (`高瀬真一（たかせ・しんいち）　1974年生まれ。`)
    if re.search(r"インタビュー|に聞く|にきく|に聞いた", header):
        profile = _PROFILE_NAME.search(header)
        if profile:
            return profile.group("name")
    # under an interview's headline, a line that only names someone (`鈴木さくらさん（28）`,
    # `ジェニファー・ダウドナ博士`): the one interviewed
    if re.search(r"インタビュー|に聞く|にきく|に聞いた", header):
        # a name: kanji or katakana, then at most a given name in kana (`鈴木さくら`), no particle
        # (or ending the headline after a title and `・` or a space: `山村診療所長・小田和子さん`)
        for alone in re.finditer(rf"(?:^|(?<=[・　 ]))(?:[{KANJI}]{{1,6}}[\u3041-\u309f]{{0,4}}|[\u30a1-\u30fa・ー]{{2,14}})"
                                 rf"(?=(?:さん|氏|先生|博士|教授)(?:[（(][^（）()\n]{{1,20}}[)）])?[ 　]*$)", header, re.MULTILINE):
            if not header[:alone.start()].endswith(_CREDITED_ROLES):  # `聞き手・佐藤花子さん` asks
                return alone.group(0)
    return ""


# A profile's name with its reading in kana, at a line start (`高瀬真一（たかせ・しんいち）`).
_PROFILE_NAME = re.compile(rf"(?:^|\n)[ 　]*(?P<name>[{KANJI}]{{2,6}})[（(][\u3041-\u309f]+[・･ 　]?[\u3041-\u309f]*[)）]")


def _without_post(name: str) -> str:
    """`研究員・北村遥` → `北村遥`: a post joined to a name by `・` before it is no part of the name; the parts of
    a katakana name keep theirs (`サム・アルトマン`, `研究員・タカハシ・ケン` → `タカハシ・ケン`)."""
    parts = name.split("・")
    while len(parts) > 1 and re.search(rf"[{KANJI}]", parts[0]):
        parts.pop(0)
    return "・".join(parts)


def full_name(surname: str, text: str) -> str:
    """The full name the minutes give a member written by surname (`玉木` → `玉木雄一郎` from
    `玉木雄一郎君`; `田中(一)` → `田中一郎`), when exactly one full name fits; else ``."""
    initial = re.search(r"[（(](.)[)）]", surname)
    base = re.sub(r"[（(].[)）]", "", surname)
    given = re.escape(initial.group(1)) + rf"[{KANJI}]{{0,3}}" if initial else rf"[{KANJI}]{{1,4}}"
    pattern = re.compile(rf"(?<![{KANJI}]){re.escape(base)}[ 　]?({given})(?:君|さん|氏|議員|委員|です|でございます|と申します)")
    names = {base + m.group(1) for m in pattern.finditer(text)
             if not (base + m.group(1)).endswith(_ALL_TITLES) and not m.group(1).endswith(("委員", "議員"))}
    return names.pop() if len(names) == 1 else ""


# A full name the lead gives with a title or honorific (`サム・アルトマンCEO`, `ジェーン・ドウ氏`), not a
# work or a role named with it (`トム・ハンクス主演の`).
_FULL_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}(?:[・･][\u30a1-\u30fa\u30fc]{2,})+"
                                 r"(?=氏|さん|CEO|ＣＥＯ|社長|会長|代表|教授|博士|議員|大臣|首相|大統領|創業者)")


def full_names_in(lead: str) -> list[str]:
    """Full names a lead writes out (`サム・アルトマンCEOは…`): what a label's short name
    (`アルトマン:`) stands for when exactly one of them contains it (`canonical_names`)."""
    return _FULL_KATAKANA_NAME.findall(lead)


def canonical_names(names: list[str]) -> dict[str, str]:
    """Map each name to one canonical form: a short name (`ザッカーバーグ`) to the full name
    (`マーク・ザッカーバーグ`) it is a part of, when exactly one full name has that part."""
    distinct = sorted(set(names), key=len, reverse=True)
    mapping = {name: name for name in distinct}
    for short in distinct:
        containing = [full for full in distinct if full != short and is_part_of_name(short, full)]
        if len(containing) == 1:
            mapping[short] = mapping[containing[0]]
    return mapping


def is_part_of_name(short: str, full: str) -> bool:
    """`ザッカーバーグ` is part of `マーク・ザッカーバーグ`; `山本` of `山本一郎` (surname first)."""
    if short == full or not short:
        return False
    if short in re.split(r"[・･ 　=＝]", full):
        return True
    return len(short) >= 2 and full.startswith(short) and bool(re.fullmatch(rf"[{KANJI}]+", full))


def is_chair_label(label: str) -> bool:
    """True for a speaker label of whoever runs the session (`○委員長（棚橋泰文君）`, `司会:`):
    their turns are procedure, not argument (segmentation gives them no side, extraction no units)."""
    return label_kind(label) == "chair"
