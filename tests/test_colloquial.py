"""Colloquial speech (interviews, podcasts, automatic transcripts): fillers, spoken quotative って,
かな hedges, contracted obligations, sentence-final particles, spoken procedure. Sentences of our own."""
from __future__ import annotations

import pytest

SPEAKER = "森:"


def only(units):
    assert len(units) == 1, [u.text for u in units]
    return units[0]


@pytest.mark.parametrize("sentence, span", [
    ("えー、あの、まあ、駅前の再開発は遅すぎますね。", "駅前の再開発は遅すぎますね"),
    ("うーん、なんか、地方の路線バスはもう限界なんですよ。", "地方の路線バスはもう限界なんですよ"),
    ("えーと、その、給食の無償化は必要だと思います。", "給食の無償化は必要だ"),
])
def test_fillers_opening_an_utterance_leave_the_span(units_of, sentence: str, span: str) -> None:
    assert only(units_of(f"{SPEAKER}{sentence}")).text == span


def test_a_determiner_without_a_comma_is_no_filler(units_of) -> None:
    assert only(units_of(f"{SPEAKER}あの店の値上げはやりすぎですね。")).text.startswith("あの店")


@pytest.mark.parametrize("sentence, span, hedged", [
    ("商店街の活性化にはイベントを増やすしかないって思うんですよ。", "商店街の活性化にはイベントを増やすしかない", 1),
    ("在宅勤務のほうが効率はいいのかなって思ってます。", "在宅勤務のほうが効率はいいのかな", 1),
])
def test_spoken_tte_quotes_a_frame(units_of, sentence: str, span: str, hedged: int) -> None:
    unit = only(units_of(f"{SPEAKER}{sentence}"))
    assert (unit.text, unit.hedged) == (span, hedged)


@pytest.mark.parametrize("sentence, hedged", [
    ("それは人によるかな。", 1),  # no frame: the かな alone softens
    ("今年の新人はかなり優秀ですよ。", 0),
    ("明らかな誤りは直すべきだ。", 0),
    ("災害には速やかな対応が必要だ。", 0),
    ("現場に行かなければ分からない。", 0),
    ("自然の豊かなところに人が集まるのは当然であります。", 0),
    ("健やかな、心豊かな生活を送れるまちをつくるべきだ。", 0),
])
def test_wondering_kana_hedges_and_kana_inside_words_does_not(units_of, sentence: str, hedged: int) -> None:
    assert only(units_of(f"{SPEAKER}{sentence}")).hedged == hedged


@pytest.mark.parametrize("sentence", [
    "私は住民と直接話をしたい。",
    "市は住民との対話をしたいと考えている。",
])
def test_wanting_to_talk_with_someone_is_no_procedure(units_of, sentence: str) -> None:
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


@pytest.mark.parametrize("sentence", [
    "学校の部活動の在り方はもう変えなきゃいけないと思います。",
    "自治体はもっと情報を出さなくちゃいけないんですよ。",
])
def test_contracted_obligations_are_normative_and_not_negated(units_of, sentence: str) -> None:
    unit = only(units_of(f"{SPEAKER}{sentence}"))
    assert (unit.type, unit.polarity) == ("normative", "pos"), unit.cues


def test_an_adjective_ending_in_nai_negates_nothing(units_of) -> None:
    assert only(units_of(f"{SPEAKER}空き家をこのまま放っておくのはもったいないですよ。")).polarity == "pos"


def test_a_rhetorical_janai_desuka_is_no_negation(units_of) -> None:
    unit = only(units_of(f"{SPEAKER}若い人のほうがむしろ本を読んでるじゃないですか。"))
    assert unit.polarity == "pos"


@pytest.mark.parametrize("line", [
    "あのー日本の電車って世界一正確なんですよ 実際遅れはほとんどないんですね",
])
def test_unpunctuated_speech_with_final_particles_is_no_headline(units_of, line: str) -> None:
    assert len(units_of(line)) == 2


@pytest.mark.parametrize("sentence", [
    "はい、じゃあ次のテーマにいきます。",
    "というわけで、今日はこのへんで。",
    "今日は防災の話をしたいと思います。",
])
def test_spoken_procedure_is_not_a_unit(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


def test_a_norm_among_facts_listed_as_a_ground_is_a_premise(units_of) -> None:
    units = units_of(f"{SPEAKER}役所に何度も行かなきゃいけない、書類も多いということで、申請をやめる人が多いんです。")
    assert units[0].role == "premise", [(u.text, u.role) for u in units]


@pytest.mark.parametrize("sentence, span, target", [
    ("結局、値上げで乗り切るしかないでしょ、これは。", "結局、値上げで乗り切るしかないでしょ", ""),
    ("駅前の駐輪場はもう足りないんですよ、実際。", "駅前の駐輪場はもう足りないんですよ", "駐輪場"),
    ("来月の大会は優勝します、はい。", "来月の大会は優勝します", "大会"),
    ("もう長くは続かないんですよ、ああいう商売は。", "もう長くは続かないんですよ", "商売"),
])
def test_an_afterthought_leaves_the_span(units_of, sentence: str, span: str, target: str) -> None:
    unit = only(units_of(f"{SPEAKER}{sentence}"))
    assert unit.text == span
    assert not target or unit.target.endswith(target), unit.target


@pytest.mark.parametrize("sentence", ["地方は人が減り、都市は人が増える。", "ここは安い、早い、うまい。"])
def test_a_comma_before_a_predicate_is_no_afterthought(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}")[-1].text.endswith(sentence[-3:-1])


@pytest.mark.parametrize("sentence, span, holder", [
    ("この公園は残してほしいって、近所の皆さんからもよく言われます。", "この公園は残してほしい", "近所の皆さん"),
    ("物価はまだ上がると、多くのエコノミストが予想しています。", "物価はまだ上がる", "多くのエコノミスト"),
    ("この橋は古すぎると、建築家の佐藤さんが指摘しています。", "この橋は古すぎる", "佐藤"),
    ("この計画は甘いと、私は思います。", "この計画は甘い", "森"),
])
def test_a_source_named_after_the_quotation_frames_it(units_of, sentence: str, span: str, holder: str) -> None:
    unit = only(units_of(f"{SPEAKER}{sentence}"))
    assert (unit.text, unit.holder) == (span, holder), unit.frame


@pytest.mark.parametrize("sentence", ["うーん、それはありますよね。", "確かにそれは言えますね。", "それもわかります、はい。",
                                      "私もそう思います。", "ええ、私もそう考えます。"])
def test_agreement_with_a_pronoun_is_no_unit(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


@pytest.mark.parametrize("sentence", ["私はそうは思いません。", "私は、全くそのようには考えておりません。"])
def test_denying_what_was_said_is_a_negated_claim(units_of, sentence: str) -> None:
    unit = only(units_of(f"{SPEAKER}{sentence}"))
    assert (unit.role, unit.polarity) == ("claim", "neg")


def test_thinking_about_a_matter_is_a_report_not_a_view(units_of) -> None:
    assert only(units_of(f"{SPEAKER}私はこの問題について考えています。")).role == "premise"


def test_agreement_with_content_of_its_own_is_a_unit(units_of) -> None:
    assert only(units_of(f"{SPEAKER}それには税金の問題がありますね。")).text == "それには税金の問題がありますね"


@pytest.mark.parametrize("sentence, span", [
    ("駅前の渋滞はそのうち解消するかなって感じですね。", "駅前の渋滞はそのうち解消するかな"),
    ("新しい図書館は若い人向けという感じですね。", "新しい図書館は若い人向け"),
])
def test_an_impression_frame_hedges_what_it_frames(units_of, sentence: str, span: str) -> None:
    unit = only(units_of(f"{SPEAKER}{sentence}"))
    assert (unit.text, unit.hedged) == (span, 1)


def test_a_self_report_under_an_impression_frame_is_no_unit(units_of) -> None:
    assert units_of(f"{SPEAKER}先週はとにかく走り込みを増やしたかなって感じですね。") == []


def test_an_adverb_tacked_on_is_no_target(units_of) -> None:
    unit = only(units_of(f"{SPEAKER}だったら送迎バスを出すべきでしょ、普通は。"))
    assert (unit.text, unit.target) == ("だったら送迎バスを出すべきでしょ", "")


def test_a_worry_reported_after_the_quotation_frames_it(units_of) -> None:
    unit = only(units_of(f"{SPEAKER}来年は客が減るって、組合の人たちが心配してます。"))
    assert (unit.text, unit.holder) == ("来年は客が減る", "組合の人たち")


@pytest.mark.parametrize("sentence", ["それはありません。", "それは言えません。"])
def test_a_negated_reply_denies_and_is_kept(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.polarity for u in units] == ["neg"]


def test_thinking_about_that_is_no_view_of_what_was_said(units_of) -> None:
    assert all(u.role != "claim" for u in units_of(f"{SPEAKER}私はそれについて毎日考えております。"))
