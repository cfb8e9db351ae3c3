"""Key points: grouping by shared lemmas, vectors and proximity, within and across documents."""
from __future__ import annotations

import numpy as np

from pipeline.keypoints import KeyPointIndex, KeyPointInput, document_groups, hash_lemma


def item(lemmas: str, doc: str = "d", turn: str = "t1", index: int = 0, vector: list[float] | None = None) -> KeyPointInput:
    return KeyPointInput(tuple(lemmas.split()), np.array(vector or [0.0, 0.0, 1.0]), doc, turn, index)


def test_claims_sharing_content_lemmas_group_together() -> None:
    items = [item("原子力 安全 電源", index=0), item("財政 赤字 拡大", index=10),
             item("原子力 安全 基準", index=20), item("財政 赤字 削減", index=30)]
    groups = document_groups(items)
    assert sorted(map(sorted, groups)) == [[0, 2], [1, 3]]


def test_unrelated_distant_claims_stay_apart() -> None:
    items = [item("原子力 安全", index=0, vector=[1, 0, 0]), item("観光 振興", index=20, vector=[0, 1, 0])]
    assert document_groups(items) == []


def test_neighbouring_claims_of_one_turn_join_on_a_shared_word() -> None:
    near = [item("規制 緩和 投資", index=0, vector=[1, 0, 0]), item("規制 企業 参入", index=1, vector=[0, 1, 0])]
    far = [item("規制 緩和 投資", index=0, vector=[1, 0, 0]), item("規制 企業 参入", index=9, vector=[0, 1, 0])]
    assert sorted(map(sorted, document_groups(near))) == [[0, 1]]
    assert document_groups(far) == []


def test_groups_merge_across_documents() -> None:
    items = [item("原子力 安全 基準", doc="a", index=0), item("原子力 安全 電源", doc="a", index=1),
             item("原子力 安全 基準", doc="b", index=0), item("原子力 安全 規制", doc="b", index=1),
             item("観光 振興 地方", doc="b", index=30, vector=[0, 1, 0]),
             item("観光 振興 予算", doc="b", index=31, vector=[0, 1, 0])]
    index = KeyPointIndex()
    index.add_document(items[:2], ["a1", "a2"])
    index.add_document(items[2:], ["b1", "b2", "b3", "b4"])
    assert sorted(map(sorted, index.groups())) == [["a1", "a2", "b1", "b2"], ["b3", "b4"]]


def test_lemma_hash_is_stable() -> None:
    assert hash_lemma("安全") == hash_lemma("安全")
    assert hash_lemma("安全") != hash_lemma("安心")
