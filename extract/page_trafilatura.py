"""trafilatura's reading of a page: its body and the metadata fields we read, no more.

`bare_extraction(with_metadata=True)` runs `trafilatura.metadata.extract_metadata` on the
parsed tree before it looks for the body. Two of its steps cost a third of a page's time
in trafilatura for nothing we keep: the categories, tags and licence (no record holds
them; 70 us a page), and the author search when the page has no byline markup at all: its
XPaths call Python's `re` for the class and id of every element (0.2 ms a page, on the
deep copy it prunes first). Here the same steps run in the same order on the same tree
(parsed by trafilatura's own `load_html`, as `bare_extraction` would), without the three
we never read, and the author search runs only where the values of the attributes it
tests hold one of its words; the body comes from `bare_extraction` on that tree with the
metadata pass off (it copies a tree it is given, so ours stays unpruned).
"""

from __future__ import annotations

import re
from contextlib import suppress
from functools import lru_cache
from typing import Any

# trafilatura's AUTHOR_XPATHS test six attributes of an element, each for equality or
# a regex search of literals, and each such test implies one of these words in the
# attribute's value: where no value of the six attributes anywhere in the page holds one
# (and there is no <rel> or <author> element, for their `rel='me'` and `//author`), their
# XPaths select nothing. Pruning only removes elements, so what they would select in the
# pruned copy is there in the whole tree. One XPath for the values and one regex over
# them cost 7 us a page, where the XPaths with their regex callbacks cost 0.1 ms even
# where they select nothing (an XPath of 25 contains() tests cost as much).
_AUTHOR_ATTRS = "//@rel|//@id|//@class|//@itemprop|//@data-testid|//@data-component"
_AUTHOR_WORDS = re.compile(
    "uthor|zuozhe|bianji|xiaobian|byl|BBL|yline|username|channel-name|submitted-by"
    "|posted-by|journalist-name|screenname|writer"
)


@lru_cache(maxsize=1)
def _author_attrs():
    """The XPath above, compiled once per process."""
    from lxml.etree import XPath

    return XPath(_AUTHOR_ATTRS, smart_strings=False)


def may_name_author(tree: Any) -> bool:
    """Whether trafilatura's author XPaths could select an element of `tree`."""
    if next(tree.iter("rel", "author"), None) is not None:
        return True
    return _AUTHOR_WORDS.search("\n".join(_author_attrs()(tree))) is not None


def page_author(tree: Any) -> str | None:
    """trafilatura's `extract_author(tree)`, skipped where it cannot find anything."""
    from trafilatura.metadata import extract_author

    if not may_name_author(tree):
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
    with suppress(Exception):  # as trafilatura: a bug in its JSON-LD reading is not fatal
        metadata = extract_meta_json(tree, metadata)
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
        site = metadata.sitename
        if site and "." not in site and not site[0].isupper():
            metadata.sitename = site.title()
    elif metadata.url:
        m = META_URL.match(metadata.url)
        if m:
            metadata.sitename = m[1]
    metadata.filedate = date_config.get("max_date")
    metadata.clean_and_trim()
    return metadata
