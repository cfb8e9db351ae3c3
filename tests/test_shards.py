"""Shard planning and merging without a cluster or a model: where shards are cut, who holds a
doc_id taken twice, parts joined as bytes, shards segmented apart that merge into the local
segment stage's tables (document and turn variables, quoting)."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.ingest import read_metadata
from pipeline.merge import concatenate, document_columns
from pipeline.segment import segment_corpus
from pipeline.shard_inputs import RemoteFile, at_risk, earlier_owners, plan_shards
from pipeline.shards import _segment, shard_tasks
from pipeline.tables import TableWriter, read_table, table_frame


def _files(names: list[str], size: int = 100) -> list[tuple[Path, int, str]]:
    return [(Path(f"corpus/{name}.txt"), size, name) for name in names]


def test_a_file_added_in_the_middle_changes_only_the_shards_around_it() -> None:
    names = [f"d{n:03d}" for n in range(200)]
    before = [[str(f) for f, _, _ in shard] for shard in plan_shards(_files(names), 1000)]
    after = [[str(f) for f, _, _ in shard] for shard in plan_shards(_files(names[:90] + ["d089b"] + names[90:]), 1000)]
    assert all(500 <= 100 * len(shard) <= 1000 for shard in before[:-1])
    changed = [shard for shard in after if shard not in before]
    assert 1 <= len(changed) <= 2 and len(after) - len(changed) >= len(before) - 2


def test_a_name_taken_by_an_earlier_shard_is_passed_on_unless_that_file_is_unreadable(tmp_path: Path) -> None:
    for folder, content in (("a", b""), ("b", "本文です。".encode()), ("c", "別の本文です。".encode())):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_bytes(content)
    shards = [[tmp_path / "a" / "x.txt"], [tmp_path / "b" / "x.txt"], [tmp_path / "c" / "x.txt"]]
    owners = [{doc_id: owner.path for doc_id, owner in shard.items()} for shard in earlier_owners(shards)]
    assert owners == [{}, {}, {"x": str(tmp_path / "b" / "x.txt")}]  # a is empty: b holds x


def test_remote_files_read_like_paths() -> None:
    remote = RemoteFile("memory://corpus/minutes/1947-05-20.txt")
    assert (remote.stem, str(remote), remote.is_file(), remote.is_dir()) == ("1947-05-20", remote.url, True, False)


def test_parts_join_into_the_table_one_writer_would_write(tmp_path: Path) -> None:
    rows = [{"doc_id": f"d{n}", "relation_id": f"d{n}:r001", "source_id": "a", "target_id": "b",
             "label": "support", "cue": 'なぜなら,"引用"\n改行'} for n in range(3)]
    with TableWriter("relations", tmp_path) as whole:
        whole.write(table_frame("relations", rows))
    parts = []
    for n, row in enumerate(rows):
        parts.append(tmp_path / f"part{n}")
        with TableWriter("relations", parts[-1]) as part:
            part.write(table_frame("relations", [row]))
    (tmp_path / "merged").mkdir()
    merged = concatenate("relations", parts, tmp_path / "merged")
    assert merged.read_bytes() == (tmp_path / "relations.csv").read_bytes()
    assert len(read_table("relations", tmp_path / "merged")) == 3


def write_mixed_corpus(root: Path) -> list[Path]:
    """Inputs whose tables a shard cannot know alone: a Diet answer of two meetings (document variables,
    one of them also a metadata.csv column), a text file named like one of those meetings (its doc_id
    taken), a spreadsheet with turn variables, a metadata value holding a lone CR (every cell of the
    table is then quoted), an empty file and a file whose name an earlier folder took."""
    from test_adapters import CSV
    from test_diet import BUDGET, WELFARE
    first, second, third = root / "a", root / "b", root / "c"
    for folder in (first, second, third):
        folder.mkdir(parents=True)
    (first / "minutes.json").write_text(json.dumps({"numberOfRecords": 2, "meetingRecord": [BUDGET, WELFARE]},
                                                   ensure_ascii=False), encoding="utf-8")
    (first / "minutes_121514260X00220230302.txt").write_text("田中:年金は大切です。\n", encoding="utf-8")
    (first / "metadata.csv").write_text('doc_id,date,memo\nminutes_121105261X00320230201,2023-02-09,"行1\r行2"\n'
                                        "x,2024-01-01,メモ\n", encoding="utf-8")
    (second / "qa.csv").write_text("\ufeff" + CSV, encoding="utf-8")
    (second / "x.txt").write_text("山田:増税は景気を冷やすでしょう。\n", encoding="utf-8")
    (third / "empty.txt").write_bytes(b"")
    (third / "x.txt").write_text("鈴木:減税が必要です。\n", encoding="utf-8")
    return [first, second, third]


def test_shards_segmented_apart_merge_into_the_local_segment_tables(tmp_path: Path) -> None:
    inputs = write_mixed_corpus(tmp_path / "corpus")
    assert len(segment_corpus(inputs, tmp_path / "local")) == 3  # the taken txt, the empty file, the second x
    metadata = read_metadata(inputs)
    tasks = shard_tasks(inputs, tmp_path / "out", tmp_path / "cache", metadata, [], "", shard_bytes=1)
    assert len(tasks) >= 5  # a shard per file (the empty one may go with the next)
    stated = [_segment(task)["stated"] for task in tasks]
    assert stated[0] == ["house", "meeting", "issue", "date", "session"]
    variables = document_columns(stated, list(metadata.columns.drop("doc_id")))
    for name in ("documents", "turns", "sentences"):
        merged = concatenate(name, [task.folder for task in tasks], tmp_path / "out",
                             variables if name == "documents" else None)
        assert merged.read_bytes() == (tmp_path / "local" / f"{name}.csv").read_bytes(), name
    documents = read_table("documents", tmp_path / "out")
    assert documents.loc[0, "memo"] == "行1\r行2"
    taken = documents[documents["source_path"].str.endswith("302.txt")].iloc[0]
    assert taken["error"].endswith(f"already taken by {inputs[0] / 'minutes.json'}") and taken["house"] == "参議院"


def test_only_files_whose_doc_ids_may_collide_are_read() -> None:
    files = [Path(f"c/{name}") for name in ("m.json", "m_1.txt", "m_2x.srt", "n.txt", "n.csv", "o.txt", "mm_1.txt")]
    assert at_risk(files) == {Path("c/m.json"), Path("c/m_1.txt"), Path("c/m_2x.srt"), Path("c/n.txt"),
                               Path("c/n.csv")}
