"""Where a sentence is cut into units and what stays a unit (sentences of our own): a main clause that
points back at the が-clause before it, a tag question after an address, a ground with its own subject
before a verb of starting, a verb of starting or moving on with a task for its object, a word GiNZA tags
as a symbol that SudachiPy calls a noun."""
from __future__ import annotations

import pytest

SPEAKER = "岡田:"


def roles(units) -> list[tuple[str, str]]:
    return [(u.role, u.text) for u in units]


@pytest.mark.parametrize("sentence, expected", [
    ("新しい駅舎はとても立派に見えますが、それは外観だけの話です。",
     [("premise", "新しい駅舎はとても立派に見えますが"), ("claim", "それは外観だけの話です")]),
    ("他の自治体でも同じような課題を抱えていますが、そちらでは住民の協力で解決しています。",
     [("premise", "他の自治体でも同じような課題を抱えていますが"), ("claim", "そちらでは住民の協力で解決しています")]),
])
def test_a_main_clause_that_points_back_stands_apart_and_concedes(extract, sentence: str, expected) -> None:
    units, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert roles(units) == expected
    assert [r.label for r in relations] == ["concession"]


@pytest.mark.parametrize("sentence", [
    "財源は乏しいですが、福祉の予算は削るべきではありません。",
    "予算は少ないですが、それぞれの事業は必要です。",  # `それぞれ` points at nothing said
])
def test_a_main_clause_that_does_not_point_back_makes_one_claim(units_of, sentence: str) -> None:
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


@pytest.mark.parametrize("sentence, expected", [
    ("補助金を増やすべきだと考えますが、市長、いかがですか。", "補助金を増やすべきだ"),
    ("この計画は撤回すべきだと考えますが、いかがですか。", "この計画は撤回すべきだ"),
])
def test_a_view_before_a_tag_question_after_an_address_is_a_claim(units_of, sentence: str, expected: str) -> None:
    assert roles(units_of(f"{SPEAKER}{sentence}")) == [("claim", expected)]


@pytest.mark.parametrize("sentence, expected", [
    ("高齢化が進んでいることから、来年度から新たな支援事業を始めたい。",
     [("premise", "高齢化が進んでいることから"), ("claim", "来年度から新たな支援事業を始めたい")]),
    ("職員の負担が限界に来ていることから、業務の見直しを始めます。",
     [("premise", "職員の負担が限界に来ていることから"), ("claim", "業務の見直しを始めます")]),
    ("待機児童が増えていることから、保育士の処遇改善を進めてまいります。",
     [("premise", "待機児童が増えていることから"), ("claim", "保育士の処遇改善を進めてまいります")]),
])
def test_a_ground_with_its_own_subject_before_a_verb_of_starting(extract, sentence: str, expected) -> None:
    units, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert roles(units) == expected
    assert [r.label for r in relations] == ["support"]


def test_where_to_start_is_no_ground(units_of) -> None:
    assert len(units_of(f"{SPEAKER}小さなことから、改革を始めたいと思います。")) == 1


@pytest.mark.parametrize("sentence", [
    "来年度から、全ての小学校で英語教育を始めます。",
    "来月から、県との交渉に入ります。",
])
def test_starting_a_task_is_no_procedure(units_of, sentence: str) -> None:
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


@pytest.mark.parametrize("sentence", [
    "それでは、本題に入ります。",
    "では、三点目に移ります。",
    "それでは、記者会見を始めさせていただきます。",
    "これより一般質問に入ります。",
    "まず、私から説明を始めます。",
])
def test_starting_or_moving_on_in_the_talk_is_procedure(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


@pytest.mark.parametrize("sentence", [
    "私たちの試算では、GPT-4oよりも30%速い。",
    "当社の測定では、GPT-4oより2割安いです。",
])
def test_a_word_tagged_as_a_symbol_stays_in_its_noun_phrase(units_of, sentence: str) -> None:
    # GiNZA tags `GPT-4` SYM; SudachiPy's tag says it is a noun (syntax.is_punctuation)
    assert [u.standard for u in units_of(f"{SPEAKER}{sentence}")] == ["GPT-4o"]


@pytest.mark.parametrize("sentence", [
    # a rhetorical question quoted as the content of a noun is others' worry; the sentence asks
    "料金が上がるのではないかという利用者の心配について、市長はどうお考えですか。",
    "新しい制度はどのようにでも使えるのではないかという住民の不安について、どのようにお考えでしょうか。",
    # `お聞きをいたします`, `お伺いをいたします`: a request with を
    "今後、観光客の誘致にどう取り組まれるのか、お聞きをいたします。",
])
def test_a_question_that_quotes_a_worry_or_asks_with_wo_is_no_unit(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


def test_a_question_after_a_rhetorical_view_still_asks(units_of) -> None:
    units = units_of(f"{SPEAKER}財源が不足するのではないかと思いますが、どのように対応されるのでしょうか。")
    assert [u.text for u in units] == ["財源が不足するのではないか"]


@pytest.mark.parametrize("sentence", [
    "この制度は見直すべきではないでしょうか。",
    "むしろ逆効果ではないかという指摘もあり、この制度は見直すべきではないでしょうか。",
])
def test_a_rhetorical_question_of_ones_own_still_asserts(units_of, sentence: str) -> None:
    assert [u.text for u in units_of(f"{SPEAKER}{sentence}")][-1] == "この制度は見直すべきではないでしょうか"


@pytest.mark.parametrize("sentence, conceded, main", [
    ("駅前の再開発は昨年度に完了しましたが、周辺の商店街にはまだ人が戻っていません。",
     "駅前の再開発は昨年度に完了しましたが", "周辺の商店街にはまだ人が戻っていません"),
    ("待機児童の数はこの五年で大きく減ってきましたが、保育士の確保は依然として深刻な課題です。",
     "待機児童の数はこの五年で大きく減ってきましたが", "保育士の確保は依然として深刻な課題です"),
    ("補助金の申請件数は前年の倍に増えておりますが、審査の体制は十分とは言えません。",
     "補助金の申請件数は前年の倍に増えておりますが", "審査の体制は十分とは言えません"),
    ("来店客は少しずつ戻ってきていますが、売り上げはコロナ前の半分ほどです。",
     "来店客は少しずつ戻ってきていますが", "売り上げはコロナ前の半分ほどです"),
    ("市はこれまで説明会を重ねてまいりましたが、住民の理解は得られておりません。",
     "市はこれまで説明会を重ねてまいりましたが", "住民の理解は得られておりません"),
    ("町の人口は減り続けていますが、移住の相談件数は増えています。",
     "町の人口は減り続けていますが", "移住の相談件数は増えています"),
])
def test_a_ga_clause_that_reports_an_event_is_a_unit_of_its_own(extract, sentence: str, conceded: str,
                                                                  main: str) -> None:
    """`〜完了しましたが`, `〜減ってきましたが`, `〜増えておりますが`: what happened or holds, conceded."""
    units, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert [u.text for u in units] == [conceded, main]
    assert [r.label for r in relations] == ["concession"]


@pytest.mark.parametrize("sentence", [
    "この制度は誰でも利用できますが、手続きにはまだ時間がかかります。",  # a potential
    "これは初めての試みですが、最後の試みではありません。",  # a copula
    "先ほども報告がありましたが、この計画は来年度から始まります。",  # existence: a preface
    "新しい施設は便利ですが、駐車場が足りません。",  # an adjectival noun
])
def test_a_ga_clause_that_describes_stays_in_one_claim(units_of, sentence: str) -> None:
    """`Xできますが`, `Xですが`, `報告がありましたが`: no event reported, one unit with the main clause."""
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


def test_an_event_ga_clause_with_no_pause_runs_on_into_the_main_clause(units_of) -> None:
    """`〜に行きましたがとても丁寧に〜`: no comma after が, a narrated preface; one unit."""
    assert len(units_of("はじめて、その病院に行きましたがとても丁寧に診察していた、病院の雰囲気も良かったです。")) == 1
