"""A comparison measured in figures (the difference or the value compared outside the subject) is a fact
the argument uses, a premise; a size told in words, a figure only in the subject, or a conclusion drawn
stays the speaker's claim. Sentences of our own."""
from __future__ import annotations

import pytest

from pipeline.extract import cues

CUE = f"role:{cues.MEASURED_COMPARISON_CUE}"


@pytest.mark.parametrize("text", [
    "議員:本町の高齢化率は３８％で、県内で最も高くなっています。",
    "市長:今年度の税収は、前年度に比べて約５億円減少しております。",
    "大臣:今年の米の作付面積は、昨年と比べて二割少なくなっております。",
    "とはいえ、うちの町の医師の数は、全国平均より三割ほど少ないのが現状です。",  # after a contrast opener too
])
def test_a_comparison_measured_in_figures_is_a_premise(units_of, text: str) -> None:
    units = units_of(text)
    assert [(u.role, CUE in u.cues) for u in units] == [("premise", True)]


@pytest.mark.parametrize("text", [
    "本市の蔵書数は一人当たり２．１冊で、全国平均の３．４冊を大きく下回っています。",  # a size judged in words
    "今年の来場者は八万人と、例年と比べて比較的少ない状況となっております。",
    "人口三万人の町で図書館が五館もある所は、全国で最も少ない。",                      # the figure in the subject
    "推奨される八時間と比べると、二時間以上も短いことになります。",                    # a conclusion drawn
])
def test_a_comparison_judged_or_drawn_stays_a_claim(units_of, text: str) -> None:
    assert [u.role for u in units_of(text)] == ["claim"]


@pytest.mark.parametrize("text", [
    "市長:私どもの試算では、市の負担は国より10億円多くなります。",  # the speakers' own estimate, foreseen
    "議員:本市の職員給与は、国の基準より3%も高すぎます。",          # an excess judged
    "とはいえ、本市の職員給与は、国の基準より3%も高すぎます。",      # after a contrast opener too
    "議員:来年度の国保税は、今年度より一人当たり5千円高くなります。",  # a difference foreseen
])
def test_an_own_estimate_a_forecast_or_an_excess_stays_a_claim(units_of, text: str) -> None:
    assert [u.role for u in units_of(text)] == ["claim"]
