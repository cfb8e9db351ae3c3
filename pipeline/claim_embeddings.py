"""Claim embeddings for the dask engine, computed on the workers while the shards still run: as each
shard finishes, its claim texts that neither the shared cache (OUT/.parse_cache/embeddings/) nor an
earlier shard has are sent to the workers, ahead of the shards still waiting, so that when the last
shard ends little is left to embed (and that little is split over the workers). The client alone
writes the cache (one writer), where the merge reads the vectors. e5 gives a text the same vector
whatever the batch and thread count (checked bitwise), so these are the local engine's vectors.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from pipeline.dask_cluster import ClusterError
from pipeline.dask_tasks import RETRIES, Job, collect
from pipeline.encoder import Encoder

if TYPE_CHECKING:
    from distributed import Client, Future

EMBED_TEXTS = 1000  # claim texts per task at most: ~20 s of one core
SPLIT_TEXTS = 50    # a batch is split over the workers into tasks of at least this many texts (~1 s)
PRIORITY = 1        # above the shards' 0: a worker embeds what waits before it takes another shard


def embed_texts(texts: list[str]) -> np.ndarray:
    """Worker: embed claim texts with one thread (the client stores them in the shared cache)."""
    return Encoder(threads=1).encode(texts)


class ClaimEmbeddings:
    """The claims of a run's shards, embedded on the cluster's workers as the shards finish."""

    def __init__(self, client: Client, cache_dir: Path) -> None:
        self._client = client
        self._encoder = Encoder(cache_dir=cache_dir / "embeddings", elsewhere=self._gather)
        self._known: dict[str, frozenset[str]] = {}  # the cache's keys, per cache shard read once
        self._sent: dict[str, None] = {}  # texts sent to the workers, in order
        self._chunks: list[list[str]] = []
        self._futures: dict[Future, Job] = {}
        self._run = uuid.uuid4().hex[:8]

    def add(self, texts: Sequence[str]) -> None:
        """Send the texts that neither the cache nor an earlier call has to the workers."""
        self._submit([text for text in self._encoder.lacks(texts, self._known) if text not in self._sent])

    def _submit(self, texts: list[str]) -> None:
        workers = max(1, len(self._client.scheduler_info()["workers"]))
        size = min(EMBED_TEXTS, max(SPLIT_TEXTS, -(-len(texts) // workers)))
        for start in range(0, len(texts), size):
            chunk, first = texts[start:start + size], len(self._sent) + 1
            self._sent.update(dict.fromkeys(chunk))
            number = len(self._chunks)
            self._chunks.append(chunk)
            future = self._client.submit(embed_texts, chunk, key=f"pipeline-embed-{number:05d}-{self._run}",
                                         retries=RETRIES, pure=False, priority=PRIORITY)
            self._futures[future] = Job(number, len(chunk), f"claims {first}-{first + len(chunk) - 1}")

    def store(self) -> None:
        """Wait for every text sent and put its vector into the cache."""
        self._encoder.encode(list(self._sent))

    def _gather(self, missing: list[str]) -> np.ndarray:
        """The vectors of the sent texts the cache lacks (all of them were sent: `store` asks for no
        other; a text the cache lost after `lacks` saw it is embedded by the merge, on the client)."""
        done, failed = collect(self._futures, "embeddings")
        if failed:
            raise ClusterError(f"embedding claims failed: {failed[0]}; run the same command again "
                               "(the shards are kept, the embeddings done are cached)")
        vectors = {text: vector for number, chunk in enumerate(self._chunks) for text, vector in zip(chunk, done[number])}
        return np.stack([vectors[text] for text in missing])
