"""Reported speech across sentences: a sentence that introduces a quotation gives the quoted
sentences to the person it names; `Xの発言にあったように` credits X. Sentences of our own."""
from __future__ import annotations


def holders(units) -> list[tuple[str, str]]:
    return [(u.holder, u.text) for u in units]


def test_a_quotation_after_konoyouni_is_the_reported_persons(units_of) -> None:
    text = ("森:山本長官は記者会見でこのように言っております。「この計画は完全な失敗だった。"
            "早急に計画全体を見直すべきだ。」私は慎重に判断すべきだと考えます。")
    assert holders(units_of(text)) == [("山本", "この計画は完全な失敗だった"),
                                       ("山本", "早急に計画全体を見直すべきだ"),
                                       ("森", "慎重に判断すべきだ")]


def test_sentences_after_a_colon_are_the_reported_persons_to_the_end_of_their_paragraph(units_of) -> None:
    text = ("森:佐藤教授は次のように述べた:\n今の年金制度は持続できない。早急な改革が必要だ。\n\n"
            "私の意見では、財政は依然として厳しい。")
    assert holders(units_of(text)) == [("佐藤", "今の年金制度は持続できない"), ("佐藤", "早急な改革が必要だ"),
                                       ("森", "私の意見では、財政は依然として厳しい")]


def test_the_introducing_sentence_is_no_unit(units_of) -> None:
    assert units_of("森:知事は先週の会見でこう話していました。") == []


def test_a_remark_cited_with_youni_credits_its_speaker(units_of) -> None:
    units = units_of("森:先ほどの鈴木委員の発言にあったように、この事業は赤字が続いています。")
    assert [(u.holder, u.type) for u in units] == [("鈴木", "assertion")]


def test_a_title_cited_with_youni_credits_the_title(units_of) -> None:
    units = units_of("森:市長の答弁にもありましたように、観光客は着実に増えています。")
    assert [u.holder for u in units] == ["市長"]
    assert units[0].type != "analogy"
