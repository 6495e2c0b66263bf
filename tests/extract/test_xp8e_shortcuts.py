"""trafilatura's metadata steps run by page_trafilatura give what bare_extraction gave
(issue 18, round 11, xp8e).

read_page runs the steps of trafilatura's extract_metadata that we read, on trafilatura's
own parse, and asks for the author only where may_name_author says the author XPaths
could select an element. Here the long way is kept: bare_extraction with the metadata
pass on, and trafilatura's extract_author on every page. Invented pages with bylines in
every attribute trafilatura looks at, near misses, comments, tables and entity
references must read the same both ways.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimdesk.extract import html_text, page_trafilatura, reading
from claimdesk.extract import sanitize as sanitize_module
from claimdesk.extract.sanitize import sanitize

trafilatura = pytest.importorskip("trafilatura")
from trafilatura.metadata import extract_author  # noqa: E402
from trafilatura.utils import load_html  # noqa: E402

from tests.support.trafilatura_reference import fields, plain_extraction  # noqa: E402

# Attribute values from trafilatura's author XPaths, in their other cases and cut short,
# and near misses that none of them selects.
_CLASSES = (
    "author", "Author", "author-name", "authorname", "AuthorName", "authorName", "byline",
    "Byline", "story-byline", "byl", "BBL", "username", "channel-name", "zuozhe", "bianji",
    "xiaobian", "submitted-by", "posted-by", "journalist-name", "screenname", "writer",
    "post-writer", "autor", "by-line", "user", "channel", "posted", "comments", "title",
    "date", "sidebar", "quote", "meta-date", "print", "lede", "",
)  # fmt: skip
_IDS = ("author", "Author", "zuozhe", "bianji", "xiaobian", "page-author", "comments", "main")
_ITEMPROPS = ("author", "author name", "name", "creator")
_TESTIDS = ("AuthorCard", "AuthorURL", "Card", "authorcard")
_COMPONENTS = ("Byline", "StoryByline", "Figure", "Caption")
_RELS = ("author", "me", "nofollow")
_TAGS = ("a", "address", "div", "link", "p", "span", "strong", "h3", "h4", "section", "em")
_NAMES = (
    "Ines Marlow",
    "Ines &amp;amp; Pell  Marlow",
    "By Tomas Ekdahl",
    "Oda Brannock and Pell Arkwright",
    "staff",
    "",
)
_TITLES = (
    "<title>Ferry pier reopens - Harbor Ledger</title>",
    "<title>Pier &amp;amp; ferry\t reopen   | Harbor Ledger</title>",
    "",
)
_SITES = ("Harbor Ledger", "harbor ledger", "@harborledger", "harborledger.example", " ")
_PARAGRAPHS = (
    "The Quarry Bay ferry pier reopened on Monday after six weeks of repairs, the harbour"
    " board said, with 14 crossings a day restored.",
    "Engineers replaced 40 metres of decking, said board chair Tomas Ekdahl, who called the"
    ' work "overdue by a decade" &amp; promised &#8220;no more delays&#8221;.',
    "Crews will replace 16 timber paddles, said lock keeper Oda Brannock, who has worked"
    " the gates for 22 years &mdash; longer than anyone.",
)


def _byline(rng: random.Random) -> str:
    """One element with a few of the attributes trafilatura's author XPaths test."""
    attrs = []
    for name, values in (
        ("class", _CLASSES),
        ("id", _IDS),
        ("itemprop", _ITEMPROPS),
        ("data-testid", _TESTIDS),
        ("data-component", _COMPONENTS),
        ("rel", _RELS),
    ):
        if rng.random() < 0.3:
            attrs.append(f'{name}="{rng.choice(values)}"')
    tag = rng.choice(_TAGS)
    inner = rng.choice(_NAMES)
    if rng.random() < 0.1:
        inner = f"<rel>{rng.choice(('me', 'm<time>x</time>e'))}</rel>{inner}"
    if rng.random() < 0.05:
        return f"<author>{inner}</author>"
    return f"<{tag} {' '.join(attrs)}>{inner}</{tag}>"


def _page(rng: random.Random) -> str:
    head = [rng.choice(_TITLES)]
    if rng.random() < 0.5:
        site = rng.choice(_SITES)
        head.append(f'<meta property="og:site_name" content="{site}">')
    if rng.random() < 0.3:
        head.append(f'<meta name="author" content="{rng.choice(_NAMES)}">')
    if rng.random() < 0.5:
        head.append('<meta property="article:published_time" content="2025-03-04T09:00:00Z">')
    if rng.random() < 0.3:
        head.append('<link rel="canonical" href="https://www.harborledger.example/2025/pier">')
    if rng.random() < 0.2:
        head.append(
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline":'
            ' "Ferry pier reopens after repairs", "author": {"name": "Pell Arkwright"}}'
            "</script>"
        )
    body = ['<nav><a href="/">Home</a> <a href="/category/news/">News</a></nav><article>']
    body.append("<h1>Ferry pier reopens after repairs</h1>")
    for _ in range(rng.choice((0, 0, 0, 1, 2, 4))):
        body.append(_byline(rng))
    for text in rng.sample(_PARAGRAPHS, rng.randint(1, 3)):
        body.append(f"<p>{text}</p>")
        if rng.random() < 0.2:
            body.append("<!-- a comment -->" + _byline(rng))
    if rng.random() < 0.3:
        body.append("<table><tr><th>Route</th><th>Crossings</th></tr>")
        body.append("<tr><td>Quarry Bay</td><td>14</td></tr></table>")
    if rng.random() < 0.2:
        body.append('<div class="comments"><p>Great news! <span class="author">Anon Y</span>')
    body.append("</article><footer>")
    if rng.random() < 0.3:
        body.append(_byline(rng))
    body.append("</footer>")
    return f"<!doctype html><html><head>{''.join(head)}</head><body>{''.join(body)}</body></html>"


_RANDOM_PAGES = [_page(random.Random(seed)) for seed in range(400)]


def test_the_pre_check_never_skips_an_author_trafilatura_finds() -> None:
    """Where extract_author finds a name, may_name_author says it may; page_author gives
    what extract_author gives on every page. Enough of the pages have an author, and
    enough have none, for both answers to be tested."""
    found = skipped = 0
    for html in _RANDOM_PAGES:
        tree = load_html(html)
        author = extract_author(tree)
        may = page_trafilatura.may_name_author(tree)
        assert may or author is None, html
        assert page_trafilatura.page_author(tree) == author, html
        found += author is not None
        skipped += not may
    assert found > 100 and skipped > 30


@pytest.mark.parametrize(
    "element",
    [
        '<span class="xyzauthor">Ines Marlow</span>',
        '<div class="story-byline">Ines Marlow</div>',
        '<p class="BBL">Ines Marlow</p>',
        '<span class="byl">Ines Marlow</span>',
        '<span class="post-writer">Ines Marlow</span>',
        '<span class="screenname">Ines Marlow</span>',
        '<h4 class="journalist-name">Ines Marlow</h4>',
        '<span class="submitted-by">Ines Marlow</span>',
        '<span class="posted-by">Ines Marlow</span>',
        '<span class="channel-name">Ines Marlow</span>',
        '<span class="username">Ines Marlow</span>',
        '<span id="zuozhe">Ines Marlow</span>',
        '<span id="bianji">Ines Marlow</span>',
        '<span class="xiaobian">Ines Marlow</span>',
        '<span itemprop="author">Ines Marlow</span>',
        '<div data-testid="AuthorCard">Ines Marlow</div>',
        '<div data-component="Byline">Ines Marlow</div>',
        '<a rel="author" href="/ines">Ines Marlow</a>',
        "<span><rel>me</rel>Ines Marlow</span>",
        "<author>Ines Marlow</author>",
    ],
)
def test_each_kind_of_byline_is_looked_for(element: str) -> None:
    """Each attribute value and element that trafilatura's author XPaths select opens the
    long way, and the author is the one trafilatura finds."""
    html = (
        "<html><head><title>Pier</title></head><body><article>"
        f"<p>{_PARAGRAPHS[0]}</p>{element}<p>{_PARAGRAPHS[2]}</p></article></body></html>"
    )
    tree = load_html(html)
    author = extract_author(tree)
    assert author is not None and "Ines Marlow" in author
    assert page_trafilatura.may_name_author(tree)
    assert page_trafilatura.page_author(tree) == author


@pytest.mark.parametrize("url", [None, "https://www.harborledger.example/2025/03/ferry-pier"])
def test_read_page_gives_what_bare_extraction_gave(url) -> None:
    """The body and the six metadata fields we read, on every invented page."""
    authors = 0
    for html in _RANDOM_PAGES[:150]:
        html = html_text._CHAR_REF.sub(html_text._char_ref, sanitize(html))
        once = page_trafilatura.read_page(html, html_text._extractor(url), url)
        plain = plain_extraction(html, url)
        assert fields(once) == fields(plain), html
        authors += plain is not None and plain.author is not None
    assert authors > 30


@pytest.mark.parametrize(
    "html",
    [
        "",
        "plain words, no markup at all",
        "<p>one paragraph</p>",
        "<html><body></body></html>",
        "<html><head><title>Only a title</title></head></html>",
    ],
)
def test_read_page_gives_none_where_bare_extraction_did(html: str) -> None:
    assert fields(page_trafilatura.read_page(html, html_text._extractor(None))) == fields(
        plain_extraction(html, None)
    )


def test_no_author_search_on_a_page_without_byline_markup(monkeypatch) -> None:
    """The author XPaths (0.1-0.2 ms a page) run only where a byline may be; the
    categories, tags and licence (read by nobody) are not looked for at all."""
    import trafilatura.metadata as meta

    calls: list[str] = []
    for name in ("extract_author", "extract_catstags", "extract_license"):
        real = getattr(meta, name)

        def counted(*args, _real=real, _name=name, **kw):
            calls.append(_name)
            return _real(*args, **kw)

        monkeypatch.setattr(meta, name, counted)
    page = _PARAGRAPHS[0]
    bare = f"<html><head><title>Pier</title></head><body><p>{page}</p></body></html>"
    assert page_trafilatura.read_page(bare, html_text._extractor(None)) is not None
    assert calls == []
    signed = bare.replace("</p>", '</p><p class="byline">Ines Marlow</p>')
    assert page_trafilatura.read_page(signed, html_text._extractor(None)).author == "Ines Marlow"
    assert calls == ["extract_author"]


def test_the_fields_are_trimmed_as_trafilatura_trims_them() -> None:
    """A 12,500-character og:title is cut at 10,000 and an entity left in a site name is
    unescaped, as extract_metadata's last step does."""
    long = "Quay " * 2500
    html = (
        f'<html><head><meta property="og:title" content="{long}">'
        '<meta property="og:site_name" content="Tide &amp;amp; Ledger"></head>'
        f"<body><article><p>{_PARAGRAPHS[0]}</p><p>{_PARAGRAPHS[2]}</p></article></body></html>"
    )
    once = page_trafilatura.read_page(html, html_text._extractor(None))
    plain = plain_extraction(html, None)
    assert fields(once) == fields(plain)
    assert len(once.title) == 10_000 and once.sitename == "Tide & Ledger"


# --- sanitize: which characters a non-ASCII text holds that any step acts on


def _sanitize_long_way(text: str) -> str:
    """sanitize() with no pre-check: every step on every text."""
    if not text:
        return ""
    text = sanitize_module._ESCAPE_SEQ.sub("", text)
    text = sanitize_module._LINE_BREAKS.sub("\n", text)
    text = sanitize_module._CONTROLS.sub("", text)
    text = sanitize_module._JOINERS.sub(lambda m: sanitize_module._joiner(text, m.start()), text)
    return sanitize_module._SPACES.sub(" ", text)


def _salad(rng: random.Random) -> str:
    acted = [chr(c) for c in range(0x3000 + 1) if sanitize_module._ANY.match(chr(c))]
    pool = (
        [chr(c) for c in range(32, 127)] * 3
        + acted
        + ["\t", "\n", "é", "’", "“", "—", "ẞ", "中", "😀", "\U0001f3f3", "\ud800", "\udfff"]
    )
    return "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))


def test_sanitize_finds_what_any_step_acts_on_in_non_ascii_text() -> None:
    """_unkept keeps every character _ANY can match (the characters acted on are each
    tried alone and beside text), and sanitize answers as the long way does."""
    acted = [chr(c) for c in range(0x110000) if sanitize_module._ANY.match(chr(c))]
    for ch in acted:
        for text in (ch, "’" + ch, f"caf\u00e9 {ch} bar", "😀" + ch + "x", "é" * 60 + ch):
            assert sanitize_module._ANY.search(sanitize_module._unkept(text)), repr(text)
            assert sanitize(text) == _sanitize_long_way(text), repr(text)
    rng = random.Random(7)
    for _ in range(3000):
        text = _salad(rng)
        found = sanitize_module._ANY.search(sanitize_module._unkept(text)) is not None
        assert found == (sanitize_module._ANY.search(text) is not None), repr(text)
        assert sanitize(text) == _sanitize_long_way(text), repr(text)
    clean = "The pier’s “new” deck — 40 metres, café 😀\tand\nmore"
    assert sanitize_module._unkept(clean) == "’“”—é😀" and sanitize(clean) is clean


# --- reading: the pre-checks before the BOMs, signatures and the HTML sniff


_SPACES = [chr(c) for c in range(0x3001) if chr(c).isspace()] + ["\u3000"]
_HEADS = (
    "<!doctype html><html><head>",
    "<html lang=en>",
    "<?xml version='1.0'?><html>",
    "<body><p>",
    "<article>",
    "<p>not a page",
    "Ferry pier <html> reopens",
    "x<body>",
    "<",
    "",
)


def test_the_html_sniff_of_a_text_file_answers_as_looks_like_html() -> None:
    """reading._looks_like_html answers False without looks_like_html only where that
    would too: texts opening on every kind of white space, before and past the 2,048th
    character, then a head that is or is not a page's."""
    rng = random.Random(11)
    cases = []
    for head in _HEADS:
        for lead in (0, 1, 5, 2040, 2047, 2048, 2049, 3000):
            spaces = "".join(rng.choice(_SPACES) for _ in range(lead))
            cases.append(spaces + head + " <head> words")
    cases += ["".join(rng.choice(_SPACES + list("<ab ")) for _ in range(30)) for _ in range(500)]
    pages = 0
    for text in cases:
        expected = html_text.looks_like_html(text)
        assert reading._looks_like_html(text) == expected, repr(text[:60])
        pages += expected
    assert pages > 20


def _decode_long_way(data: bytes) -> tuple[str, str] | str:
    """The BOMs and signatures tried on every input, as decode did."""
    for bom, codec in reading._BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec
            except UnicodeDecodeError:
                return f"x: not valid {codec.upper()} text"
    for magic, what in reading._MAGIC:
        if data.startswith(magic):
            return f"x: binary file ({what}), not text"
    if b"\x00" in data[: reading._SNIFF]:
        return "x: binary file (NUL bytes), not text"
    return data.decode("utf-8"), "utf-8"


def test_decode_still_knows_every_bom_and_signature() -> None:
    payloads = [b"Pier reopens", "Pier reopens".encode("utf-16-le"), b"\x00", b"\x00\x00", b""]
    signatures = [b for b, _ in reading._BOMS] + [m for m, _ in reading._MAGIC] + [b"", b"<"]
    for sig in signatures:
        for payload in payloads:
            data = sig + payload
            try:
                got: tuple[str, str] | str = reading.decode(data, "x")
            except Exception as exc:  # the message is what is compared
                got = str(exc)
            try:
                want = _decode_long_way(data)
            except UnicodeDecodeError:
                continue  # not text at all: the later steps decide, as before
            assert got == want, data


# --- the invented pages of xp8e_pages/ (also given to benchmarks.same_output as FILEs)

_PAGES = sorted((Path(__file__).parent / "xp8e_pages").glob("*.html"))


@pytest.mark.parametrize("path", _PAGES, ids=lambda p: p.name)
def test_each_invented_page_reads_as_bare_extraction_read_it(path: Path) -> None:
    html = reading.decode(path.read_bytes(), path.name)[0]
    html = html_text._CHAR_REF.sub(html_text._char_ref, sanitize(html))
    once = page_trafilatura.read_page(html, html_text._extractor(None))
    assert fields(once) == fields(plain_extraction(html, None))


@pytest.mark.parametrize(
    "data", [b"", b" ", b" \t\r\n\x0b\x0c", b"\n" * 5000, b"\x1c\x1d", b"\xc2\xa0", b" x ", b"\x00"]
)
def test_an_empty_file_is_what_strip_leaves_nothing_of(data: bytes) -> None:
    """load_bytes calls a file empty exactly where `data.strip()` is empty (white space of
    str, not bytes: b"\\x1c" and a no-break space are not empty)."""
    try:
        reading.load_bytes(data, "x.txt")
        said = ""
    except reading.ExtractError as exc:
        said = str(exc)
    assert (said == "x.txt: empty file") == (not data.strip())


@pytest.mark.parametrize("body", ["", " ", "\u2003\n\u3000", "\x1c", "word", " word "])
def test_no_text_left_is_what_strip_leaves_nothing_of(body: str, monkeypatch) -> None:
    def cleaned(text, path, **kw):
        doc = real(text, path, **kw)
        doc.body = body
        return doc

    real = reading.clean_text
    monkeypatch.setattr(reading, "clean_text", cleaned)
    try:
        reading.load_bytes(b"Pier reopens on Monday.", "x.txt")
        said = ""
    except reading.ExtractError as exc:
        said = str(exc)
    assert (said == "x.txt: no text left after cleaning") == (not body.strip())
