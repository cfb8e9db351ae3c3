"""Key points: group claims that make the same point, within and across documents.

Within a document, claims are compared on three things: the content lemmas they share (TF-IDF
cosine), ja_ginza's static word vectors (mean over those lemmas, cosine), and discourse proximity
(same turn, at most two sentences apart: a speaker develops one point over a few sentences).
Average-linkage clustering (scipy) cuts that into groups. Across documents, groups whose lemma
profiles and vectors are close enough merge, greedily, so the cost grows with the number of
groups rather than with the square of all claims.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from spacy.tokens import Span

CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB"}
LIGHT_LEMMAS = frozenset({"する", "ある", "いる", "なる", "できる", "思う", "考える", "こと", "もの",
                          "よう", "ため", "方", "的", "さ", "れる", "られる", "せる", "おる", "いう",
                          "言う", "持つ", "使う", "行う", "多く", "多い", "非常", "今", "現在"})
# Weights of the three similarities and the average-linkage cut (a distance: 1 - similarity).
# Measured on the dev gold with `make eval` (key-point pairs); proximity carries most of it.
LEMMA_WEIGHT = 0.6
VECTOR_WEIGHT = 0.1
PROXIMITY_WEIGHT = 0.3
PROXIMITY_SENTENCES = 2
CUT_DISTANCE = 0.8
# Across documents: cosine of group profiles (hashed lemmas + vectors) needed to merge.
CROSS_DOCUMENT_SIMILARITY = 0.6
HASH_DIMENSIONS = 2 ** 10


@dataclass(frozen=True)
class KeyPointInput:
    """What clustering needs of one claim: lemmas, mean word vector, where it stands."""

    lemmas: tuple[str, ...]
    vector: np.ndarray
    doc_id: str
    turn_id: str
    sentence_index: int


def keypoint_input(span: Span, *, doc_id: str, turn_id: str, sentence_index: int) -> KeyPointInput:
    """Content lemmas of a claim's span and their mean static vector (zeros when none has one)."""
    words = [t for t in span if t.pos_ in CONTENT_POS and t.lemma_ not in LIGHT_LEMMAS and len(t.lemma_) > 1]
    with_vectors = [t.vector for t in words if t.has_vector]
    width = span.doc.vocab.vectors.shape[1] or 1
    vector = np.mean(with_vectors, axis=0) if with_vectors else np.zeros(width, dtype="float32")
    return KeyPointInput(tuple(t.lemma_ for t in words), vector, doc_id, turn_id, sentence_index)


def _normalized(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def _tfidf(items: Sequence[KeyPointInput]) -> np.ndarray:
    vocabulary = {lemma: i for i, lemma in enumerate(sorted({l for item in items for l in item.lemmas}))}
    document_frequency = Counter(l for item in items for l in set(item.lemmas))
    matrix = np.zeros((len(items), max(len(vocabulary), 1)))
    for row, item in enumerate(items):
        for lemma, count in Counter(item.lemmas).items():
            matrix[row, vocabulary[lemma]] = count * (np.log((1 + len(items)) / (1 + document_frequency[lemma])) + 1)
    return _normalized(matrix)


def document_similarity(items: Sequence[KeyPointInput]) -> np.ndarray:
    """Weighted similarity of the claims of one document (lemmas, vectors, proximity)."""
    lemmas = _tfidf(items)
    vectors = _normalized(np.array([item.vector for item in items], dtype="float64"))
    turn = np.array([item.turn_id for item in items])
    index = np.array([item.sentence_index for item in items])
    near = (turn[:, None] == turn[None, :]) & (np.abs(index[:, None] - index[None, :]) <= PROXIMITY_SENTENCES)
    return (LEMMA_WEIGHT * (lemmas @ lemmas.T) + VECTOR_WEIGHT * (vectors @ vectors.T)
            + PROXIMITY_WEIGHT * near)


def document_groups(items: Sequence[KeyPointInput]) -> list[list[int]]:
    """Groups (of two or more) of one document's claims, most central member first."""
    if len(items) < 2:
        return []
    similarity = document_similarity(items)
    distance = np.clip(1 - similarity, 0, None)
    np.fill_diagonal(distance, 0)
    labels = fcluster(linkage(squareform((distance + distance.T) / 2, checks=False), method="average"),
                      t=CUT_DISTANCE, criterion="distance")
    groups = []
    for label in sorted(set(labels)):
        rows = [r for r, l in enumerate(labels) if l == label]
        if len(rows) > 1:
            centrality = similarity[np.ix_(rows, rows)].sum(axis=1)
            groups.append([rows[k] for k in np.argsort(-centrality, kind="stable")])
    return groups


def _profile(items: Sequence[KeyPointInput]) -> np.ndarray:
    """A group's profile for comparing across documents: hashed lemma counts and mean vector."""
    counts = np.zeros(HASH_DIMENSIONS, dtype="float32")
    for item in items:
        for lemma in item.lemmas:
            counts[hash_lemma(lemma)] += 1
    vector = np.mean([item.vector for item in items], axis=0).astype("float32")
    lemma_part = counts / (np.linalg.norm(counts) or 1)
    vector_part = vector / (np.linalg.norm(vector) or 1)
    return np.concatenate([lemma_part * np.sqrt(0.7), vector_part * np.sqrt(0.3)]).astype("float32")


def hash_lemma(lemma: str) -> int:
    """A stable bucket for a lemma (Python's hash() changes between runs)."""
    value = 2166136261
    for byte in lemma.encode("utf-8"):
        value = ((value ^ byte) * 16777619) & 0xFFFFFFFF
    return value % HASH_DIMENSIONS


class KeyPointIndex:
    """Key points over a corpus, fed one document at a time (memory holds profiles, not claims).

    Each document's groups join the closest key point of another document when their profiles
    are close enough (CROSS_DOCUMENT_SIMILARITY), else start a new one.
    """

    def __init__(self) -> None:
        self._members: list[list[str]] = []
        self._documents: list[set[str]] = []
        self._profiles = np.zeros((0, 0), dtype="float32")

    def add_document(self, items: Sequence[KeyPointInput], claim_ids: Sequence[str]) -> None:
        for group in document_groups(items):
            profile = _profile([items[i] for i in group])
            ids = [claim_ids[i] for i in group]
            doc_id = items[group[0]].doc_id
            target = self._closest_from_other_document(profile, doc_id)
            if target is None:
                self._append(ids, doc_id, profile)
            else:
                self._members[target].extend(ids)
                self._documents[target].add(doc_id)

    def _closest_from_other_document(self, profile: np.ndarray, doc_id: str) -> int | None:
        """The most similar key point above the threshold that has no claim of this document yet."""
        count = len(self._members)
        if not count:
            return None
        scores = self._profiles[:count] @ profile
        top = np.argpartition(-scores, min(2, count - 1))[:3]
        for best in sorted(top, key=lambda i: -scores[i]):
            if scores[best] < CROSS_DOCUMENT_SIMILARITY:
                return None
            if doc_id not in self._documents[best]:
                return int(best)
        return None

    def _append(self, ids: list[str], doc_id: str, profile: np.ndarray) -> None:
        count = len(self._members)
        if count == len(self._profiles):  # grow by doubling: amortized O(1) per group
            grown = np.zeros((max(16, 2 * count), len(profile)), dtype="float32")
            if count:
                grown[:count] = self._profiles[:count]
            self._profiles = grown
        self._profiles[count] = profile
        self._members.append(ids)
        self._documents.append({doc_id})

    def groups(self) -> list[list[str]]:
        """Claim ids per key point, largest first; the first member is its most central claim."""
        return sorted(self._members, key=lambda g: -len(g))
