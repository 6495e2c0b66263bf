"""RSS and Atom feeds read for `claimdesk watch`: what a fetched body is (a feed, a page,
or neither) and the items of a feed. Parsing only (feedparser): fetching is
store/fetch.py's, following them store/watch_pass.py's.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

FEED_TYPES = ("rss", "atom", "xml")
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class FeedError(Exception):
    """A body that is not a usable feed or page: one line naming the URL."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry: its GUID (else its link), link, title and date (ISO day, or None)."""

    guid: str
    link: str
    title: str | None
    published: str | None
    stamp: str | None  # the item's updated (else published) time as given: a change re-reads it


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    items: tuple[FeedItem, ...]


def body_kind(body: bytes, content_type: str | None) -> str:
    """ "feed", "page" or "other", from the Content-Type and, when it is vague, the bytes."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    head = body[:512].lstrip().lower()
    if any(t in ctype for t in FEED_TYPES) and "html" not in ctype:
        return "feed"
    if ctype.startswith(PAGE_TYPES):
        if ctype == "text/plain" and head.startswith((b"<?xml", b"<rss", b"<feed")):
            return "feed"
        return "page"
    if not ctype or ctype == "application/octet-stream":
        if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
            return "feed"
        if head.startswith((b"<!doctype html", b"<html")):
            return "page"
    return "other"


def parse_feed(body: bytes, url: str) -> ParsedFeed:
    """The feed's title and items; FeedError on malformed XML or a feed with no entries
    that are links."""
    import feedparser  # (only `watch` needs it)

    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and exc is not None and type(exc).__name__ == "SAXParseException":
        where = f"line {exc.getLineNumber()}: " if hasattr(exc, "getLineNumber") else ""
        raise FeedError(f"{url}: malformed feed XML ({where}{exc.getMessage()})")
    if not parsed.get("version") and not parsed.entries:
        raise FeedError(f"{url}: not an RSS or Atom feed")
    items = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        guid = (entry.get("id") or "").strip() or link
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        stamp = entry.get("updated") or entry.get("published")
        items.append(
            FeedItem(
                guid=guid,
                link=link,
                title=(entry.get("title") or "").strip() or None,
                published=_iso_day(when),
                stamp=stamp.strip() if isinstance(stamp, str) else None,
            )
        )
    title = (parsed.feed.get("title") or "").strip() or None
    return ParsedFeed(title=title, items=tuple(items))


def _iso_day(when: time.struct_time | None) -> str | None:
    if when is None:
        return None
    try:
        return dt.date(when.tm_year, when.tm_mon, when.tm_mday).isoformat()
    except (ValueError, AttributeError):
        return None
