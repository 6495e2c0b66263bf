"""Server-side pages of a PostgreSQL desk's claims: keyset pagination in ingest order,
with the status filter and the search done by the server on its indexes.

What a dashboard at a million claims asks for instead of holding every claim: the first
rows, the rows after the last one shown (`after`: the last row's `ord`, never an OFFSET
that grows with the scroll), one status, one kind, and the search (`/`: a substring of the
claim's text, its speaker or its note, case-insensitive; one trigram index, migration 0003).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimdesk.store.errors import StoreError
from claimdesk.store.pg_rows import CLAIM_COLUMNS, claim_from_row
from claimdesk.store.records import KINDS, STATUSES, Claim

PAGE = 100

# what `/` searches: the claim's text, its speaker and its note, as one expression, written
# exactly as migration 0003's trigram index `claims_search_trgm` is (so the index serves it)
# how many claims (by ord) a search walks before it asks the trigram index for the rest
WINDOW = 10_000
MAX_WALK = 60_000
SEARCHED = "(c.text || E'\\n' || coalesce(c.speaker, '') || E'\\n' || c.note)"


@dataclass(slots=True, frozen=True)
class ClaimPage:
    """One page: its claims (with their verdicts) and the key of the next page (None:
    this was the last)."""

    claims: list[Claim]
    next_after: int | None


def _like(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _rows(
    conn: Any,
    columns: str,
    cond: str,
    params: list[Any],
    limit: int,
    offset: int = 0,
    prepare: bool | None = None,
) -> list[Any]:
    """The first `limit` claims by ord meeting `cond` (after `offset` of them), chosen on
    `claims` alone and then joined to their verdicts (never the verdicts of every hit
    before the LIMIT)."""
    sql = (
        f"SELECT {columns} FROM (SELECT * FROM claims c WHERE {cond} ORDER BY c.ord"
        " LIMIT %s OFFSET %s) AS c LEFT JOIN verdicts v ON v.claim_id = c.id ORDER BY c.ord"
    )
    return list(conn.execute(sql, [*params, limit, offset], prepare=prepare).fetchall())


def _planned_per_value(more: PageFilter | None) -> bool | None:
    """False (never a prepared statement) under a reviewer filter: its plan turns on who
    the reviewer is (a busy one walks the claims in ord, a rare one starts from their
    verdicts), and a prepared statement's generic plan, chosen after a few runs for a
    busy reviewer, would walk the whole desk for a rare one; None otherwise."""
    return False if more is not None and more.reviewer is not None else None


@dataclass(slots=True, frozen=True)
class PageFilter:
    """What a dashboard pane narrows to beyond status, kind and search: its kinds (Quotes
    is quotes and statements), one source (its names, lowercased; an anonymous voice also
    its articles), one article, one reviewer (verdict or note), the contested claims."""

    kinds: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    reviewer: str | None = None
    contested: bool = False


def _where(
    after: int | None,
    status: str | None,
    kind: str | None,
    more: PageFilter | None,
) -> tuple[str, list[Any]]:
    """The WHERE of a page (its first condition always the key `c.ord > %s`)."""
    if status is not None and status not in STATUSES:
        raise StoreError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")
    for k in (kind, *(more.kinds if more else ())):
        if k is not None and k not in KINDS:
            raise StoreError(f"unknown kind {k!r} (one of: {', '.join(KINDS)})")
    where = ["c.ord > %s"]
    params: list[Any] = [-1 if after is None else after]
    if status is not None:
        where.append("c.status = %s")  # (kept beside the claim: an index on status, ord)
        params.append(status)
    if kind is not None:
        where.append("c.kind = %s")
        params.append(kind)
    if more is not None:
        if more.kinds:
            where.append("c.kind = ANY(%s)")
            params.append(list(more.kinds))
        if more.speakers:
            where.append("lower(c.speaker) = ANY(%s)")
            params.append(list(more.speakers))
        if more.articles:
            where.append("c.article_id = ANY(%s)")
            params.append(list(more.articles))
        if more.reviewer is not None:
            # a semi-join the planner turns either way (migration 0004): a reviewer of
            # few claims from their verdicts (indexes on reviewer and note_by, a bitmap
            # OR), then those claims by primary key; a reviewer of many by walking the
            # claims in ord, probing each one's verdict, until the page is full (never
            # every verdict of theirs read and sorted for one page)
            where.append(
                "EXISTS (SELECT 1 FROM verdicts r WHERE r.claim_id = c.id"
                " AND (r.reviewer = %s OR r.note_by = %s))"
            )
            params += [more.reviewer, more.reviewer]
        if more.contested:
            where.append(
                "c.id = ANY(ARRAY(SELECT r.claim_id FROM verdicts r"
                " WHERE r.contested_reviewer IS NOT NULL))"
            )
    return " AND ".join(where), params


def count_claims(
    conn: Any,
    *,
    status: str | None = None,
    search: str | None = None,
    more: PageFilter | None = None,
    cap: int | None = None,
) -> int:
    """How many claims a pane's filters let through (its subtitle), counted by the server;
    with `cap`, counted no further than cap + 1 (a search while typing: a common word's
    full count reads most of the desk, its first cap + 1 rows only a few pages)."""
    cond, params = _where(None, status, None, more)
    if search:
        cond += f" AND {SEARCHED} ILIKE %s"
        params.append(_like(search))
    sql = f"SELECT count(*) FROM claims c WHERE {cond}"
    if cap is not None:
        sql = f"SELECT count(*) FROM (SELECT 1 FROM claims c WHERE {cond} LIMIT %s) AS first"
        params.append(cap + 1)
    return int(conn.execute(sql, params, prepare=_planned_per_value(more)).fetchone()[0])


def kind_status_counts(conn: Any) -> dict[tuple[str, str], int]:
    """The desk's claims by (kind, status)."""
    rows = conn.execute("SELECT kind, status, count(*) FROM claims GROUP BY kind, status")
    return {(kind, status): int(n) for kind, status, n in rows}


def status_counts(conn: Any, by_kind: dict[tuple[str, str], int] | None = None) -> dict[str, int]:
    """The desk's claims by status (summed from `by_kind` when given), and its contested
    claims (the header's counts)."""
    out = dict.fromkeys(STATUSES, 0)
    if by_kind is None:
        by_kind = kind_status_counts(conn)
    for (_kind, status), n in by_kind.items():
        out[status] = out.get(status, 0) + n
    row = conn.execute(
        "SELECT count(*) FROM verdicts WHERE contested_reviewer IS NOT NULL"
    ).fetchone()
    out["contested"] = int(row[0])
    return out


def claim_page(
    conn: Any,
    *,
    after: int | None = None,
    limit: int = PAGE,
    status: str | None = None,
    kind: str | None = None,
    search: str | None = None,
    more: PageFilter | None = None,
    offset: int = 0,
) -> ClaimPage:
    """The claims after the key `after` (None: from the first), in ingest order.
    `offset` (with no `after`): skip that many first, for a jump far from any page known
    (the server walks them: used for `G` or a scrollbar drag, never a cursor step)."""
    cond, params = _where(after, status, kind, more)
    columns = (
        "v.status, v.note, v.reviewer, v.at, v.note_by, v.note_at, v.contested_reviewer, "
        "v.contested_status, c.ord, " + ", ".join(f"c.{col}" for col in CLAIM_COLUMNS.split(", "))
    )
    after_key = -1 if after is None else after
    prepare = _planned_per_value(more)
    if offset > 0:
        if search:
            cond += f" AND {SEARCHED} ILIKE %s"
            params.append(_like(search))
        rows = _rows(conn, columns, cond, params, limit + 1, offset, prepare)
    elif not search:
        rows = _rows(conn, columns, cond, params, limit + 1, prepare=prepare)
    else:
        # a common word: its page is among the next claims, found by walking the ord
        # index (the walk's expression ends in || '' so the trigram index is not chosen
        # there): first WINDOW claims, then, from the hits seen, about twice the claims
        # the rest of the page needs (up to MAX_WALK). A rare word: the rest through the
        # trigram index over SEARCHED (migration 0003), whose few hits the server sorts.
        # So a common word never reads all its hits, and a rare one never walks the desk.
        pattern = _like(search)
        walk = f"{cond} AND c.ord <= %s AND ({SEARCHED} || '') ILIKE %s"
        end = after_key + WINDOW
        rows = _rows(conn, columns, walk, [*params, end, pattern], limit + 1, prepare=prepare)
        need = limit + 1 - len(rows)
        if need > 0 and rows and need * WINDOW * 2 // len(rows) <= MAX_WALK:
            start, end = end, end + need * WINDOW * 2 // len(rows) + 1
            more_params = [start, *params[1:], end, pattern]
            rows += _rows(conn, columns, walk, more_params, need, prepare=prepare)
        need = limit + 1 - len(rows)
        if need > 0:
            rest = f"{cond} AND {SEARCHED} ILIKE %s"
            rows += _rows(conn, columns, rest, [end, *params[1:], pattern], need, prepare=prepare)
    out = []
    for row in rows[:limit]:
        st, note, who, at, note_by, note_at, cr, cs = row[:8]
        c = claim_from_row(row[9:])
        if st is not None:
            c.status, c.note, c.reviewer, c.reviewed_at = st, note or "", who, at
            c.note_by, c.note_at = note_by, note_at
            c.contested_with = (cr, cs) if cr is not None else None
        out.append(c)
    has_more = len(rows) > limit
    return ClaimPage(out, rows[limit - 1][8] if has_more and limit > 0 else None)
