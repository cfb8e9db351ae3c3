"""The speakers named by what they are (`私たち議員は`, `我々委員会は`: a self pronoun before the noun,
no の) are told about as `私は` is: what they have, are allowed or do is a fact about the speakers, a
premise; before `〜するものです` the same words declare a stance. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "議員:私たち議員は予算案を提案する権限を有しません。",
    "記者:活動は。\n山口:私ども市議団は、毎月市民相談会を開いております。",
    "委員:我々委員会は、法案の審査権限しか持っておりません。",
])
def test_what_the_speakers_named_have_or_do_is_a_fact(units_of, text: str) -> None:
    assert [u.role for u in units_of(text) if u.holder != "記者"] == ["premise"]


def test_a_hedged_proposition_under_the_speakers_named_stays_a_claim(units_of) -> None:
    text = "議員:私たち議員は、この問題に十分向き合ってこなかったかもしれません。"
    assert [u.role for u in units_of(text)] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "議員:我々国民は、この増税を受け入れることはできません。",            # everyone spoken for
    "議員:私たち市民は、この決定に納得しておりません。",
    "議員:我々地方議員は、住民の声を国に届ける責任を負っております。",    # a duty named
    "議員:私ども議員団は、今回の決定を容認しておりません。",              # accepting or not: a stance
])
def test_the_public_spoken_for_a_duty_or_a_stance_stays_a_claim(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(sentence)] == ["claim"]
