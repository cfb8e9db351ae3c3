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
from pipeline.outdir import CACHE_DIR, file_hashes, output_lock

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
    wait: bool = False  # for another run on the same output folder to finish
    text_column: str = ""  # spreadsheets' columns; empty: detected from the header
    speaker_column: str = ""

    @property
    def cache_dir(self) -> Path:
        """Parsed Docs live beside the tables, out of the way of analysts."""
        return self.out / CACHE_DIR


def _segment(options: RunOptions) -> StageResult:
    from pipeline.adapters import ReadOptions, scan_inputs
    from pipeline.ingest import unmatched_metadata
    from pipeline.segment import segment_corpus
    from pipeline.tables import read_table
    inputs = list(options.inputs)
    skipped = scan_inputs(inputs).warnings
    for warning in skipped:
        print(f"warning: {warning}", file=sys.stderr)
    read_options = ReadOptions(text_column=options.text_column, speaker_column=options.speaker_column)
    failed = len(segment_corpus(inputs, options.out, read_options))
    unmatched = unmatched_metadata(inputs, read_table("documents", options.out)["doc_id"])
    for warning in unmatched:
        print(f"warning: {warning}", file=sys.stderr)
    return StageResult(failed, (*skipped, *unmatched))


def _parse(options: RunOptions) -> StageResult:
    from pipeline.parse import parse_corpus
    return StageResult(parse_corpus(options.out, options.cache_dir, workers=options.workers))


def _extract(options: RunOptions) -> StageResult:
    from pipeline.codebook import read_codebook
    from pipeline.extract.stage import extract_corpus
    codebook = read_codebook(options.codebook) if options.codebook else []
    return StageResult(extract_corpus(options.out, options.cache_dir, codebook, workers=options.workers))


def _report(options: RunOptions) -> StageResult:
    from pipeline.report import report_corpus
    report_corpus(options.out, formats=options.formats, lang=options.lang)
    return StageResult(0)


def _input_files(options: RunOptions) -> list[Path]:
    from pipeline.adapters import find_inputs
    from pipeline.ingest import metadata_files
    return find_inputs(list(options.inputs)) + metadata_files(list(options.inputs))


@dataclass(frozen=True)
class StageResult:
    """How many documents a stage could not process, and what it skipped or left unused."""

    failed: int
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stage:
    """A stage: its name, the module whose code (with what it imports) it runs, the files it
    writes into the output folder (and those of earlier stages it rewrites), the function that
    runs it, and what else its result depends on beyond the stage before it."""

    name: str
    module: str
    writes: tuple[str, ...]
    run: Callable[[RunOptions], StageResult]
    depends_on: Callable[[RunOptions], str] = field(default=lambda options: "")
    updates: tuple[str, ...] = ()


def _codebook_bytes(options: RunOptions) -> str:
    return fp.fingerprint(options.codebook.read_bytes().hex()) if options.codebook else ""


STAGES: tuple[Stage, ...] = (
    Stage("segment", "pipeline.segment", ("documents.csv", "turns.csv", "sentences.csv"), _segment,
          lambda options: fp.fingerprint(fp.files_fingerprint(_input_files(options)), options.text_column,
                                         options.speaker_column)),
    Stage("parse", "pipeline.parse", ("tokens.csv", "entities.csv"), _parse,
          lambda options: fp.installed_model_tag(), updates=("documents.csv",)),
    Stage("extract", "pipeline.extract.stage", ("claims.csv", "relations.csv", "arguments.csv", "keypoints.csv"),
          _extract, _codebook_bytes, updates=("documents.csv",)),
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


def _write_manifest(out_dir: Path, manifest: dict[str, dict[str, object]]) -> None:
    from pipeline.tables import atomic_write
    atomic_write(out_dir / MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False))


def _forget_from(out_dir: Path, stage: str) -> None:
    """Before a stage runs, it and every later stage stop counting as done: a run killed
    half-way can never leave a manifest that vouches for tables it did not finish."""
    later = set(STAGE_NAMES[STAGE_NAMES.index(stage):])
    manifest = _manifest(out_dir)
    if later & set(manifest):
        _write_manifest(out_dir, {name: entry for name, entry in manifest.items() if name not in later})


def _record(out_dir: Path, stage: Stage, stage_fingerprint: str, result: StageResult, failed: int) -> None:
    """Note that a stage finished with this fingerprint, the sha256 of every file it wrote, and
    the new hash of files of earlier stages it rewrote."""
    manifest = _manifest(out_dir)
    for name in stage.updates:
        for entry in manifest.values():
            if name in entry.get("files", {}):
                entry["files"].update(file_hashes(out_dir, [name]))
    manifest[stage.name] = {"fingerprint": stage_fingerprint, "failed": failed, "notes": list(result.notes),
                            "files": file_hashes(out_dir, stage.writes)}
    _write_manifest(out_dir, manifest)


def _done_before(out_dir: Path, stage: Stage, stage_fingerprint: str) -> dict[str, object] | None:
    """What the stage recorded when it last ran with this fingerprint, if the files it wrote are
    still exactly those (a file changed or written by another run makes the stage run again)."""
    entry = _manifest(out_dir).get(stage.name)
    if not entry or entry.get("fingerprint") != stage_fingerprint:
        return None
    if file_hashes(out_dir, stage.writes) != entry.get("files"):
        print(f"{stage.name}: its tables changed since it wrote them, running it again", file=sys.stderr)
        return None
    return entry


def run(options: RunOptions, *, until: str = STAGE_NAMES[-1]) -> int:
    """Run the stages in order up to `until`, holding the output folder, skipping those whose
    fingerprint (the stage before's, the stage's own code, and what it depends on) is unchanged
    and whose tables are intact, unless `force`; once a stage runs, every later one runs too.
    Returns 1 when any document failed in any stage, else 0."""
    with output_lock(options.out, wait=options.wait):
        if options.codebook:
            from pipeline.codebook import read_codebook
            read_codebook(options.codebook)  # a malformed rule fails the run before any stage starts
        previous, failed, notes, rerun = "", 0, [], options.force
        for stage in STAGES[:STAGE_NAMES.index(until) + 1]:
            stage_fingerprint = fp.fingerprint(previous, fp.code_fingerprint(stage.module), stage.depends_on(options))
            done = None if rerun else _done_before(options.out, stage, stage_fingerprint)
            if done is not None:
                print(f"{stage.name}: inputs unchanged, skipped", file=sys.stderr)
                failed = failed or int(done.get("failed", 0))
                notes += done.get("notes", [])
            else:
                _forget_from(options.out, stage.name)
                result = stage.run(options)
                failed, notes, rerun = failed or result.failed, notes + list(result.notes), True
                _record(options.out, stage, stage_fingerprint, result, failed)
            previous = stage_fingerprint
    _summary(failed, notes)
    return 1 if failed else 0


def run_stage(name: str, options: RunOptions) -> int:
    """One stage alone, whatever the manifest says (`pipeline parse`); later `run`s redo it."""
    with output_lock(options.out, wait=options.wait):
        _forget_from(options.out, name)
        result = next(stage for stage in STAGES if stage.name == name).run(options)
    _summary(result.failed, list(result.notes))
    return 1 if result.failed else 0


def _summary(failed: int, notes: list[str]) -> None:
    """The run's last lines: what failed and what was skipped, so nothing goes unnoticed."""
    if failed:
        print("summary: some documents failed (see documents.csv, status and error)", file=sys.stderr)
    for note in notes:
        print(f"summary: warning: {note}", file=sys.stderr)
