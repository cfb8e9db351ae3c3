"""Span edges: connectives, fillers, vocatives and prefaces a unit's span leaves out."""
from __future__ import annotations

import re

from pipeline import names as nm
from pipeline.extract.cues.words import ADDRESS_TITLES, SENTENCE_ADDITIVE

__all__ = ["LIST_CONTINUERS", "OFFICE_SUFFIXES", "POLITE_NEGATIVES", "DEMONSTRATIVES",
           "ANAPHORIC_CONCESSION_CONTENT", "ANAPHORIC_OPENERS", "ANAPHORIC_PRONOUNS", "ADDING_OPENERS",
           "NOT_ANAPHORIC_OPENERS", "PREFATORY_CUE", "DENIAL_TAIL_CHARS", "EXPLANATORY_NOMINALIZERS",
           "COPULA_LEMMAS", "ADNOMINAL_COPULA", "TE_FORMS", "TE_FORM_TAG", "CONCESSIVE_ADVERBS",
           "OPPOSING_OPENERS", "STATE_PREDICATES", "VOCATIVE_WORDS", "NOT_CONNECTIVES", "CONNECTIVE_WORDS",
           "REASON_SENTENCE_ENDING", "ADJECTIVAL_NOUN_TAG", "CHALLENGE_CUE", "FILLER_WORDS", "FILLER_POS",
           "FILLER_WORDS_MAX_TOKENS", "STANCE_REASON_LINK"]

# After a title and a comma, these go on listing offices, not addressing one (`部長、課長が`, `市長、そして副市長も`).
LIST_CONTINUERS = frozenset({"そして", "また", "及び", "および", "並びに", "ならびに", "さらに"})
OFFICE_SUFFIXES = tuple(ADDRESS_TITLES | set(nm.ANSWERER_TITLES + nm.MEMBER_TITLES)
                        | {"係長", "次長", "所長", "院長", "署長", "校長", "園長", "館長", "審議官", "参事官", "理事",
                           "職員", "担当者"})

# An apology or a softener in the negative form denies nothing (`申し訳ありませんが`, `すみませんが`).
POLITE_NEGATIVES = re.compile(r"申し訳(?:ありません|ございません|ない)|すみません|すいません|構いません|差し支えありません")

# `この答弁があったにもかかわらず、B`: a concession that only points back (a demonstrative and at
# most ANAPHORIC_CONCESSION_CONTENT content words) concedes the sentence before, like a connective.
DEMONSTRATIVES = frozenset({"この", "その", "こうした", "そうした", "こういう", "そういう", "かかる"})
ANAPHORIC_CONCESSION_CONTENT = 3
# そ-words point back at what was just said: `Xと言われますが、そういった問題に直面し…` picks up the が-clause,
# which then sets the scene (前置き) for the main clause rather than conceding anything to it
ANAPHORIC_OPENERS = ("そういった", "そうした", "そういう", "そのような", "その", "それ", "そこ")
# `Xが動いていますが、それは実験室の中での話です`, `〜ありますが、あちらでは〜`: a pronoun takes the が-clause
# itself as its argument, and the main clause says something of it (units._takes_it_up)
ANAPHORIC_PRONOUNS = ("それ", "そこ", "そちら", "あちら")
# words that begin like one and point at nothing said (`それぞれ`, `それなり`) or only go on (`それから`, `そこで`)
# `〜ていますが、それに加えて…`, `〜ましたが、あわせて…`: a main clause that adds to the が-clause concedes nothing
ADDING_OPENERS = ("それに加え", "これに加え", *SENTENCE_ADDITIVE)
NOT_ANAPHORIC_OPENERS = ("それぞれ", "それでも", "それから", "それなり", "そこで", "それに", "それで、", "それほど",
                         "それ以上", "そこまで", "それについて", "それとも")
PREFATORY_CUE = "前置き"
DENIAL_TAIL_CHARS = 10  # a negation among a が-clause's last characters (`できていないのですが`) denies
# `XですがY` is one claim unless the が-clause is a proposition of its own, conceded to the main clause:
# - it explains with の/ん/わけ before the copula (`〜したんですが`, `〜したのでございますが`, `〜わけでありますが`);
EXPLANATORY_NOMINALIZERS = frozenset({"わけ", "訳"})  # and a 準体助詞 (の, ん), found by its tag

COPULA_LEMMAS = frozenset({"だ", "です", "ます", "ある", "ござる", "御座る", "た"})  # with the past た: `〜んでしたが`
ADNOMINAL_COPULA = "だ"  # `な` in `〜なんです`, skipped to the predicate before it
TE_FORMS = ("て", "で")  # `〜とおっしゃって、`: a frame verb left open for the clause after it
TE_FORM_TAG = "助詞-接続助詞"  # `〜してなんですが`: a て-form leads in, it explains nothing
# - an adverb concedes it (`確かに〜ですが`, `もちろん〜ですけれども`);
CONCESSIVE_ADVERBS = ("確かに", "たしかに", "もちろん", "勿論", "無論", "なるほど")
# - the main clause opens by setting itself against it (`〜ですが、その一方で、…`, `〜ですが、反面、…`).
OPPOSING_OPENERS = ("その一方で", "一方で", "その反面", "反面", "他方で")
# - it reports an event or a change that happened or holds (`〜が完了しましたが`, `〜減ってきましたが`,
#   `〜が示されておりますが`): an action verb in the past or in 〜ている/〜ておる, a fact of its own.
#   A copula, an existence or a potential (`〜ですが`, `報告がありましたが`, `利用できますが`) describes
#   the main clause's matter and stays in it; so does a verb of saying (`先ほど申し上げましたが`: a preface).
STATE_PREDICATES = frozenset({"ある", "有る", "いる", "居る", "おる", "存在", "できる", "出来る", "ござる", "御座る",
                              "だ", "です"})

# `大臣、〜すべきではありませんか`: a title (cues.ADDRESS_TITLES, a name at most before it, VOCATIVE_WORDS
# words in all) and a comma open a sentence addressed to that person; the address is no part of the proposition.
VOCATIVE_WORDS = 3

# Longer words a connective is the start of, which are no connective (`ただ単に`, `それでは`, `ただちに`).
NOT_CONNECTIVES = ("ただ単に", "ただちに", "ただいま", "ただ今", "それでは", "それでいて", "でもって", "一方的", "一方の",
                   "なおさら", "なお一層", "なおのこと",
                   "よってたかって", "その一方的", "反面教師", "反面的")

# A connective is looked for among a sentence's first words.
CONNECTIVE_WORDS = 5  # `にもかかわらず` is four words
# `なぜなら A からです`: the reason ending stripped from the premise's span.
REASON_SENTENCE_ENDING = re.compile(r"(から|ため|ので)(?:なん|なの)?(です|だ|である|であります|でございます|でしょう)?$")

ADJECTIVAL_NOUN_TAG = "形状詞可能"  # `普通は`, `正直`: tacked on after a predicate, an adverb

CHALLENGE_CUE = "反語"  # the cue of a challenge's role, type and polarity (it asserts the opposite)

# Spoken fillers and interjections that open an utterance (`えー、あの、まあ、`): no part of its
# proposition. Words that are also determiners or pronouns (`あの店`, `その問題`, `なんか食べる`) count
# only when a comma follows them; GiNZA's INTJ tag (`えー`, `うーん`, `いや`) counts alone.
FILLER_WORDS = frozenset({"あの", "あのー", "あのう", "その", "そのー", "まあ", "まぁ", "ま", "なんか", "なんかこう",
                          "こう", "えー", "えーと", "えっと", "ええと", "うーん", "うん", "ええ", "はい", "いや", "いやー",
                          "あー", "で", "ほら", "やっぱ", "なんていうか", "何ていうか", "なんというか", "要するに"})
FILLER_POS = "INTJ"

FILLER_WORDS_MAX_TOKENS = 4  # `なんていうか` is four words

# `〜に賛同できませんので、…`: a stance given as the reason of a main clause that is no unit stays a claim.
STANCE_REASON_LINK = "reason"
