"""Relations across sentences and analogy arguments, on short texts of one speaker."""
from __future__ import annotations

import pytest


def described(units, relations) -> list[tuple[str, str, str]]:
    text = {unit.unit_id: unit.text for unit in units}
    return [(text[r.source_id], r.label, text[r.target_id]) for r in relations]


def test_naze_nara_supports_the_sentence_before(extract) -> None:
    units, relations, _ = extract("原田:増税は延期すべきです。なぜなら、景気がまだ弱いからです。")
    assert described(units, relations) == [("景気がまだ弱い", "support", "増税は延期すべきです")]
    assert units[1].role == "premise"


def test_further_reasons_after_naze_nara(extract) -> None:
    units, relations, _ = extract("原田:この薬は安全です。なぜなら、十分な治験があるからです。"
                                  "海外でも同じ結果が出ています。")
    assert ("海外でも同じ結果が出ています", "support", "この薬は安全です") in described(units, relations)


def test_shikashi_contrasts_with_the_sentence_before(extract) -> None:
    units, relations, _ = extract("原田:多くの国が原子力を見直しています。しかし、日本は慎重であるべきです。")
    assert described(units, relations) == [
        ("日本は慎重であるべきです", "contrast", "多くの国が原子力を見直しています")]
    assert units[0].role == "premise"  # the background the contrast is set against


@pytest.mark.parametrize("opener", ["とはいうものの", "そうは言っても"])
def test_granted_that_openers_contrast_with_the_sentence_before(extract, opener: str) -> None:
    units, relations, _ = extract(f"原田:新しい図書館は駅から遠い。{opener}、蔵書の充実ぶりは県内でも群を抜いています。")
    assert [(r.label, r.source_id, r.target_id) for r in relations] == [
        ("contrast", units[1].unit_id, units[0].unit_id)]


def test_dakara_makes_the_sentence_before_a_support(extract) -> None:
    units, relations, _ = extract("原田:この地域は人口が減っています。だから、交通網の再編が必要です。")
    assert described(units, relations) == [
        ("この地域は人口が減っています", "support", "交通網の再編が必要です")]


def test_tatoeba_gives_an_example(extract) -> None:
    units, relations, _ = extract("原田:地方には優れた企業が多い。例えば、新潟の金属加工は世界で評価されています。")
    assert [r.label for r in relations] == ["example"]


def test_no_relation_across_a_sentence_with_no_unit(extract) -> None:
    _, relations, _ = extract("原田:財政は厳しいです。結果が楽しみです。なぜなら、新しい試みだからです。")
    assert relations == []


def test_a_cause_that_is_denied_supports_nothing(extract) -> None:
    units, relations, _ = extract("原田:若者は車を買いません。お金がないからではありません。"
                                  "むしろ、必要がないと感じているからです。")
    labels = described(units, relations)
    assert ("お金がないからではありません", "support", "若者は車を買いません") not in labels
    assert any(label == "support" and target == "若者は車を買いません" for _, label, target in labels)


def test_in_sentence_analogy(extract) -> None:
    units, _, arguments = extract("原田:電子書籍は、音楽がCDから配信に移ったように、紙の本を置き換えるでしょう。")
    assert len(arguments) == 1
    argument = arguments[0]
    assert argument.source_domain == "音楽"
    assert next(u for u in units if u.unit_id == argument.conclusion_id).type == "analogy"


def test_path_analogy_gathers_the_following_paragraphs_about_the_source(extract) -> None:
    text = ("原田:電気自動車は、かつての携帯電話の普及の道を辿ると考えています。\n\n"
            "携帯電話は、最初は高価で一部の人しか持っていませんでした。その後、価格が下がりました。\n\n"
            "やがて携帯電話は誰もが持つ道具になりました。\n\n"
            "今、電気自動車にも同じ変化が起きています。")
    units, _, arguments = extract(text)
    assert len(arguments) == 1
    argument = arguments[0]
    assert "携帯電話" in argument.source_domain
    assert argument.target_domain == "電気自動車"
    premises = [u.text for u in units if u.unit_id in argument.premise_ids]
    assert any("価格が下がりました" in p for p in premises)
    assert not any("同じ変化" in p for p in premises)


def test_a_clause_source_gives_the_noun_its_verb_governs(extract) -> None:
    _, _, arguments = extract("原田:若者が動画配信を好むのと同じように、高齢者もラジオを好みます。")
    assert [a.source_domain for a in arguments] == ["動画配信"]


def test_a_pronoun_target_gives_way_to_what_the_mapping_is_about(extract) -> None:
    _, _, arguments = extract("原田:それは、家計が貯金を守るのと同じように、自治体が基金を守るべきだということです。")
    assert len(arguments) == 1
    assert arguments[0].target_domain == "自治体"
    assert "target for それ" in arguments[0].cue


def test_an_analogy_from_a_pronoun_is_dropped_with_its_reason(extract) -> None:
    units, _, arguments = extract("原田:これと同じように、新しい制度もいずれ定着するでしょう。")
    assert arguments == []
    assert any("analogy dropped: the source is a pronoun (これ)" in cue for u in units for cue in u.cues)


@pytest.mark.parametrize("text", [
    "原田:先ほど委員が御指摘になったように、景気は回復しつつあります。",
    "原田:昨日説明したように、予算は来月決まります。",
])
def test_a_reference_to_what_was_said_is_no_analogy(extract, text: str) -> None:
    assert extract(text)[2] == []

def test_shikashi_relates_the_sentences_main_clause_not_its_reason(extract) -> None:
    units, relations, _ = extract("原田:多くの市が独自の補助を始めています。"
                                  "しかし、財源が限られているので、本市は慎重に検討すべきです。")
    assert ("本市は慎重に検討すべきです", "contrast", "多くの市が独自の補助を始めています") in described(units, relations)
    assert ("財源が限られているので", "support", "本市は慎重に検討すべきです") in described(units, relations)


def test_kono_tame_makes_the_sentence_before_a_support(extract) -> None:
    units, relations, _ = extract("原田:市内の保育所はどこも定員を超えています。このため、新しい保育所の整備が急務です。")
    assert described(units, relations) == [
        ("市内の保育所はどこも定員を超えています", "support", "新しい保育所の整備が急務です")]


def test_sentence_initial_nimokakawarazu_concedes_the_sentence_before(extract) -> None:
    units, relations, _ = extract("原田:市は三年前に駅の改修を約束しました。にもかかわらず、工事はまだ始まっていません。")
    assert described(units, relations) == [
        ("市は三年前に駅の改修を約束しました", "concession", "工事はまだ始まっていません")]


def test_a_reason_before_a_concession_supports_the_concession(extract) -> None:
    units, relations, _ = extract("原田:予算が限られているので、全ての要望に応えるのは難しいとは思いますが、"
                                  "優先順位をつけて進めるべきです。")
    assert described(units, relations)[0] == ("予算が限られているので", "support", "全ての要望に応えるのは難しい")


@pytest.mark.parametrize("second, label, cue", [
    ("それでも、市民の理解は得られないでしょう。", "contrast", "それでも"),
    ("だからといって、事業がうまくいくとは限りません。", "contrast", "だからといって"),
])
def test_the_longest_connective_is_taken(extract, second: str, label: str, cue: str) -> None:
    _, relations, _ = extract(f"森:この計画は見直すべきです。{second}")
    assert [(r.label, r.cue) for r in relations] == [(label, cue)]


def test_a_word_that_only_starts_like_a_connective_is_none(extract) -> None:
    units, relations, _ = extract("森:この計画は見直すべきです。ただ単に予算を削ればよいわけではありません。")
    assert units[-1].text == "ただ単に予算を削ればよいわけではありません"
    assert relations == []


@pytest.mark.parametrize("text", [
    "森:この計画は見直すべきです。財政が厳しいのですから。",
    "森:新しい基準には反対です。小さな会社には莫大なコストがかかりますから。",
    "森:住民の説明会をもう一度開くべきです。前回は誰も納得しませんでしたから。",
])
def test_a_reason_that_ends_its_sentence_supports_the_one_before(extract, text: str) -> None:
    units, relations, _ = extract(text)
    assert units[-1].type == "causal"
    assert [(r.label, r.source_id, r.target_id) for r in relations] == [("support", units[1].unit_id, units[0].unit_id)]


def test_a_ga_clause_that_the_main_clause_picks_up_with_so_is_a_preface(extract) -> None:
    units, relations, _ = extract("森:この町には課題が多いとよく言われますが、そういった課題に市は正面から向き合うべきだと思います。")
    assert [(r.label, r.cue) for r in relations] == [("support", "が(前置き)")]
    assert units[0].role == "premise"


def test_a_ga_clause_without_a_so_word_after_it_is_still_conceded(extract) -> None:
    _, relations, _ = extract("森:この町には課題が多いとよく言われますが、市は正面から向き合うべきだと思います。")
    assert [r.label for r in relations] == ["concession"]


def test_a_view_the_speaker_frames_before_ga_is_conceded_even_when_picked_up(extract) -> None:
    _, relations, _ = extract("森:この町には課題が多いと思いますが、そういった課題に市は正面から向き合うべきです。")
    assert [r.label for r in relations] == ["concession"]


def test_the_listeners_words_taken_up_with_so_are_conceded_not_a_preface(extract) -> None:
    _, relations, _ = extract("森:必要な額を積み上げたとおっしゃいますが、その内訳を示さなければ市民は納得しません。")
    assert sorted(r.label for r in relations) == ["concession", "condition"]  # `示さなければ` conditions the main clause


def test_a_sentence_naming_the_reason_for_a_stance_supports_that_stance(extract) -> None:
    units, relations, _ = extract("森:私はこの条例案に反対の立場から討論いたします。新しい図書館の計画には賛同いたします。"
                                  "反対の理由は、住民への説明会が一度も開かれなかったことです。")
    reason = next(u for u in units if u.text.startswith("反対の理由"))
    assert reason.role == "premise" and "role:理由の提示" in reason.cues
    by_id = {u.unit_id: u.text for u in units}
    assert [(by_id[r.source_id][:5], r.label, by_id[r.target_id][:5]) for r in relations] == [
        ("反対の理由", "support", "私はこの条")]


def test_reasons_counted_out_support_the_stance_the_speech_opens_with(extract) -> None:
    units, relations, _ = extract("森:私はこの条例案に反対の立場から討論いたします。新しい図書館の計画には賛同いたします。"
                                  "一つ目は、住民への説明がまったく足りないことです。"
                                  "二つ目は、財源の見通しが甘すぎるということであります。")
    by_id = {u.unit_id: u.text for u in units}
    supports = [(by_id[r.source_id][:4], by_id[r.target_id][:5]) for r in relations if r.label == "support"]
    assert supports == [("一つ目は", "私はこの条"), ("二つ目は", "私はこの条")]


def test_koredewa_makes_the_sentence_before_a_support(extract) -> None:
    units, relations, _ = extract("原田:図書館の開館時間が毎年短くなっています。これでは、学生が夜に勉強する場所がありません。")
    assert [(r.label, r.source_id) for r in relations] == [("support", units[0].unit_id)]
    assert relations[0].target_id == units[1].unit_id


def test_an_opener_word_inside_a_phrase_points_back_at_nothing(extract) -> None:
    """`その結果を公表すべきだ`: `その結果` is the object here, not `その結果、` (as a consequence)."""
    _, relations, _ = extract("原田:市は昨年、水道管の調査を行いました。その結果を早く公表すべきです。")
    assert [r.cue for r in relations] == ["無標の根拠"]  # the survey done grounds the demand; no consequence


def test_a_denied_cause_is_supported_by_nothing(extract) -> None:
    _, relations, _ = extract("原田:今年の夏は雨が少なかった。しかし、これが野菜の値上がりの原因ではありません。")
    assert [r.label for r in relations if r.label == "support"] == []


def test_a_challenge_opening_konna_koto_de_follows_from_the_sentence_before(extract) -> None:
    units, relations, _ = extract("原田:申請の窓口は二か月も閉まったままです。こんなことで、困っている人を支援できるんですか。")
    assert [(r.label, r.source_id, r.target_id) for r in relations] == [
        ("support", units[0].unit_id, units[1].unit_id)]


def test_dakara_reaches_past_a_condition_to_the_consequence(extract) -> None:
    units, relations, _ = extract("原田:駅の利用者は年々減っています。だから、財源が確保できれば、路線バスを増やすべきです。")
    assert ("support", units[0].unit_id, units[-1].unit_id) in [(r.label, r.source_id, r.target_id) for r in relations]


def test_dakara_before_a_reason_of_its_own_links_nothing_across(extract) -> None:
    units, relations, _ = extract("原田:駅の利用者は年々減っています。だから、財源が足りないので、路線バスは減らすべきです。")
    assert units[0].unit_id not in {r.source_id for r in relations}


def test_a_view_completed_by_its_frame_supports_the_stance_after_it(extract) -> None:
    units, relations, _ = extract("原田:この計画では地域の負担が重すぎると判断し、本案に反対いたします。")
    assert [(r.label, r.source_id, r.target_id) for r in relations] == [
        ("support", units[0].unit_id, units[1].unit_id)]


@pytest.mark.parametrize("sentence", [
    "森:この町は駅前の再開発を進めているわけですが、商店街の活性化にはまだ時間がかかると思います。",
    "森:新しい制度は来月から始まるということですけれども、窓口の混雑が心配です。",
])
def test_a_ga_clause_stating_what_is_given_prefaces_and_concedes_nothing(extract, sentence: str) -> None:
    _, relations, _ = extract(sentence)
    assert relations == []


def test_a_cause_that_points_back_is_supported_by_the_sentence_before(extract) -> None:
    units, relations, _ = extract("森:今年の春は雨がとても少なかった。これが野菜の値上がりの大きな要因だと考えています。")
    assert described(units, relations) == [
        ("今年の春は雨がとても少なかった", "support", "これが野菜の値上がりの大きな要因だ")]


def test_a_cause_named_with_its_effect_explains_no_sentence_before(extract) -> None:
    _, relations, _ = extract("森:駅前の再開発は順調に進みました。利用者が急に増えたことが駐輪場の不足の原因です。")
    assert relations == []


def test_konoyouna_koto_dewa_makes_the_sentence_before_a_support(extract) -> None:
    units, relations, _ = extract("原田:担当の部長は説明会に一度も出席しなかった。このようなことでは、住民の信頼は得られません。")
    assert [(r.label, r.source_id, r.target_id) for r in relations] == [
        ("support", units[0].unit_id, units[1].unit_id)]


def test_koredewa_gathers_the_run_of_facts_before_it(extract) -> None:
    units, relations, _ = extract("原田:昨年度の修繕費は予算の二倍かかりました。今年度も予算を大きく超えました。"
                                  "これでは、予算を立てる意味がありません。")
    assert units[0].role == units[1].role == "premise"
    assert sorted((r.source_id, r.target_id) for r in relations) == [
        (units[0].unit_id, units[2].unit_id), (units[1].unit_id, units[2].unit_id)]


def test_a_ground_named_with_toiu_koto_de_supports_the_clause_after_it(extract) -> None:
    units, relations, _ = extract("森:同じ事故を二度と起こしてはならないということで、点検の体制を根本から見直す必要があります。")
    assert [(r.label, r.source_id, r.target_id) for r in relations] == [
        ("support", units[0].unit_id, units[1].unit_id)]


def test_a_policy_a_measure_is_taken_under_only_sets_its_scene(extract) -> None:
    _, relations, _ = extract("森:市は窓口の受付を電子化するとの方針のもとで、来年度から新しいシステムを導入します。")
    assert relations == []


def test_a_verb_clause_listed_with_nado_is_an_example_of_the_main_clause(extract) -> None:
    units, relations, _ = extract("森:市は窓口の受付時間を延長するなど、利用者への配慮が十分に行き届いています。")
    assert [(r.label, r.source_id, r.target_id) for r in relations] == [
        ("example", units[0].unit_id, units[1].unit_id)]
    assert units[0].role == "premise"


def test_nouns_listed_with_nado_make_no_clause(extract) -> None:
    units, relations, _ = extract("森:窓口や電話など、市への問い合わせの手段はまだ少なすぎます。")
    assert len(units) == 1 and relations == []


def test_dakarakoso_opens_the_sentence_as_one_connective(extract) -> None:
    units, relations, _ = extract("森:移行期には痛みが伴います。だからこそ、政府と企業が再教育に投資する必要があるのです。")
    assert units[-1].text.startswith("政府と企業が")
    assert [(r.label, r.cue) for r in relations] == [("support", "だからこそ")]


# Reasons, grounds and conclusions in formal speech (assembly, Diet answers, press conferences) and talk.
@pytest.mark.parametrize("text, reason, claim", [
    ("議員:本案には賛成いたします。子育て世帯の負担が軽くなるからであります。",
     "子育て世帯の負担が軽くなるからであります", "本案には賛成いたします"),
    ("大臣:現行の制度を維持すべきと考えております。地方の財源が不足するためでございます。",
     "地方の財源が不足するためでございます", "現行の制度を維持すべき"),
    ("長官:現時点で規制を強める必要はないと考えております。市場はすでに落ち着きを取り戻しているからでございます。",
     "市場はすでに落ち着きを取り戻しているからでございます", "現時点で規制を強める必要はない"),
    ("社長:値下げはしません。品質を落とすことになるからなんです。",
     "品質を落とすことになるからなんです", "値下げはしません"),
])
def test_a_formal_reason_ending_supports_the_sentence_before(extract, text: str, reason: str, claim: str) -> None:
    units, relations, _ = extract(text)
    assert (reason, "support", claim) in described(units, relations)


def test_a_formal_reason_after_naze_nara_loses_its_ending(extract) -> None:
    units, relations, _ = extract("市長:この計画は見直しが必要であります。"
                                  "なぜなら、想定していた利用者数を大きく下回っているからであります。")
    assert described(units, relations) == [
        ("想定していた利用者数を大きく下回っている", "support", "この計画は見直しが必要であります")]


def test_a_formal_denied_cause_supports_nothing(extract) -> None:
    units, relations, _ = extract("大臣:輸入は減っております。円安のためではございません。")
    assert relations == []


@pytest.mark.parametrize("text, ground, claim", [
    ("市長:本年度は降雪量が少ないことから、除雪費は予算の範囲内に収まる見込みであります。",
     "本年度は降雪量が少ないことから", "除雪費は予算の範囲内に収まる見込みであります"),
    ("大臣:感染者数が減少傾向にあることから、緊急事態宣言は解除すべきと判断いたしました。",
     "感染者数が減少傾向にあることから", "緊急事態宣言は解除すべき"),
    ("議員:この地区は高齢化率が高いことから、移動支援を優先的に拡充すべきであります。",
     "この地区は高齢化率が高いことから", "移動支援を優先的に拡充すべきであります"),
])
def test_koto_kara_gives_the_ground_of_the_main_clause(extract, text: str, ground: str, claim: str) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(ground, "support", claim)]


@pytest.mark.parametrize("sentence", [
    "議員:小さなことから、こつこつと積み上げていくべきです。",  # where to start: no predicate before こと
    "社長:まずはできることから始めたいと思います。",  # no comma: where to start
])
def test_koto_kara_that_names_a_start_is_no_reason(extract, sentence: str) -> None:
    units, relations, _ = extract(sentence)
    assert len(units) == 1 and relations == []


@pytest.mark.parametrize("text, ground, claim", [
    ("大臣:新たな交付金を創設することとしておりまして、これにより地域の雇用を下支えしてまいります。",
     "新たな交付金を創設することとしておりまして", "地域の雇用を下支えしてまいります"),
    ("議員:本市の財政は硬直化しており、そのため新規事業の余地はほとんどありません。",
     "本市の財政は硬直化しており", "新規事業の余地はほとんどありません"),
    ("議員:この施設は老朽化が著しく、したがって早急に建て替えるべきであります。",
     "この施設は老朽化が著しく", "早急に建て替えるべきであります"),
    ("社長:うちは在庫を持たない仕組みにしていて、それによって価格を抑えられているんです。",
     "うちは在庫を持たない仕組みにしていて", "価格を抑えられているんです"),
])
def test_a_connective_after_a_continuative_clause_makes_it_the_ground(extract, text: str, ground: str,
                                                                      claim: str) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(ground, "support", claim)]


def test_a_result_named_as_a_noun_is_no_connective(extract) -> None:
    units, relations, _ = extract("市長:本市は道路を整備し、その結果を検証いたします。")
    assert relations == [] and len(units) <= 1


@pytest.mark.parametrize("text, conclusion", [
    ("議員:人口は減り続けております。税収も落ち込んでおります。以上のことから、行政改革を急ぐべきであります。",
     "行政改革を急ぐべきであります"),
    ("大臣:賃金は上がっております。雇用も改善しております。以上から、景気は緩やかに回復していると判断しております。",
     "景気は緩やかに回復している"),
    ("社長:競合は値下げに踏み切りました。原料も高くなっています。これらを踏まえ、うちも戦略を見直すべきです。",
     "うちも戦略を見直すべきです"),
])
def test_summing_up_draws_on_each_sentence_before(extract, text: str, conclusion: str) -> None:
    units, relations, _ = extract(text)
    supports = [source for source, label, target in described(units, relations) if label == "support" and target == conclusion]
    assert len(supports) == 2


def test_summing_up_passes_over_a_fact_that_grounds_the_claim_after_it(extract) -> None:
    units, relations, _ = extract("議員:夜間の利用者は全体の三割を占めております。夜間の開館をやめれば、働く世代が図書館を"
                                  "使えなくなるおそれがあります。改修の費用は削減額を上回ります。以上のことから、本議案には反対いたします。")
    assert sorted(described(units, relations)) == sorted([
        ("夜間の利用者は全体の三割を占めております", "support", "働く世代が図書館を使えなくなるおそれがあります"),
        ("夜間の開館をやめれば", "condition", "働く世代が図書館を使えなくなるおそれがあります"),
        ("働く世代が図書館を使えなくなるおそれがあります", "support", "本議案には反対いたします"),
        ("改修の費用は削減額を上回ります", "support", "本議案には反対いたします")])


@pytest.mark.parametrize("text", [
    "大臣:昨年、外国人の観光客は二千万人を超えました。滑走路をもう一本増やせば、観光客はさらに増えるでしょう。",
    "社長:今期の売上は前年より二割伸びました。この勢いが続けば、来期は過去最高になるはずです。",
])
def test_a_fact_just_before_a_conditional_forecast_grounds_it(extract, text: str) -> None:
    units, relations, _ = extract(text)
    assert [(r.label, r.cue, r.source_id) for r in relations if r.label == "support"] == [
        ("support", "無標の根拠", units[0].unit_id)]


def test_a_plain_consequence_draws_on_the_last_sentence_only(extract) -> None:
    units, relations, _ = extract("議員:利用者は年々減っております。維持費は増え続けております。"
                                  "したがって、この施設は廃止すべきであります。")
    assert described(units, relations) == [("維持費は増え続けております", "support", "この施設は廃止すべきであります")]


@pytest.mark.parametrize("text, reason, claim", [
    ("議員:本市の財政は危機的な状況にあると考えます。その理由は、基金残高が十年で半減したことであります。",
     "その理由は、基金残高が十年で半減したことであります", "本市の財政は危機的な状況にある"),
    ("大臣:日米関係に影響はないと思っております。その理由としては、長官ご本人が続投を明言されていることが挙げられます。",
     "その理由としては、長官ご本人が続投を明言されていることが挙げられます", "日米関係に影響はない"),
    ("社長:この分野は必ず伸びますよ。理由の一つは、規制が緩和されることなんです。",
     "理由の一つは、規制が緩和されることなんです", "この分野は必ず伸びますよ"),
    ("大臣:この法案には反対であります。理由の一つは、財源の見通しが示されていないことであります。",
     "理由の一つは、財源の見通しが示されていないことであります", "この法案には反対であります"),
])
def test_a_reason_named_without_a_stance_supports_the_claim_before(extract, text: str, reason: str, claim: str) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(reason, "support", claim)]


@pytest.mark.parametrize("text, side, other", [
    ("市長:都市部では人口が増えている一方で、山間部では過疎化が深刻であります。",
     "都市部では人口が増えている一方で", "山間部では過疎化が深刻であります"),
    ("大臣:輸出は堅調である一方、国内の消費は力強さを欠いております。",
     "輸出は堅調である一方", "国内の消費は力強さを欠いております"),
    ("議員:大企業の業績は回復しているのに対し、中小企業は依然として厳しい状況にあります。",
     "大企業の業績は回復しているのに対し", "中小企業は依然として厳しい状況にあります"),
    ("社長:この素材は軽い反面、熱には弱いんですよ。", "この素材は軽い反面", "熱には弱いんですよ"),
])
def test_two_sides_set_against_each_other_in_one_sentence(extract, text: str, side: str, other: str) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(other, "contrast", side)]


@pytest.mark.parametrize("text", [
    "議員:市民に対し、丁寧に説明すべきであります。",  # に対し after a noun: a case particle
    "大臣:一方の当事者だけの主張を聞くべきではありません。",  # 一方の: one of two sides, no connective
])
def test_opposing_words_that_set_nothing_against(extract, text: str) -> None:
    units, relations, _ = extract(text)
    assert len(units) == 1 and relations == [] and not units[0].sentence_cue


def test_sono_ippou_de_contrasts_with_the_sentence_before(extract) -> None:
    units, relations, _ = extract("市長:税収は増えております。その一方で、財政負担は重くなっております。")
    assert described(units, relations) == [("財政負担は重くなっております", "contrast", "税収は増えております")]


def test_a_reason_under_a_frame_that_points_back_explains_the_sentence_before(extract) -> None:
    """`このことは、〜ためであると考えております`: a reason (`ためである`) before its frame explains the
    sentence before it; it names no cause that sentence supports."""
    units, relations, _ = extract("森:今年は除雪を早めに始めました。このことは、天気予報で大雪が見込まれていたため"
                                  "であると考えております。")
    assert described(units, relations) == [
        ("このことは、天気予報で大雪が見込まれていたためである", "support", "今年は除雪を早めに始めました")]


@pytest.mark.parametrize("text", [
    "議員:免許を返納した途端に生活が成り立たなくなるのでは、安心して返納することはできません。",
    "議員:説明もないまま値上げされたんじゃ、市民は納得しませんよ。",
])
def test_nodewa_sets_a_condition_not_a_reason(extract, text: str) -> None:
    _, relations, _ = extract(text)
    assert [r.label for r in relations] == ["condition"]


def test_the_formal_shitagaimashite_opens_a_consequence(extract) -> None:
    units, relations, _ = extract("市長:他市では運行経費が高額になっております。したがいまして、まずは実証運行を行うべきと考えております。")
    assert units[-1].text == "まずは実証運行を行うべき"
    assert [(r.label, r.cue) for r in relations] == [("support", "したがいまして")]


@pytest.mark.parametrize("text, ground, claim", [
    ("市長:移行期には一定の痛みが伴います。だからこそ、丁寧な説明を尽くす必要があります。",
     "移行期には一定の痛みが伴います", "丁寧な説明を尽くす必要があります"),
    ("大臣:財源は基金で賄います。ですから、国民の皆様に新たな負担をお願いする必要はありません。",
     "財源は基金で賄います", "国民の皆様に新たな負担をお願いする必要はありません"),
    ("議員:この制度は昨年度から利用者が減少しております。そのため、周知の方法を見直すべきだと考えます。",
     "この制度は昨年度から利用者が減少しております", "周知の方法を見直すべきだ"),
])
def test_a_plain_fact_a_consequence_is_drawn_from_is_a_premise(extract, text: str, ground: str, claim: str) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(ground, "support", claim)]
    assert [unit.role for unit in units] == ["premise", "claim"]


@pytest.mark.parametrize("text", [
    "議員:この計画は市民の理解を得られないと思います。だからこそ、見直しを求めます。",  # a framed view
    "社長:この市場は必ず伸びます。だから、今投資すべきなんです。",  # a strong marker: a claim of its own
    "大臣:地方の負担を増やすべきではありません。ですから、国が財源を確保いたします。",  # a norm
])
def test_a_view_a_consequence_is_drawn_from_stays_a_claim(extract, text: str) -> None:
    units, relations, _ = extract(text)
    assert [relation.label for relation in relations] == ["support"]
    assert units[0].role == "claim"


@pytest.mark.parametrize("text, conceded, main", [
    ("議員:確かに財政は厳しい状況にあります。しかし、子育て支援は削るべきではありません。",
     "確かに財政は厳しい状況にあります", "子育て支援は削るべきではありません"),
    ("社長:もちろん安全性の確保は重要です。ただ、過度な規制は技術の進歩を妨げます。",
     "もちろん安全性の確保は重要です", "過度な規制は技術の進歩を妨げます"),
    ("大臣:確かにその指摘は理解できます。しかしながら、現時点で制度を変更する考えはございません。",
     "確かにその指摘は理解できます", "現時点で制度を変更する考えはございません"),
])
def test_a_sentence_conceded_by_its_adverb_concedes_to_the_adversative_after_it(
        extract, text: str, conceded: str, main: str) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(conceded, "concession", main)]


@pytest.mark.parametrize("text", [
    "議員:財政は厳しい状況にあります。しかし、子育て支援は削るべきではありません。",  # nothing conceded
    "市長:確かに駅前は便利になりました。一方で、郊外の商店街は衰退しております。",  # two sides set side by side
])
def test_without_a_conceding_adverb_or_with_a_side_by_side_connective_it_stays_a_contrast(extract, text: str) -> None:
    units, relations, _ = extract(text)
    assert [(r.label, r.source_id, r.target_id) for r in relations] == [("contrast", units[1].unit_id, units[0].unit_id)]


@pytest.mark.parametrize("text, explained, contrasting", [
    ("市長:市の財政調整基金は大きく減少しております。これは、除雪費が想定を上回ったためです。"
     "しかし、市民サービスの水準は維持すべきだと考えます。",
     "市の財政調整基金は大きく減少しております", "市民サービスの水準は維持すべきだ"),
    ("社長:うちの売上は去年より落ちています。それは、円高で輸出が減ったからです。でも、国内の需要は確実に伸びています。",
     "うちの売上は去年より落ちています", "国内の需要は確実に伸びています"),
])
def test_a_contrast_after_an_explanation_answers_what_it_explains(extract, text: str, explained: str,
                                                                   contrasting: str) -> None:
    units, relations, _ = extract(text)
    assert (contrasting, "contrast", explained) in described(units, relations)


@pytest.mark.parametrize("text, ground, claim", [
    ("議員:物価の高騰が続いております。このような状況で、公共料金を値上げすることには賛成できません。",
     "物価の高騰が続いております", "このような状況で、公共料金を値上げすることには賛成できません"),
    ("市長:人口減少が加速しています。こうした中、移住促進に一層力を入れるべきだと考えております。",
     "人口減少が加速しています", "こうした中、移住促進に一層力を入れるべきだ"),
    ("大臣:多くの事業者が困窮しております。そうした観点から、支援金の対象を広げる必要があると考えております。",
     "多くの事業者が困窮しております", "そうした観点から、支援金の対象を広げる必要がある"),
])
def test_an_opener_that_points_at_the_situation_before_takes_it_as_ground(extract, text: str, ground: str,
                                                                         claim: str) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(ground, "support", claim)]
    assert units[0].role == "premise"


@pytest.mark.parametrize("text, evidence, claim", [
    ("大臣:この制度は現場の負担を大きく減らしております。実際に、申請にかかる時間は半分になっております。",
     "実際に、申請にかかる時間は半分になっております", "この制度は現場の負担を大きく減らしております"),
    ("議員:若い世代の政治離れが進んでいます。その証拠に、二十代の投票率は三割台にとどまっています。",
     "その証拠に、二十代の投票率は三割台にとどまっています", "若い世代の政治離れが進んでいます"),
    ("社長:お客さんの好みは確実に変わってきていますよ。現に、甘くない商品の方がよく売れているんです。",
     "現に、甘くない商品の方がよく売れているんです", "お客さんの好みは確実に変わってきていますよ"),
])
def test_an_evidence_opener_supports_the_sentence_before(extract, text: str, evidence: str, claim: str) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(evidence, "support", claim)]


@pytest.mark.parametrize("text, ground, claim", [
    ("委員:事故の件数は昨年、全体の３割を占めました。こうした状況を踏まえれば、自転車にも保険の加入を義務づけるべきです。",
     "事故の件数は昨年、全体の３割を占めました", "こうした状況を踏まえれば、自転車にも保険の加入を義務づけるべきです"),
    ("議員:市内の保育所は定員を超えています。こうしたことを踏まえれば、新しい保育所の整備を急ぐべきです。",
     "市内の保育所は定員を超えています", "こうしたことを踏まえれば、新しい保育所の整備を急ぐべきです"),
    ("市長:国の交付金は今年度で終わります。それを踏まえると、来年度の予算は厳しくなるでしょう。",
     "国の交付金は今年度で終わります", "それを踏まえると、来年度の予算は厳しくなるでしょう"),
])
def test_an_anaphoric_ground_in_a_conditional_form_is_no_condition(extract, text: str, ground: str, claim: str) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(ground, "support", claim)]


@pytest.mark.parametrize("text", [
    "議員:市の対応は遅すぎます。実際に現場を見て判断すべきです。",  # 実際に without its comma: how, not evidence
    "議員:市の対応は遅すぎます。こうした中で、市長に伺います。",  # the opener before a question: no unit
])
def test_openers_that_offer_no_ground(extract, text: str) -> None:
    _, relations, _ = extract(text)
    assert [relation.label for relation in relations] != ["support"]


@pytest.mark.parametrize("text, example, claim", [
    ("市長:地方にも優れた技術を持つ企業は多くあります。例えば、こういうことがあります。"
     "市内の金属加工業者は世界的なシェアを持っております。",
     "市内の金属加工業者は世界的なシェアを持っております", "地方にも優れた技術を持つ企業は多くあります"),
    ("議員:この制度には課題が残っています。例えば、隣の市の例を申し上げます。隣の市では申請から支給までに三か月を要しています。",
     "隣の市では申請から支給までに三か月を要しています", "この制度には課題が残っています"),
])
def test_an_example_announced_by_a_sentence_of_no_unit_is_the_next_sentence(extract, text: str, example: str,
                                                                           claim: str) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(example, "example", claim)]
    assert units[-1].role == "premise"


def test_an_announced_example_reaches_no_further_than_the_next_sentence(extract) -> None:
    units, relations, _ = extract("議員:この制度には課題が残っています。例えばですね。"
                                  "隣の市では申請に三か月を要しています。窓口の職員も足りません。")
    assert [relation.label for relation in relations] == ["example"]
    assert units[-1].sentence_cue == ""


def test_an_announced_example_that_no_sentence_gives_hands_on_nothing(extract) -> None:
    units, _, _ = extract("議員:この制度には課題が残っています。例えばですね。ありがとうございます。窓口の職員も足りません。")
    assert units[-1].sentence_cue == ""


def test_a_situation_opener_before_a_report_grounds_nothing(extract) -> None:
    _, relations, _ = extract("知事:県内の人口減少が続いております。こうした中、県は新たな移住支援制度を始めております。")
    assert relations == []


@pytest.mark.parametrize("sentence, expected", [
    # purpose: a plain non-past action verb with an object or a goal, no subject of its own
    ("料金体系を見直すため、来年度から新しい窓口を開設します。", []),
    ("災害に備えるため、市は備蓄倉庫を増設する方針です。", []),
    # reason: a state, a past, a clause with a subject of its own
    ("利用者が急に増えたため、窓口の混雑は深刻になっています。",
     [("利用者が急に増えたため", "support", "窓口の混雑は深刻になっています")]),
    ("職員が不足しているため、審査の遅れは避けられません。",
     [("職員が不足しているため", "support", "審査の遅れは避けられません")]),
    ("物価が上昇するため、実質賃金は下がるでしょう。",
     [("物価が上昇するため", "support", "実質賃金は下がるでしょう")]),
])
def test_tame_after_an_action_verb_is_a_purpose(extract, sentence: str, expected) -> None:
    units, relations, _ = extract(f"原田:{sentence}")
    assert described(units, relations) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("国の補助が続くなら、この事業は黒字に転換できると考えております。",
     [("国の補助が続くなら", "condition", "この事業は黒字に転換できる")]),
    ("駅前に駐車場を整備した場合は、商店街の売上は回復すると見込んでおります。",
     [("駅前に駐車場を整備した場合は", "condition", "商店街の売上は回復する")]),
    ("人手は足りないながら、現場の対応は適切だと認識しております。",
     [("人手は足りないながら", "concession", "現場の対応は適切だ")]),
    # a meta phrase or `可能な限り` only says how the view is put: one unit
    ("長い目で見れば、この投資は必ず回収できると考えております。",
     [("長い目で見れば、この投資は必ず回収できる", "", "")]),
    ("可能な限り早く、新しい制度を導入したいと考えております。",
     [("可能な限り早く、新しい制度を導入したい", "", "")]),
])
def test_a_condition_inside_a_framed_view_is_its_own_premise(extract, sentence: str, expected) -> None:
    units, relations, _ = extract(f"原田:{sentence}")
    if expected[0][1]:
        assert described(units, relations) == expected
    else:
        assert [u.text for u in units] == [expected[0][0]] and relations == []


def test_a_condition_before_a_conceded_view_conditions_that_view(extract) -> None:
    units, relations, _ = extract("原田:人員を倍にできるものなら、すべての相談に応じられるとは思いますが、"
                                  "現実には難しいです。")
    assert ("人員を倍にできるものなら", "condition", "すべての相談に応じられる") in described(units, relations)


@pytest.mark.parametrize("middle, contrasted", [
    # a view on the sentence before (`これは、〜かと思います`): the contrast answers that sentence
    ("これは、多くの市民にとって理解しにくいことかと思います。", "市の財政は確かに厳しい状況にあります"),
    # no topic pointing back: the sentence just before
    ("多くの市民にとって理解しにくいことかと思います。", "多くの市民にとって理解しにくいことか"),
])
def test_shikashi_after_a_view_on_the_sentence_before(extract, middle: str, contrasted: str) -> None:
    units, relations, _ = extract(f"原田:市の財政は確かに厳しい状況にあります。{middle}しかし、市は歳出の見直しを進めております。")
    assert ("市は歳出の見直しを進めております", "contrast", contrasted) in described(units, relations)
    assert units[0].role == "claim"  # `確かに` inside a sentence commits to it; it concedes only as an opener


@pytest.mark.parametrize("sentence, label", [
    ("地方の交通網はまだ十分に整っていないのですが、そこから新しい働き方が生まれる余地も大きいです。", "concession"),
    ("地方では交通網の再編が進んでいるのですが、その中で新しい働き方が生まれる余地も大きいです。", "support"),
])
def test_a_denied_ga_clause_picked_up_by_a_so_word_is_conceded(extract, sentence: str, label: str) -> None:
    _, relations, _ = extract(f"原田:{sentence}")
    assert [r.label for r in relations] == [label]


@pytest.mark.parametrize("text, fact, demand", [
    # assembly debate: a share of the residents, then the stance against the bill's raise
    ("原田:市営住宅の入居者の六割は、年金で暮らす高齢者です。今回の家賃の引上げは到底認められません。",
     "市営住宅の入居者の六割は、年金で暮らす高齢者です", "今回の家賃の引上げは到底認められません"),
    # assembly question: a past event, then what the city should do
    ("原田:市内の路線バスは、昨年度に三路線が廃止されました。高齢者の通院の足を確保すべきです。",
     "市内の路線バスは、昨年度に三路線が廃止されました", "高齢者の通院の足を確保すべきです"),
    # Diet committee: a figure, then a demand put as a question to the minister
    ("原田:昨年度の介護職員の離職者は二十万人を超えました。総理、処遇の改善を急ぐべきではありませんか。",
     "昨年度の介護職員の離職者は二十万人を超えました", "処遇の改善を急ぐべきではありませんか"),
    # press conference: a figure, then an obligation the speaker frames
    ("原田:市内の待機児童は、昨年より五十人増えました。保育士の確保を急がなければならないと考えております。",
     "市内の待機児童は、昨年より五十人増えました", "保育士の確保を急がなければならない"),
    # interview: what exists, then what should be built
    ("原田:村には、使われていない農地が三百ヘクタールあります。若い人に貸し出す仕組みをつくるべきです。",
     "村には、使われていない農地が三百ヘクタールあります", "若い人に貸し出す仕組みをつくるべきです"),
])
def test_a_fact_just_before_a_demand_grounds_it(extract, text: str, fact: str, demand: str) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(fact, "support", demand)]


@pytest.mark.parametrize("text", [
    "議員:市の人口は、この十年で一割減りました。この状況は極めて深刻です。",
    "大臣:昨年度の税収は五億円減りました。これは大きな痛手だと思います。",
])
def test_a_judgement_whose_topic_points_back_is_grounded_by_the_fact_it_judges(extract, text: str) -> None:
    units, relations, _ = extract(text)
    assert [(r.source_id, r.target_id, r.cue) for r in relations] == [
        (units[0].unit_id, units[1].unit_id, "無標の根拠")]


@pytest.mark.parametrize("text", [
    # a judgement of something else
    "議員:市の人口は、この十年で一割減りました。公園の桜はとても美しいです。",
    # facts narrated one after another, no claim after them
    "原田:市内の路線バスは、昨年度に三路線が廃止されました。今年度は二路線が減便されました。",
    # the next point: what follows is no conclusion of the fact
    "原田:市は昨年、再開発の基本計画を策定しました。次に、公園のトイレは早急に改修すべきです。",
    # a demand set against the fact, not drawn from it
    "原田:隣の市は駅前に大きな駐車場を整備しました。これに対し、本市は公共交通の充実を優先すべきです。",
    # a forecast after a fact: the fact is narrated, the forecast grounded in nothing said
    "原田:昨年、三つの企業が市内に工場を建てました。雇用は今後さらに増えるでしょう。",
    # a new paragraph
    "原田:市内の路線バスは、昨年度に三路線が廃止されました。\n\n高齢者の通院の足を確保すべきです。",
    # a demand listed beside others recounts a debate
    "原田:議会は昨年十二月に継続審査の結論を出しました。そのときの論点は、財源を示すべきであり、対象も広げるべきというものでした。",
])
def test_a_fact_before_no_demand_of_its_own_grounds_nothing(extract, text: str) -> None:
    _, relations, _ = extract(text)
    assert [r for r in relations if r.cue == "無標の根拠"] == []


def test_a_demand_with_its_own_reason_takes_no_fact_before_it(extract) -> None:
    units, relations, _ = extract("原田:市は昨年、新しい体育館を建設しました。利用者が増えているので、駐車場も広げるべきです。")
    assert described(units, relations) == [("利用者が増えているので", "support", "駐車場も広げるべきです")]


@pytest.mark.parametrize("text", [
    "議員:本市の人口は十年で一割減少しました。駅前の放置自転車対策も急ぐべきです。",     # も adds a point
    "議員:市は補助金を三割削減しました。二つ目に、公共交通の維持について、市は支援すべきです。",  # a new point
    "議員:昨年度、市は保育所を三か所新設しました。私は、この条例案に賛成の立場から討論いたします。",
])
def test_a_fact_grounds_no_new_point_or_speech_opening(extract, text: str) -> None:
    _, relations, _ = extract(text)
    assert relations == []


def test_examples_before_a_comma_and_youni_are_an_analogys_source(extract) -> None:
    _, _, arguments = extract("議員:ドイツやフランスのように、日本も再生可能エネルギーの導入を加速すべきです。")
    assert [(a.scheme, a.source_domain, a.target_domain) for a in arguments] == [("analogy", "ドイツやフランス", "日本")]


def test_a_clause_before_a_verb_of_starting_is_where_to_start(extract) -> None:
    _, relations, _ = extract("市長:現場を知ることから、すべての政策は始まります。")
    assert relations == []


def test_a_demand_that_opens_with_mazu_after_its_condition_is_a_new_point(extract) -> None:
    _, relations, _ = extract("議員:近隣の市を見ても、上限を下げた例はありません。財源が足りないのであれば、まず公共事業の見直しから始めるべきです。")
    assert all(r.cue != "無標の根拠" for r in relations)


@pytest.mark.parametrize("text, view, grounds", [
    ("市長:財政は健全だと考えています。市税収入は3年連続で増えておりますし、基金残高も過去最高になりました。",
     "財政は健全だ", ["市税収入は3年連続で増えておりますし", "基金残高も過去最高になりました"]),
    ("監督:今年のチームは強いと思います。若手が育ってきましたし、ベテランも元気です。",
     "今年のチームは強い", ["若手が育ってきましたし", "ベテランも元気です"]),
    ("大臣:安全性に問題はありません。第三者機関の検査を受けておりますし、海外でも十年以上の使用実績があります。",
     "安全性に問題はありません", ["第三者機関の検査を受けておりますし", "海外でも十年以上の使用実績があります"]),
])
def test_facts_listed_with_shi_after_a_view_ground_the_view(extract, text: str, view: str, grounds: list[str]) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [(ground, "support", view) for ground in grounds]


def test_a_shi_list_that_closes_with_its_own_view_keeps_it(extract) -> None:
    units, relations, _ = extract("店主:この町は好きです。駅から近いし、家賃も安いので、ここで店を続けたいと思います。")
    assert ("駅から近いし", "support", "この町は好きです") not in described(units, relations)


def test_dakara_after_a_kara_desu_sentence_draws_on_what_it_explained(extract) -> None:
    units, relations, _ = extract("教授:この町の人口は減り続けています。若い人が働く場所がないからです。"
                                  "ですから、企業誘致を急ぐ必要があります。")
    assert described(units, relations) == [
        ("若い人が働く場所がないからです", "support", "この町の人口は減り続けています"),
        ("この町の人口は減り続けています", "support", "企業誘致を急ぐ必要があります")]


@pytest.mark.parametrize("text, expected", [
    ("知事:隣の県ではすでに無料化が実現しておりまして、本県も早急に検討すべきだと考えております。",
     ("隣の県ではすでに無料化が実現しておりまして", "support", "本県も早急に検討すべきだ")),
    ("社長:利用者は年々減っておりまして、路線の維持は難しいと考えております。",
     ("利用者は年々減っておりまして", "support", "路線の維持は難しい")),
])
def test_a_continuative_fact_grounds_the_view_of_its_sentence(extract, text: str, expected: tuple[str, str, str]) -> None:
    units, relations, _ = extract(text)
    assert described(units, relations) == [expected]


def test_a_fact_before_a_rebuttal_grounds_it(extract) -> None:
    units, relations, _ = extract("町長:昨年の春から住民の皆さんと何度も話し合いを重ねてきました。決して強引に進めたわけではありません。")
    assert described(units, relations) == [
        ("昨年の春から住民の皆さんと何度も話し合いを重ねてきました", "support", "決して強引に進めたわけではありません")]


def test_a_conditioned_warning_grounds_the_demand_after_it(extract) -> None:
    units, relations, _ = extract("議員:しかし、このまま放置すれば、重大な事故が起きるおそれがあります。"
                                  "早急に通学路の安全対策を講じるべきではないでしょうか。")
    assert ("重大な事故が起きるおそれがあります", "support", "早急に通学路の安全対策を講じるべきではないでしょうか") \
        in described(units, relations)


def test_an_acknowledged_proposition_is_conceded_to_shikashi(extract) -> None:
    units, relations, _ = extract("議員:予算が限られていることは私も承知しております。しかし、子どもの安全は何よりも優先されるべきです。")
    assert described(units, relations) == [("予算が限られている", "concession", "子どもの安全は何よりも優先されるべきです")]


@pytest.mark.parametrize("text, conceded, main", [
    ("市長:駅前の再整備が必要なことは否定しません。しかし、今の計画のまま予算を増やすことには賛成できません。",
     "駅前の再整備が必要なことは否定しません", "今の計画のまま予算を増やすことには賛成できません"),
    ("市長:図書館の利用者が減っているのは事実です。とはいえ、閉館すれば地域の学びの場が失われます。",
     "図書館の利用者が減っているのは事実です", "地域の学びの場が失われます"),
    ("市長:委員の皆さんのご心配はもっともです。しかし、この制度は今年度中に始めるべきです。",
     "委員の皆さんのご心配はもっともです", "この制度は今年度中に始めるべきです"),
    ("市長:短期的には費用が増えるかもしれません。しかし、長い目で見れば市の負担は軽くなります。",
     "短期的には費用が増えるかもしれません", "長い目で見れば市の負担は軽くなります"),
    ("市長:新しい体育館の建設を否定するものではありません。しかし、まず既存の施設の修繕を優先すべきです。",
     "新しい体育館の建設を否定するものではありません", "まず既存の施設の修繕を優先すべきです"),
])
def test_a_sentence_granted_by_its_predicate_concedes_to_the_adversative_after_it(
        extract, text: str, conceded: str, main: str) -> None:
    units, relations, _ = extract(text)
    assert (conceded, "concession", main) in described(units, relations)
    assert not any(r.label == "contrast" for r in relations)


@pytest.mark.parametrize("text", [
    "市長:昨年は利用者が三割減りました。しかし、市は対策をとっていません。",  # a plain fact, nothing granted
    "市長:事故が起きる可能性も否定できません。しかし、市は対策をとっていません。",  # asserts a possibility
    "市長:制度が不公平を生んだ事実もありました。しかし、市は制度を変えていません。",  # reports a fact, grants none
    "市長:来年には利用者が増えるでしょう。しかし、本当の課題は職員の確保です。",  # predicts, turns to another point
])
def test_a_sentence_that_grants_nothing_stays_contrasted(extract, text: str) -> None:
    units, relations, _ = extract(text)
    assert [r.label for r in relations if r.cue == "しかし"] == ["contrast"]


@pytest.mark.parametrize("text, ground, claim", [
    ("知事:県内の農家の平均年齢は七十歳を超えました。後継者もほとんどいません。そうしたことから、多くの農地が耕作されないまま残っています。",
     "後継者もほとんどいません", "多くの農地が耕作されないまま残っています"),
    ("社長:若い社員の離職が三年続けて増えました。こういったことから、働き方そのものを見直す時期に来ていると感じています。",
     "若い社員の離職が三年続けて増えました", "働き方そのものを見直す時期に来ている"),
    ("議員:この地区では高齢化が進んでいます。このようなことから、買い物に困る住民が増えております。",
     "この地区では高齢化が進んでいます", "買い物に困る住民が増えております"),
])
def test_kou_shita_koto_kara_draws_a_consequence_whatever_it_asserts(extract, text: str, ground: str, claim: str) -> None:
    """`こうしたことから、B`: B is drawn from the sentence before, as with `このため`; unlike the scene of
    `こうした中`, it needs no view to be a ground."""
    units, relations, _ = extract(text)
    assert (ground, "support", claim) in described(units, relations)


@pytest.mark.parametrize("text, contrasting, contrasted", [
    ("議員:駅前の再開発で商業施設は増えました。しかし、家賃が上がっており、昔からの商店は次々と店を閉じています。",
     "昔からの商店は次々と店を閉じています", "駅前の再開発で商業施設は増えました"),
    ("大臣:輸出額は過去最高を更新しました。一方で、原材料の価格は高止まりしており、中小企業の利益はむしろ減っております。",
     "中小企業の利益はむしろ減っております", "輸出額は過去最高を更新しました"),
])
def test_a_contrast_turns_on_the_clause_that_closes_a_continuative_fact(extract, text: str, contrasting: str,
                                                                        contrasted: str) -> None:
    """`しかし、Aており、B`: A is the ground B turns on; B carries the contrast."""
    units, relations, _ = extract(text)
    assert [r for r in described(units, relations) if r[1] == "contrast"] == [(contrasting, "contrast", contrasted)]


def test_a_concession_is_made_to_the_clause_that_closes_a_continuative_fact(extract) -> None:
    units, relations, _ = extract("議員:確かに、施設の老朽化は進んでいます。しかし、利用者は年々減少しており、"
                                  "同じ規模で建て替える必要はありません。")
    assert ("確かに、施設の老朽化は進んでいます", "concession", "同じ規模で建て替える必要はありません") \
        in described(units, relations)


def test_a_closing_clause_that_points_back_leaves_the_contrast_to_the_fact(extract) -> None:
    units, relations, _ = extract("議員:この町の子育て支援は充実しています。しかし、利用料は県内で最も高い水準であり、"
                                  "その負担感は確かにあります。")
    assert [r for r in described(units, relations) if r[1] == "contrast"] == [
        ("利用料は県内で最も高い水準であり", "contrast", "この町の子育て支援は充実しています")]


@pytest.mark.parametrize("text, condition, conditioned, concluded", [
    ("気象台:雨が続けば、川の水位が上がりますから、早めの避難が必要です。",
     "雨が続けば", "川の水位が上がりますから", "早めの避難が必要です"),
    ("教授:この制度を使えば、初期費用を半分に抑えられるので、若い世代も参入しやすくなるはずです。",
     "この制度を使えば", "初期費用を半分に抑えられるので", "若い世代も参入しやすくなるはずです"),
    ("議員:駅にエレベーターが設置されたら、車椅子の方も一人で外出できるので、まちの活気にもつながります。",
     "駅にエレベーターが設置されたら", "車椅子の方も一人で外出できるので", "まちの活気にもつながります"),
])
def test_a_condition_before_a_reason_conditions_the_reason(extract, text: str, condition: str, conditioned: str,
                                                          concluded: str) -> None:
    """`Aれば、Bので、C`: B is what follows under A; C follows from B."""
    units, relations, _ = extract(text)
    assert described(units, relations) == [(condition, "condition", conditioned), (conditioned, "support", concluded)]


def test_a_condition_after_a_reason_conditions_the_main_clause(extract) -> None:
    units, relations, _ = extract("議員:財源が足りないので、もし国の補助がなければ、事業は中止せざるを得ません。")
    assert ("もし国の補助がなければ", "condition", "事業は中止せざるを得ません") in described(units, relations)


@pytest.mark.parametrize("text, conceded, point", [
    ("市長:もちろん費用を抑える効果もあります。市が運営費のほぼ全額を負担しているからです。しかし、一番の目的は、サービスの質を高めることにあります。",
     "もちろん費用を抑える効果もあります", "一番の目的は、サービスの質を高めることにあります"),
    ("議員:確かに駅前の再開発には時間がかかります。地権者が多いからです。しかし、今着手しなければ、商店街はさらに衰退します。",
     "確かに駅前の再開発には時間がかかります", "商店街はさらに衰退します"),
    ("社長:もちろん値上げに慎重な声もあります。原料の価格は下がっているからです。ただ、人件費の上昇は避けられません。",
     "もちろん値上げに慎重な声もあります", "人件費の上昇は避けられません"),
])
def test_a_conceded_sentence_stays_conceded_past_its_explanation(extract, text: str, conceded: str, point: str) -> None:
    units, relations, _ = extract(text)
    assert (conceded, "concession", point) in described(units, relations)


def test_a_further_point_opened_with_mata_is_grounded_by_no_forecast_before_it(extract) -> None:
    _, relations, _ = extract("議員:補助金を廃止すれば、商店街は衰退するでしょう。また、駅前の駐輪場は早急に整備すべきです。")
    assert [r.label for r in relations] == ["condition"]


def test_a_closing_clause_naming_the_matter_with_kono_is_the_point_of_the_turn(extract) -> None:
    """`しかし、Aており、この値上げは…`: この names the matter debated; only a そ-word comments on A."""
    units, relations, _ = extract("議員:確かに財政は厳しいです。しかし、市民の負担は増えており、この値上げは認められません。")
    [concession] = [r for r in relations if r.label == "concession"]
    assert concession.target_id == units[-1].unit_id
