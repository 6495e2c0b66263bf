"""`claimdesk import`: load a `claimdesk export --format json` file into a store.

Articles go through ingest (same ids, same sanitising); verdicts and notes that differ
from the store's are applied as one new action in the history (never a silent overwrite
of history). A verdict is applied only when it is newer than the store's (reviewed_at):
importing an older export never reverts a later decision; those are counted as skipped,
and every verdict not applied is counted by why (same, skipped, missing, no_verdict).
Claims the export lists as orphaned are kept as orphans.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from claimdesk.store.errors import StoreError
from claimdesk.store.export import EXPORT_FORMAT, EXPORT_VERSION
from claimdesk.store.ingest import ingest_batch
from claimdesk.store.records import STATUSES, Claim

if TYPE_CHECKING:
    from claimdesk.store.claimstore import ClaimStore


def _extraction(art: dict[str, Any], claims: list[dict[str, Any]]) -> Any:
    from claimdesk.extract.record import (
        DateRef,
        Extraction,
        Hedge,
        Number,
        Quote,
        Source,
        Statement,
    )

    def pick(cls: type, d: dict[str, Any]) -> Any:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in names})

    ext = Extraction(
        path=art.get("path") or "<import>",
        words=int(art.get("words") or 0),
        title=art.get("title"),
        publisher=art.get("publisher"),
        aggregator=art.get("aggregator"),
        published=art.get("published"),
        url=art.get("url"),
        author=art.get("author"),
        body=art.get("body") or "",
        sources=[pick(Source, s) for s in art.get("sources") or []],
        dates=[pick(DateRef, d) for d in art.get("dates") or []],
        hedges=[pick(Hedge, h) for h in art.get("hedges") or []],
    )
    for c in claims:
        if c.get("orphaned"):
            continue
        kind = c.get("kind")
        if kind == "quote":
            ext.quotes.append(pick(Quote, {**c, "partial": bool(c.get("partial"))}))
        elif kind == "statement":
            ext.statements.append(pick(Statement, c))
        elif kind == "number":
            ext.numbers.append(pick(Number, {**c, "hypothetical": bool(c.get("hypothetical"))}))
    return ext


def import_export(
    store: ClaimStore, raw: bytes, *, source: str = "<import>", reviewer: str | None = None
) -> dict[str, int]:
    try:
        doc = json.loads(raw)
    except (ValueError, RecursionError):
        raise StoreError(f"{source}: not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise StoreError(f"{source}: not a claimdesk JSON export")
    if not isinstance(doc.get("version"), int) or doc["version"] > EXPORT_VERSION:
        raise StoreError(f"{source}: export version {doc.get('version')!r} is not supported")
    report = {
        "articles": 0,
        "added": 0,
        "updated": 0,
        "unchanged": 0,
        "verdicts": 0,
        "skipped": 0,
        "same": 0,
        "missing": 0,
        "no_verdict": 0,
    }
    try:
        by_article: dict[str, list[dict[str, Any]]] = {}
        for c in doc.get("claims") or []:
            by_article.setdefault(c["article"]["id"], []).append(c)
        id_map: dict[str, str] = {}
        with ingest_batch(store):
            for art in doc.get("articles") or []:
                rows = by_article.get(art["id"], [])
                res = store.ingest_extraction(_extraction(art, rows))
                if res.status == "failed":
                    raise StoreError(f"{source}: article {art['id']}: {res.error}")
                report["articles"] += 1
                report[res.status] += 1
                new_ids = {c.id for c in store.claims(article=res.article_id) if not c.orphaned}
                for c in rows:
                    if c["id"] in new_ids or c.get("orphaned"):
                        id_map[c["id"]] = c["id"]
                    if c.get("orphaned"):
                        store.adopt_orphan(_orphan(c, res.article_id))
        states = []
        for c in doc.get("claims") or []:
            cid = id_map.get(c["id"])
            status = c.get("status") or "unreviewed"
            theirs = _when(c.get("reviewed_at"))
            if theirs is None or status not in STATUSES:
                report["no_verdict"] += 1  # nothing to apply
                continue
            try:
                mine = store.claim(cid) if cid is not None else None
            except StoreError:
                mine = None
            if mine is None:
                report["missing"] += 1
                continue
            if (mine.status, mine.note) == (status, c.get("note") or ""):
                report["same"] += 1
                continue
            ours = _when(mine.reviewed_at) if mine.reviewed_at else None
            if mine.reviewed_at and (ours is None or ours >= theirs):
                report["skipped"] += 1  # the store's verdict is as new or newer: it stays
                continue
            states.append((cid, status, c.get("note") or ""))
        report["verdicts"] = len(store.apply_states(states, reviewer=reviewer))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError(f"{source}: export is damaged ({type(exc).__name__}: {exc})") from None
    return report


def _when(stamp: Any) -> dt.datetime | None:
    """A verdict time (ISO UTC) as an aware datetime; None when absent or unreadable."""
    if not isinstance(stamp, str) or not stamp:
        return None
    try:
        t = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def _orphan(c: dict[str, Any], article_id: str | None) -> Claim:
    return Claim(
        id=c["id"],
        kind=c.get("kind") or "statement",
        article_id=article_id or c["article"]["id"],
        text=c.get("text") or "",
        speaker=c.get("speaker"),
        partial=c.get("partial"),
        value=c.get("value"),
        unit=c.get("unit"),
        qualifier=c.get("qualifier"),
        noun=c.get("noun"),
        hypothetical=c.get("hypothetical"),
        start=int(c.get("start") or 0),
        end=int(c.get("end") or 0),
        orphaned=True,
    )
