"""PDF minutes: tests/fixtures/minutes.pdf (printed once by headless chromium from minutes.html
beside it: three pages, a running header and a page number on each, lines wrapped mid-sentence,
one sentence running over a page break), bad PDFs (encrypted.pdf: a blank page encrypted with a
user password, written once with pypdf), and an end-to-end run over a PDF and a web page."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.adapters import read_file
from pipeline.adapters.pdf import clean_line, page_lines, running_lines
from pipeline.cli import main
from pipeline.ingest import IngestError
from pipeline.segment import segment, segment_corpus
from pipeline.tables import read_table

FIXTURES = Path(__file__).parent / "fixtures"
MINUTES = FIXTURES / "minutes.pdf"
# A PDF whose one page has no text (as a scanned page's image holds none).
NO_TEXT = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def test_pages_keep_their_lines_and_lose_the_running_header_and_page_numbers() -> None:
    pages = page_lines(MINUTES.read_bytes())
    assert len(pages) == 3 and all(lines[0] == "令和５年第３回定例会　みなと市議会会議録" for lines in pages)
    assert [lines[-1] for lines in pages] == ["－1－", "－2－", "－3－"]
    source, = read_file(MINUTES)
    assert source.encoding == "pdf" and "定例会" not in source.text and "－" not in source.text
    assert source.text.startswith("○議長（山田一郎君）　これより本日の会議を開きます。日\n程第１、")
    assert "来年\n度の予算編成" in source.text  # a sentence over the page break


def test_minutes_pdf_gives_the_turns_and_whole_sentences() -> None:
    source, = read_file(MINUTES)
    result = segment(source.text, source.doc_id)
    assert [(t.speaker, t.role) for t in result.turns] == [
        ("山田一郎", "speaker"), ("佐藤花子", "interviewer"), ("山田一郎", "speaker"), ("鈴木次郎", "interviewee"),
        ("佐藤花子", "interviewer"), ("山田一郎", "speaker"), ("鈴木次郎", "interviewee"), ("佐藤花子", "interviewer")]
    texts = [s.text for s in result.sentences]
    assert all(text.endswith(("。", "か。")) for text in texts), [t for t in texts if not t.endswith("。")]
    assert "第２子以降の無償化につきまして は、必要な財源や対象となる世帯の数を改めて精査し、来年 度の予算編成の中で" \
           "検討してまいります。" in texts
    assert len(texts) == 25


def test_running_lines_are_edge_lines_on_most_pages_digits_aside() -> None:
    pages = [["令和5年第3回定例会", *"甲乙", "市長。", *"丙丁", "－1－"],
             ["令和5年第3回定例会", *"戊己", "市長。", *"庚辛", "－2－"], ["令和5年第3回定例会", *"壬癸", "－3－"]]
    assert running_lines(pages) == {"令和#年第#回定例会", "－#－"}  # 市長。 stands inside the pages
    assert running_lines([["表題", "本文"]]) == frozenset()  # one page: nothing runs


def test_speech_at_the_edges_of_two_pages_is_no_running_line() -> None:
    # a chair's lines may stand at the top and bottom of both pages of a short PDF
    pages = [["○議長（山田太郎君）　起立多数であります。", *"甲乙丙", "本案に賛成の諸君の起立を求めます。", "議案第1号", "－1－"],
             ["○議長（山田太郎君）　起立多数であります。", *"丁戊己", "本案に賛成の諸君の起立を求めます。", "議案第2号", "－2－"]]
    assert running_lines(pages) == {"－#－"}


def test_a_pdf_that_makes_pdfminer_fail_is_this_files_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfminer.high_level

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 (pdfminer asserts on some damaged files)
        raise AssertionError
    monkeypatch.setattr(pdfminer.high_level, "extract_pages", broken)
    with pytest.raises(IngestError, match="not a readable PDF"):
        page_lines(MINUTES.read_bytes())


def test_lines_get_their_kanji_back_and_lose_the_gaps_of_justified_text() -> None:
    assert clean_line("○議⻑（⼭⽥⼀郎君）市⺠の⾒解\n") == "○議長（山田一郎君）市民の見解"
    assert clean_line("と す る た め に は 国 の 支 援 が 、 （ 平 成 十 九 年 ）") == "とするためには国の支援が、（平成十九年）"
    assert clean_line("○議長（山田一郎君） これより Q&A 2 件") == "○議長（山田一郎君） これより Q&A 2 件"


def test_bad_pdfs_are_one_error_line_each_and_the_others_go_on(write_input, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture) -> None:
    write_input("minutes.pdf", MINUTES.read_bytes())
    write_input("locked.pdf", (FIXTURES / "encrypted.pdf").read_bytes())
    write_input("scanned.pdf", NO_TEXT)
    write_input("truncated.pdf", MINUTES.read_bytes()[:4000])
    assert len(segment_corpus([tmp_path / "raw"], tmp_path / "out")) == 3
    lines = capsys.readouterr().err.splitlines()
    for name, reason in [("locked.pdf", "encrypted PDF"), ("scanned.pdf", "no text in the PDF"),
                         ("truncated.pdf", "not a readable PDF")]:
        assert sum(line.startswith("error: ") and f"{name}: {reason}" in line for line in lines) == 1, name
    documents = read_table("documents", tmp_path / "out").set_index("doc_id")
    assert documents.loc["minutes", "status"] == "ok" and documents.loc["minutes", "n_turns"] == 8


@pytest.mark.e2e
def test_a_run_over_a_pdf_and_a_web_page(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(MINUTES, raw / "minutes.pdf")
    (raw / "kaiken.html").write_bytes(
        ('<html><head><meta charset="shift_jis"></head><body><nav>ホーム</nav><main>'
         "<p>（問）給食費の無償化について伺います。</p><p>（答）国に財政措置を強く求めてまいります。</p>"
         "</main></body></html>").encode("cp932"))
    assert main(["run", str(raw), "--out", str(tmp_path / "out"), "--until", "extract"]) == 0
    turns = read_table("turns", tmp_path / "out")
    assert list(turns.groupby("doc_id").size().items()) == [("kaiken", 2), ("minutes", 8)]
    claims = read_table("claims", tmp_path / "out")
    held = set(zip(claims["doc_id"], claims["holder"]))
    assert {("minutes", "鈴木次郎"), ("minutes", "佐藤花子"), ("kaiken", "回答者")} <= held


@pytest.mark.e2e
def test_wrapped_lines_are_parsed_joined_and_keep_the_documents_offsets(tmp_path: Path) -> None:
    """Minutes from a PDF and the same kind as .txt: the parser reads each sentence without its
    joined line breaks and page numbers, so tokens are whole words (`子育て`, `導入`), a frame
    across a break (`と考えま\\nすが`) leaves the span and a claim reads joined; every offset is
    the document's."""
    import re

    from tests.test_segment import WRAPPED_MINUTES
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(MINUTES, raw / "minutes.pdf")
    (raw / "wrapped.txt").write_text(WRAPPED_MINUTES, encoding="utf-8")
    assert main(["run", str(raw), "--out", str(tmp_path / "out"), "--until", "extract"]) == 0
    texts = {"minutes": read_file(MINUTES)[0].text, "wrapped": WRAPPED_MINUTES}

    def joined(doc_id: str, start: int, end: int) -> str:
        return re.sub(r"\n(－３－\n)?", "", texts[doc_id][start:end])

    tokens = read_table("tokens", tmp_path / "out")
    spans = {(row.doc_id, row.text, texts[row.doc_id][row.start:row.end]) for row in tokens.itertuples()}
    assert {("minutes", "子育て", "子育\nて"), ("wrapped", "導入", "導\n－３－\n入"), ("wrapped", "昨年度", "昨年\n度")} <= spans
    for table in ("tokens", "entities"):
        rows = read_table(table, tmp_path / "out")
        assert all(joined(r.doc_id, r.start, r.end) == r.text for r in rows.itertuples()), table
    claims = read_table("claims", tmp_path / "out")
    assert all(joined(r.doc_id, r.start, r.end) == r.text for r in claims.itertuples())
    frames = dict(zip(claims["text"], claims["frame"]))
    assert frames["市長は、学校給食費の無償化を来年度から実施すべきだ"] == "と考えますが"
    assert frames["デマンド交通の導入を急ぐべきだ"] == "と考えます"
    # a sentence across the PDF's line breaks, read whole: a fact with its own topic, then another with its
    # own subject (two units since the continuative cut of 〜ており、 with a new が-subject)
    assert {"子育て世帯の負担は年々重くなっており", "学校給食費の無償化を求める声が多くの保護者から寄せられています"} <= set(frames)
    assert not any(text.startswith("佐藤議員の御質問にお答え") for text in frames)  # `お答えいたしま\nす`: courtesy
    sentences = read_table("sentences", tmp_path / "out")
    assert (sentences["joins"] != "").sum() > 10 and (sentences["text"].str.len() == sentences["end"] - sentences["start"]).all()
