"""Command line: `python -m pipeline <stage>`; each subcommand is a thin wrapper over a stage function."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUT = Path("outputs")
DEFAULT_CODEBOOK = Path("data/codebook.txt")


def _cache_dir(out_dir: Path) -> Path:
    """Parsed Docs live beside the tables, out of the way of analysts."""
    return out_dir / ".parse_cache"


def cmd_segment(args: argparse.Namespace) -> int:
    from pipeline.segment import segment_corpus
    errors = segment_corpus(args.inputs, args.out)
    return 1 if errors else 0


def cmd_parse(args: argparse.Namespace) -> int:
    from pipeline.parse import parse_corpus
    parse_corpus(args.out, _cache_dir(args.out), workers=args.workers)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.codes import read_codebook
    from pipeline.extract import extract_corpus
    codebook = read_codebook(args.codebook) if args.codebook else []
    failed = extract_corpus(args.out, _cache_dir(args.out), codebook, workers=args.workers)
    return 1 if failed else 0


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.report import report_corpus
    report_corpus(args.out, formats=args.format)
    return 0


def cmd_kwic(args: argparse.Namespace) -> int:
    from pipeline.report import kwic
    from pipeline.tables import write_table
    rows = kwic(args.out, args.word, lemma=args.lemma, window=args.window)
    written = write_table(rows, "kwic", args.out)
    path = written.rename(args.out / f"kwic_{args.word.replace('/', '_')}.csv")
    with_context = rows.assign(context=rows["left"].str.rjust(args.window) + " [" + rows["keyword"] + "] " + rows["right"])
    print(with_context[["doc_id", "speaker", "context"]].to_string(index=False) if len(rows) else "no match")
    print(f"kwic: {len(rows)} row(s) written to {path}", file=sys.stderr)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """All stages in order, skipping those whose inputs, code and model are unchanged (unless
    --force); exits non-zero at the end if any input file or document failed in any stage."""
    from pipeline import fingerprint as fp
    from pipeline.codes import read_codebook
    from pipeline.ingest import find_inputs

    code = fp.code_version()
    fingerprints = {"segment": fp.fingerprint(code, fp.inputs_fingerprint(find_inputs(args.inputs)))}
    fingerprints["parse"] = fp.fingerprint(fingerprints["segment"], fp.installed_model_tag())
    codebook = args.codebook.read_text(encoding="utf-8") if args.codebook else ""
    if args.codebook:
        read_codebook(args.codebook)  # a malformed rule fails the run before any stage starts
    fingerprints["extract"] = fp.fingerprint(fingerprints["parse"], codebook)
    fingerprints["report"] = fp.fingerprint(fingerprints["extract"], " ".join(sorted(args.format)))
    outputs = {"segment": ["documents.csv", "turns.csv", "sentences.csv"],
               "parse": ["tokens.csv", "entities.csv"],
               "extract": ["claims.csv", "relations.csv", "arguments.csv", "keypoints.csv"],
               "report": ["report.html", "codes_by_holder.csv"]}
    failed = 0
    for stage in ("segment", "parse", "extract", "report"):
        done = None if args.force else fp.recorded(args.out, stage, fingerprints[stage], outputs[stage])
        if done is not None:
            failed = failed or int(done.get("failed", 0))
            print(f"{stage}: inputs unchanged, skipped", file=sys.stderr)
            continue
        if stage == "segment":
            from pipeline.segment import segment_corpus  # imported here: a rerun that skips all needs no pandas
            failed = len(segment_corpus(args.inputs, args.out))
        else:
            code = {"parse": cmd_parse, "extract": cmd_extract, "report": cmd_report}[stage](args)
            failed = failed or code
        fp.record(args.out, stage, fingerprints[stage], failed=failed)
    return 1 if failed else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate_run
    evaluate_run(args.gold, args.run, args.json)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from pipeline.bench import format_results, run_bench
    results = run_bench(args.raw, args.out, n_documents=args.docs, large=args.large,
                        stock_python=args.stock_python)
    for line in format_results(results):
        print(line)
    print(f"bench: results written to {args.out / 'bench.json'}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline",
                                     description="Claim and argument extraction for Japanese text.")
    commands = parser.add_subparsers(dest="command", required=True)

    def add(name: str, handler, help_text: str, *, inputs: bool = False) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if inputs:
            sub.add_argument("inputs", nargs="*", type=Path, default=[DEFAULT_INPUT],
                             help="input .txt/.md files or folders (default: data/raw)")
        sub.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: outputs)")
        sub.set_defaults(handler=handler)
        return sub

    run = add("run", cmd_run, "run every stage: segment, parse, extract, report", inputs=True)
    run.add_argument("--force", action="store_true", help="rerun stages even when nothing changed")
    add("segment", cmd_segment, "ingest files; write documents, turns, sentences", inputs=True)
    parse = add("parse", cmd_parse, "parse sentences with GiNZA (cached); write tokens, entities")
    extract = add("extract", cmd_extract, "extract claims, relations, arguments, key points")
    report = add("report", cmd_report, "write report.html and codes_by_holder.csv (and Parquet with --format)")
    for sub in (run, parse, extract):
        sub.add_argument("--workers", type=int, default=0,
                         help="processes for parse and extract (default: one per core)")
    for sub in (run, extract):
        sub.add_argument("--codebook", type=Path, default=DEFAULT_CODEBOOK if DEFAULT_CODEBOOK.exists() else None,
                         help="coding rules (default: data/codebook.txt when present)")
    for sub in (run, report):
        sub.add_argument("--format", action="append", choices=["csv", "parquet"], default=["csv"],
                         help="also write the tables as Parquet (--format parquet)")
    kwic = commands.add_parser("kwic", help="keyword in context over a run's turns",
                               description="keyword in context over a run's turns")
    kwic.add_argument("word")
    kwic.add_argument("--lemma", action="store_true", help="match token lemmas instead of characters")
    kwic.add_argument("--window", type=int, default=20, help="characters of context on each side")
    kwic.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the run's output folder")
    kwic.set_defaults(handler=cmd_kwic)
    bench = add("bench", cmd_bench, "benchmark stock ja_ginza against the parse stage and the full run")
    bench.add_argument("--raw", type=Path, default=DEFAULT_INPUT, help="where the corpus is built from")
    bench.add_argument("--docs", type=int, default=200, help="documents in the benchmark corpus")
    bench.add_argument("--large", type=int, default=0, metavar="N",
                       help="also run the whole pipeline on N documents (memory check, e.g. 2000)")
    bench.add_argument("--stock-python", metavar="PYTHON",
                       help="also time stock GiNZA under this interpreter if it is another Python version "
                            "(in an environment of its own with the same spaCy and GiNZA releases)")
    evaluation = commands.add_parser("eval", help="score a run against a gold folder",
                                     description="score a run against a gold folder")
    evaluation.add_argument("--gold", type=Path, default=Path("../shared/gold"),
                            help="gold folder with units.csv, relations.csv, arguments.csv")
    evaluation.add_argument("--run", type=Path, default=DEFAULT_OUT, help="the run's output folder")
    evaluation.add_argument("--json", type=Path, default=None,
                            help="where to write the scores (default: RUN/eval.json)")
    evaluation.set_defaults(handler=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    from pipeline.codes import CodebookError
    from pipeline.ingest import MetadataError
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (FileNotFoundError, CodebookError, MetadataError) as err:  # bad input: name it, no traceback
        print(f"error: {err}", file=sys.stderr)
        return 2
