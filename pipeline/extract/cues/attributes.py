"""Attributes: type (normative, causal, comparison, prediction, evaluation…), polarity and hedges."""
from __future__ import annotations

import re

from pipeline.extract.cues.words import (
    COGNITION_VERBS,
    COMMAS,
    DISAPPROVAL_IDIOMS,
    FEARED,
    REFUSALS,
)

__all__ = ["DEMONSTRATIVE_MODIFIERS", "HEDGE_KANA", "COMPARISON_WORDS", "NOT_COMPARISON",
           "COMPARISON_VERB_STANDARD", "COUNTED_PEOPLE_PREDICATES", "ANALOGY_MARKERS", "PATH_WORDS",
           "SPEECH_REFERENCE_BEFORE_YOUNI", "PREDICATE_ENDING_KANA", "NOT_ANALOGY_BEFORE_YOUNI",
           "EXAMPLES_BEFORE_YOUNI", "PREDICTION_MODALS", "NOT_PREDICTION", "ATTRIBUTIVE_AFTER_MODAL",
           "CHANGE_MARKERS", "CONDITION_MARKS", "REWORDING_VERBS", "MEANS_NOUN", "MEANS_PARTICLE",
           "MEANS_VERB", "FACT_FRAME_NOUNS", "ENABLED_ACT", "JUDGING_FRAME_VERBS", "NO_GROUND", "TIME_CUES",
           "CONDITION_CUE", "PROGRESSIVE_ENDING", "CAUSE_NAMED", "AGENDA_TOPICS", "CAUSAL_NOUNS",
           "FORMAL_COPULAS", "ONE_OF", "RELATIVE_SUBJECT_PARTICLES", "QUALITY_NOUNS", "MEASURE_ADJECTIVES",
           "REVEALING_LEMMAS", "REVEALING_VERBS", "ATTRIBUTIVE_MODAL", "NORM_IN_CIRCUMSTANCE",
           "REPORTED_NORM", "NOTHING_BUT", "CONFIRMED_TOPIC", "JUDGED_AS_FACT", "EVALUATIVE_PHRASES",
           "ONE_OPTION", "EXCESS_VERBS", "PURPOSE_NOUNS", "DOUBT_PREDICATE", "DOUBT_TAIL_CHARS",
           "NEGATED_AUXILIARY_LEMMAS", "OBLIGATION_HEADS", "GENERALISING_NOUNS", "OBLIGATION_LINKS",
           "ABOVE_ALL_WORDS", "ENDING_CHARS", "CHALLENGE_ENDINGS", "PERMISSION_CHALLENGE",
           "CONFIRMING_BEFORE_YOI", "CHALLENGE_WORDS", "CHALLENGE_MODAL_LEMMAS", "REASON_CHALLENGE_LEMMAS",
           "CHALLENGE_DEGREE_WORDS", "WRONG_STATE_WORDS", "SOFTENED_KA", "INTENT_AUXILIARY", "COMMITMENT",
           "CARRYING_ON", "CONDUCT_MANNERS", "CHANGE_VERBAL_NOUNS", "HUMBLE_GOING_VERBS", "GOING_VERBS",
           "HUMBLE_UNDERTAKING", "POLITE_MASU", "SURU", "COPULA_DA", "PURPOSE_YOU", "NO_UNDERTAKING_VERBS",
           "DEPARTMENT_SUFFIXES", "CHANGE_NOUN_SUFFIXES", "CONJECTURE_ENDING", "PAST_ENDINGS",
           "CHARACTERISING_MONO", "BECOMING_VERBS", "RESULT_PARTICLES", "FRAMED_MONO", "WISH_ENDINGS",
           "OBLIGATION_ARISING", "CAUSE_NOTHING_BUT", "POTENTIAL_AUXILIARIES", "SUPERLATIVES",
           "TOPIC_RANK_CUE", "CAUSAL_LINK_VERBS", "HARD_TO_SUFFIXES", "JUDGING_SUFFIX", "DEGREE_STANDARD",
           "COUNTER_TAG", "SETTING_PARTICLES", "SETTING_YOUNI", "NUMERAL_START", "AMOUNT_AFTER_HODO",
           "REQUEST_OF_OTHERS", "RANKED_ATTITUDE_VERBS", "LEADING_TO_VERBS", "GOAL_NI",
           "VERBAL_NOUN_NOUN_TAG", "NORM_TOPIC_WORDS", "CERTAINTY_TOPIC_WORDS"]

# Modifiers kept with a target noun across の (`これらの企業`, `すべての人`, `多くの企業`).
DEMONSTRATIVE_MODIFIERS = frozenset({"これ", "それ", "あれ", "これら", "それら", "すべて", "全て", "多く",
                                     "一部", "他", "ほか", "各国", "我々", "私たち"})

# `〜かなと思います`, `〜かなって`, `〜のかな`: spoken wondering softens the view (not `かなり`, `かなう`, `かなしい`).
HEDGE_KANA = re.compile(r"(?<![やらろさ\u3400-\u9fff])かな(?:ぁ|あ|ー)?(?=と(?!こ)|って|[、,，。？?！!…]|$)|(?<=[\u3400-\u9fff])かな(?:ぁ|あ|ー)?(?=と(?!こ)|って|[。？?！!…]|$)")

# Comparison with an explicit standard (matched on lemmas/surface in the span).
COMPARISON_WORDS = ("比べ", "比較", "最も", "もっとも", "一番", "同じくらい", "同程度", "上回",
                    "下回", "匹敵", "劣る", "勝る", "凌ぐ", "以上に")
# `もっともだ`, `もっともな懸念`: reasonable, no superlative (a copula or な follows the word).
NOT_COMPARISON = re.compile(r"もっとも(?:だ|です|で|な|でございます)")
# The standard of a comparison made by a verb: its object or its に-phrase (`Xを上回る`, `Xに匹敵する`).
COMPARISON_VERB_STANDARD = {verb: rf"([^、,，。をには]+?)(?:を|に){verb}" for verb in ("上回", "下回", "勝る", "凌ぐ")} | {
    "匹敵": r"([^、,，。をには]+?)に匹敵", "劣る": r"([^、,，。をには]+?)に劣る", "以上に": r"([^、,，。をには]+?)以上に"}
# After `〜方が`, these make `方` people (かた), not a side of a comparison (`選ぶ方がふえる`, `来られる方がいる`).
COUNTED_PEOPLE_PREDICATES = frozenset({"増える", "ふえる", "減る", "多い", "少ない", "いる", "いらっしゃる",
                                       "おる", "来る", "来られる", "見える", "出る"})

# Analogy: an explicit mapping from a source to a target domain.
# (`XのようなY` names an example of Y, not an analogy: it is an example cue.)
ANALOGY_MARKERS = ("のように", "と同じように", "と同様に", "と同様の", "と同じく", "のごとく",
                   "に似て", "に倣", "になぞら", *(f"{verb}ように{comma}" for verb in ("た", "だ") for comma in COMMAS))

# Words of the path itself, not of its owner (`Linuxの発展経路`: the source is Linux).
PATH_WORDS = frozenset({"かつて", "普及", "発展", "経路", "歴史", "成長", "進化", "変遷", "展開", "道"})
# `〜のように` that reports speech or refers to text, not an analogy.
# `〜が御指摘になったように`, `〜で説明したように`: a reference to what was said, not a mapping.
SPEECH_REFERENCE_BEFORE_YOUNI = re.compile(r"(?:指摘|説明|報告|答弁|発言|言及|紹介|お話し?|話し|申し|お答え|答え)"
                                           r"(?:に|を)?(?:なっ|され|し|いただい|頂い|させていただい|いたし|致し)?た?$")
# The last kana of a verb's or adjective's plain form (`好む`, `代わった`, `高い`): what precedes
# `のと同じように` is then a clause, and its source is what the verb governs.
PREDICATE_ENDING_KANA = "うくぐすつぬぶむるたい"

NOT_ANALOGY_BEFORE_YOUNI = ("こ", "そ", "あ", "ど", "次", "以下", "上記", "前述", "言った", "言う", "述べた", "述べ",
                            "にあった", "にもあった", "であった", "でもあった", "ありました", "ございました",
                            "示した", "申し上げた", "ご存じ", "ご存知", "知って", "周知", "おっしゃった",
                            # `毎日のように`: nearly every day, a frequency
                            "毎日", "毎朝", "毎晩", "毎週", "毎月", "毎年", "毎回", "連日")
# `医療や金融のように人命に関わる分野は`, `図書館などのように`: examples listed at the span's opening before
# `のように` name members of the kind that follows, not a source domain mapped onto a target; after a
# subject (`AIエージェントは…メールやソーシャルアカウントのように`) they are the source of an analogy.
EXAMPLES_BEFORE_YOUNI = re.compile(r"^[^、,，。をがはにで]{1,12}(?:や|とか)[^、,，。をがはにで]{1,12}$"
                                   r"|^[^、,，。をがはにで]{1,12}(?:など|等)$")

# Predictions need a future or modal marker: a modal (`だろう`, `見込み`), or a change or action
# (`〜になる`, `〜が形成される`) with a time cue (`今後`, `来年`) or under a belief frame (`〜と思う`).
# (`でしょうか` asks, `いずれの` means "each": neither predicts.)
# `場合によっては〜してしまう`: what may happen in some cases is foreseen.
PREDICTION_MODALS = ("あろう", "はずだ", "はずです", "はずであ", "だろう", "でしょう", "見込み", "見込ま", "予測", "予想",
                     "に違いない", "可能性", "機会がある", "あり得", *FEARED, "将来", "場合によっては",
                     "ことになる", "ことになり", "かねな", "かねませ",
                     "危険性があ", "危険性が高", "リスクがあ", "リスクが高",
                     # what is plain to foresee (`〜ことは目に見えています`)
                     "ことは目に見えて", "のは目に見えて")
NOT_PREDICTION = ("でしょうか", "だろうか")
ATTRIBUTIVE_AFTER_MODAL = ("の", "への", "に向け",  # `将来への投資`, `見込みの数字`: the modal word names a noun
                           # `将来を見据えた施策`: the future as what a measure looks to describes the measure
                           "を見据え", "を見越し", "を見通し", "を展望し")
CHANGE_MARKERS = ("ようになる", "ようになり", "になる", "となる", "となり", "になり", "なくなる", "なくなり")
TIME_CUES = re.compile(r"今後|将来|いずれ(?![のもか])|これから|来年|来月|来週|年後|年以内|までに|やがて|次第に|ますます"
                       r"|そのうち|いつか|早晩|この先|このまま(?:では|だと|いけば)")
# `〜を例外にする理由にはならない`: judged no ground for something, an evaluation and no event foreseen
# (なる here is a copula of judgement, not a change).
NO_GROUND = re.compile(r"(?:理由|根拠|言い訳|口実|免罪符)(?:に(?:は|も)?|とは|とも)(?:ならな|なりませ|なり得な|なりえな)")
# `〜であると評価いたします`: a frame that judges makes its plain complement an evaluation.
JUDGING_FRAME_VERBS = frozenset({"評価"})
CONDITION_CUE = "条件"  # a condition clause before a change or action stands in for a time cue
# The marks of a condition clause kept inside a unit (`廃止されれば、`, `値上げしたら、`, `委託なら、`), and
# verbs that with them give a viewpoint or a rewording, no condition (`言い換えれば`, `振り返れば`).
CONDITION_MARKS = ("ば", "たら", "なら")
REWORDING_VERBS = frozenset({"言う", "いう", "言い換える", "振り返る", "比べる", "比較", "踏まえる"})
# A means clause (`〜することで`, `〜することにより`) stands in for a condition as well.
MEANS_NOUN, MEANS_PARTICLE, MEANS_VERB = "こと", "で", "よる"
# The type cue's mark for what a condition or means makes possible (`〜することができる`): foreseen, but no
# warning of harm that a demand answers.
ENABLED_ACT = "できる"
# `〜のは難しいのが現実です`: a noun of fact with a `のが` clause as its subject sums that clause up; the
# clause's own predicate says what kind of statement it is.
FACT_FRAME_NOUNS = frozenset({"現実", "実情", "実態", "現状", "事実"})

PROGRESSIVE_ENDING = re.compile(r"(て|で)(い|お)[るます]|(て|で)おり|(て|で)(い|お)(ない|ません|りません)|つつあ")

# `赤字の主な要因は、〜の減少であります`, `減っているのは、〜によるものです`: a cause named as what the topic
# is (a copula ends the span: `原因は分かっていません` names none), or as what a described event comes from.
# A topic that names an agenda item (`本日のテーマは、目指すべき社会の姿です`): what follows names, it obliges nothing.
AGENDA_TOPICS = frozenset({"テーマ", "議題", "論点", "目的", "狙い", "趣旨", "題目"})
# One cause among others counts (`原因の一つは〜`), and a cause said to lie in something (`〜ことにあります`).
CAUSE_NAMED = re.compile(r"(?:(?:要因|原因)(?:の(?:一つ|ひとつ|１つ|1つ))?は[、,，]?"
                         r"(?![^。]*(?:不明|調査中|未定|分析中|確認中|様々|さまざま|複数|特定))[^。]+"
                         r"|のは[、,，]?[^。]+によるもの)(?:です|である|であります|でございます|だ|にあります|にある|にございます)$")
# (`原因は、現在調査中です`, `原因は不明であります`, `原因はさまざまです` name no cause)

# `〜が〜を膨らませた要因だ`: a predicate noun that names a cause.
CAUSAL_NOUNS = frozenset({"要因", "原因", "一因", "せい", "おかげ", "理由"})
FORMAL_COPULAS = frozenset({"ござる", "御座る"})  # `〜が主な要因でございます`: で + ござる is the copula

# `有力な選択肢の一つだ`: one of a kind; what judges it stands on the kind (`有力な選択肢`).
ONE_OF = frozenset({"一つ", "ひとつ", "１つ", "1つ", "一部", "一環"})
# `所得の低い世帯`: a subject with の inside a noun modifier makes the adjective name a kind (a が there
# is often the sentence's own subject: `カジノが有力な手段だ`).
RELATIVE_SUBJECT_PARTICLES = frozenset({"の"})
# Nouns whose degree is a judgement (`質の高い`, `意義の大きい`): with them a measure adjective judges.
QUALITY_NOUNS = frozenset({"質", "品質", "価値", "意義", "効果", "評価", "人気", "信頼", "水準", "性能", "効率", "意味"})
# Adjectives of measure (`所得の低い`, `規模の大きな`, `人口の多い`): with a subject of their own they classify.
MEASURE_ADJECTIVES = frozenset({"低い", "高い", "大きい", "大きな", "小さい", "小さな", "多い", "少ない", "長い", "短い",
                                "広い", "狭い", "若い", "古い", "新しい", "重い", "軽い", "遠い", "近い"})
# `〜がデータから明らかになっている`, `〜を明らかにする`: with に and a verb of becoming or doing it
# reports that something came to light or is brought to light; no judgement.
REVEALING_LEMMAS = frozenset({"明らか"})
REVEALING_VERBS = frozenset({"なる", "成る", "する", "為る", "いたす", "致す"})
# `あるべき姿`, `進むべき方向`: べき before a noun describes, it does not oblige.
ATTRIBUTIVE_MODAL = "べき"

# `〜考えていかなければいけない中で、…うれしいことだ`: a norm inside the circumstance `〜中で` sets the scene
# for the main predicate, it obliges nothing.
NORM_IN_CIRCUMSTANCE = re.compile(r"^[^、,，。]{0,4}?(?:中|なか)(?:で|に)")
# `〜を優先すべきだという意見`: a norm others voice, reported; it is not the holder's own.
REPORTED_NORM = re.compile(r"^[^、,，。]{0,4}(?:という|との)(?:意見|声|指摘|批判|要望|要求|主張|見方|議論)")

# Evaluations through a negated understanding (looked for in the span's last EVALUATIVE_TAIL_CHARS) (`理解に苦しむ`, `意味が分からない`).
# `〜にほかなりません`, `〜にすぎない`: their negation affirms (nothing but X); `〜を狙ったものではない` still negates.
NOTHING_BUT = ("にほかならな", "にほかなりませ", "に他ならな", "に他なりませ", "にすぎな", "にすぎませ", "に過ぎな", "に過ぎませ")
# `〜していないのは御指摘のとおりです`, `〜がないことは事実です`: the predicate only confirms the proposition in
# the topic before it; that proposition's own predicate decides the polarity.
CONFIRMED_TOPIC = re.compile(r"^(?:[^、,，。]{0,8}?(?:御|ご)?(?:指摘|承知|説明|質問|答弁)の|おっしゃる|お話の)?"
                             r"(?:とおり|通り|事実|確か|間違いない|間違いありません|間違いございません)"
                             r"(?:です|でございます|であります|だ|である)?$")
JUDGED_AS_FACT = (*NOTHING_BUT, "を狙ったもの", "をねらったもの", "を狙うもの", "を意図したもの")

EVALUATIVE_PHRASES = ("理解に苦しむ", "分からない", "わからない", "分かりません", "わかりません", "理解できない",
                      "理解できません", "納得できない", "納得できません", "納得しがたい", "納得しづらい",
                      # negated judgements: not a fact, whatever amount they mention (`到底同意できません`)
                      *REFUSALS, "場合ではな", "場合ではありませ", "とは言えな", "とは言えませ", "とはいえな", "とはいえませ", *DISAPPROVAL_IDIOMS,
                      # too little (`まだ足りません`; `在庫は足りております` reports)
                      "足りな", "足りませ", "足りていな", "足りておりませ",
                      # unsuited or pointless (`〜にはなじまない`, `形だけでは意味がありません`)
                      "なじまな", "なじみませ", "馴染まな", "馴染みませ", "意味がな", "意味はな", "意味がありませ",
                      "意味はありませ", "意味をなさな", "意味を成さな", "避けて通れな", "避けては通れな",
                      # judgements worded as facts: what a thing amounts to or aims at (`〜の押しつけにほかなりません`,
                      # `〜を狙ったものです`) characterises it, whatever amount it mentions
                      *JUDGED_AS_FACT,
                      # timely or apt (`時宜を得た対応だ`, `的を射た指摘です`): idioms of approval
                      "時宜を得", "時宜にかな", "時宜に適", "当を得", "的を射", "的を得")
# `〜も一つの選択肢だ`, `選択肢の一つです`: judged an acceptable way, a view one could dispute.
ONE_OPTION = re.compile(r"(?:一つ|ひとつ|１つ|1つ)の(?:選択肢|考え方|方法|手段)|(?:選択肢|考え方|方法|手段)の(?:一つ|ひとつ|１つ|1つ)")

# `厳しすぎる`, `遅すぎた`: too much of a quality or an act is a judgement (`〜にすぎない` is no excess: に before).
EXCESS_VERBS = frozenset({"すぎる", "過ぎる"})
# `〜を守るための大きな一歩`: a purpose noun before a measure adjective is no subject that makes it classify.
PURPOSE_NOUNS = frozenset({"ため", "為"})

# `住み続けにくい`, `使いづらい`: what is hard to do is judged (as `難しい` is), the suffix after the predicate;
# in a frame (`〜とは考えにくい`) it denies.
HARD_TO_SUFFIXES = frozenset({"にくい", "づらい", "がたい", "難い"})
# `〜のは現実的ではありません`, `〜が合理的だ`: a `〜的` noun that can be a na-adjective, as the predicate, judges.
JUDGING_SUFFIX = "的"  # (with spans.ADJECTIVAL_NOUN_TAG: a noun that can be a na-adjective)
# `〜なのか、疑問を感じております`, `〜には疑問があります`: a doubt voiced about the matter denies it.
DOUBT_PREDICATE = re.compile(r"疑問(を|に)(感じ|思|持)|疑問(が|も)(あり|残|ござ)")
DOUBT_TAIL_CHARS = 16

# An auxiliary bunsetu (`ありません`) negates the one before it too.
NEGATED_AUXILIARY_LEMMAS = frozenset({"ある", "いる", "ない"})
# An obligation (`〜なければ|なりません`, `〜ては|いけない`, `〜と|だめだ`) ends in a bunsetu of its own:
# its head word and the particle before it.
OBLIGATION_HEADS = frozenset({"なる", "いける", "いく", "だめ", "駄目"})
# `〜しないものです`, `〜ないわけです`: a generalising noun and its copula; the verb before it is negated or not.
GENERALISING_NOUNS = frozenset({"もの", "物", "わけ", "訳"})
OBLIGATION_LINKS = frozenset({"ば", "は", "と", "ちゃ", "じゃ", "なきゃ", "なくちゃ"})  # `変えなきゃ|いけない`

ABOVE_ALL_WORDS = frozenset({"何", "なに", "なん"})  # `何より(も)`: above all, no standard of comparison

# The tail of a span, in characters, where causal and progressive endings are looked for.
ENDING_CHARS = 8

# A challenge put as a question (`こんなことで〜を実現できるんですか`, `本当にそれで足りるのですか`):
# a `〜のですか` question with a word that doubts (CHALLENGE_WORDS) and a modal, negative or
# evaluative core asserts the opposite; a plain `〜できるんですか` asks.
CHALLENGE_ENDINGS = ("のですか", "んですか", "んですかね")

# `〜を誘致してよいのですか`: asking, in the formal よい, whether a course is allowed challenges it (a plain
# `〜してもいいですか` asks leave).
PERMISSION_CHALLENGE = re.compile(r"(?:て|で)よい(?:の|ん)(?:ですか|でしょうか|か)$")
# `〜と理解してよいのでしょうか`, `〜という認識でよいのですか`: a question that confirms an understanding asks.
CONFIRMING_BEFORE_YOI = re.compile(r"(?:理解|解釈|認識|受け止め|考え|捉え|とらえ)(?:し|て|で|を)*(?:て|で)よい(?:の|ん)")
CHALLENGE_WORDS = ("こんなこと", "そんなこと", "こんな程度", "そんな程度", "これで本当", "それで本当", "本当に", "一体", "果たして",
                   "これでは", "それでは本当")
CHALLENGE_MODAL_LEMMAS = frozenset({"できる", "出来る", "得る", "える", "べし", "ない", "ぬ", "ず"})

REASON_CHALLENGE_LEMMAS = frozenset({"ない", "ぬ", "ず"})
CHALLENGE_DEGREE_WORDS = ("こんなに", "これほど", "それほど", "そんなに", "あんなに", "ここまで")
# With a degree word, a state that is wrong in itself makes `なぜ` a reproach (`なぜこんなに遅れているのか`).
WRONG_STATE_WORDS = ("遅れ", "遅い", "滞", "悪化", "膨ら", "放置", "後回し", "高騰", "重い", "高い", "少ない", "足りな", "不足")

# `〜が必要かと考えております`: a view put softly, not a question, unless a question word asks
# (`どうなるのかと思う`).
SOFTENED_KA = "か"


# The speaker's intentions, wishes and commitments are normative (`〜を進めたい`, `〜てまいります`,
# `所存`, `〜していただきたい`, `〜てほしい`, `〜よう希望します`, `〜しよう`); a third party's wish is reported fact.
INTENT_AUXILIARY = "たい"
# (A request that others act, `〜てほしい`, `〜ていただきたい`, `〜てください`, is REQUEST_OF_OTHERS, read first.)
COMMITMENT = re.compile(r"所存|(て|で)いければ|よう(に)?(希望|要望|お願い)"
                        r"|を(強く|重ねて|改めて|ぜひ|是非)?(希望|要望|要請|要求)(し|いた|致|申し上げ)|望まれ|(しよう|ましょう|ていこう)$"
                        # a duty named, also as one of several or the very one (`〜ことも市の責任だ`, `〜ことこそ役割です`),
                        # with or without a comma after the particle (`〜ことが、行政の責任です`)
                        r"|(?<![たただ])こと(が|も|こそ)[、,，]?[^、,，。]{0,8}(責任|責務|役割|使命)"
                        # a proposal or demand in the speaker's own voice (`〜の値下げを提案いたします`)
                        r"|提案(いた|致)?し(ます|たい)$|提案申し上げ(ます|たい)$|を(強く)?求め(ます|たい)$"
                        # a request for a measure (`対策をお願いします`) and an answer's undertaking
                        # (`予算の中で検討いたします`, `全力で取り組みます`)
                        r"|を(ぜひ|是非|強く)?お願い(します|いたします|致します|申し上げます)$"
                        r"|(検討|対応|努力|善処)(を)?(いた|致)?し(ます|たい)$|(取り組み|努め)(ます|たい)$"
                        # a policy or an intention announced (`〜を整える方針でございます`, `〜を見直す考えです`)
                        r"|[うくぐすつぬぶむる](方針|考え)(です|でございます|であります|だ)$")
# A request that others act (`国にはもっと理解してほしい`, `〜と決めつけないでほしい`, `市に整備していただきたい`)
# names another doer by its nature: whoever is the subject of a clause inside it, the request is the speaker's.
# A demand made in the speaker's own voice that others act (`市は〜を示すよう強く求めます`, `〜を継続するよう
# 要請いたします`) is one too; `〜よう求めています`/`求めました` report someone's demand, and so does a request
# quoted (`「〜してほしい」との声`), named as a voice (`〜してほしいという声`, VOICE_AFTER_IU) or framed as what
# someone else says or thinks (`子どもたちは〜してほしいと話していました`).
REQUEST_OF_OTHERS = re.compile(r"(て|で)(ほし|欲し)(い|く)|(て|で)いただ(きたい|ければ)|(て|で)(ください|下さい)$"
                               r"|よう(に)?(強く|重ねて|改めて|ぜひ|是非)?(求め(ます|たい|る)|(要請|要求)(いた|致)?し(ます|たい))$")
# `〜を進めてまいります`, `変えるところは変えていく`: carrying an act on is the speaker's undertaking, unless
# the verb has a subject that is no person (`人口が減ってまいります`, `税金が消えていきます`: a change foreseen).
# `〜を延長いたします`, `担当課が点検いたします`: a humble act in the non-past is the speaking side's own
# undertaking, whoever of that side does it; `〜を新たに設けます`: a plain act done to something, announced.
HUMBLE_UNDERTAKING = re.compile(r"(いた|致)します$")
POLITE_MASU = "ます"
SURU = "する"
COPULA_DA = "だ"  # the lemma of the で in `〜ではございません`
PURPOSE_YOU = "よう"
NO_UNDERTAKING_VERBS = frozenset({"感謝", "お礼", "御礼", "失礼", "拝察", "恐縮", "安堵", "賛同", "共感",
                                  "危惧", "懸念", "反省", "心配", "憂慮", "危機感"})
# the offices through which the speaking side acts (`担当課が点検いたします`, `教育委員会が`)
DEPARTMENT_SUFFIXES = ("課", "局", "部", "室", "係", "班", "委員会", "事務所", "センター")
# `〜の活性化につながる`, `効率化`, `〜の重要性`: nouns of change GiNZA tags as plain nouns name an event too
CHANGE_NOUN_SUFFIXES = ("化",)
# `確実に審査いたします`, `速やかに対応いたします`: manners of deliberate conduct, said only of an act
# someone carries out (a change by itself is not done `丁寧に`).
CONDUCT_MANNERS = frozenset({"確実", "速やか", "直ち", "迅速", "適切", "厳正", "丁寧", "着実", "誠実", "真摯",
                             "全力", "万全"})
# verbal nouns of a change that happens (`悪化`, `増加`): `確実に悪化いたします` foresees it, nobody carries it out
CHANGE_VERBAL_NOUNS = frozenset({"悪化", "増加", "減少", "低下", "上昇", "拡大", "縮小", "進行", "発生", "深刻化",
                                 "長期化", "高齢化", "減退", "衰退", "変化"})
# `〜てまいります`: the humble going-on verb, said of the speaker's side only.
HUMBLE_GOING_VERBS = frozenset({"まいる", "参る"})
CARRYING_ON = re.compile(r"(て|で)まいり(ます|たい)|(て|で)(いき(ます|たい)|いく)$")
GOING_VERBS = frozenset({"いく", "行く", "まいる", "参る"})
# `〜が遅れるのではないでしょうか`, `〜んじゃないかな`: a conjecture put as a question believes its
# proposition as a frame of thinking does; the verb before it is judged without it.
CONJECTURE_ENDING = re.compile(r"(?:の|ん)(?:では|じゃ)ない(?:か|かな|でしょうか|だろうか|ですか)?$")
PAST_ENDINGS = ("た", "だ")  # what is left before a conjecture: `遅れた`, `読んだ` (a past event)
# `子育て支援の大きな柱となるものである`: a change verb before もの and a copula characterises; it foresees nothing.
CHARACTERISING_MONO = re.compile(r"(?:になる|となる)もの(?:で|だ)")
# `〜の大きな柱となる`: what a thing becomes is predicated of it as a copula predicates a noun.
BECOMING_VERBS = frozenset({"なる", "成る"})
RESULT_PARTICLES = frozenset({"に", "と"})
# `〜につながるものと考えております`: a verb before a closing もの under a frame is the predicate.
FRAMED_MONO = frozenset({"もの", "物"})
# `〜できれば(と思います)`: a wish under a frame.
WISH_ENDINGS = ("れば", "ければ", "たら")

# An obligation that comes about (`〜しなければならなくなります`) is foreseen, not imposed.
OBLIGATION_ARISING = re.compile(r"(?:なければ|なくては|ねば)(?:なら|いけ)なくな|ざるを得なくな|ざるをえなくな")

# `減っているのは、〜が伸びていないからにほかなりません`: nothing but a cause is a cause named.
CAUSE_NOTHING_BUT = re.compile(r"(?:から|ため)に(?:ほか|他)(?:ならない|なりません|ならず)$")

# The potential auxiliary after a verb (`対応できる`): an ability, a state.
POTENTIAL_AUXILIARIES = frozenset({"できる", "出来る"})

# `私が一番心配しているのは、〜ことです`: a superlative inside a `〜のは` topic ranks what the speaker names
# among their own concerns; it compares nothing stated, and the naming judges it (an evaluation).
SUPERLATIVES = frozenset({"最も", "もっとも", "一番"})
# `大切なのは、〜ことです`: a topic of what matters names a duty (as `〜ことが大切` does), no judgement of a fact;
# `心配なのは`, `問題なのは` judge what follows.
CERTAINTY_TOPIC_WORDS = frozenset({"確か", "明らか", "確実", "間違いない", "明白"})  # `確かなのは`: a fact presented
NORM_TOPIC_WORDS = frozenset({"大切", "重要", "大事", "必要", "肝要", "肝心", "不可欠"})
# What such a topic ranks: the speaker's thoughts and judgements (`一番心配している`, `最も評価している`), or
# what they want (`一番取り組みたい`, `最も申し上げたい`: たい); `最も多いのは`, `最も利用されているのは`,
# `最も多く発言したのは` rank measured things, a comparison.
RANKED_ATTITUDE_VERBS = COGNITION_VERBS | frozenset({"評価", "重視", "注目", "危惧", "憂慮", "恐れる", "重んじる"})
# `以前ほど多くありません`, `私たちの頃ほど関心がない`: a noun before `ほど` and a negated predicate is the
# standard of a comparison; after an amount (`一割ほど`, `100万円ほど`) ほど is only about.
DEGREE_STANDARD = "ほど"
COUNTER_TAG = "助数詞"
NUMERAL_START = re.compile(r"^[0-9０-９〇一二三四五六七八九十百千万億]")  # `十人` (tagged a place name at times)
AMOUNT_AFTER_HODO = frozenset({"しか"})  # `十人ほどしかいません`: only about so many
# `隣町のように、バスが廃止された地域では〜`: a `のように` before a setting noun its clause describes
# (a noun and では) names one of the places meant, an example and no analogy.
SETTING_PARTICLES = (("で", "は"), ("に", "は"), ("で", "も"))
SETTING_YOUNI = "のように"
TOPIC_RANK_CUE = "主題の最上級"

# `〜の廃止が外出機会の減少につながった`, `〜が収益の悪化を招いている`: a thing or an event that led or
# leads to another, a causal explanation (its plain non-past is foreseen first: `〜につながります`).
# So do verbs of harm or making done by no person (`長時間労働が健康を損なっている`, `〜ことが山を荒らす`).
CAUSAL_LINK_VERBS = frozenset({"つながる", "繋がる", "招く", "もたらす", "引き起こす", "起因", "誘発",
                               "縮める", "荒らす", "損なう", "歪める", "蝕む", "生む", "生み出す"})
# `つながる` leads to an event (its goal marked に: a verbal noun, `減少に`, or `〜ことに`); `駅とつながる`,
# `隣の市につながる` join places.
LEADING_TO_VERBS = frozenset({"つながる", "繋がる"})
GOAL_NI = "に"
VERBAL_NOUN_NOUN_TAG = "名詞-普通名詞-サ変"  # `減少`, `悪化`, `活性化` (サ変可能, サ変形状詞可能)
