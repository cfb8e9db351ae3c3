"""The workflow: every stage declared once (what it reads and writes, the module whose code it
runs, the function that runs it), and `run`, which runs them in order and skips a stage whose
inputs, code and model are unchanged. The Makefile's targets call `run`, so make and
`pipeline run` never disagree.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import fingerprint as fp

MANIFEST = ".manifest.json"
REPORT_ASSETS = Path(__file__).with_name("assets")  # the report's inlined CSS and scripts


@dataclass(frozen=True)
class RunOptions:
    """What a run was asked for on the command line."""

    inputs: tuple[Path, ...]
    out: Path
    workers: int = 0
    codebook: Path | None = None
    formats: tuple[str, ...] = ("csv",)
    lang: str = "ja"
    force: bool = False

    @property
    def cache_dir(self) -> Path:
        """Parsed Docs live beside the tables, out of the way of analysts."""
        return self.out / ".parse_cache"


def _segment(options: RunOptions) -> int:
    from pipeline.segment import segment_corpus
    return len(segment_corpus(list(options.inputs), options.out))


def _parse(options: RunOptions) -> int:
    from pipeline.parse import parse_corpus
    parse_corpus(options.out, options.cache_dir, workers=options.workers)
    return 0


def _extract(options: RunOptions) -> int:
    from pipeline.codebook import read_codebook
    from pipeline.extract.stage import extract_corpus
    codebook = read_codebook(options.codebook) if options.codebook else []
    return extract_corpus(options.out, options.cache_dir, codebook, workers=options.workers)


def _report(options: RunOptions) -> int:
    from pipeline.report import report_corpus
    report_corpus(options.out, formats=options.formats, lang=options.lang)
    return 0


def _input_files(options: RunOptions) -> list[Path]:
    from pipeline.ingest import find_inputs, metadata_files
    return find_inputs(list(options.inputs)) + metadata_files(list(options.inputs))


@dataclass(frozen=True)
class Stage:
    """A stage: its name, the module whose code (with what it imports) it runs, the files it
    writes into the output folder, the function that runs it (returns how many documents
    failed), and what else its result depends on beyond the stage before it."""

    name: str
    module: str
    writes: tuple[str, ...]
    run: Callable[[RunOptions], int]
    depends_on: Callable[[RunOptions], str] = field(default=lambda options: "")


STAGES: tuple[Stage, ...] = (
    Stage("segment", "pipeline.segment", ("documents.csv", "turns.csv", "sentences.csv"), _segment,
          lambda options: fp.files_fingerprint(_input_files(options))),
    Stage("parse", "pipeline.parse", ("tokens.csv", "entities.csv"), _parse,
          lambda options: fp.installed_model_tag()),
    Stage("extract", "pipeline.extract.stage", ("claims.csv", "relations.csv", "arguments.csv", "keypoints.csv"),
          _extract, lambda options: options.codebook.read_text(encoding="utf-8") if options.codebook else ""),
    Stage("report", "pipeline.report", ("report.html", "codes_by_holder.csv"), _report,
          lambda options: fp.fingerprint(" ".join(sorted(options.formats)), options.lang,
                                         fp.files_fingerprint(sorted(REPORT_ASSETS.iterdir())))),
)
STAGE_NAMES = tuple(stage.name for stage in STAGES)


def _manifest(out_dir: Path) -> dict[str, dict[str, object]]:
    try:
        return json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _record(out_dir: Path, stage: str, stage_fingerprint: str, failed: int) -> None:
    """Note that a stage finished with this fingerprint and this many failed documents."""
    from pipeline.tables import atomic_write
    manifest = _manifest(out_dir)
    manifest[stage] = {"fingerprint": stage_fingerprint, "failed": failed}
    atomic_write(out_dir / MANIFEST, json.dumps(manifest, indent=1))


def _done_before(out_dir: Path, stage: Stage, stage_fingerprint: str) -> dict[str, object] | None:
    """What the stage recorded when it last ran with this fingerprint, if its outputs still exist."""
    entry = _manifest(out_dir).get(stage.name)
    if not entry or entry.get("fingerprint") != stage_fingerprint:
        return None
    if not all((out_dir / name).exists() for name in stage.writes):
        return None
    return entry


def run(options: RunOptions, *, until: str = STAGE_NAMES[-1]) -> int:
    """Run the stages in order up to `until`, skipping those whose fingerprint (the stage before's,
    the stage's own code, and what it depends on) is unchanged, unless `force`.
    Returns 1 when any document failed in any stage, else 0."""
    if options.codebook:
        from pipeline.codebook import read_codebook
        read_codebook(options.codebook)  # a malformed rule fails the run before any stage starts
    previous = ""
    failed = 0
    for stage in STAGES[:STAGE_NAMES.index(until) + 1]:
        stage_fingerprint = fp.fingerprint(previous, fp.code_fingerprint(stage.module), stage.depends_on(options))
        done = None if options.force else _done_before(options.out, stage, stage_fingerprint)
        if done is not None:
            print(f"{stage.name}: inputs unchanged, skipped", file=sys.stderr)
            failed = failed or int(done.get("failed", 0))
        else:
            failures = stage.run(options)
            failed = failed or failures
            _record(options.out, stage.name, stage_fingerprint, failed)
        previous = stage_fingerprint
    return 1 if failed else 0
