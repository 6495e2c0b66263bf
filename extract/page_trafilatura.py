"""trafilatura's reading of a page: its body and the metadata fields we read, no more.

`bare_extraction(with_metadata=True)` runs `trafilatura.metadata.extract_metadata` on the
parsed tree before it looks for the body. Two of its steps cost a third of a page's time
in trafilatura for nothing we keep: the categories, tags and licence (no record holds
them; 70 us a page), and the author search when the page has no byline markup at all: its
XPaths call Python's `re` for the class and id of every element (0.2 ms a page, on the
deep copy it prunes first). Here the same steps run in the same order on the same tree
(parsed by trafilatura's own `load_html`, as `bare_extraction` would), without the three
we never read, and the author search runs only where an XPath without regex callbacks
finds an element that it could match; the body comes from `bare_extraction` on that tree
with the metadata pass off (it copies a tree it is given, so ours stays unpruned).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Every element trafilatura's AUTHOR_XPATHS can select, and more: each attribute test of
# theirs (equality or a regex search) implies one of these contains() on the same
# attribute; their `rel='me'` (a child <rel> whose text is "me") and `//author` are
# answered by any <rel> or <author> element. Pruning only removes elements, so an element
# their XPaths select in the pruned copy is one this selects in the whole tree.
_AUTHOR_MAYBE = (
    "//*[@rel='author' or contains(@itemprop, 'author')"
    " or @data-testid='AuthorCard' or @data-testid='AuthorURL'"
    " or contains(@data-component, 'Byline')"
    " or contains(@id, 'uthor') or contains(@id, 'zuozhe') or contains(@id, 'bianji')"
    " or contains(@id, 'xiaobian')"
    " or contains(@class, 'uthor') or contains(@class, 'byl') or contains(@class, 'BBL')"
    " or contains(@class, 'yline') or contains(@class, 'username')"
    " or contains(@class, 'channel-name') or contains(@class, 'zuozhe')"
    " or contains(@class, 'bianji') or contains(@class, 'xiaobian')"
    " or contains(@class, 'submitted-by') or contains(@class, 'posted-by')"
    " or contains(@class, 'journalist-name') or contains(@class, 'screenname')"
    " or contains(@class, 'writer')]"
    "|//rel|//author"
)


@lru_cache(maxsize=1)
def _author_maybe():
    """The XPath above, compiled once per process."""
    from lxml.etree import XPath

    return XPath(_AUTHOR_MAYBE)


def page_author(tree: Any) -> str | None:
    """trafilatura's `extract_author(tree)`, skipped where it cannot find anything."""
    from trafilatura.metadata import extract_author

    if not _author_maybe()(tree):
        return None
    return extract_author(tree)


def read_page(html: str, options: Any, url: str | None = None) -> Any:
    """What `bare_extraction(html, options=options)` gives with `options.with_metadata`
    set, for its fields body, title, author, url, sitename and date (categories, tags and
    licence left empty); `options` must have the metadata pass off. None where
    trafilatura finds no article, as `bare_extraction` answers."""
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)  # as bare_extraction: a str is not decoded or cut
        if tree is None:
            return None
        meta = _metadata(tree, url, options.date_params)
    except (TypeError, ValueError):  # where bare_extraction gives up and answers None
        return None
    result = trafilatura.bare_extraction(tree, options=options)
    if result is None:
        return None
    meta.body = result.body
    return meta


def _metadata(tree: Any, default_url: str | None, date_params: dict) -> Any:
    """`trafilatura.metadata.extract_metadata(tree, default_url, date_params)` with no
    author blacklist, step for step, less the categories, tags and licence."""
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_domain,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    date_config = {**date_params}
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # as trafilatura: a bug in its JSON-LD reading is not fatal
        pass
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.author:
        metadata.author = page_author(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, default_url)
    if metadata.url:
        metadata.hostname = extract_domain(metadata.url, fast=True)
    date_config["url"] = metadata.url
    metadata.date = find_date(tree, **date_config)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        m = META_URL.match(metadata.url)
        if m:
            metadata.sitename = m[1]
    metadata.filedate = date_config.get("max_date")
    metadata.clean_and_trim()
    return metadata
