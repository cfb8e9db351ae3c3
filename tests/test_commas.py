"""Commas: `,` and `，` (written by some ministries' transcripts, mofa's among them) work like `、`
in every rule: cuts, fillers, procedure, prefaces, openers, tag questions. Sentences of our own."""
from __future__ import annotations

import pytest

SENTENCES = [
    "あとは、国会提出案件で、質問主意書が沢山ありました。",
    "少し話は変わるのですが、市の財政は厳しいです。",
    "反対の理由は、委員会が二回しか開かれなかったことです。",
    "では、次に移ります。",
    "この点について、いかがでしょうか。",
    "いろいろな試算がありますけれども、景気が悪化すれば失業者は増えます。",
    "財政は厳しいので、計画を見直すべきです。",
    "大臣は増税はしないということをおっしゃって、首相も大臣に全幅の信頼を置いていると述べました。",
    "古い規則は改めていく、新しい窓口も増やすという方針を前向きに受け止めています。",
    "人口減少が進む中で、公共施設の統廃合は避けられないと考えます。",
    "本日は、冒頭、私から一点申し上げます。",
    "まず、冬の備えです。",
    "じゃあ、次のスライドいきます。",
    "二点目は、財源の問題です。",
    "その理由としては、財源の見通しが立っていないことです。",
]


def read(units) -> list[tuple[str, str, str, str]]:
    """Each unit's role, text, frame and holder, its commas written as `、`."""
    def plain(text: str) -> str:
        return text.replace(",", "、").replace("，", "、")
    return [(u.role, plain(u.text), plain(u.frame), u.holder) for u in units]


@pytest.mark.parametrize("comma", [",", "，"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_other_commas_read_like_the_japanese_comma(units_of, sentence: str, comma: str) -> None:
    assert read(units_of(f"森:{sentence.replace('、', comma)}")) == read(units_of(f"森:{sentence}"))
