"""Rules narrowed after the fourth review, on sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "議員:この計画は見通しが甘く、見直すべきです。",  # the demand alone would be too short to stand
    "市長:予算がなく、実施できませんでした。",  # ない runs on into its result
    "議員:市民の声は厳しく、「説明が足りない」というものでした。",  # a report takes the clause in
])
def test_an_adjective_with_a_subject_is_cut_only_where_the_rest_stands_alone(units_of, text: str) -> None:
    assert len(units_of(text)) == 1


def test_an_adjective_with_a_subject_before_a_clause_of_its_own_is_a_fact(units_of) -> None:
    units = units_of("市長:この地域は課題も多く、住民の不安も大きいと感じています。")
    assert [u.role for u in units] == ["premise", "claim"]


def test_a_view_framed_as_the_others_is_rebutted_not_conceded(extract) -> None:
    _, relations, _ = extract("議員:市長は、問題はないとお考えかもしれません。しかしながら、現場は混乱しております。")
    assert [r.label for r in relations] == ["contrast"]


def test_a_certainty_made_a_topic_presents_a_fact(units_of) -> None:
    assert units_of("市長:確かなのは、人口が減っているということです。")[0].type != "evaluation"


def test_a_decision_of_someone_else_then_is_a_past_event(units_of) -> None:
    assert units_of("議員:当時の市長は計画を凍結することといたしました。")[0].role == "premise"


def test_blame_for_what_was_done_is_no_duty(units_of) -> None:
    unit = units_of("議員:問題は、市長が説明を怠ったことが、混乱の責任だということです。")[0]
    assert unit.type != "normative"
