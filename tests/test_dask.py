"""The dask engine (pipeline.cluster) on a 2-worker LocalCluster listening on 127.0.0.1 only, closed
by the fixture and by a watchdog: the same tables as the local engine, a second run that skips every
shard, an extract-only change that parses nothing, tables another run changed merged again, a worker
killed mid-run, a folder another run holds, an unreachable scheduler."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from test_shards import write_mixed_corpus

from pipeline.cli import main

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
CLUSTER_SECONDS = 600  # the watchdog closes the cluster after this long, whatever happens
SHARD_BYTES = "6000"   # ~10 shards of the generated documents, the sample alone in one
TABLES = ("documents", "turns", "sentences", "tokens", "entities", "claims", "relations", "arguments", "keypoints",
          "codes_by_holder")


def write_corpus(folder: Path, n_documents: int = 40, seed: int = 7) -> list[Path]:
    """The sample's folder plus two folders of small documents of its shuffled paragraphs: one with a
    metadata.csv (a speaker for unlabelled ones, a date), an empty file, and a file whose name is
    taken by an earlier one (both recorded as errors in documents.csv); then the inputs of
    tests/test_shards.py's mixed corpus (a Diet answer, a spreadsheet, variables, a lone CR)."""
    paragraphs = [p.strip() for p in (ROOT / "data" / "raw").glob("*.txt").__next__().read_text(encoding="utf-8")
                  .split("\n\n") if p.strip()]
    rng = random.Random(seed)
    first, second = folder / "part1", folder / "part2"
    for part in (first, second):
        part.mkdir(parents=True)
    for n in range(n_documents):
        text = "\n\n".join(rng.sample(paragraphs, 2))[:600]
        ((first if n % 2 else second) / f"gen{n:02d}.txt").write_text(text + "\n", encoding="utf-8")
    (first / "metadata.csv").write_text(
        "doc_id,speaker,date\n" + "".join(f"gen{n:02d},岸田文雄,2024-01-{n + 1:02d}\n" for n in range(1, 9, 2)),
        encoding="utf-8")
    (first / "empty.txt").write_bytes(b"")
    (second / "gen01.txt").write_text("山田:増税は景気を冷やすでしょう。\n", encoding="utf-8")
    return [ROOT / "data" / "raw", first, second, *write_mixed_corpus(folder / "mixed")]


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes, loopback only, no dashboard; closed at the end or by
    the watchdog."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as local_cluster:
        watchdog = threading.Timer(CLUSTER_SECONDS, local_cluster.close)
        watchdog.start()
        try:
            yield local_cluster
        finally:
            watchdog.cancel()


@pytest.fixture(scope="module")
def corpus_and_local(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], Path]:
    """The corpus and the local engine's output for it."""
    root = tmp_path_factory.mktemp("dask")
    inputs = write_corpus(root / "corpus")
    # in a process of its own: the local engine forks, and this one has the cluster's threads
    local = subprocess.run([sys.executable, "-m", "pipeline", "run", *map(str, inputs), "--out", str(root / "local")],
                           cwd=ROOT, capture_output=True, text=True, timeout=CLUSTER_SECONDS)
    assert local.returncode == 1, local.stderr  # the two bad files
    return inputs, root / "local"


def _dask_run(inputs: list[Path], out: Path, cluster) -> int:
    return main(["run", *map(str, inputs), "--out", str(out), "--engine", "dask",
                 "--scheduler", cluster.scheduler_address, "--shard-bytes", SHARD_BYTES])


def _assert_same_tables(ours: Path, local: Path) -> None:
    for name in TABLES:
        assert (ours / f"{name}.csv").read_bytes() == (local / f"{name}.csv").read_bytes(), name
    assert (ours / "report.html").read_bytes() == (local / "report.html").read_bytes()


@pytest.mark.e2e
def test_dask_engine_writes_the_local_tables_and_reruns_only_what_changed(
        cluster, corpus_and_local, tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs, local = corpus_and_local
    out = tmp_path / "dask"
    assert _dask_run(inputs, out, cluster) == 1
    err = capsys.readouterr().err
    assert "empty.txt: empty file" in err and "already taken" in err
    _assert_same_tables(out, local)
    assert _dask_run(inputs, out, cluster) == 1  # still failing when skipped
    err = capsys.readouterr().err
    assert " 0 to run" in err and "merge: unchanged, skipped" in err

    from pipeline import fingerprint
    code_fingerprint = fingerprint.code_fingerprint
    monkeypatch.setattr(fingerprint, "code_fingerprint",  # as if the extract rules had changed
                        lambda module: code_fingerprint(module) + ("!" if module == "pipeline.extract.stage" else ""))
    tokens = {path: path.stat().st_mtime_ns for path in (out / ".shards").glob("*/tokens.csv")}
    assert _dask_run(inputs, out, cluster) == 1
    assert "dask: 0 document(s) parsed" in capsys.readouterr().err
    assert {path: path.stat().st_mtime_ns for path in (out / ".shards").glob("*/tokens.csv")} == tokens
    _assert_same_tables(out, local)

    with (out / "claims.csv").open("a", encoding="utf-8") as claims:  # as another run on this folder would
        claims.write("x,x:c001\n")
    assert _dask_run(inputs, out, cluster) == 1
    assert "merge: unchanged" not in capsys.readouterr().err
    _assert_same_tables(out, local)


@pytest.mark.e2e
def test_a_worker_killed_mid_run_leaves_the_tables_unchanged(cluster, corpus_and_local, tmp_path: Path) -> None:
    inputs, local = corpus_and_local
    out = tmp_path / "dask"
    outcome: list[object] = []
    run = threading.Thread(target=lambda: outcome.append(_dask_run(inputs, out, cluster)), daemon=True)
    run.start()
    killed = _kill_a_busy_worker(cluster, run)
    run.join(timeout=CLUSTER_SECONDS)
    assert killed, "no worker was seen running a shard"
    assert outcome == [1]  # the two bad files, as in the local run
    _assert_same_tables(out, local)


def _kill_a_busy_worker(cluster, run: threading.Thread, busy_seconds: float = 0.5) -> bool:
    """SIGKILL the process of a worker once it has run a shard task for `busy_seconds`."""
    with distributed.Client(cluster) as client:
        since: dict[tuple[str, str], float] = {}
        while run.is_alive():
            for address, keys in client.processing().items():
                for key in (k for k in keys if str(k).startswith("pipeline-shard-")):
                    if time.monotonic() - since.setdefault((address, str(key)), time.monotonic()) >= busy_seconds:
                        nanny = next(n for n in cluster.workers.values() if n.worker_address == address)
                        os.kill(nanny.process.process.pid, signal.SIGKILL)
                        return True
            time.sleep(0.1)
    return False


def test_a_folder_another_run_holds_fails_at_once_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from pipeline.outdir import output_lock
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("山田:増税は景気を冷やすでしょう。", encoding="utf-8")
    with output_lock(tmp_path / "out"):
        assert main(["run", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), "--engine", "dask",
                     "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: {tmp_path / 'out'}: another run (pid {os.getpid()}) is writing to this folder; "
                   "wait for it, pass --wait, or choose another --out"]


def test_an_unreachable_scheduler_fails_fast_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.dask_cluster.CONNECT_SECONDS", 1)  # 5 by default; make test-unit stays quick
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("山田:増税は景気を冷やすでしょう。", encoding="utf-8")
    address = "tcp://127.0.0.1:9"  # the discard port: nothing listens there
    started = time.monotonic()
    assert main(["run", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), "--engine", "dask",
                 "--scheduler", address]) == 2
    assert time.monotonic() - started < 10
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"error: cannot reach the Dask scheduler at {address} ")


@pytest.mark.e2e
def test_a_local_cluster_loads_ginza_as_it_starts_and_stops_when_planning_fails() -> None:
    from pipeline.dask_cluster import Cluster
    with pytest.raises(ValueError, match="planning failed"), Cluster(None, 1, dashboard=None) as cluster:
        client = cluster.client()
        loaded = client.run(lambda: __import__("pipeline.nlp").nlp.load_nlp.cache_info().currsize)
        assert list(loaded.values()) == [1]  # before any task
        raise ValueError("planning failed")
    assert client.status == "closed"
