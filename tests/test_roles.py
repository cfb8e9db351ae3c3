"""Roles: the facts an argument rests on (quantities, hearsay, past events, in a speech without
labels too) are premises; a stance and an evaluation are claims. Sentences of our own."""
from __future__ import annotations

import pytest

from pipeline.extract import cues

SPEAKER = "森:"


def roles(units) -> list[tuple[str, str]]:
    return [(u.role, u.text) for u in units]


@pytest.mark.parametrize("sentence", [
    "今年の観光客数は約百二十万人です。",
    "市の借入残高は四百億円であります。",
    "高齢化率はすでに35%に達しています。",
    "その内訳は、市立病院が３、民間の診療所が12であります。",
])
def test_measured_quantities_are_premises(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["premise"]
    assert "role:数値の事実" in units[0].cues


def test_an_ordinal_is_no_quantity(units_of) -> None:
    units = units_of(f"{SPEAKER}二つ目の問題は、この計画が時代遅れだということです。")
    assert [u.role for u in units] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "まずは一つ一つの課題に取り組むことが第一歩です。",
    "八ッ場ダムの問題は私たちの町の問題でもあります。",
    "この事業には三つの問題があります。",
])
def test_numbers_in_idioms_and_names_are_no_quantity(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert "role:数値の事実" not in units[0].cues


@pytest.mark.parametrize("sentence", [
    "市の負担は十五億円にもなり、到底同意できません。",
    "三百億円もの予算を使っている場合ではありません。",
    "私は利用料の二千円の値下げを提案いたします。",
    "この事業に五十億円もの効果があるとは思えません。",
])
def test_a_judgement_or_proposal_with_an_amount_is_a_claim(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["claim"]
    assert "role:数値の事実" not in units[0].cues


@pytest.mark.parametrize("sentence", [
    "来月には新しい料金表が公表されるとのことです。",
    "地元の商店からは不安の声もありました。",
])
def test_hearsay_is_a_premise(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(f"{SPEAKER}{sentence}")] == ["premise"]


@pytest.mark.parametrize("sentence", [
    "一方で、利用者からは料金が高すぎるという声もありました。",
    "しかし、住民からは計画の見直しを求める声が上がっております。",
    "課長は現地の調査を行っていないという旨の答弁であります。",
])
def test_a_voice_passed_on_is_a_premise_after_a_connective_too(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["premise"]
    assert "role:伝聞" in units[0].cues


def test_a_stance_is_a_claim_even_about_the_speaker(units_of) -> None:
    units = units_of(f"{SPEAKER}私はこの補正予算そのものに反対ではありません。")
    assert [u.role for u in units] == ["claim"]


def test_an_unlabelled_speech_keeps_its_polite_past_facts_as_premises(units_of) -> None:
    text = "委員会では三回にわたって審議を行いました。この計画はまだ検討が足りないと考えます。"
    assert roles(units_of(text)) == [("premise", "委員会では三回にわたって審議を行いました"),
                                     ("claim", "この計画はまだ検討が足りない")]


@pytest.mark.parametrize("sentence", [
    "先月、駅前の広場がようやく完成しましたよね。",
    "去年の秋に図書館の開館時間が延びることになりましたね。",
])
def test_a_past_event_before_a_final_particle_is_a_premise(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.type) for u in units] == [("premise", "assertion")]
    assert "role:過去の事実" in units[0].cues


def test_a_news_lead_before_labelled_turns_is_not_a_speech(units_of) -> None:
    text = "昨日、市は新しい計画を発表しました。\n\n森:この計画は野心的です。"
    assert [u.text for u in units_of(text)] == ["この計画は野心的です"]


def test_what_was_heard_before_a_view_is_a_premise(units_of) -> None:
    units = units_of(f"{SPEAKER}来週には県の説明会が開かれるということですが、市も準備を急ぐべきです。")
    assert [(u.role, u.text) for u in units] == [("premise", "来週には県の説明会が開かれる"),
                                                 ("claim", "市も準備を急ぐべきです")]
    assert "role:伝聞" in units[0].cues


def test_a_reason_listed_with_shi_is_a_premise_that_supports(extract) -> None:
    units, relations, _ = extract(f"{SPEAKER}駅の利用者も年々減っていますし、路線の維持は難しいと思います。")
    assert [(u.role, u.text) for u in units] == [("premise", "駅の利用者も年々減っていますし"),
                                                 ("claim", "路線の維持は難しい")]
    assert [(r.label, r.cue) for r in relations] == [("support", "し")]


def test_an_obligation_listed_with_shi_stays_a_claim(units_of) -> None:
    units = units_of(f"{SPEAKER}予算も見直すべきですし、人員も増やすべきです。")
    assert [u.role for u in units] == ["claim", "claim"]


def test_what_a_text_says_is_a_premise(units_of) -> None:
    units = units_of(f"{SPEAKER}市の条例には、住民の意見を必ず聞くべきだと書いてあります。")
    assert [u.role for u in units] == ["premise"]
    assert "role:伝聞" in units[0].cues


def test_what_an_interviewer_states_before_asking_is_a_premise(units_of) -> None:
    units = units_of("記者:市内の中学校ではタブレットの配布が始まっています。今後の活用についてお聞かせください。")
    assert [(u.role, u.text) for u in units] == [("premise", "市内の中学校ではタブレットの配布が始まっています")]
    assert "role:質問の背景" in units[0].cues


def test_an_interviewers_denial_stays_a_claim(units_of) -> None:
    assert [u.role for u in units_of("記者:現場の負担は少しも軽くなっていません。")] == ["claim"]


def test_a_fact_in_a_continuative_clause_beside_a_topic_is_a_premise(units_of) -> None:
    units = units_of(f"{SPEAKER}市の水道料金は県内で二番目の高さであり、市民の負担は重いと考えます。")
    assert [(u.role, u.text) for u in units] == [("premise", "市の水道料金は県内で二番目の高さであり"),
                                                 ("claim", "市民の負担は重い")]


@pytest.mark.parametrize("sentence", [
    "現在、各団体に対して制度の周知をお願いしているところでございます。",
    "市では、道路の補修を進めているところです。",
])
def test_an_action_under_way_is_a_premise(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["premise"]
    assert "role:取り組み中の事実" in units[0].cues


@pytest.mark.parametrize("sentence", [
    "新しい事業にも期待しているところであります。",
    "準備は十分ではありませんが、ようやくここまで来ているところです。",
])
def test_a_view_held_now_stays_a_claim(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(f"{SPEAKER}{sentence}")] == ["claim"]


def test_a_stance_held_up_to_now_is_a_claim(units_of) -> None:
    units = units_of(f"{SPEAKER}私どもは、この制度の廃止を一貫して求めてまいりました。")
    assert [u.role for u in units] == ["claim"]
    assert "role:これまでの主張" in units[0].cues


@pytest.mark.parametrize("sentence", [
    "この計画が町に必要だという考えに変わりはありません。",
    "この制度にはまだ見直しの余地があります。",
    "委員会の結論に異論はございません。",
    "町の将来をどう描くかという点では、私は今も変わりはありません。",
    "この案の説明には大きな矛盾があります。",
])
def test_an_existence_statement_that_judges_is_a_claim(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["claim"]
    assert "role:存在の事実" not in units[0].cues


def test_what_exists_stays_a_premise(units_of) -> None:
    units = units_of(f"{SPEAKER}駅の北側には市営の駐車場もあります。")
    assert [u.role for u in units] == ["premise"]
    assert "role:存在の事実" in units[0].cues


def test_a_fact_beside_the_main_clause_of_a_shikashi_sentence_stays_a_premise(units_of) -> None:
    units = units_of(f"{SPEAKER}しかし、市の水道料金は県内で二番目の高さであり、市民の不満は大きいと考えます。")
    assert [(u.role, u.text) for u in units] == [("premise", "市の水道料金は県内で二番目の高さであり"),
                                                 ("claim", "市民の不満は大きい")]


@pytest.mark.parametrize("sentence", [
    "前の計画は完全な失敗でした。",
    "当時の市の説明は不十分でした。",
])
def test_a_judgement_of_the_past_is_a_claim(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["claim"]
    assert "role:過去の評価" in units[0].cues


def test_an_evaluative_word_beside_a_past_event_leaves_it_a_fact(units_of) -> None:
    units = units_of(f"{SPEAKER}先週の事故の様子が新聞で大きく報道されました。")
    assert [u.role for u in units] == ["premise"]
    assert "role:過去の事実" in units[0].cues


def test_a_doubt_the_speaker_felt_is_a_claim_that_denies(units_of) -> None:
    """`〜なのか、疑問を感じておりました`: a judgement held in the past (no own act, no event); the
    doubt denies the matter (polarity neg), `いささか` softens it."""
    units = units_of("議員:これで本当に足りる計画なのか、いささか疑問を感じておりました。")
    assert [(u.role, u.type, u.polarity, u.hedged) for u in units] == [("claim", "evaluation", "neg", 1)]
    assert "polarity:疑念:疑問を感じ" in units[0].cues


def test_an_interviewers_rhetorical_question_is_a_claim(units_of) -> None:
    """`〜ではありませんか` asserts what it asks: no background to a question."""
    assert [u.role for u in units_of("記者:結局は国の判断次第ではありませんか。")] == ["claim"]


def test_a_norm_others_voice_before_a_question_is_hearsay(units_of) -> None:
    """`〜すべきだという意見も出ていますが、…お聞かせください`: the norm is the voice's, passed on."""
    units = units_of("記者:商店街からは駐車場を増やすべきだという意見も出ていますが、市長のお考えをお聞かせください。")
    assert [u.role for u in units] == ["premise"]
    assert "role:伝聞" in units[0].cues and units[0].type != "normative"


@pytest.mark.parametrize("sentence", [
    "補助率は、事業費の4分の1を上限としております。",
    "利用者の三分の二が高齢者です。",
])
def test_a_fraction_is_a_quantity(units_of, sentence: str) -> None:
    """`4分の1`: 分 between two numbers divides, it counts no minutes."""
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["premise"]
    assert "role:数値の事実" in units[0].cues


@pytest.mark.parametrize("sentence", [
    "図書館の職員の半数が非常勤だと聞いています。",
    "来年度から正規職員を増やす予定だと伺っております。",
])
def test_what_the_speaker_heard_is_hearsay(units_of, sentence: str) -> None:
    """`〜と聞いています`: passed on, a premise with its frame taken off."""
    units = units_of(f"記者:{sentence}")
    assert [(u.role, u.frame) for u in units] == [("premise", sentence[sentence.index("だと") + 1:-1])]
    assert "role:伝聞" in units[0].cues


def test_hearsay_in_the_present_with_kiku(units_of) -> None:
    units = units_of(f"{SPEAKER}職員の負担が重いケースも多いと聞きます。")
    assert [(u.role, u.frame) for u in units] == [("premise", "と聞きます")]


@pytest.mark.parametrize("sentence", [
    "住民から、工事の時期を遅らせるべきかと聞かれました。",
    "それはそれとして伺っておきますが、観光は地域の柱の一つとして育てるべきだというのが私の考えです。",
])
def test_being_asked_or_asking_is_no_hearsay(units_of, sentence: str) -> None:
    """`〜かと聞かれた` (asked), `〜として伺っておきます` (I ask): nothing heard is passed on."""
    assert all("role:伝聞" not in u.cues for u in units_of(f"{SPEAKER}{sentence}"))


@pytest.mark.parametrize("sentence", [
    "これまで、市議会では国に対して路線の存続を強く求めてまいりました。",
    "市としては、国に対し制度の見直しを求めているところでございます。",
])
def test_a_demand_kept_up_is_a_claim(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(f"{SPEAKER}{sentence}")] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "この条例案は、個人情報が漏れる危険性があります。",
    "この計画には、住民の負担が増えるおそれがあります。",
])
def test_a_risk_that_exists_is_a_prediction(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.type) for u in units] == [("claim", "prediction")]


@pytest.mark.parametrize("sentence", [
    "住民の六割がこの計画に反対しています。",
    "この計画に反対する声が高まっていることがわかります。",
    "世論調査では、反対が過半数を超えました。",
])
def test_a_stance_of_others_is_not_the_speakers(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert units
    assert all("role:立場" not in u.cues and u.type != "normative" for u in units)


@pytest.mark.parametrize("sentence", [
    "我が会派は、この条例案に反対します。",
    "私は、この議案に反対の立場から討論いたします。",
    "緑の党は、本条例案に賛成いたします。",
])
def test_the_speakers_own_stance_stays_a_claim(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.type) for u in units] == [("claim", "normative")]


@pytest.mark.parametrize("sentence", [
    "こうした事業の見直しについて、これまでも国に提言をしてまいりました。",
    "国に対して財源の確保を要請してきたところであります。",
    "国に対し、路線の存続を強く要望をしているところです。",
])
def test_a_demand_made_with_a_light_verb_is_a_claim(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(f"{SPEAKER}{sentence}")] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "この値上げは三千億円の税収増を狙ったものです。",
    "二割の引上げは家計への打撃にほかなりません。",
    "この制度は選挙目当てのばらまきにほかならない。",
])
def test_a_judgement_worded_as_a_fact_is_an_evaluation(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.type, u.polarity) for u in units] == [("claim", "evaluation", "pos")]
    assert "role:数値の事実" not in units[0].cues


def test_the_body_the_speaker_answers_for_keeps_its_stance(units_of) -> None:
    units = units_of(f"{SPEAKER}市は、この計画に反対しています。")
    assert [(u.role, u.type) for u in units] == [("claim", "normative")]


@pytest.mark.parametrize("sentence, role", [
    ("森:政府の補正予算は５兆円規模ですが、その積算の根拠は全く示されておりません。", "claim"),
    ("森:市の予算は三億円ですが、その使い道はまだ決まっていません。", "claim"),
    # the quantity in the half asserted: a measured fact
    ("森:予算は三億円ですが、決算では五億円に膨らんでいます。", "premise"),
])
def test_a_quantity_in_the_conceded_half_makes_no_measured_fact(units_of, sentence: str, role: str) -> None:
    """`Xは５兆円規模ですが、その根拠は示されておりません`: one unit; what follows が decides its role."""
    assert [u.role for u in units_of(sentence)] == [role]


@pytest.mark.parametrize("sentence, role, cue", [
    ("何と三時間後にまた停止ですよ。", "claim", "role:驚きの強調"),  # a complaint, though a measured fact
    ("何と言っても、安全が第一です。", "claim", "role:assertion"),  # 何 the object of saying: no exclamation
    ("市はこれまで何の対策も取ってきませんでした。", "claim", "role:過去の不作為への批判"),
    ("説明は一度もありませんでした。", "claim", "role:過去の不作為への批判"),
    ("昨年は雪がほとんど降りませんでした。", "premise", "role:過去の事実"),  # a plain denied event
    ("現在、同社が架線設備の総点検を進めております。", "premise", "role:時点の事実"),
    ("昨年度から、市は全ての小学校に空調を設置しております。", "premise", "role:時点の事実"),
    ("オープンソースは技術発展の方向性を示しています。", "claim", "role:assertion"),  # no date: a view
    ("現在、多くの市民が不安を感じております。", "claim", "role:assertion"),  # a feeling, no act
    ("本案は、子育て世帯の固定資産税を減額するものです。", "premise", "role:内容の説明"),
    ("議案第74号は、通院医療費の助成を四歳未満児まで広げるものです。", "premise", "role:内容の説明"),
    ("この制度は、住民の命を守るためのものです。", "claim", "role:assertion"),  # a purpose, no content
    ("本日の本会議で法案が強行されようとしています。", "claim", "role:assertion"),  # about to be done
    ("私どもは、国に対し制度の見直しを求めているところです。", "claim", "role:続けている主張"),
    ("オスプレイ二十四機の配備計画の見直しを政府に要求しているところであります。", "claim", "role:続けている主張"),
    ("現在、県が二十件の申請を審査しているところです。", "premise", "role:取り組み中の事実"),
])
def test_complaints_are_claims_and_dated_or_described_facts_are_premises(units_of, sentence: str, role: str,
                                                                          cue: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == [role]
    assert cue in units[0].cues


@pytest.mark.parametrize("sentence, role", [
    ("幸い、昨日の地震による人的被害は一切ありませんでした。", "premise"),   # an event that did not happen
    ("調査の結果、基準値を超える物質は全く検出されませんでした。", "premise"),  # a finding
    ("工事期間中、事故は一度もありませんでした。", "premise"),
    ("市は住民に一度も説明しませんでした。", "claim"),                     # an act an agent never did
    ("この制度は、弱い立場の人を切り捨てるものです。", "claim"),             # a judgement worded as a description
    ("今回の予算案は、将来世代に負担を押し付けるものであります。", "claim"),
    ("現在、政府は国民の声を無視し続けています。", "claim"),               # a dated criticism
    ("今年度、多くの市民が物価高に苦しんでいます。", "claim"),              # a generalisation about others
])
def test_reports_and_criticisms_in_the_same_forms(units_of, sentence: str, role: str) -> None:
    assert [u.role for u in units_of(f"森:{sentence}")] == [role]


@pytest.mark.parametrize("sentence", [
    "政府としては、低所得世帯に対して給付金を支給するということとしておりまして、迅速に実施してまいります。",
    "昨年度から、病棟の再編を進めるということでスタートいたしましたが、成果はまだ十分ではありません。",
    "当初は社内だけで使うということで始めましたが、今は顧客にも提供しています。",
])
def test_a_decision_taken_or_a_start_made_is_a_premise(units_of, sentence: str) -> None:
    """`〜ということとしておりまして、…`, `〜ということでスタートいたしましたが、…`: the frame reports what the
    speaker's side decided or began, a fact the rest rests on, no view put forward; a decision that ends
    its sentence is the commitment itself."""
    units = units_of(f"{SPEAKER}{sentence}")
    assert units[0].role == "premise" and f"role:{cues.DECISION_CUE}" in units[0].cues


@pytest.mark.parametrize("sentence", [
    "今後は、近隣の病院との連携を強化していくということで進めたいと考えております。",
    "来年度からは、無料で運行するということでスタートしたい。",
    "市としては、この計画に反対するということでございます。",
    "弊社では、全社員にAI研修を受けさせることとしております。",
])
def test_a_decision_still_to_take_stays_a_claim(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}")[0].role == "claim"


@pytest.mark.parametrize("sentence", [
    "このため、県は、小規模な農家に限って補助率を三分の二に引き上げることといたしました。",
    "今回の見直しで、夜間に営業する店舗は市への届出をしなければならないこととしました。",
])
def test_a_decision_announced_in_the_past_form_is_a_claim(units_of, sentence: str) -> None:
    """`〜を引き上げることといたしました。`: the commitment put forward, as `〜こととしております。` is."""
    units = units_of(f"{SPEAKER}{sentence}")
    assert units[-1].role == "claim" and f"role:{cues.DECISION_ANNOUNCED_CUE}" in units[-1].cues


@pytest.mark.parametrize("sentence", [
    "住民からは、通院にバスを使いたいという切実な声もいただいております。",
    "ある方からは、すぐに手続をしたいという、一日も早い実施を望む声も聞かれました。",
])
def test_a_voice_named_after_toiu_is_hearsay(units_of, sentence: str) -> None:
    """`〜したいという声もいただいております`: what others want, passed on by the speaker."""
    units = units_of(f"{SPEAKER}{sentence}")
    assert units and all(u.role == "premise" for u in units)


@pytest.mark.parametrize("sentence", [
    "現在、市は被災者の生活支援を続けております。",        # a neutral act, dated: a report
    "現在、市は新しい庁舎の建設を進めております。",        # an evaluative word beside the act judges nothing
    "現在、多くの職員が復旧作業にあたっております。",
    "本案は、新しい子育て支援の制度を創設するものであります。",
])
def test_dated_acts_and_bills_stay_reports_beside_neutral_words(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(f"森:{sentence}")] == ["premise"]


@pytest.mark.parametrize("sentence", [
    "今回の計画には、空き家の改修費用への助成も盛り込まれております。",
    "新年度の予算には、通学路の安全対策の経費が計上されています。",
])
def test_what_a_plan_contains_is_a_premise(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.cues[0]) for u in units] == [("premise", f"role:{cues.CONTENTS_CUE}")]


def test_what_a_plan_lacks_stays_a_claim(units_of) -> None:
    units = units_of(f"{SPEAKER}今回の計画には、空き家の改修費用への助成が盛り込まれておりません。")
    assert [u.role for u in units] == ["claim"]


def test_voices_received_from_afar_are_hearsay(units_of) -> None:
    """`〜という声が私どもの事務所にも数多く寄せられております`: to whom and how many stand between."""
    units = units_of(f"{SPEAKER}バスの減便で通院できなくなったという声が、私どもの事務所にも数多く寄せられております。")
    assert [u.role for u in units] == ["premise"]


@pytest.mark.parametrize("sentence", [
    "ただ、昨年の春から地元の皆さんとは何度も話し合いを重ねてまいりました。",
    "一方で、隣の町では利用者が倍に増えた例もございます。",
])
def test_a_fact_after_a_contrasting_connective_stays_a_premise(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(f"{SPEAKER}{sentence}")] == ["premise"]


@pytest.mark.parametrize("sentence", [
    "しかし、市は住民の声を無視してきました。",        # a past act that judges: a reproach
    "しかし、この計画には異論がございます。",          # a judging existence
    "しかし、結果は失敗でした。",                      # a judgement of the past
    "ただ、これは法律上の義務ではございません。",      # ござる after で is a copula
    "しかし、我が会派は一貫して見直しを求めてまいりました。",  # a stance held up to now
])
def test_a_judgement_after_a_contrasting_connective_stays_a_claim(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(f"{SPEAKER}{sentence}")] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "県の推計では、2040年までに町の人口は3割ほど減少します。",   # a forecast credited to an estimate
    "国の調査によると、空き家は全国で900万戸を超えています。",   # によると cites, it sets no condition
])
def test_figures_credited_to_a_source_are_a_premise(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.text) for u in units] == [("premise", sentence.rstrip("。"))]


@pytest.mark.parametrize("sentence", [
    "県の推計を見ても、人口が3割減るのは避けられないでしょう。",   # the speaker's own reading of it
    "この川は雨が降ると、すぐに水位が上がります。",                 # a verb before と still conditions
])
def test_an_own_reading_or_a_condition_is_no_cited_figure(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert units[-1].role == "claim"
    assert all(f"role:{cues.CITED_FIGURES_CUE}" not in u.cues for u in units)


@pytest.mark.parametrize("sentence, role", [
    ("市の試算では、今後10年で200億円が不足するとのことであり、事業の抜本的な見直しが必要であります。", "claim"),
    ("私どもの試算では、年間3億円の経費削減が見込まれます。", "claim"),       # one's own estimate
    ("しかし、大臣は国会で虚偽の答弁をしました。", "claim"),                   # an accusation after しかし
    ("ただ、市は住民への説明を一方的に打ち切りました。", "claim"),
    ("御指摘のような不正は一切ございません。", "claim"),                      # a denial of an allegation
    ("この予算案には、不要不急の事業が多数盛り込まれております。", "claim"),  # a listing judged
])
def test_figures_contrasts_denials_and_listings_that_argue_stay_claims(units_of, sentence: str, role: str) -> None:
    assert [u.role for u in units_of(f"森:{sentence}")] == [role]


@pytest.mark.parametrize("text", [
    "市長:来年度から料金を上げます。施設の修繕費が年々かさんでいるからです。",
    "課長:路線バスの減便は避けられません。運転手の確保が難しくなっているためです。",
    "知事:早めの避難を呼びかけます。川の水位が一気に上がるおそれがあるからです。",
])
def test_a_sentence_ending_in_its_reason_is_a_premise(units_of, text: str) -> None:
    units = units_of(text)
    assert [u.role for u in units] == ["claim", "premise"]


def test_an_explanation_that_names_what_it_explains_is_a_claim(units_of) -> None:
    units = units_of("部長:昨年この制度を廃止しましたのも、利用者が減ったためでございます。")
    assert [u.role for u in units] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "駅の東側では、空き店舗が通りの半分を占めています。",
    "県内の小学校では、エアコンのない教室がまだ残されています。",
    "子育て中の世帯の中には、保育所の送迎に毎日一時間かける方もいらっしゃいます。",
    "一方で、沿岸部の集落では、高齢者だけで暮らす世帯が増えています。",
    "隣の町では、学校の給食費を町が全額負担しております。",
])
def test_what_a_plain_verb_reports_of_a_place_is_a_premise(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["premise"]
    assert f"role:{cues.SITUATED_FACT_CUE}" in units[0].cues


@pytest.mark.parametrize("sentence", [
    "私の考えでは、この事業は見直すべきです。",
    "本町では、その制度は利用できません。",
    "中心部では、駐車場の不足が最大の課題です。",
    "政府では、年金の支給額を削ろうとしています。",
    "この地区では、行政が住民の声を無視しています。",
])
def test_a_view_denial_judgement_or_intent_set_in_a_place_stays_a_claim(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["claim"]
