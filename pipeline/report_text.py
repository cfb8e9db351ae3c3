"""The report's words in Japanese (the default) and English, and numbers and dates as each reads them.

Every string the report shows comes from here, so a translation is one table and a test can check
that both languages name the same things.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

LANGS = ("ja", "en")

TYPE_LABELS = {
    "ja": {"evaluation": "評価", "comparison": "比較", "prediction": "予測", "normative": "規範",
           "causal": "因果", "analogy": "類推", "assertion": "主張"},
    "en": {"evaluation": "evaluation", "comparison": "comparison", "prediction": "prediction",
           "normative": "normative", "causal": "causal", "analogy": "analogy", "assertion": "assertion"},
}
RELATION_LABELS = {
    "ja": {"support": "支持", "contrast": "対比", "concession": "譲歩", "condition": "条件",
           "example": "例示", "analogy": "類推の根拠", "answers": "質問への回答"},
    "en": {"support": "support", "contrast": "contrast", "concession": "concession",
           "condition": "condition", "example": "example", "analogy": "analogy premise",
           "answers": "answers the question"},
}
ROLE_LABELS = {  # turn roles (turns.csv) and unit roles (claims.csv)
    "ja": {"interviewer": "質問者", "interviewee": "回答者", "speaker": "発言者", "narration": "地の文",
           "claim": "主張", "premise": "前提", "question": "質問"},
    "en": {"interviewer": "interviewer", "interviewee": "interviewee", "speaker": "speaker",
           "narration": "narration", "claim": "claim", "premise": "premise", "question": "question"},
}

WORDS = {
    "ja": {
        "title": "議論レポート", "corpus": "コーパス全体", "documents": "文書一覧", "doc": "文書", "n_chars": "文字数",
        "n_turns": "発言数", "n_sentences": "文数", "n_claims": "論証単位", "claims_by_holder": "発言者別・種類別の論証単位",
        "holder": "発言者", "narration": "（地の文）", "keypoints": "論点（文書をまたぐ主張のまとまり）",
        "keypoint_graphs": "論点ごとの議論グラフ", "kp_id": "ID", "kp_label": "論点", "kp_n_claims": "主張数",
        "kp_n_docs": "文書数", "kp_holders": "主張者", "failures": "処理できなかった文書", "speakers": "話者",
        "turns_unit": "回の発言", "no_speakers": "話者ラベルなし", "analogies": "類推（元の領域 → 対象の領域）", "none": "なし",
        "argument_map": "議論グラフ", "claims_list": "論証単位（本文の順）", "legend": "凡例", "legend_types": "主張の種類（色）",
        "legend_edges": "関係（線）", "legend_nodes": "枠", "premise_box": "前提（破線の枠、支える主張の下）", "claim_box": "主張",
        "question_box": "質問（回答を促した発言）", "ghost_box": "他の節の単位", "lane": "話者のレーン", "section": "第{n}節",
        "part": "（{i}/{k}）", "exchange": "{asker}の質問と{answerers}の回答", "list_sep": "・",
        "turn_of": "{speaker}の発言", "units_range": "{a}〜{b}", "n_units": "{n}件",
        "more_sections": "残り{n}節は見出しをクリックすると描画されます", "no_relations": "関係なし",
        "hover_hint": "枠にカーソルを合わせると全文、クリックで詳細を表示します。", "detail_empty": "ノードをクリックすると詳細がここに出ます。", "neg": "否定",
        "hedged": "留保", "premise": "前提", "frame": "枠組み", "cue": "根拠となった手がかり", "target": "対象",
        "standard": "比較の基準", "codes": "コード", "type": "種類", "role": "役割", "speaker": "話者", "polarity": "極性",
        "show_in_list": "一覧で見る", "conclusion": "結論", "premises": "前提", "more_keypoints": "ほか{n}件の論点は表のみ",
        "nav": "目次", "back_to_top": "先頭へ", "lang_name": "日本語", "kp_in_docs": "{n}文書", "more_rows": "ほか{n}件を表示",
    },
    "en": {
        "title": "Argument report", "corpus": "Corpus", "documents": "Documents", "doc": "document",
        "n_chars": "characters", "n_turns": "turns", "n_sentences": "sentences", "n_claims": "units",
        "claims_by_holder": "Units per holder and type", "holder": "holder", "narration": "(narration)",
        "keypoints": "Key points (claims across documents)", "keypoint_graphs": "Argument graphs per key point",
        "kp_id": "id", "kp_label": "key point", "kp_n_claims": "claims", "kp_n_docs": "documents",
        "kp_holders": "holders", "failures": "Documents that failed", "speakers": "Speakers",
        "turns_unit": " turns", "no_speakers": "no labelled speakers",
        "analogies": "Analogies (source → target)", "none": "none", "argument_map": "Argument graph",
        "claims_list": "Units in reading order", "legend": "Legend", "legend_types": "Claim type (colour)",
        "legend_edges": "Relation (line)", "legend_nodes": "Boxes",
        "premise_box": "premise (dashed, under the claim it supports)", "claim_box": "claim",
        "question_box": "question (the turn that prompted the answers)", "ghost_box": "unit of another section",
        "lane": "speaker lane", "section": "Section {n}", "part": " ({i}/{k})",
        "exchange": "{asker}'s question, answered by {answerers}", "list_sep": ", ",
        "turn_of": "turn of {speaker}", "units_range": "{a}–{b}", "n_units": "{n} units",
        "more_sections": "{n} more sections are drawn when opened", "no_relations": "no relations",
        "hover_hint": "Hover a box for its full text; click it for details.",
        "detail_empty": "Click a box to see its details here.", "neg": "negated", "hedged": "hedged",
        "premise": "premise", "frame": "frame", "cue": "deciding cue", "target": "target",
        "standard": "standard", "codes": "codes", "type": "type", "role": "role", "speaker": "speaker",
        "polarity": "polarity", "show_in_list": "show in list", "conclusion": "conclusion",
        "premises": "premises", "more_keypoints": "{n} more key points in the table only", "nav": "contents",
        "back_to_top": "top", "lang_name": "English", "kp_in_docs": "documents: {n}",
        "more_rows": "show {n} more",
    },
}

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@dataclass(frozen=True)
class Text:
    """The words and formats of one language; `t("key", n=3)` fills a template."""
    lang: str = "ja"
    words: dict[str, str] = field(default_factory=dict)

    def __call__(self, key: str, **values: object) -> str:
        return self.words[key].format(**values) if values else self.words[key]

    def type_label(self, value: str) -> str:
        return TYPE_LABELS[self.lang].get(value, value)

    def relation_label(self, value: str) -> str:
        return RELATION_LABELS[self.lang].get(value, value)

    def role_label(self, value: str) -> str:
        return ROLE_LABELS[self.lang].get(value, value)

    def number(self, value: int | float) -> str:
        """An integer the way the language writes it: 12,345 in English, 1万2,345 in Japanese
        (groups of four digits named 億 and 万, as Japanese reads large counts)."""
        n = int(value)
        if self.lang != "ja" or abs(n) < 10_000:
            return f"{n:,}"
        oku, rest = divmod(abs(n), 100_000_000)
        man, rest = divmod(rest, 10_000)
        parts = [f"{oku:,}億" if oku else "", f"{man:,}万" if man else "", f"{rest:,}" if rest else ""]
        return ("-" if n < 0 else "") + "".join(parts)

    def date(self, value: str) -> str:
        """An ISO date (2020-06-10) as 2020年6月10日 or 10 June 2020; anything else unchanged."""
        match = _ISO_DATE.match(value.strip())
        if not match:
            return value
        year, month, day = (int(g) for g in match.groups())
        if not 1 <= month <= 12:
            return value
        return f"{year}年{month}月{day}日" if self.lang == "ja" else f"{day} {_MONTHS[month - 1]} {year}"

    def share(self, value: float) -> str:
        """A proportion as a percentage with one decimal."""
        return f"{value * 100:.1f}%"


def text_for(lang: str) -> Text:
    """The Text of `lang` ("ja" or "en"); an unknown language is an error, not a silent fallback."""
    if lang not in LANGS:
        raise ValueError(f"report language {lang!r}: choose one of {', '.join(LANGS)}")
    return Text(lang, WORDS[lang])
