"""Type, polarity, hedging, target and standard of a unit, one cue family per table."""
from __future__ import annotations

import pytest


def only(units):
    assert len(units) == 1, [u.text for u in units]
    return units[0]


@pytest.mark.parametrize("sentence, expected", [
    # normative
    ("政府は補助金を増やすべきだ。", "normative"),
    ("企業はデータの管理を見直す必要があります。", "normative"),
    ("私たちは規制を守らなければなりません。", "normative"),
    # causal
    ("売上が落ちたのは、価格が高すぎたからです。", "causal"),
    # analogy
    ("スマートフォンが電話に取って代わったように、AIは検索の形を変えるでしょう。", "analogy"),
    ("この都市は、かつての工業都市と同じように衰退の道を辿ると考えています。", "analogy"),
    # comparison with an explicit standard
    ("電気自動車はガソリン車よりも維持費が安い。", "comparison"),
    ("日本の出生率は先進国の中で最も低い水準です。", "comparison"),
    ("昨年と比べて、輸出は大きく伸びています。", "comparison"),
    # prediction
    ("来年には金利が上がるでしょう。", "prediction"),
    ("この技術はいずれ業界の標準になる。", "prediction"),
    ("地方の人口はさらに減少すると思います。", "prediction"),
    # evaluation
    ("この判決は極めて重要な意味を持つ前例だ。", "evaluation"),
    ("新しい制度は非常に便利です。", "evaluation"),
    # assertion (the fallback)
    ("この地域では若者の流出が続いています。", "assertion"),
])
def test_type(units_of, sentence: str, expected: str) -> None:
    unit = only(units_of(f"森:{sentence}"))
    assert unit.type == expected, unit.cues


def test_comparison_records_its_standard(units_of) -> None:
    unit = only(units_of("森:公共交通は自家用車よりも環境に優しい。"))
    assert unit.type == "comparison"
    assert unit.standard == "自家用車"


@pytest.mark.parametrize("sentence, standard", [
    ("国産の小麦は輸入品を上回る価格で取引されている。", "輸入品"),
    ("新しい路線の利用者数は市の予想を下回っています。", "市の予想"),
    ("地元の米は有名な産地の米に匹敵する品質だ。", "有名な産地の米"),
])
def test_a_comparison_made_by_a_verb_records_its_standard(units_of, sentence: str, standard: str) -> None:
    unit = only(units_of(f"森:{sentence}"))
    assert (unit.type, unit.standard) == ("comparison", standard)


@pytest.mark.parametrize("sentence, target", [
    ("紙の書類より電子申請を使う方が早い。", "電子申請を使う"),
    ("駅前の駐車場の方が料金が安い。", "駅前の駐車場"),
])
def test_the_side_a_hou_ga_comparison_prefers_is_its_target(units_of, sentence: str, target: str) -> None:
    assert only(units_of(f"森:{sentence}")).target == target


def test_sono_hou_ga_with_a_judgement_compares(units_of) -> None:
    assert only(units_of("森:その方が安くて便利です。")).type == "comparison"


@pytest.mark.parametrize("sentence", [
    "窓口で手続きをされる方が増えています。",
    "地域の方が将来に不安を感じています。",
])
def test_kata_ga_as_people_is_no_comparison(units_of, sentence: str) -> None:
    # `方` here is people (かた): no side of a comparison, no comparison
    unit = only(units_of(f"森:{sentence}"))
    assert unit.type != "comparison" and unit.target in ("", "方")


@pytest.mark.parametrize("sentence, expected", [
    ("この方法は安全ではありません。", "neg"),
    ("当時、そのような仕組みは存在しなかった。", "neg"),
    ("その結果は信じられないほど良かった。", "pos"),  # ないほど intensifies
    ("増税は避けられないかもしれません。", "neg"),
    ("政府は対策を急ぐべきではないでしょうか。", "pos"),  # a rhetorical question asserts
    ("この問題は単なる技術の問題ではなく、社会の問題だ。", "pos"),  # the negation is not final
    ("県は堤防の工事を急がせなければなりません。", "pos"),  # an obligation over two bunsetu
    ("市は来年度までに計画を完成させなければならない。", "pos"),
    ("職員が個人情報を持ち出してはいけません。", "neg"),  # a prohibition stays negated
])
def test_polarity(units_of, sentence: str, expected: str) -> None:
    assert only(units_of(f"森:{sentence}")).polarity == expected


@pytest.mark.parametrize("sentence, expected", [
    ("景気はおそらく回復するでしょう。", 1),
    ("円安が続く可能性があります。", 1),
    ("新制度は基本的に機能しています。", 1),
    ("この改革は明らかに失敗です。", 0),
    ("この改革は決して成功しない。", 0),
    ("この改革は成功すると確信しています。", 0),
])
def test_hedged(units_of, sentence: str, expected: int) -> None:
    assert only(units_of(f"森:{sentence}")).hedged == expected


def test_target_is_the_topic_phrase(units_of) -> None:
    unit = only(units_of("森:この新しい制度は地方の雇用を増やすでしょう。"))
    assert unit.target == "この新しい制度"


def test_hazu_is_an_expectation_not_a_negation(units_of) -> None:
    unit = only(units_of("森:賃金が上がれば、消費も回復するはずです。")[-1:])
    assert unit.polarity == "pos"
    assert unit.type == "prediction"


def test_a_negated_aim_still_negates(units_of) -> None:
    assert only(units_of("森:この措置は負担を軽減することを狙ったものではありません。")).polarity == "neg"
