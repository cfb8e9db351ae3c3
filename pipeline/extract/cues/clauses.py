"""Clauses: where a sentence is cut and how a clause links to the next (reason, condition, concession, parallel)."""
from __future__ import annotations

import re

__all__ = ["SAID_KOTO", "KOTO", "ARGUMENT_PARTICLES", "RHETORICAL_QUESTION_CUE", "REQUEST_TAG_CHARS",
           "ASSERTING_BEFORE_REQUEST", "OPPOSING_NOUNS", "OPPOSING_PHRASES", "REASON_ENDINGS",
           "NODEWA_CONDITION", "REASON_PARTICLE", "REASON_NOUN", "REASON_NOUN_ENDINGS", "REASON_KOTO_KARA",
           "ADNOMINAL_TAG", "PURPOSE_FOR", "MONO_DE", "COPULA_AFTER_MONO_DE", "PURPOSE_ENDING",
           "PURPOSE_OBJECT_CASES", "NOT_PURPOSE_VERBS", "CONDITION_PARTICLE", "VERB_CONDITION_WORDS",
           "AS_LONG_AS", "CONDITION_WORDS", "CONDITION_NOUN", "TIME_NOUN_TAGS", "NUMERAL_TAG",
           "CONDITION_NOUN_TOPIC", "TOPIC_PARTICLE", "CASE_COUNTING_PARTICLES", "REPORTED_CONTENT_NOUNS",
           "CASE_LISTING_PARTICLE", "TOPIC_NARIMASUTO", "OBLIGATION_ENDINGS", "OBLIGATION_AFTER",
           "CONCESSION_ENDINGS", "HYPOTHESIS_OPENERS", "PROGRESSIVE_LEMMAS", "NEGATIVE_ADJECTIVES", "REPORTING_TAILS",
           "LOOKING_AFTER", "FREE_CHOICE_WORDS", "DEGREE_AFTER_QUESTION", "NOT_CONCESSION_ENDINGS",
           "NO_OVERSTATEMENT", "ADVERBIAL_TEMO", "EVIDENTIAL_LEMMAS", "MIN_CONDITION_CONTENT",
           "MIN_VERBAL_CONDITION_CONTENT", "SUFFICES_AFTER_BA", "CONDITION_TO", "META_CONDITION_LEMMAS",
           "CIRCUMSTANCE", "SUBJECT_PARTICLE", "WHERE_TO_START_PREDICATES", "STARTING_VERBS", "ADNOMINAL_NA",
           "PARALLEL_TOPIC_PARTICLES", "INDEFINITE_WORDS", "COMPOUND_PARTICLE_VERBS",
           "WO_COMPOUND_PARTICLE_VERBS", "FORMAL_CONTINUATIVES", "CONCESSIVE_NAGARA", "ALSO_BEING",
           "AS_SOON_AS", "CONSEQUENCE_AFTER_CLAUSE", "PARTICLES_AFTER_A_NOUN", "COMPARISON_LEMMAS",
           "CONCESSION_WORD", "CONCESSION_PHRASES", "CONCESSION_PHRASE_WORDS", "EXAMPLE_NADO",
           "QUOTED_CONTENT_NOUNS", "QUOTING_VERBS", "QUOTING_VERBS_NEXT", "OBJECT_PARTICLES",
           "HEAD_CHAIN_LIMIT", "AFTERTHOUGHT_MAX_WORDS", "FINAL_INFLECTIONS", "ATTRIBUTIVE_INFLECTION",
           "NO_CONDITION_ADJECTIVES", "THE_MORE", "VIEWPOINT_LEMMAS", "GIVEN_THAT", "TE_MO_AFTER_VERB",
           "ALL_THE_MORE", "CONDITION_NOUN_NIWA", "NEGATIVE_CONTINUATIVE", "TIME_ADVERB_ADJECTIVES",
           "UNLESS_NEGATIVES", "VERBAL_NOUN_TAG"]

# `〜ということをおっしゃって、`: a quotation named as the object of a verb of saying, mid-sentence.
SAID_KOTO = ("ということを", "ということも")

KOTO = "こと"
ARGUMENT_PARTICLES = frozenset({"が", "を", "は", "も", "に"})

# `〜べきではありませんか、伺います`: a rhetorical question before a short request tag is cut off it
RHETORICAL_QUESTION_CUE = "反語+依頼"
REQUEST_TAG_CHARS = 12  # `伺います`, `お答えください`, `市長の見解を伺います`
# Of RHETORICAL_QUESTION, the endings that assert even with a request tag after them; a bare
# `〜ないでしょうか、伺います` asks (`拡充するお考えはないでしょうか`, `再考することはできないでしょうか`).
ASSERTING_BEFORE_REQUEST = ("ではないでしょうか", "ではないか", "べきではありませんか", "べきではないか", "ではありませんか")

# `Aている一方で、B`, `Aな反面、B`, `Aのに対し、B`: two sides set against each other, each a unit; B
# contrasts with A (clause link "opposed").
OPPOSING_NOUNS = ("一方", "反面")
OPPOSING_PHRASES = ("のに対し", "のに対して")
REASON_ENDINGS = ("ので",)
# `〜なるのでは、…できません`: "if it comes to that", a condition the main clause judges, no reason.
NODEWA_CONDITION = ("のでは", "んでは", "んじゃ")
REASON_PARTICLE = "から"
REASON_NOUN = "ため"
REASON_NOUN_ENDINGS = ("ため",)
# `〜が少ないことから、B`: こと + the case particle から before a comma gives B's ground (formal answers);
# without the comma it is where something starts (`できることから始める`).
REASON_KOTO_KARA = ("こと", "から")
ADNOMINAL_TAG = "連体詞"  # `小さな`, `大きな`: GiNZA's ADJ that predicates nothing
# `〜を立て直すためには、…が欠かせない`: the goal the main clause's need serves, part of its proposition
# (a purpose, no cut), as `〜するために` is.
PURPOSE_FOR = "ためには"
# `〜されたものでございます`: ので inside `もので` before a copula is no reason.
MONO_DE = "もので"
COPULA_AFTER_MONO_DE = frozenset({"ある", "ござる", "御座る"})
PURPOSE_ENDING = "ために"  # `〜するために`: a purpose, no cut
# `制度を変更するため、…`: ため after a plain non-past verb with an object (を) or a goal (に) and no
# subject of its own says what the main clause is done for, a purpose; after a state, a past, a
# negation or a clause with its own subject (`人口が減少するため`, `必要があるため`) it gives a reason.
PURPOSE_OBJECT_CASES = ("を", "に")
NOT_PURPOSE_VERBS = frozenset({"ある", "有る", "いる", "居る", "おる", "なる", "成る", "できる", "出来る", "要る",
                               "異なる", "違う", "存在"})
CONDITION_PARTICLE = "ば"
VERB_CONDITION_WORDS = ("たら", "なら")  # after a verb, like ば (`値上げしたら`, `実施するなら`)
AS_LONG_AS = "限り"  # `〜ない限り` (unless), `可能な限り` (as far as)
CONDITION_WORDS = (*VERB_CONDITION_WORDS, AS_LONG_AS)
# `〜を調べない限り` (unless): 限り after a negative sets a hypothesis; `可能な限り`, `知る限り` only bound a scope.
UNLESS_NEGATIVES = frozenset({"ない", "ぬ", "ず"})
CONDITION_NOUN = "場合"
CONDITION_NOUN_NIWA = "には"  # `〜した場合には、`: 場合 before に + は is a condition too

TIME_NOUN_TAGS = ("副詞可能", "助数詞")
NUMERAL_TAG = "数詞"
CONDITION_NOUN_TOPIC = ("際",)  # `〜した際は`: a condition only with a topic particle (`〜する際に` is a time)
TOPIC_PARTICLE = "は"
# `〜場合も多く`, `〜場合が少なくない`, `〜場合や、〜場合も`: 場合 as the subject of a short predicate right after
# it, or listed with や, counts cases; it sets no condition (`〜場合も、同様に扱う` still does).
CASE_COUNTING_PARTICLES = ("が", "も")
# `Aが減り、Bも上がったという研究がある`: nouns of what was found or reported; clauses joined before
# `という`/`との` and one of them are its content together.
REPORTED_CONTENT_NOUNS = frozenset({"研究", "調査", "報告", "結果", "データ", "報道", "指摘", "声", "意見", "試算", "事例",
                                    "話", "分析"})
CASE_LISTING_PARTICLE = "や"

# `高齢者の医療の問題になりますと、`: `Nになりますと` names a topic, it sets no condition.
TOPIC_NARIMASUTO = ("になりますと", "となりますと")
OBLIGATION_ENDINGS = ("なければ", "なくては", "ねば", "なけりゃ")  # `守らなければならない`: no condition
# what follows those endings in an obligation; `理解がなければ事業は進められません` sets a condition
OBLIGATION_AFTER = frozenset({"なる", "成る", "いける", "行ける", "だめ", "駄目", "いかん"})
CONCESSION_ENDINGS = ("ても", "でも")
# adverbs that open a hypothesis over every clause up to its conditional or concessive ending
# (`たとえ国が認め、県が同意しても`, `もし物価が上がり、賃金が下がれば`)
HYPOTHESIS_OPENERS = frozenset({"たとえ", "例え", "もし", "仮に", "万一", "万が一"})
PROGRESSIVE_LEMMAS = frozenset({"いる", "おる"})
NEGATIVE_ADJECTIVES = frozenset({"ない", "無い"})  # `予算がなく、実施できませんでした`: one course of events
# `〜は厳しく、…というものでした`, `…との指摘もございます`: a report that takes in the clause before it
REPORTING_TAILS = ("という", "との", "といった")  # `〜ており、`, `〜ていて`: a state that holds already
# `どこに住んでも`, `誰がやっても`: a question word a 〜ても verb governs reads "wherever, whoever": no concession.
FREE_CHOICE_WORDS = frozenset({"どこ", "誰", "だれ", "何", "なに", "いつ", "どれ", "どちら", "どっち"})
# `どれだけ努力しても`, `何回言っても`: a question word of degree or count still concedes (however much, yet not).
DEGREE_AFTER_QUESTION = frozenset({"だけ", "ほど", "くらい", "ぐらい", "度", "回", "まで"})
# `〜においても`, `〜に対しても`, `住民にとっても`: a case phrase with も, no concession.
NOT_CONCESSION_ENDINGS = ("においても", "に於いても", "に対しても", "についても", "によっても", "に関しても",
                          "にとっても", "にとりましても")
# `〜と言っても過言ではない`: "it is no overstatement to say": the speaker asserts the quoted clause, conceding nothing.
NO_OVERSTATEMENT = "過言"
# `どうしても時間がかかる`, `何としても守りたい`, `いずれにしても`: adverbs in the shape of 〜ても; they
# qualify the predicate after them and concede no clause of their own.
ADVERBIAL_TEMO = frozenset({"どうしても", "何としても", "なんとしても", "どうやっても", "どうあっても",
                            "いずれにしても", "いずれにしましても", "どちらにしても", "何にしても", "それにしても"})
# `〜によれば` cites a source; it sets no condition.
EVIDENTIAL_LEMMAS = frozenset({"よる", "依る", "拠る"})
# A condition needs content of its own: `車さえあれば` (two words) stays in its clause.
MIN_CONDITION_CONTENT = 3
# ... except a verb's own condition (`春になれば`, `制度を使えば`): a verb that is no existence verb
# (`車さえあれば` stays) with ば or たら makes a condition with two content words.
MIN_VERBAL_CONDITION_CONTENT = 2
# `廃止されれば`, `無償化されれば`: a noun made a verb by する (GiNZA's VERB with a noun's tag), one word is enough
VERBAL_NOUN_TAG = "名詞"
# `〜を削ればよい`, `〜すればいいのか`: ば before よい says what suffices, it sets no condition.
SUFFICES_AFTER_BA = frozenset({"よい", "いい", "良い"})
# `〜すると、` is a condition after a verb; `一言で言うと`, `比べると`, `見ると` only frame what follows.
CONDITION_TO = "と"
# (and verbal nouns of talking about the talk: `極論すれば`, `要約すれば` name no event: syntax.names_an_event)
META_CONDITION_LEMMAS = frozenset({"極論", "換言", "要約", "総合", "補足", "付言", "敷衍", "大別", "一言", "約言", "概括",
                                   "言う", "いう", "見る", "みる", "考える", "比べる", "較べる", "比較", "申す",
                                   "申し上げる", "思う", "聞く", "察する"})  # `〜から察すると`: judging from
# `〜し、`: two clauses side by side (`未定ですし、…心配です`).
# `Aはあり、Bは〜` / `Aはあり、Bも〜`: the next clause's own topic makes a continuative form a cut.
# `部活動のチームも組めず、科目も限られる`: the negative's continuative stops a clause as a verb's does.
NEGATIVE_CONTINUATIVE = frozenset({"ず", "ぬ"})
# `県は近く、結果を公表する`: an adjective whose continuative is a time adverb (soon) says when, no state.
TIME_ADVERB_ADJECTIVES = frozenset({"近い"})
# `〜が厳しさを増す中で、`: the circumstance a main clause answers to, its ground.
CIRCUMSTANCE = ("中", "で")
SUBJECT_PARTICLE = "が"
WHERE_TO_START_PREDICATES = frozenset({"できる", "出来る", "やれる"})  # `できることから、始める`: where to start
STARTING_VERBS = frozenset({"始める", "始まる", "スタート", "取り組む", "着手", "進める", "出発"})  # `〜ことから、始めたい`
ADNOMINAL_NA = "な"  # `身近なことから、`: an adjectival noun describing こと names where to start
PARALLEL_TOPIC_PARTICLES = ("は", "も")
# `何度も`, `誰も`, `いつも`: an indefinite word before も is an adverb (how often, nobody), no topic.
INDEFINITE_WORDS = ("何", "誰", "いつ", "どこ", "一度")
# Verbs that with に make a compound case particle (`〜に対し`, `〜に伴い`, `〜に基づき`): no clause ends there.
COMPOUND_PARTICLE_VERBS = frozenset({"対する", "伴う", "関する", "基づく", "つく", "付く", "よる", "因る", "わたる",
                                     "渡る", "向ける", "際する", "当たる", "あたる", "応じる", "応ずる", "沿う", "従う",
                                     "おく", "於く", "加える", "比べる", "限る", "先立つ", "続く"})
# Verbs that with を make one (`〜を含め`, `〜をはじめ`, `〜を通じ`, `〜を除き`, `〜をめぐり`).
WO_COMPOUND_PARTICLE_VERBS = frozenset({"含める", "始める", "はじめる", "通じる", "通ずる", "除く", "めぐる", "巡る", "経る"})
# `〜こととしておりまして、`, `〜ところでありまして、`: formal speech goes on to its next proposition
# (`〜につきまして`, `改めまして` have no て/で before the auxiliary and are no clause).
FORMAL_CONTINUATIVES = ("ておりまして", "でおりまして", "でありまして", "てありまして", "でございまして", "てございまして")

# `厳しいながら`: ながら after an adjective or a noun concedes; after a verb it only says "while",
# a verbal noun's する too (`動向を注視しながら、検討します`, `連携しながら`).
CONCESSIVE_NAGARA = "ながら"
ALSO_BEING = ("も", "ある")  # `〜ところもあり、…心配です`: partly because, a reason
AS_SOON_AS = "次第"  # `選定し次第、…`: as soon as, a condition

# `〜を講じることとしておりまして、これにより…`, `〜であり、そのため…`: a clause in its continuative form
# and a connective that points back at it: the clause is the ground of the rest of the sentence.
CONSEQUENCE_AFTER_CLAUSE = ("これにより", "これによって", "それにより", "それによって", "その結果", "この結果",
                            "そのため", "このため", "その為", "この為", "したがって", "従って", "よって")
PARTICLES_AFTER_A_NOUN = tuple("をがのはもにで")  # `その結果を検証し`, `そのための予算`: a noun, no connective
COMPARISON_LEMMAS = frozenset({"比較", "比べる", "較べる"})  # `〜と比べても` compares, concedes nothing
CONCESSION_WORD = "のに"  # GiNZA's one token, or の (SCONJ) + に
CONCESSION_PHRASES = ("にもかかわらず", "にも関わらず", "ものの")
CONCESSION_PHRASE_WORDS = 5  # `に も かかわら ず`: four words, looked for among a bunsetu's last five
EXAMPLE_NADO = "など"  # `〜するなど、B`: a verb clause listed as an example of B

# `〜すると目標を掲げた`, `〜すると計画に書いた`: right after a と, a noun of what is said or aimed at
# (and, a few words on, a verb of writing or promising) makes the と a quotation, no condition.
QUOTED_CONTENT_NOUNS = frozenset({"目標", "方針", "約束", "公約", "決意", "主張", "宣言", "見通し", "見解", "意向", "答弁",
                                  "発言", "回答"})
QUOTING_VERBS = frozenset({"書く", "記す", "明記", "記載", "約束", "宣言", "公言", "誓う"})
# Verbs that quote only right after the と (`〜すると発表した`); further on they follow a condition
# (`雨が強くなるとすぐに中止を決めます`).
QUOTING_VERBS_NEXT = frozenset({"決める", "決定", "発表", "公表", "聞く", "伺う"})
OBJECT_PARTICLES = ("を", "に")

# How many heads a token's chain is followed before giving up (parses have no cycles; a bound anyway).
HEAD_CHAIN_LIMIT = 30

# Afterthought (倒置): a few words tacked on after a finished predicate (`〜しかないでしょ、これは`,
# `〜んですよ、結局`, `勝ちます、はい`). What stands before the last comma must end in a final form or
# particle (`でしょ` is volitional-conjectural), and what follows it must predicate nothing: a verb,
# auxiliary or adjective there only modifies a noun (`ああいう店は`, `僕が作った店は`).
AFTERTHOUGHT_MAX_WORDS = 6
FINAL_INFLECTIONS = ("終止形", "意志推量形")
ATTRIBUTIVE_INFLECTION = "連体形"

# Adjectives whose `〜ければ` is politeness or existence, no condition (`よろしければ`, `なければ`).
THE_MORE = "ほど"  # `多ければ多いほど`: a ば-form and its own word before ほど make no condition
NO_CONDITION_ADJECTIVES = frozenset({"ない", "無い", "よい", "良い", "いい", "よろしい", "宜しい"})

VIEWPOINT_LEMMAS = frozenset({"見る", "みる"})  # `他県の事例を見ても、`: where one looks, no concession
LOOKING_AFTER = frozenset({"面倒"})  # `親の面倒を見れば`: 見る that looks after someone, no point of view

# `税金を使う以上、`: given that (a reason), after a predicate
GIVEN_THAT = "以上"
# `期待が大きかっただけに、`: all the more because (a reason), after a predicate
ALL_THE_MORE = ("だけ", "に")

# `見ても`, `見てみましても`, `考えましても`: the て-form with も after a verb (through みる and ます).
TE_MO_AFTER_VERB = re.compile(r"^(?:まし)?て(?:み(?:まし)?て)?も")
