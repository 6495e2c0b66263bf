"""trafilatura's own reading of a page, as html_text called it before its shortcuts: the
reference the HTML shortcut tests compare `page_trafilatura.read_page` with."""

from __future__ import annotations

import trafilatura
from lxml import etree


def plain_extraction(html: str, url: str | None):
    """The call html_text made before: the metadata pass inside, format "python"."""
    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def fields(result) -> tuple | None:
    """The fields a record reads from a result: the body's markup, title, author, date,
    site name and URL."""
    if result is None:
        return None
    body = None if result.body is None else etree.tostring(result.body, encoding="unicode")
    return (body, result.title, result.author, result.date, result.sitename, result.url)
