"""Types: a humble act done with deliberate care is the speaker's undertaking even under a condition;
a humble `〜てまいります` stays the speaker's after another party's clause; `〜にすぎる` after a
na-adjective judges an excess. Sentences of our own."""
from __future__ import annotations

import pytest

SPEAKER = "森:"


@pytest.mark.parametrize("sentence", [
    "申請があれば、速やかに審査いたします。",
    "書類が届けば、担当課が確実に審査いたします。",
    "要請を受けた場合は、迅速に派遣いたします。",
])
def test_a_careful_humble_act_under_a_condition_is_an_undertaking(units_of, sentence: str) -> None:
    claims = [u for u in units_of(f"{SPEAKER}{sentence}") if u.role == "claim"]
    assert [u.type for u in claims] == ["normative"]


def test_a_humble_effect_under_a_condition_stays_foreseen(units_of) -> None:
    claims = [u for u in units_of(f"{SPEAKER}このまま放置すれば、市の財政を圧迫いたします。") if u.role == "claim"]
    assert [u.type for u in claims] == ["prediction"]


def test_humble_carrying_on_after_another_partys_clause_is_an_undertaking(units_of) -> None:
    sentence = "設備の改修費用を県が補助し、来年度中に全ての学校で工事を終えられるよう取り組んでまいります。"
    assert [u.type for u in units_of(f"{SPEAKER}{sentence}")] == ["normative"]


@pytest.mark.parametrize("sentence", [
    "その見通しは楽観的にすぎるのではないでしょうか。",
    "市の対応は慎重にすぎます。",
])
def test_too_much_after_a_na_adjective_is_an_evaluation(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(f"{SPEAKER}{sentence}")] == ["evaluation"]


def test_a_change_foreseen_certainly_is_no_undertaking(units_of) -> None:
    """`確実に` also means "certainly": a change under a condition is foreseen, whoever is humble about it."""
    assert units_of("市長:放置すれば、確実に悪化いたします。")[-1].type == "prediction"
