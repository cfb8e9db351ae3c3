"""Tasks submitted to the Dask cluster (pipeline.cluster, pipeline.claim_embeddings): how they are
named in the progress report and in error lines, and how the client waits for them.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from distributed import Future

LINE_SECONDS = 5     # off a terminal, a progress line this often
RETRIES = 1          # a task that raises (not one whose worker died) is tried once more
UNITS = {"shards": "byte", "embeddings": "claim"}  # what a Job's size counts


@dataclass(frozen=True)
class Job:
    """A submitted task, as the progress report and the error messages name it."""

    number: int
    size: int  # input bytes of a shard, texts of an embedding chunk
    label: str


def collect(futures: dict[Future, Job], desc: str, then: Callable[[int, Any], None] | None = None
            ) -> tuple[dict[int, Any], list[str]]:
    """Wait for the tasks, with one progress bar over their work (or, off a terminal, a line every
    few seconds: pipeline.progress); their results by number, and an error line for each that failed.
    `then(number, result)` runs on each result as it arrives (while the others still run)."""
    from distributed import wait

    from pipeline.progress import Progress
    results: dict[int, Any] = {}
    failed: list[str] = []
    pending = set(futures)
    with Progress(total=sum(job.size for job in futures.values()) or 1, unit=UNITS[desc], desc=f"dask: {desc}",
                  every=LINE_SECONDS) as bar:
        while pending:
            try:
                done, pending = wait(pending, timeout=LINE_SECONDS, return_when="FIRST_COMPLETED")
            except TimeoutError:
                done = set()
            for future in done:
                if future.status == "finished":
                    results[futures[future].number] = future.result()
                    if then is not None:
                        then(futures[future].number, results[futures[future].number])
                else:
                    failed.append(_failure(futures[future], future))
            bar.update(sum(futures[future].size for future in done))  # 0 too: a line when one is due
    return results, failed


def _failure(job: Job, future: Future) -> str:
    reason = future.exception() if future.status == "error" else f"task {future.status}"
    return f"{job.label}: {type(reason).__name__ + ': ' if isinstance(reason, BaseException) else ''}{reason}"
