"""The Dask engine: `pipeline run INPUT… --engine dask [--scheduler ADDRESS]`.

Without a scheduler it starts a LocalCluster on this machine (one single-threaded worker process
per core, on 127.0.0.1 only); with one it connects to a running scheduler (`dask scheduler`,
dask-jobqueue, dask-kubernetes). Each shard of documents (pipeline.shards) is one task; when they
are all done, pipeline.merge writes the corpus's tables and the report stage runs here.

The run holds the output folder's lock (pipeline.outdir) as a local run does, from before the
cluster starts until the report is written; its errors are the CLI's one-line errors (ClusterError).

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
from pipeline.outdir import SHARDS_DIR, file_hashes, output_lock
from pipeline.workers import default_workers
from pipeline.workflow import STAGES, RunOptions, StageResult, _codebook_bytes, _summary

if TYPE_CHECKING:
    import numpy as np
    from distributed import Client, Future

    from pipeline.shards import ShardResult, ShardTask

CONNECT_SECONDS = 5  # an unreachable scheduler is an error after this long
LINE_SECONDS = 5     # off a terminal, a progress line this often
RETRIES = 1          # a task that raises (not one whose worker died) is tried once more
EMBED_TEXTS = 1000   # claim texts per embedding task: ~20 s of one core
DASHBOARD = "127.0.0.1:8787"
UNITS = {"shards": "byte", "embeddings": "claim"}  # what a Job's size counts
# distributed's nannies give workers MALLOC_TRIM_THRESHOLD_=65536, which turns off glibc's own
# threshold: the parse and extract stages then run ~19 % slower (23.6 -> 28.0 CPU seconds on the
# bench corpus); our LocalCluster's workers keep glibc's default (SCALING.md says how elsewhere).
KEEP_MALLOC_DEFAULTS = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
RUN_STATE = "run.json"


class ClusterError(RuntimeError):
    """The engine cannot run: no dask installed, no scheduler at the address given, a shard that
    failed; the message is the whole `error:` line (pipeline.cli.error_line)."""


@contextmanager
def connect(scheduler: str | None, workers: int, dashboard: str | None = DASHBOARD) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a LocalCluster of `workers` single-threaded
    processes listening on 127.0.0.1 only; closed (and the cluster stopped) on leaving."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise ClusterError(f"--engine dask needs dask and distributed ({err}); pip install '.[dask]'") from None
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
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} (no answer within {CONNECT_SECONDS} s: "
                           f"{type(err).__name__}); check --scheduler, or start one (dask scheduler)") from None
    with client:
        yield client


def run_on_dask(options: RunOptions, *, scheduler: str | None = None, shard_bytes: int | None = None,
                dashboard: str | None = DASHBOARD) -> int:
    """Run every stage on a Dask cluster, holding the output folder; the tables are those a local run
    writes. Returns 1 when a document failed (as a local run does), else 0; ClusterError when a
    shard failed (its documents are in no table: nothing is merged)."""
    with output_lock(options.out, wait=options.wait):
        failed, notes = _run_locked(options, scheduler, shard_bytes or 0, dashboard)
    _summary(failed, notes)
    return 1 if failed else 0


def _run_locked(options: RunOptions, scheduler: str | None, shard_bytes: int,
                dashboard: str | None) -> tuple[int, list[str]]:
    from pipeline.adapters import ReadOptions, scan_inputs
    from pipeline.codebook import read_codebook
    from pipeline.ingest import read_metadata
    from pipeline.shards import SHARD_BYTES, is_url, shard_tasks
    codebook = read_codebook(options.codebook) if options.codebook else []  # a bad rule fails before the cluster
    local_inputs = [Path(p) for p in options.inputs if not is_url(p)]
    skipped = list(scan_inputs(local_inputs).warnings) if local_inputs else []
    for warning in skipped:
        print(f"warning: {warning}", file=sys.stderr)
    metadata = read_metadata(local_inputs)
    read_options = ReadOptions(text_column=options.text_column, speaker_column=options.speaker_column)
    with connect(scheduler, default_workers(options.workers), dashboard) as client:
        if client.dashboard_link:
            print(f"dask: dashboard at {client.dashboard_link}", file=sys.stderr)
        tasks = shard_tasks(options.inputs, options.out, options.cache_dir, metadata, codebook,
                            _codebook_bytes(options), read_options=read_options,
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
        raise ClusterError(f"{options.out}: {len(failed_shards)} shard(s) failed (above), tables not merged; "
                           "run the same command again: the finished shards are kept")
    from pipeline.merge import document_columns
    variables = document_columns((results[task.number].stated for task in tasks), list(metadata.columns.drop("doc_id")))
    report = _finish(options, tasks, variables)
    unmatched = _unmatched(local_inputs, options)
    return int(bool(errors)) or report.failed, [*skipped, *unmatched, *report.notes]


def _unmatched(local_inputs: list[Path], options: RunOptions) -> list[str]:
    """metadata.csv rows that match no document, each warned about (as the local segment stage does)."""
    from pipeline.ingest import unmatched_metadata
    from pipeline.tables import read_table
    unmatched = unmatched_metadata(local_inputs, read_table("documents", options.out)["doc_id"])
    for warning in unmatched:
        print(f"warning: {warning}", file=sys.stderr)
    return unmatched


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
        raise ClusterError(f"embedding claims failed: {failed[0]}; run the same command again "
                           "(the shards are kept, the embeddings done are cached)")
    return np.concatenate([done[n] for n in range(len(chunks))])


@dataclass(frozen=True)
class Job:
    """A submitted task, as the progress report and the error messages name it."""

    number: int
    size: int  # input bytes of a shard, texts of an embedding chunk
    label: str


def _collect(futures: dict[Future, Job], desc: str) -> tuple[dict[int, Any], list[str]]:
    """Wait for the tasks, with one progress bar over their work (or, off a terminal, a line every
    few seconds: pipeline.progress); their results by number, and an error line for each that failed."""
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
                else:
                    failed.append(_failure(futures[future], future))
            bar.update(sum(futures[future].size for future in done))  # 0 too: a line when one is due
    return results, failed


def _failure(job: Job, future: Future) -> str:
    reason = future.exception() if future.status == "error" else f"task {future.status}"
    return f"{job.label}: {type(reason).__name__ + ': ' if isinstance(reason, BaseException) else ''}{reason}"


def _finish(options: RunOptions, tasks: Sequence[ShardTask], document_variables: Sequence[str]) -> StageResult:
    """Merge the shards and write the report, each unless its fingerprint is unchanged and the files
    it wrote are still those (their sha256, as workflow's manifest checks: another run on this folder
    makes them run again); then remove shard folders that no shard of this corpus uses any more.
    Returns the report stage's result (that of its last run when skipped)."""
    from pipeline.merge import PART_TABLES, merge_shards
    from pipeline.tables import atomic_write
    shards_dir = options.out / SHARDS_DIR
    state_path = shards_dir / RUN_STATE
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    report = STAGES[-1]
    merged = fp.fingerprint(*(task.fingerprints[-1] for task in tasks), json.dumps(list(document_variables)),
                            fp.code_fingerprint("pipeline.merge"))
    reported = fp.fingerprint(merged, fp.code_fingerprint(report.module), report.depends_on(options))
    results: dict[str, StageResult] = {}

    def merge() -> None:
        merge_shards([task.folder for task in tasks], options.out, options.cache_dir,
                     document_variables=document_variables, threads=default_workers(options.workers))

    def write_report() -> None:
        results["report"] = report.run(options)

    steps = (("merge", merged, [f"{name}.csv" for name in (*PART_TABLES, "claims", "keypoints")], merge),
             ("report", reported, list(report.writes), write_report))
    for name, fingerprint, files, step in steps:
        done = state.get(name)
        if options.force or not isinstance(done, dict) or done.get("fingerprint") != fingerprint \
                or done.get("files") != file_hashes(options.out, files) or len(done["files"]) < len(files):
            state.pop("report", None)  # a new merge is not reported yet
            step()
            state[name] = {"fingerprint": fingerprint, "files": file_hashes(options.out, files)}
            if name in results:
                state[name]["notes"] = list(results[name].notes)
            atomic_write(state_path, json.dumps(state, indent=1))
        else:
            print(f"{name}: unchanged, skipped", file=sys.stderr)
            results[name] = StageResult(0, tuple(done.get("notes", ())))
    used = {task.folder for task in tasks}
    for folder in shards_dir.iterdir():
        if folder.is_dir() and folder not in used:
            shutil.rmtree(folder, ignore_errors=True)
    return results.get("report", StageResult(0))
