"""Adapters on small hand-written files: which files are inputs, subtitles, spreadsheets (.xlsx
written here with openpyxl), Word (.docx written here with python-docx), bad files. No model."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from pipeline.adapters import READERS, ReadOptions, find_inputs, read_file
from pipeline.adapters.base import TURN_COLUMNS
from pipeline.segment import segment, segment_corpus
from pipeline.tables import TABLE_COLUMNS, read_table


def turns_of(path: Path, options: ReadOptions = ReadOptions()) -> list[tuple[str, str, str]]:
    """(speaker, role, text) of a file's one document, through segment."""
    source, = read_file(path, options)
    return [(t.speaker, t.role, t.text) for t in segment(source.text, source.doc_id, given=source.turns).turns]


def test_inputs_are_the_known_suffixes_but_not_metadata_or_lock_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.srt", "c.vtt", "d.csv", "e.xlsx", "f.docx", "g.json", "h.xml", "metadata.csv",
                 "~$e.xlsx", "notes.rtf", "j.pdf", "k.html", "sub/i.md", "sub/metadata.csv"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in find_inputs([tmp_path])]
    assert found == ["a.txt", "b.srt", "c.vtt", "d.csv", "e.xlsx", "f.docx", "g.json", "h.xml", "j.pdf", "k.html",
                     "sub/i.md"]
    assert set(READERS) == {".txt", ".md", ".srt", ".vtt", ".csv", ".xlsx", ".docx", ".json", ".xml", ".html", ".htm",
                            ".pdf"}


def test_variables_never_take_a_turns_column_name() -> None:
    assert TURN_COLUMNS == set(TABLE_COLUMNS["turns"])


SRT = """1
00:00:01,000 --> 00:00:03,000
山田太郎：今日はAIの安全性について

2
00:00:03,000 --> 00:00:05,500
伺います。どうお考えですか？

3
00:00:06,000 --> 00:00:08,000
鈴木花子：安全性は重要だと
考えています。

4
00:00:08,000 --> 00:00:09,000
<i>規制も必要でしょう。</i>

5
00:00:12,000 --> 00:00:13,000
理由は二つあります
"""


def test_srt_prefixes_give_speakers_and_consecutive_cues_one_turn(write_input) -> None:
    path = write_input("talk.srt", SRT.replace("\n", "\r\n").encode("cp932"))
    assert turns_of(path) == [
        ("山田太郎", "interviewer", "今日はAIの安全性について伺います。どうお考えですか？"),
        # a line break after a sentence and before a pause; none inside the wrapped cue
        ("鈴木花子", "interviewee", "安全性は重要だと考えています。\n規制も必要でしょう。\n理由は二つあります")]
    source, = read_file(path)
    assert [t.timestamp for t in source.turns] == ["00:00:01.000", "00:00:06.000"]
    assert source.encoding == "cp932"


VTT = """WEBVTT
Kind: captions

NOTE written by hand

STYLE
::cue { color: white }

intro
00:00.500 --> 00:02.000
AIの未来について話します。

00:00:02.000 --> 00:00:04.000 align:start
<v.host 司会>ようこそ。最初の質問です。</v>

00:00:04.000 --> 00:00:06.000
<v Mark Zuckerberg>Open source is the way &amp; it will win.</v>

00:00:06.000 --> 00:00:07.000
<v Mark Zuckerberg>Linux showed it.</v>
"""


def test_vtt_voice_tags_give_speakers_and_headers_are_skipped(write_input) -> None:
    source, = read_file(write_input("talk.vtt", VTT))
    turns = segment(source.text, source.doc_id, given=source.turns).turns
    assert [(t.speaker, t.role, t.timestamp) for t in turns] == [
        ("", "narration", "00:00:00.500"), ("司会", "speaker", "00:00:02.000"),
        ("Mark Zuckerberg", "speaker", "00:00:04.000")]
    assert turns[2].text == "Open source is the way & it will win.\nLinux showed it."
    assert turns[1].cue == "subtitles: voice tag; role: chair by the label"


def test_a_transcript_without_punctuation_keeps_a_space_where_cues_meet(write_input) -> None:
    text = ("1\n00:00:01,000 --> 00:00:02,000\n山田: えーと今日はですね\n\n"
            "2\n00:00:02,000 --> 00:00:03,000\nAIについて話します\n")
    assert turns_of(write_input("auto.srt", text)) == [("山田", "speaker", "えーと今日はですね AIについて話します")]


CSV = """番号,発言者,発言,会派,日付
1,山田太郎,物価が上がっています。見解を伺います。,立憲民主党,2023-02-01
2,岸田文雄,賃上げが重要だと考えております。,自由民主党,2023-02-01
3,岸田文雄,物価対策も講じてまいります。,自由民主党,2023-02-01
4,,（休憩）,,
"""


def test_csv_columns_are_detected_and_the_rest_are_turn_variables(write_input, tmp_path: Path) -> None:
    write_input("qa.csv", "\ufeff" + CSV)
    out = tmp_path / "out"
    assert segment_corpus([tmp_path / "raw"], out) == []
    turns = read_table("turns", out)
    assert list(turns.columns[len(TABLE_COLUMNS["turns"]):]) == ["番号", "会派", "日付"]
    # rows 2 and 3 differ in 番号: two turns of one speaker, each with its own variables
    assert list(zip(turns["speaker"], turns["role"], turns["会派"])) == [
        ("山田太郎", "interviewer", "立憲民主党"), ("岸田文雄", "interviewee", "自由民主党"),
        ("岸田文雄", "interviewee", "自由民主党"), ("", "narration", "")]
    assert turns.loc[0, "cue"] == "spreadsheet column 発言者; role: asks in 1/1 turns"


def test_consecutive_rows_of_one_speaker_with_the_same_variables_are_one_turn(write_input) -> None:
    path = write_input("qa.csv", "\n".join(line.split(",", 1)[1] for line in CSV.splitlines()))
    assert [(s, t) for s, _, t in turns_of(path)] == [
        ("山田太郎", "物価が上がっています。見解を伺います。"),
        ("岸田文雄", "賃上げが重要だと考えております。\n\n物価対策も講じてまいります。"), ("", "（休憩）")]


def test_column_flags_name_the_columns(write_input) -> None:
    path = write_input("own.csv", "who,said,memo\nA,はい。,x\nB,いいえ。,y\n")
    with pytest.raises(Exception, match="no text column among who, said, memo"):
        read_file(path)
    turns = turns_of(path, ReadOptions(text_column="said", speaker_column="who"))
    assert [(s, t) for s, _, t in turns] == [("A", "はい。"), ("B", "いいえ。")]
    with pytest.raises(Exception, match="no speaker column 'name'"):
        read_file(path, ReadOptions(text_column="said", speaker_column="name"))


def test_xlsx_cells_become_text(write_input) -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(["Speaker", "Text", "Date", "Session"])
    sheet.append(["山田", "景気は回復するでしょう。", dt.datetime(2023, 2, 1), 211.0])
    sheet.append([None, None, None, None])
    sheet.append(["鈴木", "そうは思いません。", dt.datetime(2023, 2, 1), 211.0])
    buffer = io.BytesIO()
    book.save(buffer)
    source, = read_file(write_input("sheet.xlsx", buffer.getvalue()))
    assert [(t.speaker, dict(t.variables)) for t in source.turns] == [
        ("山田", {"Date": "2023-02-01", "Session": "211"}), ("鈴木", {"Date": "2023-02-01", "Session": "211"})]
    assert source.encoding == "xlsx"


def test_docx_paragraphs_are_lines_and_the_transcript_rules_apply(write_input) -> None:
    from docx import Document
    document = Document()
    for line in ("対談の記録", "", "司会者：本日はよろしくお願いします。", "田中：はい、お願いします。",
                 "", "景気は回復するでしょう。"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    source, = read_file(write_input("talk.docx", buffer.getvalue()))
    assert source.text == ("対談の記録\n\n司会者：本日はよろしくお願いします。\n田中：はい、お願いします。\n\n"
                           "景気は回復するでしょう。")
    assert source.turns == () and source.encoding == "docx"
    turns = segment(source.text, source.doc_id).turns
    assert [(t.speaker, t.text) for t in turns] == [
        ("", "対談の記録"), ("司会者", "本日はよろしくお願いします。"),
        ("田中", "はい、お願いします。\n\n景気は回復するでしょう。")]


def test_each_bad_file_is_one_error_line_and_the_others_go_on(write_input, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture) -> None:
    write_input("good.srt", SRT)
    write_input("nocues.srt", "1\n字幕がありません\n")
    write_input("broken.xlsx", b"PK\x03\x04 not really a zip")
    write_input("broken.docx", b"\x00\x01binary")
    write_input("notext.csv", "名前,年齢\n山田,40\n")
    write_input("empty.vtt", b"")
    errors = segment_corpus([tmp_path / "raw"], tmp_path / "out")
    assert len(errors) == 5
    lines = capsys.readouterr().err.splitlines()
    for name, reason in [("nocues.srt", "no subtitle cues"), ("broken.xlsx", "not an Excel .xlsx workbook"),
                         ("broken.docx", "not a Word .docx document"), ("notext.csv", "no text column"),
                         ("empty.vtt", "empty file")]:
        assert sum(line.startswith("error: ") and f"{name}: {reason}" in line for line in lines) == 1, name
    documents = read_table("documents", tmp_path / "out").set_index("doc_id")
    assert documents.loc["good", "status"] == "ok" and documents.loc["good", "n_turns"] == 2
