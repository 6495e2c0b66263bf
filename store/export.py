"""Reports for colleagues: Markdown, CSV, JSON (everything) and schema.org ClaimReview.

Article text and notes are untrusted: Markdown escapes HTML and table syntax, CSV cells
that a spreadsheet would run as a formula are neutralised (OWASP), JSON never holds NaN.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from claimdesk.store.context import ContextCache
from claimdesk.store.errors import StoreError
from claimdesk.store.records import STATUSES, Article, Claim
from claimdesk.store.stamps import now_iso
from claimdesk.store.verdict_states import VERDICT_ORDER

if TYPE_CHECKING:
    from claimdesk.store.claimstore import ClaimStore

EXPORT_FORMAT = "claimdesk-export"
EXPORT_VERSION = 1
_STATUS_ORDER = tuple(s.name for s in VERDICT_ORDER)  # the report's sections
_RATING = MappingProxyType({s.name: s.rating for s in VERDICT_ORDER if s.rating})


def export(
    store: ClaimStore, fmt: str, *, status: str | None = None, org: str | None = None
) -> str:
    """The report `fmt` (a name in EXPORT_FORMATS) of the store's claims, or of those
    with `status`; `org` is the reviewing organisation (ClaimReview's author)."""
    spec = BY_NAME.get(fmt)
    if spec is None:
        raise StoreError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    if status is not None and status not in STATUSES:
        raise StoreError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")
    return spec.writer(store, store.claims(status=status), status, org)


# ------------------------------------------------------------------ helpers
def article_label(art: Article) -> str:
    """A name for an article: its title, else its url or file, "standard input" for -."""
    if art.title:
        return art.title
    if art.path == "-" and not art.url:
        return "standard input"
    return art.url or art.path or art.id


def _article_map(store: ClaimStore) -> dict[str, Article]:
    return {a.id: a for a in store.articles()}


_MD_SPECIAL = MappingProxyType(str.maketrans({c: "\\" + c for c in "\\`*_[]|#"}))


def md_escape(text: str | None) -> str:
    """One table cell: HTML escaped, Markdown table/emphasis/link syntax escaped, one line."""
    if not text:
        return ""
    t = html.escape(text, quote=False).translate(_MD_SPECIAL)
    return " ".join(t.split())


# ------------------------------------------------------------------ Markdown
def to_markdown(store: ClaimStore, claims: list[Claim]) -> str:
    arts = _article_map(store)
    ctx = ContextCache(arts)
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article_id if c.article_id in arts else "", []).append(c)
    out = ["# Claim review", ""]
    counts: dict[str, int] = {}
    for c in claims:
        counts[c.status] = counts.get(c.status, 0) + 1
    summary = ", ".join(f"{counts[s]} {s}" for s in _STATUS_ORDER if counts.get(s))
    out.append(
        f"{len(claims)} claims in {len(by_article)} articles" + (f": {summary}" if summary else ".")
    )
    out.append("")
    order = [a for a in arts if a in by_article] + ([""] if "" in by_article else [])
    for aid in order:
        art = arts.get(aid)
        if art is None:
            out.append("## Claims no longer in any article")
        else:
            out.append(f"## {md_escape(article_label(art))}")
            meta = [md_escape(x) for x in (art.publisher, art.published, art.url) if x] + [
                f"article `{aid}`"
            ]
            out.append("")
            out.append(" · ".join(meta))
        out.append("")
        rows = by_article[aid]
        for status in _STATUS_ORDER:
            group = [c for c in rows if c.status == status]
            if not group:
                continue
            out.append(f"### {status.capitalize()} ({len(group)})")
            out.append("")
            out.append("| Kind | Claim | Speaker | Note | Reviewer | Id |")
            out.append("| --- | --- | --- | --- | --- | --- |")
            for c in group:
                text = md_escape(c.text)
                if c.kind == "number":
                    # the figure with what it counts, then the sentence stating it
                    text = f"**{md_escape(ctx.phrase(c))}**"
                    sentence = ctx.sentence(c)
                    if sentence:
                        text += f" — “{md_escape(sentence)}”"
                kind = c.kind + (" (orphaned)" if c.orphaned else "")
                out.append(
                    f"| {kind} | {text} | {md_escape(c.speaker)} | "
                    f"{md_escape(c.note)} | {md_escape(c.reviewer)} | `{c.id}` |"
                )
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ CSV
CSV_COLUMNS = (
    "id",
    "kind",
    "status",
    "text",
    "speaker",
    "value",
    "unit",
    "qualifier",
    "noun",
    "hypothetical",
    "partial",
    "article_id",
    "title",
    "publisher",
    "published",
    "url",
    "note",
    "reviewer",
    "reviewed_at",
    "orphaned",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """Numbers stay numbers; text a spreadsheet would run as a formula gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def to_csv(store: ClaimStore, claims: list[Claim]) -> str:
    arts = _article_map(store)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for c in claims:
        a = arts.get(c.article_id)
        row = claim_row(c, a)
        art = row.pop("article")
        row.update(
            article_id=art["id"],
            title=art["title"],
            publisher=art["publisher"],
            published=art["published"],
            url=a.url if a else None,
        )
        w.writerow([csv_cell(row[k]) for k in CSV_COLUMNS])
    return buf.getvalue()


# ------------------------------------------------------------------ JSON
def claim_row(c: Claim, art: Article | None) -> dict[str, Any]:
    """The jsonl/JSON shape of one claim (also used by `claimdesk list --format jsonl`)."""
    return {
        "id": c.id,
        "kind": c.kind,
        "status": c.status,
        "text": c.text,
        "speaker": c.speaker,
        "value": c.value,
        "unit": c.unit,
        "qualifier": c.qualifier,
        "noun": c.noun,
        "hypothetical": c.hypothetical,
        "partial": c.partial,
        "start": c.start,
        "end": c.end,
        "article": {
            "id": c.article_id,
            "title": art.title if art else None,
            "publisher": art.publisher if art else None,
            "published": art.published if art else None,
        },
        "note": c.note,
        "reviewer": c.reviewer,
        "reviewed_at": c.reviewed_at,
        "orphaned": c.orphaned,
    }


def to_json(store: ClaimStore, claims: list[Claim], *, all_articles: bool = True) -> str:
    arts = _article_map(store)
    wanted = {c.id for c in claims}
    article_ids = {c.article_id for c in claims}
    sources = {s.id: s for s in store.sources()}
    articles = []
    for a in store.articles():
        if not all_articles and a.id not in article_ids:
            continue
        articles.append(
            {
                "id": a.id,
                "path": a.path,
                "title": a.title,
                "publisher": a.publisher,
                "aggregator": a.aggregator,
                "published": a.published,
                "url": a.url,
                "author": a.author,
                "words": a.words,
                "ingested_at": a.ingested_at,
                "sources": [
                    {"name": s.name, "kind": s.kind, "role": s.role, "aliases": s.aliases}
                    for s in sources.values()
                    if a.id in s.article_ids
                ],
                "dates": a.dates,
                "hedges": a.hedges,
                "body": a.body,
            }
        )
    doc = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": now_iso(),
        "store": str(store.path),
        "articles": articles,
        "claims": [claim_row(c, arts.get(c.article_id)) for c in claims],
        "history": [e.to_dict() for e in store.history() if e.claim_id in wanted],
    }
    return json.dumps(doc, ensure_ascii=False, allow_nan=False, indent=1) + "\n"


# ------------------------------------------------------------------ ClaimReview
def _speaker_type(store: ClaimStore, name: str) -> str:
    for s in store.sources():
        if s.name == name or name in s.aliases:
            return "Person" if s.kind in ("person", "anonymous") else "Organization"
    return "Person"


def to_claimreview(store: ClaimStore, claims: list[Claim], *, org: str | None = None) -> str:
    """schema.org ClaimReview JSON-LD: one review per verified or disputed claim."""
    arts = _article_map(store)
    ctx = ContextCache(arts)
    reviews = []
    for c in claims:
        rating = _RATING.get(c.status)
        if rating is None:
            continue
        art = arts.get(c.article_id)
        item: dict[str, Any] = {"@type": "Claim"}
        if c.kind == "number":
            item["name"] = ctx.phrase(c)  # the figure and what it counts
        if c.speaker:
            item["author"] = {"@type": _speaker_type(store, c.speaker), "name": c.speaker}
        if art is not None:
            appearance: dict[str, Any] = {"@type": "CreativeWork"}
            if art.url:
                appearance["url"] = art.url
            if art.title:
                appearance["headline"] = art.title
            if art.publisher:
                appearance["publisher"] = {"@type": "Organization", "name": art.publisher}
            if len(appearance) > 1:  # (stdin text with no title: nothing to point at)
                item["appearance"] = appearance
            if art.published:
                item["datePublished"] = art.published
        review_rating: dict[str, Any] = {"@type": "Rating", "alternateName": rating}
        if c.note:
            review_rating["ratingExplanation"] = c.note
        review = {
            "@type": "ClaimReview",
            "identifier": c.id,
            "claimReviewed": ctx.reviewed(c),
            "reviewRating": review_rating,
            "itemReviewed": item,
            "author": {"@type": "Organization", "name": org or "claimdesk"},
        }
        if c.reviewed_at:
            review["datePublished"] = c.reviewed_at[:10]
        reviews.append(review)
    doc = {"@context": "https://schema.org", "@graph": reviews}
    return json.dumps(doc, ensure_ascii=False, allow_nan=False, indent=1) + "\n"


# ------------------------------------------------------------------ the registry
Writer = Callable[["ClaimStore", list[Claim], "str | None", "str | None"], str]
"""(store, the claims, the status they were limited to, the organisation) -> the report."""


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One report format: every dialog, CLI option and help text reads these."""

    name: str
    """The --format value and the dialog's choice id."""
    extension: str
    """The file suffix a report of this format is written with."""
    label: str
    """The format in the export dialog."""
    title: str
    """The format's short name in lists ("Markdown, CSV, ...")."""
    writer: Writer
    note: str = ""
    """What the name does not say, shown after it in the CLI's help ("JSON-LD")."""

    @property
    def named(self) -> str:
        """ "claimreview (JSON-LD)": the name, with its note when it has one."""
        return f"{self.name} ({self.note})" if self.note else self.name


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "md", ".md", "Markdown report", "Markdown", lambda st, cl, _s, _o: to_markdown(st, cl)
    ),
    ExportFormat("csv", ".csv", "CSV table", "CSV", lambda st, cl, _s, _o: to_csv(st, cl)),
    ExportFormat(
        "json",
        ".json",
        "JSON",
        "JSON",
        lambda st, cl, status, _o: to_json(st, cl, all_articles=status is None),
    ),
    ExportFormat(
        "claimreview",
        ".jsonld",
        "schema.org ClaimReview (JSON-LD)",
        "ClaimReview",
        lambda st, cl, _s, org: to_claimreview(st, cl, org=org),
        note="JSON-LD",
    ),
)
FORMATS: tuple[str, ...] = tuple(f.name for f in EXPORT_FORMATS)
BY_NAME: Mapping[str, ExportFormat] = MappingProxyType({f.name: f for f in EXPORT_FORMATS})


def format_titles() -> str:
    """ "Markdown, CSV, JSON, ClaimReview": the formats for a tooltip or a help line."""
    return ", ".join(f.title for f in EXPORT_FORMATS)
