"""Benchmark: stock ja_ginza against the pipeline's parse stage and full run, on a built corpus.

Every measurement runs in its own process, so its peak memory (the process and its workers, as
proportional set size sampled from /proc) is its own. The parse output of both is hashed (tokens, tags, lemmas, dependencies,
heads, entities) to show they are identical. Results go to outputs/bench.json.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from benchmarks.stock import parse_digest
from pipeline.adapters import find_inputs, read_file

STOCK_SCRIPT = Path(__file__).with_name("stock.py")
STOCK_PACKAGES = ("spacy", "ginza", "ja-ginza")

CHARS_PER_DOCUMENT = 850  # 200 documents ≈ 0.5 MB of UTF-8 Japanese
# One memory sample of a process tree costs 10-30 ms of kernel time (smaps_rollup walks the page
# tables of every 2 GB process): sampled every 50 ms it took a third of a core from the parse
# stage's two workers, and none from stock's single process. Memory plateaus last seconds.
SAMPLE_SECONDS = 0.5


def build_corpus(raw_dir: Path, target: Path, n_documents: int, seed: int = 13) -> int:
    """Write n_documents files of shuffled paragraphs from raw_dir's inputs; return their characters."""
    paragraphs = [p.strip() for path in find_inputs([raw_dir]) for document in read_file(path)
                  for p in document.text.split("\n\n") if p.strip()]
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
        try:
            process.wait(timeout=SAMPLE_SECONDS)  # returns as soon as it ends: no sleep in the timing
        except subprocess.TimeoutExpired:
            pass
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


def stock_environment(python: str, python_version: str, work: Path) -> Path:
    """A virtual environment of `python` holding only the spaCy and GiNZA releases this one has
    (from the registry, as an analyst installs them); made once, then reused. Returns its python."""
    pins = [f"{name}=={version(name)}" for name in STOCK_PACKAGES]
    env = work / f"stock-python{python_version}"
    stamp = env / "installed.txt"
    if not stamp.exists() or stamp.read_text(encoding="utf-8").split() != pins:
        shutil.rmtree(env, ignore_errors=True)
        subprocess.run([python, "-m", "venv", str(env)], check=True)
        subprocess.run([str(env / "bin" / "python"), "-m", "pip", "install", "--quiet", *pins], check=True)
        stamp.write_text(" ".join(pins) + "\n", encoding="utf-8")
    return env / "bin" / "python"


def sentence_texts(run_dir: Path, target: Path) -> Path:
    """The run's sentence texts as the parser sees them, as a JSON list for stock.py."""
    from pipeline.nlp import parser_texts
    from pipeline.tables import read_table
    target.write_text(json.dumps(parser_texts(read_table("sentences", run_dir)), ensure_ascii=False),
                      encoding="utf-8")
    return target


def run_stock(python: str, sentences_json: Path, result_json: Path) -> dict[str, object]:
    """Stock ja_ginza (benchmarks/stock.py) under `python`; its timing, digest and peak memory."""
    run = measure([python, str(STOCK_SCRIPT), str(sentences_json), str(result_json)])
    stock = json.loads(result_json.read_text(encoding="utf-8"))
    rate = stock["chars"] / stock["seconds"]
    print(f"bench: stock nlp.pipe {rate:.0f} chars/s (Python {stock['python']})", file=sys.stderr)
    return {**stock, "chars_per_second": rate, "peak_pss_mb": run.peak_pss_mb}


def run_bench(raw_dir: Path, out_dir: Path, *, n_documents: int = 200, large: int = 0,
              stock_python: str | None = None) -> dict[str, object]:
    """The whole benchmark; writes out_dir/bench.json and returns what it holds.

    Stock is measured under this interpreter, and, when `stock_python` is another Python version
    (the machine's default python3, say), under that one too, in an environment of its own.
    """
    work = out_dir / "bench"
    corpus = work / "corpus"
    python = [sys.executable, "-m", "pipeline"]
    chars = build_corpus(raw_dir, corpus, n_documents)
    print(f"bench: corpus of {n_documents} documents, {chars} characters in {corpus}", file=sys.stderr)

    staged = work / "staged"
    shutil.rmtree(staged, ignore_errors=True)
    measure(python + ["segment", str(corpus), "--out", str(staged)])
    texts = sentence_texts(staged, work / "sentences.json")
    stock = run_stock(sys.executable, texts, work / "stock.json")
    other = None
    if stock_python:
        try:
            other_version = _python_version(stock_python)
            if other_version != stock["python"]:
                other = run_stock(str(stock_environment(stock_python, other_version, work)),
                                  texts, work / "stock_other_python.json")
        except (OSError, subprocess.CalledProcessError, RuntimeError) as err:  # no such interpreter, no pip
            print(f"bench: stock under {stock_python} skipped: {err}", file=sys.stderr)

    parse_run = measure(python + ["parse", "--out", str(staged)])
    parse_rate = stock["chars"] / parse_run.seconds
    digest = _pipeline_digest(staged)
    identical = digest == stock["digest"] and (other is None or digest == other["digest"])
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
    encoder = _encoder_cost(python, full)
    full_rate = stock["chars"] / first.seconds
    results: dict[str, object] = {
        "corpus": {"documents": n_documents, "chars": chars, "sentence_chars": stock["chars"]},
        "stock": _stock_summary(stock),
        "parse_stage": {"chars_per_second": round(parse_rate), "seconds": round(parse_run.seconds, 2),
                        "peak_pss_mb": round(parse_run.peak_pss_mb), "identical_to_stock": identical,
                        "speedup": round(parse_rate / stock["chars_per_second"], 2)},
        "full_run": {"chars_per_second": round(full_rate), "seconds": round(first.seconds, 2),
                     "peak_pss_mb": round(first.peak_pss_mb),
                     "speedup": round(full_rate / stock["chars_per_second"], 2)},
        "rerun_unchanged": {"seconds": round(rerun.seconds, 2), "peak_pss_mb": round(rerun.peak_pss_mb),
                            "fraction_of_first_run": round(rerun.seconds / first.seconds, 3)},
        "one_file_added": {"seconds": round(added.seconds, 2), "peak_pss_mb": round(added.peak_pss_mb),
                           "parsed_only_the_new_file": "1 document(s) parsed" in added.stderr},
        "extract_encoder": encoder,
    }
    if other is not None:
        results["stock_other_python"] = _stock_summary(other)
        results["parse_stage"]["speedup_vs_other_python"] = round(parse_rate / other["chars_per_second"], 2)
        results["full_run"]["speedup_vs_other_python"] = round(full_rate / other["chars_per_second"], 2)
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


def _encoder_cost(python: list[str], run_dir: Path) -> dict[str, object]:
    """The extract stage with every claim embedded anew against the same stage with the embeddings
    cached (everything but the encoder): what the key points' sentence encoder costs."""
    from pipeline.tables import read_table
    cached = measure(python + ["extract", "--out", str(run_dir)])
    shutil.rmtree(run_dir / ".parse_cache" / "embeddings", ignore_errors=True)
    fresh = measure(python + ["extract", "--out", str(run_dir)])
    claims = read_table("claims", run_dir)
    return {"seconds_cached": round(cached.seconds, 2), "seconds_fresh": round(fresh.seconds, 2),
            "growth": round(fresh.seconds / cached.seconds - 1, 3), "peak_pss_mb": round(fresh.peak_pss_mb),
            "distinct_claim_texts": int(claims.loc[claims["role"] == "claim", "text"].nunique())}


HOSTILE_LINE_CHARS = 60_000
HOSTILE_DOCUMENT_CHARS = 1_000_000
HOSTILE_SMALL_FILES = 2_000


def build_hostile(raw_dir: Path, target: Path, seed: int = 13) -> dict[str, Path]:
    """Three hostile corpora: one 60,000-character line chained with commas (no 。), one
    1 M-character document of shuffled paragraphs, 2,000 small files of one paragraph each."""
    paragraphs = [p.strip() for path in find_inputs([raw_dir]) for document in read_file(path)
                  for p in document.text.split("\n\n") if p.strip()]
    rng = random.Random(seed)
    shutil.rmtree(target, ignore_errors=True)
    corpora = {name: target / name for name in ("long_line", "big_document", "small_files")}
    for folder in corpora.values():
        folder.mkdir(parents=True)
    line = "".join(f"安全性は重要であり、規制の{n}番目の論点は" for n in range(HOSTILE_LINE_CHARS // 10))
    (corpora["long_line"] / "long_line.txt").write_text(line[:HOSTILE_LINE_CHARS] + "\n", encoding="utf-8")
    chosen: list[str] = []
    while sum(map(len, chosen)) < HOSTILE_DOCUMENT_CHARS:
        chosen.append(rng.choice(paragraphs))
    (corpora["big_document"] / "big.txt").write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
    for number in range(HOSTILE_SMALL_FILES):
        (corpora["small_files"] / f"small_{number:04d}.txt").write_text(rng.choice(paragraphs) + "\n",
                                                                          encoding="utf-8")
    return corpora


def run_hostile(raw_dir: Path, out_dir: Path) -> dict[str, object]:
    """Time and peak memory (PSS of the process tree) of a full run on each hostile corpus."""
    work = out_dir / "bench" / "hostile"
    results: dict[str, object] = {}
    for name, corpus in build_hostile(raw_dir, work / "corpora").items():
        chars = sum(len(document.text) for path in find_inputs([corpus]) for document in read_file(path))
        run_out = work / name
        shutil.rmtree(run_out, ignore_errors=True)
        run = measure([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(run_out)])
        results[name] = {"chars": chars, "seconds": round(run.seconds, 1),
                         "chars_per_second": round(chars / run.seconds), "peak_pss_mb": round(run.peak_pss_mb)}
        print(f"bench: hostile {name}: {results[name]}", file=sys.stderr)
    return results


def _stock_summary(stock: dict[str, object]) -> dict[str, object]:
    return {"chars_per_second": round(stock["chars_per_second"]), "peak_pss_mb": round(stock["peak_pss_mb"]),
            "python": stock["python"], "spacy": stock["spacy"]}


def _python_version(python: str) -> str:
    return subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                          capture_output=True, text=True, check=True).stdout.strip()


def _pipeline_digest(staged: Path) -> str:
    """The digest of the parse stage's cached Docs, in sentence order."""
    from pipeline.nlp import cached_docs, parser_texts
    from pipeline.tables import read_table
    sentences = read_table("sentences", staged)
    docs = (doc for _, frame in sentences.groupby("doc_id", sort=False)
            for doc in cached_docs(parser_texts(frame), staged / ".parse_cache"))
    return parse_digest(docs)


def format_results(results: dict[str, object]) -> list[str]:
    """A short report of the ratios the issue asks for (against each stock measured)."""
    parse, full, rerun = results["parse_stage"], results["full_run"], results["rerun_unchanged"]
    stocks = [results["stock"]] + ([results["stock_other_python"]] if "stock_other_python" in results else [])
    lines = [f"stock nlp.pipe, Python {stock['python']:<6} {stock['chars_per_second']:>8} chars/s  "
             f"peak {stock['peak_pss_mb']} MB PSS" for stock in stocks]

    def ratios(stage: dict[str, object]) -> str:
        versus = (f" (x{stage['speedup_vs_other_python']} vs Python {stocks[1]['python']})"
                  if len(stocks) > 1 else "")
        return f"{stage['chars_per_second']:>8} chars/s  x{stage['speedup']}{versus}  peak {stage['peak_pss_mb']} MB"

    lines += [
        f"parse stage                   {ratios(parse)}  identical: {parse['identical_to_stock']}",
        f"full run                      {ratios(full)}",
        f"rerun unchanged               {rerun['seconds']:>8} s  = {rerun['fraction_of_first_run']:.1%} of the first run",
        f"one file added                {results['one_file_added']['seconds']:>8} s  parsed only it: "
        f"{results['one_file_added']['parsed_only_the_new_file']}",
        f"extract, encoder fresh/cached {results['extract_encoder']['seconds_fresh']:>8} s / "
        f"{results['extract_encoder']['seconds_cached']} s  (+{results['extract_encoder']['growth']:.0%}, "
        f"{results['extract_encoder']['distinct_claim_texts']} distinct claim texts)",
    ]
    if "large_run" in results:
        large = results["large_run"]
        lines.append(f"{large['documents']} documents {'':<14} {large['chars_per_second']:>8} chars/s  "
                     f"peak {large['peak_pss_mb']} MB")
    return lines


def main(argv: list[str] | None = None) -> int:
    """`python -m benchmarks.bench`: build the corpus, measure, print the ratios (`make bench`)."""
    import argparse
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=Path("data/raw"), help="where the corpus is built from")
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="where bench.json goes")
    parser.add_argument("--docs", type=int, default=200, help="documents in the benchmark corpus")
    parser.add_argument("--large", type=int, default=0, metavar="N",
                        help="also run the whole pipeline on N documents (memory check, e.g. 2000)")
    parser.add_argument("--hostile", action="store_true",
                        help="only the hostile corpora: a 60,000-character comma-chained line, a 1 M-character "
                             "document, 2,000 small files (time and peak memory of a full run on each)")
    parser.add_argument("--stock-python", metavar="PYTHON",
                        help="also time stock GiNZA under this interpreter if it is another Python version")
    parser.add_argument("--repeat", type=int, default=2, help="with --engine dask: runs of each set-up (fastest kept)")
    parser.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="dask: time the local pool against a LocalCluster of 2 workers and of 1 instead")
    args = parser.parse_args(argv)
    if args.engine == "dask":
        from benchmarks.dask_bench import format_dask_results, run_dask_bench
        for line in format_dask_results(run_dask_bench(args.raw, args.out, n_documents=args.docs, repeat=args.repeat)):
            print(line)
        print(f"bench: results written to {args.out / 'bench_dask.json'}", file=sys.stderr)
        return 0
    if args.hostile:
        hostile = run_hostile(args.raw, args.out)
        (args.out / "bench_hostile.json").write_text(json.dumps(hostile, indent=2) + "\n", encoding="utf-8")
        for name, figures in hostile.items():
            print(f"{name:<14} {figures['chars']:>9} chars  {figures['seconds']:>7} s  "
                  f"{figures['chars_per_second']:>6} chars/s  peak {figures['peak_pss_mb']} MB")
        return 0
    results = run_bench(args.raw, args.out, n_documents=args.docs, large=args.large, stock_python=args.stock_python)
    for line in format_results(results):
        print(line)
    print(f"bench: results written to {args.out / 'bench.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
