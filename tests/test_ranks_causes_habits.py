"""Types and roles of constructions across genres (sentences of our own): a superlative in a `〜のは`
topic ranks, it compares nothing; a cause linked to its effect (`〜につながった`, `〜を招いている`) is
explained; a figure judged (`小さな額ではない`) is no measured fact; a が subject that names a matter
(`問題が解決する`) judges nothing; what the speaker's own body does, and what recurs every day, are facts."""
from __future__ import annotations

import pytest


def attributes(units) -> list[tuple[str, str]]:
    return [(u.role, u.type) for u in units]


@pytest.mark.parametrize("sentence", [
    "市長:私が一番心配しているのは、若い人が地元に残らないことです。",
    "田中:僕が最も期待しているのは、学生がこの仕組みを使って新しい店を開くことです。",
    "議員:今回の予算で最も評価しているのは、通学路の安全対策であります。",
    "市長:任期中に一番取り組みたいのは、若者が地元で働けるようにすることです。",  # what the speaker wants
])
def test_a_superlative_in_a_no_wa_topic_ranks_and_judges(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(sentence)] == ["evaluation"]


@pytest.mark.parametrize("sentence", [
    "田中:この町は県内で最も人口が少ない町です。",
    "議員:本市の待機児童数は県内で一番多いのであります。",
])
def test_a_superlative_in_the_predicate_still_compares(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(sentence)] == ["comparison"]


@pytest.mark.parametrize("sentence, expected", [
    ("市長:バス路線の廃止が、高齢者の外出機会の減少につながりました。", [("claim", "causal")]),
    ("大臣:原材料価格の高騰が、中小企業の収益の悪化を招いております。", [("claim", "causal")]),
    ("議員:保育士の不足が待機児童の増加をもたらしているのであります。", [("claim", "causal")]),
])
def test_a_cause_linked_to_its_effect_is_explained(units_of, sentence: str, expected) -> None:
    assert attributes(units_of(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a plain non-past link with a frame is foreseen
    ("知事:観光客の増加は、地域経済の活性化につながると考えております。", [("claim", "prediction")]),
    # a person who 招く invites
    ("社長:私どもは昨年、海外から技術者を招きました。", [("premise", "assertion")]),
])
def test_near_misses_of_a_causal_link(units_of, sentence: str, expected) -> None:
    assert attributes(units_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "議員:年金だけで暮らす方にとって、月3,000円は決して小さな額ではありません。",
    "記者:一世帯あたり2万円というのは、小さな負担ではないと思います。",
])
def test_a_figure_judged_is_an_evaluation_and_a_claim(units_of, sentence: str) -> None:
    assert attributes(units_of(sentence)) == [("claim", "evaluation")]


@pytest.mark.parametrize("sentence", [
    "大臣:確かに、減税だけで人手不足の問題が解決するわけではありません。",
    "議員:補助金を出すだけで地域の課題がなくなるわけではありません。",
])
def test_a_matter_named_as_a_ga_subject_judges_nothing(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(sentence)] == ["assertion"]


def test_a_topic_that_names_a_judgement_still_judges(units_of) -> None:
    assert [u.type for u in units_of("議員:問題は、財源の裏付けがないことであります。")] == ["evaluation"]


@pytest.mark.parametrize("text", [
    "聞き手:普段はどんなお仕事を。\n木村:私たちのNPOは、外国籍の子どもに日本語を教えています。",
    "記者:団体の活動について伺います。\n山口:私どもの団体は、週末に河川敷の清掃をしております。",
])
def test_what_the_speakers_own_body_does_is_a_fact(units_of, text: str) -> None:
    assert [u.role for u in units_of(text) if u.holder not in ("聞き手", "記者")] == ["premise"]


@pytest.mark.parametrize("sentence", [
    "田中:私の見方は少し異なります。",  # a view is no body of theirs
    # the speakers named in apposition (no の) declare a stance
    "議員:私ども市民クラブ議員団は、今回の条例改正に対し強く抗議の意を表明するものです。",
])
def test_the_speakers_view_or_the_speakers_named_stay_claims(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(sentence)] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "鈴木:実際の現場は狭くて、資材の置き場所も毎日変わります。",
    "議員:この交差点では、毎朝、通学の子どもたちが車の間をすり抜けて横断しています。",
    "村田:冬の間は、雪の相談が毎日のように寄せられます。",
])
def test_what_recurs_every_day_is_a_fact(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(sentence)] == ["premise"]


@pytest.mark.parametrize("sentence", [
    "議員:政府は毎回、国会での説明を避けています。",  # a deed done again and again reproaches
    "議員:毎年、多額の税金が無駄に消えていきます。",  # a change going on is foreseen
])
def test_recurring_deeds_and_changes_going_on_stay_claims(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(sentence)] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "市長:相談件数で最も多いのは、空き家に関する相談です。",
    "市長:市内で最も利用者が多いのは、中央図書館です。",
])
def test_a_superlative_topic_that_ranks_measured_things_compares(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(sentence)] == ["comparison"]


@pytest.mark.parametrize("sentence", [
    "議員:議会は毎回市長の言いなりになっています。",      # what it becomes characterises
    "議員:毎年、多くの税金が無駄に使われています。",      # a word that judges how
    "議員:年々、格差は拡大しています。",                  # a trend, no recurrence
])
def test_recurring_complaints_and_trends_stay_claims(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(sentence)] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "市長:この道路は駅とつながっています。",
    "市長:このトンネルは隣の市につながっております。",
])
def test_places_joined_are_no_causal_link(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(sentence)] != ["causal"]


@pytest.mark.parametrize("sentence", [
    "市長:昨年度、本市は企業を誘致し、二百人の雇用を生みました。",  # the speakers' own deed
    "市長:昨年の大雨が、農作物に大きな被害をもたらしました。",      # a dated event reported
])
def test_an_own_deed_or_a_dated_event_with_its_effect_is_a_premise(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(sentence)] == ["premise"]
