"""A claim as a row of a PostgreSQL desk's `claims` table and back: one column per field
(store/pg_migrations/0001_init.sql), shared by the desk (store/pg_store.py) and its pages
(store/pg_pages.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from claimdesk.store.records import Claim

# the claims table's columns, in Claim's field order, then `orphaned`, the status in force
# and the note in force (kept on the claim for the search's one index, migration 0003)
CLAIM_COLUMNS = (
    "id, kind, article_id, text, speaker, partial, value, unit, qualifier, noun, "
    "hypothetical, start_at, end_at, orphaned, status, note"
)


def claim_from_row(row: tuple[Any, ...]) -> Claim:
    """A claims-table row (CLAIM_COLUMNS) as a Claim (its verdict: from `verdicts`)."""
    c = Claim(*row[:13])
    if c.value is not None:
        c.value = json.loads(c.value)
    if row[13]:
        c.orphaned = True
    return c


def claim_row(c: Claim) -> tuple[Any, ...]:
    """A Claim as the claims-table row (CLAIM_COLUMNS)."""
    value = None if c.value is None else json.dumps(c.value)
    return (c.id, c.kind, c.article_id, c.text, c.speaker, c.partial, value, c.unit,
            c.qualifier, c.noun, c.hypothetical, c.start, c.end, c.orphaned,
            c.status, c.note)  # fmt: skip


def copy_rows(
    conn: Any,
    table: str,
    columns: str,
    new: list[str],
    known: list[str],
    row: Callable[[str], tuple[Any, ...]],
) -> None:
    """COPY the `new` keys' rows into `table` and the `known` ones' into its temporary
    twin `incoming_TABLE` (upserted from there by the caller)."""
    for target, keys in ((table, new), (f"incoming_{table}", known)):
        if not keys:
            continue
        with conn.cursor().copy(f"COPY {target} ({columns}) FROM STDIN") as copy:
            for key in keys:
                copy.write_row(row(key))
