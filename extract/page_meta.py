"""A web page's own headline, publication day and site name, read from its markup.

trafilatura gives a title and a date, but it takes a social og:title that a site has
shortened ("Ferry cut: what to know") or suffixed ("... | Harbor Ledger"), and may take a
modification date, or the UTC day of a late-evening story. The page usually says better:
its single <h1> or JSON-LD "headline", JSON-LD "datePublished" (the day as written in the
page's own offset: "2025-06-09T23:40:00-04:00" is June 9), article:published_time, or a
visible "Published:" / "Written:" line. These rules pick among them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from claimdesk.extract.lexicon import PUBLICATION_HEADS

_SEPARATORS = re.compile(r"[ \u00a0]+(?:\||-|–|—|·|::|»|/)[ \u00a0]+")
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_VISIBLE_DATE = re.compile(
    # each word opens on its capital, a literal the regex engine skips to (a leading \b
    # had it try every position of the page), then the \b as a lookbehind
    r"(?:P(?<!\w.)(?:ublished|osted|ublication date)|W(?<!\w.)ritten|F(?<!\w.)irst published)"
    r"(?: on)?[ \u00a0]*:?[ \u00a0]*"
    # a weekday may open the date ("Written: Wednesday 7 April 2027", "Posted Tue, May 4")
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \u00a0]+)?"
    r"([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|\d{4}-\d{2}-\d{2})"
)
_MAX_JSONLD = 200_000  # characters of one JSON-LD script that are parsed
_WORD = re.compile(r"\w+")
_VISIBLE_WINDOW = 20_000  # characters of page text searched for a "Published:" line


@dataclass(slots=True)
class PageMeta:
    """What the markup says about the article, each None when it does not say."""

    site_names: list[str] = field(default_factory=list)
    domain: str | None = None  # "coastaltimes" for https://www.coastaltimes.example/...
    title_tag: str | None = None
    headline: str | None = None  # JSON-LD headline, else the only <h1>
    published: str | None = None  # ISO day, the page's local date
    visible_date: str | None = None  # ISO day of a "Published: ..." line


def read_page_meta(root, url: str | None = None) -> PageMeta:
    """Read a parsed page (an lxml tree) for its headline, dates and site names."""
    meta = PageMeta()
    props: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        content = el.get("content")
        if key and content and key not in props:
            props[key] = content.strip()
    for key in ("og:site_name", "application-name"):
        if props.get(key):
            meta.site_names.append(props[key])
    link = next((el.get("href") for el in root.iter("link") if el.get("rel") == "canonical"), None)
    meta.domain = _domain(props.get("og:url") or link or url)
    title_el = next(root.iter("title"), None)
    if title_el is not None and title_el.text:
        meta.title_tag = " ".join(title_el.text.split())
    ld = _json_ld(root)
    headline = _first_str(ld, "headline")
    publisher = ld.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        meta.site_names.append(publisher["name"])
    h1s = [" ".join("".join(h.itertext()).split()) for h in root.iter("h1")]
    h1s = [h for h in h1s if h]
    meta.headline = headline or (h1s[0] if len(h1s) == 1 else None)
    for value in (
        _first_str(ld, "datePublished"),
        props.get("article:published_time"),
        props.get("datepublished"),
        props.get("date"),
        props.get("pubdate"),
        props.get("publish-date"),
    ):
        m = _ISO_DAY.match(value or "")
        if m:
            meta.published = m.group(1)
            break
    return meta


def visible_date(text: str) -> str | None:
    """The ISO day of a visible "Published: 7 March 2025" / "Written: April 24, 2025"."""
    m = _VISIBLE_DATE.search(text[:_VISIBLE_WINDOW])
    if m is None:
        return None
    from dateutil import parser

    try:
        return parser.parse(m.group(1)).date().isoformat()
    except (ValueError, OverflowError):
        return None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p and p != "www"]
    return parts[0] if len(parts) >= 2 else None


def _json_ld(root) -> dict:
    """The first JSON-LD object that describes an article (or the first one at all)."""
    found: list[dict] = []
    for el in root.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text[:_MAX_JSONLD])
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if isinstance(item, dict):
                graph = item.get("@graph")
                found.extend(g for g in graph if isinstance(g, dict)) if isinstance(
                    graph, list
                ) else found.append(item)
    for item in found:
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
            return item
    return found[0] if found else {}


def _first_str(d: dict, key: str) -> str | None:
    value = d.get(key)
    if isinstance(value, list):
        value = value[0] if value else None
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _squash(text: str) -> str:
    words = _WORD.findall(text.lower())
    if words and words[0] == "the":
        words = words[1:]
    return "".join(words)


def _names_site(part: str, meta: PageMeta) -> bool:
    """Whether a piece of a title is the site's name: og:site_name or the publisher, the
    domain ("Coastal Times" / coastaltimes.example), or a short outlet-like name."""
    key = _squash(part)
    if not key:
        return False
    if any(key == _squash(s) for s in meta.site_names):
        return True
    if meta.domain and key == meta.domain.replace("-", "").lower():
        return True
    words = part.split()
    return (
        1 < len(words) <= 4
        and words[-1] in PUBLICATION_HEADS
        and all(w[:1].isupper() for w in words)
    )


def _is_site(part: str, meta: PageMeta, other: str) -> bool:
    """Whether one side of a separated title is the site's name, not the headline."""
    if _names_site(part, meta):
        return True
    # the other side is the page's own headline
    return bool(meta.headline) and _squash(other) == _squash(meta.headline) and len(part) < 40


def strip_site_name(title: str, meta: PageMeta) -> tuple[str, str | None]:
    """The title without a site name before or after a separator, and that name:
    "Council delays vote | Harbor Ledger" -> ("Council delays vote", "Harbor Ledger")."""
    seps = list(_SEPARATORS.finditer(title))
    if not seps:
        return title, None
    head, last = title[: seps[-1].start()], title[seps[-1].end() :]
    first, rest = title[: seps[0].start()], title[seps[0].end() :]
    if _is_site(last, meta, head):
        return head.strip(), last.strip()
    if _is_site(first, meta, rest):
        return rest.strip(), first.strip()
    return title, None


def _overlap(short: str, long: str) -> bool:
    a, b = set(_WORD.findall(short.lower())), set(_WORD.findall(long.lower()))
    return bool(a) and len(a & b) / len(a) >= 0.6


def best_title(found: str | None, meta: PageMeta) -> tuple[str | None, str | None]:
    """The page's headline and the site name cut off it: the title trafilatura found
    without a site name, or the page's own headline when that is a fuller version."""
    tag_title, tag_site = (None, None)
    if meta.title_tag:
        tag_title, tag_site = strip_site_name(meta.title_tag, meta)
    title, site = strip_site_name(found, meta) if found else (None, None)
    if title and tag_title and _names_site(title, meta) and not _names_site(tag_title, meta):
        title = tag_title  # the "title" found was the site's logo in an <h1>
    elif title and tag_title and tag_site is None and _cut_short(title, tag_title):
        title = tag_title  # "Sluice opened - farmers given an hour's warning" is one headline
    if meta.headline and not _names_site(meta.headline, meta):
        headline, cut = strip_site_name(meta.headline, meta)
        site = site or cut
        if not title or (
            _squash(headline) != _squash(title)
            and len(headline) > len(title)
            and _overlap(title, headline)
        ):
            title = headline  # a shortened social title: the page's headline is fuller
    return title or tag_title, site or tag_site


def _cut_short(title: str, tag_title: str) -> bool:
    """Whether `title` is the first part of `tag_title` cut at a separator, the rest
    being more headline (lower-case, or long), not a site's name."""
    if not tag_title.startswith(title) or len(tag_title) == len(title):
        return False
    m = _SEPARATORS.match(tag_title, len(title))
    if m is None:
        return False
    rest = tag_title[m.end() :].split()
    return bool(rest) and (rest[0][:1].islower() or len(rest) > 5)
