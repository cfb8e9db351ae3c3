"""Constructions an unseen set of press conferences, Diet and assembly minutes, debates and interviews
showed failing (sentences of our own): a negated or adjectival `〜ば` condition, abilities and unsuited
things under a frame, the speaker's own schedule, `一般質問を行います`, a municipality's executives
in brackets, an interviewee named at the end of a headline."""
from __future__ import annotations

import pytest

from pipeline.names import interviewee_from_header
from pipeline.segment import segment


def roles(units) -> list[tuple[str, str]]:
    return [(u.role, u.text) for u in units]


@pytest.mark.parametrize("sentence, expected", [
    # `〜なければ、` with a clause after it conditions that clause (no `ならない` follows)
    ("人材を育てなければ、地域の産業は衰退します。",
     [("premise", "人材を育てなければ"), ("claim", "地域の産業は衰退します")]),
    ("規制を強めなければ、事故は減らないでしょう。",
     [("premise", "規制を強めなければ"), ("claim", "事故は減らないでしょう")]),
    # an adjective's own `〜ければ` after its subject
    ("価格が高ければ、消費者は買いません。",
     [("premise", "価格が高ければ"), ("claim", "消費者は買いません")]),
    ("金利が低ければ、住宅の購入が増えるでしょう。",
     [("premise", "金利が低ければ"), ("claim", "住宅の購入が増えるでしょう")]),
    # an obligation stays one claim
    ("この法律は守らなければなりません。", [("claim", "この法律は守らなければなりません")]),
])
def test_negated_and_adjectival_ba_conditions(extract, sentence: str, expected: list[tuple[str, str]]) -> None:
    units, relations, _ = extract(f"岡田:{sentence}")
    assert roles(units) == expected
    assert [r.label for r in relations] == (["condition"] if len(expected) == 2 else [])


def test_politeness_ba_sets_no_condition(units_of) -> None:
    assert len(units_of("岡田:よろしければ、この制度はもっと活用されるべきです。")) == 1


@pytest.mark.parametrize("sentence, expected", [
    # unsuited, pointless: judgements, not predictions
    ("そのような手法は公的な調査にはなじまないと思います。", "evaluation"),
    ("会議を開くだけでは意味がありません。", "evaluation"),
    ("この数字に意味はないと考えます。", "evaluation"),
    # what can be done, under a frame, is no event foreseen
    ("今の体制でも、その程度の需要には十分に対応できると考えています。", "evaluation"),
    # ... unless a time cue makes it one
    ("来年には新しい制度で誰でも申請できると思います。", "prediction"),
])
def test_unsuited_pointless_and_abilities_are_not_predictions(units_of, sentence: str, expected: str) -> None:
    assert [u.type for u in units_of(f"岡田:{sentence}")] == [expected]


@pytest.mark.parametrize("sentence, n_units", [
    ("来月には新しい窓口を開設する予定でございます。", 0),  # the speaker's own schedule
    ("それでは、地域交通について一般質問を行います。", 0),  # procedure
    ("政府は来年の国会に法案を提出する予定です。", 1),  # a third party's plan, reported
    ("私は、本案に賛成の立場から討論を行います。", 1),  # a stance
])
def test_own_plans_and_announced_questions_are_no_units(units_of, sentence: str, n_units: int) -> None:
    assert len(units_of(f"岡田:{sentence}")) == n_units


def test_a_municipal_executive_named_in_brackets_answers() -> None:
    text = ("◎議長（木村正）　次に、5番、石井議員。\n"
            "◆5番（石井聡議員）　水道料金の改定について伺います。\n"
            "◎水道事業管理者（森本和也）　お答えいたします。改定は避けられません。\n"
            "◎消防長（大塚進）　救急出動は増えております。\n")
    turns = segment(text, "d").turns
    assert [(t.speaker, t.role) for t in turns] == [
        ("木村正", "speaker"), ("石井聡", "interviewer"), ("森本和也", "interviewee"), ("大塚進", "interviewee")]


@pytest.mark.parametrize("header, expected", [
    ("【インタビュー】「農業を次の世代へ」　有機農家・佐野美和さん", "佐野美和"),
    ("【インタビュー】脱炭素の行方　経済学者　山本花子さん(45)", "山本花子"),
    ("【インタビュー】温暖化対策の現在地", ""),
])
def test_an_interviewee_at_the_end_of_the_headline(header: str, expected: str) -> None:
    assert interviewee_from_header(header) == expected


@pytest.mark.parametrize("sentence, expected", [
    # `〜以上、` after a predicate: given that (a reason)
    ("税金を使う以上、行政は説明責任を果たすべきです。",
     [("premise", "税金を使う以上"), ("claim", "行政は説明責任を果たすべきです")]),
    ("困っている方々がいる以上は、放置するわけにはいきません。",
     [("premise", "困っている方々がいる以上は"), ("claim", "放置するわけにはいきません")]),
])
def test_ijou_after_a_predicate_gives_a_reason(extract, sentence: str, expected: list[tuple[str, str]]) -> None:
    units, relations, _ = extract(f"岡田:{sentence}")
    assert roles(units) == expected
    assert [r.label for r in relations] == ["support"]


def test_ijou_after_a_number_is_a_quantity(units_of) -> None:
    assert all("以上" not in u.text or u.role == "claim" for u in units_of("岡田:100人以上、参加しましたが、会場は狭すぎました。"))


def test_where_one_looks_concedes_nothing_and_quotes_nothing(extract) -> None:
    units, relations, _ = extract("岡田:景気が悪くなると、過去の例を見ても、倒産が増えます。")
    assert roles(units) == [("premise", "景気が悪くなると"), ("claim", "過去の例を見ても、倒産が増えます")]
    assert [r.label for r in relations] == ["condition"]
    # a real concession stays one
    units, relations, _ = extract("岡田:どんなに練習しても、本番では緊張します。")
    assert [r.label for r in relations] == ["concession"]


@pytest.mark.parametrize("sentence, expected", [
    ("国際社会の一員として、この問題から目を背けるわけにはいきません。", "normative"),
    ("子どもたちの安全を守ることこそ学校の責務です。", "normative"),
    ("路線がなくなれば、高齢になっても運転しなければならなくなります。", "prediction"),
    ("出生数が減っているのは、若い世代の収入が伸びていないからにほかなりません。", "causal"),
    ("このまま放置すれば、事故が起きることは目に見えています。", "prediction"),
    ("人口減少への対応は避けて通れない課題だと考えております。", "evaluation"),
])
def test_types_of_idioms_of_duty_cause_and_foresight(units_of, sentence: str, expected: str) -> None:
    assert units_of(f"岡田:{sentence}")[-1].type == expected


def test_a_feared_possibility_is_hedged(units_of) -> None:
    [unit] = units_of("岡田:このままでは地元の商店街が消えてしまうおそれがあります。")
    assert (unit.type, unit.hedged) == ("prediction", 1)


@pytest.mark.parametrize("text", [
    "岡田:住民の皆さんの御不安は十分理解しております。",
    "岡田:様々な御意見があることは承知しております。",
    "記者:東西新聞です。",
    "経済学者が語る「円安の本当の理由」\n",
])
def test_acknowledgments_outlets_and_quoted_titles_are_no_units(units_of, text: str) -> None:
    assert units_of(text) == []


def test_a_quoted_saying_is_no_title(units_of) -> None:
    # an unclosed line whose quotation ends in a predicate is speech, not a title
    assert len(units_of("岡田:彼は「必ずやります」\n")) == 1


@pytest.mark.parametrize("sentence, expected", [
    # a condition or reason before a hypothetical `〜ても` attaches to the main clause
    ("設計を変えなければ、回収量が増えても、品質は上がりません。", [("c001", "c003", "condition"), ("c002", "c003", "concession")]),
    ("需要が高いから、価格が下がっても、売上は伸びるでしょう。", [("c001", "c003", "support"), ("c002", "c003", "concession")]),
])
def test_a_condition_before_a_hypothetical_concession_conditions_the_main_clause(extract, sentence: str, expected) -> None:
    _, relations, _ = extract(f"岡田:{sentence}")
    assert [(r.source_id[-4:], r.target_id[-4:], r.label) for r in relations] == expected


@pytest.mark.parametrize("opener", ["ですので", "なので"])
def test_desunode_opens_a_consequence(extract, opener: str) -> None:
    _, relations, _ = extract(f"岡田:駅前の空き店舗が増え続けています。{opener}、市が家賃の補助を拡充する必要があります。")
    assert [(r.label, r.cue) for r in relations] == [("support", opener)]
