"""Worker processes for the parse and extract stages: forked after the model is loaded so they
share it, and replaced after a number of tasks so their memory does not creep."""
from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")


def default_workers(requested: int = 0) -> int:
    """`requested` processes, or one per core when 0."""
    return requested or os.cpu_count() or 1


def fork_map(function: Callable[[Task], Result], tasks: Iterable[Task], workers: int, *,
             tasks_per_worker: int, chunksize: int = 1) -> Iterator[Result]:
    """`map(function, tasks)` in order, on `workers` forked processes (in this process when 1).

    What the caller loaded before (the model, the vocabulary) is frozen out of the garbage
    collector's reach first: the workers' collector need not walk, and so copy, those pages.
    """
    if workers <= 1:
        yield from map(function, tasks)
        return
    gc.freeze()
    with multiprocessing.get_context("fork").Pool(workers, maxtasksperchild=tasks_per_worker) as pool:
        yield from pool.imap(function, tasks, chunksize=chunksize)
