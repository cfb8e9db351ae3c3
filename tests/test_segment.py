"""Segmentation: speaker labels, roles, canonical names, sentence splits, and nothing lost."""
from __future__ import annotations

import pytest

from pipeline.cutting import MAX_SENTENCE_CHARS
from pipeline.names import canonical_names
from pipeline.segment import check_coverage, segment


def speakers(text: str) -> list[tuple[str, str]]:
    return [(turn.speaker, turn.role) for turn in segment(text, "d").turns]


def sentence_texts(text: str) -> list[str]:
    return [s.text for s in segment(text, "d").sentences]


@pytest.mark.parametrize("text, expected", [
    # 名前: / 名前： at a line start, with or without a space after the colon
    ("山田太郎:今日は晴れです。\n鈴木花子： そうですね。", [("山田太郎", "speaker"), ("鈴木花子", "speaker")]),
    # a label alone on its line, the text on the next line
    ("司会者：\n本日はよろしくお願いします。\n田中：\nはい、お願いします。",
     [("司会者", "speaker"), ("田中", "speaker")]),
    # Diet minutes
    ("○山田太郎君　大臣に伺います。どうお考えですか。\n○国務大臣（河野太郎君）　お答えいたします。重要だと考えております。",
     [("山田太郎", "interviewer"), ("河野太郎", "interviewee")]),
    # minutes name the person without the office: `○河本政府参考人` is 河本
    ("○佐藤委員　質問はありますか。\n○河本政府参考人　ございません。", [("佐藤", "interviewer"), ("河本", "interviewee")]),
    # Q: / A: (a reporter asks; nobody names who answers)
    ("Q: 何を発表しましたか?\nA: 新しいモデルです。", [("記者", "interviewer"), ("回答者", "interviewee")]),
    ("Q．何を発表しましたか？\nA．新しいモデルです。", [("記者", "interviewer"), ("回答者", "interviewee")]),
    # 【名前】
    ("【山田】今日は晴れです。\n【鈴木】そうですね。", [("山田", "speaker"), ("鈴木", "speaker")]),
])
def test_label_styles(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("text", [
    "彼は次のように述べています:「未来は明るい。」",
    "首相、AIの未来を語る:知的エージェントが人間を超える",
    "以下はインタビューの主な内容です:\n今日は晴れです。",
    "午後3時：会議が始まった。",
    "https://example.com を参照。",
])
def test_colons_that_are_not_labels(text: str) -> None:
    assert all(turn.role == "narration" and turn.speaker == "" for turn in segment(text, "d").turns)


def test_interview_roles_and_narration() -> None:
    text = ("記者が首相に話を聞いた。\n\n"
            "佐藤健:今日はありがとうございます。経済の見通しはどうですか?\n"
            "山本一郎:景気は回復すると考えています。\n\n賃金も上がるでしょう。\n"
            "佐藤健:なるほど。物価はどうなりますか?\n"
            "山本:物価は安定すると思います。")
    turns = segment(text, "d").turns
    assert [(t.speaker, t.role) for t in turns] == [
        ("", "narration"), ("佐藤健", "interviewer"), ("山本一郎", "interviewee"),
        ("佐藤健", "interviewer"), ("山本一郎", "interviewee")]
    # a turn runs over blank lines until the next label
    assert turns[2].text == "景気は回復すると考えています。\n\n賃金も上がるでしょう。"
    assert turns[4].label == "山本:"


def test_canonical_names_map_short_to_full() -> None:
    mapping = canonical_names(["マーク・ザッカーバーグ", "ザッカーバーグ", "ロワン・チョン"])
    assert mapping["ザッカーバーグ"] == "マーク・ザッカーバーグ"
    assert mapping["ロワン・チョン"] == "ロワン・チョン"
    # ambiguous short name: two full names share it, so it stays as it is
    assert canonical_names(["山田 太郎", "山田 花子", "山田"])["山田"] == "山田"


@pytest.mark.parametrize("text, expected", [
    ("今日は晴れです。明日は雨でしょう。", ["今日は晴れです。", "明日は雨でしょう。"]),
    ("本当ですか！？　はい！そうです？", ["本当ですか！？", "はい！", "そうです？"]),
    ("Really?Yes!OK.", ["Really?", "Yes!", "OK."]),
    ("7月24日未明、Metaは新モデルを発表した。", ["7月24日未明、Metaは新モデルを発表した。"]),
    ("見出しの行\n本文です。", ["見出しの行", "本文です。"]),
    ("それは…どうでしょう。まあ……いいです。", ["それは…どうでしょう。", "まあ……いいです。"]),
    ("「伝染るんです。」という漫画があります。", ["「伝染るんです。」という漫画があります。"]),
    ("彼（元首相。故人）は言った。", ["彼（元首相。故人）は言った。"]),
    ("彼は次のように述べた:「未来は明るい。問題は多い。」その後退席した。",
     ["彼は次のように述べた:", "「未来は明るい。", "問題は多い。」", "その後退席した。"]),
    ("「そうですね。」と彼は言った。", ["「そうですね。」と彼は言った。"]),
])
def test_sentence_splits(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


def test_sentences_inside_a_multi_sentence_quote_are_marked() -> None:
    result = segment("彼は述べた:「未来は明るい。問題は多い。」", "d")
    assert [s.in_quote for s in result.sentences] == [False, True, True]


HOSTILE = {
    "empty_lines": "\n\n\n",
    "crlf_already_normalized": "一行目です。\n二行目です。\n",
    "quote_period": "「伝染るんです。」という漫画があります。",
    "long_no_period": "あ" * 1500 + "、" + "い" * 1500,
    "very_long_no_comma": "う" * (MAX_SENTENCE_CHARS * 2 + 7),
    "mixed_width": "ＡＢＣ社は１２３億円、ABC社は123億円です。ｶﾀｶﾅもｶﾅです！",
    "unclosed_bracket": "彼は「終わらない引用。まだ続く。\n次の行です。",
    "stray_closer": "」閉じ括弧だけ。」",
    "label_only": "山田:\n",
    "spaces_everywhere": "　 今日は 晴れ　です 。 \n\n 明日 。",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_inputs_lose_nothing(name: str) -> None:
    text = HOSTILE[name]
    result = segment(text, "d")
    check_coverage(text, result)  # raises if a character is lost or doubled
    for sentence in result.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert len(sentence.text) <= MAX_SENTENCE_CHARS


def test_a_3000_character_sentence_is_cut_and_the_cut_recorded() -> None:
    sentences = segment(HOSTILE["long_no_period"], "d").sentences
    assert len(sentences) > 3000 // MAX_SENTENCE_CHARS
    assert [s.cut for s in sentences][-1] == "" and {s.cut for s in sentences[:-1]} <= {"comma", "limit"}
    assert "".join(s.text for s in sentences) == HOSTILE["long_no_period"]


def test_sentence_ids_are_stable_and_ordered() -> None:
    text = "山田:一つ目。二つ目。\n鈴木:三つ目。"
    first = segment(text, "doc")
    assert [s.sent_id for s in first.sentences] == ["doc:s0001", "doc:s0002", "doc:s0003"]
    assert [s.turn_id for s in first.sentences] == ["doc:t001", "doc:t001", "doc:t002"]
    assert segment(text, "doc") == first


def test_diet_minutes_roles() -> None:
    text = ("○委員長（武部勤君）　これより会議を開きます。山田太郎君。\n"
            "○山田太郎君　物価が上がっています。大臣の見解を伺います。\n"
            "○国務大臣（河野太郎君）　お答えいたします。対策を講じてまいります。\n"
            "○山田太郎君　補助の拡充について、総理の答弁を求めます。\n"
            "○国務大臣（河野太郎君）　検討いたします。")
    roles = {t.speaker: t.role for t in segment(text, "d").turns}
    assert roles == {"武部勤": "speaker", "山田太郎": "interviewer", "河野太郎": "interviewee"}


@pytest.mark.parametrize("text, expected", [
    # two hosts talking as peers: letters name them, neither asks mostly
    ("A：最近、駅前の店が減りましたね。\nB：減りましたね。家賃が高いんですよ。\nA：それに客も減ってますし。",
     [("A", "speaker"), ("B", "speaker"), ("A", "speaker")]),
    # one of the two mostly asks: interviewer and interviewee, still named by their letters
    ("A：今日はどちらから来ましたか？\nB：横浜からです。\nA：混んでいましたか？\nB：かなり混んでいました。",
     [("A", "interviewer"), ("B", "interviewee"), ("A", "interviewer"), ("B", "interviewee")]),
    # a real Q&A keeps its answerer
    ("Q：新製品はいつ出ますか？\nA：来月の予定です。", [("記者", "interviewer"), ("回答者", "interviewee")]),
])
def test_letter_labels_answer_only_beside_a_question_label(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text) == expected


def test_a_narrators_label_is_narration() -> None:
    turns = segment("ナレーション：商店街で話を聞きました。\n店主：客足は戻ってますね。", "d").turns
    assert [(t.speaker, t.role) for t in turns] == [("", "narration"), ("店主", "speaker")]


WRAPPED_MINUTES = (
    "○議長（高橋健一）　次に、５番、松本議員。\n"
    "○５番（松本由美）　公明党の松本でございます。高齢者の移動手段の確保について\n"
    "質問いたします。本市では、運転免許を自主返納する高齢者が年々増えており、昨年\n"
    "度は約６００人に上りました。一方で、路線バスは赤字を理由に減便が続いており、\n"
    "郊外に住む高齢者は買い物や通院にも困る状況になっております。デマンド交通の導\n"
    "－３－\n"
    "入を急ぐべきだと考えます。市長の見解を伺います。\n"
    "○市長（中島誠）　お答えいたします。高齢者の移動手段の確保は喫緊の課題である\n"
    "と認識しております。来年度、一部地域で実証運行を行ってまいります。\n")


def test_a_hard_wrapped_text_joins_its_lines_inside_sentences() -> None:
    result = segment(WRAPPED_MINUTES, "d")
    texts = [s.text for s in result.sentences]
    assert "昨年 度は約６００人に上りました。" in texts[3]  # the break inside 昨年度 is a space for the parser
    assert "デマンド交通の導" in texts[5] and texts[5].endswith("入を急ぐべきだと考えます。")  # across a page number
    assert texts[-2] == "高齢者の移動手段の確保は喫緊の課題である と認識しております。"
    for sentence in result.sentences:  # offsets are the document's, the text the same length
        assert len(sentence.text) == sentence.end - sentence.start
        assert sentence.text.replace(" ", "") == WRAPPED_MINUTES[sentence.start:sentence.end].replace("\n", "").replace(
            "－３－", "")


def test_a_joined_sentence_says_what_its_reading_leaves_out() -> None:
    """`joins`: the soft breaks (and a page number between them) the parser does not read; the
    reading maps each of its characters back to the document."""
    from pipeline.sentences import reading
    result = segment(WRAPPED_MINUTES, "d")
    readings = {reading(s.text, s.start, s.joins)[0]: s for s in result.sentences}
    assert "本市では、運転免許を自主返納する高齢者が年々増えており、昨年度は約６００人に上りました。" in readings
    demand = readings["デマンド交通の導入を急ぐべきだと考えます。"]
    (run,) = demand.joins.split()
    assert WRAPPED_MINUTES[slice(*map(int, run.split("-")))] == "\n－３－\n"  # the page number too
    for sentence in result.sentences:
        text, offsets = reading(sentence.text, sentence.start, sentence.joins)
        assert "".join(WRAPPED_MINUTES[sentence.start + k] for k in offsets) == text
        assert " " not in text and bool(sentence.joins) == (text != sentence.text)


def test_the_parser_reads_joined_sentences_and_the_cache_key_follows_the_joins() -> None:
    import pandas as pd

    from pipeline.nlp import cache_key, document_offsets, parser_texts
    rows = pd.DataFrame([vars(s) for s in segment(WRAPPED_MINUTES, "d").sentences])
    texts = parser_texts(rows)
    assert "デマンド交通の導入を急ぐべきだと考えます。" in texts
    unjoined = rows.assign(joins="")  # an ordinary document: the texts as they are, the same keys as before
    assert parser_texts(unjoined) == list(rows["text"]) == parser_texts(rows.drop(columns="joins"))
    assert cache_key(texts, "tag") != cache_key(parser_texts(unjoined), "tag")
    for text, start, offsets in zip(texts, rows["start"], document_offsets(rows)):
        offsets = offsets or range(start, start + len(text))
        assert "".join(WRAPPED_MINUTES[k] for k in offsets) == text


def test_a_line_break_between_two_latin_words_reads_as_one_space() -> None:
    from pipeline.sentences import reading
    text = ("本市では、オープンソースの技術を活用した open\n"
            "source との連携によって、行政の情報システムを\n"
            "更新する費用を大きく抑えることができると考えており\n"
            "ます。一方で、職員の研修や運用の体制づくりには、なお\n"
            "時間が必要であると認識しております。\n")
    assert [reading(s.text, s.start, s.joins)[0] for s in segment(text, "d").sentences] == [
        ("本市では、オープンソースの技術を活用した open source との連携によって、行政の情報システムを"
         "更新する費用を大きく抑えることができると考えております。"),
        "一方で、職員の研修や運用の体制づくりには、なお時間が必要であると認識しております。"]


@pytest.mark.parametrize("text", [
    # lines of one width that end their sentences: an ordinary text, one sentence a line
    "市の人口は昨年より三百人減って四万二千人になりました。\n駅前の商店街では空き店舗が目立つようになっています。\n"
    "来年度は中心市街地の活性化に重点的に予算を配分します。\n",
    # short lines without 。 (a list, headings): no width to wrap at
    "質疑応答\n冒頭発言\n財政の見通し\n港湾の整備\n",
    # a paragraph indented after a line that stops short of the width
    "本市では高齢者が年々増えており、昨年度は約六百人に上り\n　一方で路線バスは減便が続いており、買い物にも困る\n"
    "状況です。\n　さらに通院の足の確保も大きな課題となってきており\n",
])
def test_texts_that_are_not_hard_wrapped_keep_their_line_breaks(text: str) -> None:
    from pipeline.sentences import soft_line_breaks
    assert soft_line_breaks(text) == frozenset()


def test_a_chairs_many_short_lines_do_not_unwrap_a_wrapped_text() -> None:
    from pipeline.sentences import soft_line_breaks
    chair = "○委員長（山田太郎君）　ほかに質疑はありませんか。\n○委員長（山田太郎君）　質疑なしと認めます。\n" * 6
    assert soft_line_breaks(WRAPPED_MINUTES + chair) == soft_line_breaks(WRAPPED_MINUTES) != frozenset()


def test_titles_dates_rules_and_bullets_are_no_wrapped_lines() -> None:
    from pipeline.sentences import soft_line_breaks
    header = ("令和６年２月定例会　北国県議会会議録　第４号\n令和６年３月５日（火曜日）午前10時開議\n"
              "――――――――――――――――――――\n○議事日程（第４号）\n"
              "・三位一体の改革についての本県への影響\n・知事選挙への出馬表明と公約についての考え方\n"
              "・高知空港の名称を変更する運動についての見解\n○議長（高田一郎君）　ただいまから本日の会議を開きます。\n")
    assert soft_line_breaks(header) == frozenset()


@pytest.mark.parametrize("wrapped, read", [
    ("総額が1,23\n4億円です。", "総額が1,234億円です。"),      # digits split by a wrap join
    ("令和2\n0年度の予算です。", "令和20年度の予算です。"),
    ("open\nsourceの時代です。", "open sourceの時代です。"),  # two Latin words keep one white space
    ("Llama 3.1 \n405Bが出た。", "Llama 3.1 405Bが出た。"),  # a space typed before the break stays
])
def test_a_soft_break_joins_all_but_two_latin_words(wrapped: str, read: str) -> None:
    from pipeline.sentences import joins_of, reading
    soft = frozenset({wrapped.index("\n")})
    assert reading(wrapped, 0, joins_of(wrapped, 0, len(wrapped), soft))[0].replace("\n", " ") == read


def test_headings_of_one_width_between_longer_lines_are_no_wrap() -> None:
    from pipeline.sentences import soft_line_breaks
    text = ("市長の施政方針について、三点伺います。\n第一に、地域の防災力の強化に向けた取り組みについて\n"
            "本市では昨年、大規模な水害が発生し、多くの市民が避難を余儀なくされました。避難所の運営には課題が残りました。\n"
            "第二に、子育て世帯への経済的な支援の拡充策についてです\n"
            "出生数は年々減少しており、若い世代が安心して子どもを育てられる環境づくりが急務であると考えます。\n"
            "第三に、高齢者の移動手段を確保するための交通政策について\n"
            "路線バスの減便が続き、通院や買い物に困る高齢者が増えております。早急な対策が必要です。\n")
    assert soft_line_breaks(text) == frozenset()


def test_a_footnote_longer_than_the_wrap_width_leaves_the_wrap() -> None:
    from pipeline.sentences import soft_line_breaks
    body = ("本市では高齢化が急速に進んでおり、公共交通の確保が大きな課題となっております。路線バスの減便が続く中で、"
            "通院や買い物に困る方が増えており、市としてデマンド交通の導入を早急に検討すべきであると考えます。"
            "近隣の市では既に実証運行が始まっており、利用者の評価も高いと聞いております。本市においても、"
            "まずは一部の地域で試験的に運行し、費用と効果を検証した上で本格的な導入を判断すべきです。")
    wrapped = "\n".join(body[k:k + 30] for k in range(0, len(body), 30))
    notes = ("\n※注１　ここでいう高齢化率は六十五歳以上の人口が総人口に占める割合をいい、国勢調査の数値による。\n"
             "※注２　デマンド交通とは、利用者の予約に応じて運行する乗合型の交通をいい、路線を定めない。\n")
    assert soft_line_breaks(wrapped + notes) == soft_line_breaks(wrapped + "\n") != frozenset()
