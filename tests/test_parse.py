"""Parse: GiNZA on a few sentences; offsets, bunsetu ids, the DocBin cache, parallel workers."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.nlp import cache_key, cache_path, cached_docs
from pipeline.parse import entity_rows, parse_documents, token_rows

pytestmark = pytest.mark.e2e  # every test here parses with the real model

SENTENCES = pd.DataFrame({
    "sent_id": ["d:s0001", "d:s0002"],
    "start": [3, 20],
    "text": ["東京は日本の首都です。", "私は安全だと考えています。"],
})


def sentences_of(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"sent_id": [f"d:s{i}" for i in range(len(texts))], "start": [0] * len(texts),
                         "text": texts})


def parse(texts: list[str], cache: Path, workers: int = 1):
    list(parse_documents([(str(cache_path(cache, texts)), "d", sentences_of(texts))], workers))
    return cached_docs(texts, cache)


def test_tokens_slice_back_and_ids_run_over_the_document(tmp_path: Path) -> None:
    text = "前置き" + SENTENCES.loc[0, "text"] + "\n" * 6 + SENTENCES.loc[1, "text"]
    docs = parse(list(SENTENCES["text"]), tmp_path)
    rows = list(token_rows("d", SENTENCES, docs))
    assert [r["token_id"] for r in rows] == list(range(len(rows)))
    for row in rows:
        assert text[row["start"]:row["end"]] == row["text"]
    second = [r for r in rows if r["sent_id"] == "d:s0002"]
    assert all(second[0]["token_id"] <= r["head_token_id"] <= second[-1]["token_id"] for r in second)
    assert second[0]["bunsetu_id"] > rows[0]["bunsetu_id"]
    think = next(r for r in rows if r["lemma"] == "考える")
    assert think["pos"] == "VERB" and think["dep"] == "ROOT"
    entities = list(entity_rows("d", SENTENCES, docs))
    assert any(e["text"] == "東京" and text[e["start"]:e["end"]] == "東京" for e in entities)


def test_cache_keeps_bunsetu_data(nlp, tmp_path: Path) -> None:
    texts = ["オープンソースはより安全だ。"]
    docs = parse(texts, tmp_path)
    fresh = nlp(texts[0])
    assert docs[0].user_data.get("bunsetu_heads") == fresh.user_data.get("bunsetu_heads")
    assert [t.dep_ for t in docs[0]] == [t.dep_ for t in fresh]


def test_parallel_workers_give_the_same_parses(tmp_path: Path) -> None:
    documents = [["景気は回復するでしょう。", "しかし物価は上がります。"], ["雨の日は道が混む。"],
                 ["新しい法律が施行された。", "影響は大きいと考えられる。"]]
    one, two = tmp_path / "one", tmp_path / "two"
    first = list(parse_documents([(str(cache_path(one, d)), "d", sentences_of(d)) for d in documents], workers=1))
    second = list(parse_documents([(str(cache_path(two, d)), "d", sentences_of(d)) for d in documents], workers=2))
    for (tokens_one, _), (tokens_two, _) in zip(first, second):
        assert tokens_one.equals(tokens_two)
    for texts in documents:
        a, b = cached_docs(texts, one), cached_docs(texts, two)
        assert [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for d in a for t in d] == \
               [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for d in b for t in d]


def test_cache_key_depends_on_text_and_model() -> None:
    assert cache_key(["あ"], "ja_ginza-5.3.0") != cache_key(["い"], "ja_ginza-5.3.0")
    assert cache_key(["あ"], "ja_ginza-5.3.0") != cache_key(["あ"], "ja_ginza-5.4.0")
    assert cache_key(["あい"], "m") != cache_key(["あ", "い"], "m")


def test_parses_for_rule_tests_are_current(nlp) -> None:
    """tests/parses.tsv holds what the installed model gives; after an upgrade, regenerate it."""
    from parses import doc_rows, read_parses
    stored = read_parses()
    assert stored, "tests/parses.tsv is empty"
    texts = list(stored)
    for text, doc in zip(texts, nlp.pipe(texts)):
        assert doc_rows(doc) == stored[text], f"parse of {text!r} changed: regenerate tests/parses.tsv"
