"""Roles: which units are premises (facts an argument rests on) and which are claims."""
from __future__ import annotations

import re

__all__ = ["JUDGING_EXISTENCE_NOUNS", "EXISTENCE_KOTO_CHARS", "GROUND_CUE", "DOUBT_PHRASES",
           "HEARSAY_ENDINGS", "WRITTEN_REPORT", "MOTION_VERBS", "HUMBLE_PREFIXES", "ONGOING_MEASURE",
           "ONGOING_STANCE", "ONGOING_STANCE_CUE", "DECISION_FRAME", "DECISION_CUE", "HEARSAY_FRAME",
           "DECISION_ANNOUNCED", "THEN_WORDS", "DECISION_ANNOUNCED_CUE", "EXCLAMATORY_ADVERBS", "EXCLAMATION_CUE",
           "PAST_FAILING", "EMPHATIC_NEGATION", "PAST_FAILING_CUE", "FINDING_VERBS", "OWED_ACTS",
           "CRITICAL_VERBS", "MANY_WORDS", "TIME_POINT_WORDS", "PROGRESSIVE_AUXILIARIES", "DATED_ACT_ENDING",
           "IMMINENT", "MEASURE_NOUNS", "DESCRIPTION_ENDING", "CONTENTS_PASSIVE", "CONTENTS_CUE",
           "POLITE_EXISTENCE_VERBS", "EXISTENCE_SUBJECT_PARTICLES", "CITED_FIGURES", "CITED_FIGURES_CUE",
           "PAST_CAUSE_CUE", "PASSED_ON_FRAME", "FINDING_NOUNS", "PLURAL_SUFFIXES", "RECURRENCE_WORDS",
           "GOING_ON", "HABITUAL_CUE", "NEARLY_NOUN", "POSSESSIVE_NO", "VAGUE_DEGREE_WORDS",
           "MEASURED_COMPARISON_CUE", "DRAWN_CONCLUSION", "WRONGDOING_NOUNS", "SPEAKERS_BODIES", "DUTY_NOUNS",
           "ACCEPTING_VERBS", "FORECAST_BECOMING", "JUDGING_MANNER", "REASON_GIVEN", "REASON_GIVEN_CUE",
           "EXPLAINED_NAMED", "SITUATING_TOPIC", "SITUATED_FACT_CUE", "SITUATED_COPULAS", "EASE_SUFFIX_TAG"]

# `市内の小中学校では、〜が残されています`, `高齢の方の中には、〜方もいらっしゃいます`: a sentence that opens by
# setting where (or among whom) what it says holds, and then tells what happens or exists there with a
# plain verb, describes a state of affairs: the background an argument rests on. `私の見方では` sets a view.
SITUATING_TOPIC = re.compile(r"^[^。、,，]{2,40}(?:では|において|におきましては|の中には|の中でも)[、,，]")
SITUATED_FACT_CUE = "場面を限った事実"
# `〜では、〜が課題です`: a copula after the verb makes the sentence a judgement of the place, not a report.
SITUATED_COPULAS = frozenset({"だ", "です", "である"})
# `言いづらい`, `使いにくい`, `しやすくなっています`: an adjectival suffix on a verb judges how hard or easy it is.
EASE_SUFFIX_TAG = "接尾辞-形容詞的"

# `A。Bからです。`: a sentence that only ends in a reason gives the reason for the sentence before it, a
# premise (as after `なぜなら`); one that names what it explains (`それは〜からです`, `〜したのも、〜ためです`)
# puts the explanation forward, a causal claim.
REASON_GIVEN = re.compile(r"(から|ため)(です|だ|である|であります|でございます|なんです|なのです)$")
REASON_GIVEN_CUE = "理由の文"
EXPLAINED_NAMED = re.compile(r"^(これ|それ|このこと|そのこと)(は|も)|の(は|も)")  # `〜のは(、)…からです`

# `〜という考えに変わりはありません`, `異論はない`, `改善の余地がある`: existence of these judges the matter,
# it is a claim and no fact about what exists.
JUDGING_EXISTENCE_NOUNS = frozenset({"変わり", "異論", "異存", "余地", "限界", "矛盾", "無理", "疑い", "疑義",
                                     "問題点", "落ち度", "非", "誤り", "責任",
                                     # a need that exists or not is a norm (`〜する必要はありません`)
                                     "必要", "必要性",
                                     # a risk that exists is a forecast (`〜が漏れる危険性があります`)
                                     "危険性", "危険", "おそれ", "恐れ", "リスク", "懸念",
                                     # what cannot fail to be (`できないはずはありません`) is held, a claim
                                     "はず", "筈"})
# the particles after what an existence verb says exists (`余地が`, `おそれさえ`, `懸念すら`)
EXISTENCE_SUBJECT_PARTICLES = ("は", "が", "も", "さえ", "すら", "まで")
# `〜することはありません` denies an event: こと this close to the end is no existence statement.
EXISTENCE_KOTO_CHARS = 10

# A statement so named (`説明会が行われるということで、`, `手続も多いということで、`) is the ground of what
# follows, a premise; a norm so named (`〜してはならないということで、`) stays the speaker's claim.
GROUND_CUE = "前提の提示"

# `〜億円が必要だとは思えない`: a doubt the speaker voices, whatever amount it mentions, is no fact.
DOUBT_PHRASES = ("とは思えな", "とは思えませ", "とは考えられな", "とは考えられませ", "とは考えにく")
# Hearsay (`〜とのことです`, `〜との声もありました`): what the speaker passes on is a premise.
# `〜という旨の答弁であります`: a reply summed up as a report; `〜との声が上がっております`: voices raised.
HEARSAY_ENDINGS = re.compile(r"(とのこと|という話|との話|旨)(です|でした|であります|でございます|だ)?$"
                             r"|旨の(答弁|発言|説明|回答|報告)(です|でした|であります|でございます|だ)$"
                             r"|(声|指摘|意見|報告)(も|が)(ありました|ございました|出ております|あります)$"
                             # `〜という意見も出ていますが、…`: a voice passed on as a preface to a question
                             # (`〜という声が私どものところにも多く寄せられております`: to whom, and how many, between)
                             r"|(声|指摘|意見|批判)(も|が)[、,，]?[^、,，。]{0,12}(上がって|寄せられて|出て|いただいて|頂いて|届いて)"
                             r"(い|お)(る|ます|ります)(が|けれども|けども|けど)?$"
                             # `〜という声も聞かれました`: voices heard
                             r"|(声|意見)(も|が)(聞かれ|聞こえ)(ます|ました|る|た|て(い|お)(る|ます|ります))$"
                             r"|(指摘|報道|報告)(を)?され(て(い|お)(る|ります|ます))?$"
                             # `〜と報じられています`: passed on, nobody's view
                             r"|と報じられて(い|お)(る|ります|ます)$"
                             )
WRITTEN_REPORT = re.compile(r"(と|に)(書い|書かれ|記され|記載され|明記され)て(あ|い|お)(る|ります|ます)$")

# `〜への支援をお願いをしているところでございます`: what the speaker's side is doing now, reported (an
# action verb before `〜ているところです`; `期待しているところです` is a view).
# `〜の下地を果たしながら、今来ているところです`: where things have come to, a view of progress, no act.
MOTION_VERBS = frozenset({"来る", "くる", "行く", "いく"})
HUMBLE_PREFIXES = frozenset({"お", "ご", "御"})  # `お願いする`, `ご説明する`: the humble form of an act
ONGOING_MEASURE = re.compile(r"(て|で)(い|お)るところ(です|でございます|であります|だ)$")

# `国に〜の見直しを求めているところです`: a demand the speaker's side keeps making is its stance, no
# measure under way (ONGOING_MEASURE).
ONGOING_STANCE = re.compile(r"(求め|訴え|(?:主張|要望|要求|要請|反対|提案|提言|申し入れ)(?:を)?し)(て|で)(い|お)るところ"
                            r"(です|でございます|であります|だ)$")
ONGOING_STANCE_CUE = "続けている主張"  # its role cue: a claim, whatever quantity or subject it names
# `〜ということとしておりまして、…`, `〜ということでスタートいたしましたが、…`: a frame that reports what the
# speaker's side decided or began, and goes on to what rests on it: background, a fact. A decision that ends
# the sentence (`〜を講じることとしております。`) is the commitment put forward; `〜ということでスタートしたい`
# is an intention still.
DECISION_FRAME = re.compile(r"^(?:という|との)?こと(?:と|に)(?:して|いたして|致して)(?:おり|い)(?:まして|て)$"
                            r"|^(?:という|との)ことで(?:スタート|開始|始め|出発)(?:を)?(?:し|いたし|致し)?(?:ました|た)"
                            r"(?:が|けれども|けど|[、,，])?$")
DECISION_CUE = "決定の事実"
# `〜を創設することといたしました。`: a decision that ends its sentence is the commitment put forward, in the past
# form as in `〜を講じることとしております。`; no event the argument rests on.
DECISION_ANNOUNCED = re.compile(r"ことと(?:し|いたし|致し)(?:ました|た)$")
# `当時`, `かつて`: a decision of another time is an event told
THEN_WORDS = ("当時", "かつて", "以前", "前の")
DECISION_ANNOUNCED_CUE = "決定の表明"
# A frame that passes on what was heard (`〜と報告されているということです`): the unit is hearsay.
HEARSAY_FRAME = re.compile(r"^(?:という|との)こと(?:です|でした|でございます|であります|だ)")
# `〜は減少したと報告されています`, `〜と報じられています`: a passive frame of reporting with nobody holding
# the view passes on what was found; `〜と指摘されています` (a view) and `〜と言われています` (what people say,
# which speakers cite as their own argument: `世界中から悪法と言われています`) stay the speaker's.
PASSED_ON_FRAME = re.compile(r"^と(?:報告|報道)(?:を)?され|^と報じられ")
# `〜という報告はございません`, `〜した例はありません`: no report or instance found is a finding, a fact;
# a denial of wrongdoing (`不正は一切ございません`, `不正の事例はございません`) stays a claim.
FINDING_NOUNS = frozenset({"報告", "報道", "事例", "例", "前例", "記録", "データ", "統計"})
WRONGDOING_NOUNS = frozenset({"不正", "違法", "違反", "不祥事", "不適切", "隠蔽", "改ざん", "癒着", "虚偽", "ハラスメント",
                              "パワハラ", "セクハラ"})

# `何と三時間後にまた停止ですよ`: an exclamatory adverb makes a stated fact the speaker's complaint, a claim.
EXCLAMATORY_ADVERBS = frozenset({"何と", "なんと"})
EXCLAMATION_CUE = "驚きの強調"
# `市はこれまで何の対策も取ってきませんでした`, `説明は一度もありませんでした`: a failing kept up to now or an
# emphatically denied past is the point of a criticism, a claim.
PAST_FAILING = re.compile(r"(て|で)(こなかった|きませんでした|まいりませんでした|参りませんでした)$")
EMPHATIC_NEGATION = ("一度も", "全く", "まったく", "一切", "少しも", "何の", "何ら", "なんら")
PAST_FAILING_CUE = "過去の不作為への批判"
FINDING_VERBS = frozenset({"検出", "確認", "発見", "見つかる", "発生", "判明"})  # `全く検出されませんでした`: a finding
# What someone owed and never gave (`説明は一度もありませんでした`), unlike an event that did not happen
# (`被害は一切ありませんでした`).
OWED_ACTS = frozenset({"説明", "報告", "回答", "答弁", "相談", "連絡", "協議", "謝罪", "対応", "検討", "周知", "意見聴取"})
# Verbs that judge what they report (`強行`, `無視`, `放置`): a dated act or a bill so described is a view.
# Words that make a listing a judgement of it (`不要不急の事業が多数盛り込まれております`).
MANY_WORDS = frozenset({"多数", "多く", "数多く", "大量", "不要不急", "無駄"})
CRITICAL_VERBS = frozenset({"強行", "無視", "放置", "軽視", "怠る", "押し付ける", "切り捨てる", "苦しむ",
                            "奪う", "損なう", "犠牲"})
# `現在、同社が総点検を進めております`, `昨年12月議会において結論を出しています`: an act under way or done,
# dated by a time word, is a reported fact (a premise); `方向性を示しています` has no date and stays a claim.
TIME_POINT_WORDS = frozenset({"現在", "現時点", "昨年", "昨年度", "今年", "今年度", "本年", "本年度", "先月", "今月",
                              "先週", "今週", "翌日", "前日", "当日", "当時", "先日", "昨日", "本日", "今朝"})
PROGRESSIVE_AUXILIARIES = frozenset({"いる", "おる"})
DATED_ACT_ENDING = re.compile(r"(て|で)(いる|います|おります|おる)$")  # the unit's last predicate is the act
IMMINENT = re.compile(r"ようと(し|され)")

# `本案は、固定資産税を三年間減額するものです`: what a bill or a measure does, described, is a premise;
# `この制度は命を守るためのものです` (a purpose) stays a claim.
MEASURE_NOUNS = ("案",)  # a bill as such (`本案`, `議案第74号`, `予算案`); `この制度は…切り捨てるものです` judges
DESCRIPTION_ENDING = re.compile(r"ものであります$|ものです$|ものでございます$|ものである$|ものだ$")

# `〜の支援も盛り込まれております`, `〜の経費が計上されています`: what a budget or plan contains, described
# (a passive of a verb of including, in the present), is a fact; `盛り込まれていない` (a lack) may reproach.
CONTENTS_PASSIVE = re.compile(r"(盛り込ま|含ま|計上さ|組み込ま|織り込ま)れて(い|お)(る|ます|ります)$")
CONTENTS_CUE = "内容の記述"
# `〜した例もございます`: the polite verb of existence (`でございます` is a copula: no VERB there).
POLITE_EXISTENCE_VERBS = frozenset({"ござる", "御座る"})
# `市の試算では、今後30年間で更新費用は1,200億円に上ります`, `国の推計によると、〜は3割減ります`: figures
# credited to an estimate or a survey are passed on, a fact the argument rests on (a forecast too: it is
# the source's).
CITED_FIGURES = re.compile(r"^[^。、,，]{0,30}(?:試算|推計|調査|統計|集計|白書)(?:結果)?(?:では|によると|によれば|によりますと)")
CITED_FIGURES_CUE = "出典のある数値"
# `〜の廃止が外出機会の減少につながりました`: which past event led to which is an explanation someone could
# dispute (a claim), not an event reported.
PAST_CAUSE_CUE = "過去の因果"

# `私どもの会社では`: 私 + ども, the speaker's side as the owner of its subject.
PLURAL_SUFFIXES = frozenset({"ども", "たち", "達", "ら"})
POSSESSIVE_NO = "の"  # `私たちのNPO`: owned; `私ども〇〇議員団` (apposition) names the speakers themselves
# `私たち議員は`, `我々委員会は`, `私ども市議団は`: the speakers named as the body they make up (what the
# noun ends in); `我々国民は`, `私たち市民は`, `私たち大人は` speak for everyone, a stance and no fact.
SPEAKERS_BODIES = ("議員", "議員団", "議団", "会派", "委員会", "委員", "議会", "党", "行政", "当局", "職員")
# `〜責任を負っております`, `〜義務がある`: a duty the speakers name is a norm they hold; `〜を受け入れる
# ことはできません`, `納得しておりません`: accepting or not is their stance.
DUTY_NOUNS = frozenset({"責任", "責務", "義務", "使命", "役割"})
ACCEPTING_VERBS = frozenset({"受け入れる", "受けいれる", "納得", "容認", "承服", "同意", "是認", "許す", "認める", "賛同"})
# `難問は毎日やってきます`, `床の状態も毎日変わります`: what recurs is how things are (a fact the argument
# rests on); `毎年〜が消えていきます` (a change going on) is foreseen. `年々`, `日々` tell a trend (`年々、格差は
# 拡大しています`), no recurrence.
RECURRENCE_WORDS = frozenset({"毎日", "毎朝", "毎晩", "毎週", "毎月", "毎年", "毎回", "毎度"})
# `無駄に使われています`, `一方的に決められています`: a word that judges how it is done makes a recurrence a
# complaint.
JUDGING_MANNER = frozenset({"無駄", "不当", "不正", "違法", "安易", "勝手", "一方的", "不適切", "無責任", "ずさん",
                            "杜撰", "いい加減", "強引", "不透明"})
GOING_ON = re.compile(r"(て|で)(いき|行き|まいり|参り)(ます|ました)?$|(て|で)(いく|行く|まいる|参る)$")
HABITUAL_CUE = "繰り返しの事実"
NEARLY_NOUN = "よう"  # `毎日のように寄せられます`: nearly every day

# `税収は前年度に比べて約5億円減少しております`, `高齢化率は38％で、県内で最も高くなっています`: a comparison
# whose difference or value is measured in figures is a fact the argument uses; a size judged in words
# (`比較的少ない`, `かなり低い`, `大きく下回る`) is the speaker's view, whatever figures stand beside it.
VAGUE_DEGREE_WORDS = ("比較的", "かなり", "非常に", "大変", "たいへん", "とても", "極めて", "きわめて", "著しく", "大きく",
                      "大幅", "はるかに", "遥かに", "ずっと", "ずいぶん", "随分", "相当", "圧倒的", "格段")
MEASURED_COMPARISON_CUE = "数値の比較"
# `〜と比べると、3割以上も少ないことになります`: a comparison the speaker works out and draws, a conclusion.
DRAWN_CONCLUSION = re.compile(r"ことに(なる|なります|なりますね|なるんです|なるわけです)$")
# `〜は国より10億円多くなります`: a difference that will come about (なる in the plain non-past) is foreseen;
# `少なくなっております` is measured.
FORECAST_BECOMING = re.compile(r"(なる|なります|なりましょう)$")

