"""Speaker labels as real transcripts write them: every style, the speaker and role each gives,
label-like lines that stay text, timestamps, and sentences of transcripts without 。.

All inputs are made up for these tests; no model is loaded.
"""
from __future__ import annotations

import pytest

from pipeline.labels import find_labels
from pipeline.names import (
    full_name,
    header_person,
    header_title,
    interviewee_from_header,
    reporter_name,
    role_word_kind,
    self_introduced_reporter,
)
from pipeline.segment import check_coverage, segment


def turns_of(text: str) -> list[tuple[str, str, str]]:
    """(label as written, speaker, role) of each turn; checks that nothing is lost or doubled."""
    result = segment(text, "d")
    check_coverage(text, result)
    return [(turn.label.strip(), turn.speaker, turn.role) for turn in result.turns]


@pytest.mark.parametrize("text, expected", [
    # (役職) on its own line, and (名前:社名記者); the header gives no name: the title stays
    ("県政記者会見\n(佐藤:東西新聞記者)\n予算について伺います。どうお考えですか。\n(知事)\n必要な事業を優先します。",
     [("", "", "narration"), ("(佐藤:東西新聞記者)", "佐藤記者", "interviewer"), ("(知事)", "知事", "interviewee")]),
    # （記者）/（大 臣） full-width brackets, a space inside, text on the same line; the header names the minister
    ("森川環境大臣会見概要\n（記者）ごみの削減目標はどうなりますか。\n（大 臣）来月までに示します。",
     [("", "", "narration"), ("（記者）", "記者", "interviewer"), ("（大 臣）", "森川環境大臣", "interviewee")]),
    # (問)/(答) inline; the answerer from the header
    ("北野知事 定例記者会見\n(問)橋の工事は遅れていますか。\n(答)予定どおりです。",
     [("", "", "narration"), ("(問)", "記者", "interviewer"), ("(答)", "北野知事", "interviewee")]),
    # 【記者】/【名前＋役職】 and 【社名 名前記者】
    ("【東西テレビ 川村記者】港の整備はどうなりますか。\n【松井外務大臣】協議を続けます。",
     [("【東西テレビ 川村記者】", "川村記者", "interviewer"), ("【松井外務大臣】", "松井外務大臣", "interviewee")]),
    # numbered Q1/A1 on their own lines, text after a blank line; the questions address the mayor
    ("Q1\n\n市長は新しい公園についてどうお考えですか。\n\nA1\n\n来年の春に開く予定です。\n\nQ2\n\n費用はいくらですか。",
     [("Q1", "記者", "interviewer"), ("A1", "市長", "interviewee"), ("Q2", "記者", "interviewer")]),
    # Q./A. and Q:/A: with full-width marks
    ("Ｑ：新製品はいつ出ますか？\nＡ：秋です。", [("Ｑ：", "記者", "interviewer"), ("Ａ：", "回答者", "interviewee")]),
    # 記者:/大臣: after a list marker
    ("- 記者: 税の見直しはありますか。\n- 大臣: 検討中です。",
     [("- 記者:", "記者", "interviewer"), ("- 大臣:", "大臣", "interviewee")]),
    # ○記者 / ○市長 / ○新聞社 on their own lines
    ("○東西日報\n駅前の再開発について伺います。\n○市長\n地元と話し合っています。\n○記者\n時期はいつですか。",
     [("○東西日報", "東西日報記者", "interviewer"), ("○市長", "市長", "interviewee"), ("○記者", "記者", "interviewer")]),
    # titled names with a colon; 司会 is a plain speaker
    ("司会:\nただいまから始めます。\n上田大臣:\n本日は二点ご報告します。\n聞き手:\n一点目は何ですか。",
     [("司会:", "司会", "speaker"), ("上田大臣:", "上田大臣", "interviewee"), ("聞き手:", "聞き手", "interviewer")]),
    # 幹事記者: on its own line, text on the next line
    ("幹事記者:\n最初の質問です。雪の対策はどうしますか。\n町長:\n除雪車を増やします。",
     [("幹事記者:", "幹事記者", "interviewer"), ("町長:", "町長", "interviewee")]),
])
def test_label_styles_with_roles_and_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert turns_of(text) == expected


def test_dash_questions_with_unlabelled_answers_named_in_the_headline() -> None:
    text = ("村田花子さんインタビュー\n\n"
            "――仕事を始めたきっかけは何ですか。\n\n祖母の影響です。\n\n小さい頃から畑にいました。\n\n"
            "― これからの目標は。\n\n町に人を呼び戻したいです。")
    turns = segment(text, "d").turns
    assert [(t.label, t.speaker, t.role) for t in turns] == [
        ("", "", "narration"), ("――", "聞き手", "interviewer"), ("", "村田花子", "interviewee"),
        ("―", "聞き手", "interviewer"), ("", "村田花子", "interviewee")]
    assert turns[2].text == "祖母の影響です。\n\n小さい頃から畑にいました。"
    assert "header" in turns[2].cue


@pytest.mark.parametrize("dash", ["──", "─", "—", "――"])
def test_every_dash_opens_a_question_and_a_titled_name_with_a_space_answers(dash: str) -> None:
    text = f"特集\n\n{dash} 休日は何をしていますか。\n\n野口大臣 家で本を読んでいます。\n\n{dash} 最近の一冊は。\n\n野口大臣 歴史の本です。"
    assert turns_of(text)[1:] == [(dash, "聞き手", "interviewer"), ("野口大臣", "野口大臣", "interviewee")] * 2


def test_a_name_before_a_full_width_space_is_a_label_when_it_comes_back() -> None:
    text = "対談\n岡本　私は海の仕事が好きです。\n西田　私は山の方ですね。\n岡本　なるほど。"
    assert [(s, r) for _, s, r in turns_of(text)] == [("", "narration"), ("岡本", "speaker"), ("西田", "speaker"),
                                                      ("岡本", "speaker")]
    # once only, and without a title, a word before a space is text
    assert [r for _, _, r in turns_of("概要　本日の議題は二つです。")] == ["narration"]


def test_a_role_with_its_affiliation_before_a_full_width_space() -> None:
    text = ("定例会見\n\n知事　除雪の体制を早めます。\n\n記者（北陸日報）　予算は足りますか。\n\n"
            "知事　交付金を使います。\n\n記者（県民放送）　人手はどうですか。\n\n知事　協定を増やします。")
    turns = segment(text, "d").turns
    assert [(t.speaker, t.role) for t in turns[1:]] == [
        ("知事", "interviewee"), ("北陸日報記者", "interviewer"), ("知事", "interviewee"),
        ("県民放送記者", "interviewer"), ("知事", "interviewee")]
    assert turns[2].text == "予算は足りますか。"


def test_a_titled_name_glued_to_a_quotation() -> None:
    text = "会見から\n石川市長「道路の補修を急ぎます」\n記者「時期は」\n石川市長「夏までに終えます」"
    turns = segment(text, "d").turns
    assert [(t.label, t.speaker) for t in turns[1:]] == [("石川市長", "石川市長"), ("記者", "記者"), ("石川市長", "石川市長")]
    assert turns[1].text == "「道路の補修を急ぎます」"
    # a quotation that goes on into a sentence is narration, not a turn
    assert [t.role for t in segment("石川市長「急ぎます」と述べた。", "d").turns] == ["narration"]


@pytest.mark.parametrize("stamp", ["[00:01:23] ", "00:01:23 ", "(01:02:03) "])
def test_a_timestamp_before_a_label_goes_to_the_timestamp_column(stamp: str) -> None:
    text = f"{stamp}佐藤: 始めましょう。\n{stamp.replace('23', '45').replace('03', '09')}木下: はい。"
    result = segment(text, "d")
    check_coverage(text, result)
    first = result.turns[0]
    assert (first.speaker, first.timestamp) == ("佐藤", stamp.strip(" []()"))
    assert first.label_start == 0 and first.text == "始めましょう。"
    assert all(":" not in s.text for s in result.sentences)  # no time stamp in any sentence


def test_minutes_name_a_member_by_the_full_name_the_minutes_give() -> None:
    text = ("○中村委員長　次に、田中一郎君。\n"
            "○田中(一)委員　物価について伺います。\n"
            "○大野国務大臣　対策を講じます。\n"
            "○田中(一)委員　重ねて伺います。")
    turns = segment(text, "d").turns
    assert [(t.speaker, t.role) for t in turns] == [("中村", "speaker"), ("田中一郎", "interviewer"),
                                                    ("大野", "interviewee"), ("田中一郎", "interviewer")]
    assert "full name" in turns[1].cue


def test_assembly_minutes_with_the_name_in_brackets() -> None:
    text = "○議長（山本 一）　３番、森議員。\n○議員（森三郎）　橋について質問します。\n○市長（林 二郎）　お答えします。"
    assert [(s, r) for _, s, r in turns_of(text)] == [("山本 一", "speaker"), ("森三郎", "interviewer"),
                                                      ("林 二郎", "interviewee")]


@pytest.mark.parametrize("text", [
    "市政の動き:今年の予算が決まる",                   # a headline with a colon
    "彼女は次のように語っています:\n変化は速い。",       # a sentence that ends in a colon
    "日時: 5月1日\n場所: 市民会館",                       # fields of a notice
    "令和6年10月8日\n於：本館10階会見室\n冒頭発言\nなし",     # where a conference was held
    "(予算の概要について)\n今年の予算は増えました。",     # a topic heading in brackets
    "(拍手)\n続けます。",                                # a stage direction
    "○新しい事業について\n説明します。",                 # a bullet point
    "【概要】\n会議の内容です。",                         # a section heading
    "問題は費用です。\n答えは来月出ます。",               # 問/答 starting words
    "A社の売上が伸びた。\nQ3の決算は良い。",             # A/Q starting words
    "OBUCHI YUKO\n本文です。",                            # a name in Latin letters and a space
    "――――\n区切りの線です。",                           # a rule, not a question
    "【連載】港町の暮らし\n漁師の朝は早い。",              # a one-off bracketed heading with text after it
    "〔拍手〕皆さん、こんばんは。\n〔拍手〕",              # stage directions
    "出席者\n市長\n副市長\n教育長\n以上の者が出席した。",  # a list of who attended
    "**要旨** 本日の決定事項です。",                      # a bold heading
    "受付 9:30\n開会 10:00",                             # a programme's times
    "（共同）政府は会見を開いた。\n（ロイター）市場は落ち着いた。",  # news datelines in brackets
    "（時事）港の工事が始まった。\n（時事）費用は増えた。\n（ＡＦＰ）雨が続いた。",  # one dateline repeated
    "(a) 駅を直す。\n(b) 道を広げる。\n(a) 前の項と同じ。",  # list markers in Latin letters
    "(i) 申請書を出す。\n(ii) 審査を待つ。\n(i) を先に済ませる。",  # Roman numerals
    "（一）基金を設ける。\n（二）窓口を増やす。\n（一）の額は未定。",  # kanji numerals
    "（ア）橋を架けること。\n（イ）堤防を直すこと。\n（ア）を急ぐこと。\n（イ）は来年とすること。",  # kana markers
    "（株）北浜製作所が増益。\n（有）南川商店は減益。\n（株）北浜製作所は増配。",  # a company's kind
    "**GX** 脱炭素に向けた転換のこと。\n\n**EV** 電気自動車のこと。\n\n**GX** 前の項を見よ。",  # a bold glossary
    "式次第\n13:00 開会 町長があいさつします\n13:20 報告 担当課が説明します\n"
    "14:00 報告 委員会が説明します\n15:00 閉会 副町長が締めます",  # a timed programme, one item repeated
    "8:30 受付 一階の窓口です\n9:00 説明 係が案内します\n9:45 受付 二回目の受付です",  #受付 twice
    "北海道　面積：8万平方キロ\n沖縄県　面積：2千平方キロ",  # table rows with a full-width space
    "Ｂ案　長所：早く終わる。\nＢ案　短所：費用がかさむ。",  # pros and cons of a plan
    "窓口　佐々木：平日のみ。",
    "【注目】新駅が開業した。\n\n【注目】乗客が増えた。",  # one bracketed heading repeated  # a field and a person, not a label
    "受付時刻 9:30 までに来てください。",  # a clock time, not a label's colon
])
def test_label_like_lines_that_are_text(text: str) -> None:
    assert all(turn.role == "narration" and turn.speaker == "" for turn in segment(text, "d").turns), \
        [(t.label, t.speaker) for t in segment(text, "d").turns]


def test_labels_start_a_paragraph_after_a_blank_line_and_an_indent() -> None:
    labels = find_labels("前書き\n\n　(問)いつですか。\n\n　(答)明日です。")
    assert [(label.raw, label.style, label.inline) for label in labels] == [("問", "paren", True), ("答", "paren", True)]


@pytest.mark.parametrize("name, kind", [
    ("記者", "asker"), ("幹事社", "asker"), ("Q2", "asker"), ("東西新聞", "asker"), ("聞き手", "asker"),
    ("知事", "answerer"), ("河野外務大臣", "answerer"), ("A", "answerer"), ("政府参考人", "answerer"),
    ("委員長", "chair"), ("司会", "chair"), ("副議長", "chair"), ("玉木委員", "member"), ("山田太郎", ""),
    ("広報課長", "chair"), ("モデレーター", "chair"), ("ゲスト", "answerer"), ("課長", "answerer"),
])
def test_role_words(name: str, kind: str) -> None:
    assert role_word_kind(name) == kind


def test_names_from_labels_headers_and_minutes() -> None:
    assert reporter_name("山田:NHK記者") == "山田記者"
    assert reporter_name("NHK 山田記者") == "山田記者"
    assert reporter_name("東西新聞") == "東西新聞記者"
    assert reporter_name("記者：東西新聞　山田") == "山田記者"
    assert reporter_name("北日本放送・佐藤記者") == "佐藤記者"
    assert reporter_name("幹事社:東西新聞") == "東西新聞記者"
    # 幹事, 代表, フリー say which reporter asks, not who
    assert reporter_name("幹事記者:南海日報") == "南海日報記者"
    assert reporter_name("代表記者：ＮＨＫ") == "ＮＨＫ記者"
    assert reporter_name("フリー記者：小森") == "小森記者"
    assert header_person("田中防衛大臣会見概要", "answerer") == "田中防衛大臣"
    assert header_person("山口知事 定例記者会見", "answerer", "知事") == "山口知事"
    assert header_person("北海道知事の定例会見", "answerer", "知事") == ""  # a place, not a surname
    assert interviewee_from_header("特集 森田一郎氏に聞く") == "森田一郎"
    assert full_name("玉木", "玉木雄一郎君、どうぞ。") == "玉木雄一郎"
    assert full_name("佐藤", "佐藤一郎君と佐藤次郎君") == ""  # two members of that name: none


@pytest.mark.parametrize("text, expected", [
    ("今日は新しい橋を開きました 皆さんに使ってほしいです 次は駅前ですね",
     ["今日は新しい橋を開きました", "皆さんに使ってほしいです", "次は駅前ですね"]),
    ("そうなんですよね　でも課題もあります　来年には片付くでしょう",
     ["そうなんですよね", "でも課題もあります", "来年には片付くでしょう"]),
    ("これは大事な点だ そこは譲れないよ\n次の話題に移ります",
     ["これは大事な点だ", "そこは譲れないよ", "次の話題に移ります"]),
    # fillers and the middle of a sentence are not ends
    ("えー今日はですね 港の話をします", ["えー今日はですね 港の話をします"]),
    ("まだ 決まっていません", ["まだ 決まっていません"]),
    # a line with 。 keeps its own ends
    ("雨です。 明日は晴れです 多分", ["雨です。", "明日は晴れです 多分"]),
])
def test_sentences_of_transcripts_without_periods(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment(text, "d").sentences] == expected


def test_a_time_stamp_without_a_label_continues_the_speaker_outside_the_text() -> None:
    text = "00:00:02 ようこそ\n[00:00:06] 大川: どうも 呼んでいただいてうれしいです\n00:00:11 では本題です"
    result = segment(text, "d")
    check_coverage(text, result)
    assert [(t.speaker, t.role, t.timestamp, t.text) for t in result.turns] == [
        ("", "narration", "00:00:02", "ようこそ"),
        ("大川", "speaker", "00:00:06", "どうも 呼んでいただいてうれしいです"),
        ("大川", "speaker", "00:00:11", "では本題です")]
    assert not any(":" in s.text for s in result.sentences)


def test_clock_times_of_a_programme_are_text() -> None:
    assert [t.role for t in segment("9:30 受付\n10:00 開会", "d").turns] == ["narration"]


@pytest.mark.parametrize("text, expected", [
    # other minutes' marks: a seat number and a member, an official, the chair
    ("◆３番（山田太郎議員）　公園について伺います。\n◎市長（林一郎）　お答えします。\n○議長（森二郎）　次に移ります。",
     [("山田太郎", "interviewer"), ("林一郎", "interviewee"), ("森二郎", "speaker")]),
    # a press secretary runs the conference; the duty outlet's reporter asks
    ("（内閣広報官）\nそれでは質疑に移ります。\n（幹事社：東西新聞）\n景気はどうですか。\n（大平総理）\n回復しています。",
     [("内閣広報官", "speaker"), ("東西新聞記者", "interviewer"), ("大平総理", "interviewee")]),
    # a reporter's outlet in brackets; a name with its role in brackets
    ("○記者（南日報）\n質問です。\n○知事\n答えです。\n○山本太郎（司会）\n以上です。",
     [("南日報記者", "interviewer"), ("知事", "interviewee"), ("山本太郎", "speaker")]),
])
def test_more_minutes_and_conference_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, r) for _, s, r in turns_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an outlet and a reporter's name in one label, in any order and separator
    ("知事定例会見\n（記者：南海新聞　森）\n港の整備はいつですか。\n（知事）\n来年です。\n"
     "（西日本放送・辻記者）\n費用はどうですか。\n（知事）\n国と折半です。",
     [("森記者", "interviewer"), ("知事", "interviewee"), ("辻記者", "interviewer"), ("知事", "interviewee")]),
    ("市長会見\n市長：始めます。\n東西日報　川口記者：駅の話です。どうなりますか。\n市長：改修します。",
     [("市長", "interviewee"), ("川口記者", "interviewer"), ("市長", "interviewee")]),
    # a press office runs the conference; the answers of (答) and Ｑ/Ａ take the header's title
    ("村長記者会見\n広報係長　始めます。\n（問１）　除雪はどうなりますか。\n（答）　業者を増やします。",
     [("広報係長", "speaker"), ("記者", "interviewer"), ("村長", "interviewee")]),
    # a panel: the moderator chairs, a guest answers under the name in brackets
    ("対談\nモデレーター：まず伺います。農業の未来は明るいですか。\nゲスト（大森春子）：明るいと思います。",
     [("モデレーター", "speaker"), ("大森春子", "interviewee")]),
    # the duty outlet's reporter and a deputy named in brackets after the role, labels alone on a line
    ("知事定例記者会見\n【知事】\n　発表します。\n【幹事社（東西新聞）】\n　予算の規模は。\n【副知事（山田一郎）】\n　30億円です。",
     [("知事", "interviewee"), ("東西新聞記者", "interviewer"), ("山田一郎", "interviewee")]),
    # the opening statement of a conference is headed by who gives it
    ("首相会見\n【大平総理冒頭発言】\n皆さん、こんにちは。\n【質疑応答】\n【記者】\n増税はありますか。\n【大平総理】\nありません。",
     [("大平総理", "interviewee"), ("記者", "interviewer"), ("大平総理", "interviewee")]),
])
def test_press_conference_labels_with_outlets_staff_and_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, r) for _, s, r in turns_of(text)][1:] == expected


def test_a_reporter_label_that_names_nobody_takes_the_name_the_reporter_gives() -> None:
    text = ("官房長官会見\n【記者】\n幹事社、南海新聞の森です。避難の状況を伺います。\n【官房長官】\n確認中です。\n"
            "【記者】\nフリーランスの辻と申します。支援はありますか。\n【官房長官】\n検討します。")
    turns = segment(text, "d").turns
    assert [t.speaker for t in turns[1:]] == ["森記者", "官房長官", "辻記者", "官房長官"]
    assert "introduction" in turns[1].cue
    assert self_introduced_reporter("アメリカの政権について伺います。") == ""
    # what the reporter is, not a name
    for intro in ("北陸日報の記者です。", "南海新聞の者です。", "西日本放送の担当です。", "中央通信の経済部です。"):
        assert self_introduced_reporter(intro) == "", intro
    assert self_introduced_reporter("中央通信の服部です。") == "服部記者"  # a surname ending in 部


def test_dash_questions_of_a_press_conference_are_the_reporters_answered_by_the_headers_title() -> None:
    text = "経済産業大臣会見の概要\n― 電気料金は上がりますか。\n据え置きます。\n― 時期は。\n来月です。"
    assert [(s, r) for _, s, r in turns_of(text)][1:] == [("記者", "interviewer"), ("経済産業大臣", "interviewee")] * 2


def test_an_election_in_the_header_names_no_answering_title() -> None:
    text = "市長選　候補者に聞く\n― 公約は何ですか。\n駅前の整備です。\n― 財源は。\n基金を充てます。"
    assert all(s != "市長" for _, s, _ in turns_of(text))
    assert header_title("市長選　候補者に聞く") == header_title("知事候補の討論会") == ""
    assert header_title("市長定例記者会見") == "市長"


def test_roles_alone_on_their_lines_with_the_text_below() -> None:
    text = "市長\n　皆さん、おはようございます。\n記者\n　財源はありますか。\n市長\n　基金を使います。"
    assert [(s, r) for _, s, r in turns_of(text)] == [("市長", "interviewee"), ("記者", "interviewer"),
                                                      ("市長", "interviewee")]


def test_bold_names_in_markdown_take_the_full_name_of_the_headline() -> None:
    text = ("# 木下春子さんインタビュー\n\n**――なぜ店を開いたのですか。**\n\n**木下** 料理が好きだからです。\n\n"
            "**――苦労は。**\n\n**木下** 仕入れです。")
    assert [(s, r) for _, s, r in turns_of(text)][1:] == [("聞き手", "interviewer"), ("木下春子", "interviewee")] * 2


def test_a_name_with_its_time_stamp_on_a_line_of_its_own() -> None:
    text = "打ち合わせ\n大川 一郎   0:00:04\n始めましょう。\n森 花子   0:00:09\n資料は届きましたか。\n大川 一郎   0:01:15\nはい。"
    turns = segment(text, "d").turns
    assert [(t.speaker, t.timestamp, t.text) for t in turns[1:]] == [
        ("大川 一郎", "0:00:04", "始めましょう。"), ("森 花子", "0:00:09", "資料は届きましたか。"), ("大川 一郎", "0:01:15", "はい。")]
    # a label's colon before a number is still a label's (`森:2019年…`)
    assert [t.speaker for t in segment("森:2019年は雪が少なかった。\n辻:そうですね。", "d").turns] == ["森", "辻"]


def test_minutes_members_named_with_kun_ask_through_stage_directions() -> None:
    text = ("○議長（中島一郎君）　日程第一。西田春子君。\n〔西田春子君登壇〕\n"
            "○西田春子君　通告に従い、市長の見解を伺います。（拍手）\n○市長（大野次郎君）　お答えします。")
    assert [(s, r) for _, s, r in turns_of(text)] == [("中島一郎", "speaker"), ("西田春子", "interviewer"),
                                                      ("大野次郎", "interviewee")]


@pytest.mark.parametrize("text, expected", [
    # minutes with each label alone on its line: a member named with 君 asks
    ("○委員長（中島一郎君）\n会議を開きます。西田春子君。\n○西田春子君\n大臣の見解を伺います。\n○国務大臣（大野次郎君）\nお答えします。",
     [("中島一郎", "speaker"), ("西田春子", "interviewer"), ("大野次郎", "interviewee")]),
    # assembly minutes without marks: a title, then the name in brackets, then a full-width space
    ("議長（森一郎）　会議を開きます。辻議員。\n辻議員　市長の考えを伺います。\n市長（林二郎）　お答えします。",
     [("森一郎", "speaker"), ("辻", "interviewer"), ("林二郎", "interviewee")]),
    # a time stamp, a bare name and a half-width space (automatic transcripts)
    ("02:10 大川 今日はよろしくお願いします\n02:14 森 よろしくお願いします\n02:20 大川 最初の質問です 何から始めましたか",
     [("大川", "interviewer"), ("森", "interviewee"), ("大川", "interviewer")]),
    # a name with its kana honorific before a colon; a host who asks once introduces, no interview
    ("司会：ゲストの辻さんです。\n辻さん：どうも。\n司会：新作について教えてください。\n辻さん：旅の話です。",
     [("司会", "speaker"), ("辻", "speaker"), ("司会", "speaker"), ("辻", "speaker")]),
    # bare names in brackets with their text on the line, coming back
    ("（聞き手）受賞おめでとうございます。\n（辻）ありがとうございます。\n（聞き手）次の目標は？\n（辻）世界大会です。",
     [("聞き手", "interviewer"), ("辻", "interviewee"), ("聞き手", "interviewer"), ("辻", "interviewee")]),
    # one who speaks once between two who come back is a speaker too, not part of the turn before
    ("（小池）会を始めます。\n（杉田）よろしくお願いします。\n（東）私も賛成です。\n（小池）どうぞ。\n（杉田）以上です。",
     [("小池", "speaker"), ("杉田", "speaker"), ("東", "speaker"), ("小池", "speaker"), ("杉田", "speaker")]),
    # (Q)/(A) in brackets: a single letter that asks and answers, not a list marker
    ("(Q)開館はいつですか。\n(A)四月です。", [("記者", "interviewer"), ("回答者", "interviewee")]),
    # bold names that come back, two of them taking turns
    ("**水野** 始めましょう。\n\n**北条** はい。\n\n**水野** 最初の議題です。\n\n**北条** 了解です。",
     [("水野", "speaker"), ("北条", "speaker"), ("水野", "speaker"), ("北条", "speaker")]),
])
def test_minutes_and_transcripts_with_labels_on_their_own_lines_stamps_and_bare_names(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, r) for _, s, r in turns_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry's minutes close the role with a bracket and no opening one (`大臣）`, `記者）`)
    ("盛山文部科学大臣記者会見録\n大臣）\n　冒頭、1件報告があります。\n記者）\n　学校の再開の見通しはいかがでしょうか。\n"
     "大臣）\n　9割が再開しております。",
     [("盛山文部科学大臣", "interviewee"), ("記者", "interviewer"), ("盛山文部科学大臣", "interviewee")]),
    # numbered questions and answers alone on their lines come back as one label each
    ("市長定例記者会見\n市長\n　給食費を無償にします。\n質問1\n　財源はどうしますか。\n回答1\n　寄附金を充てます。\n"
     "質問2\n　近隣との調整は。\n回答2\n　済んでいます。",
     [("市長", "interviewee"), ("記者", "interviewer"), ("市長", "interviewee"), ("記者", "interviewer"),
      ("市長", "interviewee")]),
    # the deputy of the chair runs the sitting, under the full name of the roll
    ("出席委員\n   理事 井出 庸生君\n○長妻委員　総理に伺います。どうお考えですか。\n○岸田内閣総理大臣　取り組みます。\n"
     "○井出委員長代理　新川主計局長。\n○新川政府参考人　お答えいたします。",
     [("長妻", "interviewer"), ("岸田", "interviewee"), ("井出庸生", "speaker"), ("新川", "interviewee")]),
    # a member whose name is written in kana
    ("○委員長（高橋克法君）　開会いたします。\n○伊藤たかえ君　大臣に伺います。進みましたか。\n○国務大臣（永岡桂子君）　進んでおります。",
     [("高橋克法", "speaker"), ("伊藤たかえ", "interviewer"), ("永岡桂子", "interviewee")]),
])
def test_ministry_minutes_numbered_roles_and_minutes_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, r) for _, s, r in turns_of(text) if r != "narration"] == expected


@pytest.mark.parametrize("text, speakers", [
    # the header's fields before anyone speaks: who gives the conference, the byline, the cast, the roll
    ("防衛大臣記者会見\n会見者：木原防衛大臣\n\n１　発表事項\n　1点ご報告します。\n記者Ａ：\n　規模は。\n大臣：\n　千人です。",
     ["", "記者Ａ", "木原防衛大臣"]),
    ("生成AI時代の開発現場\n取材・文：佐々木亮\n撮影：山本理沙\n\n――仕事を教えてください。\n小林：基盤を作っています。",
     ["", "聞き手", "小林"]),
    ("匿名座談会\n参加者：A（経済官庁・30代）、B（地方出向中・20代）\n\nA　国会の時期は終電です。\nB　私も同じです。\nA　でも、やりがいもあります。",
     ["", "A", "B", "A"]),
    ("予算委員会\n 政府参考人\n       (財務省主計局長)   新川 浩嗣君\n    ――――\n○小野寺委員長　開会します。\n○新川政府参考人　お答えします。",
     ["", "小野寺", "新川浩嗣"]),
    # the minutes' roll with counts in brackets
    ("東西市議会会議録\n○出席議員（２４名）\n　　１番　山田　花子\n○欠席議員（なし）\n◎議長（森一郎）　開きます。\n"
     "◆１番（山田花子）　伺います。どうですか。\n◎市長（佐藤次郎）　お答えします。",
     ["", "森一郎", "山田花子", "佐藤次郎"]),
    # a one-off word before a full-width space, ahead of the dialogue, is the header's
    ("若手農家インタビュー\nＰｒｏｆｉｌｅ　1996年生まれ。\n\nＱ　きっかけは。\nＡ　祖父の畑です。\nＱ　夢は。\nＡ　直売所です。",
     ["", "聞き手", "回答者", "聞き手", "回答者"]),
    # a video's chapter list before the first speaker is narration, not the transcript's clock
    ("【文字起こし】移住のリアル\n00:00 オープニング\n00:45 移住のきっかけ\n\n0:02 山口：どうも、山口です。\n"
     "0:06 大野：大野です。\n0:10 山口：なぜ移住したんですか？",
     ["", "山口", "大野", "山口"]),
    # the header's cast names who speaks under a role label, and who chairs among bare names
    ("ラジオ番組 書き起こし\n出演：MC 田中ゆう、ゲスト 森川一郎（作家）\n\n【MC】今日は森川さんです。\n【ゲスト】よろしくお願いします。\n"
     "【MC】新刊のテーマは何ですか。\n【ゲスト】家族です。",
     ["", "田中ゆう", "森川一郎", "田中ゆう", "森川一郎"]),
])
def test_header_fields_rolls_and_chapter_lists_are_no_turns(text: str, speakers: list[str]) -> None:
    assert [s for _, s, _ in turns_of(text)] == speakers


def test_the_chair_the_header_casts_speaks_for_no_side() -> None:
    text = ("〈対談〉都市と農村\n出席者：中村雅人（教授）、吉川里美（NPO代表）\n司会：本紙編集委員　大西\n\n"
            "大西　まず中村先生から。\n中村　関わる機会が増えています。\n吉川　体験が人気です。\n大西　課題はありますか。\n"
            "中村　交通の便です。\n吉川　人手も足りません。")
    assert [(s, r) for _, s, r in turns_of(text)][1:3] == [("大西", "speaker"), ("中村", "speaker")]


@pytest.mark.parametrize("text", [
    "注）この数字は速報値です。\n例）東京都の場合\nイ）申請書",      # notes and list markers closed by a bracket
    "文：山田太郎\n写真：佐藤花子\n本文です。",                    # a byline
    "取材・文／構成：編集部\n本文です。",
    "○出席委員（８名）\n○欠席委員（なし）\n以上です。",            # a committee's roll
    "市民講座のお知らせ\n講師：東西大学教授　佐藤一郎\n司会：総務課　山田\n日時：6月10日\n申込：電話で総務課へ",  # a notice
    "会議報告\n委員長：山田一郎（東西大学教授）\n副委員長：佐藤花子\n事務局：企画課\n結果：了承された。",  # a report's fields
])
def test_notes_bylines_and_rolls_stay_text(text: str) -> None:
    assert all(t.role == "narration" for t in segment(text, "d").turns), [(t.label, t.speaker) for t in segment(text, "d").turns]


def test_answers_take_the_interviewee_a_headline_names_on_a_line_of_its_own() -> None:
    text = "若手農家インタビュー\n鈴木さくらさん（28）\n\nＱ：きっかけは。\nＡ：祖父の畑です。\nＱ：夢は。\nＡ：直売所です。"
    assert [s for _, s, _ in turns_of(text)][1:3] == ["聞き手", "鈴木さくら"]
    assert interviewee_from_header("ノーベル賞受賞者に聞く\nジェニファー・ダウドナ博士") == "ジェニファー・ダウドナ"
    assert interviewee_from_header("定例記者会見\n山田太郎さん") == ""  # no interview: a name line says nothing


@pytest.mark.parametrize("header, expected", [
    ("山の暮らしをどう支えるか　山村診療所長・小田和子さんに聞く", "小田和子"),
    ("中小企業の賃上げ　商工会議所会頭　西田浩二氏に聞く", "西田浩二"),
    ("林業再生の現場から　森林組合参事・タカハシ・ケン氏に聞いた", "タカハシ・ケン"),
])
def test_the_interviewee_named_after_a_title_and_a_separator(header: str, expected: str) -> None:
    """A headline gives the post first (`施設長・山田花子さんに聞く`): the name starts after the separator."""
    assert interviewee_from_header(header) == expected


def test_unlabelled_answers_after_dash_questions_take_the_interviewee_of_the_headline() -> None:
    text = ("山の暮らしをどう支えるか　山村診療所長・小田和子さんに聞く\n\n医師不足が続いている。（聞き手・山本）\n\n"
            "――一番の課題は何ですか。\n\n医師の確保です。\n\n――国に求めることは。\n\n研修医の派遣です。")
    assert [s for _, s, _ in turns_of(text)][1:5] == ["聞き手", "小田和子", "聞き手", "小田和子"]


def test_an_interpreter_speaks_for_no_side() -> None:
    text = ("知事定例記者会見\n知事：\n　ようこそ。\nインスリー知事：\n　Thank you.\n通訳：\n　ありがとうございます。\n"
            "記者（北海道新聞）：\n　計画はありますか。\n知事：\n　あります。")
    assert [(s, r) for _, s, r in turns_of(text)][1:4] == [("知事", "interviewee"), ("インスリー知事", "interviewee"),
                                                           ("通訳", "speaker")]


@pytest.mark.parametrize("text, expected", [
    # a broadcaster's commentator is no assembly member: the caster asks, the commentator answers
    ("ニュース解説\nキャスター：物価はまだ上がりますか。\n解説委員：上昇が続きます。\nキャスター：賃上げは追いつきますか。\n"
     "解説委員：来年には追いつきます。",
     [("キャスター", "interviewer"), ("解説", "interviewee"), ("キャスター", "interviewer"), ("解説", "interviewee")]),
    # minutes name an official without a role word by the name in brackets with 君
    ("◯議長（大島　裕君）　病院事業管理者。\n◯１５番（吉田康之君）　経営をどう立て直しますか。\n"
     "◯病院事業管理者（川口　実君）　収支は改善しています。",
     [("大島　裕", "speaker"), ("吉田康之", "interviewer"), ("川口　実", "interviewee")]),
    # numbered answers before an amount (`回答１：10万人`), and the mayor the header names as a field
    ("定例記者会見\n令和6年11月5日　市長：山本太郎\n\n市長：発表は2件です。\n質問１：目標はありますか。\n回答１：10万人を目指します。",
     [("山本太郎", "interviewee"), ("記者", "interviewer"), ("山本太郎", "interviewee")]),
])
def test_commentators_officials_in_brackets_and_numbered_answers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s, r) for _, s, r in turns_of(text) if r != "narration"] == expected


def test_a_host_who_asks_one_guest_is_the_interviewer() -> None:
    text = ("司会者：今日はありがとうございます。まず、景気はどうなると思いますか？\n山田：回復すると思います。\n"
            "司会者：規制についてはどうでしょうか。\n山田：必要だと考えています。")
    assert [(s, r) for _, s, r in turns_of(text)] == [("司会者", "interviewer"), ("山田", "interviewee")] * 2
    # a moderated panel stays a panel
    panel = "司会：まず伺います。景気はどうですか。\n山田：回復しています。\n鈴木：私は違う意見です。\n司会：次の論点です。"
    assert {r for _, _, r in turns_of(panel)} == {"speaker"}


def test_a_label_takes_the_full_name_the_lead_writes_out() -> None:
    text = ("先週、OpenAIのサム・アルトマンCEOが番組に出演した。\n\n司会者：AGIはいつ来ますか？\n"
            "アルトマン：分かりません。\n司会者：規制は必要ですか？\nアルトマン：必要です。")
    assert [(s, r) for _, s, r in turns_of(text)][1:3] == [("司会者", "interviewer"), ("サム・アルトマン", "interviewee")]


def test_a_host_who_opens_a_spaced_dialogue_speaks() -> None:
    text = ("田中　本日はお集まりいただきありがとうございます。\n山田　よろしくお願いします。\n鈴木　どうぞ。\n"
            "山田　では始めます。\n鈴木　はい。")
    assert [s for _, s, _ in turns_of(text)][0] == "田中"


def test_performers_named_in_brackets_are_speakers_not_fields() -> None:
    text = "出演者（山田）：今日は防災について話します。\n出演者（鈴木）：よろしくお願いします。\n出演者（山田）：まず備蓄です。"
    assert [s for _, s, _ in turns_of(text)] == ["山田", "鈴木", "山田"]


def test_a_bracket_wrapped_onto_a_new_line_is_no_label() -> None:
    text = "○山田委員　先ほどの大臣の答弁（財務\n大臣）について伺います。\n○鈴木財務大臣　お答えします。"
    assert [s for _, s, _ in turns_of(text)] == ["山田", "鈴木"]


def test_a_caption_under_an_interview_headline_names_nobody() -> None:
    from pipeline.names import interviewee_from_header
    assert interviewee_from_header("【インタビュー】若手医師の挑戦\n写真左は医師の佐藤さん") == ""
    assert interviewee_from_header("【インタビュー】\n鈴木さくらさん（28）") == "鈴木さくら"


def test_closing_bracket_labels_before_a_turns_opening_words_stay_labels() -> None:
    text = ("記者）\n増税はありますか。\n大臣）\nありません。\n記者）では、財源はどうするのですか。\n"
            "大臣）はい、国債です。\n記者）もう一点伺います。時期は。\n大臣）来年です。")
    assert [s for _, s, _ in turns_of(text)] == ["記者", "大臣"] * 3


def test_a_lead_names_a_label_only_with_a_title_or_honorific() -> None:
    text = ("トム・ハンクス主演の新作について、監督のトム・ベイカー氏に、記者のハンクスが話を聞いた。\n\n"
            "ハンクス：撮影はどうでしたか？\nベイカー：楽しかったです。\nハンクス：次回作は？\nベイカー：秘密です。")
    assert [s for _, s, _ in turns_of(text)][1:3] == ["ハンクス", "トム・ベイカー"]


def test_the_interviewer_a_headline_credits_is_not_interviewed() -> None:
    from pipeline.names import interviewee_from_header
    assert interviewee_from_header("【インタビュー】円安の行方　聞き手・佐藤花子さん") == ""


def test_a_member_asking_in_formal_assembly_verbs_asks() -> None:
    """`〜の御所見をお伺いいたします`, `御答弁をお願いいたします`: the member under a kanji seat number asks."""
    text = ("○議長（大西正人君）　三十一番田村由紀君。\n　　　〔三十一番田村由紀君登壇〕\n"
            "○三十一番（田村由紀君）　県民クラブの田村でございます。医師不足は深刻です。知事の御所見をお伺いいたします。\n"
            "○議長（大西正人君）　知事坂本一郎君。\n○知事（坂本一郎君）　お答えいたします。奨学金制度を拡充してまいります。\n"
            "○議長（大西正人君）　三十一番田村由紀君。\n"
            "○三十一番（田村由紀君）　再質問いたします。拡充の規模はどの程度か、御答弁をお願いいたします。\n")
    roles = {speaker: role for _, speaker, role in turns_of(text)}
    assert roles == {"大西正人": "speaker", "田村由紀": "interviewer", "坂本一郎": "interviewee"}


def test_the_editorial_voice_of_a_magazine_asks() -> None:
    text = ("地方鉄道は生き残れるか　北陸鉄道社長・森田浩氏に聞く\n\n赤字路線の廃止が相次いでいる。\n\n"
            "編集部：利用者が減っている一番の理由はどこにあるのでしょう。\n\n森田：人口減少です。\n\n"
            "編集部：廃線の判断基準は。\n\n森田：沿線の合意です。\n")
    assert [(s, r) for _, s, r in turns_of(text)][1:3] == [("編集部", "interviewer"), ("森田浩", "interviewee")]


def test_a_member_named_with_a_kana_given_name_loses_the_title() -> None:
    text = ("○議長（大西正人）　７番、田中みどり議員。\n◆７番（田中みどり議員）　公園の遊具について伺います。\n"
            "◎市長（坂本一郎）　お答えいたします。来年度に更新いたします。\n")
    assert [s for _, s, _ in turns_of(text)] == ["大西正人", "田中みどり", "坂本一郎"]


def test_the_host_of_a_press_conference_with_a_long_post_answers() -> None:
    """`〜委員会委員長記者会見`: a chair's title, yet the one who holds the conference answers `A.`."""
    assert header_person("高木原子力規制委員会委員長定例会見\n日時：6月1日", "answerer") == "高木原子力規制委員会委員長"
    assert header_person("新年度予算案発表市長定例記者会見", "answerer") == ""  # a subject of the conference, no host
    text = "高木原子力規制委員会委員長定例会見\n\nQ.　審査の見通しは。\nA.　年内に結論を出します。\n"
    assert [s for _, s, _ in turns_of(text)][1:] == ["記者", "高木原子力規制委員会委員長"]


def test_a_lead_names_the_interviewee_with_an_age_and_what_was_asked() -> None:
    lead = "商店街で八百屋を営む岡田誠さん（５２）に、地域の食卓の今を聞いた。（聞き手・山本）"
    assert interviewee_from_header(f"八百屋の目から見た物価高\n\n{lead}") == "岡田誠"


def test_unmarked_minutes_labels_with_a_seat_number_and_the_chairs_call() -> None:
    """`議長（…君）　知事森本隆之君。` is the chair's call, a sentence in kanji alone, not a heading; a member
    under a seat number (`二十番（…君）`) asks the officials even when the turn ends on a fact."""
    text = ("議長（吉岡昭君）　これより一般質問を行います。十八番岡野真理子君。\n　　　〔十八番　岡野真理子君登壇〕\n"
            "十八番（岡野真理子君）　県立図書館の在り方について伺います。\n　来館者は減り続けています。\n"
            "議長（吉岡昭君）　知事森本隆之君。\n知事（森本隆之君）　お答えいたします。\n")
    assert [(s, r) for _, s, r in turns_of(text)] == [
        ("吉岡昭", "speaker"), ("岡野真理子", "interviewer"), ("吉岡昭", "speaker"), ("森本隆之", "interviewee")]


def test_a_profile_line_with_a_reading_names_the_interviewee_of_a_name_label() -> None:
    text = ("【インタビュー】地ビールの未来\n森岡健太（もりおか・けんた）　1980年長野県生まれ。2010年に醸造所を開く。\n\n"
            "聞き手：地ビールの人気が続いています。\n森岡：はい、若い人が増えました。\n聞き手：課題は。\n森岡：人手不足です。\n")
    assert [s for _, s, _ in turns_of(text)][1:3] == ["聞き手", "森岡健太"]


@pytest.mark.parametrize("header, expected", [
    ("外来魚はなぜ減らないのか\n県水産試験場の研究員・中島亮さんに聞く", "中島亮"),
    ("AI企業CEO・サム・アルトマン氏に聞く", "サム・アルトマン"),
])
def test_a_post_joined_by_a_middle_dot_is_no_part_of_the_name(header: str, expected: str) -> None:
    assert interviewee_from_header(header) == expected
