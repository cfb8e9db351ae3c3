"""Ingest: encodings, line ends and bad input, on small Japanese texts."""
from __future__ import annotations

import pytest

from pipeline.ingest import IngestError, decode_bytes, read_document

TEXT = "今日は良い天気です。\n明日は雨が降るでしょう。\n"


@pytest.mark.parametrize("raw, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16-le"),
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("cp932"), "cp932"),
    (TEXT.encode("euc_jp"), "euc_jp"),
    ("①髙橋さんの話です。\n".encode("cp932"), "cp932"),
])
def test_decodes_each_encoding(raw: bytes, encoding: str) -> None:
    decoded = decode_bytes(raw)
    text, found = decoded.text, decoded.encoding
    assert found == encoding
    assert "\ufeff" not in text
    assert text.startswith(("今日は", "①髙橋"))


@pytest.mark.parametrize("raw", [
    TEXT.replace("\n", "\r\n").encode("utf-8"),
    TEXT.replace("\n", "\r").encode("utf-8"),
    TEXT.replace("\n", "\r\n").encode("cp932"),
])
def test_line_ends_become_lf(raw: bytes) -> None:
    assert decode_bytes(raw).text == TEXT


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty file"),
    (b"  \n\t\n", "only whitespace"),
    ("　\n".encode("utf-8"), "only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\x80\x81\xfd\xfe\x80\x81", "not decodable"),
])
def test_bad_input_is_refused_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        decode_bytes(raw)


def test_error_names_the_file(write_input) -> None:
    path = write_input("broken.txt", b"")
    with pytest.raises(IngestError, match=r"broken\.txt: empty file"):
        read_document(path)


def test_document_records_hash_and_id(write_input) -> None:
    path = write_input("speech_01.txt", TEXT)
    document = read_document(path)
    assert document.doc_id == "speech_01"
    assert len(document.sha256) == 64
    assert document.text == TEXT
