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
HASH_DIMENSIONS = 2 ** 12


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
    counts = np.zeros(HASH_DIMENSIONS)
    for item in items:
        for lemma in item.lemmas:
            counts[hash_lemma(lemma)] += 1
    vector = np.mean([item.vector for item in items], axis=0)
    lemma_part = counts / (np.linalg.norm(counts) or 1)
    vector_part = vector / (np.linalg.norm(vector) or 1)
    return np.concatenate([lemma_part * np.sqrt(0.7), vector_part * np.sqrt(0.3)])


def hash_lemma(lemma: str) -> int:
    """A stable bucket for a lemma (Python's hash() changes between runs)."""
    value = 2166136261
    for byte in lemma.encode("utf-8"):
        value = ((value ^ byte) * 16777619) & 0xFFFFFFFF
    return value % HASH_DIMENSIONS


def corpus_groups(items: Sequence[KeyPointInput]) -> list[list[int]]:
    """Key points over the whole corpus: document groups, merged across documents when close.

    Returns groups of item indexes, largest first, each with its most central member first.
    """
    by_document: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        by_document.setdefault(item.doc_id, []).append(index)
    merged: list[list[int]] = []
    profiles: list[np.ndarray] = []
    for members in by_document.values():
        for group in document_groups([items[i] for i in members]):
            group = [members[i] for i in group]
            profile = _profile([items[i] for i in group])
            if profiles:
                scores = np.array(profiles) @ profile
                best = int(np.argmax(scores))
                if scores[best] >= CROSS_DOCUMENT_SIMILARITY and items[merged[best][0]].doc_id != items[group[0]].doc_id:
                    merged[best].extend(group)
                    continue
            merged.append(group)
            profiles.append(profile)
    return sorted(merged, key=lambda g: (-len(g), g[0]))
