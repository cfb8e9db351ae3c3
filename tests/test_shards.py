"""Shard planning and merging without a cluster or a model: where shards are cut, who holds a
doc_id taken twice, parts joined as bytes."""
from __future__ import annotations

from pathlib import Path

from pipeline.merge import concatenate
from pipeline.shards import RemoteFile, _earlier_owners, plan_shards
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
    assert _earlier_owners(shards) == [{}, {}, {"x": str(tmp_path / "b" / "x.txt")}]  # a is empty: b holds x


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
