"""What `claimdesk ingest` reads of a server desk (issue 14): the articles' heads.

An ingest needs to find an article again (its body hash, its origin), to tell whether it
changed (its fingerprint), and the verdicts and history (an updated article keeps its
reviewed claims as orphans); never the text of every article or every claim. PgStore
opened `heads_only` (store/pg_store.py) reads these on open, and one article's document
and claims, by a query, only when that article is ingested again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimdesk.store.documents import undated_count
from claimdesk.store.pg_rows import CLAIM_COLUMNS
from claimdesk.store.records import Article
from claimdesk.store.storage import FORMAT, META_TABLE, SCHEMA_VERSION

# what a head keeps of an article's document: to find it again and tell whether it
# changed (as the file desk's index), and the URLs `watch` skips (url, path)
HEAD_KEYS = ("body_hash", "origin", "fingerprint", "url", "path")


@dataclass
class DeskHeads:
    """One snapshot of what an ingest reads: desk_meta, (id, *HEAD_KEYS) per article in
    order, and the verdicts' and history's rows."""

    meta: dict[str, str]
    heads: list[tuple[Any, ...]]
    verdicts: list[tuple[Any, ...]]
    history: list[tuple[Any, ...]]


def meta_tables(meta: dict[str, str]) -> dict[str, Any]:
    """desk_meta's rows as the file store's meta table (what DeskMemory._load_data reads)."""
    return {
        META_TABLE: {
            "1": {
                "format": FORMAT,
                "schema": SCHEMA_VERSION,
                "store_id": meta.get("store_id"),
                "created": meta.get("created"),
            }
        }
    }


def read_heads(conn: Any, verdict_columns: str, history_columns: str) -> DeskHeads:
    """The heads, verdicts and history, inside the caller's transaction."""
    keys = ", ".join(f"doc->>'{k}'" for k in HEAD_KEYS)
    return DeskHeads(
        dict(conn.execute("SELECT key, value FROM desk_meta").fetchall()),
        conn.execute(f"SELECT id, {keys} FROM articles ORDER BY ord").fetchall(),
        conn.execute(f"SELECT {verdict_columns} FROM verdicts").fetchall(),
        conn.execute(f"SELECT {history_columns} FROM history ORDER BY seq").fetchall(),
    )


def read_article(conn: Any, aid: str) -> tuple[str | None, list[tuple[Any, ...]]]:
    """One article's document (JSON text; None: not on the server) and its claims' rows,
    orphans too, in order."""
    row = conn.execute("SELECT doc::text FROM articles WHERE id = %s", (aid,)).fetchone()
    rows = conn.execute(
        f"SELECT {CLAIM_COLUMNS} FROM claims WHERE article_id = %s ORDER BY ord", (aid,)
    ).fetchall()
    return (row[0] if row else None), rows


def head_of(doc: dict[str, Any], art: Article | None = None) -> dict[str, Any]:
    """An article's document cut to its head (and its unresolved dates, which an ingest's
    summary still asks of an article it has let go of)."""
    head = {k: doc.get(k) for k in HEAD_KEYS}
    if art is not None:
        head.update(url=art.url, path=art.path, undated=undated_count(art))
    return head
