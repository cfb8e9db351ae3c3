"""Coding rules as KH Coder users write them: a code name, then a condition over lemmas.

    # comment
    *安全性
    安全 | リスク | 審査
    *Linux類推
    Linux & (経路 | 辿る | near(発展-経路))

Operators: `|` or `or`; `&` or `and`; `!` or `not`; parentheses; `near(A-B)` (both within 10
words, either order) and `seq(A-B)` (A then B within 10 words), with an optional distance
`near(A-B,5)`. A word matches a token's lemma or its surface form. A rule that does not parse
raises CodebookError naming the file and line.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Union

DEFAULT_WINDOW = 10


class CodebookError(ValueError):
    """A malformed codebook; the message names the file and the line."""


@dataclass(frozen=True)
class Word:
    word: str


@dataclass(frozen=True)
class Not:
    operand: Expression


@dataclass(frozen=True)
class AllOf:
    operands: tuple[Expression, ...]


@dataclass(frozen=True)
class AnyOf:
    operands: tuple[Expression, ...]


@dataclass(frozen=True)
class Near:
    first: str
    second: str
    window: int
    ordered: bool  # seq(): first must come before second


Expression = Union[Word, Not, AllOf, AnyOf, Near]


@dataclass(frozen=True)
class Code:
    name: str
    condition: Expression
    line: int


_TOKEN = re.compile(r"\s*(near\(|seq\(|\(|\)|\||&|!|(?:or|and|not)(?=[\s(])|[^\s()|&!]+)")
_NEAR = re.compile(r"([^\s(),\-]+)-([^\s(),\-]+)(?:\s*,\s*(\d+))?\)")


class _Parser:
    """Recursive descent over one rule: or > and > not > atom."""

    def __init__(self, text: str, where: str) -> None:
        self.text, self.where, self.position = text, where, 0

    def fail(self, message: str) -> CodebookError:
        return CodebookError(f"{self.where}: {message} in {self.text.strip()!r}")

    def peek(self) -> str:
        match = _TOKEN.match(self.text, self.position)
        return match.group(1) if match else ""

    def take(self) -> str:
        match = _TOKEN.match(self.text, self.position)
        if not match:
            raise self.fail("unexpected end of rule")
        self.position = match.end()
        return match.group(1)

    def parse(self) -> Expression:
        expression = self.parse_or()
        if self.text[self.position:].strip():
            raise self.fail(f"unexpected {self.text[self.position:].strip()[:10]!r}")
        return expression

    def parse_or(self) -> Expression:
        operands = [self.parse_and()]
        while self.peek() in ("|", "or"):
            self.take()
            operands.append(self.parse_and())
        return operands[0] if len(operands) == 1 else AnyOf(tuple(operands))

    def parse_and(self) -> Expression:
        operands = [self.parse_not()]
        while self.peek() in ("&", "and"):
            self.take()
            operands.append(self.parse_not())
        return operands[0] if len(operands) == 1 else AllOf(tuple(operands))

    def parse_not(self) -> Expression:
        if self.peek() in ("!", "not"):
            self.take()
            return Not(self.parse_not())
        return self.parse_atom()

    def parse_atom(self) -> Expression:
        token = self.take()
        if token == "(":
            expression = self.parse_or()
            if self.take() != ")":
                raise self.fail("missing ')'")
            return expression
        if token in ("near(", "seq("):
            match = _NEAR.match(self.text, self.position)
            if not match:
                raise self.fail(f"{token}A-B) or {token}A-B,N) expected")
            self.position = match.end()
            window = int(match.group(3)) if match.group(3) else DEFAULT_WINDOW
            return Near(match.group(1), match.group(2), window, ordered=token == "seq(")
        if token in (")", "|", "&", "!", "or", "and", "not"):
            raise self.fail(f"a word expected before {token!r}")
        return Word(token)


def parse_codebook(text: str, source: str = "codebook") -> list[Code]:
    """Parse codebook text: `*name` lines, each followed by its condition (one or more lines)."""
    codes: list[Code] = []
    name, rule, first_line = "", [], 0

    def close() -> None:
        if not name:
            return
        if not " ".join(rule).strip():
            raise CodebookError(f"{source}:{first_line}: code {name!r} has no condition")
        codes.append(Code(name, _Parser(" ".join(rule), f"{source}:{first_line}").parse(), first_line))

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("*"):
            close()
            name, rule, first_line = line[1:].strip(), [], number + 1
            if not name:
                raise CodebookError(f"{source}:{number}: a code needs a name after '*'")
            continue
        if not name:
            raise CodebookError(f"{source}:{number}: condition before any '*code' line")
        rule.append(line)
    close()
    return codes


def read_codebook(path: Path) -> list[Code]:
    """Read and parse a codebook file, decoded like the inputs (UTF-8, UTF-16, CP932, EUC-JP)."""
    from pipeline.ingest import IngestError, decode_bytes
    try:
        text = decode_bytes(path.read_bytes()).text
    except IngestError as err:
        raise CodebookError(f"{path}: {err}; fix the file or pass another --codebook") from err
    except OSError as err:
        raise CodebookError(f"{path}: cannot read ({err.strerror}); check the --codebook path") from err
    return parse_codebook(text, str(path))


def matches(expression: Expression, words: Sequence[tuple[str, str]]) -> bool:
    """Does a condition hold for a unit's words, given as (lemma, surface) pairs in order?"""
    if isinstance(expression, Word):
        return any(expression.word in pair for pair in words)
    if isinstance(expression, Not):
        return not matches(expression.operand, words)
    if isinstance(expression, AllOf):
        return all(matches(e, words) for e in expression.operands)
    if isinstance(expression, AnyOf):
        return any(matches(e, words) for e in expression.operands)
    firsts = [i for i, pair in enumerate(words) if expression.first in pair]
    seconds = [i for i, pair in enumerate(words) if expression.second in pair]
    return any((0 < j - i <= expression.window) if expression.ordered else (0 < abs(j - i) <= expression.window)
               for i in firsts for j in seconds)


def code_names(codes: Sequence[Code], words: Sequence[tuple[str, str]]) -> list[str]:
    """The names of the codes whose condition a unit's words meet, in codebook order."""
    return [code.name for code in codes if matches(code.condition, words)]
