"""Fingerprints: hashes of a stage's inputs, of the code it runs, and of the parse model, so that
`pipeline run` can skip a stage whose fingerprint is unchanged. Imports neither spaCy nor pandas:
a rerun that skips every stage stays fast."""
from __future__ import annotations

import ast
import hashlib
import json
from collections.abc import Iterable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

MODEL_PACKAGE = "ja_ginza"
PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE = PACKAGE_DIR.name


def installed_model_tag() -> str:
    """The parse model's tag (lang_name-version), read from its meta.json without importing it."""
    spec = find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"{MODEL_PACKAGE} is not installed (make install)")
    meta = json.loads((Path(spec.origin).parent / "meta.json").read_text(encoding="utf-8"))
    return f"{meta['lang']}_{meta['name']}-{meta['version']}"


def fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def files_fingerprint(paths: Iterable[Path]) -> str:
    """Hash of the files' names and bytes; a file that cannot be read counts by its error (the
    segment stage reports it and goes on with the others)."""
    digest = hashlib.sha256()
    for path in paths:
        try:
            content = hashlib.sha256(path.read_bytes()).digest()
        except OSError as err:
            content = f"unreadable: {err.strerror}".encode()
        digest.update(str(path).encode() + b"\0" + content)
    return digest.hexdigest()


def _module_path(module: str) -> Path | None:
    """The source file of a module of this package (`pipeline.extract.units`), if there is one."""
    parts = module.split(".")[1:]
    for candidate in (PACKAGE_DIR.joinpath(*parts).with_suffix(".py"), PACKAGE_DIR.joinpath(*parts, "__init__.py")):
        if candidate.is_file():
            return candidate
    return None


def _imported_modules(path: Path) -> set[str]:
    """The modules of this package that a source file imports (at any depth of the file)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == PACKAGE)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == PACKAGE:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)  # `from pipeline import cues`
    return found


@lru_cache(maxsize=None)
def module_closure(module: str) -> tuple[Path, ...]:
    """The source files a module runs: itself and every package module it imports, transitively."""
    seen: dict[str, Path] = {}
    pending = [module]
    while pending:
        name = pending.pop()
        path = _module_path(name)
        if name in seen or path is None:
            continue
        seen[name] = path
        pending.extend(_imported_modules(path))
    return tuple(sorted(set(seen.values())))


def code_fingerprint(module: str) -> str:
    """Hash of the code a stage runs: editing the report does not rerun the parse."""
    digest = hashlib.sha256()
    for path in module_closure(module):
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
