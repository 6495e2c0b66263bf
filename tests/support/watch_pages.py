"""Invented feeds and pages for the watch tests (invented towns, people and events)."""

from __future__ import annotations

from html import escape

STORIES = (
    (
        "ferry",
        "Ferry service to Oskel island halted after storm",
        "Harbour master Ilse Varnow said on Tuesday that 14 crossings had been cancelled.",
        "“The pier needs two days of repairs,” Varnow said.",
    ),
    (
        "library",
        "Brannock library reopens with 9,000 new books",
        "Librarian Tomas Heddle said the branch had received 9,000 donated books.",
        "“Readers queued before we opened the doors,” Heddle said.",
    ),
    (
        "orchard",
        "Frost damages orchards across the Velm valley",
        "Grower Anke Rausel said about 40 percent of the blossom had been lost.",
        "“We have not seen a night this cold in May,” Rausel said.",
    ),
    (
        "bridge",
        "Kestrow bridge closes for inspection",
        "Engineer Pavel Ostrin said the span would stay shut for 11 days.",
        "“Safety comes before convenience,” Ostrin said.",
    ),
)


def page(
    slug: str,
    *,
    site: str | None = "Velm Valley Courier",
    extra: str = "",
    published: str | None = "2024-12-16T09:00:00+00:00",
) -> str:
    """An article page: its headline, outlet (og:site_name) and publication time (either
    left out when None: the page then does not say)."""
    _slug, title, lead, quote = next(s for s in STORIES if s[0] == slug)
    meta = f'<meta property="og:site_name" content="{escape(site)}">' if site else ""
    if published:
        meta += f'<meta property="article:published_time" content="{published}">'
    return (
        "<!doctype html><html><head>"
        f"<title>{escape(title)}</title>{meta}"
        f"</head><body><article><h1>{escape(title)}</h1>"
        f"<p>{escape(lead)}</p><p>{escape(quote)}</p>{extra}"
        "<p>The council will meet again next month to review the figures.</p>"
        "</article></body></html>"
    )


def rss(title: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed: items as (guid, link, pubDate)."""
    body = "".join(
        f"<item><title>{escape(g)}</title><link>{escape(link)}</link>"
        f'<guid isPermaLink="false">{escape(g)}</guid><pubDate>{d}</pubDate></item>'
        for g, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link>"
        f"<description>Invented news</description>{body}</channel></rss>"
    )


def atom(title: str, items: list[tuple[str, str, str]]) -> str:
    """An Atom feed: items as (id, link, updated)."""
    body = "".join(
        f'<entry><title>{escape(i)}</title><id>{escape(i)}</id><link href="{escape(link)}"/>'
        f"<updated>{u}</updated></entry>"
        for i, link, u in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:test:feed</id>"
        f"<updated>2024-12-16T10:00:00Z</updated>{body}</feed>"
    )
