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
