"""Stage fingerprints: `pipeline run` skips a stage whose inputs, code and model are unchanged.

Each stage's fingerprint chains the one before it, so a change anywhere upstream reruns
everything after it; the parse cache still makes a rerun parse only the documents that changed.
"""
from __future__ import annotations

import hashlib
import json
from importlib.util import find_spec
from pathlib import Path

MANIFEST = ".manifest.json"
MODEL_PACKAGE = "ja_ginza"
PACKAGE = Path(__file__).resolve().parent


def code_version() -> str:
    """Hash of the package's source: an edited rule reruns the stages."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def installed_model_tag() -> str:
    """The parse model's tag (lang_name-version), read from its meta.json without importing it:
    a rerun that skips every stage never loads spaCy."""
    spec = find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"{MODEL_PACKAGE} is not installed (make install)")
    meta = json.loads((Path(spec.origin).parent / "meta.json").read_text(encoding="utf-8"))
    return f"{meta['lang']}_{meta['name']}-{meta['version']}"


def fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def inputs_fingerprint(paths: list[Path]) -> str:
    """Hash of the input files' names and bytes."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path).encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _read(out_dir: Path) -> dict[str, dict[str, object]]:
    path = out_dir / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def recorded(out_dir: Path, stage: str, stage_fingerprint: str, outputs: list[str]) -> dict[str, object] | None:
    """What the stage recorded when it last ran with this fingerprint, if its outputs still exist."""
    entry = _read(out_dir).get(stage)
    if not entry or entry.get("fingerprint") != stage_fingerprint:
        return None
    if not all((out_dir / name).exists() for name in outputs):
        return None
    return entry


def record(out_dir: Path, stage: str, stage_fingerprint: str, **facts: object) -> None:
    """Note that a stage finished with this fingerprint (and facts such as its error count)."""
    manifest = _read(out_dir)
    manifest[stage] = {"fingerprint": stage_fingerprint, **facts}
    tmp = out_dir / f"{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    tmp.replace(out_dir / MANIFEST)
