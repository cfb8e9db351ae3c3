"""Worker processes for the parse and extract stages: forked after the model is loaded so they
share it, recycled after a number of tasks so their memory does not creep, and watched: a worker
that dies (the out-of-memory killer's SIGKILL) costs its tasks one rerun, never a hang.

`concurrent.futures.ProcessPoolExecutor` notices a dead worker (`BrokenProcessPool`), which
`multiprocessing.Pool` does not. Python 3.12 refuses `max_tasks_per_child` with the fork start
method, so a pool is replaced by a fresh one after `tasks_per_worker` tasks per worker instead.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
Chunk = Sequence[Item]
# Tasks submitted ahead per worker: enough to keep each busy, few enough that a lost worker
# costs little and results stay in order without piling up.
AHEAD_PER_WORKER = 2


@dataclass(frozen=True)
class WorkerLost(Generic[Item]):
    """An item whose worker died twice, the second time running it alone: it is the cause."""

    item: Item
    reason: str  # "worker died: signal 9"


def default_workers(requested: int = 0) -> int:
    """`requested` processes, or one per core when 0."""
    return requested or os.cpu_count() or 1


def _ignore_interrupt() -> None:
    """Workers leave Ctrl-C to the parent, which stops them: no traceback from each of them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _executor(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_ignore_interrupt)


def _processes(executor: ProcessPoolExecutor) -> list[multiprocessing.process.BaseProcess]:
    """The pool's worker processes (forked at the first submit); the pool may forget them
    once broken, so callers take this list before."""
    return list((getattr(executor, "_processes", None) or {}).values())


def _death(processes: list[multiprocessing.process.BaseProcess]) -> str:
    """How a pool's worker died, from the exit codes of its processes (the others were stopped
    by the pool with SIGTERM)."""
    for process in processes:
        process.join(timeout=5)
    codes = [p.exitcode for p in processes if p.exitcode is not None]
    dead = [c for c in codes if c not in (0, -signal.SIGTERM)] or codes
    if not dead:
        return "worker died"
    return f"worker died: signal {-dead[0]}" if dead[0] < 0 else f"worker died: exit code {dead[0]}"


def _stop(executor: ProcessPoolExecutor, finished: bool) -> None:
    """Wait for a pool that finished; kill one that is abandoned (Ctrl-C, an error)."""
    if not finished:
        for process in _processes(executor):
            process.kill()
    executor.shutdown(wait=finished, cancel_futures=not finished)


def _alone(function: Callable[[Chunk], list[Result]], item: Item) -> list[Result | WorkerLost[Item]]:
    """Rerun one item in a pool of its own: if its worker dies again, the item is the cause."""
    executor = _executor(1)
    finished = False
    try:
        future = executor.submit(function, [item])
        processes = _processes(executor)
        results = future.result()
        finished = True
        return results
    except BrokenProcessPool:
        finished = True
        return [WorkerLost(item, _death(processes))]
    finally:
        _stop(executor, finished)


def _pool_run(function: Callable[[Chunk], list[Result]], chunks: deque[Chunk], workers: int
              ) -> Iterator[Result | WorkerLost[Item]]:
    """Run chunks on one pool, in order, until they are done or a worker dies; after a death the
    chunks in flight are rerun item by item, alone, and the rest is left in `chunks`."""
    executor = _executor(workers)
    window: deque[tuple[Chunk, Future]] = deque()
    finished = False
    try:
        while chunks or window:
            while chunks and len(window) < AHEAD_PER_WORKER * workers:
                chunk = chunks.popleft()
                window.append((chunk, executor.submit(function, chunk)))
            chunk, future = window.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:  # the pool stopped its other workers itself: wait for them
                window.appendleft((chunk, future))
                break
        finished = True
    finally:
        _stop(executor, finished)
    for chunk, future in window:  # the pool broke: what finished stands, the rest runs alone
        if future.done() and not future.cancelled() and future.exception() is None:
            yield from future.result()
        else:
            for item in chunk:
                yield from _alone(function, item)


def fork_map(function: Callable[[Chunk], list[Result]], chunks: Iterable[Chunk], workers: int, *,
             tasks_per_worker: int) -> Iterator[Result | WorkerLost[Item]]:
    """`function` maps a chunk of items to one result per item; yield every item's result in
    order, computed on `workers` forked processes (in this process when 1). An item whose
    worker died twice yields a WorkerLost instead; the others complete.

    What the caller loaded before (the model, the vocabulary) is frozen out of the garbage
    collector's reach first: the workers' collector need not walk, and so copy, those pages.
    """
    if workers <= 1:
        for chunk in chunks:
            yield from function(chunk)
        return
    gc.freeze()
    chunks = iter(chunks)
    while batch := deque(islice(chunks, workers * tasks_per_worker)):
        while batch:  # a fresh pool for what a broken one left
            yield from _pool_run(function, batch, workers)
