"""Rules narrowed after the third review: what each must leave alone, on sentences of our own."""
from __future__ import annotations

import pytest


def test_an_act_under_a_condition_is_foreseen_and_grounds_the_demand(extract) -> None:
    units, relations, _ = extract("議員:このまま放置すれば、市の財政を大きく圧迫します。早急に対策を講じるべきです。")
    assert units[1].type == "prediction" and ("support", units[1].unit_id) in {(r.label, r.source_id) for r in relations}


@pytest.mark.parametrize("sentence, expected", [
    ("本市の人口は今後も減少いたします。", "prediction"),  # a change, nothing done to anything
    ("新庁舎の工事は来年3月に完了いたします。", "prediction"),
    ("来年度から受付時間を延長いたします。", "normative"),  # the speaker's act
])
def test_a_humble_itashimasu_undertakes_only_an_act_done_to_something(units_of, sentence: str, expected: str) -> None:
    assert units_of(f"市長:{sentence}")[0].type == expected


def test_a_feeling_in_humble_form_undertakes_nothing(units_of) -> None:
    assert units_of("市長:このことを大変危惧いたします。")[0].type != "normative"


def test_leading_to_a_change_noun_in_ka_is_causal(units_of) -> None:
    assert units_of("市長:この事業は地域の活性化につながります。")[0].type == "causal"


def test_a_stance_explained_by_its_reason_stays_a_claim(units_of) -> None:
    [unit] = units_of("議員:私が反対するのは市民の負担が増えるからです。")
    assert unit.role == "claim"


@pytest.mark.parametrize("sentence", [
    "他市と比較すれば、本市の対応は遅れています。",
    "前年度と比較したら、今年度の予算は大幅に増えています。",
])
def test_comparing_with_a_verbal_noun_is_a_point_of_view(extract, sentence: str) -> None:
    units, relations, _ = extract(f"市長:{sentence}")
    assert len(units) == 1 and relations == []


def test_a_state_that_holds_with_a_ga_subject_stands_apart_from_the_condition(extract) -> None:
    units, _, _ = extract("市長:国の補助金が打ち切られており、市が独自に負担すれば、財政はさらに悪化します。")
    assert units[0].text == "国の補助金が打ち切られており" and len(units) == 3


def test_moving_to_a_new_system_is_news_not_the_talk_moving_on(units_of) -> None:
    assert len(units_of("市長:来年度から新しい料金体系に移ります。")) == 1


def test_a_closing_clause_opened_with_kore_wa_comments_on_the_fact(extract) -> None:
    units, relations, _ = extract("議員:確かに財政は厳しいです。しかし、実際には家賃が上がっており、これは商店にとって大きな負担です。")
    [concession] = [r for r in relations if r.label == "concession"]
    assert concession.target_id == units[1].unit_id


def test_a_past_event_before_ga_is_conceded_to_what_follows(extract) -> None:
    _, relations, _ = extract("議員:政府は補正予算で５兆円の支出を決めましたが、その根拠は示されておりません。")
    assert [r.label for r in relations] == ["concession"]


def test_a_ga_clause_the_main_clause_adds_to_stays_one_unit(extract) -> None:
    units, relations, _ = extract("市長:制度の周知は進めていますが、それに加えて相談窓口も拡充します。")
    assert len(units) == 1 and relations == []
