"""Cues several families read: parts of speech, commas, pronouns, copulas and the like."""
from __future__ import annotations

import re

__all__ = ["PUNCT_POS", "COMMAS", "WORD_TAGS", "CONTENT_POS", "MIN_CONTENT_WORDS", "QUESTION_MARKS",
           "COGNITION_VERBS", "SPEECH_VERBS", "HEARSAY_FRAME_VERBS", "PASSIVE_AUXILIARIES",
           "HONORIFIC_SPEECH_VERBS", "APPOSITIVE_IU_LEMMAS", "KOTO_FRAME_VERBS", "KOTO_AND",
           "KOTO_FRAME_PARTICLES", "NOT_TARGETS", "LIGHT_VERBS", "IMPRESSION_NOUNS", "HEDGING_FRAME_VERBS",
           "FEARED", "HEDGE_MARKERS", "HEDGE_ADVERBS", "STRONG_MARKERS", "NORMATIVE_MARKERS",
           "NOT_A_NORM_AFTER", "ATTRIBUTIVE_DEPS", "PATH_ANALOGY", "PREDICTION_FRAME_VERBS",
           "FINAL_PARTICLES", "EXISTENCE_VERBS", "REASON_PHRASE", "STATIVE_VERBS", "CAUSAL_ENDINGS",
           "SENTENCE_FINAL_CAUSAL", "EVALUATIVE_LEMMAS", "FORMAL_NOUNS", "VOICE_AFTER_IU",
           "DISAPPROVAL_IDIOMS", "REFUSALS", "EVALUATIVE_TAIL_CHARS", "NOMINALIZERS", "PARTICIPANT_PRONOUNS",
           "SELF_PRONOUNS", "ADDRESS_TITLES", "NEGATION", "NOT_NEGATION", "RHETORICAL_QUESTION",
           "CONTRAST_CONJUNCTIONS", "NOUN_SCOPE_NO", "NOMINALIZER_TAG", "SENTENCE_LIKE_OPENERS",
           "PARALLEL_SHI", "ADJECTIVE_CONTINUATIVE", "SUBORDINATE_LINKS", "FRAME_VERB_WINDOW",
           "SENTENCE_CONTRAST", "SUMMING_UP_CONSEQUENCE", "SENTENCE_REASON", "SENTENCE_ADDITIVE",
           "SENTENCE_CONSEQUENCE", "SENTENCE_CONCESSION", "SENTENCE_EXAMPLE", "INTRODUCES_QUOTE",
           "QUOTE_INTRODUCER", "REQUEST", "ADVERBIAL_NOUN_TAG", "REASON_CHALLENGE_WORDS", "CONTINUING_FRAME",
           "NOT_ASKED_FRAME_ENDINGS", "MANNER_NOUN", "SO_ADVERBS", "NOT_QUANTITY_COUNTERS",
           "ORDINAL_SUFFIXES", "COUNTER_NOUNS", "COUNT_PARTICLES", "BARE_COUNT_AFTER", "QUANTITY_SYMBOLS",
           "FRACTION_DIVIDER", "FRACTION_PARTICLE", "IDIOM_COUNTERS", "ORDINAL_PREFIXES", "IDIOM_NUMERALS",
           "PAST_STANCE", "REASON_OPENER", "REASON_OPENER_CUE", "STANCE_CUE", "STANCE_WORDS", "STANCE",
           "DATED_ACT_CUE", "DESCRIPTION_CUE"]

# Parts of speech: punctuation, and the words that carry content.
PUNCT_POS = frozenset({"PUNCT", "SYM"})
COMMAS = ("、", ",", "，")  # the Japanese comma, and the ASCII and full-width ones some sources use
WORD_TAGS = ("名詞", "動詞", "形容詞", "形状詞", "副詞", "代名詞", "接頭辞", "接尾辞")  # SudachiPy: a word, whatever the POS
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "PRON", "NUM"})
# A clause with fewer content words is no unit (`そうです`).
MIN_CONTENT_WORDS = 2
QUESTION_MARKS = ("?", "？")

# Verbs of thinking and saying that frame a proposition as `〜と思う`, `〜と言った`.
COGNITION_VERBS = frozenset({
    "思う", "考える", "信ずる", "信じる", "感じる", "感ずる", "期待", "予測", "予想", "確信", "見る", "みる",
    "見込む", "推測", "判断", "認識", "理解", "疑う", "願う", "望む", "存ずる", "考え", "思い",
    "受け止める", "受けとめる", "心配", "懸念",
    # `〜とは到底思えません`: a doubt framed with the potential of 思う (its adverb between と and the verb)
    "思える",
    # `〜であると評価いたします`: a judgement framed; the frame makes the complement an evaluation
    "評価",
})
SPEECH_VERBS = frozenset({
    "言う", "いう", "述べる", "主張", "指摘", "強調", "説明", "語る", "答える", "話す", "発言",
    "表明", "明言", "断言", "訴える", "答弁", "申し上げる", "申す", "おっしゃる", "報告", "連絡",
})

# `〜と聞いています`, `〜と伺っております`: what the holder heard frames a proposition passed on (hearsay),
# unless passive (`〜かと聞かれた`: asked).
HEARSAY_FRAME_VERBS = frozenset({"聞く", "伺う"})  # right after と

PASSIVE_AUXILIARIES = frozenset({"れる", "られる"})
# `〜とおっしゃいますが`: the honorific tells the listener what they said (holders.addresses_the_listener);
# so does a past passive of respect (`〜と言われましたが`) unless an agent says who told it (`市民から`, `人に`).
HONORIFIC_SPEECH_VERBS = frozenset({"おっしゃる", "仰る"})

# `〜というのは`, `〜というものを掲げる`, `〜という点が`: いう before a noun and a case particle names
# a topic or an object; it frames nothing.
APPOSITIVE_IU_LEMMAS = frozenset({"言う", "いう"})

# `〜ことを期待している`, `〜ことを知っている`: factive and hoping frames after こと.
# (Wishes, `〜ことを望んでいない`, are not frames: a wish of others is itself the proposition.)
KOTO_FRAME_VERBS = frozenset({"期待", "知る", "確信", "信ずる", "信じる", "理解", "認識", "懸念",
                              "心配", "承知"})
# `AことBことを期待します`: two propositions named by こと and joined by と, the object of one frame
# verb (KOTO_FRAME_VERBS): each is a unit in that frame.
KOTO_AND = "ことと"

# `〜ことを承知しております`, `〜ことも認識しております`, `〜ことは十分に理解しています`: the particle after こと
KOTO_FRAME_PARTICLES = ("を", "が", "も", "は")

# Nouns that head a modal predicate rather than name what a claim is about.
NOT_TARGETS = frozenset({"必要", "可能性", "こと", "もの", "の", "ほう", "方", "傾向", "恐れ", "おそれ",
                         "余地", "機会", "必要性", "ため", "はず", "わけ"})

# `〜と確信をいたしております`, `〜と指摘をしました`: a frame noun with を and a light verb frames as its verb does.
LIGHT_VERBS = frozenset({"する", "いたす", "致す"})
# Frame verbs whose holder commits weakly: `と思います` is hedged, `と考えています` is not.
# `〜かなって感じです`, `〜という感じですね`: a spoken impression frames what the speaker half-asserts.
IMPRESSION_NOUNS = frozenset({"感じ"})
HEDGING_FRAME_VERBS = frozenset({"思う", "思い", "存ずる"}) | IMPRESSION_NOUNS

# A feared possibility (`〜が消えるおそれがあります`, `〜を招くおそれさえあります`): it foresees, softly.
FEARED = tuple(f"{fear}{particle}あ" for fear in ("おそれ", "恐れ") for particle in ("が", "も", "さえ", "すら"))

# Hedges inside the proposition (surface forms, matched on the span's text).
HEDGE_MARKERS = ("でしょう", "だろう", "かもしれ", "かも知れ", "可能性", "基本的に", "おそらく",
                 "恐らく", "たぶん", "多分", "ようだ", "ようです", "らしい", "と思われ", "と見られ",
                 "と考えられ", "ではないか", "のではない", "じゃないか", "気がする", "ある程度", "あり得",
                 "場合によっては", "いささか", "かねな", "かねませ", "必ずしも",  # `いささか疑問を感じる`: softened
                 # a feared possibility softens as `かねない` does (`〜が消えるおそれがあります`)
                 *FEARED)
# Hedging adverbs that may stand in a frame (`〜とは必ずしも思いません`): they hedge even a denial.
HEDGE_ADVERBS = ("必ずしも", "おそらく", "恐らく", "たぶん", "多分", "基本的に")

STRONG_MARKERS = ("明らかに", "確かに", "決して", "間違いなく", "必ず", "絶対")

# Normative modality.
NORMATIVE_MARKERS = ("べき", "必要がある", "必要があり", "必要です", "必要だ", "必要で",
                     # no need is a norm too (`〜を削る必要はありません`)
                     "必要はな", "必要はありませ", "必要はございませ", "必要もな", "必要もありませ",
                     # no intention is the speaker's commitment (`〜を求める考えはございません`)
                     "考えはありませ", "考えはございませ", "考えはない", "つもりはありませ", "つもりはない",
                     "なければならな", "なければなりませ", "ねばならな", "なくてはならな",
                     "なくてはいけな", "ないといけな", "なければいけな", "ないとなりませ",
                     "求められ", "望ましい", "ほうがいい", "方がいい", "ほうが良い", "方が良い",
                     "すべきだ", "しなければ", "せねば", "ことが重要", "ことが大切",
                     # a prohibition (`〜してはならない`, `〜してはいけません`) is a norm too
                     "てはならな", "てはなりませ", "ではならな", "てはいけな", "てはいけませ",
                     # spoken contractions (`変えなきゃいけない`, `やらなくちゃだめ`)
                     "なきゃいけな", "なきゃならな", "なきゃだめ", "なくちゃいけな", "なくちゃならな", "なくちゃだめ",
                     "ないとだめ", "ないとダメ", "なきゃダメ",
                     # a necessity denied without は (`見直す必要がない`, `急ぐ必要ありません`), an urgent need (`確保が急務です`)
                     "必要がな", "必要がありませ", "必要ない", "必要ありませ", "急務で", "急務だ",
                     # what cannot be allowed (`目を背けるわけにはいきません`), a duty named (`〜こそ学校の責務です`)
                     "わけにはいかな", "わけにはいきませ", "わけにいかな", "わけにいきませ", "わけにはまいりませ",
                     "責務で", "責務だ",
                     # what must not be allowed (`先送りは許されません`), a prohibition
                     "許されな", "許されませ", "許されるものではな", "許されるものではありませ",
                     # what one need only do (`直接会いに行けばいい`, `市が説明すればよいのです`)
                     "ばいい", "ばよい", "ば良い",
                     # what ought to be done by right (`国が説明するのが筋だ`, `〜のが筋ではないでしょうか`)
                     "のが筋", "のが本筋")
# After a norm marker, a wish (`〜ばいいな`, `〜ばいいのですが`), a question (`どうすればいいのか`) or the past
# (`許されませんでした`, `許されなかった`) says what is hoped, asked or was so: no norm.
NOT_A_NORM_AFTER = re.compile(r"(?:な|なあ|なと|のに|のですが|んですが|けど|けれど|のか|んでしょうか|のでしょうか|か)"
                              r"|(?:い)?(?:かった|んでした|ませんでした)")

# An adjective after adverbial `より` that modifies a noun (`より詳細なこと`) makes no comparison.
ATTRIBUTIVE_DEPS = frozenset({"acl", "amod"})

PATH_ANALOGY = ("経路を辿", "経路をたど", "道を辿", "道をたど", "後を追", "あとを追", "道を歩",
                "轍を踏", "二の舞", "歴史を繰り返", "同じ運命", "同じ道")

PREDICTION_FRAME_VERBS = frozenset({"予測", "予想", "見込む"})

# Sentence-final particles that address the listener (`〜しましたよね`); the tense is before them.
FINAL_PARTICLES = frozenset({"よ", "ね", "よね", "な", "ねえ", "わ", "ぞ", "さ"})
EXISTENCE_VERBS = frozenset({"ある", "有る", "いる", "居る", "存在"})
REASON_PHRASE = re.compile(r"理由は")

STATIVE_VERBS = frozenset({"ある", "有る", "いる", "居る", "できる", "出来る", "存在", "異なる",
                           "違う", "要る", "含む", "持つ", "示す", "意味", "属する", "当たる",
                           "すぎる", "過ぎる", "追いつく", "知る", "わかる", "分かる", "望む",
                           "願う", "欲しい", "好む", "ござる", "御座る", "見受ける", "見える", "言える",
                           "なじむ", "馴染む", "通れる"})  # `避けて通れない`: what cannot be avoided

# Causal explanation: the proposition is a reason, `〜からです`, `〜ためです`.
# Formal speech (`〜からであります`, `〜ためでございます`) and talk (`〜からなんです`) end a reason the same way.
CAUSAL_ENDINGS = ("からです", "からだ", "からである", "からでしょう", "ためです", "ためだ",
                  "ためである", "からであります", "からでございます", "ためであります", "ためでございます",
                  "からなんです", "からなのです", "からなんだ", "からなのだ", "ためなんです", "ためなのです",
                  "からではありません", "からではない", "ためではない", "のせいだ",
                  "おかげだ", "おかげです")
# `〜は大事なことですから。`, `〜のだから。`: a reason that ends its sentence explains the one before
# (only at the sentence's end: `〜ですから、B` is a reason clause of B).
SENTENCE_FINAL_CAUSAL = ("ですから", "のだから", "んだから", "のですから", "んですから",
                         "ますから", "ませんから", "ましたから", "でしたから")  # `〜がかかりますから。`

# Evaluative predicates and nouns (`重要な瞬間だ`, `利点がある`).
EVALUATIVE_LEMMAS = frozenset({
    "重要", "大切", "不可欠", "有用", "有益", "有効", "便利", "安全", "危険", "優れる",
    "良い", "よい", "いい", "悪い", "大きい", "大きな", "小さい", "小さな", "新しい", "素晴らしい", "すばらしい",
    "利点", "メリット", "デメリット", "欠点", "問題", "課題", "チャンス", "機会", "脅威", "価値",
    "高性能", "的確", "適切", "不適切", "正しい", "誤り", "間違い", "信じる", "信ずる", "前例", "画期的",
    "革新的", "重大", "深刻", "明らか", "可能", "不可能", "困難", "難しい", "易しい", "容易",
    "効率的", "強力", "魅力", "魅力的", "公平", "不公平", "透明", "信頼", "妥当", "不当",
    "大事", "疑問", "遺憾", "十分", "不十分", "不透明", "懸念", "心配", "有意義", "意義", "効果的", "失敗",
    "成功", "前向き", "不安", "不便", "不利", "有利", "トップクラス", "一流", "最悪", "最善", "理想", "理想的",
    # predicate nouns that sum a situation up (`これが地方都市の実情だ`), and sameness (`いつもと一緒です`)
    "実情", "実態", "本質", "一緒", "尚早", "時期尚早",
    # progress or its lack judged (`〜は大きな前進だ`, `〜は後退だ`), and sufficiency (`人員がまだ足りない`)
    "前進", "後退",
    # recommendations (`駅から近いので、おすすめです`)
    "お勧め", "お薦め", "おすすめ", "オススメ",
    # a belief judged wrong (`〜というのは誤解だ`), a thing put first or judged out of place
    # (`安全が大前提です`, `〜のは筋違いです`, `〜は本末転倒だ`)
    "誤解", "勘違い", "大前提", "筋違い", "本末転倒",
})

FORMAL_NOUNS = frozenset({"もの", "物", "こと", "事"})  # `〜すべきものだ`: べき before them still obliges
# `〜を使いたいという切実な声`, `〜したいという、…を望む声`: a voice named after `という`; what it wants is
# theirs, passed on (`〜したいという思い`, `〜したいというふうに思う` stay the speaker's).
VOICE_AFTER_IU = re.compile(r"^(?:という|との)[、,，]?[^、,，。]{0,20}?(?:声|意見(?!交換|聴取|募集)|要望|要求|指摘|批判|相談|訴え)")

# `〜はいかがなものか(と思います)`: an idiom of disapproval, an evaluation and not a question.
DISAPPROVAL_IDIOMS = ("いかがなものか", "如何なものか")

# `到底認められません`: a proposal refused, a stance however it is worded (relations._argued_claim); 許されない
# is also a norm (NORMATIVE_MARKERS, which decides the type first): here it only makes the refusal.
REFUSALS = ("同意できな", "同意できませ", "同意しかね", "容認できな", "容認できませ", "認められな",
            "認められませ", "許されな", "許されませ")

EVALUATIVE_TAIL_CHARS = 16

# Words a predicate ends in that add no content: nominalizers, light verbs, copulas
# (`重要な要素だということです` → `重要な要素`).
NOMINALIZERS = frozenset({"こと", "もの", "の", "ん", "という", "いう", "言う", "と", "する", "いる",
                          "おる", "ある", "です", "だ", "ます"})

# Who takes part in the conversation: their own past actions are reports, not claims.
PARTICIPANT_PRONOUNS = frozenset({"私", "わたし", "わたくし", "僕", "ぼく", "俺", "私たち",
                                  "わたしたち", "私達", "我々", "われわれ", "僕ら", "弊社", "当社",
                                  "あなた", "あなたたち", "あなた方", "皆さん", "みなさん",
                                  "皆様", "みなさま", "自分", "自分たち", "本日"})
SELF_PRONOUNS = frozenset({"私", "わたし", "わたくし", "僕", "ぼく", "俺", "私たち", "わたしたち",
                           "私達", "我々", "われわれ", "僕ら", "弊社", "当社"})
# Titles a speaker addresses the person answering by (`大臣、`, `教育長は…とおっしゃいましたが`).
ADDRESS_TITLES = frozenset({"総理", "首相", "大臣", "長官", "知事", "副知事", "市長", "副市長", "町長", "村長", "区長",
                            "教育長", "議長", "委員長", "局長", "部長", "社長", "会長", "先生"})

# Negation of a predicate or a frame, and the forms that look negative but assert
# (`ではないでしょうか`, `かもしれない`, `なければ`); `〜とは考えにくい` denies through its frame.
NEGATION = re.compile(r"(ない|なく|なかっ|ません|ませんでし|(?<!は)ず(?![っつ])|ぬ|ねえ|ないで)")

NOT_NEGATION = re.compile(r"(なければならな(い|かった)|なければなりませ(ん|んでした)|ねばならな(い|かった)|なくてはならな(い|かった)|"
                          r"少な(い|く|かっ)|否定(でき|し得)(ない|ません)|過言(では|じゃ)(ない|ありません|ございません)|"
                          r"ではないでしょうか|じゃないですか|ではないか|ないでしょうか|じゃないか|"
                          r"ではない(?:の|ん)でしょうか|じゃない(?:の|ん)でしょうか|"
                          r"ではありませんか|かもしれない|かもしれません|に違いない|しかない|ほかない|"
                          r"ざるを得(?:な|ませ)|かね(?:ない|ません)|なければ|なくては|ないといけ|ないと|ないほど|ないくらい|ないぐらい|"
                          r"なきゃ(?:いけ|なら)?(?:ない|ません)?|なくちゃ(?:いけ|なら)?(?:ない|ません)?|"
                          # adjectives that end in ない and negate nothing (`もったいない`, `しょうがない`)
                          r"もったいな|勿体な|つまらな|くだらな|危な|情けな|申し訳な|仕方(?:が)?な|しょうがな|間違いな)")

# Rhetorical questions that assert.
RHETORICAL_QUESTION = ("ではないでしょうか", "ではないか", "じゃないですか", "じゃないか",
                       "べきではありませんか", "べきではないか", "ではありませんか",
                       "のではないでしょうか", "ないでしょうか")

# Links between clauses inside a sentence, matched on a bunsetu's last words (clauses.link_of).
CONTRAST_CONJUNCTIONS = ("が", "けど", "けれど", "けれども", "けども")  # concessive が: joins its two sides

# `平成26年度の場合`, `昨年の場合`: after a time and の, 場合 only says when; a time is a noun that can be an
# adverb (今年度) or a counter after a numeral (26年度, 3月).
NOUN_SCOPE_NO = "の"

NOMINALIZER_TAG = "準体助詞"

# - or the main clause opens as a sentence would, with a connective and a comma (`〜ますが、なお、B`).
SENTENCE_LIKE_OPENERS = ("なお", "尚", "また", "ただし", "但し", "ただ", "さらに", "更に", "一方", "他方")

PARALLEL_SHI = "し"  # an unframed, not normative `〜し、` clause lists a reason: a premise (roles.py)
ADJECTIVE_CONTINUATIVE = "く"  # `課題も多く、…`, `経営は厳しく、…`: the state a cut-off clause reports is a fact the rest builds on (roles.py)

SUBORDINATE_LINKS = ("reason", "condition", "concession", "example")

# How far after a quoting と its frame verb may stand (`〜と私は強く考えています`), in words.
FRAME_VERB_WINDOW = 5

# Sentence-initial connectives that relate a sentence to the one before it.
SENTENCE_CONTRAST = ("しかし", "しかしながら", "だが", "ですが", "でも", "ところが", "むしろ",
                     "一方", "一方で", "その一方", "その一方で", "他方", "反面", "その反面", "それでも", "けれども", "とはいえ", "ただ", "ただし",
                     "だからといって", "だからと言って",  # `だからといって`: what follows does not follow
                     "とはいうものの", "とは言うものの", "そうはいうものの", "そうは言うものの", "とはいっても", "とは言っても",
                     "そうはいっても", "そうは言っても")  # `とはいうものの`: granted that, yet

# `A。B。以上のことから、C。`: a conclusion drawn from several sentences before it (at most
# FACTS_RUN_SENTENCES, each a premise or a claim of the same turn), not from the last alone.
SUMMING_UP_CONSEQUENCE = ("以上のことから", "以上から", "以上により", "以上の理由から", "以上の理由により", "以上の点から",
                          "これらのことから", "これらを踏まえ", "以上を踏まえ")
SENTENCE_REASON = ("なぜなら", "というのも", "というのは", "何故なら")
# `また、`, `さらに`, `加えて`: a sentence that adds a further point; it relates to nothing just before it
# (no unmarked ground reaches it: relations._argued_claim_just_after).
SENTENCE_ADDITIVE = ("また", "さらに", "更に", "加えて", "あわせて", "併せて")
SENTENCE_CONSEQUENCE = ("だから", "ですから", "したがって", "従って", "そのため", "このため", "その為", "この為", "それゆえ",
                        "よって", "ゆえに", "そこで", "それで", "このことから", "そのことから",
                        "だからこそ", "ですからこそ", "それゆえに",  # `だからこそ、`: the whole word opens
                        "したがいまして", "従いまして",  # the formal したがって of assembly answers
                        "ですので", "なので", "でございますので",  # `ですので、国としては…必要がある`
                        "これにより", "これによって", "それにより", "それによって",
                        # `こうしたことから、B`: B is drawn from what was just said (not the scene `こうした中`)
                        "こうしたことから", "そうしたことから", "こういったことから", "そういったことから",
                        "このようなことから", "そのようなことから", "こうした理由から", "そうした理由から",
                        "このような理由から", "そのような理由から") + SUMMING_UP_CONSEQUENCE

SENTENCE_CONCESSION = ("にもかかわらず", "それにもかかわらず", "にも関わらず", "それにも関わらず", "それなのに",
                       "なのに")

SENTENCE_EXAMPLE = ("例えば", "たとえば", "具体的には", "一例として")

# `〜次のように述べた:` ends in a colon: the sentences after it are the quotation.
INTRODUCES_QUOTE = (":", "：")

# `X長官はこのように言っております。「…」`: a sentence that only reports that someone spoke, and
# introduces (or closes) a quotation; it is no unit, and the quotation after it is X's.
QUOTE_INTRODUCER = re.compile(r"(?:(?:この|次の|以下の|その)(?:ように|とおり|通り)|こう)[^、,，。「」]{0,12}"
                              r"(?:言っ|言い|言う|言わ|いっ|述べ|語っ|語り|語る|話し|話す|おっしゃ|発言|答弁|説明|指摘|申し|記し|記さ|書い|書か)"
                              r"[^、,，。「」]{0,12}[。:：]?$")


# Requests for an answer (`見解を伺います`, `お聞かせください`, `答弁を求めます`): a verb of telling,
# showing or answering with a request ending, or a verb of asking in the speaker's own voice.
REQUEST = re.compile(
    r"(?:(?:聞かせ|答え|教え|示し|説明|答弁|見解|所見|お考え|ご認識|御認識)(?:を|の|は)?(?:して|て|で)?"
    r"(?:いただ(?:きたい|けますか|けませんか|ければ)|頂きたい|ください|下さい|願います|願いたい|求めます|求めたい)"
    r"|(?:伺|うかが|尋ね|お聞き|お訊き)(?:い|し)?を?(?:ます|たい|します|いたします|致します|したい|いたしたい)"  # `お聞きをいたします`
    # words asked for (`読者へのメッセージをお願いします`, `一言お願いします`)
    r"|(?:メッセージ|一言|ひとこと|コメント|答弁|回答|お答え|ご説明|御説明)(?:を)?お願い(?:します|いたします|致します|できますか))"
    r"(?:と(?:思います|存じます|思っております))?"
    # a request put as a preface (`〜についてお伺いしたいんですけども、…`) asks all the same
    r"(?:(?:ん|の)です)?(?:が|けれども|けども|けど)?$")

# A noun tagged this way (`今日`, `本日`, `今回`) marked は sets the time, it is no subject.
ADVERBIAL_NOUN_TAG = "副詞可能"

# `なぜこんなに遅れているんですか`, `どうして〜しないのですか`: asking why about a state the asker presupposes
# and finds wrong (a negative predicate, an evaluative word, or a degree word such as こんなに) challenges
# it; the proposition is asserted as it stands (polarity kept). `なぜ出席したのですか` asks.
REASON_CHALLENGE_WORDS = ("なぜ", "どうして", "なんで", "何で")

# `〜してはならないということで、…する`, `〜に改めるとの方針のもとで、…した`: a proposition named as the
# ground of what follows (a `という`/`との` complement before `ことで` or a view noun's `のもとで`), ended
# by a comma; it is cut like a completed frame, its complement a unit of its own.
CONTINUING_FRAME = re.compile(r"(?:という|との)(?:ことで|(?:方針|考え|認識|判断|見方|立場|見通し)の(?:もと|下)で)$")

# `Aというか、B` (or rather): A said again as B; no frame and no question
NOT_ASKED_FRAME_ENDINGS = ("というか", "っていうか", "とでもいうか")

MANNER_NOUN = "よう"  # `そのようには考えておりません`: so, of what was said
SO_ADVERBS = frozenset({"そう", "こう"})  # `そうは思いません` (not `それについて考えています`: a topic)


# A measured quantity (`約六百万人`, `15億円`, `2.4%`) makes an unframed assertion a fact: a number
# followed by a counter that is no date, time or ordinal.
NOT_QUANTITY_COUNTERS = frozenset({"年", "月", "日", "時", "分", "秒", "年度", "期", "世紀", "号", "条", "款", "項",
                                   "回", "次", "番", "番目", "位", "歳", "代", "章", "節", "ページ", "頁", "枚目",
                                   "つ目", "点目", "目", "人目", "度目", "たび", "度", "旦"})
ORDINAL_SUFFIXES = ("目", "番目")
# Counters SudachiPy tags as plain nouns (`百二十万人`).
COUNTER_NOUNS = frozenset({"人", "名", "件", "円", "個", "台", "社", "校", "店", "戸", "世帯", "か所", "カ所", "ヵ所",
                           "箇所", "施設", "トン", "キロ", "メートル", "センチメートル", "ヘクタール", "平方メートル",
                           "立方メートル", "リットル", "ドル", "ユーロ", "票", "議席", "床", "棟"})
# A numeral right after a subject's が (or a noun) and before a comma or the copula counts what the
# noun names (`介護施設が５、病院が２であります`).
COUNT_PARTICLES = frozenset({"が"})
BARE_COUNT_AFTER = frozenset({"、", ",", "，", "で", "です", "だ", "であり", "でございます"})
QUANTITY_SYMBOLS = ("%", "％", "パーセント", "割", "倍")
# `3分の2`: a share, though 分 alone counts minutes: the divider and the particle after it.
FRACTION_DIVIDER = "分"
FRACTION_PARTICLE = "の"
# Numbers in idioms and names, no measurement: `一つ一つ`, `第一歩`, `一層`, `八ッ場` (八 + ッ), and
# things counted with つ (`三つの課題`: a list announced, not an amount).
IDIOM_COUNTERS = frozenset({"ッ", "つ", "歩", "層", "旦", "端", "環", "部"})
ORDINAL_PREFIXES = frozenset({"第"})
IDIOM_NUMERALS = frozenset({"一"})  # `一日も早く`, `一人ひとり`: one is a quantity only with a unit noun

# `〜の廃止を求めてまいりました`, `〜を批判してきました`: a stance the speaker has held up to now, a claim
# though its verb is past.
# `〜を提言をしてまいりました`, `〜を要請してきたところであります`: with を before the light verb, and in the
# formal `〜てきたところです` too.
PAST_STANCE = re.compile(r"(求め|訴え|(?:主張|批判|要望|要求|要請|反対|指摘|提案|提言|申し入れ)(?:を)?し)(て|で)"
                         r"(まいり|参り|き)(ました|た|たところ(?:です|であります|でございます))$")

# `反対の理由は、〜`, `その理由として、〜`: a sentence that opens by naming a reason states the reason,
# a premise, whatever stance word it names; so does one that names one of several (`理由の一つは、`,
# `根拠の第一としては、`).
REASON_OPENER = re.compile(r"^[^、,，。]{0,12}(?:理由|根拠)(?:の(?:一つ|ひとつ|1つ|１つ|第[一二三四五1-5１-５]|最大のもの))?"
                           r"(?:は|として|としては|としましては)[、,，]")
REASON_OPENER_CUE = "理由の提示"  # its role cue; it supports the last stance of the turn (relations.py)
STANCE_CUE = "立場"

# A stance in a debate (`賛成の立場から`, `反対をするものであります`, `賛同いたします`).
STANCE_WORDS = ("賛成", "反対", "賛同")  # any mention makes a unit the speaker's claim (units._role)
# `〜の賛成討論といたします`: the debate named as one's stance (討論 right after the stance word) takes it too.
STANCE = re.compile(r"(賛成|反対|賛同)(を|の|いた|し|す|で(?!は)|討論と(?:いた|し|させ))")

DATED_ACT_CUE = "時点の事実"

DESCRIPTION_CUE = "内容の説明"
