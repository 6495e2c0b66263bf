"""schema.org ClaimReview JSON-LD, as a publisher pastes it into a page.

Google's fact-check markup asks for: the page hosting the review (`url`), the reviewing
organisation (`author`, never this tool), a short `claimReviewed` (under 75 characters),
a rating with its scale, where the claim appeared (`appearance` with a url), and the date
of the review. The text is pasted inside `<script type="application/ld+json">`, so `<`,
`>` and `&` are written as JSON escapes: a note holding `</script>` cannot end the tag.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from claimdesk.store.context import ContextCache
from claimdesk.store.errors import StoreError
from claimdesk.store.records import Article, Claim
from claimdesk.store.verdict_states import BY_NAME, RATING_BEST, RATING_WORST

if TYPE_CHECKING:
    from claimdesk.store.claimstore import ClaimStore

REVIEWED_MAX = 74
"""Longest `claimReviewed`: Google asks for fewer than 75 characters."""
ID_FIELD = "{id}"
"""In a review URL template, replaced by the claim's id."""
_SCRIPT_UNSAFE = MappingProxyType(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)
_SCRIPT_UNSAFE_RE = re.compile("[<>&\u2028\u2029]")
_APOSTROPHES = MappingProxyType(str.maketrans(dict.fromkeys("’‘ʼ′`´", "'")))


@dataclass(frozen=True, slots=True)
class ReviewOptions:
    """Who publishes the reviews and where."""

    org: str
    """The reviewing organisation: every review's author."""
    org_url: str | None = None
    """The organisation's home page (author.url)."""
    review_url: str | None = None
    """The page hosting the reviews, or a template holding {id} (one page per claim)."""

    def check(self) -> None:
        """StoreError (one line) for a missing organisation or a URL that is not http(s)."""
        if not self.org.strip():
            raise StoreError(
                "a ClaimReview names the reviewing organisation as its author: "
                "give your organisation (--org NAME)"
            )
        for what, url in (
            ("the organisation's URL (--org-url)", self.org_url),
            ("the review URL (--review-url)", self.review_url),
        ):
            if url is not None and not is_web_url(url.replace(ID_FIELD, "x")):
                raise StoreError(f"{what} {url!r} is not an http(s) URL")

    def url_of(self, claim_id: str) -> str | None:
        """The page hosting the review of one claim."""
        if not self.review_url:
            return None
        return self.review_url.replace(ID_FIELD, claim_id)


def is_web_url(url: str) -> bool:
    """An absolute http(s) URL with a host (what a publisher's page address must be)."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in url


def script_safe(text: str) -> str:
    """JSON text that can sit inside an HTML <script> element: <, >, & (and the two line
    separators JavaScript once refused) as \\u escapes, which every JSON reader decodes."""
    return _SCRIPT_UNSAFE_RE.sub(lambda m: _SCRIPT_UNSAFE[m[0]], text)


def name_key(name: str) -> str:
    """A speaker's name for matching: apostrophes, case and spacing do not count."""
    folded = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    return " ".join(folded.split())


def cut(text: str, limit: int = REVIEWED_MAX) -> str:
    """`text` on one line, cut at a word to at most `limit` characters (with "…")."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:") + "…"


def around(text: str, part: str, limit: int = REVIEWED_MAX) -> str:
    """A window of at most `limit` characters of `text` around `part`, cut at words."""
    text = " ".join(text.split())
    part = " ".join(part.split())
    if len(text) <= limit:
        return text
    i = text.find(part)
    if i < 0 or len(part) >= limit - 2:
        return cut(part or text, limit)
    j = i + len(part)
    room = limit - 2  # (an ellipsis each side)
    spare = room - len(part)
    a = max(0, i - spare // 2)
    b = min(len(text), j + spare - (i - a))
    a = max(0, b - room)
    if a > 0:
        sp = text.find(" ", a, i)
        a = sp + 1 if sp != -1 else a
    if b < len(text):
        sp = text.rfind(" ", j, b)
        b = sp if sp != -1 else b
    return ("…" if a > 0 else "") + text[a:b] + ("…" if b < len(text) else "")


def claim_reviewed(claim: Claim, ctx: ContextCache) -> str:
    """What the review reviews, short: a figure with what it counts (in its sentence when
    room allows), a partial quote in its sentence (a bare fragment says nothing), other
    claims as they are, each under REVIEWED_MAX characters."""
    if claim.kind == "number" or claim.partial:
        focus = ctx.phrase(claim) if claim.kind == "number" else claim.text
        sentence = ctx.sentence(claim)
        if sentence:
            return around(sentence, focus)
        return cut(focus if claim.kind == "number" else f"“{focus}”")
    return cut(claim.text)


def verdict_dates(store: ClaimStore) -> dict[str, str]:
    """Claim id -> the day of the latest history entry that changed its status: the
    review is dated by its verdict, not by a later edit of its note."""
    out: dict[str, str] = {}
    for e in store.history():
        if e.from_status != e.to_status:
            out[e.claim_id] = e.at[:10]
    return out


def _speaker_types(store: ClaimStore) -> dict[str, str]:
    """name_key(name or alias) -> "Person" or "Organization"."""
    out: dict[str, str] = {}
    for s in store.sources():
        kind = "Person" if s.kind in ("person", "anonymous") else "Organization"
        for name in (s.name, *s.aliases):
            out.setdefault(name_key(name), kind)
    return out


def to_claimreview(store: ClaimStore, claims: list[Claim], opts: ReviewOptions) -> str:
    """One ClaimReview per verified or disputed claim that its article still holds
    (orphaned claims are left out: the article no longer contains them)."""
    opts.check()
    arts: dict[str, Article] = {a.id: a for a in store.articles()}
    ctx = ContextCache(arts)
    types = _speaker_types(store)
    dates = verdict_dates(store)
    author: dict[str, Any] = {"@type": "Organization", "name": opts.org.strip()}
    if opts.org_url:
        author["url"] = opts.org_url
    reviews = []
    for c in claims:
        state = BY_NAME.get(c.status)
        art = arts.get(c.article_id)
        if state is None or state.rating is None or c.orphaned or art is None:
            continue
        item: dict[str, Any] = {"@type": "Claim"}
        if c.kind == "number":
            item["name"] = ctx.phrase(c)  # the figure and what it counts
        if c.speaker:
            kind = types.get(name_key(c.speaker), "Person")
            item["author"] = {"@type": kind, "name": c.speaker}
        if art.url:  # (an appearance is where the claim can be read: without a url, none)
            appearance: dict[str, Any] = {"@type": "CreativeWork", "url": art.url}
            if art.title:
                appearance["headline"] = art.title
            if art.publisher:
                appearance["publisher"] = {"@type": "Organization", "name": art.publisher}
            item["appearance"] = appearance
        if art.published:
            item["datePublished"] = art.published
        rating: dict[str, Any] = {
            "@type": "Rating",
            "ratingValue": state.rating_value,
            "bestRating": RATING_BEST,
            "worstRating": RATING_WORST,
            "alternateName": state.rating,
        }
        if c.note:
            rating["ratingExplanation"] = c.note
        review: dict[str, Any] = {"@type": "ClaimReview", "identifier": c.id}
        url = opts.url_of(c.id)
        if url:
            review["url"] = url
        review.update(
            claimReviewed=claim_reviewed(c, ctx),
            reviewRating=rating,
            itemReviewed=item,
            author=author,
        )
        day = dates.get(c.id) or (c.reviewed_at or "")[:10]
        if day:
            review["datePublished"] = day
        reviews.append(review)
    doc = {"@context": "https://schema.org", "@graph": reviews}
    return script_safe(json.dumps(doc, ensure_ascii=False, allow_nan=False, indent=1)) + "\n"
