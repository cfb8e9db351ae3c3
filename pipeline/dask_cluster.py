"""The Dask cluster's life for `--engine dask` (pipeline.cluster runs the work on it): connect to a
scheduler, or start a LocalCluster on a thread while the client plans the shards and stop it on a
thread while the client merges, so neither start nor stop waits on the other. The LocalCluster's
workers fork from a fork server that loaded GiNZA once (pipeline.worker_fork), as the local pool
forks its loaded model; on another cluster, `dask worker --preload pipeline.dask_cluster` makes each
worker load it as it starts (`dask_setup`) rather than in its first shard. dask and distributed are
imported only when a cluster is used.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from distributed import Client, Worker

CONNECT_SECONDS = 5  # an unreachable scheduler is an error after this long
DASHBOARD = "127.0.0.1:8787"
# distributed's nannies give workers MALLOC_TRIM_THRESHOLD_=65536, which turns off glibc's own
# threshold: the parse and extract stages then run ~19 % slower (23.6 -> 28.0 CPU seconds on the
# bench corpus); our LocalCluster's workers keep glibc's default (SCALING.md says how elsewhere).
KEEP_MALLOC_DEFAULTS = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
PRELOAD = __name__  # the worker preload: this module's dask_setup
FORK_METHOD = "distributed.worker.multiprocessing-method"
FORK_PRELOAD = ["distributed", "pipeline.worker_fork"]  # what the fork server imports before it forks


class ClusterError(RuntimeError):
    """The engine cannot run: no dask installed, no scheduler at the address given, a shard that
    failed; the message is the whole `error:` line (pipeline.cli.error_line)."""


def dask_setup(worker: Worker) -> None:
    """Worker preload: import the shard code and load GiNZA while the worker starts, not in its first
    task (a worker forked from our fork server has it already: then this costs nothing)."""
    from pipeline.nlp import load_nlp
    from pipeline.shards import run_shard  # noqa: F401  (the stages' modules, imported once)
    load_nlp()


@contextmanager
def connect(scheduler: str | None, workers: int, dashboard: str | None = DASHBOARD) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a LocalCluster of `workers` single-threaded
    processes listening on 127.0.0.1 only, started with GiNZA loaded; closed (and the cluster
    stopped) on leaving."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise ClusterError(f"--engine dask needs dask and distributed ({err}); pip install '.[dask]'") from None
    if scheduler is None:
        with dask.config.set({KEEP_MALLOC_DEFAULTS: None, FORK_METHOD: "forkserver"}), _fork_server():
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                              dashboard_address=dashboard, silence_logs=logging.ERROR,
                              preload=[PRELOAD]) as cluster, Client(cluster) as client:
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


@contextmanager
def _fork_server() -> Iterator[None]:
    """The LocalCluster's workers forked from a fork server that loaded GiNZA first (pipeline.worker_fork):
    one load for all of them, and a worker that died restarts at once. A server this run started is
    stopped, and waited for, on leaving (no process of the run outlives it, and its CPU time counts as
    the run's); the process's earlier preload list is put back. The stop uses CPython's private
    `forkserver._forkserver._stop` (there is no public way to wait for the server), only if present."""
    import multiprocessing
    from multiprocessing import forkserver

    from distributed.utils import get_mp_context
    get_mp_context()  # distributed sets its own preload once per process: ours replaces it after
    server = forkserver._forkserver  # type: ignore[attr-defined]  (no public way to wait for it)
    running_before = getattr(server, "_forkserver_pid", None) is not None
    preload_before = list(getattr(server, "_preload_modules", ()))
    multiprocessing.get_context("forkserver").set_forkserver_preload(FORK_PRELOAD)
    try:
        yield
    finally:
        if not running_before and hasattr(server, "_stop"):
            server._stop()  # only a server this run started
        multiprocessing.get_context("forkserver").set_forkserver_preload(preload_before)


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


class Cluster:
    """A client whose LocalCluster starts on a thread of its own from construction (the caller plans
    meanwhile; `client()` waits for it) and stops on that thread from `stop()` (the caller merges
    meanwhile; leaving the `with` waits for it): both on one thread, as a client must be left in the
    context it was entered in. A `--scheduler` is connected to and left on the caller's thread, at
    once, so an unreachable one fails before any planning."""

    def __init__(self, scheduler: str | None, workers: int, dashboard: str | None = DASHBOARD) -> None:
        self._stack = ExitStack()
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="pipeline-cluster") if scheduler is None else None
        self._stopped: Future[None] | None = None
        if self._thread is not None:
            self._started = self._thread.submit(self._stack.enter_context, connect(None, workers, dashboard))
        else:
            self._started = Future()
            self._started.set_result(self._stack.enter_context(connect(scheduler, workers, dashboard)))

    def client(self) -> Client:
        """The connected client, once the cluster has started (waits for it)."""
        return self._started.result()

    def stop(self) -> None:
        """Begin to close the client and stop the cluster; nothing may use the client after."""
        if self._stopped is None:
            if self._thread is not None:
                self._stopped = self._thread.submit(self._stack.close)
            else:
                self._stopped = Future()
                self._stopped.set_result(self._stack.close())

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        try:
            self.stop()
        finally:
            if self._thread is not None:
                assert self._stopped is not None
                # a failure to stop is the run's error only when nothing else failed
                failure = self._stopped.exception()
                self._thread.shutdown(wait=True)
                if failure is not None and error is None:
                    raise failure
