"""Polarity and hedging: `少ない`, an obligation (`〜なければならない`) and a denied denial
(`否定できません`) assert; `あり得ます`, `場合によっては` hedge. Sentences of our own."""
from __future__ import annotations

import pytest

SPEAKER = "森:"


@pytest.mark.parametrize("sentence", [
    "この町は若い世代の人口が少ない。",
    "私たちはこの結果を重く受け止めなければならない。",
    "景気が再び悪化する可能性も否定できません。",
    "今回の対応は遅すぎたと言わざるを得ません。",
])
def test_forms_that_look_negative_but_assert(units_of, sentence: str) -> None:
    assert [u.polarity for u in units_of(f"{SPEAKER}{sentence}")] == ["pos"]


@pytest.mark.parametrize("sentence", [
    "工事の費用がさらに膨らむこともあり得ます。",
    "場合によっては、計画そのものを中止する事態になる。",
])
def test_possibility_hedges(units_of, sentence: str) -> None:
    assert [u.hedged for u in units_of(f"{SPEAKER}{sentence}")] == [1]


@pytest.mark.parametrize("sentence", [
    "この問題は簡単には解決しないものです。",
    "誰も責任を取らないわけです。",
    "人は見せられるまで欲しいものが分からないものなんです。",
])
def test_a_negated_verb_before_mono_or_wake_negates(units_of, sentence: str) -> None:
    assert [u.polarity for u in units_of(f"森:{sentence}")] == ["neg"]


@pytest.mark.parametrize("sentence", ["それは市民の税金で賄うべきものです。", "大切なのは焦らないことです。"])
def test_a_plain_verb_before_mono_or_a_negated_one_before_koto_stays_positive(units_of, sentence: str) -> None:
    assert [u.polarity for u in units_of(f"森:{sentence}")] == ["pos"]


@pytest.mark.parametrize("sentence", ["それは待合室の風景の話ではないのでしょうか。", "むしろ市の責任ではないんでしょうか。"])
def test_a_rhetorical_question_with_no_asserts(units_of, sentence: str) -> None:
    assert [u.polarity for u in units_of(f"森:{sentence}")] == ["pos"]


@pytest.mark.parametrize("sentence", ["北朝鮮情勢に影響があるとは思っておりません。", "景気が回復するとは思いません。"])
def test_a_denying_frame_negates_and_does_not_hedge(units_of, sentence: str) -> None:
    assert [(u.polarity, u.hedged) for u in units_of(f"森:{sentence}")] == [("neg", 0)]


def test_a_hedging_adverb_in_a_denying_frame_still_hedges(units_of) -> None:
    assert [u.hedged for u in units_of("森:増税はやむを得ないとは必ずしも思いません。")] == [1]


@pytest.mark.parametrize("sentence, expected", [
    ("職員の数が足りていないのは御指摘のとおりでございます。", "neg"),
    ("この事業に効果がないことは確かです。", "neg"),
    ("駅前の再開発が遅れていないのは事実です。", "neg"),
    ("市の財政が厳しいのは御承知のとおりです。", "pos"),
])
def test_a_predicate_that_only_confirms_its_topic_takes_the_topics_polarity(units_of, sentence: str,
                                                                           expected: str) -> None:
    [unit] = units_of(f"{SPEAKER}{sentence}")
    assert unit.polarity == expected
