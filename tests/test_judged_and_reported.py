"""Types and roles of constructions across genres (sentences of our own): what is hard to do, a `〜的`
predicate, a belief judged wrong and an act the speaker judges (`〜ことは評価いたします`) are evaluations;
what is right by rights (`〜のが筋だ`) and a policy announced (`〜する方針です`) are norms; harm done by no
person (`〜が健康を損なっている`) is causal; `Xほど〜ない` compares; an example of the places meant
(`隣町のように、〜地域では`) is no analogy; figures credited to a source, reports passed on and no report
found are facts; what cannot fail to be (`できないはずはない`) is held."""
from __future__ import annotations

import pytest


def attributes(units) -> list[tuple[str, str]]:
    return [(u.role, u.type) for u in units]


@pytest.mark.parametrize("sentence", [
    "市長:坂の多い郊外の団地は、高齢の方には住み続けにくい。",  # `坂が多く、`: a fact cut off (test_clauses)
    "社長:今の仕組みでは、社員が上司に意見を言いづらい。",
    "大臣:この規模の事業を地方だけで担うのは現実的ではありません。",
    "委員:段階的に導入していくのが合理的だと考えます。",
    "社長:安ければ売れるというのは誤解だと思います。",
    "知事:住民の安全の確保が大前提でございます。",
    "委員:子育て世帯への配慮が盛り込まれたことは評価いたします。",
    "議員:市が相談窓口を一本化したことも評価します。",
])
def test_judging_predicates_are_evaluations_and_claims(units_of, sentence: str) -> None:
    assert attributes(units_of(sentence)) == [("claim", "evaluation")]


def test_a_doubt_framed_with_nikui_keeps_the_type_of_its_proposition(units_of) -> None:
    assert [u.type for u in units_of("委員:子どもの数が来年から増えるとは考えにくい。")] == ["prediction"]


@pytest.mark.parametrize("sentence", [
    "議員:受益者が費用を負担するのが筋ではないでしょうか。",
    "市長:まずは国が説明するのが筋だと考えております。",
    "大臣:来年度中に新たな指針を取りまとめる方針でございます。",
    "局長:現時点では、計画を見直す考えでございます。",
])
def test_what_is_right_and_a_policy_announced_are_norms(units_of, sentence: str) -> None:
    assert attributes(units_of(sentence)) == [("claim", "normative")]


def test_a_policy_shown_in_the_past_is_a_fact(units_of) -> None:
    assert attributes(units_of("記者:市は昨年、補助を拡充する方針を示しました。")) == [("premise", "assertion")]


@pytest.mark.parametrize("sentence", [
    "議員:長時間の通勤が子育て世代の健康を損なっている。",
    "教授:規制を急ぎすぎることこそが市場を歪める。",
    "委員:過度な値下げ競争が地域の商店街を荒らしている。",
])
def test_harm_done_by_no_person_is_causal(units_of, sentence: str) -> None:
    assert attributes(units_of(sentence)) == [("claim", "causal")]


@pytest.mark.parametrize("sentence", [
    "市長:観光客の数は以前ほど多くありません。",
    "社長:今の若い世代は私たちの頃ほど車に関心がありません。",
])
def test_not_as_much_as_a_standard_compares(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(sentence)] == ["comparison"]


def test_hodo_after_an_amount_is_about_and_compares_nothing(units_of) -> None:
    assert [u.type for u in units_of("議員:相談に来る方は月に十人ほどしかいません。")] != ["comparison"]


@pytest.mark.parametrize("sentence", [
    "議員:隣の町のように、路線バスが廃止された地域では通院もままなりません。",
    "委員:東京のように、鉄道が発達した都市では車がなくても暮らせます。",
    "議員:私の町のように、銀行そのものが撤退してしまった地域では、この制度は使えません。",
])
def test_an_example_of_the_places_meant_is_no_analogy(units_of, sentence: str) -> None:
    units = units_of(sentence)
    assert [u.type for u in units] != ["analogy"] and not any(u.analogy_source for u in units)


def test_a_source_mapped_onto_a_subject_stays_an_analogy(units_of) -> None:
    units = units_of("議員:ドイツやフランスのように、日本も再生可能エネルギーを増やすべきだ。")
    assert [u.analogy_source for u in units] == ["ドイツやフランス"]


@pytest.mark.parametrize("sentence", [
    "知事:県の調査によりますと、本県の待機児童数は前年を２割上回っています。",
    "記者:国の統計によると、県の出生率は全国平均を０．２ポイント下回っています。",
])
def test_a_comparison_of_figures_credited_to_a_source_is_a_fact(units_of, sentence: str) -> None:
    assert attributes(units_of(sentence)) == [("premise", "comparison")]


@pytest.mark.parametrize("sentence", [
    "委員:導入後、事故の件数は減少したと報告されています。",
    "大臣:海外でも同様の効果があったと報じられています。",
    "議員:他市では、利用者が減ったという報告はございません。",
    "局長:これまでに健康被害が出たという事例はございません。",
])
def test_reports_passed_on_and_no_report_found_are_facts(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(sentence)] == ["premise"]


def test_a_polite_denial_of_wrongdoing_stays_a_claim(units_of) -> None:
    assert [u.role for u in units_of("大臣:そのような不正は一切ございません。")] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "大臣:今の制度でできないはずはありません。",
    "知事:県内の業者で対応できないはずはありません。",
])
def test_what_cannot_fail_to_be_is_held(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(sentence)] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "議員:子どもが宿題を忘れたのを、怠けていると決めつけないでほしい。",
    "市長:住民が困っていることを、国にはもっと理解してほしいと思います。",
])
def test_a_request_that_others_act_is_a_norm_whoever_a_clause_inside_names(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(sentence)] == ["normative"]


def test_a_request_in_the_past_is_no_norm(units_of) -> None:
    assert [u.type for u in units_of("議員:住民が困っていたことを、国にはもっと理解してほしかった。")] != ["normative"]


@pytest.mark.parametrize("sentence", [
    "議員:住民からは「早く道路を直してほしい」との声が上がっています。",          # quoted
    "議員:保護者の方々から、給食費をもっと下げてほしいという声が寄せられています。",  # named a voice
])
def test_a_request_passed_on_is_hearsay_and_no_norm(units_of, sentence: str) -> None:
    assert attributes(units_of(sentence)) == [("premise", "assertion")]


def test_a_request_framed_as_what_others_said_is_no_norm_of_the_speaker(units_of) -> None:
    units = units_of("議員:子どもたちは、公園の遊具をもっと増やしてほしいと話していました。")
    assert [u.type for u in units] == ["assertion"]


@pytest.mark.parametrize("sentence", [
    "市長:影響はそれほど大きくありません。",
    "市長:状況はこれほど深刻ではありませんでした。",
])
def test_a_demonstrative_before_hodo_is_a_degree_and_no_standard(units_of, sentence: str) -> None:
    assert attributes(units_of(sentence)) == [("claim", "evaluation")]


def test_no_instance_of_wrongdoing_is_a_denial_and_a_claim(units_of) -> None:
    assert [u.role for u in units_of("市長:職員による不正の事例はございません。")] == ["claim"]
