"""Key points: group units that say the same thing in other words, across turns and documents.

Each unit becomes a vector of two parts: a TF-IDF bag of its content lemmas (what it is about)
and the mean of ja_ginza's static word vectors over those lemmas (the same thing in other words).
Average-linkage clustering (scipy) on their cosine distance, cut at a fixed height, gives the
groups; a group of one is no key point.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from spacy.tokens import Span

CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB"}
LIGHT_LEMMAS = frozenset({"する", "ある", "いる", "なる", "できる", "思う", "考える", "こと", "もの",
                          "よう", "ため", "方", "的", "さ", "れる", "られる", "せる", "おる", "いう",
                          "言う", "持つ", "使う", "行う", "多く", "多い", "非常", "今", "現在"})
# Cosine distance under which two groups merge: tuned on the dev gold, see the eval output.
CUT_DISTANCE = 0.62
VECTOR_WEIGHT = 0.35


@dataclass(frozen=True)
class KeyPointInput:
    """What clustering needs of one unit: its lemmas and the mean word vector of them."""

    lemmas: tuple[str, ...]
    vector: np.ndarray


def keypoint_input(span: Span) -> KeyPointInput:
    """Content lemmas of a unit's span and their mean static vector (zeros when none has one)."""
    words = [t for t in span if t.pos_ in CONTENT_POS and t.lemma_ not in LIGHT_LEMMAS and len(t.lemma_) > 1]
    lemmas = tuple(t.lemma_ for t in words)
    with_vectors = [t.vector for t in words if t.has_vector]
    width = span.doc.vocab.vectors.shape[1] or 1
    vector = np.mean(with_vectors, axis=0) if with_vectors else np.zeros(width, dtype="float32")
    return KeyPointInput(lemmas, vector)


def _unit_matrix(items: Sequence[KeyPointInput]) -> np.ndarray:
    """Rows: [TF-IDF of lemmas (unit length) * (1-w), word vector (unit length) * w]."""
    vocabulary = {lemma: i for i, lemma in enumerate(sorted({l for item in items for l in item.lemmas}))}
    document_frequency = Counter(l for item in items for l in set(item.lemmas))
    n = len(items)
    tfidf = np.zeros((n, max(len(vocabulary), 1)), dtype="float64")
    for row, item in enumerate(items):
        for lemma, count in Counter(item.lemmas).items():
            tfidf[row, vocabulary[lemma]] = count * (np.log((1 + n) / (1 + document_frequency[lemma])) + 1)
    vectors = np.array([item.vector for item in items], dtype="float64")
    parts = []
    for block, weight in ((tfidf, 1 - VECTOR_WEIGHT), (vectors, VECTOR_WEIGHT)):
        norms = np.linalg.norm(block, axis=1, keepdims=True)
        parts.append(np.divide(block, norms, out=np.zeros_like(block), where=norms > 0) * np.sqrt(weight))
    return np.hstack(parts)


def group_units(items: Sequence[KeyPointInput]) -> list[list[int]]:
    """Groups of two or more unit indexes, largest first, each with its most central member first."""
    usable = [i for i, item in enumerate(items) if item.lemmas]
    if len(usable) < 2:
        return []
    matrix = _unit_matrix([items[i] for i in usable])
    labels = fcluster(linkage(matrix, method="average", metric="cosine"), t=CUT_DISTANCE, criterion="distance")
    similarity = matrix @ matrix.T
    groups: list[list[int]] = []
    for label in sorted(set(labels)):
        rows = [r for r, l in enumerate(labels) if l == label]
        if len(rows) < 2:
            continue
        centrality = similarity[np.ix_(rows, rows)].sum(axis=1)
        ordered = [rows[k] for k in np.argsort(-centrality, kind="stable")]
        groups.append([usable[r] for r in ordered])
    return sorted(groups, key=lambda g: (-len(g), g[0]))
