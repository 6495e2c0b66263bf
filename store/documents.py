"""The store file's documents: how articles, claims and history entries are written to the
TinyDB tables (and the journal) and read back. Pure functions, no store state."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from operator import attrgetter
from typing import Any

from claimdesk.store.records import Article, Claim, HistoryEntry, ReviewState

CLAIM_FIELDS = (
    "id",
    "kind",
    "article_id",
    "text",
    "speaker",
    "partial",
    "value",
    "unit",
    "qualifier",
    "noun",
    "hypothetical",
    "start",
    "end",
)
CLAIM_BATCH = 10_000
_COLUMN_GETTERS = tuple((f, attrgetter(f)) for f in (*CLAIM_FIELDS, "orphaned"))


def claim_doc(c: Claim) -> dict[str, Any]:
    """One claim as a document (what an article's fingerprint is computed over)."""
    d = {f: getattr(c, f) for f in CLAIM_FIELDS}
    if c.orphaned:
        d["orphaned"] = True
    return d


def claim_batches(claims: Sequence[Claim]) -> ClaimBatches:
    """The claims table: one document per CLAIM_BATCH claims, stored by column.

    Why columns: parsing 100k small JSON objects and calling Claim(**doc) for each was
    the bulk of the open time; columns parse about 4x faster and build Claims by map().
    """
    return ClaimBatches(claims)


class ClaimBatches(Mapping[str, dict[str, Any]]):
    """The claims table, each batch's columns made only when asked for: writing a store
    then holds one batch's columns, not a column list per field of every claim (2x a
    huge article's size, issue 12 finding 9)."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims = claims

    def __len__(self) -> int:
        return -(-len(self._claims) // CLAIM_BATCH)

    def __iter__(self) -> Iterator[str]:
        return (str(n) for n in range(1, len(self) + 1))

    def __getitem__(self, key: str) -> dict[str, Any]:
        n = int(key) if isinstance(key, str) and key.isdigit() else 0
        if not 1 <= n <= len(self):
            raise KeyError(key)
        lo, hi = (n - 1) * CLAIM_BATCH, n * CLAIM_BATCH
        columns = getattr(self._claims, "columns", None)  # (claims kept by column: copied)
        if columns is not None:
            cols = columns(lo, hi)
        else:
            part = self._claims[lo:hi]
            cols = {f: list(map(get, part)) for f, get in _COLUMN_GETTERS}
        if not any(cols["orphaned"]):
            del cols["orphaned"]
        return {"columns": cols}


def claims_from_doc(doc: dict[str, Any]) -> list[Claim]:
    """A claims-table document: a column batch (see claim_batches) or one claim."""
    cols = doc.get("columns")
    if cols is None:
        return [Claim(**doc)]
    columns = [cols[f] for f in CLAIM_FIELDS]
    n = len(columns[0])
    if any(len(col) != n for col in columns):
        raise ValueError("claim columns differ in length")
    built = list(map(Claim, *columns))
    orphaned = cols.get("orphaned")
    if orphaned:
        for c, o in zip(built, orphaned, strict=True):
            if o:
                c.orphaned = True
    return built


def entry_doc(e: HistoryEntry) -> dict[str, Any]:
    return {
        "seq": e.seq,
        "action": e.action,
        "claim": e.claim_id,
        "from": e.from_status,
        "to": e.to_status,
        "from_note": e.from_note,
        "to_note": e.to_note,
        "reviewer": e.reviewer,
        "at": e.at,
        "undo_of": e.undo_of,
    }


def entry_from_doc(d: dict[str, Any]) -> HistoryEntry:
    return HistoryEntry(
        seq=int(d["seq"]),
        claim_id=str(d["claim"]),
        from_status=str(d["from"]),
        to_status=str(d["to"]),
        from_note=str(d.get("from_note") or ""),
        to_note=str(d.get("to_note") or ""),
        reviewer=str(d.get("reviewer") or "unknown"),
        at=str(d.get("at") or ""),
        undo_of=d.get("undo_of"),
        action=int(d.get("action") or 0),
    )


def article_from_doc(doc: dict[str, Any]) -> Article:
    """An articles-table document's Article (its sources, origin and hashes stay in the doc)."""
    return Article(
        id=doc["id"],
        path=doc.get("path") or "",
        title=doc.get("title"),
        publisher=doc.get("publisher"),
        aggregator=doc.get("aggregator"),
        published=doc.get("published"),
        url=doc.get("url"),
        words=int(doc.get("words") or 0),
        body=doc.get("body") or "",
        ingested_at=doc.get("ingested_at") or "",
        dates=doc.get("dates") or [],
        hedges=doc.get("hedges") or [],
        author=doc.get("author"),
    )


def article_doc(art: Article, extra: dict[str, Any]) -> dict[str, Any]:
    """An Article and what the store keeps beside it (sources, origin, body hash,
    fingerprint, update time) as one articles-table document."""
    return {
        "id": art.id,
        "path": art.path,
        "title": art.title,
        "publisher": art.publisher,
        "aggregator": art.aggregator,
        "published": art.published,
        "url": art.url,
        "author": art.author,
        "words": art.words,
        "ingested_at": art.ingested_at,
        "updated_at": extra.get("updated_at"),
        "origin": extra.get("origin"),
        "body_hash": extra.get("body_hash"),
        "fingerprint": extra.get("fingerprint"),
        "sources": extra.get("sources") or [],
        "dates": art.dates,
        "hedges": art.hedges,
        "body": art.body,
    }


INDEX_COLUMNS = ("id", "body_hash", "origin", "fingerprint", "claims", "undated")


def index_table(
    rows: list[tuple[str, dict[str, Any], list[str], int]], orphaned: list[str]
) -> dict[str, Any]:
    """What a writer that does not read the claims needs of each article (a file head's
    `index` table, store/segments.py): its id, hashes, origin, claim ids (one string,
    space-separated) and unresolved dates, by column, and the claims kept as orphans.
    Columns of strings parse several times faster than a document per article."""
    cols: dict[str, list[Any]] = {name: [] for name in INDEX_COLUMNS}
    for aid, extra, claim_ids, undated in rows:
        cols["id"].append(aid)
        cols["body_hash"].append(extra.get("body_hash"))
        cols["origin"].append(extra.get("origin"))
        cols["fingerprint"].append(extra.get("fingerprint"))
        cols["claims"].append(" ".join(claim_ids))
        cols["undated"].append(undated)
    return {"1": {"columns": cols, "orphaned": orphaned}}


def undated_count(art: Article) -> int:
    """Dates of an article left unresolved for want of a publication date."""
    if art.published:
        return 0
    return sum(1 for d in art.dates or () if not d.get("resolved"))


def verdict_doc(claim_id: str, state: ReviewState) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "claim": claim_id,
        "status": state.status,
        "note": state.note,
        "reviewer": state.reviewer,
        "at": state.at,
    }
    if state.note_by is not None:
        doc["note_by"], doc["note_at"] = state.note_by, state.note_at
    if state.contested_with is not None:
        doc["contested_with"] = list(state.contested_with)
    return doc


def verdict_from_doc(doc: dict[str, Any]) -> ReviewState:
    contested = doc.get("contested_with")
    return ReviewState(
        status=doc["status"],
        note=doc.get("note") or "",
        reviewer=doc.get("reviewer"),
        at=doc.get("at"),
        note_by=doc.get("note_by"),
        note_at=doc.get("note_at"),
        contested_with=(str(contested[0]), str(contested[1])) if contested else None,
    )
