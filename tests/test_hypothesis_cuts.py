"""Facts before a hypothesis: a continuative clause with a subject or topic of its own, then a
condition or concession, is a unit of its own (`〜がかかり、〜すれば、…`); the negative's continuative
(`〜ておらず、`) stops a clause as a verb's does; `〜ない限り` is a hypothesis inside a frame too; a verbal
noun's condition (`廃止されれば`) is one in one word. A て-form, a clause with no subject and a case
phrase (`〜に対し、`) still run on into the condition. Sentences of our own."""
from __future__ import annotations

import pytest

SPEAKER = "森:"


def texts(units) -> list[str]:
    return [u.text for u in units]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("下水道の更新には長い年月がかかり、一度に全区間を工事すれば、交通が大きく混乱します。",
     ["下水道の更新には長い年月がかかり", "一度に全区間を工事すれば", "交通が大きく混乱します"]),
    ("この薬は副作用が少なく、適切に使えば、多くの患者の助けになるはずです。",
     ["この薬は副作用が少なく", "適切に使えば", "多くの患者の助けになるはずです"]),
    ("この病気は初期の症状が軽く、検査を受けなければ、見逃されることが多いのです。",
     ["この病気は初期の症状が軽く", "検査を受けなければ", "見逃されることが多いのです"]),
    ("地域の病院では医師が足りず、どれだけ予算を積んでも、夜間の救急は続けられません。",
     ["地域の病院では医師が足りず", "どれだけ予算を積んでも", "夜間の救急は続けられません"]),
    ("事業の効果はまだ十分に検証されておらず、このまま予算を増やしても、成果が上がるとは限りません。",
     ["事業の効果はまだ十分に検証されておらず", "このまま予算を増やしても", "成果が上がるとは限りません"]),
])
def test_a_fact_before_a_condition_or_concession_is_a_unit(units_of, sentence: str, expected: list[str]) -> None:
    assert texts(units_of(f"{SPEAKER}{sentence}")) == expected


def test_the_condition_after_the_fact_conditions_the_main_clause(extract) -> None:
    units, relations, _ = extract(f"{SPEAKER}下水道の更新には長い年月がかかり、一度に全区間を工事すれば、交通が大きく混乱します。")
    by_id = {u.unit_id: u.text for u in units}
    assert [(r.label, by_id[r.source_id], by_id[r.target_id]) for r in relations] == [
        ("condition", "一度に全区間を工事すれば", "交通が大きく混乱します")]


def test_a_negative_continuative_before_a_topic_is_cut(units_of) -> None:
    assert texts(units_of(f"{SPEAKER}新しい制度はまだ周知されておらず、窓口での混乱も続いております。")) == [
        "新しい制度はまだ周知されておらず", "窓口での混乱も続いております"]


def test_unless_inside_a_frame_is_a_premise(units_of) -> None:
    units = units_of(f"{SPEAKER}この基準は国際的な合意に基づくものであり、各国の同意を得ない限り、"
                     "わが国だけで変えることは難しいと考えております。")
    assert texts(units) == ["この基準は国際的な合意に基づくものであり", "各国の同意を得ない限り", "わが国だけで変えることは難しい"]


def test_as_far_as_possible_inside_a_frame_stays(units_of) -> None:
    units = units_of(f"{SPEAKER}可能な限り、各地の実情に沿った支援を続けたいと考えております。")
    assert texts(units) == ["可能な限り、各地の実情に沿った支援を続けたい"]


@pytest.mark.parametrize(("sentence", "condition"), [
    ("廃止されれば、川で泳ぐ子どもが増え、事故の危険が高まるのではないでしょうか。", "廃止されれば"),
    ("電子化されれば、窓口の待ち時間は大きく減ります。", "電子化されれば"),
])
def test_a_verbal_noun_condition_is_a_premise_in_one_word(extract, sentence: str, condition: str) -> None:
    units, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert [(u.role, u.text) for u in units][0] == ("premise", condition)
    assert [r.label for r in relations][:1] == ["condition"]


@pytest.mark.parametrize(("sentence", "condition"), [
    ("制度を見直し、対象を広げれば、利用者は増えるはずです。", "制度を見直し、対象を広げれば"),  # no subject of its own
    ("景気が悪化して、税収が落ち込めば、事業の見直しは避けられません。", "景気が悪化して、税収が落ち込めば"),  # a て-form
    ("住民の要望に対し、丁寧に説明すれば、理解は得られるはずです。", "住民の要望に対し、丁寧に説明すれば"),  # a case phrase
])
def test_what_runs_on_into_the_condition_stays_in_it(units_of, sentence: str, condition: str) -> None:
    assert texts(units_of(f"{SPEAKER}{sentence}"))[0] == condition


def test_a_bare_word_of_possibility_sets_no_condition(units_of) -> None:
    assert texts(units_of(f"{SPEAKER}できれば、来年度中に結論を出したいと思います。")) == ["できれば、来年度中に結論を出したい"]
