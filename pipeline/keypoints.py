"""Key points: groups of claims that state the same proposition in other words, within and across documents.

`group_keypoints(records, embeddings)` is the model-free core. It takes one immutable `ClaimRecord`
per claim (built from the claims table and its tokens: `records_from_tables`, or from a spaCy span:
`content_from_span`) and a row of sentence embeddings per record (pipeline.encoder), and returns the
groups, each a list of claim ids, its label claim first. Nothing here loads a model or needs a Doc.

How a group is made (the constants below):
1. Candidates: each claim's CANDIDATES nearest claims by embedding cosine (mean-centred vectors), found
   block by block (BLOCK rows at a time against all claims): never an n x n matrix.
2. A candidate pair's score is the cosine plus LEMMA_WEIGHT times the IDF-weighted overlap of their
   content lemmas (target and predicate words from GiNZA; weight 0 by default, see below). A pair is
   never linked when the claims contradict each other: opposite polarity with the same predicate lemma
   (`安全だ` / `安全ではない`; not when the negative claim concedes a positive clause first,
   `Xですが、Yではない`), comparisons against standards that share nothing (`人間より多い` /
   `ロボットより多い`) or taking opposite sides (one's target is the other's standard), opposite stances
   on a measure (`建設推進` / `建設の中止`: AGAINST, FOR), or when they share no content word at all: the encoder alone ranks claims of one
   topic and register close together (`この年は降雪量が少なかった` / `排雪の時期が早かった`), and the same
   proposition restated almost always keeps at least one of its nouns, verbs or adjectives.
   Some claims take no part: a note of the room or a title standing alone states nothing, and a
   claim that is the speaker's act in the session (`〜に反対の立場から討論いたします`; every speech has
   one) links only to a claim declaring the same stance: one position on the measure across speeches.
3. Calibration by rank, not by a fixed cosine: the score must reach the NULL_QUANTILE of the scores of
   random pairs of claims of one document (what "unusually similar" means for this encoder, among
   claims that share a topic),
   and the pair must be mutual near neighbours (each among the other's MUTUAL_RANK best); the cut
   never falls below MIN_CUT (centred cosine), so a corpus without paraphrases links nothing.
4. Linked pairs merge, best first, by average linkage: two groups join only when the mean score over
   all their cross pairs still reaches the cut and no cross pair contradicts; no chaining of topic
   neighbours. Proximity in the discourse (same turn, a few sentences apart) only orders equal scores.
5. Groups of one are dropped. The label is the most central member (highest mean score to the others)
   among complete claims with an explicit subject, without a leading anaphor (これ, それ, この, その) and
   not a negated side remark (`〜からではありません`).
Memory: embeddings (n x dim float32) plus O(n x CANDIDATES) candidate scores.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.extract import cues
from pipeline.keypoint_labels import label_quality, label_text

CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB"}
# Words no proposition is about: light verbs and nouns, auxiliaries of aspect and humility (`〜てまいります`,
# `〜ていく`, `〜いたします`), verbs frozen into particles (`について`, `に対する`, `に向けて`), and `検討`, the
# light noun of every official commitment (`検討してまいります`): two claims sharing only these share nothing.
LIGHT_LEMMAS = frozenset({"する", "ある", "いる", "なる", "できる", "思う", "考える", "こと", "もの",
                          "よう", "ため", "方", "的", "さ", "れる", "られる", "せる", "おる", "いう",
                          "言う", "持つ", "使う", "行う", "多く", "多い", "非常", "今", "現在",
                          "まいる", "いく", "くる", "いたす", "つく", "対する", "関する", "向ける", "よる",
                          "おく", "しまう", "みる", "くださる", "いただく", "検討"})
SUBJECT_DEPS = {"nsubj", "csubj", "nsubj:pass", "csubj:pass"}

CANDIDATES = 10          # nearest neighbours by embedding that are scored
BLOCK = 512              # claims per block when searching neighbours (BLOCK x n floats at a time)
# Weight of the content-lemma overlap added to the cosine. Measured on the sample (tools/keypoint_eval.py):
# with e5 the lemma overlap adds topic words, not paraphrase (pairwise P 0.73 at 0, 0.64 at 0.25), so it
# is off by default; lemmas still serve the contradiction veto (predicate) and the labels.
LEMMA_WEIGHT = 0.0
MUTUAL_RANK = 2          # a link needs each claim among the other's MUTUAL_RANK best candidates
NULL_QUANTILE = 0.99     # the cut: this quantile of the scores of random pairs of the corpus
NULL_PAIRS = 20000       # random pairs sampled to estimate it
MIN_NULL_PAIRS = 200     # below this many pairs in all, no quantile: the small-input cut decides
# Fewer than CENTRE_MIN claims are not centred: their scores are e5's raw cosines, bunched near 0.9,
# where a few claims' own quantile says nothing. Measured on the sample's claims: raw cosine ≥ 0.93
# holds 39 % of the pairs its gold groups and 0.4 % of its other pairs (0.90: 70 % and 3.3 %).
UNCENTRED_CUT = 0.93
MIN_CUT = 0.3            # the cut never goes below this (a corpus with no paraphrase links none)
CENTRE_MIN = 30          # claims needed before embeddings are mean-centred
REVERSED_MIN_BIGRAMS = 2  # character bigrams one's target must share with the other's standard
PROXIMITY_SENTENCES = 2  # same turn, at most this many sentences apart: a tie-break, never a link

# A stance on a measure: words that oppose it (`建設の中止を求める`, `誘致を断念し`) and words that back it
# (`導入すべきだ`, `推進する`; negated, `賛成できない`, they oppose it); opposing a stop backs the measure
# (`廃止に反対だ`). Two claims on opposite sides are never one key point, however alike their words
# (`ダムの建設推進` / `ダム建設の中止`). Words as common as `必要` or `建設` take no side by themselves;
# denied, `必要ない` (`必要な対策とは思えない`) opposes as `不要` does. A claim that opposes a measure is
# not one key point with a claim that takes no side on it (`配備を断固阻止すべきだ` / `政府は配備を強行
# しようとしている`): the side is the proposition. Not so for backing words, which also name the activity
# a claim is about (`誘致に向けて取り組む`, `道州制の導入の議論`).
_STOPPING = "中止|断念|撤回|廃止|凍結|白紙|見送|撤去|阻止|廃案|撤退|打ち切|やめ"
AGAINST = re.compile(rf"{_STOPPING}|反対(?!に[、,，言])|不要|不必要"
                     r"|必要(?:な[^、,，。]{0,12}(?:では|じゃ|とは思え)|は|では|じゃ|とは思え|性は)?(?:ない|ありません)")
FOR = re.compile(r"推進|賛成|導入|誘致|着手|促進|拡充")
AGAINST_A_STOP = re.compile(rf"(?:{_STOPPING})[^、,，。]{{0,8}}(?:に|には)反対")
# `反対ではありません`, `開催そのものに反対するものではない`, `反対はしません`: not against, the other side
# of `反対です`.
NEGATED_AGAINST = re.compile(r"反対(?:する|している|の)?(?:もの|わけ|の|ん)?(?:では|じゃ)(?:ない|ありません|ございません)"
                             r"|反対(?:は)?(?:いたし|し)(?:ない|ません)")
# `〜が必要ではないでしょうか`, `必要なことではないか`: a rhetorical question asserts the need (a
# plain `必要はないかと思います` still denies it).
RHETORICAL_NEED = re.compile(r"必要(?:な[^、,，。]{0,12})?(?:では|じゃ)(?:ない|ありません)(?:の|ん)?(?:でしょう|だろう)?か")
# Words that declare a stance in a debate (`賛成の立場から`, `反対します`): what a procedural claim keeps.
STANCE_WORD = re.compile(r"賛成|反対|賛同")

# A negative claim that first concedes or sets aside a positive clause (`Xですが、Yではない`,
# `XではなくY`) is not the plain negation of X: its predicate may match X's without contradicting it.
CONCEDED = re.compile(r"(?:が|けれども|けれど|けど|ものの|ではなく|じゃなく|でなく)て?[、,，]")


@dataclass(frozen=True)
class ClaimRecord:
    """What grouping needs of one claim (a claims-table row plus its content lemmas)."""

    claim_id: str
    doc_id: str
    text: str
    holder: str = ""
    turn_id: str = ""
    polarity: str = "pos"
    type: str = ""
    target: str = ""
    standard: str = ""
    lemmas: tuple[str, ...] = ()  # content lemmas (nouns, proper nouns, adjectives, verbs; light ones left out)
    predicate: str = ""           # lemma of the claim's head word (the span's root)
    has_subject: bool = False     # an explicit subject (nsubj/csubj) in the span
    position: int = 0             # sentence index in the document (tie-breaks only)


def content(words: Iterable[tuple[str, str, str, bool]]) -> tuple[tuple[str, ...], str, bool]:
    """(content lemmas, predicate lemma, has explicit subject) from (lemma, pos, dep, is_root) per token."""
    lemmas: list[str] = []
    predicate = ""
    subject = False
    for lemma, pos, dep, is_root in words:
        if pos in CONTENT_POS and lemma not in LIGHT_LEMMAS and len(lemma) > 1:
            lemmas.append(lemma)
        if is_root and not predicate:
            predicate = lemma
        subject = subject or dep in SUBJECT_DEPS
    return tuple(lemmas), predicate, subject


def content_from_span(span) -> tuple[tuple[str, ...], str, bool]:  # noqa: ANN001 (a spaCy Span, duck-typed)
    """`content` of a spaCy span: its root is the token whose head lies outside the span (or itself)."""
    return content((t.lemma_, t.pos_, t.dep_, t.head.i == t.i or not span.start <= t.head.i < span.end)
                   for t in span)


def records_from_tables(claims, tokens) -> list[ClaimRecord]:  # noqa: ANN001 (pandas DataFrames)
    """One record per row of `claims` whose role is `claim`, its content from the `tokens` table
    (tokens of the claim's sentence inside its start/end). Ids and offsets as in TABLES.md."""
    import pandas as pd

    rows = claims[claims["role"] == "claim"] if "role" in claims.columns else claims
    needed = set(rows["sent_id"])
    tokens = tokens[tokens["sent_id"].isin(needed)]
    by_sentence = {sent_id: frame for sent_id, frame in tokens.groupby("sent_id", sort=False)}
    empty = pd.DataFrame(columns=tokens.columns)
    records = []
    for row in rows.itertuples(index=False):
        sentence = by_sentence.get(row.sent_id, empty)
        start, end = int(row.start), int(row.end)
        inside = sentence[(sentence["start"].astype(int) >= start) & (sentence["end"].astype(int) <= end)]
        ids = set(inside["token_id"].astype(int))
        words = ((str(t.lemma), str(t.pos), str(t.dep),
                  int(t.head_token_id) == int(t.token_id) or int(t.head_token_id) not in ids)
                 for t in inside.itertuples(index=False))
        lemmas, predicate, subject = content(words)
        records.append(ClaimRecord(
            claim_id=str(row.claim_id), doc_id=str(row.doc_id), text=str(row.text), holder=str(row.holder),
            turn_id=str(row.turn_id), polarity=str(row.polarity) or "pos", type=str(row.type),
            target=str(row.target), standard=str(row.standard), lemmas=lemmas, predicate=predicate,
            has_subject=subject, position=_sentence_index(str(row.sent_id))))
    return records


def _sentence_index(sent_id: str) -> int:
    digits = re.search(r"(\d+)$", sent_id)
    return int(digits.group(1)) if digits else 0


def _centred(embeddings: np.ndarray) -> np.ndarray:
    """Rows minus their mean, L2-normalized (cosines then spread over the corpus, not bunched near
    0.9 as e5's are); with fewer than CENTRE_MIN claims the mean is the claims themselves: not centred."""
    vectors = np.asarray(embeddings, dtype="float32")
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms > 0, norms, 1)
    if len(vectors) >= CENTRE_MIN:
        vectors = vectors - vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1)


def _nearest(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's k nearest other rows by cosine (indices, cosines), BLOCK rows at a time."""
    n = len(vectors)
    k = min(k, n - 1)
    indices = np.zeros((n, k), dtype="int64")
    cosines = np.zeros((n, k), dtype="float32")
    for start in range(0, n, BLOCK):
        block = vectors[start:start + BLOCK] @ vectors.T
        rows = np.arange(len(block))
        block[rows, start + rows] = -np.inf
        top = np.argpartition(-block, k - 1, axis=1)[:, :k]
        order = np.argsort(-np.take_along_axis(block, top, axis=1), axis=1, kind="stable")
        indices[start:start + BLOCK] = np.take_along_axis(top, order, axis=1)
        cosines[start:start + BLOCK] = np.take_along_axis(block, indices[start:start + BLOCK], axis=1)
    return indices, cosines


class _Scorer:
    """Pair scores: centred cosine + LEMMA_WEIGHT x IDF-weighted lemma overlap, and the contradiction veto."""

    def __init__(self, records: Sequence[ClaimRecord], vectors: np.ndarray) -> None:
        self.records = records
        self.vectors = vectors
        frequency = Counter(lemma for r in records for lemma in set(r.lemmas))
        total = len(records)
        self.weights = [{lemma: float(np.log((1 + total) / (1 + frequency[lemma])) + 1) for lemma in set(r.lemmas)}
                        for r in records]
        self.norms = [np.sqrt(sum(w * w for w in weights.values())) or 1.0 for weights in self.weights]
        self.standard_grams = [_bigrams(r.standard) for r in records]
        self.target_grams = [_bigrams(r.target) for r in records]
        self.stances = [_stance(r) for r in records]
        self.eligible = [_states_something(r) for r in records]
        self.procedural = [bool(cues.SESSION_ACT.search(r.text)) for r in records]
        self.declared = [bool(STANCE_WORD.search(r.text)) for r in records]

    def lemma_overlap(self, i: int, j: int) -> float:
        a, b = self.weights[i], self.weights[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(w * w for lemma, w in a.items() if lemma in b) / (self.norms[i] * self.norms[j])

    def contradicts(self, i: int, j: int) -> bool:
        """Never one key point: a claim and its negation, comparisons against unrelated standards or
        from opposite sides, opposite stances on a measure, claims that share no content word, a claim
        that states nothing (`_states_something`), and a session act but for a stance both declare."""
        if not (self.eligible[i] and self.eligible[j]) or not self._same_act(i, j):
            return True
        a, b = self.records[i], self.records[j]
        if a.polarity != b.polarity and a.predicate and a.predicate == b.predicate:
            negative = a if a.polarity == "neg" else b
            if not CONCEDED.search(negative.text):
                return True
        sa, sb = self.standard_grams[i], self.standard_grams[j]
        if sa and sb and not sa & sb:
            return True
        if self._reversed(i, j) or self._reversed(j, i) or self.stances[i] * self.stances[j] < 0 \
                or -1 in (self.stances[i], self.stances[j]) and 0 in (self.stances[i], self.stances[j]):
            return True
        return not self.on_one_subject(i, j)

    def on_one_subject(self, i: int, j: int) -> bool:
        """The two claims share a content word (or one has none to tell): they may be about one subject."""
        a, b = self.records[i], self.records[j]
        return not (a.lemmas and b.lemmas) or bool(self.weights[i].keys() & self.weights[j].keys())

    def _same_act(self, i: int, j: int) -> bool:
        """A claim that is (or carries) the speaker's act in the session (`〜について反対の立場から討論いたします`,
        `提案説明を行います`) joins only a claim on the same side: across speeches that is one position on
        the measure; the act itself, or a topic word it shares with a claim about the measure (`本議案は
        家賃を引き上げるものです`), is no proposition in common. Both oppose (`〜の撤回を求めると訴えて反対
        討論といたします` / `配備の撤回を求める`), or both declare their side (`賛成の立場から` / `賛成です`):
        a backing word alone may only name the activity (`カジノ導入に伴う懸念`). Within one speech the
        act and the vote it ends with (`反対の立場から討論します` … `反対するものであります`) are one
        position stated twice, not a claim that comes back."""
        if not (self.procedural[i] or self.procedural[j]):
            return True
        if self.records[i].doc_id == self.records[j].doc_id:
            return False
        side = self.stances[i]
        return side == self.stances[j] != 0 and (side < 0 or self.declared[i] and self.declared[j])

    def _reversed(self, i: int, j: int) -> bool:
        """What claim i is about is what claim j compares against (`Xと比べても競争力がある` /
        `Xを使う方が便利だ`): the two take opposite sides. Words the two claims' own target and
        standard share (`モデル` in `Aモデル` and `Bモデル`) do not count."""
        about = self.target_grams[i] - self.standard_grams[i]
        against = self.standard_grams[j] - self.target_grams[j]
        return len(about & against) >= REVERSED_MIN_BIGRAMS

    def score(self, i: int, j: int, cosine: float | None = None) -> float:
        if cosine is None:
            cosine = float(self.vectors[i] @ self.vectors[j])
        return cosine + LEMMA_WEIGHT * self.lemma_overlap(i, j)

    def near(self, i: int, j: int) -> bool:
        a, b = self.records[i], self.records[j]
        return a.doc_id == b.doc_id and a.turn_id == b.turn_id and abs(a.position - b.position) <= PROXIMITY_SENTENCES


def _stance(record: ClaimRecord) -> int:
    """-1 against a measure, 1 for it, 0 when the claim takes no side in these words. Opposing a stop
    backs the measure, and so does saying one is not against it (`反対ではありません`); otherwise a word
    that opposes decides (`反対の立場から賛成できません` is against); a backing word counts as its
    polarity says."""
    if AGAINST_A_STOP.search(record.text) or NEGATED_AGAINST.search(record.text):
        return 1
    if AGAINST.search(RHETORICAL_NEED.sub("", record.text)):
        return -1
    if FOR.search(record.text):
        return -1 if record.polarity == "neg" else 1
    return 0


def _states_something(record: ClaimRecord) -> bool:
    """False for what the pipeline may keep as a claim but asserts nothing to group: a note of the
    room (`発言する者あり`), a title or heading standing alone (`〜に関する決議（案`, `〜への対応について`)
    and a plea for indulgence (`ご了承願います`)."""
    text = record.text.strip().rstrip("。")
    return not (cues.STAGE_DIRECTION.search(text) or cues.COURTESY_REQUEST.match(text)
                or text.endswith(cues.TITLE_ENDINGS + cues.HEADING_ENDINGS))


def _bigrams(text: str) -> frozenset[str]:
    text = re.sub(r"\s", "", text)
    return frozenset(text[k:k + 2] for k in range(len(text) - 1)) if len(text) > 1 else frozenset(text)


def _cut(scorer: _Scorer, n: int, seed: int = 0) -> float:
    """NULL_QUANTILE of the scores of random pairs of claims of one document (all of them when there
    are few): claims of one document share its topic, so the cut asks more than "same topic"; pairs
    across documents of different topics would set it lower the more varied the corpus. A folder of
    many short documents (speeches of a few sentences) has too few such pairs: there, pairs of the
    whole corpus on one subject (a content word in common, as a link needs) are the null, as long as
    there are MIN_NULL_PAIRS of them; pairs of speeches on other subjects would set the cut at what
    tells subjects apart, not paraphrases."""
    by_doc: dict[str, list[int]] = {}
    for k, record in enumerate(scorer.records):
        by_doc.setdefault(record.doc_id, []).append(k)
    docs = [members for members in by_doc.values() if len(members) > 1]
    sizes = np.array([len(m) * (len(m) - 1) // 2 for m in docs], dtype="float64")
    whole_corpus = sizes.sum() < MIN_NULL_PAIRS
    if whole_corpus:
        docs = [list(range(n))]
        sizes = np.array([n * (n - 1) // 2], dtype="float64")
    if sizes.sum() < MIN_NULL_PAIRS:
        return MIN_CUT  # too few pairs to calibrate (n ≤ 20: group_keypoints raises it to UNCENTRED_CUT)
    pairs = _null_pairs(docs, sizes, seed)
    if whole_corpus:
        related = [(i, j) for i, j in pairs if scorer.on_one_subject(i, j)]
        pairs = related if len(related) >= MIN_NULL_PAIRS else pairs
    scores = np.array([scorer.score(i, j) for i, j in pairs])
    return max(float(np.quantile(scores, NULL_QUANTILE)), MIN_CUT)


def _null_pairs(docs: list[list[int]], sizes: np.ndarray, seed: int) -> list[tuple[int, int]]:
    """All pairs within each of `docs` when there are at most NULL_PAIRS, else NULL_PAIRS random ones."""
    if sizes.sum() <= NULL_PAIRS:
        return [(m[x], m[y]) for m in docs for x in range(len(m)) for y in range(x + 1, len(m))]
    rng = np.random.default_rng(seed)
    pairs = []
    for d in rng.choice(len(docs), NULL_PAIRS, p=sizes / sizes.sum()):
        x, y = rng.choice(len(docs[d]), 2, replace=False)
        pairs.append((docs[d][x], docs[d][y]))
    return pairs


def group_keypoints(records: Sequence[ClaimRecord], embeddings: np.ndarray, *,
                    cut: float | None = None, seed: int = 0) -> list[list[str]]:
    """Key points: lists of claim ids (two or more), the label claim first, largest group first.

    `embeddings[k]` is the sentence embedding of `records[k].text` (pipeline.encoder.Encoder.encode).
    `cut` overrides the score a link needs (default: calibrated on the corpus, see the module doc).
    """
    n = len(records)
    if n < 2:
        return []
    if len(embeddings) != n:
        raise ValueError(f"{n} records but {len(embeddings)} embeddings")
    vectors = _centred(embeddings)
    scorer = _Scorer(records, vectors)
    threshold = _cut(scorer, n, seed) if cut is None else cut
    if cut is None and n < CENTRE_MIN:
        threshold = max(threshold, UNCENTRED_CUT)  # raw cosines: a small input's own quantile is no cut
    neighbours, cosines = _nearest(vectors, CANDIDATES)
    # Rescore the candidates (lemmas, veto); keep each claim's MUTUAL_RANK best; link mutual ones above the cut.
    best: list[dict[int, float]] = []
    for i in range(n):
        scored = sorted(((scorer.score(i, int(j), float(c)), int(j)) for j, c in zip(neighbours[i], cosines[i])
                         if not scorer.contradicts(i, int(j))), key=lambda sj: -sj[0])
        best.append({j: s for s, j in scored[:MUTUAL_RANK]})
    links = sorted(((s, scorer.near(i, j), i, j) for i in range(n) for j, s in best[i].items()
                    if i < j and i in best[j] and s >= threshold), key=lambda x: (-x[0], not x[1], x[2], x[3]))
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, _, i, j in links:
        a, b = group_of[i], group_of[j]
        if a == b or not _joinable(scorer, members[a], members[b], threshold):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for k in members[b]:
            group_of[k] = a
        members[a].extend(members.pop(b))
    groups = [sorted(m) for m in members.values() if len(m) > 1]
    ordered = [_label_first(scorer, g) for g in groups]
    ordered.sort(key=lambda g: (-len(g), min(g)))
    return [[records[k].claim_id for k in g] for g in ordered]


def _joinable(scorer: _Scorer, a: list[int], b: list[int], threshold: float) -> bool:
    """Average linkage with a veto: the mean cross score reaches the cut and no cross pair contradicts."""
    total = 0.0
    for i in a:
        for j in b:
            if scorer.contradicts(i, j):
                return False
            total += scorer.score(i, j)
    return total / (len(a) * len(b)) >= threshold


def _label_first(scorer: _Scorer, group: list[int]) -> list[int]:
    """The group ordered by label quality, then centrality (mean score to the other members)."""
    centrality = {i: sum(scorer.score(i, j) for j in group if j != i) / (len(group) - 1) for i in group}
    return sorted(group, key=lambda i: (label_quality(scorer.records[i]), -centrality[i], i))


def keypoint_table(records: Sequence[ClaimRecord], groups: Sequence[Sequence[str]]) -> list[dict[str, object]]:
    """keypoints.csv rows (TABLES.md): label (the group's first claim, as keypoint_labels.label_text
    shows it), counts, holders, claim ids."""
    by_id = {r.claim_id: r for r in records}
    rows = []
    for n, members in enumerate(groups, 1):
        holders = Counter(by_id[m].holder or "(narration)" for m in members)
        rows.append({"keypoint_id": f"k{n:03d}", "label": label_text(by_id[members[0]].text), "n_claims": len(members),
                     "n_docs": len({by_id[m].doc_id for m in members}),
                     "holders": "; ".join(f"{h} ({c})" for h, c in holders.most_common()),
                     "claim_ids": " ".join(members)})
    return rows
