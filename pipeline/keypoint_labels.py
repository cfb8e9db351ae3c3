"""Key-point labels: which claim of a group names it, and how its text reads as the key point.

The label is the group's best claim (`label_quality`: an explicit subject, no leading anaphor, not a
negated side remark, a complete clause) shown without what only made sense where it was said
(`label_text`): a leading adverbial (`明らかに、`, `長期的に見れば、`, `あなたが言ったように、`), a leading
clause or subject that points back (`それに対応して…中で、`, `これは`), and the speaker's framing of a view
(`私の見解は、Xということです`: X). The claim keeps its own text in claims.csv.
"""
from __future__ import annotations

import re
from typing import Protocol

DEMONSTRATIVE = r"(?:これ|それ|あれ|この|その|あの|こう|そう|こちら|そちら)"
ANAPHOR = re.compile(rf"^(?:[^、,，。]{{0,8}}[、,，])?{DEMONSTRATIVE}")
NEGATED_REMARK = re.compile(r"(?:から|ため|わけ|の|ん)(?:では|じゃ)(?:ありません|ない|なかった|ありませんでした)[。、,，]?$")
INCOMPLETE_END = re.compile(r"(?:[りてでしくに]|ており|ですが|けど|[、,，])$")

# What a label drops from the front, one comma-ended segment at a time: a short adverbial with no
# case or topic particle (`明らかに、`, `同時に、`, `今、`; not a place, a time or a figure that scopes
# the claim: `都内で、`, `来年から、`, `2030年までに、`), a reference to what someone said
# (`あなたが言ったように、`), or a clause that starts by pointing back (`それに対応して…中で、`; not a
# topic or subject, `この制度の導入は、`).
LEADING_ADVERBIAL = re.compile(r"^[^、,，。はがをの0-9０-９]{1,10}(?<![でらと])[、,，]")
LEADING_SPEECH_REFERENCE = re.compile(r"^[^、,，。]{0,12}(?:言った|言われた|おっしゃった|申し上げた|述べた|指摘した)(?:よう|とおり|通り)に?[、,，]")
LEADING_ANAPHORIC_CLAUSE = re.compile(rf"^{DEMONSTRATIVE}[^、,，。]{{0,40}}(?<![はがも])[、,，]")
ANAPHORIC_SUBJECT = re.compile(r"^(?:これ|それ|あれ)(?:ら)?(?:は|が|も)[、,，]?")
VIEW_FRAME = re.compile(r"^私の(?:見解|考え|見方|意見|立場)(?:で)?は[、,，]?(?P<view>.+?)(?:という|って)(?:こと|もの)(?:です|だ|である)?$")
MIN_LABEL_CHARS = 8  # a label never shrinks below this: then the claim is shown whole
LONG_LABEL_CHARS = 80  # a claim longer than this names its group only when no shorter one does as well


class Labelled(Protocol):
    """What label_quality reads of a claim (pipeline.keypoints.ClaimRecord has it)."""

    text: str
    target: str
    has_subject: bool


def label_quality(record: Labelled) -> int:
    """0 for a good label; higher for worse: a leading anaphor or negated side remark (2), an
    incomplete clause (1), no explicit subject (1), longer than a reader takes in at a glance (1)."""
    text = record.text.strip()
    bad = 2 * bool(ANAPHOR.match(text) or ANAPHOR.match(record.target) or NEGATED_REMARK.search(text))
    return bad + bool(INCOMPLETE_END.search(text)) + (not (record.has_subject or record.target)) \
        + (len(text) > LONG_LABEL_CHARS)


def label_text(text: str) -> str:
    """The claim's text as a key point's label: leading adverbials, references back and a view's
    framing taken off, as long as MIN_LABEL_CHARS remain."""
    label = text.strip().rstrip("。")
    while True:
        framed = VIEW_FRAME.match(label)
        shorter = framed.group("view") if framed else _without_lead(label)
        if shorter == label or len(shorter) < MIN_LABEL_CHARS:
            return label
        label = shorter


def _without_lead(label: str) -> str:
    """The label without its first leading segment that only made sense in place (the patterns above)."""
    for pattern in (LEADING_SPEECH_REFERENCE, LEADING_ANAPHORIC_CLAUSE, LEADING_ADVERBIAL, ANAPHORIC_SUBJECT):
        match = pattern.match(label)
        if match:
            return label[match.end():]
    return label
