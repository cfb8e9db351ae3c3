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


def test_obligation_is_not_a_condition(units_of) -> None:
    assert roles(units_of("岡田:私たちは約束を守らなければなりません。")) == [
        ("claim", "私たちは約束を守らなければなりません")]
