"""Reading documents: encodings, formats, metadata, and refusals (library level)."""

import codecs

import pytest

from claimdesk.extract.document import ExtractError
from claimdesk.extract.markdown_text import markdown_to_text
from claimdesk.extract.reading import decode, load, load_bytes
from claimdesk.extract.sanitize import sanitize

ARTICLE = (
    "Ferry Service Restored After Storm\n\n"
    "The ferry between Carrow and Tessel Island resumed on Friday, the operator said.\n\n"
    "About 300 passengers crossed on the first day, according to harbour staff.\n"
)


def body_paragraphs(doc):
    return [doc.body[s:e] for s, e in doc.paragraphs]


def test_utf8_text_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    doc = load(str(p))
    assert doc.title == "Ferry Service Restored After Storm"
    assert doc.encoding == "utf-8"
    assert doc.format == "text"
    assert body_paragraphs(doc)[0].startswith("The ferry between Carrow")


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_bom_encodings(bom, codec):
    doc = load_bytes(bom + ARTICLE.encode(codec), "a.txt")
    assert doc.title == "Ferry Service Restored After Storm"
    assert "\ufeff" not in doc.body
    assert "About 300 passengers" in doc.body


def test_cp1252_short_text_is_read_as_windows_1252():
    text, enc = decode(b"caf\xe9 \x93quoted\x94 \x96 40\x80", "x")
    assert text == "café “quoted” – 40€"
    assert enc == "cp1252"


def test_cyrillic_legacy_encoding_is_detected():
    raw = ("Пожар в порту Вельмора потушен, сообщили пожарные. " * 4).encode("cp1251")
    text, _ = decode(raw, "x")
    assert "Пожар в порту" in text


def test_html_meta_charset_is_used():
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Caf\xe9 Reopens</title></head><body>'
        "<article><p>The caf\xe9 on Mill Street reopened on Monday after a fire that closed "
        "it for six weeks, the owner said.</p></article></body></html>"
    ).encode("latin-1")
    doc = load_bytes(html, "page.html")
    assert "café on Mill Street" in doc.body
    assert doc.encoding == "cp1252"


def test_content_type_makes_html_and_gives_charset():
    html = (
        "<html><head><title>Tram Line Opens</title></head><body><article>"
        "<p>The new tram line through Dunmere opened on Saturday, carrying 4,000 riders "
        "on its first day, the city transport office said.</p></article></body></html>"
    ).encode("utf-16-le")
    doc = load_bytes(
        codecs.BOM_UTF16_LE + html, "https://news.example/tram", content_type="text/html"
    )
    assert doc.format == "html"
    assert doc.title == "Tram Line Opens"
    assert doc.url == "https://news.example/tram"


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Bridge Closed After Cracks Found | The Lakeside Courier</title>
<meta property="og:site_name" content="The Lakeside Courier">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2025-03-03T10:00:00Z">
<link rel="canonical" href="https://courier.example/bridge">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge Closed After Cracks Found</h1>
<p>Engineers found cracks in the main span of the Old Harbour Bridge on Tuesday,
according to a city official&#x1b;]52;c;aGk=&#x7; who asked not to be named.</p>
<h2>Why it matters</h2>
<p>The bridge carries 40,000 vehicles a day, the council said.
&ldquo;We will not take chances,&rdquo; Transport Commissioner Dana Whitlock told
reporters.</p>
<p>Repairs could cost $4.5 million and take at least 12 days, she said.</p>
</article><footer>Copyright 2025</footer></body></html>"""


def test_html_article_and_metadata():
    doc = load_bytes(HTML.encode(), "bridge.html")
    assert doc.format == "html"
    assert doc.title == "Bridge Closed After Cracks Found"
    assert doc.publisher == "The Lakeside Courier"
    assert doc.author == "Ana Ruiz"
    assert doc.published == "2025-03-03"
    assert doc.url == "https://courier.example/bridge"
    paras = body_paragraphs(doc)
    assert paras[0].startswith("Engineers found cracks")
    assert "Home" not in doc.body
    assert [doc.body[s:e] for s, e in doc.headings] == ["Why it matters"]
    assert "\x1b" not in doc.body and "\x07" not in doc.body


def test_html_is_sniffed_without_extension():
    doc = load_bytes(HTML.encode(), "saved-page.txt")
    assert doc.format == "html"


def test_html_without_article_is_an_error():
    html = b"<html><head><title>Home</title></head><body><nav>Home</nav></body></html>"
    with pytest.raises(ExtractError, match=r"page\.html: no article text"):
        load_bytes(html, "page.html")


def test_deeply_nested_html_is_a_one_line_error_or_text():
    html = "<html><body>" + "<div>" * 5000 + "<p>Deep.</p>" + "</div>" * 5000 + "</body></html>"
    try:
        doc = load_bytes(html.encode(), "deep.html")
    except ExtractError as exc:
        assert "deep.html" in str(exc) and "\n" not in str(exc)
    else:
        assert doc.body


MARKDOWN = """---
title: Harbour Wall Repairs Approved
date: 2025-04-02
author: Ina Berg
---

Intro paragraph with **bold**, *italic*, `code` and a [link to the report](https://x.example/r "R").

## What happens next

- The council will vote on *Friday*.
- Work starts in May, said \\*not emphasis\\*.

> “We are ready,” said engineer Tom Reyes.

![a photo](https://x.example/p.jpg)
[ref]: https://x.example
"""


def test_markdown_is_stripped_and_headings_kept():
    doc = load_bytes(MARKDOWN.encode(), "wall.md")
    assert doc.format == "markdown"
    assert doc.title == "Harbour Wall Repairs Approved"
    assert doc.published == "2025-04-02"
    assert doc.author == "Ina Berg"
    paras = body_paragraphs(doc)
    assert paras[0] == "Intro paragraph with bold, italic, code and a link to the report."
    assert "What happens next" in [doc.body[s:e] for s, e in doc.headings]
    assert "The council will vote on Friday." in paras
    assert "Work starts in May, said *not emphasis*." in paras
    assert "“We are ready,” said engineer Tom Reyes." in paras
    for junk in ("#", "**", "](", "![", "[ref]", "---", "> "):
        assert junk not in doc.body


def test_markdown_atx_title_and_setext_heading():
    md = markdown_to_text("# Big News\n\nBody text here.\n\nSub Part\n--------\n\nMore text.")
    assert md.headings == ["Big News", "Sub Part"]
    assert "#" not in md.text and "---" not in md.text


def test_sanitize_removes_controls_escapes_and_bidi():
    raw = "a\x1b]52;c;SGk=\x07b\x1b[31mred\x1b[0m\u202eevil\u2066x\u2069\x85y\x00\x7f\x9b\ttab"
    out = sanitize(raw)
    assert out == "abredevilx\ny\ttab"
    for ch in "\x1b\x07\u202e\u2066\u2069\x00\x7f\x9b":
        assert ch not in out


def test_sanitize_strips_8bit_sequences_whole_and_invisible_marks():
    assert sanitize("red \x9b31malert\x9b0m ends") == "red alert ends"
    assert sanitize("a\x9d52;c;SGk=\x07b") == "ab"  # 8-bit OSC with its payload
    assert sanitize("stray \x9dbyte keeps the line") == "stray byte keeps the line"
    assert sanitize("300\u200e users\u200f, 12\u200d boats") == "300 users, 12 boats"
    # joiners inside Persian words and emoji sequences shape them: they stay
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645"
    assert sanitize(persian) == persian
    assert sanitize("\U0001f469\u200d\U0001f4bb") == "\U0001f469\u200d\U0001f4bb"


def test_metadata_is_sanitized():
    html = HTML.replace("<title>Bridge", "<title>&#x202e;Bridge&#x1b;[2J\u2066").encode()
    doc = load_bytes(html, "bridge.html")
    assert doc.title is not None and "Bridge" in doc.title
    assert doc.title.isprintable() and "\u202e" not in doc.title and "\u2066" not in doc.title


def test_size_cap_and_empty():
    with pytest.raises(ExtractError, match="size cap of 10 bytes"):
        load_bytes(b"x" * 11, "big.txt", max_bytes=10)
    with pytest.raises(ExtractError, match="empty"):
        load_bytes(b"  \n", "blank.txt")


def test_binary_refused():
    with pytest.raises(ExtractError, match="binary"):
        load_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.png")
    with pytest.raises(ExtractError, match="binary"):
        load_bytes(b"abc\x00def" * 10, "x.bin")


def test_directory_and_missing(tmp_path):
    with pytest.raises(ExtractError, match="is a directory"):
        load(str(tmp_path))
    with pytest.raises(ExtractError, match="no such file"):
        load(str(tmp_path / "missing.txt"))


def test_markdown_soft_line_breaks_stay_in_one_paragraph():
    md = (
        "# Pier Repairs Begin\n\nWork on the old pier began on Monday\nand will take "
        "about six weeks,\nthe council said.\n\nA second paragraph.\n"
    )
    doc = load_bytes(md.encode(), "pier.md")
    assert body_paragraphs(doc) == [
        "Work on the old pier began on Monday and will take about six weeks, the council said.",
        "A second paragraph.",
    ]


def test_utf8_with_a_stray_byte_stays_utf8():
    raw = "“Café” opens, said the owner. ".encode() * 5 + b"bad \xe9 byte."
    text, enc = decode(raw, "x")
    assert enc == "utf-8"
    assert text.startswith("“Café” opens")
    assert "\ufffd" in text


def test_http_header_charset_wins_over_guessing():
    raw = "Порт закрыт, сказал он.".encode("cp1251")
    doc = load_bytes(raw, "https://news.example/a", content_type="text/plain; charset=windows-1251")
    assert doc.body == "Порт закрыт, сказал он."
    assert doc.format == "text"


def test_http_equiv_meta_charset():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Pier Opens</title></head><body><article><p>The \x93new\x94 pier in Carrow "
        "opened on Sunday after two years of work, the harbour office said.</p></article>"
        "</body></html>"
    ).encode("latin-1")
    doc = load_bytes(html, "pier.htm")
    assert "The “new” pier in Carrow" in doc.body


def test_plain_text_named_html_is_read_as_text():
    doc = load_bytes(ARTICLE.encode(), "saved.html")
    assert doc.format == "text"
    assert doc.title == "Ferry Service Restored After Storm"


def test_html_data_table_rows_reach_the_body():
    html = b"""<html><head><title>Results</title></head><body><article>
    <h1>Results</h1>
    <p>Final results published on Tuesday confirmed the winner of the mayoral election
    in the city, the election commission said in a statement to reporters.</p>
    <table><caption>Final results</caption>
    <thead><tr><th>Candidate</th><th>Votes</th><th>Share</th></tr></thead>
    <tbody><tr><td>Ana Ruiz</td><td>212,480</td><td>50.9%</td></tr>
    <tr><td>Piotr Hale</td><td>161,975</td><td>38.9%</td></tr></tbody></table>
    <p>Turnout was lower than the figure announced on election night, officials said.</p>
    </article></body></html>"""
    doc = load_bytes(html, "r.html")
    assert "Ana Ruiz; Votes: 212,480; Share: 50.9%" in doc.body
    assert "Piotr Hale; Votes: 161,975; Share: 38.9%" in doc.body
