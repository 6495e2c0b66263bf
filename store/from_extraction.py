"""What the store keeps of one Extraction: its cleaned text and identity, its article
fields and sources, and its claims with stable ids, and the fingerprint over all of them.

Pure functions: the ClaimStore decides with these what changed and stores it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, is_dataclass
from dataclasses import fields as record_fields
from typing import Any, cast

from claimdesk.extract.record import Extraction, Number, Quote, Statement
from claimdesk.store.claim_columns import KIND_ORDER, ClaimColumns
from claimdesk.store.documents import claim_doc
from claimdesk.store.ids import article_id, claim_id, claim_key
from claimdesk.store.records import Claim
from claimdesk.store.sanitize import clean_any, clean_number, clean_opt, clean_str
from claimdesk.store.storage import dumps, iter_dumps

LOCAL_PATHS = frozenset({"-", "<text>", "<stdin>", ""})
"""Paths that name no place: an article read from them has no origin but its URL."""

Item = Quote | Statement | Number


@dataclass(frozen=True, slots=True)
class ArticleText:
    """An Extraction's cleaned text and where it came from: what finds its stored article."""

    path: str
    body: str
    body_hash: str
    url: str | None
    origin: str | None

    @property
    def has_text(self) -> bool:
        """Whether there is an article to store (more than white space)."""
        return bool(self.body.strip())


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """Everything the store keeps of one Extraction under the article id `aid`."""

    fields: dict[str, Any]
    sources: list[dict[str, Any]]
    claims: Sequence[Claim]  # a list, or by column (ClaimColumns) when consumed
    fingerprint: str


def article_text(ext: Extraction, origin: str | None) -> ArticleText:
    """The cleaned text and identity of an Extraction (see `has_text`).

    The origin is the file path or URL given, else the article's URL, else its path
    (unless that names no place, as "-" does)."""
    path = clean_str(str(ext.path or ""))
    body = clean_str(ext.body or "")
    url = clean_opt(ext.url)
    if origin is None:
        origin = url or (None if path in LOCAL_PATHS else path)
    return ArticleText(path, body, article_id(body), url, origin)


def prepare(
    ext: Extraction, text: ArticleText, aid: str, *, consume: bool = False
) -> PreparedArticle:
    """What the store keeps of `ext`. With `consume` the Extraction's records are taken
    off it (its lists left empty) and let go one by one as their Claims and documents
    are built: a huge article's records and its claims are then never all alive at
    once (issue 12, finding 9). Only for a caller that drops the Extraction after."""
    claims = claims_of(ext, aid, text.body, consume=consume)
    fields = {
        "title": clean_opt(ext.title),
        "publisher": clean_opt(ext.publisher),
        "aggregator": clean_opt(ext.aggregator),
        "published": clean_opt(ext.published),
        "url": text.url,
        "author": clean_opt(ext.author),
        "words": int(ext.words or 0),
        "dates": _cleaned(_take(ext, "dates", consume), consume),
        "hedges": _cleaned(_take(ext, "hedges", consume), consume),
    }
    sources = _cleaned(_take(ext, "sources", consume), consume)
    return PreparedArticle(fields, sources, claims, _fingerprint(fields, sources, text, claims))


def _fingerprint(
    fields: dict[str, Any],
    sources: list[dict[str, Any]],
    text: ArticleText,
    claims: Sequence[Claim],
) -> str:
    """The hash of `dumps([fields, sources, body, [claim docs]])`, fed a claim at a time:
    the whole JSON at once (and a dict per claim) was a 50 MB article's size twice over."""
    h = hashlib.sha256(b"[")
    for part in (fields, sources, text.body):  # (each in pieces: a long one's JSON never whole)
        for piece in iter_dumps(part):
            h.update(piece)
        h.update(b",")
    h.update(b"[")
    for i, c in enumerate(claims):
        h.update((b"," if i else b"") + dumps(claim_doc(c)))
    h.update(b"]]")
    return h.hexdigest()[:32]


def claims_of(
    ext: Extraction, aid: str, body: str, *, consume: bool = False
) -> list[Claim] | ClaimColumns:
    """The quotes, statements and numbers of an Extraction as Claims, each kind in text
    order; ids are stable hashes of what the claim is (a repeat gets the next number).
    With `consume` the records are taken off `ext` and each let go once its claim is
    made, and the claims are kept by column (ClaimColumns: a Claim object per claim of
    a huge article was more than the records it replaced)."""
    out: list[Claim] | ClaimColumns = ClaimColumns(aid) if consume else []
    seen: dict[str, int] = {}
    for kind, attr in zip(KIND_ORDER, ("quotes", "statements", "numbers"), strict=True):
        items: list[Item | None] = sorted(_take(ext, attr, consume), key=_start)
        for i, item in enumerate(items):
            if item is not None:
                c = _claim(kind, item, aid, body, seen)
                if isinstance(out, ClaimColumns):
                    out.add(c)
                    items[i] = None
                else:
                    out.append(c)
        del items
    return out


def _take(ext: Extraction, attr: str, consume: bool) -> list[Any]:
    """`ext.attr` as a list; with `consume` taken off `ext` (left an empty list there)."""
    items = getattr(ext, attr) or []
    if consume:
        setattr(ext, attr, [])
    return list(items) if not isinstance(items, list) else items


def _start(item: Item) -> int:
    return item.start or 0


def _clamp(offset: int | None, body: str) -> int:
    return max(0, min(int(offset or 0), len(body)))


def _claim(kind: str, item: Item, aid: str, body: str, seen: dict[str, int]) -> Claim:
    text = clean_str(str(item.text or ""))
    figure = cast(Number, item) if kind == "number" else None
    value = clean_number(figure.value) if figure is not None else None
    unit = clean_opt(figure.unit) if figure is not None else None
    key = claim_key(kind, text, value, unit)
    first = claim_id(aid, kind, key, 0)  # (counted by it: a short str the Claim keeps)
    n = seen.get(first, 0)
    seen[first] = n + 1
    return Claim(
        id=claim_id(aid, kind, key, n) if n else first,
        kind=kind,
        article_id=aid,
        text=text,
        speaker=clean_opt(item.speaker),
        partial=bool(cast(Quote, item).partial) if kind == "quote" else None,
        value=value,
        unit=unit,
        qualifier=clean_opt(figure.qualifier) if figure is not None else None,
        noun=clean_opt(figure.noun) if figure is not None else None,
        hypothetical=bool(figure.hypothetical) if figure is not None else None,
        start=_clamp(item.start, body),
        end=_clamp(item.end, body),
    )


def _cleaned(items: list[Any], consume: bool = False) -> list[dict[str, Any]]:
    """`clean_any(_as_dicts(items))` without the middle copy: a flat record (no record
    inside) is cleaned field by field straight into its document. With `consume` (the
    caller owns `items`) each record is let go once its document is made."""
    out: list[dict[str, Any]] = []
    for i, it in enumerate(items):
        if consume:
            items[i] = None
        if is_dataclass(it) and not isinstance(it, type):
            values = [(f.name, getattr(it, f.name)) for f in record_fields(it)]
            if not any(_has_record(v) for _, v in values):
                out.append({clean_str(name): clean_any(v) for name, v in values})
                continue
        out.extend(clean_any(_as_dicts([it])))
    return out


def _has_record(value: Any) -> bool:
    if isinstance(value, list | tuple | dict):
        inner = value.values() if isinstance(value, dict) else value
        return any(_has_record(v) for v in inner)
    return is_dataclass(value)


def _as_dicts(items: Iterable[object] | None) -> list[dict[str, Any]]:
    """Records as plain dicts: dataclasses, dicts, and duck-typed records (a
    SimpleNamespace with the same fields, as tests and benchmarks build)."""
    out = []
    for it in items or []:
        if is_dataclass(it) and not isinstance(it, type):
            out.append(asdict(it))
        elif isinstance(it, dict):
            out.append(dict(it))
        elif hasattr(it, "__dict__"):
            out.append(dict(vars(it)))
    return out
