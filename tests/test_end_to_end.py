"""End to end over the sample interview: the whole pipeline through the CLI, then a rerun."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.tables import read_table
from tests.conftest import SAMPLE

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run")
    assert main(["run", str(SAMPLE), "--out", str(out)]) == 0
    return out


def test_speakers_roles_and_turns(run_dir: Path) -> None:
    turns = read_table("turns", run_dir)
    assert len(turns) == 9
    roles = dict(zip(turns["speaker"], turns["role"]))
    assert roles == {"": "narration", "ロワン・チョン": "interviewer",
                     "マーク・ザッカーバーグ": "interviewee"}
    assert list(turns["role"][:3]) == ["narration", "interviewer", "interviewee"]
    documents = read_table("documents", run_dir)
    assert documents.loc[0, "n_turns"] == 9 and documents.loc[0, "encoding"] == "utf-8"


def test_every_offset_slices_back_to_its_text(run_dir: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for name in ("turns", "sentences", "tokens", "entities"):
        table = read_table(name, run_dir)
        assert len(table) > 0, name
        for start, end, span in zip(table["start"], table["end"], table["text"]):
            assert text[start:end] == span, (name, start, end)
    turns = read_table("turns", run_dir)
    labelled = turns[turns["role"] != "narration"]
    for start, end, label in zip(labelled["label_start"], labelled["label_end"], labelled["label"]):
        assert text[start:end] == label


def test_quoted_speech_is_split_and_marked(run_dir: Path) -> None:
    sentences = read_table("sentences", run_dir)
    quoted = sentences[sentences["in_quote"] == 1]
    assert len(quoted) == 2
    assert quoted.iloc[1]["text"].endswith("」")


def test_rerun_on_unchanged_input_skips_every_stage(run_dir: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["run", str(SAMPLE), "--out", str(run_dir)]) == 0
    assert capsys.readouterr().err.count("inputs unchanged, skipped") == 4
    assert main(["run", str(SAMPLE), "--out", str(run_dir), "--force"]) == 0
    assert "0 document(s) parsed, 1 from cache" in capsys.readouterr().err


def test_claims_tables_are_consistent(run_dir: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    claims = read_table("claims", run_dir)
    assert len(claims) > 40
    for start, end, span in zip(claims["start"], claims["end"], claims["text"]):
        assert text[start:end] == span
    assert set(claims["role"]) == {"claim", "premise"}
    assert (claims["cue"] != "").all()
    ids = set(claims["claim_id"])
    relations = read_table("relations", run_dir)
    assert set(relations["source_id"]) <= ids and set(relations["target_id"]) <= ids
    arguments = read_table("arguments", run_dir)
    assert "Linux" in set(arguments["source_domain"])
    interviewee = claims[claims["speaker"] == "マーク・ザッカーバーグ"]
    assert (interviewee["question_turn_id"] != "").all()
    documents = read_table("documents", run_dir)
    assert documents.loc[0, "n_claims"] == len(claims)


def test_eval_against_the_dev_gold(run_dir: Path) -> None:
    from pipeline.evaluate import evaluate
    gold = SAMPLE.parents[2].parent / "shared" / "gold"
    if not gold.exists():
        pytest.skip(f"no dev gold at {gold}")
    scores = evaluate(gold, run_dir)
    assert scores["units"]["f1"] >= 0.9
    assert scores["claims"]["f1"] >= 0.9
    assert scores["analogy_recall"]["found"] == scores["analogy_recall"]["total"]
