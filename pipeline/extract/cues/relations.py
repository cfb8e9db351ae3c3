"""Relations: the connectives and openers that relate a sentence to another, and analogy markers."""
from __future__ import annotations

import re

from pipeline.extract.cues.words import COMMAS, DATED_ACT_CUE, DESCRIPTION_CUE, SENTENCE_CONSEQUENCE

__all__ = ["PRONOUNS", "DENIED_CAUSE", "ANAPHORIC_CONSEQUENCE", "ANAPHORIC_GROUND", "EVIDENCE_OPENERS",
           "CONCEDED_SENTENCE_OPENERS", "SIDE_BY_SIDE_CONTRAST", "CAUSE_POINTING_BACK",
           "POINTING_BACK_OPENERS", "ILLUSTRATING_EXAMPLE", "DEMAND_ENDING", "GROUND_RELATION_CUES",
           "FACTS_RUN_SENTENCES", "ELABORATING_TOPICS", "PREFATORY_CONCESSION", "GROUND_THEREFORE",
           "ORDINAL_OPENER", "ORDINAL_OPENER_CUE", "UNMARKED_GROUND_FACTS", "UNMARKED_GROUND_CUE",
           "JUDGED_SITUATION_TOPICS", "TURNING_OPENERS", "ADDITIVE_TOPIC", "LISTED_GROUNDS_CUE",
           "VIEW_FRAME_OPENERS", "REBUTTALS", "ACKNOWLEDGING_FRAME", "CONCEDING_PREDICATE",
           "ANAPHORIC_CONDITIONAL_ENDINGS"]

# A domain an analogy maps from or onto must be named: a pronoun alone names nothing.
PRONOUNS = frozenset({"これ", "それ", "あれ", "どれ", "これら", "それら", "ここ", "そこ", "あそこ", "こちら", "そちら",
                      "彼", "彼女", "彼ら", "私", "私たち", "我々", "あなた"})

DENIED_CAUSE = ("からではありません", "からではない", "ためではありません", "ためではない",
                "からではございません", "ためではございません",
                "からじゃない", "わけではない", "わけではありません")

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
                    "この観点から", "その観点から", "そういう観点から", "こういう観点から", "こうした状況を踏まえ", "こうしたことを踏まえ", "これを踏まえ", "それを踏まえ")
# `こうした状況を踏まえれば、B`: an anaphoric ground in a conditional form points back as `こうした状況を踏まえ、`
# does; it conditions nothing (clauses.split_clauses) and the sentence before grounds B.
ANAPHORIC_CONDITIONAL_ENDINGS = ("れば", "るならば", "るなら", "ると", "ますと")
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
# `しかし、Aており、その負担は重い`, `これは大きな負担です`: a closing clause that opens by pointing back comments
# on A (relations._point_of_the_turn); `この値上げは` (a demonstrative before a noun) names the matter debated.
POINTING_BACK_OPENERS = ("その", "それ", "そう", "これは", "これが", "これも", "これを")
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

# `〜を掲げているわけですが、`, `〜とのことですけれども、`: a が-clause that states what is given (わけ,
# ということ) prefaces the main clause; it concedes nothing to it.
PREFATORY_CONCESSION = re.compile(r"(?:わけ|ということ|とのこと)(?:です|でございます|であります|だ)(?:が|けれども|けれど|けども|けど)$")

# Of those, `〜ということで、B` reads "so B": the ground supports B (relations.py).
GROUND_THEREFORE = ("ということで", "とのことで")

# `一つ目は、〜`, `第二に、〜`, `三点目として、〜`: one of the reasons a speaker counts out for a stance.
ORDINAL_OPENER = re.compile(r"^(?:[一二三四五六七八九十1-9１-９]+(?:つ目|点目|番目)|第[一二三四五六七八九十1-9１-９]+(?:に|点|点目)?)"
                            r"(?:は|に|として|が|の理由は)?[、,，]")
ORDINAL_OPENER_CUE = "列挙された理由"

# `A。Bすべきです。`: a fact stated just before a demand or a stance in the same paragraph, with no
# connective, is its ground (relations._unmarked_grounds); these role cues name such facts.
UNMARKED_GROUND_FACTS = tuple(f"role:{cue}" for cue in ("過去の事実", "数値の事実", "存在の事実", "取り組み中の事実",
                                                         DATED_ACT_CUE, DESCRIPTION_CUE))
UNMARKED_GROUND_CUE = "無標の根拠"
# `A。この状況は深刻です。`: a judgement whose topic points back at the fact before it judges that fact.
JUDGED_SITUATION_TOPICS = (*ELABORATING_TOPICS, "この状況は", "こうした状況は", "このような状況は", "この事態は",
                           "こうした事態は", "このような事態は", "この現状は", "こうした現状は")
# `次に、〜`, `これに対し、〜`: an opener that turns to the next point or sets what follows against the fact;
# what follows is no conclusion of the fact before.
# `駐輪場対策も急ぐべきです`: a topic with も adds a further point to a list, it draws no conclusion.
ADDITIVE_TOPIC = re.compile(r"^[^、,，。]{1,20}?(?:対策|問題|課題|施策|事業|整備|支援|取り組み|取組)?も[、,，]?[^、,，。]*(?:べき|必要|求め|望)")
TURNING_OPENERS = ("まず", "次に", "次は", "続いて", "最後に", "もう一点", "もう1点", "もう１点", "これに対し", "それに対し")

# `Aと考えています。Bですし、Cしました。`: facts listed with し right after a view are its grounds.
LISTED_GROUNDS_CUE = "列挙された根拠"
# `〜と考えております`, `〜と思います`: a frame that opens with the quoting と gives the speaker's view
# (`〜ことは承知しております` acknowledges instead: ACKNOWLEDGING_FRAME).
VIEW_FRAME_OPENERS = ("と", "とは")
# `決して住民の声を無視したわけではありません`: the speaker rebuts a charge; a fact stated just before is its ground.
REBUTTALS = ("わけではありません", "わけではない", "わけではございません", "わけではないです")
# `Aことは私も承知しております。しかし、B`: acknowledging A concedes it to B, as `確かにA` does.
ACKNOWLEDGING_FRAME = re.compile(r"^(?:こと|の)(?:は|も)[、,，]?.{0,12}?(?:承知|理解|分か|わか|存じ|認め)")
# `Aのは事実です。しかし、B`, `Aかもしれません。とはいえ、B`: a sentence that grants A by how it ends (A is a
# fact, a fair worry, not denied, possibly so) concedes A to the adversative after it, as `確かにA` does.
# `否定できません` asserts a possibility instead; `Aでしょう。しかし、B` predicts A and turns to another point.
CONCEDING_PREDICATE = re.compile(
    r"(?:(?:の|こと)[はも]事実|[はも]もっとも|否定(?:は|を)?(?:し|いたし)ません|(?:否定|反対)(?:する|いたす)?(?:もの|わけ)?では"
    r"(?:ありません|ございません|ない)|かもしれ(?:ません|ない))"
    r"(?:です|でございます|であります|だ)?[。.．]?$")
