"""Command line: `python -m pipeline <stage>`; each subcommand is a thin wrapper over a stage function."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUT = Path("outputs")


def _cache_dir(out_dir: Path) -> Path:
    """Parsed Docs live beside the tables, out of the way of analysts."""
    return out_dir / ".parse_cache"


def cmd_segment(args: argparse.Namespace) -> int:
    from pipeline.segment import segment_corpus
    errors = segment_corpus(args.inputs, args.out)
    return 1 if errors else 0


def cmd_parse(args: argparse.Namespace) -> int:
    from pipeline.parse import parse_corpus
    parse_corpus(args.out, _cache_dir(args.out))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.extract import extract_corpus
    extract_corpus(args.out, _cache_dir(args.out))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """All stages in order; exits non-zero at the end if any input file failed."""
    failed = cmd_segment(args)
    cmd_parse(args)
    cmd_extract(args)
    return failed


def cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate_run
    evaluate_run(args.gold, args.run, args.json)
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

    add("run", cmd_run, "run every stage: segment, parse, extract", inputs=True)
    add("segment", cmd_segment, "ingest files; write documents, turns, sentences", inputs=True)
    add("parse", cmd_parse, "parse sentences with GiNZA (cached); write tokens, entities")
    add("extract", cmd_extract, "extract claims, relations, arguments, key points")
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
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
