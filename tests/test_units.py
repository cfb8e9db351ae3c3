"""What is a unit and what is not: questions, greetings, procedure, feelings, reports, headlines."""
from __future__ import annotations

import pytest

SPEAKER = "田中:"


def texts(units) -> list[str]:
    return [u.text for u in units]


@pytest.mark.parametrize("sentence", [
    "新しい制度についてどうお考えですか?",
    "予算はいつ決まりますか。",
    "本日はお越しいただき、ありがとうございます。",
    "次に、財政の問題について話しましょう。",
    "来月の公開がとても楽しみです。",
    "皆さんとお会いできて嬉しいです。",
    "私たちは昨年、新しい工場を建設しました。",
    "先週、二つの報告書を公表しました。",
    "私たちは人材の育成に注力しています。",
])
def test_not_units(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


@pytest.mark.parametrize("sentence, expected", [
    ("この政策は地方経済にとって重要だ。", "この政策は地方経済にとって重要だ"),
    ("増税は景気を冷やすでしょう。", "増税は景気を冷やすでしょう"),
    ("政府はもっと早く対策を講じるべきではないでしょうか。", "政府はもっと早く対策を講じるべきではないでしょうか"),
    ("多くの自治体が人手不足に悩んでいます。", "多くの自治体が人手不足に悩んでいます"),
])
def test_claims(units_of, sentence: str, expected: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert texts(units) == [expected]
    assert units[0].role == "claim"


def test_narration_headline_and_news_report_are_not_units(units_of) -> None:
    text = "首相、経済の再生を語る\n\n10日、政府は新たな経済対策を発表した。景気の回復は遠い。"
    units = units_of(text)
    assert texts(units) == ["景気の回復は遠い"]
    assert units[0].holder == ""


def test_an_unclosed_line_that_ends_like_a_sentence_is_no_headline(units_of) -> None:
    text = "市の財政は厳しいので、この計画は見直すべきです\n\n駅前の再開発について\n\n景気の回復は遠い。"
    units = units_of(text)
    assert texts(units) == ["市の財政は厳しいので", "この計画は見直すべきです", "景気の回復は遠い"]


def test_offsets_point_into_the_document(units_of) -> None:
    text = f"前置きの文です。\n{SPEAKER}この改革は必要です。"
    for unit in units_of(text):
        assert text[unit.start:unit.end] == unit.text


def test_chair_turns_are_procedure(units_of) -> None:
    text = ("○委員長（武部勤君）　これより会議を開きます。質疑の申出がありますので、順次これを許します。\n"
            "○山田太郎君　物価の上昇は家計を直撃しています。政府は早急に対策を講じるべきです。")
    units = units_of(text)
    assert [u.holder for u in units] == ["山田太郎", "山田太郎"]


@pytest.mark.parametrize("sentence", ["お答えいたします。", "御説明申し上げます。", "次の議題に移ります。"])
def test_announcements_are_procedure(units_of, sentence: str) -> None:
    assert units_of(f"○河本政府参考人　{sentence}") == []


def test_self_introduction_is_not_a_unit(units_of) -> None:
    assert units_of("○佐藤花子君　おはようございます。民主党の佐藤花子です。") == []


def test_two_token_connective_is_stripped(units_of) -> None:
    units = units_of("田中:景気は回復した。しかしながら、賃金はまだ低い。")
    assert units[-1].text == "賃金はまだ低い"


@pytest.mark.parametrize("sentence, expected", [
    ("大臣、この制度は早急に見直すべきではありませんか。", "この制度は早急に見直すべきではありませんか"),
    ("山田市長、駅前の再開発は急ぐべきです。", "駅前の再開発は急ぐべきです"),
    ("市長、副市長が会議に出席しないのは問題です。", "市長、副市長が会議に出席しないのは問題です"),
    ("部長、課長が揃って欠席したのは問題です。", "部長、課長が揃って欠席したのは問題です"),
    ("市長、そして副市長も責任を負うべきです。", "市長、そして副市長も責任を負うべきです"),
    ("総理、国民の不安は高まるばかりです。", "国民の不安は高まるばかりです"),
    ("大臣、延長国会で法案を通すべきです。", "延長国会で法案を通すべきです"),
])
def test_a_leading_address_to_the_listener_is_left_out_of_the_span(units_of, sentence: str, expected: str) -> None:
    """`大臣、`: whom the speaker addresses is no part of the proposition; a list of titles stays."""
    assert [u.text for u in units_of(f"森:{sentence}")] == [expected]


def test_units_of_a_hard_wrapped_text_span_its_line_breaks(extract) -> None:
    """The parser read each sentence joined (`導入`, `考えます` are whole words): a unit reads
    joined, its offsets are the document's, spanning the line breaks and page number."""
    from tests.test_segment import WRAPPED_MINUTES
    units, _, _ = extract(WRAPPED_MINUTES)
    by_text = {u.text: u for u in units}
    demand = by_text["デマンド交通の導入を急ぐべきだ"]  # across the line breaks and the page number between them
    assert demand.type == "normative" and demand.frame == "と考えます"
    assert WRAPPED_MINUTES[demand.start:demand.end] == "デマンド交通の導\n－３－\n入を急ぐべきだ"
    framed = by_text["高齢者の移動手段の確保は喫緊の課題である"]  # its frame was on the next line
    assert framed.frame == "と認識しております"
    assert WRAPPED_MINUTES[framed.end:framed.end + 3] == "\nと認"
    for unit in units:
        assert WRAPPED_MINUTES[unit.start:unit.end].replace("\n", "").replace("－３－", "") == unit.text


def test_a_word_the_tagger_calls_punctuation_stays_in_the_span(units_of) -> None:
    # GiNZA tags `第２子` (a full-width digit) PUNCT; SudachiPy's tag says it is a noun
    unit = units_of("市長:第２子以降の無償化につきましては、来年度の予算編成の中で検討してまいります。")[0]
    assert unit.text.startswith("第２子以降の無償化")
