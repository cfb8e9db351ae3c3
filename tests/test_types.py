"""Types: a prediction needs a future or modal marker; plain present states and completed events
are assertions or evaluations; the speaker's intentions and commitments are normative, a third
party's wish is not. Sentences of our own."""
from __future__ import annotations

import pytest

SPEAKER = "森:"


def kinds(units) -> list[str]:
    return [u.type for u in units]


@pytest.mark.parametrize("sentence", [
    "来年には利用者が倍増するでしょう。",
    "税収は今後さらに減少する見込みです。",
    "この流れは今後も加速していくことになる。",
    "数年後には地方の路線が維持できなくなると考えています。",
    "このままでは、駅前の商店街は成り立たなくなります。",
])
def test_predictions_have_a_future_or_modal_marker(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["prediction"]


@pytest.mark.parametrize("sentence", [
    "職員の多くは現場の近くにおります。",
    "この地域の主な産業は漁業です。",
    "その手続きはまだ始まっていないんです。",
])
def test_plain_present_statements_are_assertions(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["assertion"]


def test_a_completed_event_is_an_assertion(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}昨年で旧庁舎の解体工事が終わりました。")) == ["assertion"]


@pytest.mark.parametrize("sentence", [
    "まさに理解に苦しむところであります。",
    "正直、この説明の意味が分からないんです。",
])
def test_negated_understanding_is_an_evaluation(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["evaluation"]


@pytest.mark.parametrize("sentence", [
    "市としても空き家対策を着実に進めたい。",
    "地域の皆さんと一緒に新しい商店街をつくっていきたいと思います。",
    "引き続き全力で復旧に取り組んでまいります。",
    "責任を持って説明を尽くす所存でございます。",
    "国には早急に財源を手当てしていただきたい。",
    "近隣の町とも良い関係を築いていければと思います。",
    "議会は市民に対して説明責任を果たすべきだ。",
    "制度の見直しを急ぐ必要がある。",
    "この費用は本来、国が負担すべきものです。",
    "ご指摘の点は、来年度の予算編成の中で検討いたします。",
    "市民の皆様には節水への御協力をお願いいたします。",
    "ぜひ一度、新しい図書館に足を運んでみてください。",
])
def test_the_speakers_intentions_and_commitments_are_normative(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["normative"]


@pytest.mark.parametrize("sentence", [
    "県には通学路の安全対策をもっと急いでほしい。",
    "若い人たちにこそ選挙に行ってほしいと思います。",
    "これ以上、地方の路線を減らしてほしくない。",
])
def test_a_demand_put_as_a_wish_with_te_hoshii_is_normative(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["normative"]


def test_a_wish_told_of_the_past_is_no_norm(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}あの時はもっと早く知らせてほしかった。")) != ["normative"]


def test_a_third_partys_wish_is_no_norm(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}多くの住民が駅の近くに住みたいと考えています。")) != ["normative"]


def test_a_stance_is_normative(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}私は本案に賛成をするものであります。")) == ["normative"]


def test_an_attributive_modal_does_not_oblige(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}それは行政のあるべき姿とは程遠いものです。")) != ["normative"]


def test_a_question_form_is_no_prediction(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}それこそ行政の怠慢ではないでしょうか。")) != ["prediction"]


def test_yori_before_an_attributive_adjective_compares_nothing(units_of) -> None:
    units = units_of("森:来週にはより詳細な資料が届くであろうと思います。")
    assert [u.type for u in units] == ["prediction"]


@pytest.mark.parametrize("sentence", [
    "これが中山間地域の実情です。",
    "今年の応募状況も例年と一緒です。",
])
def test_a_predicate_noun_that_sums_up_is_an_evaluation(units_of, sentence: str) -> None:
    assert [u.type for u in units_of(f"森:{sentence}")] == ["evaluation"]


def test_what_can_be_seen_is_no_prediction(units_of) -> None:
    units = units_of("森:少しずつ商店街に人が戻りつつあるのが見受けられると思います。")
    assert [u.type for u in units] != ["prediction"]


@pytest.mark.parametrize("sentence", [
    "調査の結果、渋滞が朝の時間帯に集中していることが明らかになっています。",
    "市は来月までに事故の原因を明らかにします。",
])
def test_coming_to_light_is_no_evaluation(units_of, sentence: str) -> None:
    assert "evaluation" not in kinds(units_of(f"{SPEAKER}{sentence}"))


def test_what_is_plain_to_see_is_an_evaluation(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}この計画の欠陥は明らかです。")) == ["evaluation"]


def test_a_risk_foreseen_with_kanenai_is_a_hedged_prediction(units_of) -> None:
    """`〜しかねません`: it may well happen; no negation."""
    units = units_of(f"{SPEAKER}拙速に進めると、住民の信頼を損ないかねません。")
    assert [(u.type, u.polarity, u.hedged) for u in units][-1:] == [("prediction", "pos", 1)]


def test_what_follows_from_a_condition_is_foreseen(units_of) -> None:
    """`〜すれば、…遠のきます`: the main clause after a condition is a prediction, the condition is not."""
    units = units_of(f"{SPEAKER}駅前の駐車場を廃止すれば、商店街の客足はさらに遠のきます。")
    assert [(u.role, u.type) for u in units] == [("premise", "assertion"), ("claim", "prediction")]


def test_an_action_under_way_in_the_humble_progressive_is_no_prediction(units_of) -> None:
    """`〜ております` is under way now, a time cue (`来年度に向けて`) makes it no forecast."""
    assert "prediction" not in kinds(units_of(f"{SPEAKER}来年度に向けて、各課で準備を進めております。"))


def test_a_modal_word_naming_a_noun_predicts_nothing(units_of) -> None:
    """`将来への備え`: 将来 modifies a noun; the unit judges, it forecasts nothing."""
    assert kinds(units_of(f"{SPEAKER}この基金は将来への備えとして大切なものです。")) == ["evaluation"]


def test_motto_mo_as_reasonable_compares_nothing(units_of) -> None:
    """`もっともです` (reasonable) is no superlative `もっとも`."""
    assert kinds(units_of(f"{SPEAKER}住民の皆さんの不安はもっともです。")) != ["comparison"]


@pytest.mark.parametrize("sentence", [
    "この案は有力な選択肢の一つです。",
    "観光は重要な産業の一つです。",
])
def test_one_of_a_kind_judged_good_is_an_evaluation(units_of, sentence: str) -> None:
    """`有力な選択肢の一つだ`: the kind is judged (`有力な`), and so is what is one of it."""
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["evaluation"]


def test_one_of_a_plain_kind_is_an_assertion(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}これは観光振興策の一つです。")) == ["assertion"]


@pytest.mark.parametrize("sentence", [
    "対象は所得の低い世帯です。",
    "この町は人口の少ない地域です。",
])
def test_an_adjective_with_its_own_subject_names_a_kind_and_judges_nothing(units_of, sentence: str) -> None:
    """`所得の低い世帯`: which households are meant; the statement is a fact."""
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["assertion"]


@pytest.mark.parametrize("sentence", [
    "これは質の高い介護サービスです。",
    "この事業は意義の大きい取り組みです。",
    "新しい窓口は利便性の高い仕組みです。",
])
def test_a_degree_of_a_quality_still_judges(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["evaluation"]


def test_an_adjective_alone_before_a_noun_still_judges(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}これは厳しい状況です。")) == ["evaluation"]


def test_an_adjective_after_the_sentences_own_ga_subject_still_judges(units_of) -> None:
    """`カジノが有力な手段です`: が marks the subject of the whole, not of the modifier."""
    assert kinds(units_of(f"{SPEAKER}観光客を呼ぶにはカジノが有力な手段です。")) == ["evaluation"]


def test_a_cause_named_before_a_formal_copula_is_causal(units_of) -> None:
    """`〜が主な要因でございます`: で + ござる is the copula after the cause noun."""
    assert kinds(units_of(f"{SPEAKER}用地の買収が遅れたことが主な要因でございます。")) == ["causal"]


@pytest.mark.parametrize("text", [
    "財源は基金で賄います。ですから、ほかの事業を削る必要はありません。",
    "今の段階で計画を見直す必要はないと考えております。",
    "住民に追加の負担を求める必要もありません。",
])
def test_no_need_is_a_negated_norm_and_a_claim(units_of, text: str) -> None:
    last = units_of(f"{SPEAKER}{text}")[-1]
    assert (last.role, last.type, last.polarity) == ("claim", "normative", "neg")


def test_what_exists_without_a_judging_noun_stays_a_fact(units_of) -> None:
    units = units_of(f"{SPEAKER}市内には公民館が十二か所あります。")
    assert [(u.role, u.type) for u in units] == [("premise", "assertion")]


@pytest.mark.parametrize("sentence", [
    "それは、利用者にとっても望ましくありません。",
    "この手続きは決して難しくありません。",
])
def test_a_negated_adjective_judges_and_states_no_existence(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.type, u.polarity) for u in units] == [("claim", "evaluation", "neg")]


@pytest.mark.parametrize("sentence", [
    "立地自治体の理解を得ることが何より重要です。",
    "何よりも大切なのは、住民の安全です。",
])
def test_above_all_stresses_and_compares_nothing(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["evaluation"]


def test_a_standard_before_yori_still_compares(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}地域の理解は予算の額より重要です。")) == ["comparison"]


@pytest.mark.parametrize("sentence", [
    "現時点で市民に新たな負担を求める考えはございません。",
    "この計画を撤回するつもりはありません。",
])
def test_no_intention_is_a_negated_commitment(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.type, u.polarity) for u in units] == [("claim", "normative", "neg")]


def test_a_view_held_by_others_is_no_intention(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}住民の間には、計画に反対する考えも根強くあります。")) != ["normative"]


@pytest.mark.parametrize("sentence", [
    "本議案に反対するものであります。",
    "以上の理由から、本条例案に賛成するものであります。",
])
def test_a_stance_before_a_formal_noun_is_the_speakers(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.type) for u in units] == [("claim", "normative")]


def test_a_stance_word_describing_a_noun_is_still_others(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}計画に反対する声が高まっています。")) != ["normative"]


@pytest.mark.parametrize("sentence", [
    "それでは、工事の完了が大幅に遅れるのではないでしょうか。",
    "これでは、若い世代が町を離れてしまうのではないでしょうか。",
    "この値上げで、客足はさらに遠のくんじゃないですか。",
])
def test_an_event_conjectured_with_nodehanaika_is_a_prediction(units_of, sentence: str) -> None:
    """`〜のではないでしょうか` believes its proposition as `〜と思う` does: an event in it is foreseen."""
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["prediction"]


@pytest.mark.parametrize("sentence, kind", [
    ("その対応は不十分なのではないでしょうか。", "evaluation"),
    ("まず市が率先して取り組むべきではないでしょうか。", "normative"),
    ("それは市民の声とは言えないのではないでしょうか。", "evaluation"),
    ("駅前の利用者はすでに増えているのではないでしょうか。", "assertion"),
    ("その判断は昨年の時点で誤っていたのではないでしょうか。", "assertion"),
])
def test_a_conjectured_state_judgement_or_norm_is_no_prediction(units_of, sentence: str, kind: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == [kind]


@pytest.mark.parametrize("sentence", [
    "引き続き、関係機関と連携しながら対策を進めていきます。",
    "市としても、国と連携して支援を拡充していきます。",
    "地域の課題は私たちが解決していく。",
])
def test_carrying_an_act_on_is_the_speakers_commitment(units_of, sentence: str) -> None:
    """`〜ていきます` in the plain form commits as the humble `〜てまいります` does."""
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["normative"]


@pytest.mark.parametrize("sentence", [
    "今後、高齢者の数はさらに増えていきます。",
    "人口が少しずつ減ってまいります。",
    "このままでは、貴重な税金が毎年消えていきます。",
])
def test_a_change_going_on_by_itself_is_no_commitment(units_of, sentence: str) -> None:
    """`人口が減ってまいります`: the verb's subject is no person; nobody undertakes the change."""
    assert kinds(units_of(f"{SPEAKER}{sentence}")) != ["normative"]


@pytest.mark.parametrize("sentence", [
    "対応が遅れたのは、職員の体制が不十分だったためであると考えております。",
    "値上げが続いているのは、原材料の価格が上がっているからだと思います。",
])
def test_a_reason_under_a_frame_is_causal(units_of, sentence: str) -> None:
    """`〜ためであると考えております`: the causal ending ends the span; the frame follows it."""
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["causal"]


def test_a_verb_before_mono_under_a_frame_is_foreseen(units_of) -> None:
    """`〜につながるものと考えております`: expected to lead to."""
    units = units_of(f"{SPEAKER}この事業は地域経済の活性化につながるものと考えております。")
    assert kinds(units) == ["prediction"]


def test_a_change_verb_before_mono_and_a_copula_characterises(units_of) -> None:
    """`〜の柱となるものである(と考えます)`: what the thing is, no change foreseen."""
    units = units_of(f"{SPEAKER}この制度は子育て支援の柱となるものであると考えます。")
    assert kinds(units) != ["prediction"]


@pytest.mark.parametrize("sentence", [
    "この制度は子育て支援の大きな柱となるものである。",
    "この施設は市民の交流にとって極めて重要な拠点です。",
])
def test_an_adjective_describing_the_predicate_noun_judges(units_of, sentence: str) -> None:
    """`〜の大きな柱となるものだ`: the adjective on the predicate noun judges, however far from the end."""
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["evaluation"]


@pytest.mark.parametrize("sentence", [
    "対象は所得の低い世帯となるものです。",
    "この会議は年に二回開かれる定例の会議です。",
])
def test_a_predicate_noun_without_a_judging_adjective_is_asserted(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["assertion"]


@pytest.mark.parametrize("sentence, polarity", [
    ("現時点で計画を見直す必要がないと考えております。", "neg"),
    ("新たな条例を急いで制定する必要ありません。", "neg"),
    ("財源の確保が急務です。", "pos"),
])
def test_a_necessity_denied_or_urgent_is_normative(units_of, sentence: str, polarity: str) -> None:
    """`〜する必要がない`: a norm denied (polarity neg), no existence fact; `〜が急務だ`: urgently needed."""
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.type, u.polarity) for u in units] == [("claim", "normative", polarity)]


@pytest.mark.parametrize("sentence", [
    "必要な予算は既に確保されています。",
    "この事業に必要な人員は十名です。",
])
def test_necessary_before_a_noun_obliges_nothing(units_of, sentence: str) -> None:
    assert "normative" not in kinds(units_of(f"{SPEAKER}{sentence}"))


def test_a_reason_ending_on_the_frame_makes_the_unit_causal(units_of) -> None:
    """`むしろ、〜必要がないと感じているからです`: the frame gives the reason; whatever the complement is."""
    units = units_of(f"{SPEAKER}若者は車を買いません。むしろ、車を持つ必要がないと感じているからです。")
    assert kinds(units)[-1:] == ["causal"]


@pytest.mark.parametrize("sentence", ["この考えはなかなか国民に浸透していません。", "計画の中止を決めたのは、そのつもりはなかったからです。"])
def test_an_idea_or_a_past_intention_is_no_commitment(units_of, sentence: str) -> None:
    assert "normative" not in kinds(units_of(f"{SPEAKER}{sentence}"))


@pytest.mark.parametrize("sentence, kind", [
    ("改革は十分に進んでいないと思います。", "evaluation"),   # an ongoing state judged, no forecast
    ("若者の地方離れが進みつつあると考えます。", "assertion"),
])
def test_an_ongoing_state_under_a_frame_is_no_prediction(units_of, sentence: str, kind: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == [kind]


@pytest.mark.parametrize("sentence", [
    "子育て支援は、市が最優先で取り組むべき分野です。",
    "救急医療は、公立病院が担うべき役割である。",
    "交通対策こそ、県が真っ先に手をつけるべき課題だ。",
])
def test_bki_before_the_predicate_noun_obliges(units_of, sentence: str) -> None:
    """`〜取り組むべき分野です`: the noun べき describes is what the span predicates, so it obliges."""
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["normative"]


@pytest.mark.parametrize("sentence", [
    "市のあるべき姿を示した計画が公表されています。",
    "進むべき方向を示した報告書が届いております。",
])
def test_bki_before_a_noun_that_is_no_predicate_obliges_nothing(units_of, sentence: str) -> None:
    assert "normative" not in kinds(units_of(f"{SPEAKER}{sentence}"))


@pytest.mark.parametrize("sentence", [
    "医療や金融のように人命に関わる分野は、規制が厳しい。",
    "鉄道やバスのように多くの人が使う交通機関は、安全が第一です。",
    "図書館や公民館などのように誰もが使える施設は、駅の近くにあります。",
])
def test_examples_listed_before_noyouni_are_no_analogy(units_of, sentence: str) -> None:
    """`AやBのように…分野は`: examples of a kind, no mapping from one domain onto another."""
    assert "analogy" not in kinds(units_of(f"{SPEAKER}{sentence}"))


def test_a_single_source_before_noyouni_is_still_an_analogy(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}かつての鉄道のように、路線バスも地域の足として定着していく。")) == ["analogy"]


@pytest.mark.parametrize("sentence", [
    "財政調整基金を取り崩すことも一つの選択肢である。",
    "料金の引き上げも、一つの選択肢ではあります。",
    "民間への委託も選択肢の一つです。",
])
def test_one_option_among_others_is_an_evaluation(units_of, sentence: str) -> None:
    """`〜も一つの選択肢だ`: judged acceptable, a view one could dispute."""
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["evaluation"]


def test_counting_options_is_no_evaluation(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}市の示した選択肢は三つあります。")) != ["evaluation"]


@pytest.mark.parametrize("sentence", [
    "現在の規制案は少し厳しすぎると思います。",
    "この計画は時期尚早であると考えます。",
    "今回の路線バスの再編は、県民の足を守るための大きな一歩だと思います。",
])
def test_excess_prematurity_and_a_judging_adjective_after_tame_evaluate(units_of, sentence: str) -> None:
    """`厳しすぎる`: too much is a judgement; `〜ための大きな一歩`: ため names a purpose, it is no subject
    that makes `大きな` a measure."""
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["evaluation"]


@pytest.mark.parametrize("sentence", [
    "利用者が減っているのは、人口減少と自家用車の普及によるものです。",
    "赤字の主な要因は、医師不足による入院患者の減少であります。",
])
def test_a_cause_named_by_its_topic_or_by_niyoru_mono_is_causal(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["causal"]


@pytest.mark.parametrize("sentence", [
    "事故の原因は分かっていません。",
    "本条例は議員提案によるものです。",
])
def test_an_unknown_cause_or_an_origin_is_not_causal(units_of, sentence: str) -> None:
    assert "causal" not in kinds(units_of(f"{SPEAKER}{sentence}"))


def test_a_wish_inside_a_voice_is_no_intention(units_of) -> None:
    """`〜を使いたいという声`: the wish is the voice's, reported; the speaker intends nothing."""
    units = units_of(f"{SPEAKER}住民からは、通院にバスを使いたいという切実な声もいただいております。")
    assert "normative" not in kinds(units)


def test_examples_after_the_subject_are_the_source_of_an_analogy(units_of) -> None:
    """`Xは…AやBのように、〜になる`: the subject named first is mapped onto the examples."""
    units = units_of(f"{SPEAKER}電子マネーは、いずれ水道や電気のように、暮らしに欠かせない仕組みになると思います。")
    assert kinds(units) == ["analogy"]


def test_bki_before_a_noun_phrase_headed_by_the_predicate_noun_obliges(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}公共交通の維持は、県が取り組むべき最優先の分野です。")) == ["normative"]


@pytest.mark.parametrize("sentence", [
    "様々な対策を考えていかなければいけない中で、新しい治療薬が承認されたことは大変意義深いことだと思っております。",
    "少子化に対応しなければならない中で、待機児童がゼロになったことは大きな成果だと考えております。",
])
def test_a_norm_inside_a_circumstance_obliges_nothing(units_of, sentence: str) -> None:
    """`〜なければいけない中で、…うれしいことだ`: the norm sets the scene; the main predicate judges."""
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["evaluation"]


def test_a_norm_before_naka_de_that_ends_the_span_still_obliges(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}厳しい財政の中で、市は事業を見直すべきです。")) == ["normative"]


@pytest.mark.parametrize("sentence", [
    "以上を申し上げ、本条例案の賛成討論といたします。",
    "以上の理由から、本議案に対する反対討論とさせていただきます。",
])
def test_a_debate_named_as_a_stance_is_normative(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["normative"]


@pytest.mark.parametrize("sentence, kind", [
    ("このままでは、場合によっては路線の廃止に追い込まれてしまう。", "prediction"),
    ("利用者の少ない路線は、場合によっては廃止されることもある。", "prediction"),
    ("場合によっては、計画そのものを見直すべきだ。", "normative"),
])
def test_what_may_happen_in_some_cases_is_foreseen(units_of, sentence: str, kind: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == [kind]


@pytest.mark.parametrize("sentence", ["事故の原因は、現在調査中です。", "原因は不明であります。"])
def test_a_cause_not_named_is_no_causal_claim(units_of, sentence: str) -> None:
    assert "causal" not in kinds(units_of(f"{SPEAKER}{sentence}"))


def test_a_wish_before_a_clause_is_no_reported_voice(units_of) -> None:
    units = units_of(f"{SPEAKER}市民の皆さんと一緒に考えたいという思いで、来月から各地区で意見交換会を開催します。")
    assert kinds(units) == ["normative"]


def test_a_topic_that_names_the_agenda_obliges_nothing(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}本日のテーマは、私たちが目指すべき社会の姿です。")) != ["normative"]


@pytest.mark.parametrize("sentence", [
    "駅前に保育所ができたことは前進です。",
    "今の体制では看護師の数がまだ足りません。",
    "規制の議論ばかりが先行しすぎていると思います。",
    "国の今回の判断は、時宜を得たものであります。",
    "委員の御指摘は的を射たものだと思います。",
])
def test_judging_predicates_are_evaluations(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["evaluation"]


@pytest.mark.parametrize("sentence", [
    "この病院には看護師が三十人おります。",       # a count, no judgement
    "規制の議論が先行しています。",               # what goes first, no excess
])
def test_plain_reports_beside_those_predicates_stay_assertions(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["assertion"]


def test_a_judging_frame_makes_an_evaluation(units_of) -> None:
    """`〜であると評価いたします`: the frame judges; `将来を見据えた` describes the measure, foresees nothing."""
    units = units_of(f"{SPEAKER}今回の条例案は、将来を見据えた仕組みであると評価いたします。")
    assert [(u.type, u.text, u.frame) for u in units] == [
        ("evaluation", "今回の条例案は、将来を見据えた仕組みである", "と評価いたします")]


def test_the_future_still_foresees(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}この町の人口は将来さらに減っていくでしょう。")) == ["prediction"]


@pytest.mark.parametrize("sentence", [
    "困ったときは、まず役所の窓口に相談すればいい。",   # what one need only do
    "住民への説明の後回しは許されません。",             # what must not be allowed
])
def test_what_suffices_or_is_not_allowed_is_normative(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["normative"]


@pytest.mark.parametrize("sentence, kind", [
    ("市が最初から丁寧に説明すればよかったのです。", "evaluation"),   # a past that should have been: judged
    ("財源が足りないことは、値上げの理由にはならないと思います。", "evaluation"),  # no ground: judged, not foreseen
    ("この道路ができれば、渋滞は解消すると思います。", "prediction"),
])
def test_near_misses_of_those_norms(units_of, sentence: str, kind: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == [kind]


@pytest.mark.parametrize("sentence", [
    "来年こそ景気が良くなればいいなと思っております。",   # a wish
    "当時、女性には選挙権が許されませんでした。",           # the past
])
def test_a_wish_or_a_past_prohibition_is_no_norm(units_of, sentence: str) -> None:
    assert "normative" not in kinds(units_of(f"{SPEAKER}{sentence}"))


def test_enough_in_stock_is_a_report(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}現在のところ、ワクチンの在庫は足りております。")) == ["assertion"]


def test_no_ground_in_the_formal_to_wa_form_judges(units_of) -> None:
    assert kinds(units_of(f"{SPEAKER}財政難は、子育て支援を後回しにする理由とはなりません。")) == ["evaluation"]


@pytest.mark.parametrize("sentence", [
    "このままでは、若い世帯の転出を招くおそれさえあります。",
    "放置すれば、地域の医療が崩れるおそれすらあります。",
])
def test_a_fear_with_sae_or_sura_foresees_hedged(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert units[-1].role == "claim" and units[-1].type == "prediction" and units[-1].hedged == 1


@pytest.mark.parametrize("sentence", [
    "来月から、窓口の開庁時間を午後七時まで延長いたします。",
    "申請の状況は、担当課が改めて点検いたします。",
    "来年度から、全ての小学校に相談員を配置します。",
    "事業者には、年に一度の報告を義務付けます。",
    "来年度から、移住者の相談に乗る仕組みを全ての町で立ち上げます。",
])
def test_an_act_the_speaking_side_announces_is_normative(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["normative"]


@pytest.mark.parametrize("sentence", [
    "この制度は来年から家計の負担を軽くします。",
    "多くの企業が来年から賃金を引き上げます。",
])
def test_an_act_of_another_doer_is_foreseen(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["prediction"]


@pytest.mark.parametrize("sentence", [
    "職員も努力をされております。",
    "リスクを二つに分けることができます。",
])
def test_a_state_or_an_ability_announces_no_act(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["assertion"]


@pytest.mark.parametrize("sentence", [
    "その判断は本末転倒です。",
    "手続きの簡素化は容易ではございません。",
    "人材の確保は決して容易ではございません。",
])
def test_a_judging_word_under_a_polite_copula_or_split_by_the_parser_is_an_evaluation(units_of, sentence: str) -> None:
    assert kinds(units_of(f"{SPEAKER}{sentence}")) == ["evaluation"]
