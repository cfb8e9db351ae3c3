"""Cue tables for the extract stage: every Japanese word and threshold that decides units,
attributes and relations.

Kept apart from the rules so an analyst can read (and extend) what the pipeline reacts to. Every
entry is general Japanese, grouped by what it signals; lemmas are GiNZA/SudachiPy dictionary forms.
To add a cue, add it here and a sentence of your own that needs it to the family's test module.
"""
from __future__ import annotations

import re

from pipeline import names as nm

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
})
SPEECH_VERBS = frozenset({
    "言う", "いう", "述べる", "主張", "指摘", "強調", "説明", "語る", "答える", "話す", "発言",
    "表明", "明言", "断言", "訴える", "答弁", "申し上げる", "申す", "おっしゃる", "報告", "連絡",
})
# `Xから〜と報告をいただきました`, `〜と連絡を受けております`: a message received; its verb carries the frame
# noun as a light verb does, and the source named with から holds what it said.
RECEIVING_VERBS = frozenset({"いただく", "頂く", "受ける", "もらう", "貰う", "受け取る"})
SOURCE_PARTICLE = "から"
VIEWPOINT_VERBS = frozenset({"見る", "する", "言う", "いう"})  # `国民から見ると`: a point of view, no source
# `〜と聞いています`, `〜と伺っております`: what the holder heard frames a proposition passed on (hearsay),
# unless passive (`〜かと聞かれた`: asked).
HEARSAY_FRAME_VERBS = frozenset({"聞く", "伺う"})  # right after と
# The particles that quote a frame's complement: written `と`, and spoken `って` (`〜って思うんですよ`,
# `〜って言われてる`).
QUOTATIVE_PARTICLES = frozenset({"と", "って"})
ASKING_VERBS = frozenset({"伺う"})  # heard only in the past or progressive (`〜と伺っております`); else it asks
PASSIVE_AUXILIARIES = frozenset({"れる", "られる"})
# `〜とおっしゃいますが`: the honorific tells the listener what they said (holders.addresses_the_listener);
# so does a past passive of respect (`〜と言われましたが`) unless an agent says who told it (`市民から`, `人に`).
HONORIFIC_SPEECH_VERBS = frozenset({"おっしゃる", "仰る"})
AGENT_PARTICLES = frozenset({"から", "に"})
# Who said a quotation, named between its `と`/`って`, a comma and the verb (`〜と、多くの専門家が指摘して
# いる`, `〜って、地元の皆さんからも言われます`): a noun phrase of at most this many words, then these particles.
QUOTE_AGENT_WORDS = 6
QUOTE_AGENT_PARTICLES = frozenset({"が", "は", "も", "から", "に"})
# `〜とおっしゃいますが`, `〜と言われましたけれども`: the conjunction after a speech verb that takes it up.
ANSWERING_CONJUNCTIONS = frozenset({"が", "けれども", "けれど", "けど", "けども"})
ANSWERING_WINDOW = 6  # words after the verb where it is looked for (`おっしゃい|ます|が`)
# `〜というのは`, `〜というものを掲げる`, `〜という点が`: いう before a noun and a case particle names
# a topic or an object; it frames nothing.
APPOSITIVE_IU_LEMMAS = frozenset({"言う", "いう"})
APPOSITIVE_IU_PARTICLES = frozenset({"は", "が", "も", "を", "に"})
# `〜ということをおっしゃって、`: a quotation named as the object of a verb of saying, mid-sentence.
SAID_KOTO = ("ということを", "ということも")
# `〜ことを期待している`, `〜ことを知っている`: factive and hoping frames after こと.
# (Wishes, `〜ことを望んでいない`, are not frames: a wish of others is itself the proposition.)
KOTO_FRAME_VERBS = frozenset({"期待", "知る", "確信", "信ずる", "信じる", "理解", "認識", "懸念",
                              "心配", "承知"})
# `AことBことを期待します`: two propositions named by こと and joined by と, the object of one frame
# verb (KOTO_FRAME_VERBS): each is a unit in that frame.
KOTO_AND = "ことと"
KOTO = "こと"
ARGUMENT_PARTICLES = frozenset({"が", "を", "は", "も", "に"})
# `〜ことを承知しております`, `〜ことも認識しております`, `〜ことは十分に理解しています`: the particle after こと
KOTO_FRAME_PARTICLES = ("を", "が", "も", "は")
# `〜と認識しているところでございます`: the formal progressive of a frame verb keeps it the last predicate.
ONGOING_FRAME_TAIL = re.compile(r"(?:し|いたし|致し)?(?:て|で)(?:い|お)るところ(?:で|だ|です)?(?:ござい|あり)?(?:ます)?")
# `〜との見方を示した`, `〜との認識だ`: a view reported through a noun.
VIEW_NOUNS = frozenset({"見方", "認識", "考え", "見解", "立場", "方針", "意向", "見通し", "判断", "姿勢"})
# Nouns that head a modal predicate rather than name what a claim is about.
NOT_TARGETS = frozenset({"必要", "可能性", "こと", "もの", "の", "ほう", "方", "傾向", "恐れ", "おそれ",
                         "余地", "機会", "必要性", "ため", "はず", "わけ"})
# Modifiers kept with a target noun across の (`これらの企業`, `すべての人`, `多くの企業`).
DEMONSTRATIVE_MODIFIERS = frozenset({"これ", "それ", "あれ", "これら", "それら", "すべて", "全て", "多く",
                                     "一部", "他", "ほか", "各国", "我々", "私たち"})
# `〜と確信をいたしております`, `〜と指摘をしました`: a frame noun with を and a light verb frames as its verb does.
LIGHT_VERBS = frozenset({"する", "いたす", "致す"})
# Frame verbs whose holder commits weakly: `と思います` is hedged, `と考えています` is not.
# `〜かなって感じです`, `〜という感じですね`: a spoken impression frames what the speaker half-asserts.
IMPRESSION_NOUNS = frozenset({"感じ"})
HEDGING_FRAME_VERBS = frozenset({"思う", "思い", "存ずる"}) | IMPRESSION_NOUNS
STRONG_FRAME_VERBS = frozenset({"信ずる", "信じる", "確信", "断言", "明言"})

# Hedges inside the proposition (surface forms, matched on the span's text).
HEDGE_MARKERS = ("でしょう", "だろう", "かもしれ", "かも知れ", "可能性", "基本的に", "おそらく",
                 "恐らく", "たぶん", "多分", "ようだ", "ようです", "らしい", "と思われ", "と見られ",
                 "と考えられ", "ではないか", "のではない", "じゃないか", "気がする", "ある程度", "あり得",
                 "場合によっては", "いささか", "かねな", "かねませ",
                 # a feared possibility softens as `かねない` does (`〜が消えるおそれがあります`)
                 "おそれがあ", "恐れがあ", "おそれもあ", "恐れもあ")  # `いささか疑問を感じる`: a judgement softened
# `〜かなと思います`, `〜かなって`, `〜のかな`: spoken wondering softens the view (not `かなり`, `かなう`, `かなしい`).
HEDGE_KANA = re.compile(r"(?<![やらろさ\u3400-\u9fff])かな(?:ぁ|あ|ー)?(?=と(?!こ)|って|[、,，。？?！!…]|$)|(?<=[\u3400-\u9fff])かな(?:ぁ|あ|ー)?(?=と(?!こ)|って|[。？?！!…]|$)")
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
                     "責務で", "責務だ")
# An obligation that comes about (`〜しなければならなくなります`) is foreseen, not imposed.
OBLIGATION_ARISING = re.compile(r"(?:なければ|なくては|ねば)(?:なら|いけ)なくな|ざるを得なくな|ざるをえなくな")
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
# An adjective after adverbial `より` that modifies a noun (`より詳細なこと`) makes no comparison.
ATTRIBUTIVE_DEPS = frozenset({"acl", "amod"})
# Analogy: an explicit mapping from a source to a target domain.
# (`XのようなY` names an example of Y, not an analogy: it is an example cue.)
ANALOGY_MARKERS = ("のように", "と同じように", "と同様に", "と同様の", "と同じく", "のごとく",
                   "に似て", "に倣", "になぞら", *(f"{verb}ように{comma}" for verb in ("た", "だ") for comma in COMMAS))
PATH_ANALOGY = ("経路を辿", "経路をたど", "道を辿", "道をたど", "後を追", "あとを追", "道を歩",
                "轍を踏", "二の舞", "歴史を繰り返", "同じ運命", "同じ道")
# Words of the path itself, not of its owner (`Linuxの発展経路`: the source is Linux).
PATH_WORDS = frozenset({"かつて", "普及", "発展", "経路", "歴史", "成長", "進化", "変遷", "展開", "道"})
# `〜のように` that reports speech or refers to text, not an analogy.
# `〜が御指摘になったように`, `〜で説明したように`: a reference to what was said, not a mapping.
SPEECH_REFERENCE_BEFORE_YOUNI = re.compile(r"(?:指摘|説明|報告|答弁|発言|言及|紹介|お話し?|話し|申し|お答え|答え)"
                                           r"(?:に|を)?(?:なっ|され|し|いただい|頂い|させていただい|いたし|致し)?た?$")
# The last kana of a verb's or adjective's plain form (`好む`, `代わった`, `高い`): what precedes
# `のと同じように` is then a clause, and its source is what the verb governs.
PREDICATE_ENDING_KANA = "うくぐすつぬぶむるたい"
# A domain an analogy maps from or onto must be named: a pronoun alone names nothing.
PRONOUNS = frozenset({"これ", "それ", "あれ", "どれ", "これら", "それら", "ここ", "そこ", "あそこ", "こちら", "そちら",
                      "彼", "彼女", "彼ら", "私", "私たち", "我々", "あなた"})
NOT_ANALOGY_BEFORE_YOUNI = ("こ", "そ", "あ", "ど", "次", "以下", "上記", "前述", "言った", "言う", "述べた", "述べ",
                            "にあった", "にもあった", "であった", "でもあった", "ありました", "ございました",
                            "示した", "申し上げた", "ご存じ", "ご存知", "知って", "周知", "おっしゃった")
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
                     "に違いない", "可能性", "機会がある", "あり得", "おそれがある", "恐れがある", "将来", "場合によっては",
                     "ことになる", "ことになり", "かねな", "かねませ", "おそれがあり", "恐れがあり",
                     "危険性があ", "危険性が高", "リスクがあ", "リスクが高",
                     # what is plain to foresee (`〜ことは目に見えています`)
                     "ことは目に見えて", "のは目に見えて")
NOT_PREDICTION = ("でしょうか", "だろうか")
ATTRIBUTIVE_AFTER_MODAL = ("の", "への", "に向け")  # `将来への投資`, `見込みの数字`: the modal word names a noun
CHANGE_MARKERS = ("ようになる", "ようになり", "になる", "となる", "となり", "になり", "なくなる", "なくなり")
TIME_CUES = re.compile(r"今後|将来|いずれ(?![のもか])|これから|来年|来月|来週|年後|年以内|までに|やがて|次第に|ますます"
                       r"|そのうち|いつか|早晩|この先|このまま(?:では|だと|いけば)")
CONDITION_CUE = "条件"  # a condition clause before a change or action stands in for a time cue
PREDICTION_FRAME_VERBS = frozenset({"予測", "予想", "見込む"})
PROGRESSIVE_ENDING = re.compile(r"(て|で)(い|お)[るます]|(て|で)おり|(て|で)(い|お)(ない|ません|りません)|つつあ")
# Sentence-final particles that address the listener (`〜しましたよね`); the tense is before them.
FINAL_PARTICLES = frozenset({"よ", "ね", "よね", "な", "ねえ", "わ", "ぞ", "さ"})
EXISTENCE_VERBS = frozenset({"ある", "有る", "いる", "居る", "存在"})
REASON_PHRASE = re.compile(r"理由は")
# `赤字の主な要因は、〜の減少であります`, `減っているのは、〜によるものです`: a cause named as what the topic
# is (a copula ends the span: `原因は分かっていません` names none), or as what a described event comes from.
# `減っているのは、〜が伸びていないからにほかなりません`: nothing but a cause is a cause named.
CAUSE_NOTHING_BUT = re.compile(r"(?:から|ため)に(?:ほか|他)(?:ならない|なりません|ならず)$")
CAUSE_NAMED = re.compile(r"(?:(?:要因|原因)は[、,，]?[^。]+|のは[、,，]?[^。]+によるもの)"
                         r"(?:です|である|であります|でございます|だ)$")
STATIVE_VERBS = frozenset({"ある", "有る", "いる", "居る", "できる", "出来る", "存在", "異なる",
                           "違う", "要る", "含む", "持つ", "示す", "意味", "属する", "当たる",
                           "すぎる", "過ぎる", "追いつく", "知る", "わかる", "分かる", "望む",
                           "願う", "欲しい", "好む", "ござる", "御座る", "見受ける", "見える", "言える",
                           "なじむ", "馴染む", "通れる"})  # `避けて通れない`: what cannot be avoided
# The potential auxiliary after a verb (`対応できる`): an ability, a state.
POTENTIAL_AUXILIARIES = frozenset({"できる", "出来る"})

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
# `〜が〜を膨らませた要因だ`: a predicate noun that names a cause.
CAUSAL_NOUNS = frozenset({"要因", "原因", "せい", "おかげ", "理由"})
FORMAL_COPULAS = frozenset({"ござる", "御座る"})  # `〜が主な要因でございます`: で + ござる is the copula
DENIED_CAUSE = ("からではありません", "からではない", "ためではありません", "ためではない",
                "からではございません", "ためではございません",
                "からじゃない", "わけではない", "わけではありません")

# Evaluative predicates and nouns (`重要な瞬間だ`, `利点がある`).
EVALUATIVE_LEMMAS = frozenset({
    "重要", "大切", "不可欠", "有用", "有益", "有効", "便利", "安全", "危険", "優れる",
    "良い", "よい", "いい", "悪い", "大きい", "大きな", "小さい", "新しい", "素晴らしい", "すばらしい",
    "利点", "メリット", "デメリット", "欠点", "問題", "課題", "チャンス", "機会", "脅威", "価値",
    "高性能", "的確", "適切", "不適切", "正しい", "誤り", "間違い", "信じる", "信ずる", "前例", "画期的",
    "革新的", "重大", "深刻", "明らか", "可能", "不可能", "困難", "難しい", "易しい", "容易",
    "効率的", "強力", "魅力", "魅力的", "公平", "不公平", "透明", "信頼", "妥当", "不当",
    "大事", "疑問", "遺憾", "十分", "不十分", "不透明", "懸念", "心配", "有意義", "意義", "効果的", "失敗",
    "成功", "前向き", "不安", "不便", "不利", "有利", "トップクラス", "一流", "最悪", "最善", "理想", "理想的",
    # predicate nouns that sum a situation up (`これが地方都市の実情だ`), and sameness (`いつもと一緒です`)
    "実情", "実態", "本質", "一緒", "尚早", "時期尚早",
    # recommendations (`駅から近いので、おすすめです`)
    "お勧め", "お薦め", "おすすめ", "オススメ",
})
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
FORMAL_NOUNS = frozenset({"もの", "物", "こと", "事"})  # `〜すべきものだ`: べき before them still obliges
# `〜を使いたいという切実な声`, `〜したいという、…を望む声`: a voice named after `という`; what it wants is
# theirs, passed on (`〜したいという思い`, `〜したいというふうに思う` stay the speaker's).
VOICE_AFTER_IU = re.compile(r"^(?:という|との)[、,，]?[^。]{0,20}?(?:声|意見|要望|要求|指摘|批判|相談|訴え)")
# `〜考えていかなければいけない中で、…うれしいことだ`: a norm inside the circumstance `〜中で` sets the scene
# for the main predicate, it obliges nothing.
NORM_IN_CIRCUMSTANCE = re.compile(r"^[^、,，。]{0,4}?(?:中|なか)(?:で|に)")
# `〜を優先すべきだという意見`: a norm others voice, reported; it is not the holder's own.
REPORTED_NORM = re.compile(r"^[^、,，。]{0,4}(?:という|との)(?:意見|声|指摘|批判|要望|要求|主張|見方|議論)")
# `〜はいかがなものか(と思います)`: an idiom of disapproval, an evaluation and not a question.
DISAPPROVAL_IDIOMS = ("いかがなものか", "如何なものか")
# Evaluations through a negated understanding (looked for in the span's last EVALUATIVE_TAIL_CHARS) (`理解に苦しむ`, `意味が分からない`).
# `〜にほかなりません`, `〜にすぎない`: their negation affirms (nothing but X); `〜を狙ったものではない` still negates.
NOTHING_BUT = ("にほかならな", "にほかなりませ", "に他ならな", "に他なりませ", "にすぎな", "にすぎませ", "に過ぎな", "に過ぎませ")
JUDGED_AS_FACT = (*NOTHING_BUT, "を狙ったもの", "をねらったもの", "を狙うもの", "を意図したもの")
EVALUATIVE_PHRASES = ("理解に苦しむ", "分からない", "わからない", "分かりません", "わかりません", "理解できない",
                      "理解できません", "納得できない", "納得できません", "納得しがたい", "納得しづらい",
                      # negated judgements: not a fact, whatever amount they mention (`到底同意できません`)
                      "同意できな", "同意できませ", "同意しかね", "容認できな", "容認できませ", "認められな",
                      "認められませ", "許されな", "許されませ", "場合ではな", "場合ではありませ", "とは言えな", "とは言えませ", "とはいえな", "とはいえませ", *DISAPPROVAL_IDIOMS,
                      # unsuited or pointless (`〜にはなじまない`, `形だけでは意味がありません`)
                      "なじまな", "なじみませ", "馴染まな", "馴染みませ", "意味がな", "意味はな", "意味がありませ",
                      "意味はありませ", "意味をなさな", "意味を成さな", "避けて通れな", "避けては通れな",
                      # judgements worded as facts: what a thing amounts to or aims at (`〜の押しつけにほかなりません`,
                      # `〜を狙ったものです`) characterises it, whatever amount it mentions
                      *JUDGED_AS_FACT)
# `〜も一つの選択肢だ`, `選択肢の一つです`: judged an acceptable way, a view one could dispute.
ONE_OPTION = re.compile(r"(?:一つ|ひとつ|１つ|1つ)の(?:選択肢|考え方|方法|手段)|(?:選択肢|考え方|方法|手段)の(?:一つ|ひとつ|１つ|1つ)")
EVALUATIVE_TAIL_CHARS = 16
# `厳しすぎる`, `遅すぎた`: too much of a quality or an act is a judgement (`〜にすぎない` is no excess: に before).
EXCESS_VERBS = frozenset({"すぎる", "過ぎる"})
# `〜を守るための大きな一歩`: a purpose noun before a measure adjective is no subject that makes it classify.
PURPOSE_NOUNS = frozenset({"ため", "為"})

# `よろしくお願いします` on its own: a greeting, not a request with content.
GREETING_PHRASE = re.compile(r"^(?:どうぞ|どうか)?(?:よろしく|宜しく)?お願い(?:します|いたします|致します|申し上げます)$")
# `〜ようお願いいたします`, `〜をお願いします`, `御賛同を賜りますようお願い申し上げます`: お願い after
# these asks for something; it is a greeting only when nothing it asks for stands before it.
REQUESTING_BEFORE_ONEGAI = frozenset({"よう", "ように", "を", "に", "と"})
ONEGAI = "お願い"
# `ああそうなんだという感じですね`: a feeling put as a hedge; with fewer than MIN_CONTENT_WORDS content
# words before it, it frames no proposition.
FEELING_FRAME = re.compile(r"(?:という|って)感じ(?:です|でした|だ|でございます)?(?:ね|よ|かな)?$")
# `鈴木議員、佐藤議員他です`: names listed with 他/ほか/等 and a copula, no topic, no predicate.
NAME_LIST_ENDING = re.compile(r"(?:他|ほか|等|など)(?:です|でございます|であります)$")
LIST_TOPIC_PARTICLES = frozenset({"は", "が", "を", "も", "に"})
# Statements of pure feeling: not units (`楽しみです`, `嬉しいです`).
FEELING_LEMMAS = frozenset({"楽しみ", "嬉しい", "うれしい", "ワクワク", "わくわく", "興奮", "光栄",
                            "感謝", "好き", "大好き", "幸せ", "喜ぶ", "喜び", "誇り", "感動",
                            "残念", "悲しい", "寂しい", "ドキドキ"})
GREETING_LEMMAS = frozenset({"ありがとう", "ありがとうございます", "有り難う", "こんにちは",
                             "おはよう", "おはようございます", "お早う", "お早うございます", "こんばんは", "よろしく", "宜しく", "お願い", "失礼",
                             "お疲れ様", "おつかれさま", "さようなら", "どうも", "はじめまして"})
# Words a predicate ends in that add no content: nominalizers, light verbs, copulas
# (`重要な要素だということです` → `重要な要素`).
NOMINALIZERS = frozenset({"こと", "もの", "の", "ん", "という", "いう", "言う", "と", "する", "いる",
                          "おる", "ある", "です", "だ", "ます"})
# Procedural talk: `次に…話しましょう`, `〜に移ります`.
PROCEDURAL_VERBS = frozenset({"話す", "移る", "進む", "始める", "議論", "見る", "聞く", "伺う",
                              "紹介", "質問", "移す", "入る", "戻る", "続ける", "終わる", "開く",
                              "開会", "閉会", "散会", "休憩", "再開", "答える", "答弁", "説明",
                              "報告", "申し上げる", "許す", "諮る", "質疑", "議題", "発表", "知らせる"})
# A humble or plain announcement of what the speaker is about to do (`お答えいたします`).
ANNOUNCEMENT_ENDING = r"(いたします|致します|申し上げます|させていただきます|します|ます)$"

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
# After a title and a comma, these go on listing offices, not addressing one (`部長、課長が`, `市長、そして副市長も`).
LIST_CONTINUERS = frozenset({"そして", "また", "及び", "および", "並びに", "ならびに", "さらに"})
OFFICE_SUFFIXES = tuple(ADDRESS_TITLES | set(nm.ANSWERER_TITLES + nm.MEMBER_TITLES)
                        | {"係長", "次長", "所長", "院長", "署長", "校長", "園長", "館長", "審議官", "参事官", "理事",
                           "職員", "担当者"})
# Nouns for people and groups of people: a frame subject (`人々は…と考えていた`) that is not the
# speaker; a non-human topic before `と考える` is the complement's own subject instead.
# (GiNZA's entity labels are not used here: it tags `オープンソース` as a Company.)
# Organisations that speak as one (`市はお金がないと言う`, `〜って、警察からも言われる`): reported speech is theirs.
ORGANISATION_NOUNS = frozenset({"市", "県", "町", "村", "都", "府", "警察", "行政", "自治体", "役所", "市役所", "県庁",
                                "都庁", "省庁", "事務局", "組合", "団体", "協会", "学校"})
# A body named with `本`/`当`/`我が` before it or `当局` after it (`本市`, `当県`, `市当局`).
ORGANISATION_FORM = re.compile(r"(?:本|当|我が)?(?P<body>.+?)(?:当局)?")
# A speech verb that reports what a named source says even in the plain present (`市は〜と言う`); a
# humble one (`申し上げる`) or a wish (`〜と言いたい`) is the speaker's own.
REPORTING_SPEECH_VERBS = frozenset({"言う", "いう", "述べる", "主張", "説明", "語る", "話す", "答える", "答弁", "訴える"})
WISH_AUXILIARIES = frozenset({"たい"})
# Several sources named after one quotation (`〜って、警察からも家族からも言われる`) hold it together.
HOLDER_JOINER = "、"
HUMAN_NOUNS = frozenset({"人", "人々", "人たち", "人間", "方々", "企業", "会社", "政府", "国民",
                         "市民", "専門家", "研究者", "開発者", "ユーザー", "利用者", "消費者",
                         "政治家", "議員", "与党", "野党", "大臣", "首相", "総理", "長官", "知事",
                         "市長", "社長", "委員", "委員会", "国", "各国", "多く", "誰", "皆",
                         "みんな", "全員", "一部", "批評家", "業界", "関係者", "記者", "学者",
                         "経営者", "投資家", "当局", "世論", "有権者", "若者", "高齢者", "住民", "県民",
                         "町民", "村民", "区民", "子ども", "子供", "親", "家族", "学生", "生徒", "患者", "職員",
                         "事業者", "労働者", "住人", "保護者"}) | ADDRESS_TITLES | ORGANISATION_NOUNS
# People in general: their belief is a proposition about them, not a reported claim.
GENERIC_PEOPLE = frozenset({"人", "人々", "人たち", "人間", "多く", "誰", "皆", "みんな", "全員",
                            "一部", "国民", "市民", "消費者", "ユーザー", "利用者", "若者", "高齢者",
                            "有権者", "世論", "企業", "会社", "専門家", "研究者", "開発者"})
# `誰もが〜と言う`, `皆が〜と考えている`: everyone names no source; what everyone says is the speaker's generalization.
EVERYONE = frozenset({"誰", "誰しも", "皆", "みんな", "みな", "全員"})
THIRD_PERSON_PRONOUNS = frozenset({"彼", "彼女", "同氏", "氏", "彼ら", "同大臣", "同長官"})

# Negation of a predicate or a frame, and the forms that look negative but assert
# (`ではないでしょうか`, `かもしれない`, `なければ`); `〜とは考えにくい` denies through its frame.
NEGATION = re.compile(r"(ない|なく|なかっ|ません|ませんでし|(?<!は)ず(?![っつ])|ぬ|ねえ|ないで)")
HARD_TO = re.compile(r"(にく|難|がた|づら)い")
# `〜なのか、疑問を感じております`, `〜には疑問があります`: a doubt voiced about the matter denies it.
DOUBT_PREDICATE = re.compile(r"疑問(を|に)(感じ|思|持)|疑問(が|も)(あり|残|ござ)")
DOUBT_TAIL_CHARS = 16
# An apology or a softener in the negative form denies nothing (`申し訳ありませんが`, `すみませんが`).
POLITE_NEGATIVES = re.compile(r"申し訳(?:ありません|ございません|ない)|すみません|すいません|構いません|差し支えありません")
NOT_NEGATION = re.compile(r"(なければならな(い|かった)|なければなりませ(ん|んでした)|ねばならな(い|かった)|なくてはならな(い|かった)|"
                          r"少な(い|く|かっ)|否定(でき|し得)(ない|ません)|"
                          r"ではないでしょうか|じゃないですか|ではないか|ないでしょうか|じゃないか|"
                          r"ではない(?:の|ん)でしょうか|じゃない(?:の|ん)でしょうか|"
                          r"ではありませんか|かもしれない|かもしれません|に違いない|しかない|ほかない|"
                          r"ざるを得(?:な|ませ)|かね(?:ない|ません)|なければ|なくては|ないといけ|ないと|ないほど|ないくらい|ないぐらい|"
                          r"なきゃ(?:いけ|なら)?(?:ない|ません)?|なくちゃ(?:いけ|なら)?(?:ない|ません)?|"
                          # adjectives that end in ない and negate nothing (`もったいない`, `しょうがない`)
                          r"もったいな|勿体な|つまらな|くだらな|危な|情けな|申し訳な|仕方(?:が)?な|しょうがな|間違いな)")
# An auxiliary bunsetu (`ありません`) negates the one before it too.
NEGATED_AUXILIARY_LEMMAS = frozenset({"ある", "いる", "ない"})
# An obligation (`〜なければ|なりません`, `〜ては|いけない`, `〜と|だめだ`) ends in a bunsetu of its own:
# its head word and the particle before it.
OBLIGATION_HEADS = frozenset({"なる", "いける", "いく", "だめ", "駄目"})
# ... as written, when the parser splits the head (`なりません`, `いけない`, `ダメ`).
OBLIGATION_HEAD_FORMS = ("なら", "なり", "なる", "いけ", "いか", "だめ", "駄目", "ダメ")
# `〜しないものです`, `〜ないわけです`: a generalising noun and its copula; the verb before it is negated or not.
GENERALISING_NOUNS = frozenset({"もの", "物", "わけ", "訳"})
OBLIGATION_LINKS = frozenset({"ば", "は", "と", "ちゃ", "じゃ", "なきゃ", "なくちゃ"})  # `変えなきゃ|いけない`

# Rhetorical questions that assert.
RHETORICAL_QUESTION = ("ではないでしょうか", "ではないか", "じゃないですか", "じゃないか",
                       "べきではありませんか", "べきではないか", "ではありませんか",
                       "のではないでしょうか", "ないでしょうか")

# `〜べきではありませんか、伺います`: a rhetorical question before a short request tag is cut off it
RHETORICAL_QUESTION_CUE = "反語+依頼"
REQUEST_TAG_CHARS = 12  # `伺います`, `お答えください`, `市長の見解を伺います`
# Of RHETORICAL_QUESTION, the endings that assert even with a request tag after them; a bare
# `〜ないでしょうか、伺います` asks (`拡充するお考えはないでしょうか`, `再考することはできないでしょうか`).
ASSERTING_BEFORE_REQUEST = ("ではないでしょうか", "ではないか", "べきではありませんか", "べきではないか", "ではありませんか")

# Links between clauses inside a sentence, matched on a bunsetu's last words (clauses.link_of).
CONTRAST_CONJUNCTIONS = ("が", "けど", "けれど", "けれども", "けども")  # concessive が: joins its two sides
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
# `〜を立て直すためには、…が欠かせない`: what is needed for a goal, a condition rather than a reason.
PURPOSE_CONDITION = "ためには"
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
CONDITION_WORDS = ("たら", "なら", "限り")
CONDITION_NOUN = "場合"
# `平成26年度の場合`, `昨年の場合`: after a time and の, 場合 only says when; a time is a noun that can be an
# adverb (今年度) or a counter after a numeral (26年度, 3月).
NOUN_SCOPE_NO = "の"
TIME_NOUN_TAGS = ("副詞可能", "助数詞")
NUMERAL_TAG = "数詞"
CONDITION_NOUN_TOPIC = ("際",)  # `〜した際は`: a condition only with a topic particle (`〜する際に` is a time)
TOPIC_PARTICLE = "は"
# `〜することで、…が高まる`: a means that brings the main clause about, a condition.
MEANS_KOTO_DE = ("こと", "で")
# `XのビジョンはYを構築することで、…`: after a topic, `ことで` is a copula's continuative form.
# `この答弁があったにもかかわらず、B`: a concession that only points back (a demonstrative and at
# most ANAPHORIC_CONCESSION_CONTENT content words) concedes the sentence before, like a connective.
DEMONSTRATIVES = frozenset({"この", "その", "こうした", "そうした", "こういう", "そういう", "かかる"})
ANAPHORIC_CONCESSION_CONTENT = 3
# そ-words point back at what was just said: `Xと言われますが、そういった問題に直面し…` picks up the が-clause,
# which then sets the scene (前置き) for the main clause rather than conceding anything to it
ANAPHORIC_OPENERS = ("そういった", "そうした", "そういう", "そのような", "その", "それ", "そこ")
PREFATORY_CUE = "前置き"
DENIAL_TAIL_CHARS = 10  # a negation among a が-clause's last characters (`できていないのですが`) denies
# `XですがY` is one claim unless the が-clause is a proposition of its own, conceded to the main clause:
# - it explains with の/ん/わけ before the copula (`〜したんですが`, `〜したのでございますが`, `〜わけでありますが`);
EXPLANATORY_NOMINALIZERS = frozenset({"わけ", "訳"})  # and a 準体助詞 (の, ん), found by its tag
NOMINALIZER_TAG = "準体助詞"
COPULA_LEMMAS = frozenset({"だ", "です", "ます", "ある", "ござる", "御座る", "た"})  # with the past た: `〜んでしたが`
ADNOMINAL_COPULA = "だ"  # `な` in `〜なんです`, skipped to the predicate before it
TE_FORMS = ("て", "で")  # `〜とおっしゃって、`: a frame verb left open for the clause after it
TE_FORM_TAG = "助詞-接続助詞"  # `〜してなんですが`: a て-form leads in, it explains nothing
# - an adverb concedes it (`確かに〜ですが`, `もちろん〜ですけれども`);
CONCESSIVE_ADVERBS = ("確かに", "たしかに", "もちろん", "勿論", "無論", "なるほど")
# - or the main clause opens as a sentence would, with a connective and a comma (`〜ますが、なお、B`).
SENTENCE_LIKE_OPENERS = ("なお", "尚", "また", "ただし", "但し", "ただ", "さらに", "更に", "一方", "他方")
# `高齢者の医療の問題になりますと、`: `Nになりますと` names a topic, it sets no condition.
TOPIC_NARIMASUTO = ("になりますと", "となりますと")
OBLIGATION_ENDINGS = ("なければ", "なくては", "ねば", "なけりゃ")  # `守らなければならない`: no condition
CONCESSION_ENDINGS = ("ても", "でも")
# `〜においても`, `〜に対しても`: a case phrase with も, no concession.
NOT_CONCESSION_ENDINGS = ("においても", "に於いても", "に対しても", "についても", "によっても", "に関しても")
# `〜によれば` cites a source; it sets no condition.
EVIDENTIAL_LEMMAS = frozenset({"よる", "依る", "拠る"})
# A condition needs content of its own: `車さえあれば` (two words) stays in its clause.
MIN_CONDITION_CONTENT = 3
# ... except a verb's own condition (`春になれば`, `制度を使えば`): a verb that is no existence verb
# (`車さえあれば` stays) with ば or たら makes a condition with two content words.
MIN_VERBAL_CONDITION_CONTENT = 2
# Adjectives whose `〜ければ` is politeness or existence, no condition (`よろしければ`, `なければ`).
NO_CONDITION_ADJECTIVES = frozenset({"ない", "無い", "よい", "良い", "いい", "よろしい", "宜しい"})
# `〜を削ればよい`, `〜すればいいのか`: ば before よい says what suffices, it sets no condition.
SUFFICES_AFTER_BA = frozenset({"よい", "いい", "良い"})
# `〜すると、` is a condition after a verb; `一言で言うと`, `比べると`, `見ると` only frame what follows.
CONDITION_TO = "と"
META_CONDITION_LEMMAS = frozenset({"言う", "いう", "見る", "みる", "考える", "比べる", "較べる", "比較", "申す",
                                   "申し上げる", "思う", "聞く", "察する"})  # `〜から察すると`: judging from
# `〜し、`: two clauses side by side (`未定ですし、…心配です`).
# `Aはあり、Bは〜` / `Aはあり、Bも〜`: the next clause's own topic makes a continuative form a cut.
# `〜が厳しさを増す中で、`: the circumstance a main clause answers to, its ground.
CIRCUMSTANCE = ("中", "で")
SUBJECT_PARTICLE = "が"
WHERE_TO_START_PREDICATES = frozenset({"できる", "出来る", "やれる"})  # `できることから、始める`: where to start
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
PARALLEL_SHI = "し"  # an unframed, not normative `〜し、` clause lists a reason: a premise (roles.py)
# `厳しいながら`: ながら after an adjective or a noun concedes; after a verb it only says "while",
# a verbal noun's する too (`動向を注視しながら、検討します`, `連携しながら`).
CONCESSIVE_NAGARA = "ながら"
ALSO_BEING = ("も", "ある")  # `〜ところもあり、…心配です`: partly because, a reason
AS_SOON_AS = "次第"  # `選定し次第、…`: as soon as, a condition
ABOVE_ALL_WORDS = frozenset({"何", "なに", "なん"})  # `何より(も)`: above all, no standard of comparison
# `〜を講じることとしておりまして、これにより…`, `〜であり、そのため…`: a clause in its continuative form
# and a connective that points back at it: the clause is the ground of the rest of the sentence.
CONSEQUENCE_AFTER_CLAUSE = ("これにより", "これによって", "それにより", "それによって", "その結果", "この結果",
                            "そのため", "このため", "その為", "この為", "したがって", "従って", "よって")
PARTICLES_AFTER_A_NOUN = tuple("をがのはもにで")  # `その結果を検証し`, `そのための予算`: a noun, no connective
COMPARISON_LEMMAS = frozenset({"比較", "比べる", "較べる"})  # `〜と比べても` compares, concedes nothing
VIEWPOINT_LEMMAS = frozenset({"見る", "みる"})  # `他県の事例を見ても、`: where one looks, no concession
# `税金を使う以上、`: given that (a reason), after a predicate
GIVEN_THAT = "以上"
# `見ても`, `見てみましても`, `考えましても`: the て-form with も after a verb (through みる and ます).
TE_MO_AFTER_VERB = re.compile(r"^(?:まし)?て(?:み(?:まし)?て)?も")
CONCESSION_WORD = "のに"  # GiNZA's one token, or の (SCONJ) + に
CONCESSION_PHRASES = ("にもかかわらず", "にも関わらず", "ものの")
CONCESSION_PHRASE_WORDS = 5  # `に も かかわら ず`: four words, looked for among a bunsetu's last five
EXAMPLE_NADO = "など"  # `〜するなど、B`: a verb clause listed as an example of B
SUBORDINATE_LINKS = ("reason", "condition", "concession", "example")
# `〜すると目標を掲げた`, `〜すると計画に書いた`: right after a と, a noun of what is said or aimed at
# (and, a few words on, a verb of writing or promising) makes the と a quotation, no condition.
QUOTED_CONTENT_NOUNS = frozenset({"目標", "方針", "約束", "公約", "決意", "主張", "宣言", "見通し", "見解", "意向", "答弁",
                                  "発言", "回答"})
QUOTING_VERBS = frozenset({"書く", "記す", "明記", "記載", "約束", "宣言", "公言", "誓う"})
# Verbs that quote only right after the と (`〜すると発表した`); further on they follow a condition
# (`雨が強くなるとすぐに中止を決めます`).
QUOTING_VERBS_NEXT = frozenset({"決める", "決定", "発表", "公表", "聞く", "伺う"})
OBJECT_PARTICLES = ("を", "に")
# How far after a quoting と its frame verb may stand (`〜と私は強く考えています`), in words.
FRAME_VERB_WINDOW = 5
# How many heads a token's chain is followed before giving up (parses have no cycles; a bound anyway).
HEAD_CHAIN_LIMIT = 30
# The tail of a span, in characters, where causal and progressive endings are looked for.
ENDING_CHARS = 8
# `〜という考えに変わりはありません`, `異論はない`, `改善の余地がある`: existence of these judges the matter,
# it is a claim and no fact about what exists.
JUDGING_EXISTENCE_NOUNS = frozenset({"変わり", "異論", "異存", "余地", "限界", "矛盾", "無理", "疑い", "疑義",
                                     "問題点", "落ち度", "非", "誤り", "責任",
                                     # a need that exists or not is a norm (`〜する必要はありません`)
                                     "必要", "必要性",
                                     # a risk that exists is a forecast (`〜が漏れる危険性があります`)
                                     "危険性", "危険", "おそれ", "恐れ", "リスク", "懸念"})
# `〜することはありません` denies an event: こと this close to the end is no existence statement.
EXISTENCE_KOTO_CHARS = 10

# `大臣、〜すべきではありませんか`: a title (cues.ADDRESS_TITLES, a name at most before it, VOCATIVE_WORDS
# words in all) and a comma open a sentence addressed to that person; the address is no part of the proposition.
VOCATIVE_WORDS = 3

# Sentence-initial connectives that relate a sentence to the one before it.
SENTENCE_CONTRAST = ("しかし", "しかしながら", "だが", "ですが", "でも", "ところが", "むしろ",
                     "一方", "一方で", "その一方", "その一方で", "他方", "反面", "その反面", "それでも", "けれども", "とはいえ", "ただ", "ただし",
                     "だからといって", "だからと言って",  # `だからといって`: what follows does not follow
                     "とはいうものの", "とは言うものの", "そうはいうものの", "そうは言うものの", "とはいっても", "とは言っても",
                     "そうはいっても", "そうは言っても")  # `とはいうものの`: granted that, yet
# Longer words a connective is the start of, which are no connective (`ただ単に`, `それでは`, `ただちに`).
NOT_CONNECTIVES = ("ただ単に", "ただちに", "ただいま", "ただ今", "それでは", "それでいて", "でもって", "一方的", "一方の",
                   "よってたかって", "その一方的", "反面教師", "反面的")
# `A。B。以上のことから、C。`: a conclusion drawn from several sentences before it (at most
# FACTS_RUN_SENTENCES, each a premise or a claim of the same turn), not from the last alone.
SUMMING_UP_CONSEQUENCE = ("以上のことから", "以上から", "以上により", "以上の理由から", "以上の理由により", "以上の点から",
                          "これらのことから", "これらを踏まえ", "以上を踏まえ")
SENTENCE_REASON = ("なぜなら", "というのも", "というのは", "何故なら")
SENTENCE_CONSEQUENCE = ("だから", "ですから", "したがって", "従って", "そのため", "このため", "その為", "この為", "それゆえ",
                        "よって", "ゆえに", "そこで", "それで", "このことから", "そのことから",
                        "だからこそ", "ですからこそ", "それゆえに",  # `だからこそ、`: the whole word opens
                        "したがいまして", "従いまして",  # the formal したがって of assembly answers
                        "ですので", "なので", "でございますので",  # `ですので、国としては…必要がある`
                        "これにより", "これによって", "それにより", "それによって") + SUMMING_UP_CONSEQUENCE
# Openers that point back at what the sentence before describes (`これでは…できない`): it leads here.
# Looked for in the unit's own text, which keeps them (`こんなことで〜できるんですか` is a challenge).
ANAPHORIC_CONSEQUENCE = ("これでは", "こんなことで", "そんなことで", "このようなことでは", "そのようなことでは",
                         "こうしたことでは", "そうしたことでは", "このままでは", "その結果", "結果として",
                         "そうすると", "そうなると", "そうなれば")
# Openers that set what the sentence before describes as the situation or viewpoint this one speaks
# from (`このような状況で、〜には賛成できません`): the sentence before is its ground.
ANAPHORIC_GROUND = ("このような状況で", "こうした状況で", "そうした状況で", "そのような状況で", "このような状況の中で",
                    "こうした状況の中で", "このような中で", "こうした中で", "そうした中で", "そのような中で", "こうした中",
                    "そうした中", "こうした観点から", "そうした観点から", "このような観点から", "そのような観点から",
                    "この観点から", "その観点から", "そういう観点から", "こういう観点から", "こうしたことから",
                    "そうしたことから", "こうした状況を踏まえ", "こうしたことを踏まえ", "これを踏まえ", "それを踏まえ")
# Openers that offer this sentence as evidence for the one before (`A。実際に、B。`: B supports A);
# `実際に` needs its comma (`実際に現場を見てまいりました` only says how), `実際には` contrasts.
EVIDENCE_OPENERS = (*(f"{word}{comma}" for word in ("実際に", "実際", "事実", "現に") for comma in COMMAS),
                    "その証拠に")  # `現に存在する施設`: without its comma, 現に is "now existing"
# `確かにA。しかしB。`: an adverb that concedes the sentence it opens; an adversative connective after it
# makes that sentence a concession to the next. Connectives that set two sides beside each other
# (`一方`, `むしろ`) concede nothing.
CONCEDED_SENTENCE_OPENERS = ("確かに", "たしかに", "もちろん", "勿論", "無論")
SIDE_BY_SIDE_CONTRAST = ("むしろ", "一方", "一方で", "その一方", "その一方で", "他方", "反面", "その反面",
                         "だからといって", "だからと言って")
# `これが〜の要因だ`: a cause named by a noun (CAUSAL_NOUNS) that points back takes the sentence before as the cause.
CAUSE_POINTING_BACK = ("これ", "それ", "このこと", "そのこと", "こうした", "そうした", "こういった", "そういった")
# Support relations whose source is offered as a ground across sentences (a consequence connective,
# an anaphoric ground or evidence opener, a cause pointing back): a plain fact there is a premise.
# `A。例えば、B。`: an instance offered as an example (a plain fact there is a premise); `具体的には` details
# the sentence before rather than illustrating it.
ILLUSTRATING_EXAMPLE = ("例えば", "たとえば", "一例として")
# `〜を完成させること。`: a nominal こと closing a sentence demands (a resolution's list), it states no fact.
DEMAND_ENDING = "こと"
GROUND_RELATION_CUES = SENTENCE_CONSEQUENCE + ANAPHORIC_CONSEQUENCE + ANAPHORIC_GROUND + EVIDENCE_OPENERS \
    + CAUSE_POINTING_BACK
# `A。B。これでは、C。`: how many sentences of facts before it an anaphoric opener gathers.
FACTS_RUN_SENTENCES = 3
# `A。にもかかわらず、B。`: the sentence before is conceded to this one.
# `A。これは、〜。しかし、B。`: a sentence that opens with a topic pointing back at A only elaborates A;
# a contrast after it answers A (relations._contrasted).
ELABORATING_TOPICS = ("これは", "このことは", "それは", "このことについては")
SENTENCE_CONCESSION = ("にもかかわらず", "それにもかかわらず", "にも関わらず", "それにも関わらず", "それなのに",
                       "なのに")
# `〜を掲げているわけですが、`, `〜とのことですけれども、`: a が-clause that states what is given (わけ,
# ということ) prefaces the main clause; it concedes nothing to it.
PREFATORY_CONCESSION = re.compile(r"(?:わけ|ということ|とのこと)(?:です|でございます|であります|だ)(?:が|けれども|けれど|けども|けど)$")
SENTENCE_EXAMPLE = ("例えば", "たとえば", "具体的には", "一例として")
# A connective is looked for among a sentence's first words.
CONNECTIVE_WORDS = 5  # `にもかかわらず` is four words
# `なぜなら A からです`: the reason ending stripped from the premise's span.
REASON_SENTENCE_ENDING = re.compile(r"(から|ため|ので)(?:なん|なの)?(です|だ|である|であります|でございます|でしょう)?$")
# `〜次のように述べた:` ends in a colon: the sentences after it are the quotation.
INTRODUCES_QUOTE = (":", "：")
# `鈴木委員の発言にあったように`: what the clause says is credited to the speaker of that remark.
CITED_SPEECH = re.compile(r"の(?:御|ご)?(?:発言|答弁|指摘|説明|報告|言葉|お話|話)(?:の中)?(?:に|で)(?:も)?"
                          r"(?:あった|ありました|ございました|あります)?(?:ように|とおり|通り)")
# `X長官はこのように言っております。「…」`: a sentence that only reports that someone spoke, and
# introduces (or closes) a quotation; it is no unit, and the quotation after it is X's.
QUOTE_INTRODUCER = re.compile(r"(?:(?:この|次の|以下の|その)(?:ように|とおり|通り)|こう)[^、,，。「」]{0,12}"
                              r"(?:言っ|言い|言う|言わ|いっ|述べ|語っ|語り|語る|話し|話す|おっしゃ|発言|答弁|説明|指摘|申し|記し|記さ|書い|書か)"
                              r"[^、,，。「」]{0,12}[。:：]?$")
# Sentence ends that close a sentence in narration (anything else there is a headline).
SENTENCE_CLOSERS = ("。", "！", "!", "」", "』", "）", ")")
# An unclosed line that ends like a sentence (`〜と考えます`, `〜すべきである`) is a sentence whose 。 is
# missing, not a headline; so is a line too long for a headline (HEADING_MAX_CHARS).
# Speech adds sentence-final particles (`〜んですよ`, `〜んですよね`, `〜じゃないですか`): still a sentence.
SENTENCE_LIKE_ENDING = re.compile(r"(です|ます|ました|でした|ません|だ|である|であります|でございます|だった|でしょ"
                                  r"|(?:ではない|じゃない|べき(?:ではない)?)か)"  # `〜をやめるべきではないか`: a rhetorical question
                                  r"(?:よね|よ|ね|な|か)?$")
# Polite auxiliaries: a text in the polite form is speech (an unlabelled speech), not a news report.
POLITE_AUXILIARIES = frozenset({"ます", "です"})
# Plans and invitations: procedural when the predicate is a procedural verb.
PROCEDURAL_PLAN = re.compile(r"ましょう|しよう|ようか")

# --- Not units: requests, ceremony, procedure, self-introductions, headings -------------------
# Requests for an answer (`見解を伺います`, `お聞かせください`, `答弁を求めます`): a verb of telling,
# showing or answering with a request ending, or a verb of asking in the speaker's own voice.
REQUEST = re.compile(
    r"(?:(?:聞かせ|答え|教え|示し|説明|答弁|見解|所見|お考え|ご認識|御認識)(?:を|の|は)?(?:して|て|で)?"
    r"(?:いただ(?:きたい|けますか|けませんか|ければ)|頂きたい|ください|下さい|願います|願いたい|求めます|求めたい)"
    r"|(?:伺|うかが|尋ね|お聞き|お訊き)(?:い|し)?(?:ます|たい|します|いたします|致します|したい|いたしたい)"
    # words asked for (`読者へのメッセージをお願いします`, `一言お願いします`)
    r"|(?:メッセージ|一言|ひとこと|コメント|答弁|回答|お答え|ご説明|御説明)(?:を)?お願い(?:します|いたします|致します|できますか))"
    r"(?:と(?:思います|存じます|思っております))?"
    # a request put as a preface (`〜についてお伺いしたいんですけども、…`) asks all the same
    r"(?:(?:ん|の)です)?(?:が|けれども|けども|けど)?$")
# Condolences, congratulations, apologies and other ceremonial words (`哀悼の意を表し`).
CEREMONIAL_WORDS = ("お悔やみ", "悔やみ申し上げ", "哀悼", "冥福", "お祈り申し上げ", "おめでとう", "お見舞い申し上げ",
                    "御挨拶", "ご挨拶", "お喜び申し上げ", "敬意を表し", "おわび", "お詫び", "陳謝", "御礼申し上げ",
                    "お礼申し上げ", "感謝申し上げ", "謝意を表")
# Procedural talk: announcing what one is about to do or did in the session, referring to a
# question just asked, introducing a topic (`〜についてですが`), closing (`以上です`).
PROCEDURAL_PHRASE = re.compile(
    r"(?:(?:質問|質疑|討論|答弁|説明|報告|紹介|発言|お答え|お知らせ)(?:を)?"
    r"(?:させていただきます|いたします|致します|申し上げます|します|行います|行わせていただきます)"
    r"|(?:質問|質疑|討論|発言|お知らせ)(?:を)?(?:させていただきたい|いたしたい|したい)"
    r"|(?:質問|お話|話|ご指摘|御指摘|お尋ね|ご意見|御意見|ご質問|御質問)が(?:ありました|ございました)"
    r"|(?:について|に関して|に関しまして|の件)(?:です|でございます|であります)"
    r"|^(?:(?:ここで|そこで|次に|まず|最後に|それでは|では|改めて)[、,，]?)?(?:質問|お尋ね)(?:です|でございます)?"

    r"|^以上(?:です|でございます|であります)?"
    # spoken procedure: what the talk turns to, and its close (`じゃあ次のスライドいきます`, `今日はこのへんで`)
    r"|(?:の|について|に関して)(?:お話|話)(?:を)?(?:させていただきたい|させていただきます|したい)"
    r"|(?:^|じゃあ|じゃ|では|それでは)[、,，]?次(?:の[^、,，。]{1,10})?(?:に|へ)?(?:いき|行き|移り|進み|まいり|参り)(?:ます|ましょう)"
    r"|(?:今日|本日|今回|今週)は(?:この(?:へん|辺|あたり)|ここまで)(?:で|です|にします|にしましょう)?"
    # talk about the talk before what is said (`少し話は変わるのですが、`, `余談になりますが、`)
    r"|^(?:少し|ちょっと|若干)?(?:話|話題)(?:は|が|を)(?:少し|ちょっと)?(?:変わ|変え|飛(?:び|ぶ|ん)|それ|逸れ|戻)"
    r"[^、,，。]{0,8}(?:が|けれども|けども|けど|ます|ましょう)"
    r"|^[^、,，。はが]{0,8}(?:話|余談|私事|蛇足)に(?:なる|なります|なって)(?:のです|んです|のでございます)?"
    r"(?:が|けれども|けども|けど)"
    r"|^(?:本日|今日|今回)の(?:発表|報告|お知らせ)(?:事項|案件)?は[、,，]?(?:[一二三四五六七八九十0-9０-９]+(?:点|件|つ)"
    r"|ありません|ございません)(?:です|でございます|であります)?)(?:が|けれども|けども|けど)?$")
# The speaker's own schedule (`来月に説明会を開催する予定でございます`): a plan announced, not a claim.
OWN_PLAN = re.compile(r"予定(?:です|でございます|であります|でおります|にしております|としております|となっております|をしております)$")
# A noun tagged this way (`今日`, `本日`, `今回`) marked は sets the time, it is no subject.
ADVERBIAL_NOUN_TAG = "副詞可能"
ADJECTIVAL_NOUN_TAG = "形状詞可能"  # `普通は`, `正直`: tacked on after a predicate, an adverb
# An answer naming the question it takes up (`〜についてのお尋ねです`, `〜という御質問でございますが、`):
# the question is the asker's, restated; the answer follows.
QUESTION_REFERENCE = re.compile(r"(?:(?:について|に関する|に関して|という|との)(?:[^、,，。]{0,10}の)?"
                                r"(?:お尋ね|御質問|ご質問|質問|お問い合わせ|質疑)|の(?:御|ご)(?:質問|お尋ね)|のお尋ね"
                                r"|^(?:[^、,，。]{0,6}の)?私の(?:一般|代表)?質問)"
                                r"(?:です|でございます|であります)(?:が|けれども|けども|けど)?$")
# The chair's and a committee's agenda business: a matter put on the agenda, referred or decided on
# (`請願第12号を議題といたします`, `委員会に付託いたします`, `不採択とすることに決定いたしました`).
AGENDA_BUSINESS = re.compile(r"議題と(?:いた|致)?します$|議題とすることに決定|に付託(?:いた|致)?します$"
                             r"|(?:採択|不採択|可決|否決|承認|認定|継続審査)(?:と)?(?:すべき(?:もの)?と|とすることに)決定")
# The speaker's own act in the session, anywhere in a unit (`反対の立場から討論いたします`, `趣旨弁明をいたします`,
# `提案説明を行います`, `意見を述べさせていただきます`, `採決いたします`, `〜についてお伺いをいたします`,
# `〜とさせていただきますが、…`): a key point takes it only for the stance it declares (keypoints), never
# for the act (every speech has one).
SESSION_ACT = re.compile(r"(?:討論|弁明|提案説明|趣旨説明|意見|質問|質疑|採決|議題|お尋ね|お伺い)[をとに]?"
                         r"(?:行い|(?:申し)?述べ|申し上げ|いたし|致し|し|終わり|終え)?(?:させていただき)?(?:ます|たい)")
# What the minutes note of the room (`発言する者あり`, `「そうだ」と呼ぶ者あり`): nobody's proposition.
STAGE_DIRECTION = re.compile(r"(?:発言する|呼ぶ|離席する|退席する)者(?:あり|多し)")
# A plea for the audience's indulgence and nothing else (`ご了承願います`, `何とぞご理解のほどよろしくお願いいたします`).
COURTESY_REQUEST = re.compile(r"^(?:何とぞ|なにとぞ|どうか|どうぞ)?[、,，]?(?:ご|御)(?:了承|理解|協力|承知)(?:の(?:ほど)?|を)?"
                              r"(?:よろしく)?(?:お)?願い(?:いたします|致します|します|申し上げます|ます)?$")
# A bill's or resolution's title standing alone (`〜に関する決議（案`, `〜の件`): it names, it asserts nothing.
TITLE_ENDINGS = ("（案", "(案", "案）", "案)")
# A preface before the point (`いろいろな試算がありますけれども、`, `様々な御意見もございますが、`, `ほかの議員と質問が
# 重複する部分もありますが、`): that views of all kinds exist, or that one's questions overlap, sets the scene.
PREFACE = re.compile(r"^(?:(?:いろいろ|いろんな|色々|様々|さまざま|諸々|もろもろ)な?(?:ご|御)?"
                     r"(?:試算|意見|見方|考え方|考え|議論|説|指摘|声|評価|見解|数字|データ|報道|受け止め)"
                     r"(?:が|も)(?:ある|あり|ござい)(?:ます)?"
                     r"|[^。]{0,30}(?:質問|通告|お尋ね)[^。]{0,20}重複[^。]{0,15}"
                     r"|[^。]{0,20}重複(?:する|した|している|しております)(?:質問|部分|点|内容)[^。]{0,12})"
                     r"(?:けれども|けれど|けども|けど|が)$")  # only as a clause conceded before the point
# A press conference's account of the cabinet meeting (`本日の閣議では、〜が決定されました`, `あとは、国会提出
# 案件で、質問主意書が沢山ありました`): what was on the agenda, the session's business.
CABINET_BUSINESS = re.compile(r"^(?:(?:あと|また|その他|ほか|他)(?:は|に)?[、,，]?)?(?:(?:本日|今日|今朝|先ほど)の)?"
                              r"(?:閣議(?:では|は|において|におきましては)[、,，]?"
                              r"|(?:一般案件|国会提出案件|人事案件|質問主意書|答弁書)(?:で|では|として|は|が|も)[、,，]?)"
                              r"[^。]{0,60}?(?<!で)(?<!であり)"  # `〜な内容でありました` judges: no business
                              r"(?:(?:が|も|について)(?:沢山|たくさん|多数|数件|[0-9０-９一二三四五六七八九十]+件)?(?:ありました|ございました)"
                              r"|(?:閣議)?決定(?:され|いたし|し)ました|了解(?:され|し)ました|報告(?:され|いたし|し)ました)$")
# An enumerated topic announced with a copula (`まず、冬の備えです`, `二点目は、財源の問題です`).
TOPIC_ENUMERATOR = re.compile(r"^(?:まず|次に|続いて|最後に|(?:[一二三四五1-9１-９]|もう)(?:つ|点)目?(?:は|が)|"
                              r"(?:一|二|三|1|2|3|１|２|３)番目(?:は|が))[、,，]?")
TOPIC_HEADING_COPULAS = ("です", "でございます", "であります", "についてです")
# `冒頭、1つ申し上げます`: an opener that announces what comes next.
# (`本日は私から一点、御報告がございます`: a day word may come first)
ANNOUNCEMENT_OPENER = re.compile(r"^(?:(?:本日|今日|今回)は[、,，]?)?(?:冒頭|私から|私の方から|こちらから)")
ANNOUNCEMENT_VERBS = re.compile(r"(?:申し上げ|ご報告|御報告|お知らせ|ご紹介|御紹介|お伝え|発表)"
                                r"(?:を)?(?:いたし|し|させていただき|したいことがあり|することがあり)?(?:ます|たい)$"
                                r"|(?:報告|発表|お知らせ)(?:事項)?が(?:あります|ございます)$")
# Self-introductions (`〇〇新聞の山田です`, `〜選出の〜でございます`, `〜と申します`): a person's name
# right before the copula, with no topic but the speaker.
SELF_INTRODUCTION_ENDINGS = ("です", "でございます", "であります", "と申します", "と申し上げます")
# A reporter naming the outlet alone (`東西新聞です`, `NHKの者です`) introduces the speaker.
OUTLET_INTRODUCTION = re.compile(r"^[^、,，。はが]{0,12}(?:新聞|新報|日報|通信|通信社|放送|テレビ|TV|ＴＶ|NHK|ＮＨＫ|タイムス|タイムズ)"
                                 r"(?:社)?(?:の者)?$")
# Acknowledging others' feelings or views (`御懸念は理解しております`, `様々な御意見があることは承知しております`)
# grants that they exist; it puts nothing forward.
ACKNOWLEDGED = re.compile(r"(?:懸念|不安|心配|意見|声|指摘|受け止め|批判|不満|気持ち|思い|事情|要望)"
                          r"(?:が(?:ある|あること|あるということ))?(?:は|も)[、,，]?(?:十分|重々|よく)?(?:に)?"
                          r"(?:理解|承知)(?:して|いたして|致して)(?:おります|います|おる)$")
# Headings, datelines, captions: an unclosed line with no predicate, or one ending in a topic word.
HEADING_ENDINGS = ("について", "に関して", "関連", "の件", "について(", "等")
HEADING_MAX_CHARS = 60
HEADING_WRAPPERS = "()（）[]［］【】〈〉<>・●○◆■□- 　"  # taken off both ends before a heading is judged
HEADING_CLOSERS = ("。", "！", "!", "」", "』", "?", "？")
# A title's quotation (`〜が語る「円安の本当の理由」`) closes on a noun; a sentence inside would have these.
TITLE_QUOTE_CLOSERS = ("」", "』")
SENTENCE_PUNCTUATION = ("。", "！", "!", "?", "？")
# Questions: sentence ends that ask; a bare topic (`ご感想は`) asks too when nothing follows it.
QUESTION_ENDINGS = ("か", "のでは", "んでは", "かね")
# A challenge put as a question (`こんなことで〜を実現できるんですか`, `本当にそれで足りるのですか`):
# a `〜のですか` question with a word that doubts (CHALLENGE_WORDS) and a modal, negative or
# evaluative core asserts the opposite; a plain `〜できるんですか` asks.
CHALLENGE_ENDINGS = ("のですか", "んですか", "んですかね")
CHALLENGE_CUE = "反語"  # the cue of a challenge's role, type and polarity (it asserts the opposite)
# `〜を誘致してよいのですか`: asking, in the formal よい, whether a course is allowed challenges it (a plain
# `〜してもいいですか` asks leave).
PERMISSION_CHALLENGE = re.compile(r"(?:て|で)よい(?:の|ん)(?:ですか|でしょうか|か)$")
# `〜と理解してよいのでしょうか`, `〜という認識でよいのですか`: a question that confirms an understanding asks.
CONFIRMING_BEFORE_YOI = re.compile(r"(?:理解|解釈|認識|受け止め|考え|捉え|とらえ)(?:し|て|で|を)*(?:て|で)よい(?:の|ん)")
CHALLENGE_WORDS = ("こんなこと", "そんなこと", "こんな程度", "そんな程度", "これで本当", "それで本当", "本当に", "一体", "果たして",
                   "これでは", "それでは本当")
CHALLENGE_MODAL_LEMMAS = frozenset({"できる", "出来る", "得る", "える", "べし", "ない", "ぬ", "ず"})
# `なぜこんなに遅れているんですか`, `どうして〜しないのですか`: asking why about a state the asker presupposes
# and finds wrong (a negative predicate, an evaluative word, or a degree word such as こんなに) challenges
# it; the proposition is asserted as it stands (polarity kept). `なぜ出席したのですか` asks.
REASON_CHALLENGE_WORDS = ("なぜ", "どうして", "なんで", "何で")
REASON_CHALLENGE_LEMMAS = frozenset({"ない", "ぬ", "ず"})
CHALLENGE_DEGREE_WORDS = ("こんなに", "これほど", "それほど", "そんなに", "あんなに", "ここまで")
# With a degree word, a state that is wrong in itself makes `なぜ` a reproach (`なぜこんなに遅れているのか`).
WRONG_STATE_WORDS = ("遅れ", "遅い", "滞", "悪化", "膨ら", "放置", "後回し", "高騰", "重い", "高い", "少ない", "足りな", "不足")
# `〜という点は`: a sentence left at its topic asks, when it holds a question word.
QUESTION_WORDS = ("どのよう", "どう", "何", "なぜ", "いかが", "どの", "どんな", "どういう", "いつ", "誰", "どこ")
# `〜と考えますが、いかがでしょうか`: a bare tag after a view asks for a reply to it; the view before
# it is judged on its own.
TAG_QUESTION = re.compile(r"^[、,，]?(?:では|それでは|この点|この点について)?[、,，]?(?:いかが|どう)"
                          r"(?:でしょうか|ですか|でございましょうか|か)[。？?]*$")
# `〜が必要かと考えております`: a view put softly, not a question, unless a question word asks
# (`どうなるのかと思う`).
SOFTENED_KA = "か"
# `〜してはならないということで、…する`, `〜に改めるとの方針のもとで、…した`: a proposition named as the
# ground of what follows (a `という`/`との` complement before `ことで` or a view noun's `のもとで`), ended
# by a comma; it is cut like a completed frame, its complement a unit of its own.
CONTINUING_FRAME = re.compile(r"(?:という|との)(?:ことで|(?:方針|考え|認識|判断|見方|立場|見通し)の(?:もと|下)で)$")
# A statement so named (`説明会が行われるということで、`, `手続も多いということで、`) is the ground of what
# follows, a premise; a norm so named (`〜してはならないということで、`) stays the speaker's claim.
GROUND_CUE = "前提の提示"
# Of those, `〜ということで、B` reads "so B": the ground supports B (relations.py).
GROUND_THEREFORE = ("ということで", "とのことで")
# `Aというか、B` (or rather): A said again as B; no frame and no question
NOT_ASKED_FRAME_ENDINGS = ("というか", "っていうか", "とでもいうか")
# Spoken fillers and interjections that open an utterance (`えー、あの、まあ、`): no part of its
# proposition. Words that are also determiners or pronouns (`あの店`, `その問題`, `なんか食べる`) count
# only when a comma follows them; GiNZA's INTJ tag (`えー`, `うーん`, `いや`) counts alone.
FILLER_WORDS = frozenset({"あの", "あのー", "あのう", "その", "そのー", "まあ", "まぁ", "ま", "なんか", "なんかこう",
                          "こう", "えー", "えーと", "えっと", "ええと", "うーん", "うん", "ええ", "はい", "いや", "いやー",
                          "あー", "で", "ほら", "やっぱ", "なんていうか", "何ていうか", "なんというか", "要するに"})
FILLER_POS = "INTJ"
# Agreement answered with a pronoun (`まあ、それはありますね`, `確かにそれは言えます`): the pronoun points
# back at what the other said and the predicate only grants it; with no content word of its own, no unit.
# `私もそう思います`: そう thought is the other's view granted, no view of one's own.
AGREEMENT_PRONOUNS = frozenset({"それ", "これ", "そこ", "そっち", "そちら", "そう"})
AGREEMENT_PREDICATES = frozenset({"ある", "有る", "言える", "分かる", "わかる", "思う", "考える"})
MANNER_NOUN = "よう"  # `そのようには考えておりません`: so, of what was said
SO_ADVERBS = frozenset({"そう", "こう"})  # `そうは思いません` (not `それについて考えています`: a topic)
ADVERBIAL_NI = "に"  # `確かに`: an adjectival noun before it modifies the predicate
# Afterthought (倒置): a few words tacked on after a finished predicate (`〜しかないでしょ、これは`,
# `〜んですよ、結局`, `勝ちます、はい`). What stands before the last comma must end in a final form or
# particle (`でしょ` is volitional-conjectural), and what follows it must predicate nothing: a verb,
# auxiliary or adjective there only modifies a noun (`ああいう店は`, `僕が作った店は`).
AFTERTHOUGHT_MAX_WORDS = 6
FINAL_INFLECTIONS = ("終止形", "意志推量形")
ATTRIBUTIVE_INFLECTION = "連体形"
FILLER_WORDS_MAX_TOKENS = 4  # `なんていうか` is four words
QUOTE_OPEN = "「"
QUOTE_CLOSE = "」"
# `〜があろうかと思います`, `〜しようかと考えています`: a conjecture or an intention, not a question.
NOT_QUESTION_BEFORE_KA = frozenset({"う", "よう"})
VOLITIONAL_FORM = "意志推量形"  # `あろう` as one word: its inflection says so
BARE_TOPIC_QUESTION = "は"
# Questions that assert: a challenged obligation (`なぜ今〜しなければならないのか`) and negative
# questions (`〜ではないのでしょうか`); not asked by an interviewer.
ASSERTING_QUESTION_ENDINGS = ("ないのでしょうか", "ないんでしょうか", "ないのですか", "ないんですか", "ではないのか",
                              "じゃないのか", "なければならないのか", "なければならないのでしょうか",
                              "べきなのか", "必要があるのか")

# --- Roles: facts an argument rests on ------------------------------------------------------
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
# `〜億円が必要だとは思えない`: a doubt the speaker voices, whatever amount it mentions, is no fact.
DOUBT_PHRASES = ("とは思えな", "とは思えませ", "とは考えられな", "とは考えられませ", "とは考えにく")
# Hearsay (`〜とのことです`, `〜との声もありました`): what the speaker passes on is a premise.
# `〜という旨の答弁であります`: a reply summed up as a report; `〜との声が上がっております`: voices raised.
HEARSAY_ENDINGS = re.compile(r"(とのこと|という話|との話|旨)(です|でした|であります|でございます|だ)?$"
                             r"|旨の(答弁|発言|説明|回答|報告)(です|でした|であります|でございます|だ)$"
                             r"|(声|指摘|意見|報告)(も|が)(ありました|ございました|出ております|あります)$"
                             # `〜という意見も出ていますが、…`: a voice passed on as a preface to a question
                             r"|(声|指摘|意見|批判)(も|が)[^、,，。]{0,6}(上がって|寄せられて|出て|いただいて|頂いて|届いて)"
                             r"(い|お)(る|ます|ります)(が|けれども|けども|けど)?$"
                             # `〜という声も聞かれました`: voices heard
                             r"|(声|意見)(も|が)(聞かれ|聞こえ)(ます|ました|る|た|て(い|お)(る|ます|ります))$"
                             r"|(指摘|報道|報告)(を)?され(て(い|お)(る|ります|ます))?$"
                             )
WRITTEN_REPORT = re.compile(r"(と|に)(書い|書かれ|記され|記載され|明記され)て(あ|い|お)(る|ります|ます)$")
# A sentence that passes on a text (`〜と書いてあります`) is hearsay too; the speaker's habits and
# what others do for the speaker (`〜ようにしています`, `〜してもらっています`) report their own life.
OWN_HABIT = re.compile(r"ようにして(い|お)(る|ます|ります)$|(て|で)(もら|いただ)って(い|お)(る|ます|ります)$")

# `〜を実施したものであります`, `〜に対応するものでございます`: the formal explanatory assertion of an
# assembly answer (a verb before `もの` + a formal copula; a plain `〜したものです` may name one's own act) states how a matter stands; no report of one's own act.
EXPLANATORY_MONO = re.compile(r"もの(?:であります|でございます)$")
# `〜への支援をお願いをしているところでございます`: what the speaker's side is doing now, reported (an
# action verb before `〜ているところです`; `期待しているところです` is a view).
# `〜の下地を果たしながら、今来ているところです`: where things have come to, a view of progress, no act.
MOTION_VERBS = frozenset({"来る", "くる", "行く", "いく"})
HUMBLE_PREFIXES = frozenset({"お", "ご", "御"})  # `お願いする`, `ご説明する`: the humble form of an act
ONGOING_MEASURE = re.compile(r"(て|で)(い|お)るところ(です|でございます|であります|だ)$")
# `〜の廃止を求めてまいりました`, `〜を批判してきました`: a stance the speaker has held up to now, a claim
# though its verb is past.
# `〜を提言をしてまいりました`, `〜を要請してきたところであります`: with を before the light verb, and in the
# formal `〜てきたところです` too.
PAST_STANCE = re.compile(r"(求め|訴え|(?:主張|批判|要望|要求|要請|反対|指摘|提案|提言|申し入れ)(?:を)?し)(て|で)"
                         r"(まいり|参り|き)(ました|た|たところ(?:です|であります|でございます))$")
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
# A frame that passes on what was heard (`〜と報告されているということです`): the unit is hearsay.
HEARSAY_FRAME = re.compile(r"^(?:という|との)こと(?:です|でした|でございます|であります|だ)")

# `〜していただくよう要望して、次の質問に移ります`: a demand made on the way out of one's time is the point
# of the sentence, not procedure.
DEMAND_BEFORE_CLOSING = re.compile(r"(?:よう(?:に)?|(?<!答弁)(?<!説明)(?<!回答)(?<!答え)(?<!見解)を)"
                                   r"(?:強く|重ねて|改めて)?(?:要望|要請|要求|希望|お願い)"
                                   r"(?:し|いたし|致し|申し上げ)(?:て)?[、,，]")

# --- Types: intentions and commitments ------------------------------------------------------
# The speaker's intentions, wishes and commitments are normative (`〜を進めたい`, `〜てまいります`,
# `所存`, `〜していただきたい`, `〜よう希望します`, `〜しよう`); a third party's wish is reported fact.
INTENT_AUXILIARY = "たい"
COMMITMENT = re.compile(r"所存|(て|で)いければ|(て|で)いただ(きたい|ければ)|よう(に)?(希望|要望|お願い)"
                        r"|を(強く|重ねて|改めて|ぜひ|是非)?(希望|要望|要請|要求)(し|いた|致|申し上げ)|望まれ|(しよう|ましょう|ていこう)$|ことが[^、,，。]{0,8}(責任|責務|役割|使命)"
                        # a proposal or demand in the speaker's own voice (`〜の値下げを提案いたします`)
                        r"|提案(いた|致)?し(ます|たい)$|提案申し上げ(ます|たい)$|を(強く)?求め(ます|たい)$"
                        # a request for a measure (`対策をお願いします`) and an answer's undertaking
                        # (`予算の中で検討いたします`, `全力で取り組みます`)
                        r"|を(ぜひ|是非|強く)?お願い(します|いたします|致します|申し上げます)$|(て|で)(ください|下さい)$"
                        r"|(検討|対応|努力|善処)(を)?(いた|致)?し(ます|たい)$|(取り組み|努め)(ます|たい)$")
# `〜を進めてまいります`, `変えるところは変えていく`: carrying an act on is the speaker's undertaking, unless
# the verb has a subject that is no person (`人口が減ってまいります`, `税金が消えていきます`: a change foreseen).
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
# `反対の理由は、〜`, `その理由として、〜`: a sentence that opens by naming a reason states the reason,
# a premise, whatever stance word it names; so does one that names one of several (`理由の一つは、`,
# `根拠の第一としては、`).
REASON_OPENER = re.compile(r"^[^、,，。]{0,12}(?:理由|根拠)(?:の(?:一つ|ひとつ|1つ|１つ|第[一二三四五1-5１-５]|最大のもの))?"
                           r"(?:は|として|としては|としましては)[、,，]")
REASON_OPENER_CUE = "理由の提示"  # its role cue; it supports the last stance of the turn (relations.py)
STANCE_CUE = "立場"
# `一つ目は、〜`, `第二に、〜`, `三点目として、〜`: one of the reasons a speaker counts out for a stance.
ORDINAL_OPENER = re.compile(r"^(?:[一二三四五六七八九十1-9１-９]+(?:つ目|点目|番目)|第[一二三四五六七八九十1-9１-９]+(?:に|点|点目)?)"
                            r"(?:は|に|として|が|の理由は)?[、,，]")
ORDINAL_OPENER_CUE = "列挙された理由"
# A stance in a debate (`賛成の立場から`, `反対をするものであります`, `賛同いたします`).
STANCE_WORDS = ("賛成", "反対", "賛同")  # any mention makes a unit the speaker's claim (units._role)
# `〜の賛成討論といたします`: the debate named as one's stance (討論 right after the stance word) takes it too.
STANCE = re.compile(r"(賛成|反対|賛同)(を|の|いた|し|す|で(?!は)|討論と(?:いた|し|させ))")
# `〜に賛同できませんので、…`: a stance given as the reason of a main clause that is no unit stays a claim.
STANCE_REASON_LINK = "reason"
# `反対の理由を申し上げます`, `以下その理由を述べます`: announcing the reasons to come is procedure, even
# after a stance word (which otherwise makes the sentence a stance, filters._procedural).
REASONS_ANNOUNCED = re.compile(r"理由を(?:申し上げ|述べ|ご説明|御説明|説明)(?:ます|させていただきます|いたします|致します|たいと思います)$")
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
# Verbs that judge what they report (`強行`, `無視`, `放置`) and words of a generalisation (`多くの`): a dated
# act with them is a view, a claim.
CRITICAL_VERBS = frozenset({"強行", "無視", "放置", "軽視", "怠る", "続ける", "押し付ける", "切り捨てる", "苦しむ",
                            "奪う", "損なう", "犠牲"})
MANY_WORDS = frozenset({"多く", "多数", "大勢", "皆", "誰"})
# `現在、同社が総点検を進めております`, `昨年12月議会において結論を出しています`: an act under way or done,
# dated by a time word, is a reported fact (a premise); `方向性を示しています` has no date and stays a claim.
TIME_POINT_WORDS = frozenset({"現在", "現時点", "昨年", "昨年度", "今年", "今年度", "本年", "本年度", "先月", "今月",
                              "先週", "今週", "翌日", "前日", "当日", "当時", "先日", "昨日", "本日", "今朝"})
PROGRESSIVE_AUXILIARIES = frozenset({"いる", "おる"})
DATED_ACT_ENDING = re.compile(r"(て|で)(いる|います|おります|おる)$")  # the unit's last predicate is the act
IMMINENT = re.compile(r"ようと(し|され)")
DATED_ACT_CUE = "時点の事実"
# `本案は、固定資産税を三年間減額するものです`: what a bill or a measure does, described, is a premise;
# `この制度は命を守るためのものです` (a purpose) stays a claim.
MEASURE_NOUNS = ("案",)  # a bill as such (`本案`, `議案第74号`, `予算案`); `この制度は…切り捨てるものです` judges
DESCRIPTION_ENDING = re.compile(r"ものであります$|ものです$|ものでございます$|ものである$|ものだ$")
DESCRIPTION_CUE = "内容の説明"
