"""Cross-tabs and KWIC with document and turn variables (会派, house, date), without the model:
the cross-tab on small frames, KWIC on a segmented Diet API answer."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.analysis import codes_crosstab, kwic
from pipeline.segment import segment_corpus
from tests.test_diet import BUDGET, CDP, LDP


def test_codes_are_cut_by_turn_and_document_variables() -> None:
    claims = pd.DataFrame({
        "doc_id": ["m", "m", "m"], "turn_id": ["m:t001", "m:t002", "m:t002"], "speaker": ["山田", "岸田", "岸田"],
        "holder": ["山田", "岸田", "岸田"], "codes": ["物価", "物価 賃金", ""]})
    documents = pd.DataFrame({"doc_id": ["m"], "status": ["ok"], "house": ["衆議院"], "date": ["2023-02-01"]})
    turns = pd.DataFrame({"doc_id": ["m", "m"], "turn_id": ["m:t001", "m:t002"], "speaker": ["山田", "岸田"],
                          "party": ["立憲", "自民"], "date": ["x", "y"]})
    table = codes_crosstab(claims, documents, turns)
    by_party = table[table["variable"] == "party"].set_index(["value", "code"])
    assert by_party.loc[("自民", "物価"), "n_units"] == 1 and by_party.loc[("自民", "物価"), "n_total"] == 2
    assert by_party.loc[("立憲", "物価"), "share"] == 1.0
    assert {"holder", "house", "date", "party", "turn_date"} <= set(table["variable"])
    house = table[(table["variable"] == "house") & (table["code"] == "物価")]
    assert house.iloc[0]["n_units"] == 2 and house.iloc[0]["n_total"] == 3


@pytest.fixture(scope="module")
def minutes_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("minutes")
    (root / "raw").mkdir()
    (root / "raw" / "budget.json").write_text(json.dumps({"meetingRecord": [BUDGET]}, ensure_ascii=False),
                                              encoding="utf-8")
    assert segment_corpus([root / "raw"], root / "out") == []
    return root / "out"


def test_kwic_rows_carry_and_filter_by_variables(minutes_run: Path) -> None:
    rows = kwic(minutes_run, "物価", window=4)
    assert list(rows["keyword"]) == ["物価"]
    row = rows.iloc[0]
    assert (row["speaker"], row["party"], row["house"], row["meeting"], row["turn_id"]) == \
        ("山田太郎", CDP, "衆議院", "予算委員会", "budget:t003")
    assert row["right"] == "が上がっ"
    governing = kwic(minutes_run, "ます", where={"party": LDP})
    assert list(governing["speaker"]) == ["根本匠", "岸田文雄", "岸田文雄"]
    assert len(kwic(minutes_run, "ます")) == 6
    with pytest.raises(ValueError, match="no variable '会派'"):
        kwic(minutes_run, "物価", where={"会派": CDP})


def test_kwic_finds_and_shows_a_word_broken_across_wrapped_lines(tmp_path: Path) -> None:
    """Hard-wrapped minutes break words at line ends and between pages (`昨年\\n度`, `導\\n－３－\\n入`):
    KWIC searches the turn as its sentences read, shows the word whole, and keeps document offsets."""
    from pipeline.tables import table_frame, write_table
    from tests.test_segment import WRAPPED_MINUTES
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "minutes.txt").write_text(WRAPPED_MINUTES, encoding="utf-8")
    assert segment_corpus([tmp_path / "raw"], tmp_path / "out") == []
    out = tmp_path / "out"
    last_year = kwic(out, "昨年度", window=3).iloc[0]
    assert (last_year["keyword"], last_year["right"]) == ("昨年度", "は約６")
    assert WRAPPED_MINUTES[last_year["start"]:last_year["end"]] == "昨年\n度"
    introduction = kwic(out, "導入", window=6).iloc[0]
    assert (introduction["left"], introduction["right"]) == ("マンド交通の", "を急ぐべきだ")
    start = WRAPPED_MINUTES.index("導\n")
    end = WRAPPED_MINUTES.index("入を") + 1
    token = {"doc_id": "minutes", "sent_id": "minutes:s006", "token_id": 1, "start": start, "end": end, "text": "導入",
             "lemma": "導入", "norm": "導入", "pos": "NOUN", "tag": "名詞-普通名詞-サ変可能", "inflection": "", "dep": "obj",
             "head_token_id": 2, "bunsetu_id": 0, "ent_type": ""}
    write_table(table_frame("tokens", [token]), "tokens", out)
    (by_lemma,) = kwic(out, "導入", lemma=True, window=6).itertuples()
    assert (by_lemma.keyword, by_lemma.start, by_lemma.end) == ("導入", start, end)
