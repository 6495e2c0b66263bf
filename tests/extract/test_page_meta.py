"""An HTML page's headline, site name and day, read from its own markup (invented pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.extract.pipeline import extract_path

_BODY = """
<p>NARVIK FALLS — The river authority opened the lower sluice on Sunday after three days
of rain pushed the reservoir to within a metre of its crest, officials said.</p>
<p>"We would rather flood a few fields than lose the dam," said Ilka Saarinen, who heads
the authority's dam safety unit.</p>
<p>Farmers downstream said they had been given less than an hour's warning.</p>
"""


def page(tmp_path: Path, head: str, body_top: str = "", name: str = "page.html") -> dict:
    html = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
        f"<article>{body_top}{_BODY}</article></body></html>"
    )
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    ex = extract_path(str(path))
    return {"title": ex.title, "publisher": ex.publisher, "published": ex.published}


def test_site_name_after_a_separator_goes_when_it_is_the_og_site_name(tmp_path):
    got = page(
        tmp_path,
        "<title>Sluice opened as reservoir nears crest | River Courier</title>"
        "<meta property='og:title' "
        "content='Sluice opened as reservoir nears crest | River Courier'>"
        "<meta property='og:site_name' content='River Courier'>",
    )
    assert got["title"] == "Sluice opened as reservoir nears crest"
    assert got["publisher"] == "River Courier"


def test_site_name_before_a_separator_goes_when_it_is_the_domain(tmp_path):
    got = page(
        tmp_path,
        "<title>Falls Daily – Sluice opened as reservoir nears crest</title>"
        "<meta property='og:title' content='Falls Daily – Sluice opened as reservoir nears crest'>"
        "<meta property='og:url' content='https://www.fallsdaily.example/2025/sluice'>",
    )
    assert got["title"] == "Sluice opened as reservoir nears crest"
    assert got["publisher"] == "Falls Daily"


def test_a_separator_inside_a_headline_stays(tmp_path):
    got = page(
        tmp_path,
        "<title>Sluice opened - farmers given an hour's warning</title>"
        "<meta property='og:site_name' content='River Courier'>",
    )
    assert got["title"] == "Sluice opened - farmers given an hour's warning"


def test_fuller_headline_beats_a_shortened_social_title(tmp_path):
    got = page(
        tmp_path,
        "<title>Sluice opened</title><meta property='og:title' content='Sluice opened'>",
        "<h1>Sluice opened as reservoir nears crest after three days of rain</h1>",
    )
    assert got["title"] == "Sluice opened as reservoir nears crest after three days of rain"


def test_an_unrelated_h1_does_not_replace_the_title(tmp_path):
    got = page(
        tmp_path,
        "<title>Sluice opened as reservoir nears crest</title>",
        "<h1>River Courier</h1>",
    )
    assert got["title"] == "Sluice opened as reservoir nears crest"


@pytest.mark.parametrize(
    ("ld", "want"),
    [
        # datePublished over dateModified and article:modified_time
        (
            '"datePublished": "2025-02-03T10:00:00+01:00", "dateModified": "2025-02-06T08:00:00Z"',
            "2025-02-03",
        ),
        # the page's local day, not the UTC one (23:40 in UTC-5 is the next day in UTC)
        ('"datePublished": "2025-02-03T23:40:00-05:00"', "2025-02-03"),
    ],
)
def test_json_ld_date_published_is_the_day(tmp_path, ld, want):
    head = (
        "<title>Sluice opened as reservoir nears crest</title>"
        "<meta property='article:modified_time' content='2025-02-06T08:00:00+00:00'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "Sluice opened as reservoir nears crest", {ld}}}</script>'
    )
    assert page(tmp_path, head)["published"] == want


@pytest.mark.parametrize("label", ["Published:", "Written:", "Posted:"])
def test_visible_published_line_dates_the_page(tmp_path, label):
    got = page(
        tmp_path,
        "<title>Sluice opened as reservoir nears crest</title>",
        f"<p class='meta'>{label} 9 February 2025 · By Ari Koski</p>",
    )
    assert got["published"] == "2025-02-09"
