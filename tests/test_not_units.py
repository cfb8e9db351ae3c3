"""Not units: requests, self-introductions, procedural talk, ceremony, headings and genuine
questions; rhetorical questions and stances stay claims. Sentences of our own, one per rule."""
from __future__ import annotations

import pytest

SPEAKER = "森:"


@pytest.mark.parametrize("sentence", [
    "新しい交通計画について、市長のお考えをお聞かせください。",
    "来年度の除草費用の内訳を教えてください。",
    "図書館の統合について、教育長の見解を伺います。",
    "この件について改めて答弁を求めます。",
    "過去三年間の応募件数をお示しください。",
    "補助金の効果について、担当部長にお尋ねいたします。",
    "今後の見通しについてお聞かせいただきたいと思います。",
])
def test_requests_are_not_units(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


def test_the_reason_for_a_request_goes_with_it(units_of) -> None:
    assert units_of(f"{SPEAKER}予算が大きく増えたので、その理由をお答えください。") == []


@pytest.mark.parametrize("sentence", [
    "東西日報の村上です。",
    "市民クラブの高橋でございます。",
    "南区選出の岩田でございます。",
    "私、経済新聞の石川と申します。",
])
def test_self_introductions_are_not_units(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


@pytest.mark.parametrize("sentence", [
    "最初に、公共交通の再編について質問をいたします。",
    "では、私から新年度の組織改正について御説明いたします。",
    "冒頭、1点ご報告があります。",
    "冒頭、私から一つ申し上げます。",
    "以上です。",
    "ただいま、道路の補修について御質問がありました。",
    "まず、観光振興についてですが、市長のお考えを伺います。",
    "そこで質問ですが、事業の総額をお答えください。",
    "本日は三点申し上げます。",
    "駅前の駐輪場を増やしてはどうかとの御質問でございます。",
    "今日の私の一般質問でございますけれども、",
    "まず、来年度の予算編成です。",
    "二点目は、河川の改修工事の進み具合です。",
    "次に、市営プールの再開についてであります。",
    "今回の報告事項は二点です。",
    "今日は、新しい子育て支援策について発表します。",
    "私から、来週の行事予定をお知らせします。",
])
def test_procedural_talk_is_not_a_unit(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


@pytest.mark.parametrize("sentence, claim", [
    ("少し話は変わるのですが、駅前の再開発は急ぐべきです。", "駅前の再開発は急ぐべきです"),
    ("個人的な話になるのですが、私の母も介護を受けています。", "私の母も介護を受けています"),
    ("話を戻しますが、この制度は見直すべきです。", "この制度は見直すべきです"),
])
def test_talk_about_the_talk_before_a_claim_is_no_unit(units_of, sentence: str, claim: str) -> None:
    assert [u.text for u in units_of(f"{SPEAKER}{sentence}")] == [claim]


@pytest.mark.parametrize("sentence", ["それは全く別の話になります。", "市長の話が変わったことは問題です。"])
def test_a_matter_called_a_talk_is_still_a_claim(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(f"{SPEAKER}{sentence}")] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "政府は来月、新たな経済対策を発表します。",
    "県は近く、調査の結果を公表するとみられます。",
])
def test_an_announcement_by_others_is_no_procedure(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(f"{SPEAKER}{sentence}")] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "まず、これが最大の課題です。",
    "次に、財源の確保は急務です。",
    "まず、市の財政は非常に厳しい状況です。",
])
def test_an_enumerated_point_that_says_something_is_a_unit(units_of, sentence: str) -> None:
    assert [u.role for u in units_of(f"{SPEAKER}{sentence}")] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "私は、この条例案に賛成の立場から討論いたします。",
    "私は、本案に反対の立場から意見を申し上げます。",
    "以上、本案に反対の立場を表明して、討論を終わります。",
])
def test_a_stance_announced_in_a_debate_is_a_claim(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "では、市長から、よろしくお願いいたします。",
    "本日はどうぞよろしくお願いします。",
    "皆さん、おはようございます。",
    "記者の皆さん、こんばんは。",
])
def test_a_bare_request_for_goodwill_is_a_greeting(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


@pytest.mark.parametrize("sentence", [
    "議員各位の御賛同を賜りますようお願い申し上げます。",
    "市には、子育て支援の拡充に取り組んでいただくようお願いいたします。",
])
def test_asking_for_an_act_is_no_greeting(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.type) for u in units] == [("claim", "normative")]


@pytest.mark.parametrize("sentence", [
    "亡くなられた方々に謹んで哀悼の意を表します。",
    "被災された皆様の一日も早い回復をお祈り申し上げます。",
    "皆さん、新年あけましておめでとうございます。",
    "多くの方に御心配をおかけしたことを深くおわび申し上げます。",
    "よろしくお願いします。",
])
def test_condolences_and_ceremonial_wishes_are_not_units(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


@pytest.mark.parametrize("line", [
    "(令和3年11月2日(火曜日)午前10時 於:本庁舎3階会議室)",
    "・下水道料金の改定について",
    "【港湾整備関連】",
    "資料(2ページ目)",
    "1.質疑応答",
    "令和八年十一月十日（火曜日）",  # Sudachi tags 令和 before these kanji numerals as a verb
    "平成三十年度（水）",
])
def test_headings_and_datelines_are_not_units(units_of, line: str) -> None:
    assert [u.text for u in units_of(f"{SPEAKER}{line}\n林業の担い手は減り続けています。")] == [
        "林業の担い手は減り続けています"]


@pytest.mark.parametrize("sentence", [
    "この計画は少し急ぎすぎなのでは。",
    "開通はいつ頃になるでしょうか。",
    "財源はどこから出すのか。",
    "知事に就任されて一年ですが、今のお気持ちは。",
])
def test_genuine_questions_are_not_units(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


@pytest.mark.parametrize("sentence", [
    "まず住民の声を聞くべきではありませんか。",
    "それこそが行政の怠慢ではないのでしょうか。",
    "なぜ今、これほど急いで施設を建てなければならないのか。",
])
def test_rhetorical_questions_stay_claims(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "今後の感染対策について、市民にどのように呼びかけるかという点は。",
    "来年度の予算編成で、何を最も重視するかという点は。",
])
def test_a_sentence_left_at_its_topic_with_a_question_word_asks(units_of, sentence: str) -> None:
    assert units_of(f"記者:{sentence}") == []


@pytest.mark.parametrize("sentence", [
    "今後、市として取り組むべき課題は。",
    "最後に、読者に伝えたいことは。",
    "子育て世代が町に求めている支援は。",
])
def test_a_sentence_left_at_the_topic_of_its_root_noun_asks(units_of, sentence: str) -> None:
    """The predicate left unsaid after a topic whose modifier holds a verb (`〜取り組むべき課題は`)."""
    assert units_of(f"記者:{sentence}") == []


def test_a_topic_followed_by_its_predicate_is_no_question(units_of) -> None:
    units = units_of("市長:この制度の良いところは、手続きが簡単な点です。")
    assert [u.role for u in units] == ["claim"]


@pytest.mark.parametrize("sentence", [
    "なぜ今になって方針を変えたのでしょう。",
    "結局、誰が費用を負担するのでしょう。",
    "この十年で何が一番変わったのでしょうね。",
])
def test_an_interviewers_question_word_with_deshou_asks_without_ka(units_of, sentence: str) -> None:
    assert units_of(f"記者:{sentence}") == []


@pytest.mark.parametrize("text", [
    "記者:何より大切なのは住民の理解でしょう。",  # 何より: no question word
    "記者:どこの自治体も同じ悩みを抱えているでしょう。",  # どこ…も: indefinite
    "市長:一体、誰がこの負担を背負うのでしょう。",  # the speaker's own: rhetorical
])
def test_an_indefinite_word_or_a_speakers_own_deshou_is_no_question(units_of, text: str) -> None:
    assert [u.role for u in units_of(text)] == ["claim"]


@pytest.mark.parametrize("text", [
    "市長:まさにおっしゃるとおりです。",
    "大臣:御指摘のとおりでございます。",
    "記者:最後に、市民へのメッセージを。",
    "記者:では、来年度の目標を。",
    "若者の悩みは尽きない。進学、就職、結婚。",
])
def test_granting_the_point_an_object_without_its_verb_and_a_bare_list_are_no_units(units_of, text: str) -> None:
    assert [u.text for u in units_of(text)] in ([], ["若者の悩みは尽きない"])


@pytest.mark.parametrize("text", [
    "市長:ご指摘のとおり、職員は足りておりません。",  # the point granted, then said
    "市長:大事なのは、安全、安心、信頼。",  # a list with a topic says something of it
])
def test_a_granted_point_stated_or_a_list_under_a_topic_stays_a_unit(units_of, text: str) -> None:
    assert len(units_of(text)) == 1


@pytest.mark.parametrize("text", [
    "市長:議員の問題意識は私も共有しております。",
    "市長:住民の皆さんのお気持ちはよく分かります。",
    "――最後に、これから店を開きたい人に助言をお願いします。",
    "議案第５号　市営駐車場の料金を改定する条例について（賛成討論）",
])
def test_shared_concerns_a_guest_asked_for_advice_and_a_speech_title_are_no_units(units_of, text: str) -> None:
    assert units_of(text) == []


def test_a_members_request_for_a_measure_stays_a_claim(units_of) -> None:
    assert [u.role for u in units_of("議員:通学路の安全対策をお願いします。")] == ["claim"]


@pytest.mark.parametrize("text", [
    "議員:今こそ、国民健康保険税の引下げを。",  # a speech's closing demand, no request for an answer
    "市長:市役所は来年、新しい庁舎に移ります。",  # news with a subject, not the talk moving on
])
def test_a_speakers_elliptical_demand_and_a_move_with_a_subject_stay_units(units_of, text: str) -> None:
    assert len(units_of(text)) == 1


def test_moving_on_to_a_topic_is_procedure(units_of) -> None:
    assert units_of("議員:大項目の二、地域公共交通に移ります。") == []


def test_an_indefinite_question_word_makes_no_embedded_question(units_of) -> None:
    """`何よりも` is no question word (the same check as for `でしょう` questions: filters._asking_word)."""
    assert [u.role for u in units_of(f"{SPEAKER}何よりも早期の対策が必要かと考えます。")] == ["claim"]


def test_a_question_word_as_a_determiner_still_embeds_a_question(units_of) -> None:
    assert units_of(f"{SPEAKER}どのような支援が必要かと考えております。") == []


def test_a_conjecture_with_ka_to_omou_is_no_question(units_of) -> None:
    units = units_of(f"{SPEAKER}来月には国から詳しい説明があろうかと思います。")
    assert [(u.text, u.hedged, u.type) for u in units] == [("来月には国から詳しい説明があろうか", 1, "prediction")]


@pytest.mark.parametrize("sentence", [
    "毎朝の散歩はできるだけ欠かさないようにしています。",
    "家事の半分は夫に手伝ってもらっています。",
])
def test_the_speakers_habits_and_help_received_are_not_units(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


def test_a_sentence_introducing_a_written_text_is_no_unit(units_of) -> None:
    assert units_of(f"{SPEAKER}この点について、報告書ではこのように書かれております。") == []


def test_announcing_what_one_will_tell_under_a_thought_frame_is_procedure(units_of) -> None:
    assert units_of(f"{SPEAKER}今年一年の主な事業について、皆様にお知らせしたいと思います。") == []


def test_a_view_before_a_bare_tag_question_is_judged_alone(units_of) -> None:
    units = units_of(f"{SPEAKER}この制度は見直すべきだと考えますが、いかがでしょうか。")
    assert [(u.role, u.text) for u in units] == [("claim", "この制度は見直すべきだ")]


@pytest.mark.parametrize("sentence", [
    "この制度の見直しが必要かと考えております。",
    "こうした運用はいかがなものかと考えております。",
])
def test_a_view_put_softly_with_ka_is_a_hedged_claim(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.hedged) for u in units] == [("claim", 1)]


def test_wondering_with_a_question_word_is_no_claim(units_of) -> None:
    assert units_of(f"{SPEAKER}今後この事業がどうなるのかと思っています。") == []


@pytest.mark.parametrize("sentence", [
    "雪も多かったので、来年はどのように除雪を進めようと思っているのか、お考えをお聞かせください。",
    "市長は、この計画が市民のためになるとお考えなのか。",
])
def test_a_view_the_listener_is_asked_about_is_no_unit(units_of, sentence: str) -> None:
    assert units_of(f"記者:{sentence}") == []


def test_a_quotation_cut_off_at_the_end_of_an_excerpt_is_no_unit(units_of) -> None:
    assert units_of(f"{SPEAKER}これを市民運動的な、「緑") == []


def test_the_tail_of_a_sentence_cut_at_a_comma_is_no_unit(extract) -> None:
    units, _, _ = extract(f"{SPEAKER}地域の声を大事にしながら、職員の力を信じながら、")
    assert units == []


def test_an_unclosed_quotation_with_a_predicate_is_still_a_unit(units_of) -> None:
    assert units_of(f"{SPEAKER}「基地の県内移設を断念し、配備の撤回を強く求める") != []


def test_the_formal_explanatory_mono_de_arimasu_asserts(units_of) -> None:
    """`〜したものであります` explains how a matter stands in an assembly answer; a plain report of
    the speaker's own act (`〜を実施しました`) stays out."""
    assert [u.text for u in units_of("市長:大雪に備えて、除雪の体制を早めに整えたものであります。")] == [
        "大雪に備えて、除雪の体制を早めに整えたものであります"]
    assert units_of("市長:私たちは昨日、除雪の体制を整えました。") == []


def test_a_challenge_put_as_a_question_asserts_the_opposite(units_of) -> None:
    """`こんな予算で本当に〜できるんですか`: a doubting word and a modal core; the asker claims it cannot."""
    units = units_of("委員:こんな少ない人員で、本当に全部の橋を点検できるんですか。")
    assert [(u.role, u.type, u.polarity) for u in units] == [("claim", "evaluation", "neg")]
    assert "role:反語" in units[0].cues


@pytest.mark.parametrize("sentence", ["この補助金は来年も申請できるんですか。", "本当に来週から始まるんですか。"])
def test_a_plain_question_with_a_modal_or_a_doubting_word_alone_asks(units_of, sentence: str) -> None:
    assert units_of(f"委員:{sentence}") == []


def test_a_request_put_as_a_preface_is_no_unit(units_of) -> None:
    """`〜についてお伺いしたいんですけども、…`: the preface asks; the background after it stays."""
    units = units_of("記者:港の再開発についてお伺いしたいんですけども、工事の遅れを心配する声が上がっております。")
    assert [u.text for u in units] == ["工事の遅れを心配する声が上がっております"]


def test_a_hedge_that_frames_too_little_is_no_unit(units_of) -> None:
    assert units_of("大臣:へえそうなのかという感じですね。") == []
    assert units_of("大臣:地方の財政はかなり厳しいという感じですね。") != []


def test_a_list_of_names_is_no_unit(units_of) -> None:
    assert units_of("記者:出席者は、山田太郎議員、佐藤花子議員ほかです。") != []  # a topic: it says who attended
    assert units_of("記者:山田太郎議員、佐藤花子議員他です。") == []


def test_asking_for_a_few_words_is_a_request(units_of) -> None:
    """`一言お願いします`: the interviewer asks for words, no measure is demanded."""
    assert units_of("記者:最後に、視聴者の皆さんへ一言お願いします。") == []


def test_an_announcement_after_a_day_word_is_procedure(units_of) -> None:
    """`本日は私から一点、御報告がございます`: announces what comes next."""
    assert units_of("大臣:本日は私から一点、御報告がございます。") == []


@pytest.mark.parametrize("sentence", [
    "次に、公共交通の維持についてのお尋ねです。",
    "まず、学校給食の無償化に関する御質問でございます。",
    "財源は十分にあるのではないかという御質問でございます。",
    "次に、日程第３、請願第12号を議題といたします。",
    "本件は、委員会に付託いたします。",
    "審査の結果、本請願は不採択とすることに決定いたしました。",
])
def test_agenda_business_and_the_question_answered_are_not_units(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


def test_the_answer_after_naming_the_question_is_a_unit(units_of) -> None:
    units = units_of(f"{SPEAKER}公共交通についての御質問でございますが、路線の維持は欠かせません。")
    assert [u.text for u in units] == ["路線の維持は欠かせません"]


def test_asking_whether_a_course_is_allowed_challenges_it(units_of) -> None:
    units = units_of(f"{SPEAKER}住民に負担を強いる施設を誘致してよいのですか。")
    assert [(u.role, u.polarity) for u in units] == [("claim", "neg")]


def test_asking_leave_is_a_question(units_of) -> None:
    assert units_of(f"{SPEAKER}この薬は食後に飲んでもいいですか。") == []


def test_an_unclosed_rhetorical_question_is_no_headline(units_of) -> None:
    assert len(units_of("住民の声を聞かない計画はやめるべきではないか")) == 1


@pytest.mark.parametrize("headline", ["給食費の無償化、所得制限は撤廃すべき", "値上げは解決策ではない"])
def test_an_unclosed_headline_that_asks_nothing_stays_a_headline(units_of, headline: str) -> None:
    units = units_of(f"{headline}\n\n市は来年度から給食費を無償にする方針だ。")
    assert units and not any(u.text in headline for u in units)


@pytest.mark.parametrize("sentence", [
    "この答弁は、法改正を行わないという意味と理解してよいのでしょうか。",
    "現行の制度を維持するという認識でよいのですか。",
])
def test_a_question_confirming_an_understanding_asks(units_of, sentence: str) -> None:
    assert all(u.polarity == "pos" and "反語" not in " ".join(u.cues) for u in units_of(f"{SPEAKER}{sentence}"))


def test_someone_elses_question_named_in_a_clause_is_a_proposition(units_of) -> None:
    units = units_of(f"{SPEAKER}これは多くの市民の質問でありますが、市の答弁は不十分です。")
    assert [u.text for u in units] == ["これは多くの市民の質問でありますが、市の答弁は不十分です"]


@pytest.mark.parametrize("sentence", [
    "本案には賛同できませんので、反対の理由を申し上げます。",
    "この条例改正には賛成できませんので、以下その理由を述べます。",
])
def test_a_stance_given_as_the_reason_of_procedure_is_the_claim(units_of, sentence: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [u.role for u in units] == ["claim"]
    assert units[0].text.endswith("できませんので")  # the procedural main clause is no unit


def test_announcing_the_reasons_for_a_stance_is_procedure(units_of) -> None:
    assert units_of(f"{SPEAKER}反対の理由を申し上げます。") == []


@pytest.mark.parametrize(("sentence", "claim"), [
    ("保育料をもっと下げるべきではありませんか、伺います。", "保育料をもっと下げるべきではありませんか"),
    ("この計画は見直すべきではないでしょうか、お答えください。", "この計画は見直すべきではないでしょうか"),
])
def test_a_rhetorical_question_before_a_request_tag_is_a_claim(units_of, sentence: str, claim: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.text, u.polarity) for u in units] == [("claim", claim, "pos")]


@pytest.mark.parametrize(("sentence", "polarity"), [
    ("なぜこんなに工事が遅れているんですか。", "pos"),
    ("どうしてこれほど市民の負担が重いのですか。", "pos"),
    ("なぜ駅前の再開発は進まないのですか。", "neg"),
])
def test_asking_why_about_a_wrong_state_challenges_it(units_of, sentence: str, polarity: str) -> None:
    units = units_of(f"{SPEAKER}{sentence}")
    assert [(u.role, u.type, u.polarity) for u in units] == [("claim", "evaluation", polarity)]
    assert "role:反語" in units[0].cues


@pytest.mark.parametrize("sentence", [
    "なぜ市長は会見に出席したのですか。",
    "なぜこの土地を買うことができたのですか。",
])
def test_asking_why_about_a_plain_event_asks(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


@pytest.mark.parametrize("sentence", [
    "支援を拡充するお考えはないでしょうか、伺います。",
    "なぜこれほど多くの申請があったのですか。",
])
def test_a_genuine_question_stays_a_question(units_of, sentence: str) -> None:
    assert units_of(f"{SPEAKER}{sentence}") == []


def test_the_question_an_answer_takes_up_is_cut_off(units_of) -> None:
    units = units_of(f"{SPEAKER}議員の御質問でございますが、市としては慎重に検討してまいります。")
    assert [u.text for u in units] == ["市としては慎重に検討してまいります"]


@pytest.mark.parametrize("sentence", [
    "スピード感を持って取り組んでいただくよう要望して、次の質問に移ります。",
    "対策の強化を強く要望して、質問を終わります。",
])
def test_a_demand_made_on_the_way_out_is_a_claim(units_of, sentence: str) -> None:
    assert [(u.role, u.type) for u in units_of(f"{SPEAKER}{sentence}")] == [("claim", "normative")]


@pytest.mark.parametrize("sentence", [
    "本日の閣議では、災害対策基本法の改正案が決定されました。",
    "今日の閣議は、一般案件として外国首脳の訪問についてございました。",
    "あとは、国会提出案件で、質問主意書が沢山ありました。",
    "閣議では、来年度予算の概算要求基準について報告がありました。",
])
def test_an_account_of_the_cabinet_meeting_is_no_unit(units_of, sentence: str) -> None:
    """A press conference's account of what was on the cabinet's agenda is the session's business."""
    assert units_of(f"{SPEAKER}{sentence}") == []


@pytest.mark.parametrize("sentence", [
    "本日の閣議で決定された経済対策は不十分だと考えます。",
    "閣議決定の手続には問題がありました。",
])
def test_a_view_of_what_the_cabinet_did_stays_a_unit(units_of, sentence: str) -> None:
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


@pytest.mark.parametrize("sentence, expected", [
    ("いろいろな試算がありますけれども、景気が悪化すれば失業者は増えます。", ["景気が悪化すれば", "失業者は増えます"]),
    ("様々なご意見もございますが、この計画は予定どおり進めるべきです。", ["この計画は予定どおり進めるべきです"]),
    ("ほかの議員と質問が重複している部分もありますが、市の財政はもっと健全化すべきです。", ["市の財政はもっと健全化すべきです"]),
    # things of all kinds, not views: the existence is conceded (one claim)
    ("様々な支援策がありますが、利用は伸びていません。", ["様々な支援策がありますが、利用は伸びていません"]),
])
def test_a_preface_before_the_point_is_no_unit(units_of, sentence: str, expected: list[str]) -> None:
    """Views of all kinds exist (`いろいろな試算がありますけれども、`), the questions overlap: a preface."""
    assert [u.text for u in units_of(f"{SPEAKER}{sentence}")] == expected


@pytest.mark.parametrize("sentence", [
    "国と県の事業で重複している部分は整理すべきです。",          # a preface word inside a claim
    "質問の通告と重複する内容が多いのは問題です。",
    "閣議で決定された方針には多くの問題がありました。",          # a judgement of what the cabinet did
    "閣議で決定された予算案は、大変残念な内容でありました。",
    "話が飛躍しすぎていると思います。",                          # talk words inside a claim
    "国の根幹に関わる話になります。",
])
def test_business_and_preface_words_inside_a_claim_drop_nothing(units_of, sentence: str) -> None:
    assert len(units_of(f"{SPEAKER}{sentence}")) == 1


def test_asking_for_an_answer_on_the_way_out_is_still_procedure(units_of) -> None:
    assert units_of(f"{SPEAKER}最後に、市長に答弁をお願いして、私の質問を終わります。") == []


def test_turning_the_talk_back_is_procedure(units_of) -> None:
    assert units_of(f"{SPEAKER}話を戻します。") == []


@pytest.mark.parametrize("sentence, expected", [
    ("誰が言い出したのか分かりませんが、部長に直接連絡が入ったとは思えないです。", ["部長に直接連絡が入った"]),
    ("市長が何を考えているのか存じませんが、この計画は見直すべきです。", ["この計画は見直すべきです"]),
    # not knowing a reason that is itself the topic: kept with its point
    ("その理由は分かりませんが、利用者は減っています。", ["その理由は分かりませんが、利用者は減っています"]),
])
def test_not_knowing_an_answer_is_a_preface(units_of, sentence: str, expected: list[str]) -> None:
    assert [u.text for u in units_of(f"{SPEAKER}{sentence}")] == expected


LEAD = ("【インタビュー】港町の未来　水産会社社長・佐々木亮太さん\n\n"
        "宮城県の港町で水産会社を営んで30年。佐々木亮太さんは、養殖と観光を組み合わせた新しい事業で注目を集めている。"
        "以下は、ラジオ番組での対談の抄訳である。漁業の担い手は年々減っている。\n\n"
        "――新しい事業を始めたきっかけは何だったのでしょうか。\n\n")


def test_a_lead_that_presents_a_person_or_the_text_is_no_unit(units_of) -> None:
    """How long the person has worked, what they are known for, and that an excerpt follows: the
    narration presents; a fact about the world in the lead stays."""
    texts = [u.text for u in units_of(LEAD)]
    assert texts == ["漁業の担い手は年々減っている"]


@pytest.mark.parametrize("sentence", [
    "佐々木亮太さんは、養殖には将来性があると考えている。",   # a view reported with its frame
    "佐々木亮太さんは、行政の支援は明らかに足りないと話す。",
    "養殖を始めて30年の漁師でも、この冬の不漁には驚いたという。",  # no career fragment at the end
])
def test_a_view_in_the_lead_stays(units_of, sentence: str) -> None:
    assert units_of(f"【インタビュー】港町の未来\n\n{sentence}\n\n――きっかけは何ですか。\n\n") != []


def test_a_named_subject_in_a_text_without_labels_stays(units_of) -> None:
    """A text without labels is one speech: a named person it speaks of is what it argues about."""
    assert units_of("佐々木市長は、市民の声を聞かずに計画を押し進めている。") != []


def test_a_lead_judging_a_named_person_stays_a_claim(units_of) -> None:
    text = ("岸田首相の経済政策は、家計の実感とかけ離れている。村上花子さんは、離島医療で注目を集めている。\n\n"
            "聞き手：離島医療の課題は何ですか？\n村上：人手不足です。\n聞き手：解決策はありますか？\n村上：遠隔診療です。")
    texts = [u.text for u in units_of(text)]
    assert "岸田首相の経済政策は、家計の実感とかけ離れている" in texts
    assert not any(t.startswith("村上花子さんは") for t in texts)  # the profile of who speaks


def test_a_third_partys_schedule_is_reported(units_of) -> None:
    assert len(units_of(f"{SPEAKER}この道路は、来年度で国の補助が打ち切られる予定です。")) == 1


def test_knowing_only_part_is_no_preface(units_of) -> None:
    assert len(units_of(f"{SPEAKER}制度が複雑で、私には一部しか分かりませんが、現場は混乱しております。")) == 1
