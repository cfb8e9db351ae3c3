"""Saved web pages (.html/.htm) on small hand-written pages: the main text without site furniture,
line and paragraph breaks, entities, declared charsets, and the label styles of the press
conference pages of ../shared/gold/SOURCES.md written as HTML. No model."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.adapters import read_file
from pipeline.adapters.html import decode_page, page_text
from pipeline.segment import segment, segment_corpus
from pipeline.tables import read_table

PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="{charset}"><title>大臣記者会見 | 内閣府</title>
<style>p {{ color: red; }}</style><script>var menu = "メニュー";</script></head>
<body>
<div id="header"><a href="/">内閣府ホーム</a><ul class="gnav"><li>政策</li><li>会見</li></ul></div>
<ol class="breadcrumb"><li><a href="/">ホーム</a></li><li>記者会見</li></ol>
<nav><a href="/a">大臣の部屋</a></nav>
<div id="tmp_contents">
<h1>大臣記者会見要旨</h1>
<p>平成19年2月20日（火）<br>於：記者会見室</p>
<p>（問）最初に伺います。物価の見通しについて、&nbsp;大臣の
見解をお聞かせください。</p>
<p>（答）物価は緩やかに上がっていくと考えています。&lt;注&gt;の資料をご覧ください。</p>
</div>
<aside><h2>関連リンク</h2><p>過去の会見</p></aside>
<footer><p>Copyright &copy; Cabinet Office</p></footer>
</body></html>"""


def test_the_main_text_has_no_furniture_and_keeps_its_breaks() -> None:
    assert page_text(PAGE.format(charset="utf-8")) == (
        "大臣記者会見要旨\n\n平成19年2月20日（火）\n於：記者会見室\n\n"
        "（問）最初に伺います。物価の見通しについて、 大臣の見解をお聞かせください。\n\n"
        "（答）物価は緩やかに上がっていくと考えています。<注>の資料をご覧ください。")


def test_a_page_without_a_main_element_keeps_its_body_less_furniture() -> None:
    html = ("<body><div class='menu'><a>トップ</a></div><div class='side-nav'>リンク</div>"
            "<div><p>本文の一段落目です。</p><p>二段落目です。</p><table><tr><td>記者</td><td>質問です。</td></tr>"
            "</table></div><div class='pagetop'>ページの先頭へ</div></body>")
    assert page_text(html) == "本文の一段落目です。\n\n二段落目です。\n\n記者　質問です。"


def test_an_articles_own_header_is_text_and_a_body_class_never_hides_the_page() -> None:
    html = ("<body class='side-menu-closed'><header><p>サイト名</p></header><article><header><h1>知事定例記者会見"
            "</h1><p>令和7年1月6日</p></header><p>○知事<br>本年もよろしくお願いします。</p></article></body>")
    assert page_text(html) == "知事定例記者会見\n\n令和7年1月6日\n\n○知事\n本年もよろしくお願いします。"


@pytest.mark.parametrize("charset, codec", [("Shift_JIS", "cp932"), ("EUC-JP", "euc_jp"), ("utf-8", "utf-8")])
def test_the_declared_charset_decodes_the_page(charset: str, codec: str, write_input) -> None:
    source, = read_file(write_input(f"kaiken_{codec}.html", PAGE.format(charset=charset).encode(codec)))
    assert source.encoding == codec and source.text == page_text(PAGE.format(charset=charset))
    assert [(t.speaker, t.role) for t in segment(source.text, source.doc_id).turns][-2:] == [
        ("記者", "interviewer"), ("大臣", "interviewee")]  # the answerer named by the heading


def test_an_old_style_meta_and_a_wrong_declaration_fall_back_to_detection() -> None:
    old = '<meta http-equiv="Content-Type" content="text/html; charset=x-sjis"><p>会見です。</p>'.encode("cp932")
    assert decode_page(old).encoding == "cp932"
    windows = '<meta charset="shift_jis"><p>①物価～賃金</p>'.encode("cp932")  # Windows' characters in "Shift_JIS"
    assert "①物価～賃金" in decode_page(windows).text
    wrong = '<meta charset="utf-8"><p>知事の会見です。</p>'.encode("euc_jp")
    assert decode_page(wrong).encoding == "euc_jp" and "知事の会見" in decode_page(wrong).text
    assert decode_page("<p>宣言のない会見です。</p>".encode("cp932")).encoding == "cp932"


# The label styles of the SOURCES.md pages, as those pages write them in HTML.
LABELLED_PAGES = [
    ("cao (問)/(答) inline",
     "<p>(問)予算について伺います。</p>\n<p>(答)しっかり取り組みます。</p>",
     [("記者", "interviewer"), ("回答者", "interviewee")]),
    ("mofa 【記者】/【大臣】",
     "<h3>1　冒頭発言</h3><p>【河野外務大臣】本日は二点申し上げます。</p>"
     "<h3>2　質疑応答</h3><p>【記者】北朝鮮について伺います。</p><p>【河野外務大臣】緊密に連携します。</p>",
     [("", "narration"), ("河野外務大臣", "interviewee"), ("記者", "interviewer"), ("河野外務大臣", "interviewee")]),
    ("sendai Q1/A1 on their own line",
     "<p><strong>Q1</strong></p><p>市長の見解を伺います。</p><p><strong>A1</strong></p><p>前向きに考えています。</p>",
     [("記者", "interviewer"), ("回答者", "interviewee")]),
    ("saga ○佐賀新聞/○知事 with <br>",
     "<p>○佐賀新聞<br>新年の抱負をお願いします。<br>○知事<br>挑戦の年にしたいと思います。</p>",
     [("佐賀新聞記者", "interviewer"), ("知事", "interviewee")]),
    ("kochi (名前:社名記者)/(知事) lines",
     "<div>(釜本:時事通信社記者)</div><div>知事の考えを伺います。</div><div>(知事)</div><div>検討します。</div>",
     [("釜本記者", "interviewer"), ("知事", "interviewee")]),
    ("yonago 幹事記者:/市長: in a table",
     "<table><tr><td>幹事記者:<br>今年の抱負を伺います。</td></tr><tr><td>市長:<br>元気な町にします。</td></tr></table>",
     [("幹事記者", "interviewer"), ("市長", "interviewee")]),
]


@pytest.mark.parametrize("body, expected", [(b, e) for _, b, e in LABELLED_PAGES], ids=[n for n, _, _ in LABELLED_PAGES])
def test_press_conference_labels_written_as_html(body: str, expected: list[tuple[str, str]]) -> None:
    text = page_text(f"<html><body><main>{body}</main></body></html>")
    assert [(t.speaker, t.role) for t in segment(text, "page").turns] == expected


def test_a_page_without_text_is_one_error_line_and_the_others_go_on(write_input, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture) -> None:
    write_input("good.htm", "<p>（問）質問です。</p><p>（答）答えです。</p>")
    write_input("menu_only.html", "<html><body><nav><a>トップ</a></nav><footer>著作権</footer></body></html>")
    write_input("binary.html", b'<meta charset="utf-8">\x00\x01\x02<html>')
    assert len(segment_corpus([tmp_path / "raw"], tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert "menu_only.html: no text in the page" in err and "binary.html: binary file" in err
    documents = read_table("documents", tmp_path / "out").set_index("doc_id")
    assert documents.loc["good", "n_turns"] == 2 and documents.loc["menu_only", "status"] == "error"


@pytest.mark.parametrize("page, kept", [
    # a wrapper whose class only contains a furniture word, as a whole class token it is not
    ('<body><div class="layout-with-sidebar"><p>○知事　本日は三点申し上げます。</p></div>'
     '<div class="sidebar">リンク</div></body>', "本日は三点申し上げます。"),
    ('<body><div class="l-main side-by-side"><p>○知事　本日は三点申し上げます。</p></div></body>', "本日は三点"),
    # a teaser marked as an article beside the transcript does not replace it
    ('<body><div id="contents"><p>○知事　本日は三点申し上げます。</p><p>（問）財源はどうするのですか。</p></div>'
     '<article class="card">関連記事</article></body>', "財源はどうするのですか。"),
    # the main content's own header stays, even in a div named like furniture
    ('<body><main><div class="entry-header"><h1>知事記者会見</h1></div><p>○知事　始めます。</p></main></body>',
     "知事記者会見"),
])
def test_content_wrappers_are_never_furniture(page: str, kept: str) -> None:
    assert kept in page_text(page)


def test_a_pre_closed_by_its_parent_ends_its_line_breaks() -> None:
    text = page_text("<div><pre>一行目\n二行目</div><p>次の段落は\n普通の段落です。</p>")
    assert "次の段落は普通の段落です。" in text


def test_a_latin_charset_declared_on_a_japanese_page_is_not_believed() -> None:
    raw = '<html><head><meta charset="iso-8859-1"></head><body><p>本日は三点申し上げます。</p></body></html>'
    assert page_text(decode_page(raw.encode("utf-8")).text) == "本日は三点申し上げます。"
