"""Reported speech across sentences: a sentence that introduces a quotation gives the quoted
sentences to the person it names; `Xの発言にあったように` credits X. Sentences of our own."""
from __future__ import annotations

import pytest


def holders(units) -> list[tuple[str, str]]:
    return [(u.holder, u.text) for u in units]


def test_a_quotation_after_konoyouni_is_the_reported_persons(units_of) -> None:
    text = ("森:山本長官は記者会見でこのように言っております。「この計画は完全な失敗だった。"
            "早急に計画全体を見直すべきだ。」私は慎重に判断すべきだと考えます。")
    assert holders(units_of(text)) == [("山本", "この計画は完全な失敗だった"),
                                       ("山本", "早急に計画全体を見直すべきだ"),
                                       ("森", "慎重に判断すべきだ")]


def test_sentences_after_a_colon_are_the_reported_persons_to_the_end_of_their_paragraph(units_of) -> None:
    text = ("森:佐藤教授は次のように述べた:\n今の年金制度は持続できない。早急な改革が必要だ。\n\n"
            "私の意見では、財政は依然として厳しい。")
    assert holders(units_of(text)) == [("佐藤", "今の年金制度は持続できない"), ("佐藤", "早急な改革が必要だ"),
                                       ("森", "私の意見では、財政は依然として厳しい")]


def test_the_introducing_sentence_is_no_unit(units_of) -> None:
    assert units_of("森:知事は先週の会見でこう話していました。") == []


def test_a_remark_cited_with_youni_credits_its_speaker(units_of) -> None:
    units = units_of("森:先ほどの鈴木委員の発言にあったように、この事業は赤字が続いています。")
    assert [(u.holder, u.type) for u in units] == [("鈴木", "assertion")]


def test_a_title_cited_with_youni_credits_the_title(units_of) -> None:
    units = units_of("森:市長の答弁にもありましたように、観光客は着実に増えています。")
    assert [u.holder for u in units] == ["市長"]
    assert units[0].type != "analogy"


SESSION = ("○議長（木村一郎君）　高橋議員。\n○高橋議員　駅前の再開発は見直すべきです。\n○議長（木村一郎君）　中村市長。\n"
           "○中村市長　再開発は予定どおり進めるべきだと考えております。\n")


def test_what_the_listener_said_is_held_by_the_last_other_speaker(units_of) -> None:
    """`〜とおっしゃいますが`, `〜と言われましたが` with no one named: the person addressed said it,
    the last speaker before this one (the chair's turns skipped)."""
    units = units_of(SESSION + "○高橋議員　予定どおり進めるべきだとおっしゃいますが、住民の合意はできておりません。\n"
                     "　先ほど、財源は確保できていると言われましたが、根拠が示されていません。\n")
    assert holders(units)[2:] == [("中村", "予定どおり進めるべきだ"), ("高橋", "住民の合意はできておりません"),
                                  ("中村", "先ほど、財源は確保できている"), ("高橋", "根拠が示されていません")]


def test_what_someone_named_told_the_speaker_is_not_the_listeners(units_of) -> None:
    """`市民から〜と言われました`: the agent is named; the listener said nothing, the citizens did (as in
    `〜って、市民から言われました`)."""
    units = units_of(SESSION + "○高橋議員　市民から、工事が遅れていると言われました。\n")
    assert [u.holder for u in units][2:] == ["市民"]


def test_words_reported_as_news_are_not_the_listeners(units_of) -> None:
    """`〜とおっしゃっていました。`: someone the speaker met said it; not taken up, not addressed."""
    units = units_of(SESSION + "○高橋議員　昨日、商店街の会長とお会いしました。売上が半分に減ったとおっしゃっていました。\n")
    assert "中村" not in [u.holder for u in units][2:]


def test_what_the_listener_was_told_about_others_is_still_the_listeners(units_of) -> None:
    """`市民に〜すべきだと言われましたが`: `市民に` lies inside what was said, it names no agent."""
    units = units_of(SESSION + "○高橋議員　市民に丁寧に説明すべきだと言われましたが、説明会は開かれていません。\n")
    assert holders(units)[2] == ("中村", "市民に丁寧に説明すべきだ")


def test_a_speech_verb_that_names_a_person_frames_nothing(units_of) -> None:
    """`〜とおっしゃった方が`: says which person; no one's words are framed."""
    units = units_of(SESSION + "○高橋議員　反対だとおっしゃった方が、今は賛成に回っています。\n")
    assert [(u.holder, u.frame) for u in units][2:] == [("高橋", "")]


def test_a_title_told_what_they_said_is_the_last_other_speaker(units_of) -> None:
    """`市長は〜とおっしゃいましたが`: the title names the one who just answered; the span keeps
    `それでは` (no connective there)."""
    units = units_of(SESSION + "○高橋議員　市長は、予定どおり進めるとおっしゃいましたが、"
                     "それでは住民の合意が得られないのではないでしょうか。\n")
    assert holders(units)[2:] == [("中村", "予定どおり進める"), ("高橋", "それでは住民の合意が得られないのではないでしょうか")]


def test_an_organisation_that_says_something_holds_it(units_of) -> None:
    assert holders(units_of("森:市はお金がないと言う。")) == [("市", "お金がない")]
    assert holders(units_of("森:県は財源が足りないと説明しています。")) == [("県", "財源が足りない")]


def test_the_speakers_own_wish_to_say_stays_the_speakers(units_of) -> None:
    assert holders(units_of("森:市は財政健全化を最優先すべきだと言いたい。")) == [("森", "市は財政健全化を最優先すべきだ")]


def test_several_sources_after_one_quotation_hold_it_together(units_of) -> None:
    assert holders(units_of("森:夜道は危ないって、警察からも家族からも言われる。")) == [("警察、家族", "夜道は危ない")]


@pytest.mark.parametrize("sentence, holder", [
    ("市は、財源が確保できれば実施したいと考えております。", "森"),
    ("本県は、現時点で計画を変更する考えはないと認識しております。", "森"),
    ("町は、住民に丁寧に説明すると申し上げております。", "森"),
    ("市は、予算が足りないと説明しています。", "市"),
])
def test_a_public_body_thinks_through_its_speaker_and_reports_by_speech(units_of, sentence: str, holder: str) -> None:
    """`市は…と考えております`: the official answering for the body holds the view (its frame is kept
    off the span); a body that says something (`市は…と説明しています`) is reported."""
    units = units_of(f"森:{sentence}")
    assert [u.holder for u in units] == [holder] and units[0].frame


@pytest.mark.parametrize("sentence, holder", [
    ("来年には景気が回復すると、専門家は予想しています。", "専門家"),
    ("専門家は、来年には景気が回復すると予想しています。", "専門家"),
    ("この制度は見直すべきだと、多くの専門家が指摘しています。", "多くの専門家"),
    ("多くの専門家が、この制度は見直すべきだと指摘しています。", "多くの専門家"),
    ("駅前の再開発は必要ないと、市民は言っています。", "市民"),
    ("市民は、駅前の再開発は必要ないと言っています。", "市民"),
    ("この制度は今後も維持されると、政府は考えています。", "政府"),
    ("政府は、この制度は今後も維持されると考えています。", "政府"),
])
def test_a_group_that_says_or_forecasts_holds_it_in_either_word_order(units_of, sentence: str, holder: str) -> None:
    """ANNOTATION.md: reported speech or thought of a third party, named or generic, is that party's;
    where the party stands (before the quotation or after its と and a comma) changes nothing."""
    units = units_of(f"森:{sentence}")
    assert [u.holder for u in units] == [holder] and units[0].frame


@pytest.mark.parametrize("sentence", [
    "人々は、クローズドな開発が唯一の方法だと考えていました。",
    "クローズドな開発が唯一の方法だと、多くの人々は考えていました。",
    "誰もが、この町の冬は厳しいと言います。",
])
def test_the_belief_of_people_in_general_is_the_speakers_proposition_in_either_word_order(units_of, sentence: str) -> None:
    """`人々は…と考えていた`: what people in general believe (or everyone says) is a claim about them, the
    speaker's."""
    units = units_of(f"森:{sentence}")
    assert [(u.holder, u.frame) for u in units] == [("森", "")]


@pytest.mark.parametrize("sentence, holder, span", [
    ("地元の農家の皆さんから、今年の収穫は例年より少ないと報告を受けております。", "地元の農家の皆さん", "今年の収穫は例年より少ない"),
    ("県からは、工事は予定どおり完了すると報告を受けました。", "県", "工事は予定どおり完了する"),
    ("保護者の方々から、通学路が危ないと連絡をいただきました。", "保護者の方々", "通学路が危ない"),
    ("私からは、工事は予定どおり進んでいると報告をいたしました。", "森", "工事は予定どおり進んでいる"),
])
def test_a_message_received_from_a_source_is_the_sources(units_of, sentence: str, holder: str, span: str) -> None:
    """`Xから、〜と報告をいただきました`: the frame (`と報告を受けた`) leaves the span; the source named
    with から holds what it said (the speaker when the speaker sent it)."""
    units = units_of(f"森:{sentence}")
    assert [(u.holder, u.text) for u in units] == [(holder, span)]


@pytest.mark.parametrize("text, expected", [
    ("森:大臣は増税はしないということをおっしゃいました。", [("大臣", "増税はしない")]),
    ("森:市長は計画を見直すということを述べました。", [("市長", "計画を見直す")]),
    ("森:大臣は増税はしないということをおっしゃって、首相も大臣に全幅の信頼を置いていると述べました。",
     [("大臣", "増税はしない"), ("森", "首相も大臣に全幅の信頼を置いている")]),
    ("森:知事は計画を見直すということを述べて、市長もそれに賛成すると述べました。",
     [("知事", "計画を見直す"), ("森", "市長もそれに賛成する")]),
])
def test_what_was_said_named_with_toiu_koto_is_reported(units_of, text: str, expected: list[tuple[str, str]]) -> None:
    """`〜ということをおっしゃった`: a quotation named as the object of a verb of saying is framed like
    `〜と言った`, also mid-sentence before a comma (`〜ということを述べて、`)."""
    assert holders(units_of(text)) == expected


@pytest.mark.parametrize("text", [
    "森:増税はしないということを前提に予算を組みました。",
    "森:知事は計画を見直すということを考えて、予算を組みました。",
])
def test_toiu_koto_before_no_verb_of_saying_is_no_frame(units_of, text: str) -> None:
    assert all(not u.frame for u in units_of(text))


@pytest.mark.parametrize("text", [
    "森:大臣は増税はしないということをおっしゃって、首相も大臣に全幅の信頼を置いているという話をされたので、政権への影響はないと思います。",
    "森:知事は計画を見直すと述べて、市長もそれに賛成しているので、事業は前に進むでしょう。",
])
def test_what_was_said_before_a_reason_clause_is_part_of_the_reason(extract, text: str) -> None:
    """`Aとおっしゃって、Bので、C`: the te-form leaves A open for the reason clause; A supports C too."""
    units, relations, _ = extract(text)
    assert [u.role for u in units] == ["premise", "premise", "claim"]
    assert {(r.source_id, r.target_id, r.label) for r in relations} == {
        (units[0].unit_id, units[2].unit_id, "support"), (units[1].unit_id, units[2].unit_id, "support")}


def test_what_was_said_before_a_main_clause_stays_framed(units_of) -> None:
    units = units_of("森:知事は計画を見直すと述べて、市長もそれに賛成しています。")
    assert [(u.holder, u.text) for u in units] == [("知事", "計画を見直す"), ("森", "市長もそれに賛成しています")]


def test_a_point_of_view_with_kara_is_no_source(units_of) -> None:
    units = units_of("森:国民から見ると、この制度は不公平だと言わざるを得ません。")
    assert [u.holder for u in units] == ["森"]
