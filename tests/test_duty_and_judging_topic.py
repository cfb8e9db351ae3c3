"""Types of three constructions (sentences of our own): a duty named after a nominalised act, with a
comma after its particle (`〜ことが、行政の責任です`), is normative; an evaluative word made a `〜なのは`
topic (`心配なのは、〜ことです`) judges what follows, while a measure (`多いのは`) and a word of what
matters (`大切なのは`) do not; what became a cause (`〜が閉店の原因になった`) explains, as `〜が原因だ` does."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "市長:子どもたちの安全な通学路を確保することが、行政の責任です。",
    "議員:住民の声を丁寧に聞くことが、議会の役割だと考えます。",
    "社長:地元の雇用を守ることこそ、わが社の使命です。",
    "議員:空き家の管理を徹底することが、所有者の責任だと思います。",
])
def test_a_duty_named_after_a_comma_is_normative(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(sentence)] == ["normative"]


@pytest.mark.parametrize("sentence", [
    "議員:心配なのは、若い世代の投票率が下がっていることです。",
    "社長:気がかりなのは、物価の上昇が続いていることだ。",
    "議員:むしろ心配なのは、商店街の空き店舗が年々増えていることです。",
    "議員:特に問題なのは、説明が住民に届いていないことです。",
])
def test_an_evaluative_no_wa_topic_judges(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(sentence)] == ["evaluation"]


@pytest.mark.parametrize("sentence", [
    "市長:相談で多いのは、子育てに関する内容です。",
])
def test_a_measure_as_no_wa_topic_judges_nothing(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(sentence)] == ["assertion"]


@pytest.mark.parametrize("sentence", [
    "議員:人手不足が、閉店の原因になっております。",
    "大臣:燃料価格の高騰が、値上げの要因となりました。",
    "市長:店主の高齢化も、商店街の衰退の一因になっています。",
    "議員:説明会の回数が少なかったことが、住民の不信の原因となったのであります。",
])
def test_what_became_the_cause_is_explained(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(sentence)] == ["causal"]


def test_no_ground_is_still_judged(units_of) -> None:
    assert [u.type for u in units_of("市長:財源が足りないことは、事業をやめる理由にはなりません。")] == ["evaluation"]
