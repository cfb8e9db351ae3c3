"""Coding rules: the KH Coder-style rule language, matching, and errors that name the line."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.codebook import CodebookError, code_names, parse_codebook, read_codebook

CODEBOOK = """
# themes
*安全性
安全 | リスク
*規制と緩和
規制 & !緩和
*原発再稼働
near(原発-再稼働,3)
*順序
seq(規制-強化)
"""


def words(*lemmas: str) -> list[tuple[str, str]]:
    return [(lemma, lemma) for lemma in lemmas]


@pytest.mark.parametrize("lemmas, expected", [
    (("原発", "の", "安全", "を", "確保"), ["安全性"]),
    (("規制", "を", "強化", "する"), ["規制と緩和", "順序"]),
    (("規制", "の", "緩和"), []),
    (("再稼働", "する", "原発"), ["原発再稼働"]),
    (("原発", "の", "停止", "と", "その", "後", "の", "再稼働"), []),  # too far apart
    (("強化", "された", "規制"), ["規制と緩和"]),  # seq() needs the order
])
def test_rules_match_lemmas(lemmas: tuple[str, ...], expected: list[str]) -> None:
    assert code_names(parse_codebook(CODEBOOK), words(*lemmas)) == expected


def test_surface_forms_match_too() -> None:
    codes = parse_codebook("*安全\n安全な")
    assert code_names(codes, [("安全", "安全な")]) == ["安全"]


def test_or_and_not_words_and_parentheses() -> None:
    codes = parse_codebook("*x\n(税 or 財政) and not 減税")
    assert code_names(codes, words("財政", "再建")) == ["x"]
    assert code_names(codes, words("減税", "財政")) == []


@pytest.mark.parametrize("text, line", [
    ("*安全\n安全 |", 2),
    ("*安全\n(安全 | リスク", 2),
    ("安全\n*安全\n安全", 1),
    ("*安全\n\n*規制\n規制", 2),
    ("*\n安全", 1),
    ("*近さ\nnear(安全)", 2),
])
def test_malformed_rules_name_their_line(text: str, line: int) -> None:
    with pytest.raises(CodebookError, match=rf"book\.txt:{line}:"):
        parse_codebook(text, "book.txt")


def test_the_shipped_codebook_parses() -> None:
    codes = read_codebook(Path(__file__).resolve().parent.parent / "data" / "codebook.txt")
    assert len(codes) == 7
