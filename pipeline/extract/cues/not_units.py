"""Not units: questions, requests, greetings, procedure, agenda business, headings; what states nothing."""
from __future__ import annotations

import re

from pipeline.extract.cues.words import ADDRESS_TITLES

__all__ = ["GREETING_PHRASE", "REQUESTING_BEFORE_ONEGAI", "ONEGAI", "FEELING_FRAME", "NAME_LIST_ENDING",
           "AGREEMENT_PHRASE", "INTERVIEWER_REQUEST", "ELLIPTICAL_REQUEST_PARTICLE", "LIST_TOPIC_PARTICLES",
           "FEELING_LEMMAS", "GREETING_LEMMAS", "PROCEDURAL_VERBS", "PHASE_VERBS", "MOVING_ON_VERBS",
           "MOVING_ON_OPENER", "TALK_NOUNS", "TALK_NOUN_SUFFIXES", "QUOTED_QUESTION_AFTER",
           "ANNOUNCEMENT_ENDING", "SENTENCE_CLOSERS", "SENTENCE_LIKE_ENDING", "POLITE_AUXILIARIES",
           "PROCEDURAL_PLAN", "CEREMONIAL_WORDS", "PROCEDURAL_PHRASE", "QUESTION_REFERENCE",
           "AGENDA_BUSINESS", "SESSION_ACT", "STAGE_DIRECTION", "COURTESY_REQUEST", "TITLE_ENDINGS",
           "PREFACE", "CABINET_BUSINESS", "TOPIC_ENUMERATOR", "TOPIC_HEADING_COPULAS", "ANNOUNCEMENT_OPENER",
           "ANNOUNCEMENT_VERBS", "SELF_INTRODUCTION_ENDINGS", "HEADING_ENDINGS", "HEADING_MAX_CHARS",
           "HEADING_LABEL", "DATELINE", "HEADING_WRAPPERS", "HEADING_CLOSERS", "QUESTION_ENDINGS",
           "CONJECTURE_QUESTION_ENDINGS", "INDEFINITE_AFTER_QUESTION_WORD", "QUESTION_WORDS", "TAG_QUESTION",
           "AGREEMENT_PRONOUNS", "AGREEMENT_PREDICATES", "ADVERBIAL_NI", "QUOTE_OPEN", "QUOTE_CLOSE",
           "NOT_QUESTION_BEFORE_KA", "VOLITIONAL_FORM", "BARE_TOPIC_QUESTION", "ASSERTING_QUESTION_ENDINGS",
           "OWN_HABIT", "EXPLANATORY_MONO", "DEMAND_BEFORE_CLOSING", "REASONS_ANNOUNCED", "OWN_PLAN",
           "OUTLET_INTRODUCTION", "ACKNOWLEDGED", "TITLE_QUOTE_CLOSERS", "SENTENCE_PUNCTUATION",
           "EDITORIAL_NOTE", "CAREER_SPAN"]

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
# `おっしゃるとおりです`, `まさに御指摘のとおりでございます`, `その通りだと思います`: the other's point granted
# in so many words; nothing of the speaker's own is put forward.
AGREEMENT_PHRASE = re.compile(r"^(?:(?:まさに|確かに|全く|まったく|本当に|はい)[、,，]?)*"
                              r"(?:おっしゃる|御指摘の|ご指摘の|お話の|その|今の)(?:とおり|通り)"
                              r"(?:です|でございます|であります|だ|だと思います|だと思う)?(?:ね|よ)?$")
# An interviewer's `〜に一言お願いします`, `〜を教えていただけますか`: asking the guest for an answer.
INTERVIEWER_REQUEST = re.compile(r"お願い(?:します|いたします|致します|できますか|できますでしょうか)$")
# `最後に、市民へのメッセージを`: an object and nothing after it asks for what it names.
ELLIPTICAL_REQUEST_PARTICLE = "を"
# Statements of pure feeling: not units (`楽しみです`, `嬉しいです`).
FEELING_LEMMAS = frozenset({"楽しみ", "嬉しい", "うれしい", "ワクワク", "わくわく", "興奮", "光栄",
                            "感謝", "好き", "大好き", "幸せ", "喜ぶ", "喜び", "誇り", "感動",
                            "残念", "悲しい", "寂しい", "ドキドキ"})
GREETING_LEMMAS = frozenset({"ありがとう", "ありがとうございます", "有り難う", "こんにちは",
                             "おはよう", "おはようございます", "お早う", "お早うございます", "こんばんは", "よろしく", "宜しく", "お願い", "失礼",
                             "お疲れ様", "おつかれさま", "さようなら", "どうも", "はじめまして"})

# Procedural talk: `次に…話しましょう`, `〜に移ります`.
PROCEDURAL_VERBS = frozenset({"話す", "移る", "進む", "始める", "議論", "見る", "聞く", "伺う",
                              "紹介", "質問", "移す", "入る", "戻る", "続ける", "終わる", "開く",
                              "開会", "閉会", "散会", "休憩", "再開", "答える", "答弁", "説明",
                              "報告", "申し上げる", "許す", "諮る", "質疑", "議題", "発表", "知らせる"})
# Of those, the verbs of a phase (starting, going on, moving to, ending): procedure only for the talk, its
# parts and the session (`説明を始めます`, `次の議題に移ります`, `本題に入ります`), not for a task (`見直しを始めます`).
PHASE_VERBS = frozenset({"始める", "移る", "移す", "進む", "入る", "戻る", "続ける", "終わる", "開く"})
# moving to or back to a point: with no subject of its own, after an opener that counts the talk's points
# (`次に、〜に移ります`, `大項目の二、〜に移ります`), the talk moves; `来年度から新しい料金体系に移ります` is news
MOVING_ON_VERBS = frozenset({"移る", "戻る"})
MOVING_ON_OPENER = re.compile(r"^(?:それでは|では|次に|続いて|続きまして|最後に|(?:大|中|小)?項目|第?[一二三四五六七八九十0-9０-９]+"
                              r"(?:点目|番目|つ目|問目|項目)?[、,，の])")
TALK_NOUNS = frozenset({"話", "お話", "説明", "御説明", "ご説明", "質問", "御質問", "ご質問", "質疑", "議論", "討論", "審議",
                        "会議", "会", "議題", "議事", "本題", "次", "テーマ", "話題", "項目", "答弁", "報告", "発表",
                        "紹介", "採決", "発言", "挨拶", "あいさつ", "日程", "案件", "委員会", "本会議", "休憩", "問",
                        "スライド", "ページ", "章", "パート", "コーナー", "本日", "今日", "これ", "それ", "こちら", "そちら"})
# `二点目に移ります`, `記者会見を始めます`, `一般質問に入ります`: a compound ending in one of these is talk too
TALK_NOUN_SUFFIXES = ("点目", "番目", "問目", "つ目", "会見", "会議", "質問", "質疑", "説明", "討論", "審議", "議論",
                      "答弁", "報告", "発表", "議事", "委員会")
# A humble or plain announcement of what the speaker is about to do (`お答えいたします`).
ANNOUNCEMENT_ENDING = r"(いたします|致します|申し上げます|させていただきます|します|ます)$"

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
                     r"|[^。]{0,20}重複(?:する|した|している|しております)(?:質問|部分|点|内容)[^。]{0,12}"
                     # `誰が決めたのか分かりませんが、`: not knowing an answer, conceded before the point
                     r"|[^。]{0,30}(?<!し)か(?:どうか)?(?:は|も)?(?:全く|まったく|よく)?(?:分かり|わかり|存じ|知り)(?:ませ)ん)"
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
# Headings, datelines, captions: an unclosed line with no predicate, or one ending in a topic word.
HEADING_ENDINGS = ("について", "に関して", "関連", "の件", "について(", "等")
HEADING_MAX_CHARS = 60
# a short label in brackets closing a heading (`〜について（反対討論）`, `〜の件（報告）`), its closing bracket
# already taken off with the wrappers
HEADING_LABEL = re.compile(r"[（(][^（）()]{1,8}[)）]?$")
# `令和八年十一月十日（火曜日）`, `2026年11月10日(火)`: a dateline, whatever the tagger makes of its words
# (Sudachi tags `令和` before kanji numerals as a verb).
_NUMERAL = "元〇一二三四五六七八九十百千0-9０-９"
DATELINE = re.compile(rf"^(?:令和|平成|昭和|大正)?[{_NUMERAL}]+年(?:度)?(?:[{_NUMERAL}]+月(?:[{_NUMERAL}]+日)?)?"
                      r"(?:[（(][^（）()]{1,6}[)）]?)?$")
HEADING_WRAPPERS = "()（）[]［］【】〈〉<>・●○◆■□- 　"  # taken off both ends before a heading is judged
HEADING_CLOSERS = ("。", "！", "!", "」", "』", "?", "？")
# Questions: sentence ends that ask; a bare topic (`ご感想は`) asks too when nothing follows it.
QUESTION_ENDINGS = ("か", "のでは", "んでは", "かね")

# `〜はどこにあるのでしょう`: an interviewer asks with a question word and a conjecture, no か.
CONJECTURE_QUESTION_ENDINGS = ("でしょう", "でしょうね", "だろう")
# what makes a question word indefinite after it (`何も`, `どこか`, `何より`, `誰でも`)
INDEFINITE_AFTER_QUESTION_WORD = frozenset({"も", "か", "より", "でも", "とか", "と"})
# `〜という点は`: a sentence left at its topic asks, when it holds a question word.
QUESTION_WORDS = ("どのよう", "どう", "何", "なぜ", "いかが", "どの", "どんな", "どういう", "いつ", "誰", "どこ")
# `〜ではないかという不安`, `〜ではないかとの声`: a rhetorical question quoted as a noun's content is no assertion of the speaker's
QUOTED_QUESTION_AFTER = ("という", "といった", "との", "などという", "などの")
# `〜と考えますが、いかがでしょうか`: a bare tag after a view asks for a reply to it; the view before
# it is judged on its own.
# An address may come between (`〜と考えますが、市長、いかがですか`): a title, a name at most before it.
TAG_QUESTION = re.compile(r"^[、,，]?(?:[^、,，。]{0,8}(?:" + "|".join(sorted(ADDRESS_TITLES, key=len, reverse=True))
                          + r")[、,，])?(?:では|それでは|この点|この点について)?[、,，]?(?:いかが|どう)"
                          r"(?:でしょうか|ですか|でございましょうか|か)[。？?]*$")

# Agreement answered with a pronoun (`まあ、それはありますね`, `確かにそれは言えます`): the pronoun points
# back at what the other said and the predicate only grants it; with no content word of its own, no unit.
# `私もそう思います`: そう thought is the other's view granted, no view of one's own.
AGREEMENT_PRONOUNS = frozenset({"それ", "これ", "そこ", "そっち", "そちら", "そう"})
AGREEMENT_PREDICATES = frozenset({"ある", "有る", "言える", "分かる", "わかる", "思う", "考える"})

ADVERBIAL_NI = "に"  # `確かに`: an adjectival noun before it modifies the predicate

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

# A sentence that passes on a text (`〜と書いてあります`) is hearsay too; the speaker's habits and
# what others do for the speaker (`〜ようにしています`, `〜してもらっています`) report their own life.
OWN_HABIT = re.compile(r"ようにして(い|お)(る|ます|ります)$|(て|で)(もら|いただ)って(い|お)(る|ます|ります)$")

# `〜を実施したものであります`, `〜に対応するものでございます`: the formal explanatory assertion of an
# assembly answer (a verb before `もの` + a formal copula; a plain `〜したものです` may name one's own act) states how a matter stands; no report of one's own act.
EXPLANATORY_MONO = re.compile(r"もの(?:であります|でございます)$")

# `〜していただくよう要望して、次の質問に移ります`: a demand made on the way out of one's time is the point
# of the sentence, not procedure.
DEMAND_BEFORE_CLOSING = re.compile(r"(?:よう(?:に)?|(?<!答弁)(?<!説明)(?<!回答)(?<!答え)(?<!見解)を)"
                                   r"(?:強く|重ねて|改めて)?(?:要望|要請|要求|希望|お願い)"
                                   r"(?:し|いたし|致し|申し上げ)(?:て)?[、,，]")

# `反対の理由を申し上げます`, `以下その理由を述べます`: announcing the reasons to come is procedure, even
# after a stance word (which otherwise makes the sentence a stance, filters._procedural).
REASONS_ANNOUNCED = re.compile(r"理由を(?:申し上げ|述べ|ご説明|御説明|説明)(?:ます|させていただきます|いたします|致します|たいと思います)$")

# The speaker's own schedule (`来月に説明会を開催する予定でございます`): a plan announced, not a claim.
OWN_PLAN = re.compile(r"予定(?:です|でございます|であります|でおります|にしております|としております|となっております|をしております)$")

# A reporter naming the outlet alone (`東西新聞です`, `NHKの者です`) introduces the speaker.
OUTLET_INTRODUCTION = re.compile(r"^[^、,，。はが]{0,12}(?:新聞|新報|日報|通信|通信社|放送|テレビ|TV|ＴＶ|NHK|ＮＨＫ|タイムス|タイムズ)"
                                 r"(?:社)?(?:の者)?$")

# Acknowledging others' feelings or views (`御懸念は理解しております`, `様々な御意見があることは承知しております`)
# grants that they exist; it puts nothing forward.
ACKNOWLEDGED = re.compile(r"(?:懸念|不安|心配|意見|声|指摘|受け止め|批判|不満|気持ち|思い|事情|要望|問題意識|危機感)"
                          r"(?:が(?:ある|あること|あるということ))?(?:は|も)[、,，]?(?:私|私ども|私たち|我々)?も?"
                          r"(?:十分|重々|よく)?(?:に)?(?:(?:理解|承知|共有)(?:して|いたして|致して)(?:おります|います|おる)"
                          r"|(?:分かり|わかり)ます)$")

# A title's quotation (`〜が語る「円安の本当の理由」`) closes on a noun; a sentence inside would have these.
TITLE_QUOTE_CLOSERS = ("」", "』")
SENTENCE_PUNCTUATION = ("。", "！", "!", "?", "？")

# Narration that presents a text or a person: `以下は、対談の抄訳である` (what follows is an excerpt), `〜を務めて
# 15年` (how long the person named next has done their work).
EDITORIAL_NOTE = re.compile(r"^以下(?:は|が)[、,，]?[^。]{0,40}(?:抄訳|要旨|抜粋|全文|一問一答|要約|概要|主なやりとり|やりとり)"
                            r"(?:である|です|だ)?$")
CAREER_SPAN = re.compile(r"(?:て|で)[0-9０-９一二三四五六七八九十百数]+年(?:目|余り|あまり|近く|以上)?$")
