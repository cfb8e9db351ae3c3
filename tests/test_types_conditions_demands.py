"""Types of constructions met on unseen documents: a condition or means kept inside a claim makes
what follows foreseen, and a demand in the speaker's own voice that others act is normative.
Sentences of our own."""
from __future__ import annotations

import pytest


def last(units) -> tuple[str, str]:
    return units[-1].role, units[-1].type


@pytest.mark.parametrize("text", [
    # a condition too short to be a unit stays inside the claim (`〜されれば、`, `〜したら、`, `〜なら、`)
    "議員:廃止されれば、高齢者の通院の足が失われます。",
    "市長:統合されれば、通学に時間のかかる生徒も出てきます。",
    "議員:無償化されれば、事務職員が本来の業務に向き合う時間が生まれます。",
    "記者:値上げしたら、利用者は確実に減ります。",
    # a means clause (`〜することで`, `〜することにより`) and what it makes possible
    "議員:市が先行して実施することで、現場の課題を国に示すこともできます。",
    "委員:データを共有することによって、重複した検査を減らすことができます。",
    "社長:予算があれば、もっと多くの店を支えることができます。",
])
def test_what_a_condition_or_means_inside_the_claim_leads_to_is_foreseen(units_of, text: str) -> None:
    assert last(units_of(text)) == ("claim", "prediction")


@pytest.mark.parametrize("text", [
    "A:言い換えれば、市民の声が届いていないのです。",  # a rewording sets no condition
    "市長:この制度では、住民は窓口で申請することができます。",  # what may be done, no means
])
def test_a_rewording_or_a_plain_ability_is_no_prediction(units_of, text: str) -> None:
    assert last(units_of(text))[1] != "prediction"


@pytest.mark.parametrize("text", [
    "議員:市は残る施設の改修計画を早急に示すよう強く求めます。",
    "議員:県には路線の維持に必要な支援を拡充するよう求めます。",
    "議員:政府に対し、被災者への支援を継続するよう重ねて要請いたします。",
    "委員:大臣には、業界に価格の是正を働きかけるよう求めたい。",
])
def test_a_demand_that_others_act_is_normative(units_of, text: str) -> None:
    assert last(units_of(text)) == ("claim", "normative")


@pytest.mark.parametrize("text", [
    "記者:組合は会社に賃上げを行うよう求めています。",
    "市長:国は自治体に計画を作るよう求めました。",
])
def test_a_demand_reported_is_no_norm(units_of, text: str) -> None:
    assert last(units_of(text))[1] != "normative"


@pytest.mark.parametrize("text", [
    "委員:事故の原因の一つは、点検の間隔が長すぎたことにあります。",
    "市長:赤字の原因は、燃料費の高騰にあります。",
    "委員:担い手の高齢化も要因の一つと認識しております。",
    "記者:値上げが客離れの理由の一つです。",
])
def test_a_cause_among_others_or_one_that_lies_in_something_is_causal(units_of, text: str) -> None:
    assert last(units_of(text))[1] == "causal"


@pytest.mark.parametrize("text", [
    "議員:住民に丁寧に説明することも市の責任ではないでしょうか。",
    "議員:子どもの安全を守ることこそ行政の役割です。",
])
def test_a_duty_named_with_mo_or_koso_is_normative(units_of, text: str) -> None:
    assert last(units_of(text))[1] == "normative"


def test_a_noun_of_fact_sums_up_the_judgement_before_it(units_of) -> None:
    assert last(units_of("社長:人件費を売り上げだけで賄うのは難しいのが現実です。"))[1] == "evaluation"


def test_a_contrast_after_a_named_cause_answers_that_cause(extract) -> None:
    """`原因の一つは〜にあります。しかし、根本には〜`: the named cause explains no sentence before it."""
    units, relations, _ = extract("委員:駅前の商店街では空き店舗が増えています。原因の一つは、大型店が郊外に相次いで"
                                  "開業したことにあります。しかし、根本には、後継者がいないという問題があるのではないでしょうか。")
    assert units[1].type == "causal"
    assert [(r.source_id[-4:], r.target_id[-4:], r.label) for r in relations] == [("c003", "c002", "contrast")]


def test_what_a_condition_makes_possible_is_no_warning_a_demand_answers(extract) -> None:
    """A guard for the prediction type of `〜すれば、〜することができます`: it grounds no demand after it."""
    _, relations, _ = extract("大臣:在庫の状況が分かるようになれば、必要な手を打つことができます。"
                              "いずれにしても、価格の安定を一日も早く取り戻さなければならない。")
    assert [(r.source_id[-4:], r.target_id[-4:], r.label) for r in relations] == [("c001", "c002", "condition")]
