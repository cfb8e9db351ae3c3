"""Command line: `python -m pipeline <command>` (or `pipeline <command>`). Argument parsing only:
each subcommand checks its arguments and calls one function."""
from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path

from pipeline.workflow import STAGE_NAMES, RunOptions

DEFAULT_INPUT = Path("data/raw")
DEFAULT_OUT = Path("outputs")
DEFAULT_CODEBOOK = Path("data/codebook.txt")


def _options(args: argparse.Namespace) -> RunOptions:
    return RunOptions(inputs=tuple(getattr(args, "inputs", ())), out=args.out, workers=getattr(args, "workers", 0),
                      codebook=getattr(args, "codebook", None), formats=tuple(getattr(args, "format", ("csv",))),
                      lang=getattr(args, "lang", "ja"), force=getattr(args, "force", False),
                      wait=getattr(args, "wait", False), text_column=getattr(args, "text_column", ""),
                      speaker_column=getattr(args, "speaker_column", ""))


def _input(value: str) -> Path | str:
    """A local path, or an fsspec URL kept as written (`s3://…`; only the dask engine reads those)."""
    return value if "://" in value else Path(value)


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.cluster import ClusterError, run_on_dask
    if args.engine == "dask":
        if args.until != STAGE_NAMES[-1]:
            raise ClusterError("--until: the dask engine runs every stage; drop --until or use --engine local")
        return run_on_dask(_options(args), scheduler=args.scheduler, shard_bytes=args.shard_bytes)
    if args.scheduler or any(isinstance(i, str) for i in args.inputs):
        raise ClusterError("--scheduler and URL inputs need --engine dask; add it or give local paths")
    from pipeline.workflow import run
    return run(_options(args), until=args.until)


def cmd_stage(args: argparse.Namespace) -> int:
    """One stage alone, whatever the manifest says (`pipeline parse`)."""
    from pipeline.cluster import ClusterError
    if any(isinstance(i, str) for i in getattr(args, "inputs", ())):
        raise ClusterError("URL inputs need `pipeline run --engine dask`; give local paths")
    from pipeline.workflow import run_stage
    return run_stage(args.command, _options(args))


def cmd_kwic(args: argparse.Namespace) -> int:
    from pipeline.analysis import write_kwic
    where = dict(condition.split("=", 1) for condition in args.where)
    try:
        rows, path = write_kwic(args.out, args.word, lemma=args.lemma, window=args.window, where=where)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    context = rows["left"].str.rjust(args.window) + " [" + rows["keyword"] + "] " + rows["right"]
    print(rows.assign(context=context)[["doc_id", "speaker", "context"]].to_string(index=False) if len(rows)
          else "no match")
    print(f"kwic: {len(rows)} row(s) written to {path}", file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate_run
    evaluate_run(args.gold, args.run, args.json, show=tuple(args.show))
    return 0


def _condition(text: str) -> str:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"{text!r}: VARIABLE=VALUE expected")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pipeline", description="Claim and argument extraction for Japanese text.")
    commands = parser.add_subparsers(dest="command", required=True)

    def add(name: str, handler, help_text: str, *, inputs: bool = False) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if inputs:
            sub.add_argument("inputs", nargs="*", type=_input, default=[DEFAULT_INPUT],
                             help="input files or folders (default: data/raw): .txt .md .docx, web pages .html .htm, "
                                  "PDF .pdf, subtitles .srt .vtt, spreadsheets .csv .xlsx, Diet minutes API .json "
                                  ".xml; fsspec URLs with run --engine dask")
            sub.add_argument("--text-column", default="",
                             help="a spreadsheet's text column (default: detected, e.g. 発言, 本文, text)")
            sub.add_argument("--speaker-column", default="",
                             help="a spreadsheet's speaker column (default: detected, e.g. 発言者, 話者, speaker)")
        sub.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: outputs)")
        sub.set_defaults(handler=handler)
        return sub

    run = add("run", cmd_run, "run the stages in order, skipping those whose inputs and code are unchanged",
              inputs=True)
    _add_run_options(run)
    segment = add("segment", cmd_stage, "ingest files; write documents, turns, sentences", inputs=True)
    parse = add("parse", cmd_stage, "parse sentences with GiNZA (cached); write tokens, entities")
    extract = add("extract", cmd_stage, "extract claims, relations, arguments, key points")
    report = add("report", cmd_stage, "write report.html and codes_by_holder.csv (and Parquet with --format)")
    for sub in (run, parse, extract):
        sub.add_argument("--workers", type=int, default=0,
                         help="processes for parse and extract, or the LocalCluster's workers with --engine dask "
                              "(default: one per core)")
    for sub in (run, extract):
        sub.add_argument("--codebook", type=Path, default=DEFAULT_CODEBOOK if DEFAULT_CODEBOOK.exists() else None,
                         help="coding rules (default: data/codebook.txt when present)")
    for sub in (run, segment, parse, extract, report):
        sub.add_argument("--wait", action="store_true",
                         help="wait for another run writing to the same --out instead of failing")
    for sub in (run, report):
        sub.add_argument("--format", action="append", choices=["csv", "parquet", "xlsx"], default=["csv"],
                         help="also write the tables as Parquet (--format parquet) or one Excel workbook "
                              "(--format xlsx: tables.xlsx, a sheet per table)")
        sub.add_argument("--lang", choices=["ja", "en"], default="ja", help="the report's language (default: ja)")
    _add_kwic_options(add("kwic", cmd_kwic, "keyword in context over a run's turns"))
    _add_eval_options(commands.add_parser("eval", help="score a run against a gold folder",
                                          description="score a run against a gold folder"))
    return parser


def _add_run_options(run: argparse.ArgumentParser) -> None:
    run.add_argument("--force", action="store_true", help="rerun stages even when nothing changed")
    run.add_argument("--until", choices=STAGE_NAMES, default=STAGE_NAMES[-1], help="the last stage to run")
    run.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="local: processes on this machine (default); dask: shards of documents on a Dask cluster")
    run.add_argument("--scheduler", metavar="ADDRESS", default=None,
                     help="with --engine dask: a running scheduler (tcp://host:8786); default: a LocalCluster here")
    run.add_argument("--shard-bytes", type=int, default=None, metavar="N",
                     help="with --engine dask: input bytes per shard (default 900000, about 300,000 characters)")


def _add_kwic_options(kwic: argparse.ArgumentParser) -> None:
    kwic.add_argument("word")
    kwic.add_argument("--lemma", action="store_true", help="match token lemmas instead of characters")
    kwic.add_argument("--window", type=int, default=20, help="characters of context on each side")
    kwic.add_argument("--where", action="append", default=[], type=_condition, metavar="VARIABLE=VALUE",
                      help="keep rows whose document or turn variable has this value (party=自由民主党); repeatable")


def _add_eval_options(evaluation: argparse.ArgumentParser) -> None:
    evaluation.add_argument("--gold", type=Path, default=Path("../shared/gold"),
                            help="gold folder with units.csv, relations.csv, arguments.csv, turns.csv")
    evaluation.add_argument("--run", type=Path, default=DEFAULT_OUT, help="the run's output folder")
    evaluation.add_argument("--json", type=Path, default=None,
                            help="where to write the scores (default: RUN/eval.json)")
    evaluation.add_argument("--show", action="append", choices=["keypoints"], default=[],
                            help="also print the gold key points beside the run's (--show keypoints)")
    evaluation.set_defaults(handler=cmd_eval)


# Exit statuses: 1 some documents failed (the run finished), 2 the run could not go on,
# 130 interrupted (Ctrl-C).
STOPPED, INTERRUPTED = 2, 130


def error_line(err: BaseException, out: Path) -> str:
    """The one line the user sees for an error: `PATH: what happened; what to do`."""
    from pipeline.cluster import ClusterError
    from pipeline.codebook import CodebookError
    from pipeline.ingest import IngestError, MetadataError
    from pipeline.outdir import OutputLocked
    if isinstance(err, KeyboardInterrupt):
        return f"{out}: interrupted; its temp files are removed, run the same command again to go on"
    if isinstance(err, (ClusterError, CodebookError, IngestError, MetadataError, OutputLocked)) or (
            isinstance(err, OSError) and err.errno is None):
        return str(err)  # ours: already `PATH: what; what to do`
    if isinstance(err, OSError):
        path = err.filename or out
        if err.errno == errno.ENOSPC:
            return f"{path}: disk full; free some space (or pass another --out) and run again"
        if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return f"{path}: cannot write here ({err.strerror}); make it writable or pass another --out"
        return f"{path}: {err.strerror}; check the path and run again"
    return (f"{out}: unexpected {type(err).__name__}: {err}; please report it "
            "(PIPELINE_TRACEBACK=1 shows the traceback)")


def main(argv: list[str] | None = None) -> int:
    """Run a command; every error ends in one `error:` line, never a traceback."""
    args = build_parser().parse_args(argv)
    out = getattr(args, "out", getattr(args, "run", DEFAULT_OUT))
    try:
        return args.handler(args)
    except (Exception, KeyboardInterrupt) as err:
        if os.environ.get("PIPELINE_TRACEBACK") and not isinstance(err, KeyboardInterrupt):
            raise
        print(f"error: {error_line(err, out)}", file=sys.stderr)
        return INTERRUPTED if isinstance(err, KeyboardInterrupt) else STOPPED
