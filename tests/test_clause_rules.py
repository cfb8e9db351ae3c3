"""Clause cuts: し-parallels, と-conditions, concessive ながら and a view conceded with が are cut;
a cited source (`〜によれば`), a case phrase with も (`〜においても`), a meta phrase (`一言で言うと`)
and a bare condition (`車さえあれば`) are not. Sentences of our own."""
from __future__ import annotations

import pytest

SPEAKER = "森:"


def roles(units) -> list[tuple[str, str]]:
    return [(u.role, u.text) for u in units]


def test_shi_joins_two_propositions(units_of) -> None:
    assert [u.text for u in units_of(f"{SPEAKER}来年の予算規模もまだ不透明ですし、人手も全く足りません。")] == [
        "来年の予算規模もまだ不透明ですし", "人手も全く足りません"]


def test_a_to_condition_is_cut_and_related(extract) -> None:
    units, relations, _ = extract(f"{SPEAKER}駅前の駐車場がなくなると、商店街の客足は確実に遠のきます。")
    assert roles(units) == [("premise", "駅前の駐車場がなくなると"), ("claim", "商店街の客足は確実に遠のきます")]
    assert [r.label for r in relations] == ["condition"]


def test_nagara_after_an_adjective_concedes(extract) -> None:
    units, relations, _ = extract(f"{SPEAKER}財政状況は苦しいながら、子育て支援の拡充を優先すべきです。")
    assert roles(units) == [("premise", "財政状況は苦しいながら"), ("claim", "子育て支援の拡充を優先すべきです")]
    assert [r.label for r in relations] == ["concession"]


@pytest.mark.parametrize("sentence", [
    "国の動向を注視しながら、段階的な支援策を検討してまいります。",
    "関係機関と連携しながら、早期の復旧に全力を挙げるべきです。",
])
def test_nagara_after_a_verbal_noun_is_manner_and_concedes_nothing(extract, sentence: str) -> None:
    units, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert len(units) == 1 and units[0].role == "claim" and relations == []


def test_a_view_conceded_with_ga_is_related_to_the_claim(extract) -> None:
    units, relations, _ = extract(f"{SPEAKER}予算を増やせば解決するとは思いますが、現実には財源がありません。")
    assert [r.label for r in relations][-1:] == ["concession"]
    assert units[-1].text == "現実には財源がありません"


@pytest.mark.parametrize("sentence, expected", [
    ("県の統計によれば、空き家の数は年々増えています。", "県の統計によれば、空き家の数は年々増えています"),
    ("農村部においても、高齢化は深刻な問題です。", "農村部においても、高齢化は深刻な問題です"),
    ("これは一言で言うと、制度の失敗です。", "これは一言で言うと、制度の失敗です"),
    ("お金さえあれば便利な町です。", "お金さえあれば便利な町です"),
    ("店の様子から察すると、景気はまだ回復していない。", "店の様子から察すると、景気はまだ回復していない"),
    ("この補助金は、令和3年度の場合、申請が予定の倍に増えました。", "この補助金は、令和3年度の場合、申請が予定の倍に増えました"),
    ("2019年の場合は、雪の量がかなり少なかった。", "2019年の場合は、雪の量がかなり少なかった"),
])
def test_no_cut_at_sources_case_phrases_meta_phrases_and_bare_conditions(units_of, sentence: str,
                                                                        expected: str) -> None:
    assert [u.text for u in units_of(f"{SPEAKER}{sentence}")] == [expected]


def test_a_quoting_to_before_a_belief_is_no_condition(units_of) -> None:
    units = units_of(f"{SPEAKER}景気は来年には必ず回復すると、私は強く信じています。")
    assert [(u.role, u.text) for u in units] == [("claim", "景気は来年には必ず回復する")]


def test_keredomo_in_two_tokens_concedes_to_a_framed_view(extract) -> None:
    units, relations, _ = extract(f"{SPEAKER}駅前の再開発は遅れていますけれども、住民の理解は深まっていると考えます。")
    assert roles(units) == [("premise", "駅前の再開発は遅れていますけれども"), ("claim", "住民の理解は深まっている")]
    assert [r.label for r in relations] == ["concession"]


@pytest.mark.parametrize("sentence, expected", [
    ("若い親が抱える悩みというのは、私たちの世代の悩みと同じだと思います。",
     "若い親が抱える悩みというのは、私たちの世代の悩みと同じだ"),
    ("住民の足を守るというものを目標に掲げておりますけれども、路線バスは減り続けています。",
     "住民の足を守るというものを目標に掲げておりますけれども"),  # an event reported: a unit of its own
])
def test_iu_before_a_noun_and_particle_frames_nothing(units_of, sentence: str, expected: str) -> None:
    assert [u.text for u in units_of(f"{SPEAKER}{sentence}")][0] == expected


def test_a_continuative_form_before_a_mo_topic_is_cut(units_of) -> None:
    assert [u.text for u in units_of(f"{SPEAKER}駅前の商店は閉店が相次ぎ、若い世代も市外へ流出しています。")] == [
        "駅前の商店は閉店が相次ぎ", "若い世代も市外へ流出しています"]


@pytest.mark.parametrize("sentence", [
    "新しい料金制度に対し、事業者の多くは強い不満を持っています。",
    "人口の減少に伴い、市の税収は確実に減っていきます。",
])
def test_a_compound_case_particle_is_no_clause(units_of, sentence: str) -> None:
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


@pytest.mark.parametrize("sentence, link, premise", [
    ("雨が降ったのに、彼は傘を持たずに出かけました。", "concession", "雨が降ったのに"),
    ("多くの反対意見があったにもかかわらず、市は計画を強行しました。", "concession", "多くの反対意見があったにもかかわらず"),
    ("春になれば、観光客は必ず戻ってきます。", "condition", "春になれば"),
    ("雨が降ったら、試合は中止すべきです。", "condition", "雨が降ったら"),
    ("災害が起きた際は、まず市民の安全を確保すべきです。", "condition", "災害が起きた際は"),
    ("海外からの旅行者の場合は、事前の予約が必要です。", "condition", "海外からの旅行者の場合は"),
])
def test_concessions_and_short_or_nominal_conditions_are_cut(units_of, sentence: str, link: str, premise: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.link, u.text) for u in units][0] == (link, premise)
    assert len(units) == 2


@pytest.mark.parametrize("sentence", [
    "地域の住民が協力することで、防災の力は大きく高まります。",
    "財政を立て直すためには、事業の見直しが欠かせません。",
    "物流を維持するためには、運転手の待遇改善が何より重要であります。",
    "部品を共通化することで、製造コストを大きく下げられると考えています。",
])
def test_a_purpose_or_a_means_stays_in_its_unit(units_of, sentence: str) -> None:
    """`〜ためには、…が欠かせない`, `〜することで、…が高まる`: the goal or the means is part of what the
    main clause states (as `〜するために` is), no premise of its own."""
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


@pytest.mark.parametrize("sentence", [
    "高齢者の医療の問題になりますと、財源の確保が最大の課題です。",
    "この計画は委員会で十分に議論されたものでございます。",
    "この団体の目標は新しい図書館を建設することで、市も同じ目標を持っています。",
    "子どもたちがその施設を利用する際に、保護者の同意が要ります。",
])
def test_a_topic_a_copula_and_a_time_are_no_cut(units_of, sentence: str) -> None:
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


def test_a_main_clause_too_short_to_stand_joins_its_reason(units_of) -> None:
    units = units_of(f"{SPEAKER}駅から近いので、おすすめです。")
    assert [(u.role, u.text) for u in units] == [("claim", "駅から近いので、おすすめです")]


def test_a_concession_that_points_back_concedes_the_sentence_before(extract) -> None:
    units, relations, _ = extract(f"{SPEAKER}市長は、ぜひこの事業を実施したいと答弁しました。"
                                  "この答弁があったにもかかわらず、予算は削られました。")
    assert [u.text for u in units] == ["ぜひこの事業を実施したい", "予算は削られました"]
    assert [(r.label, r.cue) for r in relations] == [("concession", "にもかかわらず")]


def test_toiuka_says_the_same_thing_again_and_cuts_nothing(extract) -> None:
    units, _, _ = extract("森:人の力を信じるというか、地域の力を大事にしていきたいと思っています。")
    assert [u.text for u in units] == ["人の力を信じるというか、地域の力を大事にしていきたい"]


def test_mo_ari_gives_a_reason(extract) -> None:
    units, relations, _ = extract("森:道路の傷みが目立つ箇所もあり、来年度の補修予算が足りるのか心配です。")
    assert [(u.role, u.link_cue) for u in units] == [("premise", "もあり"), ("claim", "")]
    assert [r.label for r in relations] == ["support"]


def test_shidai_after_a_verb_is_a_condition(extract) -> None:
    units, relations, _ = extract("森:新しい担当者が決まり次第、計画を見直すべきです。")
    assert [r.label for r in relations] == ["condition"]


def test_shidai_after_a_noun_cuts_nothing(extract) -> None:
    units, _, _ = extract("森:天候次第で工事の日程は変わります。")
    assert len(units) == 1


def test_a_proposition_before_to_iu_koto_de_is_cut_as_a_ground(units_of) -> None:
    """`〜ということで、B`: the named proposition is a unit of its own; a plain assertion so named
    is the ground of B (a premise), a norm so named stays the speaker's claim."""
    units = units_of(f"{SPEAKER}同じ事故を繰り返してはならないということで、点検の手順を見直すべきです。")
    assert roles(units) == [("claim", "同じ事故を繰り返してはならない"), ("claim", "点検の手順を見直すべきです")]
    units = units_of(f"{SPEAKER}来週には新しい橋が開通するということで、渋滞は大きく減るでしょう。")
    assert roles(units) == [("premise", "来週には新しい橋が開通する"), ("claim", "渋滞は大きく減るでしょう")]
    assert any(c == "role:前提の提示" for c in units[0].cues)
    # a summing-up `〜ということで、` is no means-condition (`〜することで`): it is this ground
    units = units_of(f"{SPEAKER}手続も多いということで、利用はあまり進んでいません。")
    assert [u.role for u in units] == ["premise", "claim"] and "role:前提の提示" in units[0].cues


def test_a_view_noun_under_which_one_acted_is_cut(units_of) -> None:
    units = units_of(f"{SPEAKER}図書館の開館時間を延ばすとの方針のもとで、夜間の職員を増やしたものであります。")
    assert [u.text for u in units] == ["図書館の開館時間を延ばす", "夜間の職員を増やしたものであります"]


def test_a_ground_before_no_unit_supports_nothing(units_of) -> None:
    assert units_of("記者:新年度が始まったということで、抱負をお聞かせください。") == []


def test_wo_fukume_is_a_particle_not_a_clause_of_its_own(units_of) -> None:
    units = units_of(f"{SPEAKER}中小企業を含め、地域の雇用は回復しつつあると考えています。")
    assert [u.text for u in units] == ["中小企業を含め、地域の雇用は回復しつつある"]


@pytest.mark.parametrize("sentence, expected", [
    ("県は空き家を毎年五百戸減らすと目標を掲げていますが、実際には増えています。",
     "県は空き家を毎年五百戸減らすと目標を掲げていますが"),  # the goal set, reported: a unit of its own
    ("町は十年で人口減少を止めると計画に書いていますが、実現は難しい。",
     "町は十年で人口減少を止めると計画に書いていますが"),
    ("財政が破綻すると言われていた町が、今は黒字に転じています。", "財政が破綻すると言われていた町が、今は黒字に転じています"),
])
def test_a_quoting_to_before_a_goal_or_a_verb_of_writing_is_no_condition(units_of, sentence: str,
                                                                       expected: str) -> None:
    """`〜すると目標を掲げる`, `〜すると計画に書く`: the と quotes what is aimed at or written."""
    assert [u.text for u in units_of(f"{SPEAKER}{sentence}")][0] == expected


@pytest.mark.parametrize("sentence", [
    "市民の意見を丁寧に集めると、方針の見直しも必要になります。",
    "補助金を大幅に増やすと目標の達成が早まります。",
    "雨が強くなるとすぐに中止を決めます。",
])
def test_a_to_before_a_goal_noun_or_a_deciding_verb_further_on_is_still_a_condition(extract, sentence: str) -> None:
    units, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert [r.label for r in relations] == ["condition"], [u.text for u in units]


def test_a_topic_described_with_mono_de_gives_no_reason(extract) -> None:
    """`Xは…作られたもので、`: the copula says what X is; no ので reason, no support."""
    units, relations, _ = extract(f"{SPEAKER}現行の料金表は十年以上前に作られたもので、燃料費の高騰を反映していません。")
    assert len(units) == 1 and relations == []


def test_mono_de_of_the_speaker_still_gives_a_reason(extract) -> None:
    """`私は不器用なもので、`: because (a participant's topic)."""
    units, relations, _ = extract(f"{SPEAKER}私は不器用なもので、細かい作業は苦手です。")
    assert [r.label for r in relations] == ["support"]


@pytest.mark.parametrize("sentence, conceded, main", [
    ("僕も最初は反対だったんですけど、今はこの方法が一番いいですね。", "僕も最初は反対だったんですけど", "今はこの方法が一番いいですね"),
    ("この路線は平成の初めに開業したのですが、利用者は年々減っております。", "この路線は平成の初めに開業したのですが",
     "利用者は年々減っております"),
    ("当時の失業率は五％を超えていたのでございますが、現在は二％台まで改善しております。",
     "当時の失業率は五％を超えていたのでございますが", "現在は二％台まで改善しております"),
    ("確かに財政は厳しいですが、子育て支援は削るべきではありません。", "確かに財政は厳しいですが", "子育て支援は削るべきではありません"),
    ("もちろん安全対策は大切ですけれども、住民の負担があまりに大き過ぎます。", "もちろん安全対策は大切ですけれども",
     "住民の負担があまりに大き過ぎます"),
    ("たしかに交渉は難航しておりますが、合意に向けた努力を続けることが重要です。", "たしかに交渉は難航しておりますが",
     "合意に向けた努力を続けることが重要です"),
])
def test_a_ga_clause_that_explains_or_is_conceded_by_an_adverb_is_a_unit(extract, sentence: str, conceded: str,
                                                                          main: str) -> None:
    """`〜したんですが`, `〜わけでありますが`, `確かに〜ですが`: a proposition conceded to the main clause."""
    units, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert [u.text for u in units] == [conceded, main]
    assert units[0].role == "premise" and [r.label for r in relations] == ["concession"]


def test_a_ga_clause_that_explains_with_wake_is_a_preface_of_its_own(extract) -> None:
    """`〜わけでありますが`: a unit of its own, which prefaces the main clause (no concession)."""
    units, relations, _ = extract(f"{SPEAKER}これまで多額の予算が計上されてきたわけでありますが、"
                                  "市民の満足度は一向に上がっておりません。")
    assert [u.text for u in units] == ["これまで多額の予算が計上されてきたわけでありますが", "市民の満足度は一向に上がっておりません"]
    assert relations == []


@pytest.mark.parametrize("sentence, expected", [
    ("この施設は築五十年を超えていますが、耐震化が済んでいないため、早急な建て替えが必要です。",
     ["この施設は築五十年を超えていますが", "耐震化が済んでいないため", "早急な建て替えが必要です"]),
    ("国の交付金は年々減っておりますが、市税収入が伸びれば、財政は持ち直します。",
     ["国の交付金は年々減っておりますが", "市税収入が伸びれば", "財政は持ち直します"]),
])
def test_a_ga_clause_before_a_reason_or_condition_is_no_part_of_it(units_of, sentence: str, expected: list[str]) -> None:
    """`Aですが、Bため、C`: A is conceded to the sentence, it does not join B's premise."""
    assert [u.text for u in units_of(f"{SPEAKER}{sentence}")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("本案には賛成いたしますが、なお、運用面では改善すべき点が残っております。",
     ["本案には賛成いたしますが", "運用面では改善すべき点が残っております"]),
    ("新しい制度は来月から始まりますが、ただし、申請には所得の証明が必要です。",
     ["新しい制度は来月から始まりますが", "申請には所得の証明が必要です"]),
])
def test_a_main_clause_that_opens_like_a_sentence_leaves_the_ga_clause_a_sentence(extract, sentence: str,
                                                                                   expected: list[str]) -> None:
    """`〜ますが、なお、B`: two propositions side by side, nothing conceded."""
    units, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert [u.text for u in units] == expected
    assert relations == []


@pytest.mark.parametrize("sentence", [
    "これは最初の試みですが、最後の試みではありません。",
    "値段は高いですが、品質は確かです。",
    "それに関連してなんですが、この事業は見直すべきです。",
    "市の人口は少ないですが、また高齢化率も高いです。",
])
def test_a_plain_ga_clause_stays_in_one_claim(units_of, sentence: str) -> None:
    """`Xですが、Y` with no explaining の, no conceding adverb and no opener: one claim."""
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


def test_no_de_before_a_copula_gives_no_reason(extract) -> None:
    """`〜したのでございます`: の and the copula's で; `〜ので ある程度` is still a reason."""
    units, relations, _ = extract(f"{SPEAKER}この制度は昭和の時代に作られたのでございまして、今の実態に合っておりません。")
    assert [u.link for u in units] == ["parallel", "final"] and relations == []  # no ので reason
    units, relations, _ = extract(f"{SPEAKER}予算が少ないのである程度の工夫が必要です。")
    assert [r.label for r in relations] == ["support"]


@pytest.mark.parametrize("sentence, expected", [
    ("新たな給付金を創設することとしておりまして、申請の受付は来月から始まります。",
     ["新たな給付金を創設することとしておりまして", "申請の受付は来月から始まります"]),
    ("システムは先週再び停止したところでありまして、原因の調査を急いでおります。",
     ["システムは先週再び停止したところでありまして", "原因の調査を急いでおります"]),
    ("この道路は県が管理しているものでございまして、市が勝手に改修することはできません。",
     ["この道路は県が管理しているものでございまして", "市が勝手に改修することはできません"]),
])
def test_a_formal_continuative_goes_on_to_a_new_proposition(units_of, sentence: str, expected: list[str]) -> None:
    """`〜しておりまして、`, `〜でありまして、`: formal speech's sentence break inside a sentence."""
    assert [u.text for u in units_of(f"{SPEAKER}{sentence}")] == expected


@pytest.mark.parametrize("sentence", [
    "本件につきまして、市の負担は大きすぎると考えます。",
    "改めまして、この事業の効果は非常に大きいと考えます。",
    "様々な課題がありまして、計画の実現は難しい状況です。",
])
def test_masite_after_a_particle_or_a_plain_verb_is_no_cut(units_of, sentence: str) -> None:
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


@pytest.mark.parametrize("sentence", [
    "できることから、一つ一つ着実に取り組んでまいります。",   # where to start, no ground
    "身近なことから、できる限り始めていくべきだと考えております。",
    "所得の低い世帯に属するものに対し、重点的に支援を行うべきです。",  # もの's の names whom
])
def test_where_to_start_and_whom_to_help_are_no_clause_of_their_own(extract, sentence: str) -> None:
    units, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert len(units) == 1 and relations == []


@pytest.mark.parametrize("text", [
    "森:市長は説明会を一度も開きませんでした。その一方的な姿勢は到底容認できません。",
    "森:前の計画は財政を悪化させました。反面教師として、私たちは徹底した検証を行うべきです。",
    "森:地域の医療は大切です。現に存在する施設を最大限活用すべきです。",
])
def test_words_that_begin_like_a_connective_are_no_connective(extract, text: str) -> None:
    units, relations, _ = extract(text)
    # no connective relates the sentences; a past fact may still ground the demand after it (無標の根拠)
    assert units[-1].text.startswith(text.split("。")[1][:4]) and all(r.cue == "無標の根拠" for r in relations)


@pytest.mark.parametrize("sentence", [
    "来月から運賃を値上げするため、利用者の負担が増えることになります。",  # a consequence, not a purpose
    "新庁舎に移転するため、窓口が一時閉鎖されます。",
])
def test_tame_before_a_consequence_is_a_reason(extract, sentence: str) -> None:
    _, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert [r.label for r in relations] == ["support"]


def test_the_statistics_say_sets_no_condition(extract) -> None:
    _, relations, _ = extract(f"{SPEAKER}国の統計によりますと、出生数は過去最少となっております。")
    assert relations == []


def test_a_judgement_falling_after_to_is_no_frame(extract) -> None:
    units, relations, _ = extract(f"{SPEAKER}対応が遅れると評価が下がり、結局は市の損失になります。")
    assert all(u.frame == "" for u in units)


def test_trying_with_te_miru_still_concedes(extract) -> None:
    _, relations, _ = extract(f"{SPEAKER}どれだけ職員が努力してみても、人員が足りなければ限界があります。")
    assert "concession" in [r.label for r in relations]


def test_the_more_the_more_is_one_proposition(extract) -> None:
    units, relations, _ = extract(f"{SPEAKER}利用者が多ければ多いほど、赤字は膨らみます。")
    assert len(units) == 1 and relations == []


@pytest.mark.parametrize("sentence", [
    "新しい制度が住民に定着するには、どうしても時間がかかります。",
    "この計画は何としても来年度中に実現したい。",
    "いずれにしても、補正予算で必要な額を確保いたします。",
])
def test_an_adverb_in_the_shape_of_temo_concedes_nothing(extract, sentence: str) -> None:
    units, relations, _ = extract(f"市長:{sentence}")
    assert len(units) == 1 and relations == []


@pytest.mark.parametrize("sentence", [
    "この薬は、いつ飲んでも効果は変わりません。",
    "この町は、どこに住んでも駅まで十分以内で行けます。",
    "このアプリでは、何を買っても送料が無料になります。",
    "誰が首相になっても、この国の財政は変わらないでしょう。",
    "この店は、いつ来ても予約さえあれば入れます。",  # the short condition after it stays in its clause
])
def test_a_question_word_under_temo_reads_whichever_and_concedes_nothing(extract, sentence: str) -> None:
    units, relations, _ = extract(f"市長:{sentence}")
    assert len(units) == 1 and relations == []


@pytest.mark.parametrize("sentence", ["どんなに努力しても、結果が出ないこともあります。", "何度要望しても、市は対応してくれません。",
                                      "何回説明しても、住民の不安は消えません。"])
def test_a_degree_under_temo_still_concedes(extract, sentence: str) -> None:
    _, relations, _ = extract(f"市長:{sentence}")
    assert [r.label for r in relations] == ["concession"]


def test_a_clause_with_temo_still_concedes(extract) -> None:
    units, relations, _ = extract("市長:雨が降っても、大会は予定どおり開きます。")
    assert [r.label for r in relations] == ["concession"] and units[0].text == "雨が降っても"


@pytest.mark.parametrize("sentence", [
    "事業所の数は、全国で見れば減っておりません。",
    "長期的に見れば、この投資は必ず回収できます。",
    "他の自治体と比べてみれば、本市の負担は軽いほうです。",
    "全国で見ても、本市の取組は進んでいます。",
])
def test_a_point_of_view_or_a_comparison_sets_no_condition(extract, sentence: str) -> None:
    """`〜で見れば`, `〜と比べてみれば`: from where the main clause holds, one proposition."""
    units, relations, _ = extract(f"大臣:{sentence}")
    assert len(units) == 1 and relations == []


def test_trying_before_a_conditional_still_sets_a_condition(extract) -> None:
    units, relations, _ = extract("市長:この計画を見直してみれば、無駄が多いことが分かります。")
    assert [r.label for r in relations] == ["condition"]


@pytest.mark.parametrize("sentence, expected", [
    ("この地区の住民の半数は七十歳以上であり、買い物に困る世帯が増えていると言わざるを得ません。",
     ["この地区の住民の半数は七十歳以上であり", "買い物に困る世帯が増えている"]),
    ("電気は生活の基盤となるものであり、使用を減らすにも限度があります。",
     ["電気は生活の基盤となるものであり", "使用を減らすにも限度があります"]),
    ("住民が使う施設は老朽化が進んでおり、修繕が急がれます。", ["住民が使う施設は老朽化が進んでおり", "修繕が急がれます"]),
])
def test_a_topic_then_a_subject_of_its_own_makes_two_propositions(units_of, sentence: str, expected: list[str]) -> None:
    """`Xは…であり、Yが〜`: the continuative closes a statement about X; Y's clause states something else."""
    assert [u.text for u in units_of(f"{SPEAKER}{sentence}")] == expected


@pytest.mark.parametrize("sentence", [
    "この施策はいずれも必要であり、有効な取組である。",      # one topic, two judgements
    "抜本的な制度の見直しも含め、改めて検討が必要である。",  # 〜も含め: a case particle
    "問題は予算ではなく、人手が足りないことです。",          # not A but B
    "運動を続けた地域では転倒が減り、医療費も下がったという調査があります。",  # both found by the study
    "利用者が増え、収益も改善したという報告が出ています。",
])
def test_one_topic_a_case_particle_or_a_report_of_both_is_one_unit(units_of, sentence: str) -> None:
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


def test_a_topic_of_its_own_before_a_report_is_the_speakers_statement(units_of) -> None:
    units = units_of(f"{SPEAKER}運行の時間帯は事業者の判断に委ねられており、夜間はほとんど使われていないとの指摘があります。")
    assert [u.text for u in units] == ["運行の時間帯は事業者の判断に委ねられており", "夜間はほとんど使われていないとの指摘があります"]


@pytest.mark.parametrize("sentence", [
    "高齢の方が一人で暮らしている場合や、家族が遠くに住んでいる場合も多く、見守りの体制が欠かせません。",
    "書類に不備がある場合が多く、審査に時間がかかっております。",
])
def test_bamen_counted_or_listed_sets_no_condition(extract, sentence: str) -> None:
    """`〜場合も多く`, `〜場合や、`: 場合 as the subject of how often, or listed, is no condition."""
    _, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert "condition" not in [r.label for r in relations]


def test_a_bamen_followed_by_a_comma_still_conditions(extract) -> None:
    _, relations, _ = extract(f"{SPEAKER}大きな災害が起きた場合も、同じ手順で避難所を開設すべきです。")
    assert [r.label for r in relations] == ["condition"]


@pytest.mark.parametrize("sentence", [
    "駅前の再開発は市の長年の課題ですが、その一方で、商店街の客足は年々減っております。",
    "在宅勤務は便利ですが、その一方で、孤立を感じる人も少なくありません。",
    "地域の祭りは観光の目玉でございますが、一方で、担い手の確保が難しくなっているのが実情です。",
])
def test_ga_then_sono_ippou_de_concedes_a_unit_of_its_own(extract, sentence: str) -> None:
    """`Xですが、その一方で、Y`: Y sets itself against X, which is a proposition conceded to it."""
    units, relations, _ = extract(f"{SPEAKER}{sentence}")
    assert len(units) == 2 and [r.label for r in relations] == ["concession"]


@pytest.mark.parametrize("sentence", [
    "物価が上がり、賃金が上がらなければ、消費は冷え込みます。",  # a bare が-subject: one hypothesis
    "たとえ国が認め、県が同意しても、住民の理解がなければ進めません。",  # たとえ covers both
])
def test_a_hypothesis_of_two_clauses_stays_one_premise(extract, sentence: str) -> None:
    units, relations, _ = extract(f"大臣:{sentence}")
    assert len(units) == 2 and len(relations) == 1


def test_a_stated_fact_with_a_topic_before_a_condition_stands_apart(extract) -> None:
    units, relations, _ = extract("市長:かつては雑誌が売り上げの多くを占め、本が売れなくても、店は続けられました。")
    assert [u.text for u in units][0] == "かつては雑誌が売り上げの多くを占め" and len(units) == 3


@pytest.mark.parametrize("sentence, conditions", [
    ("国の基準と比べて少なければ、市が上乗せすべきです。", 1),  # comparing inside the condition
    ("親の面倒を見れば、仕事を続けられなくなります。", 1),  # looking after someone
    ("極論すれば、この制度は不要です。", 0),  # a word about the talk
    ("利用者数の推移を見れば、路線の見直しは避けられません。", 0),  # where one looks
])
def test_what_carries_the_conditional_decides_whether_it_conditions(extract, sentence: str, conditions: int) -> None:
    _, relations, _ = extract(f"市長:{sentence}")
    assert sum(r.label == "condition" for r in relations) == conditions


@pytest.mark.parametrize("sentence", [
    "いつまで待っても、国からの回答はありません。",
    "たとえ何を言われても、方針は変えません。",
])
def test_a_question_word_of_degree_or_after_tatoe_still_concedes(extract, sentence: str) -> None:
    _, relations, _ = extract(f"市長:{sentence}")
    assert [r.label for r in relations] == ["concession"]


def test_a_holders_own_topic_keeps_a_framed_view_of_two_clauses_whole(extract) -> None:
    units, _, _ = extract("議員:私は、この事業は効果が乏しく、予算が無駄になると考えます。")
    assert [u.role for u in units] == ["claim"] and not units[0].text.startswith("私は")


def test_soreni_adds_and_takes_nothing_up(extract) -> None:
    units, relations, _ = extract("市長:制度の周知は大切ですが、それに加えて相談窓口も拡充します。")
    assert len(units) == 1 and relations == []


@pytest.mark.parametrize("sentence", [
    "若い社員にとっても、この仕組みは働きやすさにつながります。",
    "農家の皆さんにとりましても、この補助金は大きな支えになるはずです。",
    "観光客にとっても、駅前の案内板は分かりやすくなりました。",
])
def test_nitottemo_is_a_case_phrase_with_mo_and_concedes_nothing(extract, sentence: str) -> None:
    units, relations, _ = extract(f"市長:{sentence}")
    assert len(units) == 1 and relations == []


@pytest.mark.parametrize("sentence, claim", [
    ("今や町の商店街全体が存続の危機にあると言っても過言ではありません。", "今や町の商店街全体が存続の危機にある"),
    ("この橋は地域の生命線だと言っても過言ではない。", "この橋は地域の生命線だ"),
    ("今回の値上げは、事実上の増税と言っても過言ではございません。", "今回の値上げは、事実上の増税"),
])
def test_no_overstatement_frames_a_claim_and_concedes_nothing(extract, sentence: str, claim: str) -> None:
    units, relations, _ = extract(f"委員:{sentence}")
    assert [(u.text, u.polarity) for u in units] == [(claim, "pos")] and relations == []


@pytest.mark.parametrize("sentence, instance, claim", [
    ("電気代が１年で２倍になるなど経営は苦しく、店を畳む人も多い。", "電気代が１年で２倍になるなど", "経営は苦しく"),
    ("バスの本数が半分に減るなど住民の不便は大きくなっています。", "バスの本数が半分に減るなど", "住民の不便は大きくなっています"),
    ("説明会を開くなど丁寧な対応に努めてまいります。", "説明会を開くなど", "丁寧な対応に努めてまいります"),
])
def test_a_verb_clause_with_nado_is_an_example_even_without_its_comma(extract, sentence: str, instance: str,
                                                                      claim: str) -> None:
    units, relations, _ = extract(f"市長:{sentence}")
    by_id = {u.unit_id: u.text for u in units}
    assert (by_id[relations[0].source_id], relations[0].label, by_id[relations[0].target_id]) == (instance, "example", claim)


@pytest.mark.parametrize("sentence", ["各学校に通知を出すなどして周知を図ってまいります。",
                                      "窓口で長時間待たされるなどの苦情が寄せられています。"])
def test_nado_inside_its_phrase_cuts_nothing(extract, sentence: str) -> None:
    units, relations, _ = extract(f"市長:{sentence}")
    assert len(units) == 1 and relations == []
