"""Server-side pages of a PostgreSQL desk's claims: keyset pagination in ingest order,
with the status filter and the search done by the server on its indexes.

What a dashboard at a million claims asks for instead of holding every claim: the first
rows, the rows after the last one shown (`after`: the last row's `ord`, never an OFFSET
that grows with the scroll), one status, one kind, and the search (`/`: a substring of the
claim's text, its speaker or its note, case-insensitive; trigram indexes, migration 0002).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimdesk.store.errors import StoreError
from claimdesk.store.pg_rows import CLAIM_COLUMNS, claim_from_row
from claimdesk.store.records import KINDS, STATUSES, Claim

PAGE = 100


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


def claim_page(
    conn: Any,
    *,
    after: int | None = None,
    limit: int = PAGE,
    status: str | None = None,
    kind: str | None = None,
    search: str | None = None,
) -> ClaimPage:
    """The claims after the key `after` (None: from the first), in ingest order."""
    if status is not None and status not in STATUSES:
        raise StoreError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")
    if kind is not None and kind not in KINDS:
        raise StoreError(f"unknown kind {kind!r} (one of: {', '.join(KINDS)})")
    where = ["c.ord > %s"]
    params: list[Any] = [-1 if after is None else after]
    if status is not None:
        where.append("c.status = %s")  # (kept beside the claim: an index on status, ord)
        params.append(status)
    if kind is not None:
        where.append("c.kind = %s")
        params.append(kind)
    cond = " AND ".join(where)
    columns = (
        "v.status, v.note, v.reviewer, v.at, v.note_by, v.note_at, v.contested_reviewer, "
        "v.contested_status, c.ord, " + ", ".join(f"c.{col}" for col in CLAIM_COLUMNS.split(", "))
    )
    base = f"SELECT {columns} FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id"
    if not search:
        sql = f"{base} WHERE {cond} ORDER BY c.ord LIMIT %s"
        args = [*params, limit + 1]
    else:
        # two branches the planner can each do well: the claim's own text and speaker
        # (trigram indexes for a rare word, the ord index for a common one), and the
        # notes (only reviewed claims have one); merged in order
        pattern = _like(search)
        sql = (
            f"SELECT * FROM (({base} WHERE {cond} AND (c.text ILIKE %s OR c.speaker ILIKE %s)"
            f" ORDER BY c.ord LIMIT %s) UNION ({base} WHERE {cond} AND v.note ILIKE %s"
            " ORDER BY c.ord LIMIT %s)) AS hits ORDER BY ord LIMIT %s"
        )
        args = [*params, pattern, pattern, limit + 1, *params, pattern, limit + 1, limit + 1]
    rows = conn.execute(sql, args).fetchall()
    out = []
    for row in rows[:limit]:
        st, note, who, at, note_by, note_at, cr, cs = row[:8]
        c = claim_from_row(row[9:])
        if st is not None:
            c.status, c.note, c.reviewer, c.reviewed_at = st, note or "", who, at
            c.note_by, c.note_at = note_by, note_at
            c.contested_with = (cr, cs) if cr is not None else None
        out.append(c)
    more = len(rows) > limit
    return ClaimPage(out, rows[limit - 1][8] if more and limit > 0 else None)
