"""Benchmark: stock ja_ginza against the pipeline's parse stage and full run, on a built corpus.

Every measurement runs in its own process, so its peak memory (the process and its workers, as
proportional set size sampled from /proc) is its own. The parse output of both is hashed (tokens, tags, lemmas, dependencies,
heads, entities) to show they are identical. Results go to outputs/bench.json.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from pipeline.ingest import find_inputs, read_document

CHARS_PER_DOCUMENT = 850  # 200 documents ≈ 0.5 MB of UTF-8 Japanese


def build_corpus(raw_dir: Path, target: Path, n_documents: int, seed: int = 13) -> int:
    """Write n_documents files of shuffled paragraphs from raw_dir's inputs; return their characters."""
    paragraphs = [p.strip() for path in find_inputs([raw_dir])
                  for p in read_document(path).text.split("\n\n") if p.strip()]
    if not paragraphs:
        raise ValueError(f"{raw_dir}: no paragraphs to build a benchmark corpus from")
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    rng = random.Random(seed)
    total = 0
    for number in range(1, n_documents + 1):
        chosen: list[str] = []
        while sum(map(len, chosen)) < CHARS_PER_DOCUMENT:
            chosen.append(rng.choice(paragraphs))
        text = "\n\n".join(chosen) + "\n"
        (target / f"bench_{number:04d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def parse_digest(docs: Iterable[Doc]) -> str:
    """Hash of what a parse decides: token text, tag, POS, lemma, dependency, head, entity."""
    digest = hashlib.sha256()
    for doc in docs:
        for t in doc:
            digest.update(f"{t.text}\t{t.tag_}\t{t.pos_}\t{t.lemma_}\t{t.dep_}\t{t.head.i}\t"
                          f"{t.ent_iob_}{t.ent_type_}\n".encode("utf-8"))
    return digest.hexdigest()


def stock_parse(sentences_csv: Path, result_json: Path) -> None:
    """Stock ja_ginza: spacy.load, nlp.pipe in one process with default ops and batch size."""
    import spacy

    from pipeline.tables import read_table
    texts = list(read_table("sentences", sentences_csv.parent)["text"])
    nlp = spacy.load("ja_ginza")
    start = time.perf_counter()
    docs = list(nlp.pipe(texts))
    seconds = time.perf_counter() - start
    result_json.write_text(json.dumps({"seconds": seconds, "chars": sum(map(len, texts)),
                                       "digest": parse_digest(docs)}), encoding="utf-8")


@dataclass
class Measured:
    seconds: float
    peak_pss_mb: float
    stderr: str


def measure(command: list[str]) -> Measured:
    """Run a command; return its wall time and the peak memory (PSS) of its process tree (sampled)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-2000:]}")
    return Measured(seconds, peak / 1024, stderr)


def _tree_rss(pid: int) -> int:
    """Memory in KiB of a process and all its descendants: the sum of their proportional set
    sizes (PSS, /proc/PID/smaps_rollup), so the pages forked workers share with the parent are
    counted once, not once per process as summed RSS would."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        ppid = next((line.split(":", 1)[1].strip() for line in status.splitlines() if line.startswith("PPid:")), "0")
        children.setdefault(int(ppid), []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += _pss(current)
        stack.extend(children.get(current, []))
    return total


def _pss(pid: int) -> int:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)


def run_bench(raw_dir: Path, out_dir: Path, *, n_documents: int = 200, large: int = 0) -> dict[str, object]:
    """The whole benchmark; writes out_dir/bench.json and returns what it holds."""
    work = out_dir / "bench"
    corpus = work / "corpus"
    python = [sys.executable, "-m", "pipeline"]
    chars = build_corpus(raw_dir, corpus, n_documents)
    print(f"bench: corpus of {n_documents} documents, {chars} characters in {corpus}", file=sys.stderr)

    staged = work / "staged"
    shutil.rmtree(staged, ignore_errors=True)
    measure(python + ["segment", str(corpus), "--out", str(staged)])
    stock_json = work / "stock.json"
    stock_run = measure([sys.executable, "-c", "import sys; from pipeline.bench import stock_parse; "
                         "from pathlib import Path; stock_parse(Path(sys.argv[1]), Path(sys.argv[2]))",
                         str(staged / "sentences.csv"), str(stock_json)])
    stock = json.loads(stock_json.read_text(encoding="utf-8"))
    stock_rate = stock["chars"] / stock["seconds"]
    print(f"bench: stock nlp.pipe {stock_rate:.0f} chars/s", file=sys.stderr)

    parse_run = measure(python + ["parse", "--out", str(staged)])
    parse_rate = stock["chars"] / parse_run.seconds
    identical = _pipeline_digest(staged) == stock["digest"]
    print(f"bench: parse stage {parse_rate:.0f} chars/s, identical to stock: {identical}", file=sys.stderr)

    full = work / "full"
    shutil.rmtree(full, ignore_errors=True)
    first = measure(python + ["run", str(corpus), "--out", str(full)])
    rerun = measure(python + ["run", str(corpus), "--out", str(full)])
    extra = corpus / "bench_extra.txt"
    shutil.copy(next(iter(sorted(corpus.glob("bench_0001.txt")))), extra)
    extra.write_text(extra.read_text(encoding="utf-8") + "追加の文書です。\n", encoding="utf-8")
    added = measure(python + ["run", str(corpus), "--out", str(full)])
    extra.unlink()
    results: dict[str, object] = {
        "corpus": {"documents": n_documents, "chars": chars, "sentence_chars": stock["chars"]},
        "stock": {"chars_per_second": round(stock_rate), "peak_pss_mb": round(stock_run.peak_pss_mb)},
        "parse_stage": {"chars_per_second": round(parse_rate), "seconds": round(parse_run.seconds, 2),
                        "peak_pss_mb": round(parse_run.peak_pss_mb), "identical_to_stock": identical,
                        "speedup": round(parse_rate / stock_rate, 2)},
        "full_run": {"chars_per_second": round(stock["chars"] / first.seconds), "seconds": round(first.seconds, 2),
                     "peak_pss_mb": round(first.peak_pss_mb),
                     "speedup": round(stock["chars"] / first.seconds / stock_rate, 2)},
        "rerun_unchanged": {"seconds": round(rerun.seconds, 2), "peak_pss_mb": round(rerun.peak_pss_mb),
                            "fraction_of_first_run": round(rerun.seconds / first.seconds, 3)},
        "one_file_added": {"seconds": round(added.seconds, 2), "peak_pss_mb": round(added.peak_pss_mb),
                           "parsed_only_the_new_file": "1 document(s) parsed" in added.stderr},
    }
    if large:
        large_corpus = work / "large_corpus"
        large_chars = build_corpus(raw_dir, large_corpus, large)
        large_out = work / "large"
        shutil.rmtree(large_out, ignore_errors=True)
        large_run = measure(python + ["run", str(large_corpus), "--out", str(large_out)])
        results["large_run"] = {"documents": large, "chars": large_chars, "seconds": round(large_run.seconds, 1),
                                "chars_per_second": round(large_chars / large_run.seconds),
                                "peak_pss_mb": round(large_run.peak_pss_mb)}
    (out_dir / "bench.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return results


def _pipeline_digest(staged: Path) -> str:
    """The digest of the parse stage's cached Docs, in sentence order."""
    from pipeline.parse import cached_docs
    from pipeline.tables import read_table
    sentences = read_table("sentences", staged)
    docs = (doc for _, frame in sentences.groupby("doc_id", sort=False)
            for doc in cached_docs(list(frame["text"]), staged / ".parse_cache"))
    return parse_digest(docs)


def format_results(results: dict[str, object]) -> list[str]:
    """A short report of the ratios the issue asks for."""
    parse, full, rerun = results["parse_stage"], results["full_run"], results["rerun_unchanged"]
    lines = [
        f"stock nlp.pipe        {results['stock']['chars_per_second']:>8} chars/s  peak {results['stock']['peak_pss_mb']} MB PSS",
        f"parse stage           {parse['chars_per_second']:>8} chars/s  x{parse['speedup']}  peak {parse['peak_pss_mb']} MB"
        f"  identical: {parse['identical_to_stock']}",
        f"full run              {full['chars_per_second']:>8} chars/s  x{full['speedup']}  peak {full['peak_pss_mb']} MB",
        f"rerun unchanged       {rerun['seconds']:>8} s  = {rerun['fraction_of_first_run']:.1%} of the first run",
        f"one file added        {results['one_file_added']['seconds']:>8} s  parsed only it: "
        f"{results['one_file_added']['parsed_only_the_new_file']}",
    ]
    if "large_run" in results:
        large = results["large_run"]
        lines.append(f"{large['documents']} documents   {large['chars_per_second']:>8} chars/s  peak {large['peak_pss_mb']} MB")
    return lines
