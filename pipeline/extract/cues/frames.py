"""Frames and holders: the verbs and nouns that frame a proposition as someone's view or words, and who holds it."""
from __future__ import annotations

import re

from pipeline.extract.cues.words import ADDRESS_TITLES

__all__ = ["RECEIVING_VERBS", "SOURCE_PARTICLE", "VIEWPOINT_VERBS", "QUOTATIVE_PARTICLES", "ASKING_VERBS",
           "AGENT_PARTICLES", "QUOTE_AGENT_WORDS", "QUOTE_AGENT_PARTICLES", "ANSWERING_CONJUNCTIONS",
           "ANSWERING_WINDOW", "APPOSITIVE_IU_PARTICLES", "ONGOING_FRAME_TAIL", "VIEW_NOUNS",
           "ORGANISATION_NOUNS", "ORGANISATION_FORM", "REPORTING_SPEECH_VERBS", "WISH_AUXILIARIES",
           "HOLDER_JOINER", "HUMAN_NOUNS", "GENERIC_PEOPLE", "EVERYONE", "THIRD_PERSON_PRONOUNS",
           "CITED_SPEECH"]

# `Xから〜と報告をいただきました`, `〜と連絡を受けております`: a message received; its verb carries the frame
# noun as a light verb does, and the source named with から holds what it said.
RECEIVING_VERBS = frozenset({"いただく", "頂く", "受ける", "もらう", "貰う", "受け取る"})
SOURCE_PARTICLE = "から"
VIEWPOINT_VERBS = frozenset({"見る", "する", "言う", "いう"})  # `国民から見ると`: a point of view, no source

# The particles that quote a frame's complement: written `と`, and spoken `って` (`〜って思うんですよ`,
# `〜って言われてる`).
QUOTATIVE_PARTICLES = frozenset({"と", "って"})
ASKING_VERBS = frozenset({"伺う"})  # heard only in the past or progressive (`〜と伺っております`); else it asks

AGENT_PARTICLES = frozenset({"から", "に"})
# Who said a quotation, named between its `と`/`って`, a comma and the verb (`〜と、多くの専門家が指摘して
# いる`, `〜って、地元の皆さんからも言われます`): a noun phrase of at most this many words, then these particles.
QUOTE_AGENT_WORDS = 6
QUOTE_AGENT_PARTICLES = frozenset({"が", "は", "も", "から", "に"})
# `〜とおっしゃいますが`, `〜と言われましたけれども`: the conjunction after a speech verb that takes it up.
ANSWERING_CONJUNCTIONS = frozenset({"が", "けれども", "けれど", "けど", "けども"})
ANSWERING_WINDOW = 6  # words after the verb where it is looked for (`おっしゃい|ます|が`)

APPOSITIVE_IU_PARTICLES = frozenset({"は", "が", "も", "を", "に"})

# `〜と認識しているところでございます`: the formal progressive of a frame verb keeps it the last predicate.
ONGOING_FRAME_TAIL = re.compile(r"(?:し|いたし|致し)?(?:て|で)(?:い|お)るところ(?:で|だ|です)?(?:ござい|あり)?(?:ます)?")
# `〜との見方を示した`, `〜との認識だ`: a view reported through a noun.
VIEW_NOUNS = frozenset({"見方", "認識", "考え", "見解", "立場", "方針", "意向", "見通し", "判断", "姿勢"})

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

# `鈴木委員の発言にあったように`: what the clause says is credited to the speaker of that remark.
CITED_SPEECH = re.compile(r"の(?:御|ご)?(?:発言|答弁|指摘|説明|報告|言葉|お話|話)(?:の中)?(?:に|で)(?:も)?"
                          r"(?:あった|ありました|ございました|あります)?(?:ように|とおり|通り)")
