"""The Dask engine: `pipeline run INPUT… --engine dask [--scheduler ADDRESS]`.

Without a scheduler it starts a LocalCluster on this machine (one single-threaded worker process
per core, on 127.0.0.1 only); with one it connects to a running scheduler (`dask scheduler`,
dask-jobqueue, dask-kubernetes). Each shard of documents (pipeline.shards) is one task; when they
are all done, pipeline.merge writes the corpus's tables and the report stage runs here.

Faults: a task whose worker dies is run again on another worker by the scheduler (up to its
`distributed.scheduler.allowed-failures`, 3 by default) and resumes from the shard's last finished
stage; a task that raises is retried once; a document that fails is recorded in documents.csv as in
a local run. dask and distributed are imported only here, and only when the engine runs.
"""
from __future__ import annotations

import json
import logging
import shutil
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import fingerprint as fp
from pipeline.workers import default_workers
from pipeline.workflow import STAGES, RunOptions

if TYPE_CHECKING:
    import numpy as np
    from distributed import Client, Future

    from pipeline.shards import ShardResult, ShardTask

CONNECT_SECONDS = 5  # an unreachable scheduler is an error after this long
LINE_SECONDS = 5     # off a terminal, a progress line this often
RETRIES = 1          # a task that raises (not one whose worker died) is tried once more
EMBED_TEXTS = 1000   # claim texts per embedding task: ~20 s of one core
DASHBOARD = "127.0.0.1:8787"
# distributed's nannies give workers MALLOC_TRIM_THRESHOLD_=65536, which turns off glibc's own
# threshold: the parse and extract stages then run ~19 % slower (23.6 -> 28.0 CPU seconds on the
# bench corpus); our LocalCluster's workers keep glibc's default (SCALING.md says how elsewhere).
KEEP_MALLOC_DEFAULTS = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
RUN_STATE = "run.json"


class ClusterError(RuntimeError):
    """The engine cannot run: no dask installed, or no scheduler at the address given."""


@contextmanager
def connect(scheduler: str | None, workers: int, dashboard: str | None = DASHBOARD) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a LocalCluster of `workers` single-threaded
    processes listening on 127.0.0.1 only; closed (and the cluster stopped) on leaving."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise ClusterError(f"--engine dask needs dask and distributed: pip install '.[dask]' ({err})") from None
    if scheduler is None:
        with dask.config.set({KEEP_MALLOC_DEFAULTS: None}), \
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                             dashboard_address=dashboard, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        with _quiet_connect_logs():
            client = Client(scheduler, timeout=CONNECT_SECONDS)
    except (OSError, ValueError, TypeError) as err:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} "
                           f"(no answer within {CONNECT_SECONDS} s: {type(err).__name__})") from None
    with client:
        yield client


def run_on_dask(options: RunOptions, *, scheduler: str | None = None, shard_bytes: int | None = None,
                dashboard: str | None = DASHBOARD) -> int:
    """Run every stage on a Dask cluster; the tables are those a local run writes.
    Returns 1 when a document or a shard failed, else 0."""
    from pipeline.codebook import read_codebook
    from pipeline.ingest import read_metadata
    from pipeline.shards import SHARD_BYTES, shard_tasks
    codebook = read_codebook(options.codebook) if options.codebook else []
    with connect(scheduler, default_workers(options.workers), dashboard) as client:
        if client.dashboard_link:
            print(f"dask: dashboard at {client.dashboard_link}", file=sys.stderr)
        local_folders = [p for p in options.inputs if "://" not in str(p)]
        tasks = shard_tasks(options.inputs, options.out, options.cache_dir, read_metadata(local_folders), codebook,
                            options.codebook.read_text(encoding="utf-8") if options.codebook else "",
                            shard_bytes=shard_bytes or SHARD_BYTES, force=options.force)
        results, failed_shards = _run_shards(client, tasks)
        if not failed_shards:
            _embed_claims(client, tasks, options.cache_dir)
    errors = [error for number in sorted(results) for error in results[number].errors]
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if failed_shards:
        for message in failed_shards:
            print(f"error: {message}", file=sys.stderr)
        print(f"dask: {len(failed_shards)} shard(s) failed; tables not merged", file=sys.stderr)
        return 1
    _finish(options, tasks)
    return 1 if errors else 0


@contextmanager
def _quiet_connect_logs() -> Iterator[None]:
    """distributed logs every failed connection attempt; the one-line error says it all."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _run_shards(client: Client, tasks: Sequence[ShardTask]) -> tuple[dict[int, ShardResult], list[str]]:
    """Submit the shards that changed since the last run; their results and the failed ones' errors."""
    from pipeline.shards import done_before, run_shard
    results = {task.number: result for task in tasks if (result := done_before(task)) is not None}
    todo = [task for task in tasks if task.number not in results]
    print(f"dask: {len(tasks)} shard(s), {len(results)} unchanged (skipped), {len(todo)} to run "
          f"on {len(client.scheduler_info()['workers'])} worker(s)", file=sys.stderr)
    run = uuid.uuid4().hex[:8]
    started = time.monotonic()
    futures = {client.submit(run_shard, task, key=f"pipeline-shard-{task.number:05d}-{run}", retries=RETRIES,
                             pure=False): Job(task.number, task.nbytes, f"shard {task.number} ({task.files[0]} …)")
               for task in todo}
    done, failed = _collect(futures, "shards")
    results.update(done)
    parsed = sum(result.parsed for result in done.values())
    print(f"dask: {parsed} document(s) parsed, {sum(r.documents for r in results.values()) - parsed} "
          f"from cache or unchanged shards; shards ran in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return results, failed


def _embed_claims(client: Client, tasks: Sequence[ShardTask], cache_dir: Path) -> None:
    """Embed the claims the shared embedding cache lacks, once each, in chunks on the workers, and
    store them in that cache, where the merge finds them (as the local engine's extract stage would)."""
    from pipeline.encoder import Encoder
    from pipeline.shards import read_records
    texts = [record.text for task in tasks for record in read_records(task.folder)]
    Encoder(cache_dir=cache_dir / "embeddings", elsewhere=lambda missing: _embed_on(client, missing)).encode(texts)


def _embed_on(client: Client, texts: list[str]) -> np.ndarray:
    import numpy as np

    from pipeline.shards import embed_texts
    chunks = [texts[start:start + EMBED_TEXTS] for start in range(0, len(texts), EMBED_TEXTS)]
    run = uuid.uuid4().hex[:8]
    futures = {client.submit(embed_texts, chunk, key=f"pipeline-embed-{n:05d}-{run}", retries=RETRIES, pure=False):
               Job(n, len(chunk), f"claims {n * EMBED_TEXTS + 1}-{n * EMBED_TEXTS + len(chunk)}")
               for n, chunk in enumerate(chunks)}
    done, failed = _collect(futures, "embeddings")
    if failed:
        raise ClusterError(f"embedding claims failed: {failed[0]}")
    return np.concatenate([done[n] for n in range(len(chunks))])


@dataclass(frozen=True)
class Job:
    """A submitted task, as the progress report and the error messages name it."""

    number: int
    size: int  # input bytes of a shard, texts of an embedding chunk
    label: str


def _collect(futures: dict[Future, Job], desc: str) -> tuple[dict[int, Any], list[str]]:
    """Wait for the tasks, with one progress bar (or, off a terminal, a line every few seconds);
    their results by number, and an error line for each that failed."""
    from distributed import wait

    from pipeline.parse import progress
    results: dict[int, Any] = {}
    failed: list[str] = []
    pending = set(futures)
    total = sum(job.size for job in futures.values()) or 1
    started = last_line = time.monotonic()
    with progress(total=len(futures), unit="task", desc=desc) as bar:
        while pending:
            try:
                done, pending = wait(pending, timeout=LINE_SECONDS, return_when="FIRST_COMPLETED")
            except TimeoutError:
                done = set()
            for future in done:
                if future.status == "finished":
                    results[futures[future].number] = future.result()
                else:
                    failed.append(_failure(futures[future], future))
                bar.update()
            if bar.disable and (not pending or time.monotonic() - last_line >= LINE_SECONDS):
                last_line = time.monotonic()
                finished = sum(futures[f].size for f in futures if f.done()) / total
                left = f", ~{(last_line - started) * (1 - finished) / finished:.0f} s left" if finished and pending else ""
                print(f"dask: {desc} {len(futures) - len(pending)}/{len(futures)} tasks, {finished:.0%} of the work, "
                      f"{last_line - started:.0f} s{left}", file=sys.stderr)
    return results, failed


def _failure(job: Job, future: Future) -> str:
    reason = future.exception() if future.status == "error" else f"task {future.status}"
    return f"{job.label}: {type(reason).__name__ + ': ' if isinstance(reason, BaseException) else ''}{reason}"


def _finish(options: RunOptions, tasks: Sequence[ShardTask]) -> None:
    """Merge the shards and write the report, each unless its fingerprint is unchanged; then
    remove shard folders that no shard of this corpus uses any more."""
    from pipeline.merge import PART_TABLES, merge_shards
    from pipeline.shards import SHARDS_DIR
    from pipeline.tables import atomic_write
    shards_dir = options.out / SHARDS_DIR
    state_path = shards_dir / RUN_STATE
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    report = STAGES[-1]
    merged = fp.fingerprint(*(task.fingerprints[-1] for task in tasks), fp.code_fingerprint("pipeline.merge"))
    reported = fp.fingerprint(merged, fp.code_fingerprint(report.module), report.depends_on(options))
    steps = (("merge", merged, [f"{name}.csv" for name in (*PART_TABLES, "claims", "keypoints")],
              lambda: merge_shards([task.folder for task in tasks], options.out, options.cache_dir,
                                   threads=default_workers(options.workers))),
             ("report", reported, report.writes, lambda: report.run(options)))
    for name, fingerprint, files, step in steps:
        if options.force or state.get(name) != fingerprint or not all((options.out / f).exists() for f in files):
            step()
            state[name] = fingerprint
            atomic_write(state_path, json.dumps(state, indent=1))
        else:
            print(f"{name}: unchanged, skipped", file=sys.stderr)
    used = {task.folder for task in tasks}
    for folder in shards_dir.iterdir():
        if folder.is_dir() and folder not in used:
            shutil.rmtree(folder, ignore_errors=True)
