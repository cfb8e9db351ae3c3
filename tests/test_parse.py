"""Parse: GiNZA on a few sentences; offsets, bunsetu ids, the DocBin cache."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.parse import cache_key, entity_rows, load_or_parse, token_rows

SENTENCES = pd.DataFrame({
    "sent_id": ["d:s0001", "d:s0002"],
    "start": [3, 20],
    "text": ["東京は日本の首都です。", "私は安全だと考えています。"],
})


def test_tokens_slice_back_and_ids_run_over_the_document(nlp, tmp_path: Path) -> None:
    text = "前置き" + SENTENCES.loc[0, "text"] + "\n" * 6 + SENTENCES.loc[1, "text"]
    parsed = load_or_parse(list(SENTENCES["text"]), tmp_path, nlp)
    rows = list(token_rows("d", SENTENCES, parsed.docs))
    assert [r["token_id"] for r in rows] == list(range(len(rows)))
    for row in rows:
        assert text[row["start"]:row["end"]] == row["text"]
    second = [r for r in rows if r["sent_id"] == "d:s0002"]
    assert all(second[0]["token_id"] <= r["head_token_id"] <= second[-1]["token_id"] for r in second)
    assert second[0]["bunsetu_id"] > rows[0]["bunsetu_id"]
    think = next(r for r in rows if r["lemma"] == "考える")
    assert think["pos"] == "VERB" and think["dep"] == "ROOT"
    entities = list(entity_rows("d", SENTENCES, parsed.docs))
    assert any(e["text"] == "東京" and text[e["start"]:e["end"]] == "東京" for e in entities)


def test_cache_is_reused_and_keeps_bunsetu_data(nlp, tmp_path: Path) -> None:
    texts = ["オープンソースはより安全だ。"]
    first = load_or_parse(texts, tmp_path, nlp)
    again = load_or_parse(texts, tmp_path, nlp)
    assert not first.from_cache and again.from_cache
    assert again.docs[0].user_data.get("bunsetu_heads") == first.docs[0].user_data.get("bunsetu_heads")
    assert [t.dep_ for t in again.docs[0]] == [t.dep_ for t in first.docs[0]]


def test_cache_key_depends_on_text_and_model() -> None:
    assert cache_key(["あ"], "ja_ginza-5.3.0") != cache_key(["い"], "ja_ginza-5.3.0")
    assert cache_key(["あ"], "ja_ginza-5.3.0") != cache_key(["あ"], "ja_ginza-5.4.0")
    assert cache_key(["あい"], "m") != cache_key(["あ", "い"], "m")
