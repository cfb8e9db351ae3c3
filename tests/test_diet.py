"""The Diet minutes API adapter on hand-made answers in the API's shape (JSON of two meetings,
XML of one, `/api/speech` records): speakers, roles, labels and variables, segment only."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.adapters import read_file
from pipeline.segment import segment, segment_corpus
from pipeline.tables import read_table


def speech(order: int, speaker: str, text: str, *, group: str | None = None, position: str | None = None,
           role: str | None = None, yomi: str | None = None) -> dict[str, object]:
    return {"speechID": f"x_{order:03d}", "speechOrder": order, "speaker": speaker, "speakerYomi": yomi,
            "speakerGroup": group, "speakerPosition": position, "speakerRole": role, "speech": text,
            "startPage": 1, "speechURL": ""}


LDP, CDP = "自由民主党・無所属の会", "立憲民主党・無所属"
BUDGET = {
    "issueID": "121105261X00320230201", "imageKind": "会議録", "searchObject": 0, "session": 211,
    "nameOfHouse": "衆議院", "nameOfMeeting": "予算委員会", "issue": "第3号", "date": "2023-02-01", "closing": None,
    "speechRecord": [
        speech(0, "会議録情報", "令和五年二月一日（水曜日）\r\n    午前九時開議\r\n 出席委員\r\n   委員長 根本匠君"),
        speech(1, "根本匠", "○根本委員長　これより会議を開きます。\r\n　山田太郎君。", group=LDP, position="委員長"),
        speech(2, "山田太郎", "○山田委員　物価が上がっています。総理の見解を伺います。", group=CDP,
               yomi="やまだたろう"),
        speech(3, "岸田文雄", "○岸田内閣総理大臣　お答えいたします。\r\n　賃上げが重要だと考えております。",
               group=LDP, position="内閣総理大臣"),
        speech(4, "佐藤一郎", "○佐藤政府参考人　予算は確保しております。", position="政府参考人"),
    ]}
WELFARE = {
    "issueID": "121514260X00220230302", "session": 211, "nameOfHouse": "参議院", "nameOfMeeting": "厚生労働委員会",
    "issue": "第2号", "date": "2023-03-02",
    "speechRecord": [  # out of order on purpose: speechOrder decides
        speech(2, "加藤勝信", "○国務大臣（加藤勝信君）　検討いたします。", group=LDP, position="厚生労働大臣"),
        speech(1, "田中次郎", "○田中次郎君　年金の見直しについて伺います。", group=CDP),
        speech(0, "鈴木花子", "○委員長（鈴木花子君）　ただいまから委員会を開会いたします。", group=LDP,
               position="委員長"),
        speech(3, "高橋三郎", "○参考人（高橋三郎君）　制度の持続性が課題です。", position="参考人", role="参考人"),
    ]}


@pytest.fixture
def diet_run(write_input, tmp_path: Path) -> Path:
    write_input("minutes.json", json.dumps({"numberOfRecords": 2, "meetingRecord": [BUDGET, WELFARE]},
                                           ensure_ascii=False))
    out = tmp_path / "out"
    assert segment_corpus([tmp_path / "raw"], out) == []
    return out


def test_two_meetings_are_two_documents_with_their_variables(diet_run: Path) -> None:
    documents = read_table("documents", diet_run).set_index("doc_id")
    assert list(documents.index) == ["minutes_121105261X00320230201", "minutes_121514260X00220230302"]
    budget = documents.loc["minutes_121105261X00320230201"]
    assert (budget["house"], budget["meeting"], budget["issue"], budget["date"], budget["session"]) == \
        ("衆議院", "予算委員会", "第3号", "2023-02-01", "211")
    assert budget["n_turns"] == 5 and budget["status"] == "ok"
    assert documents.loc["minutes_121514260X00220230302", "house"] == "参議院"


def test_speakers_roles_and_party_are_known(diet_run: Path) -> None:
    turns = read_table("turns", diet_run)
    budget = turns[turns["doc_id"] == "minutes_121105261X00320230201"]
    assert list(zip(budget["speaker"], budget["role"], budget["party"])) == [
        ("", "narration", ""), ("根本匠", "speaker", LDP), ("山田太郎", "interviewer", CDP),
        ("岸田文雄", "interviewee", LDP), ("佐藤一郎", "interviewee", "")]
    assert list(budget["position"]) == ["", "委員長", "", "内閣総理大臣", "政府参考人"]
    assert budget.iloc[2]["speaker_yomi"] == "やまだたろう" and budget.iloc[2]["speech_order"] == "2"
    assert "role: member" in budget.iloc[2]["cue"] and "chair" in budget.iloc[1]["cue"]
    welfare = turns[turns["doc_id"] == "minutes_121514260X00220230302"]
    assert list(zip(welfare["speaker"], welfare["role"])) == [
        ("鈴木花子", "speaker"), ("田中次郎", "interviewer"), ("加藤勝信", "interviewee"), ("高橋三郎", "interviewee")]


def test_the_header_is_the_label_not_text(diet_run: Path) -> None:
    turns = read_table("turns", diet_run)
    spoken = turns[turns["role"] != "narration"]
    assert list(spoken["label"][:3]) == ["○根本委員長", "○山田委員", "○岸田内閣総理大臣"]
    assert not spoken["text"].str.startswith("○").any()
    assert spoken.iloc[2]["text"] == "お答えいたします。\n　賃上げが重要だと考えております。"
    sentences = read_table("sentences", diet_run)
    assert not sentences["text"].str.contains("○").any()
    assert "賃上げが重要だと考えております。" in set(sentences["text"])
    assert set(sentences[sentences["text"] == "総理の見解を伺います。"]["speaker"]) == {"山田太郎"}


def test_a_meeting_in_xml_gives_the_same_turns_as_in_json(write_input) -> None:
    records = "".join(
        f"<speechRecord><speechOrder>{s['speechOrder']}</speechOrder><speaker>{s['speaker']}</speaker>"
        f"<speakerGroup>{s['speakerGroup'] or ''}</speakerGroup><speakerPosition>{s['speakerPosition'] or ''}"
        f"</speakerPosition><speakerRole>{s['speakerRole'] or ''}</speakerRole><speech>{s['speech']}</speech>"
        f"</speechRecord>" for s in WELFARE["speechRecord"])
    meeting = "".join(f"<{k}>{v}</{k}>" for k, v in WELFARE.items() if k != "speechRecord")
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><data><numberOfRecords>1</numberOfRecords><records><record>'
           f"<recordData><meetingRecord>{meeting}{records}</meetingRecord></recordData></record></records></data>")
    from_xml, = read_file(write_input("welfare.xml", xml))
    from_json, = read_file(write_input("welfare.json", json.dumps({"meetingRecord": [WELFARE]}, ensure_ascii=False)))
    assert from_xml.doc_id == "welfare"  # one meeting: the file's name
    assert from_xml.text == from_json.text and from_xml.turns == from_json.turns
    assert from_xml.variables["meeting"] == "厚生労働委員会"
    turns = segment(from_xml.text, from_xml.doc_id, given=from_xml.turns).turns
    assert [t.label for t in turns] == ["○委員長（鈴木花子君）", "○田中次郎君", "○国務大臣（加藤勝信君）",
                                        "○参考人（高橋三郎君）"]


def test_speech_records_are_grouped_into_meetings(write_input) -> None:
    """`/api/speech` answers: each record carries its meeting's fields."""
    fields = {k: v for k, v in BUDGET.items() if k != "speechRecord"}
    records = [{**fields, **s} for s in BUDGET["speechRecord"][1:3]] + \
              [{**fields, "issueID": "other", "nameOfMeeting": "本会議", **s} for s in WELFARE["speechRecord"][:1]]
    sources = read_file(write_input("speeches.json", json.dumps({"speechRecord": records}, ensure_ascii=False)))
    assert [s.doc_id for s in sources] == ["speeches_121105261X00320230201", "speeches_other"]
    assert [t.speaker for t in sources[0].turns] == ["根本匠", "山田太郎"]
    assert sources[1].variables["meeting"] == "本会議"


@pytest.mark.parametrize("name, content, message", [
    ("broken.json", '{"meetingRecord": [', "not valid JSON"),
    ("other.json", '{"results": []}', "not a Diet minutes API record"),
    ("broken.xml", "<data><records>", "not well-formed XML"),
    ("empty.json", '{"meetingRecord": [{"nameOfMeeting": "予算委員会", "speechRecord": []}]}', "no utterance"),
])
def test_a_bad_answer_is_one_error_naming_the_file(write_input, tmp_path: Path, capsys: pytest.CaptureFixture,
                                                    name: str, content: str, message: str) -> None:
    write_input(name, content)
    write_input("good.txt", "山田:今日は晴れです。")
    errors = segment_corpus([tmp_path / "raw"], tmp_path / "out")
    assert len(errors) == 1 and f"{name}: {message}" in errors[0]
    assert capsys.readouterr().err.count("error: ") == 1
    assert read_table("documents", tmp_path / "out").set_index("doc_id").loc["good", "status"] == "ok"


def test_metadata_csv_adds_to_and_wins_over_a_meetings_variables(write_input, tmp_path: Path) -> None:
    write_input("budget.json", json.dumps({"meetingRecord": [BUDGET]}, ensure_ascii=False))
    write_input("talk.txt", "山田:今日は晴れです。")
    write_input("metadata.csv", "doc_id,date,topic\nbudget,,物価\ntalk,2024-05-01,天気\n")
    assert segment_corpus([tmp_path / "raw"], tmp_path / "out") == []
    documents = read_table("documents", tmp_path / "out").set_index("doc_id")
    assert list(documents.columns[-6:]) == ["house", "meeting", "issue", "date", "session", "topic"]
    assert tuple(documents.loc["budget", ["date", "topic", "house"]]) == ("2023-02-01", "物価", "衆議院")
    assert tuple(documents.loc["talk", ["date", "topic", "house"]]) == ("2024-05-01", "天気", "")


def test_records_of_an_unexpected_shape_are_an_error_not_a_crash(write_input) -> None:
    with pytest.raises(ValueError, match=r"odd\.json: not a readable \.json file"):
        read_file(write_input("odd.json", '{"meetingRecord": [{"speechRecord": ["not a record"]}]}'))
