"""A web page read with trafilatura's options built once gives what the plain call gave
(issue 18).

html_text asks trafilatura with one Extractor per process and output format "txt" (no
plain-text pass over the body, which we never read) instead of passing keywords on every
page, and runs the metadata steps it reads itself (page_trafilatura.read_page). The tree
and the metadata we read must be those of the plain call, on every page of sample_data/
and tests/fixtures/ and on invented pages with and without a URL.
"""

from __future__ import annotations

import pytest

from claimdesk.extract import html_text
from claimdesk.extract.page_trafilatura import read_page
from claimdesk.extract.sanitize import sanitize
from tests.support.paths import FIXTURES, SAMPLE_DATA
from tests.support.trafilatura_reference import fields, plain_extraction

trafilatura = pytest.importorskip("trafilatura")

_PAGES = sorted(
    p for folder in (SAMPLE_DATA, FIXTURES) for p in folder.rglob("*.htm*") if p.is_file()
)

_INVENTED = """<!doctype html><html><head><title>Ferry pier reopens - Harbor Ledger</title>
<meta property="og:site_name" content="Harbor Ledger">
<meta name="author" content="Ines Marlow">
<meta property="article:published_time" content="2025-03-04T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/category/news/">News</a></nav>
<article><h1>Ferry pier reopens after repairs</h1>
<p>The Quarry Bay ferry pier reopened on Monday after six weeks of repairs, the harbour
board said, with 14 crossings a day restored.</p>
<h2>What changed</h2>
<p>Engineers replaced 40 metres of decking, said board chair Tomas Ekdahl, who called the
work "overdue by a decade".</p>
<table><tr><th>Route</th><th>Crossings</th></tr><tr><td>Quarry Bay</td><td>14</td></tr></table>
<p>Tags: <a href="/tag/ferries/">ferries</a></p>
</article><footer><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC</a>
</footer></body></html>"""


def _html(text: str) -> str:
    return html_text._CHAR_REF.sub(html_text._char_ref, sanitize(text))


@pytest.mark.parametrize("path", _PAGES, ids=lambda p: p.name)
def test_shared_options_read_each_page_as_the_plain_call(path) -> None:
    html = _html(path.read_text(encoding="utf-8", errors="replace"))
    once = read_page(html, html_text._extractor(None))
    assert fields(once) == fields(plain_extraction(html, None))


@pytest.mark.parametrize("url", [None, "https://www.harborledger.example/2025/03/ferry-pier"])
def test_shared_options_with_and_without_a_url(url) -> None:
    html = _html(_INVENTED)
    once = read_page(html, html_text._extractor(url), url)
    plain = plain_extraction(html, url)
    assert fields(once) == fields(plain)
    assert plain.title and plain.body is not None  # the page is read at all
    # the options are shared: a page read with a URL leaves the shared ones without it
    assert html_text._extractor(None).url is None


_NO_DATE_IN_META = """<!doctype html><html><head><title>Lock gates shut for winter</title>
</head><body><article><h1>Lock gates shut for winter</h1>
<p class="meta">Published: 12 November 2025</p>
<p>The canal trust closed the Fennick lock gates on Tuesday for their winter overhaul, a
spokeswoman said, and boats will use the lower basin until March.</p>
<p>Crews will replace 16 timber paddles, said lock keeper Oda Brannock, who has worked the
gates for 22 years.</p></article></body></html>"""


def test_visible_text_built_only_when_the_metadata_gives_no_date(monkeypatch) -> None:
    """The page's visible text (for a "Published: ..." line) is read only when the page's
    own metadata has no date; the date is the same either way."""
    built: list[str] = []
    plain = html_text._visible_text

    def counted(root):
        built.append(plain(root))
        return built[-1]

    monkeypatch.setattr(html_text, "_visible_text", counted)
    dated = html_text.html_to_document(_INVENTED, "ferry.html")
    assert dated.published == "2025-03-04" and built == []
    undated = html_text.html_to_document(_NO_DATE_IN_META, "lock.html")
    assert undated.published == "2025-11-12" and len(built) == 1
    assert "Published: 12 November 2025" in built[0]
