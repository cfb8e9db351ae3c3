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
a local run. dask and distributed are imported only by the dask modules, and only when the engine runs.
"""
from __future__ import annotations

import json
import shutil
import sys
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import fingerprint as fp
from pipeline.dask_cluster import DASHBOARD, Cluster, ClusterError
from pipeline.dask_tasks import RETRIES, Job, collect
from pipeline.outdir import SHARDS_DIR, file_hashes, output_lock
from pipeline.workers import default_workers
from pipeline.workflow import STAGES, RunOptions, StageResult, _codebook_bytes, _summary

if TYPE_CHECKING:
    from distributed import Client

    from pipeline.codebook import Code
    from pipeline.shards import ShardResult, ShardTask

RUN_STATE = "run.json"


def run_on_dask(options: RunOptions, *, scheduler: str | None = None, shard_bytes: int | None = None,
                dashboard: str | None = DASHBOARD) -> int:
    """Run every stage on a Dask cluster, holding the output folder; the tables are those a local run
    writes. Returns 1 when a document failed (as a local run does), else 0; ClusterError when a
    shard failed (its documents are in no table: nothing is merged)."""
    from pipeline.codebook import read_codebook
    with output_lock(options.out, wait=options.wait):
        codebook = read_codebook(options.codebook) if options.codebook else []  # a bad rule fails before the cluster
        with Cluster(scheduler, default_workers(options.workers), dashboard) as cluster:
            failed, notes = _run_locked(options, cluster, codebook, shard_bytes or 0)
    _summary(failed, notes)
    return 1 if failed else 0


def _run_locked(options: RunOptions, cluster: Cluster, codebook: list[Code], shard_bytes: int) -> tuple[int, list[str]]:
    """Plan while the cluster starts, run the shards and embed their claims, then merge and report
    while it stops."""
    from pipeline.adapters import ReadOptions, scan_inputs
    from pipeline.ingest import read_metadata
    from pipeline.shards import SHARD_BYTES, is_url, shard_tasks
    local_inputs = [Path(p) for p in options.inputs if not is_url(p)]
    skipped = list(scan_inputs(local_inputs).warnings) if local_inputs else []
    for warning in skipped:
        print(f"warning: {warning}", file=sys.stderr)
    metadata = read_metadata(local_inputs)
    read_options = ReadOptions(text_column=options.text_column, speaker_column=options.speaker_column)
    tasks = shard_tasks(options.inputs, options.out, options.cache_dir, metadata, codebook,
                        _codebook_bytes(options), read_options=read_options,
                        shard_bytes=shard_bytes or SHARD_BYTES, force=options.force)
    client = cluster.client()
    if client.dashboard_link:
        print(f"dask: dashboard at {client.dashboard_link}", file=sys.stderr)
    results, failed_shards = _run_shards(client, tasks, options.cache_dir)
    cluster.stop()  # the rest is the client's: the cluster stops meanwhile
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


def _run_shards(client: Client, tasks: Sequence[ShardTask], cache_dir: Path) -> tuple[dict[int, ShardResult], list[str]]:
    """Submit the shards that changed since the last run, their claims embedded as they finish and
    stored in the cache when all are done (pipeline.claim_embeddings); the shards' results and the
    failed ones' errors (then nothing is stored)."""
    from pipeline.claim_embeddings import ClaimEmbeddings
    from pipeline.shards import done_before, read_records, run_shard
    results = {task.number: result for task in tasks if (result := done_before(task)) is not None}
    todo = [task for task in tasks if task.number not in results]
    print(f"dask: {len(tasks)} shard(s), {len(results)} unchanged (skipped), {len(todo)} to run "
          f"on {len(client.scheduler_info()['workers'])} worker(s)", file=sys.stderr)
    run = uuid.uuid4().hex[:8]
    started = time.monotonic()
    futures = {client.submit(run_shard, task, key=f"pipeline-shard-{task.number:05d}-{run}", retries=RETRIES,
                             pure=False): Job(task.number, task.nbytes, f"shard {task.number} ({task.files[0]} …)")
               for task in todo}
    embeddings = ClaimEmbeddings(client, cache_dir)
    for number in results:  # unchanged shards: their claims may still lack a vector (a cache removed)
        embeddings.add([record.text for record in read_records(tasks[number].folder)])
    done, failed = collect(futures, "shards", then=lambda number, _: embeddings.add(
        [record.text for record in read_records(tasks[number].folder)]))
    results.update(done)
    parsed = sum(result.parsed for result in done.values())
    print(f"dask: {parsed} document(s) parsed, {sum(r.documents for r in results.values()) - parsed} "
          f"from cache or unchanged shards; shards ran in {time.monotonic() - started:.1f} s", file=sys.stderr)
    if not failed:
        embeddings.store()
    return results, failed


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
