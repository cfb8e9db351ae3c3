"""Clause splits and roles: reasons, conditions, concessions, parallel topics, concessive が."""
from __future__ import annotations

import pytest


def roles(units) -> list[tuple[str, str]]:
    return [(u.role, u.text) for u in units]


@pytest.mark.parametrize("sentence, expected", [
    ("燃料費が高騰しているので、電気料金を見直す必要があります。",
     [("premise", "燃料費が高騰しているので"), ("claim", "電気料金を見直す必要があります")]),
    ("需要が回復した場合、価格は上がるでしょう。",
     [("premise", "需要が回復した場合"), ("claim", "価格は上がるでしょう")]),
    ("規模は小さくても、この企業には高い技術力があります。",
     [("premise", "規模は小さくても"), ("claim", "この企業には高い技術力があります")]),
    # two topics, two propositions
    ("輸出は伸びる可能性があり、国内消費は停滞するでしょう。",
     [("claim", "輸出は伸びる可能性があり"), ("claim", "国内消費は停滞するでしょう")]),
    # one topic: one proposition however many verbs
    ("この制度は手続きが簡単で、費用も安く済みます。",
     [("claim", "この制度は手続きが簡単で、費用も安く済みます")]),
    # concessive が keeps both sides of one claim
    ("この薬は効果がありますが、副作用は無視できません。",
     [("claim", "この薬は効果がありますが、副作用は無視できません")]),
    # `〜と比べても` compares, it does not concede
    ("他国と比べても、日本の治安は良いです。",
     [("claim", "他国と比べても、日本の治安は良いです")]),
])
def test_clause_roles(units_of, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert roles(units_of(f"岡田:{sentence}")) == expected


def test_a_report_before_が_is_dropped(units_of) -> None:
    assert roles(units_of("岡田:資料を読みましたが、内容は素晴らしいです。")) == [("claim", "内容は素晴らしいです")]


def test_reason_for_a_feeling_is_no_premise(units_of) -> None:
    assert units_of("岡田:新製品が出たので、とても楽しみです。") == []


def test_condition_inside_a_belief_stays_in_it(units_of) -> None:
    assert roles(units_of("岡田:規制を緩めれば、投資が増えると考えています。")) == [
        ("claim", "規制を緩めれば、投資が増える")]


@pytest.mark.parametrize("sentence", [
    "戦後、多くの工場が地方に建てられました。",
    "当時、この町には鉄道がありませんでした。",
])
def test_past_facts_are_premises(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(f"岡田:{sentence}")] == ["premise"]


def test_existence_statements_are_premises(units_of) -> None:
    assert [u.role for u in units_of("岡田:同じ課題を抱える国もあります。")] == ["premise"]


@pytest.mark.parametrize("sentence", ["私たちは約束を守らなければなりません。", "早く手を打たなければいけません。"])
def test_obligation_is_not_a_condition(units_of, sentence: str) -> None:
    assert roles(units_of(f"岡田:{sentence}")) == [("claim", sentence.rstrip("。"))]


@pytest.mark.parametrize("sentence, condition", [
    ("住民の皆さんの理解がなければ事業は進められません。", "住民の皆さんの理解がなければ"),
    ("地元の企業の協力がなければ、この計画は実現しないでしょう。", "地元の企業の協力がなければ、"),
])
def test_nakereba_before_anything_but_an_obligation_is_a_condition(units_of, sentence: str, condition: str) -> None:
    units = units_of(f"岡田:{sentence}")
    assert [(u.role, u.link) for u in units] == [("premise", "condition"), ("claim", "final")]
    assert units[0].text == condition.rstrip("、")


@pytest.mark.parametrize("sentence, expected", [
    ("古い規則は改めていく、新しい窓口も増やすという方針を前向きに受け止めています。",
     ["古い規則は改めていく", "新しい窓口も増やすという方針を前向きに受け止めています"]),
    ("財政は厳しい、しかし投資は必要だ。", ["財政は厳しい", "投資は必要だ"]),
    ("国は責任を果たすべきだ、県も応分の負担をすべきだ。", ["国は責任を果たすべきだ", "県も応分の負担をすべきだ"]),
    # no topic before: a list of acts, the options that それだけ sums up
    ("予算を削る、人を減らす、それだけでは町は良くなりません。", ["予算を削る、人を減らす、それだけでは町は良くなりません"]),
    # a frame said first, and an afterthought
    ("私は思う、この計画は失敗だ。", ["私は思う、この計画は失敗だ"]),
    ("これは大事です、非常に。", ["これは大事です、非常に"]),
    # facts listed as one ground
    ("この制度は手続も多い、書類も多いということで、利用する人が少ないんです。",
     ["この制度は手続も多い、書類も多い", "利用する人が少ないんです"]),
    ("申請は窓口に行かなきゃいけない、手続も多い、書類も多いということで、利用する人が少ないんです。",
     ["申請は窓口に行かなきゃいけない、手続も多い、書類も多い", "利用する人が少ないんです"]),
])
def test_a_final_form_between_two_topics_ends_a_sentence(units_of, sentence: str, expected: list[str]) -> None:
    """`Aは〜する、Bも〜する`: a predicate in its final form and a comma, a topic on each side: two units."""
    assert [u.text for u in units_of(f"森:{sentence}")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("職員の皆さんが専門性を生かしていただけることと、制度がもっと住民に知られることを期待いたします。",
     [("職員の皆さんが専門性を生かしていただける", "ことを期待いたします"),
      ("制度がもっと住民に知られる", "ことを期待いたします")]),
    ("この事業で地域の雇用が増えることと、若い世代が戻ってくることを確信しております。",
     [("この事業で地域の雇用が増える", "ことを確信しております"), ("若い世代が戻ってくる", "ことを確信しております")]),
])
def test_two_koto_complements_of_one_frame_are_two_units(units_of, sentence: str,
                                                        expected: list[tuple[str, str]]) -> None:
    """`Aことと、Bことを期待します`: each proposition is a unit, both in the frame."""
    units = units_of(f"森:{sentence}")
    assert [(u.text, u.frame) for u in units] == expected
    assert {u.role for u in units} == {"claim"}


@pytest.mark.parametrize("sentence", [
    "大事なことと、そうでないことを分けて考えるべきです。",  # noun phrases, no proposition
    "市が負担することと、国が負担することを比べると、市の負担は大きい。",  # compared, not framed
    "市が情報公開を徹底することと、議会がその監視を強めることを強く求めます。",  # a request, no frame
])
def test_koto_to_outside_a_frame_stays_one_unit(units_of, sentence: str) -> None:
    assert len(units_of(f"森:{sentence}")) == 1


@pytest.mark.parametrize("sentence, expected", [
    ("この事業が地域の活性化につながることを確信し、賛成いたします。",
     ("この事業が地域の活性化につながる", "ことを確信し")),
    ("制度がもっと住民に周知されることを期待して、この予算に賛成いたします。",
     ("制度がもっと住民に周知される", "ことを期待して")),
])
def test_a_koto_frame_before_a_comma_is_complete(units_of, sentence: str, expected: tuple[str, str]) -> None:
    """`〜ことを期待して、`: the framed proposition ends at the comma, the frame leaves its span."""
    units = units_of(f"森:{sentence}")
    assert (units[0].text, units[0].frame) == expected
    assert units[0].role == "claim"


def test_a_sentence_said_with_a_comma_is_a_claim_not_a_continuative_fact(units_of) -> None:
    units = units_of("森:変えるところは変えていく、保育サービスも増やすという方針です。")
    assert [(u.role, u.text) for u in units][0] == ("claim", "変えるところは変えていく")


@pytest.mark.parametrize("sentence, expected", [
    ("安全保障環境が戦後最も厳しいものとなる中で、防衛力の強化は避けて通れない課題です。",
     [("premise", "安全保障環境が戦後最も厳しいものとなる中で"), ("claim", "防衛力の強化は避けて通れない課題です")]),
    ("人口減少が進む中で、公共施設の統廃合は避けられないと考えます。",
     [("premise", "人口減少が進む中で"), ("claim", "公共施設の統廃合は避けられない")]),
    ("景気の回復が遅れている中で、増税を急ぐべきではありません。",
     [("premise", "景気の回復が遅れている中で"), ("claim", "増税を急ぐべきではありません")]),
])
def test_a_circumstance_before_naka_de_is_a_premise(extract, sentence: str, expected: list[tuple[str, str]]) -> None:
    """`〜が厳しさを増す中で、B`: the circumstance B answers to is its ground; its words (`最も`) type
    only the circumstance, not B."""
    units, relations, _ = extract(f"森:{sentence}")
    assert roles(units) == expected
    assert units[1].type != "comparison"
    assert [(r.source_id, r.target_id, r.label) for r in relations] == [(units[0].unit_id, units[1].unit_id, "support")]


@pytest.mark.parametrize("sentence", [
    "限られた予算の中で、できる限りの対策を講じてまいります。",
    "そうした中で、市は新たな計画を策定しました。",
    "子育て中の親にとっては、議論を重ねる中で、一日も早い結論が望まれます。",  # an activity, no subject
])
def test_naka_de_after_no_clause_is_no_circumstance(units_of, sentence: str) -> None:
    assert len(units_of(f"森:{sentence}")) == 1


@pytest.mark.parametrize("sentence, expected", [
    ("新製品は発売直後によく売れていますが、それは物珍しさによる一時的な需要です。",
     [("premise", "新製品は発売直後によく売れていますが"), ("claim", "それは物珍しさによる一時的な需要です")]),
    ("規制を強めるべきだとの意見もありますが、それでは新しい産業が育ちません。",
     [("premise", "規制を強めるべきだとの意見もありますが"), ("claim", "それでは新しい産業が育ちません")]),
])
def test_a_ga_clause_taken_up_as_a_pronoun_topic_is_conceded(extract, sentence: str, expected) -> None:
    units, relations, _ = extract(f"田中:{sentence}")
    assert roles(units) == expected
    assert [r.label for r in relations] == ["concession"]


@pytest.mark.parametrize("sentence, expected", [
    ("期待が大きかっただけに、今回の結果は残念だと言わざるを得ません。", ("support", "期待が大きかっただけに")),
    ("地元の出身であるだけに、住民の信頼も厚いです。", ("support", "地元の出身であるだけに")),
    ("災害が発生した場合には、直ちに避難所を開設する必要があります。", ("condition", "災害が発生した場合には")),
    ("基準を超えた場合には、工場の操業を停止させるべきです。", ("condition", "基準を超えた場合には")),
])
def test_dake_ni_gives_a_reason_and_baai_niwa_a_condition(extract, sentence: str, expected: tuple[str, str]) -> None:
    units, relations, _ = extract(f"田中:{sentence}")
    text = {u.unit_id: u.text for u in units}
    assert [(r.label, text[r.source_id]) for r in relations] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # an adjective's continuative with its own subject is a proposition said whole, a fact the rest answers to
    ("この地区には空き店舗も多く、商店街として再生を図りたいと考えております。",
     [("premise", "この地区には空き店舗も多く"), ("claim", "商店街として再生を図りたい")]),
    ("ただ、制度の運用には課題も多く、引き続き検討を進めてまいります。",
     [("premise", "制度の運用には課題も多く"), ("claim", "引き続き検討を進めてまいります")]),
    ("保護者の負担が重く、無償化を急ぐべきです。",
     [("premise", "保護者の負担が重く"), ("claim", "無償化を急ぐべきです")]),
    # no subject: the adjective only says how the next verb acts
    ("市としても国に強く、支援を求めてまいります。",
     [("claim", "国に強く、支援を求めてまいります")]),
])
def test_an_adjective_continuative_with_a_subject_is_cut_as_a_fact(units_of, sentence: str, expected) -> None:
    assert roles(units_of(f"市長:{sentence}")) == expected
