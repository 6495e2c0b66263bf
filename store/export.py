"""Reports for colleagues: Markdown, CSV, JSON (everything) and schema.org ClaimReview.

Article text and notes are untrusted: Markdown escapes HTML and Markdown syntax, CSV cells
that a spreadsheet would run as a formula are neutralised (OWASP), JSON never holds NaN,
ClaimReview is safe inside a <script> element (store/claimreview.py). Reports are shared:
they never name a local file (an article without a title is called by its url or id).
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from claimdesk.store.claimreview import ReviewOptions, to_claimreview
from claimdesk.store.context import ContextCache
from claimdesk.store.errors import StoreError
from claimdesk.store.paths import check_output
from claimdesk.store.records import STATUSES, Article, Claim, SourceRow
from claimdesk.store.stamps import now_iso
from claimdesk.store.storage import atomic_write
from claimdesk.store.verdict_states import VERDICT_ORDER

if TYPE_CHECKING:
    from claimdesk.store.claimstore import ClaimStore

EXPORT_FORMAT = "claimdesk-export"
EXPORT_VERSION = 1
_STATUS_ORDER = tuple(s.name for s in VERDICT_ORDER)  # the report's sections


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What a report is limited to and, for ClaimReview, who publishes it where."""

    status: str | None = None
    """Only the claims with this status (None: every claim)."""
    org: str | None = None
    """The reviewing organisation (ClaimReview's author; required for ClaimReview)."""
    org_url: str | None = None
    """The organisation's home page (ClaimReview's author.url)."""
    review_url: str | None = None
    """The page hosting the reviews, or a template with {id} (ClaimReview's url)."""

    def review(self) -> ReviewOptions:
        return ReviewOptions(self.org or "", self.org_url, self.review_url)


def export(
    store: ClaimStore,
    fmt: str,
    *,
    status: str | None = None,
    org: str | None = None,
    org_url: str | None = None,
    review_url: str | None = None,
) -> str:
    """The report `fmt` (a name in EXPORT_FORMATS) of the store's claims, or of those
    with `status`; `org`, `org_url`, `review_url`: see ExportOptions."""
    spec = BY_NAME.get(fmt)
    if spec is None:
        raise StoreError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    if status is not None and status not in STATUSES:
        raise StoreError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")
    opts = ExportOptions(status, org, org_url, review_url)
    if spec.name == "claimreview":
        opts.review().check()  # (before reading every claim)
    return spec.writer(store, store.claims(status=status), opts)


def write_report(
    store: ClaimStore, fmt: str, target: str | os.PathLike[str], **options: str | None
) -> Path:
    """Write the report to `target` atomically (a temporary file beside it, fsynced,
    then renamed over it: a reader never sees half a report), never over a store's own
    files (store/paths.py `check_output`). `options` as for `export`. StoreError (one
    line) when it cannot."""
    path = Path(target).expanduser()
    check_output(path, store.path)
    if not path.parent.is_dir():
        raise StoreError(f"cannot write {path}: no folder {path.parent}")
    text = export(store, fmt, **options)
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as exc:
        raise StoreError(f"cannot write {path} ({exc.strerror or exc})") from None
    return path


# ------------------------------------------------------------------ helpers
def article_label(art: Article) -> str:
    """A name for an article: its title, else its url or file, "standard input" for -."""
    if art.title:
        return art.title
    if art.path == "-" and not art.url:
        return "standard input"
    return art.url or art.path or art.id


def report_label(art: Article) -> str:
    """An article's name in a shared report: its title, else its url, else its id (never
    the local file it was read from)."""
    return art.title or art.url or f"Untitled article {art.id[:10]}"


def _article_map(store: ClaimStore) -> dict[str, Article]:
    return {a.id: a for a in store.articles()}


_MD_SPECIAL = MappingProxyType(str.maketrans({c: "\\" + c for c in "\\`*_[]|#~$"}))


def md_escape(text: str | None) -> str:
    """One table cell: HTML escaped, Markdown table/emphasis/strikethrough/link/math
    syntax escaped (every ASCII punctuation may be backslash-escaped), one line."""
    if not text:
        return ""
    t = html.escape(text, quote=False).translate(_MD_SPECIAL)
    return " ".join(t.split())


def md_lines(text: str | None) -> str:
    """A table cell that keeps the text's line breaks (a note's paragraphs) as <br>: a
    table row is one line, and the HTML of the text itself is escaped."""
    if not text:
        return ""
    return "<br>".join(md_escape(line) for line in text.strip().splitlines())


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
            out.append(f"## {md_escape(report_label(art))}")
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
                    f"{md_lines(c.note)} | {md_escape(c.reviewer)} | `{c.id}` |"
                )
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ CSV
CSV_COLUMNS = (
    "id",
    "kind",
    "status",
    "text",
    "sentence",
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
_FORMULA_START = frozenset("=+-@\t\r\n")
BOM = "\ufeff"
"""Opens a CSV report: without it spreadsheets read UTF-8 as their local code page."""


def csv_cell(value: Any) -> Any:
    """Numbers stay numbers; text a spreadsheet would run as a formula gets a leading '.

    A spreadsheet skips leading spaces, line breaks and invisible characters and reads a
    full-width ＝ as =, so the first character that counts is the one looked at."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text[:1] in _FORMULA_START or _first_visible(text) in _FORMULA_START:
        return "'" + text
    return text


def _first_visible(text: str) -> str:
    """The first character that is not white space, a control or a format character,
    in its compatibility form (full-width ＝ is =)."""
    for ch in text:
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp"):
            continue
        return unicodedata.normalize("NFKC", ch)[:1]
    return ""


def to_csv(store: ClaimStore, claims: list[Claim]) -> str:
    arts = _article_map(store)
    ctx = ContextCache(arts)
    buf = io.StringIO()
    buf.write(BOM)
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
            sentence=ctx.sentence(c),  # (a figure's row says what it counts and who said it)
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
        "note_by": c.note_by,
        "note_at": c.note_at,
        "contested_with": list(c.contested_with) if c.contested_with else None,
        "orphaned": c.orphaned,
    }


def to_json(store: ClaimStore, claims: list[Claim], *, all_articles: bool = True) -> str:
    arts = _article_map(store)
    wanted = {c.id for c in claims}
    article_ids = {c.article_id for c in claims}
    # each article's sources in the order of the store's rows: one pass over the rows'
    # articles, not every row's list searched for every article (quadratic at 1M claims)
    sources_of: dict[str, list[SourceRow]] = {}
    for s in {s.id: s for s in store.sources()}.values():
        for aid in dict.fromkeys(s.article_ids):
            sources_of.setdefault(aid, []).append(s)
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
                    for s in sources_of.get(a.id, ())
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


# ------------------------------------------------------------------ the registry
Writer = Callable[["ClaimStore", list[Claim], ExportOptions], str]
"""(store, the claims, the options they were chosen with) -> the report."""


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
    scope: str
    """What the report holds, in the export dialog."""
    note: str = ""
    """What the name does not say, shown after it in the CLI's help ("JSON-LD")."""

    @property
    def named(self) -> str:
        """ "claimreview (JSON-LD)": the name, with its note when it has one."""
        return f"{self.name} ({self.note})" if self.note else self.name


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "md",
        ".md",
        "Markdown report",
        "Markdown",
        lambda st, cl, _o: to_markdown(st, cl),
        "Every claim in the store, grouped by article and verdict",
    ),
    ExportFormat(
        "csv",
        ".csv",
        "CSV table",
        "CSV",
        lambda st, cl, _o: to_csv(st, cl),
        "Every claim in the store, one row each with its sentence",
    ),
    ExportFormat(
        "json",
        ".json",
        "JSON",
        "JSON",
        lambda st, cl, o: to_json(st, cl, all_articles=o.status is None),
        "Everything: articles, claims, notes and history (`claimdesk import` reads it)",
    ),
    ExportFormat(
        "claimreview",
        ".jsonld",
        "schema.org ClaimReview (JSON-LD)",
        "ClaimReview",
        lambda st, cl, o: to_claimreview(st, cl, o.review()),
        "Only verified and disputed claims, one review each, signed by your organisation",
        note="JSON-LD",
    ),
)
FORMATS: tuple[str, ...] = tuple(f.name for f in EXPORT_FORMATS)
BY_NAME: Mapping[str, ExportFormat] = MappingProxyType({f.name: f for f in EXPORT_FORMATS})


def format_titles() -> str:
    """ "Markdown, CSV, JSON, ClaimReview": the formats for a tooltip or a help line."""
    return ", ".join(f.title for f in EXPORT_FORMATS)
