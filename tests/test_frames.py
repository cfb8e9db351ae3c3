"""Attitude frames and holders: the frame leaves the span, its subject decides who holds the claim."""
from __future__ import annotations

import pytest


def only(units):
    assert len(units) == 1, [u.text for u in units]
    return units[0]


def test_thinking_frame_is_stripped_and_recorded(units_of) -> None:
    unit = only(units_of("山本:私は、再生可能エネルギーが主力電源になると考えています。"))
    assert unit.text == "再生可能エネルギーが主力電源になる"
    assert unit.frame == "と考えています"
    assert unit.holder == "山本"
    assert unit.hedged == 0


def test_omo_frame_hedges(units_of) -> None:
    unit = only(units_of("山本:この計画は実現が難しいと思います。"))
    assert unit.text == "この計画は実現が難しい"
    assert unit.hedged == 1


def test_negated_frame_negates_the_claim(units_of) -> None:
    unit = only(units_of("山本:物価がすぐに下がるとは考えていません。"))
    assert unit.polarity == "neg"
    assert unit.text == "物価がすぐに下がる"


def test_two_framed_propositions_in_one_sentence(units_of) -> None:
    units = units_of("山本:教育への投資が成長を生むと信じており、地方も豊かになると考えています。")
    assert [u.text for u in units] == ["教育への投資が成長を生む", "地方も豊かになる"]
    assert units[0].hedged == 0  # 信じています is a strong frame


def test_reported_speech_holder_is_the_person_reported(units_of) -> None:
    text = ("鈴木一郎氏は会見に臨んだ。\n\n鈴木は、規制の強化が必要だと述べた。"
            "彼は、市場がいずれ回復すると予測している。")
    units = units_of(text)
    assert [u.holder for u in units] == ["鈴木一郎", "鈴木一郎"]
    assert units[1].type == "prediction"


def test_quotation_sentences_belong_to_the_person_quoted(units_of) -> None:
    text = "佐藤花子氏が講演した。彼女は次のように語った:「技術は社会を変えるでしょう。変化は避けられません。」"
    units = units_of(text)
    assert [u.holder for u in units] == ["佐藤花子", "佐藤花子"]
    assert [u.ctx.in_quote for u in units] == [True, True]


def test_belief_of_others_is_itself_the_proposition(units_of) -> None:
    unit = only(units_of("山本:当時、多くの人々は、紙の新聞がなくならないと考えていました。"))
    assert unit.frame == ""
    assert "人々は" in unit.text and unit.text.endswith("考えていました")
    assert unit.holder == "山本"


def test_koto_frame(units_of) -> None:
    unit = only(units_of("山本:新しい技術が医療の質を高めることを期待しています。"))
    assert unit.text == "新しい技術が医療の質を高める"
    assert unit.frame.startswith("ことを期待")


def test_non_human_topic_stays_inside_the_complement(units_of) -> None:
    unit = only(units_of("山本:原子力は、長期的に見れば最も安い電源だと考えています。"))
    assert unit.text.startswith("原子力は")
    assert unit.holder == "山本"


def test_bare_first_person_frame_keeps_the_topic_in_the_proposition(units_of) -> None:
    unit = only(units_of("山本:政府は、補助を拡充すべきだと考えます。"))
    assert unit.text == "政府は、補助を拡充すべきだ"
    assert unit.holder == "山本"


def test_titled_speaker_holds_reported_speech(units_of) -> None:
    unit = only(units_of("山本:長官は、規制は不要だと述べていました。"))
    assert unit.holder == "長官"
    assert unit.frame.startswith("と述べて")


def test_news_report_of_a_titled_person_and_a_quotation(units_of) -> None:
    units = units_of("財務省の山田太郎次官は会見で「財政の立て直しは急務だ」と述べた。"
                     "山田次官は、増税はやむを得ないとの見方を示した。")
    assert [(u.holder, u.text) for u in units] == [("山田太郎", "財政の立て直しは急務だ"),
                                                  ("山田太郎", "増税はやむを得ない")]


def test_hard_to_think_denies_the_proposition(units_of) -> None:
    unit = only(units_of("給付だけで出生率が上がるとは考えにくい。"))
    assert unit.polarity == "neg"


def test_a_frame_noun_with_a_light_verb_frames(units_of) -> None:
    unit = only(units_of("山本:この計画は必ず成功すると確信をいたしております。"))
    assert (unit.text, unit.frame, unit.role) == ("この計画は必ず成功する", "と確信をいたしております", "claim")


def test_the_speakers_own_past_remark_is_a_claim(units_of) -> None:
    unit = only(units_of("山本:私は、この制度には重大な欠陥があると指摘をしました。"))
    assert (unit.text, unit.role) == ("この制度には重大な欠陥がある", "claim")


def test_taking_it_that_frames_a_view(units_of) -> None:
    """`〜だと受け止めております`: how the speaker reads a matter, a frame like `〜と考えています`."""
    units = units_of("森:今回の結果は職員の努力の成果だと受け止めております。")
    assert [(u.text, u.frame) for u in units] == [("今回の結果は職員の努力の成果だ", "と受け止めております")]


def test_a_view_verb_that_names_a_noun_frames_nothing(units_of) -> None:
    """`〜と思われている制度`: the verb says which scheme; the sentence is about it."""
    units = units_of("森:先生の負担を軽くすると思われている制度も増えていますが、効果は不明です。")
    assert units and [u.frame for u in units] == [""] * len(units)


def test_a_view_verb_before_a_clause_ending_still_frames(units_of) -> None:
    """`〜と考えておりまして`: GiNZA may attach the verb to a later noun; not attributive, it frames."""
    units = units_of("森:福祉と警察の連携が重要であると考えておりまして、協議の場を設けます。")
    assert units[0].frame.startswith("と考えて")


@pytest.mark.parametrize("sentence, proposition, frame", [
    ("地方の医師不足が深刻化していることも認識しております。", "地方の医師不足が深刻化している", "ことも認識しております"),
    ("この制度に多くの課題があることを承知しております。", "この制度に多くの課題がある", "ことを承知しております"),
    ("現場の負担が限界に近いことは十分に理解しています。", "現場の負担が限界に近い", "ことは十分に理解しています"),
])
def test_a_koto_frame_with_mo_or_wa_or_shouchi_leaves_the_span(units_of, sentence: str, proposition: str,
                                                              frame: str) -> None:
    unit = only(units_of(f"山本:{sentence}"))
    assert (unit.text, unit.frame) == (proposition, frame)


def test_koto_mo_before_no_frame_verb_frames_nothing(units_of) -> None:
    unit = only(units_of("山本:多くの人が知っていることも事実です。"))
    assert unit.frame == ""


def test_a_frame_verb_in_the_formal_progressive_still_frames(units_of) -> None:
    unit = only(units_of("市長:地域の皆様の御理解が不可欠であると認識しているところでございます。"))
    assert (unit.text, unit.frame, unit.type) == ("地域の皆様の御理解が不可欠である", "と認識しているところでございます",
                                                  "evaluation")
    unit = only(units_of("市長:十分な効果が上がっていると考えているところであります。"))
    assert unit.text == "十分な効果が上がっている"


def test_an_act_in_the_formal_progressive_stays_a_reported_act(units_of) -> None:
    unit = only(units_of("市長:本市は、国の補助を受けて、道路の補修を進めているところでございます。"))
    assert unit.role == "premise"


@pytest.mark.parametrize("sentence", [
    "この程度の値下げで利用者が増えるとはとても思えません。",
    "この程度の値下げで利用者が増えるとは到底思えません。",
])
def test_a_doubt_framed_with_omoeru(units_of, sentence: str) -> None:
    """`〜とは到底思えません`: the potential of 思う frames, an adverb between; the frame negates."""
    unit = only(units_of(f"山本:{sentence}"))
    assert (unit.text, unit.polarity, unit.type) == ("この程度の値下げで利用者が増える", "neg", "prediction")


def test_omoeru_inside_the_proposition_is_no_frame(units_of) -> None:
    unit = only(units_of("山本:この町の将来は明るいように思えるが、課題は多い。"))
    assert unit.frame == ""
