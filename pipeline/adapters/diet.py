"""The National Diet Library's minutes API (kokkai.ndl.go.jp, `/api/meeting` or `/api/speech`)
saved as JSON or XML: one document per meeting, one turn per `speechRecord`.

Speakers come from the records, so nothing is guessed: the chair (委員長, 議長) is a plain
`speaker`, ministers, government witnesses and 参考人 answer (`interviewee`), members ask
(`interviewer`). The `○山田太郎君` header that opens each speech is the turn's label. The
meeting's house, name, issue, date and session are document variables; the speaker's group
(会派), position, reading and the speech's order are turn variables.
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.adapters.base import (
    ReadOptions,
    Source,
    Utterance,
    clean,
    structured_source,
)
from pipeline.ingest import Decoded, IngestError, decode_bytes

MEETING_VARIABLES = {"nameOfHouse": "house", "nameOfMeeting": "meeting", "issue": "issue", "date": "date",
                     "session": "session"}
SPEECH_VARIABLES = {"speakerGroup": "party", "speakerPosition": "position", "speakerYomi": "speaker_yomi",
                    "speakerRole": "speaker_role", "speechOrder": "speech_order"}
# Fields that tell meetings apart when the records are speeches (`/api/speech`).
_MEETING_KEY = ("issueID", "nameOfHouse", "nameOfMeeting", "issue", "date")
# speechOrder 0 of every meeting: attendance and agenda, not anyone's speech.
INFO_SPEAKER = "会議録情報"
_HEADER = re.compile(r"[○〇◯]\S+")
_WITNESS = re.compile(r"証人|参考人|公述人")
_CHAIR = re.compile(r"委員長|議長|会長|座長|事務総長")
_ANSWERER = re.compile(r"大臣|政務官|政府|参考人|長官|局長|総裁|総理|法制局|会計検査院|審議官|統括官|部長|公述人")


def _text(value: Any) -> str:
    return "" if value is None else clean(str(value))


def _role(speech: Mapping[str, Any]) -> tuple[str, str]:
    """The speaker's role and why, from the stated position (and role, for witnesses)."""
    position, kind = _text(speech.get("speakerPosition")), _text(speech.get("speakerRole"))
    if _WITNESS.search(kind):
        return "interviewee", f"witness ({kind})"
    if _CHAIR.search(position):
        return "speaker", f"chair ({position})"
    if _ANSWERER.search(position):
        return "interviewee", f"answers ({position})"
    return "interviewer", f"member ({position})" if position else "member"


def _utterance(speech: Mapping[str, Any]) -> Utterance:
    """One speech as a turn: the `○…` header is its label, the rest its text."""
    speaker, body = _text(speech.get("speaker")), _text(speech.get("speech"))
    if speaker == INFO_SPEAKER:
        return Utterance("", body, cue=f"Diet API: {INFO_SPEAKER}")
    header = _HEADER.match(body)
    label, text = (header.group(), body[header.end():].strip()) if header else ("", body)
    role, why = _role(speech)
    return Utterance(speaker, text, role=role, label=label, cue=f"Diet API speaker; role: {why}",
                     variables={name: _text(speech.get(key)) for key, name in SPEECH_VARIABLES.items()})


def _order(speech: Mapping[str, Any]) -> int:
    try:
        return int(_text(speech.get("speechOrder")) or 0)
    except ValueError:
        return 0


def _group_speeches(speeches: Sequence[Mapping[str, Any]], defaults: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Meetings from `/api/speech` records, which each carry their meeting's fields."""
    meetings: dict[tuple[str, ...], dict[str, Any]] = {}
    for speech in speeches:
        fields = {key: speech.get(key, defaults.get(key)) for key in (*_MEETING_KEY, *MEETING_VARIABLES)}
        meeting = meetings.setdefault(tuple(_text(fields[k]) for k in _MEETING_KEY), {**fields, "speechRecord": []})
        meeting["speechRecord"].append(speech)
    return list(meetings.values())


def _json_meetings(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict) and isinstance(data.get("meetingRecord"), list):
        return data["meetingRecord"]
    if isinstance(data, dict) and isinstance(data.get("speechRecord"), list):
        return _group_speeches(data["speechRecord"], data)
    raise IngestError("not a Diet minutes API record: no meetingRecord or speechRecord list")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _element_record(element: ET.Element) -> dict[str, Any]:
    """An XML record as the JSON one: leaf children as text, speechRecord children as a list."""
    record: dict[str, Any] = {}
    for child in element:
        if _local(child.tag) == "speechRecord":
            record.setdefault("speechRecord", []).append(_element_record(child))
        elif len(child) == 0:
            record[_local(child.tag)] = child.text or ""
    return record


def _xml_meetings(root: ET.Element) -> list[dict[str, Any]]:
    meetings = [_element_record(e) for e in root.iter() if _local(e.tag) == "meetingRecord"]
    if meetings:
        return meetings
    speeches = [_element_record(e) for e in root.iter() if _local(e.tag) == "speechRecord"]
    if not speeches:
        raise IngestError("not a Diet minutes API record: no meetingRecord or speechRecord element")
    return _group_speeches(speeches, {})


def _sources(path: Path, raw: bytes, decoded: Decoded, meetings: list[dict[str, Any]]) -> list[Source]:
    """One document per meeting: `NAME` for a file of one meeting, else `NAME_issueID`."""
    sources = []
    for number, meeting in enumerate(meetings, 1):
        doc_id = path.stem if len(meetings) == 1 else f"{path.stem}_{_text(meeting.get('issueID')) or number}"
        speeches = sorted(meeting.get("speechRecord") or [], key=_order)
        variables = {name: _text(meeting.get(key)) for key, name in MEETING_VARIABLES.items()}
        sources.append(structured_source(path, raw, decoded, map(_utterance, speeches),
                                         doc_id=doc_id, variables=variables))
    return sources


def read_json(path: Path, raw: bytes, options: ReadOptions) -> list[Source]:
    """Meetings of a saved API answer in JSON (`recordPacking=json`)."""
    decoded = decode_bytes(raw)
    try:
        data = json.loads(decoded.text)
    except json.JSONDecodeError as err:
        raise IngestError(f"not valid JSON: {err}") from err
    return _sources(path, raw, decoded, _json_meetings(data))


def read_xml(path: Path, raw: bytes, options: ReadOptions) -> list[Source]:
    """Meetings of a saved API answer in XML (the API's default packing)."""
    decoded = decode_bytes(raw)
    try:
        root = ET.fromstring(decoded.text)
    except ET.ParseError as err:
        raise IngestError(f"not well-formed XML: {err}") from err
    return _sources(path, raw, decoded, _xml_meetings(root))
