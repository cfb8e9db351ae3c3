"""Workers: a worker killed by SIGKILL (as the out-of-memory killer does) is no hang; its
tasks are rerun, and an item that kills its worker twice is reported, the others complete."""
from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from pipeline.workers import WorkerLost, fork_map

MARKER: list[Path] = []


def _square_or_die(chunk: list[str]) -> list[int]:
    """Kill the worker on "bad" always, on "once" the first time only."""
    results = []
    for item in chunk:
        if item == "bad" or (item == "once" and not MARKER[0].exists()):
            if item == "once":
                MARKER[0].touch()
            os.kill(os.getpid(), signal.SIGKILL)
        results.append(len(item) ** 2)
    return results


@pytest.fixture(autouse=True)
def marker(tmp_path: Path):
    MARKER[:] = [tmp_path / "killed_once"]
    yield
    MARKER.clear()


def chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_in_order(workers: int) -> None:
    items = ["a", "bb", "ccc", "dddd", "e"] * 3
    assert list(fork_map(_square_or_die, chunks(items, 2), workers, tasks_per_worker=2)) == \
        [len(i) ** 2 for i in items]


def test_a_worker_killed_once_costs_nothing() -> None:
    items = ["a", "bb", "once", "dddd", "e", "ff", "g"]
    results = list(fork_map(_square_or_die, chunks(items, 2), 2, tasks_per_worker=3))
    assert results == [len(i) ** 2 for i in items]
    assert MARKER[0].exists()


def test_an_item_that_kills_its_worker_twice_is_lost_and_the_rest_complete() -> None:
    items = ["a", "bb", "bad", "dddd", "e", "ff", "g", "hh", "i"]
    results = list(fork_map(_square_or_die, chunks(items, 2), 2, tasks_per_worker=2))
    assert results[2] == WorkerLost("bad", "worker died: signal 9")
    assert results[:2] + results[3:] == [len(i) ** 2 for i in items if i != "bad"]
