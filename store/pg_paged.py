"""A server desk for the dashboard that never holds its claims: what a million claims needs.

PgStore (store/pg_store.py) reads the whole desk into memory, as the file store does; the
verbs want that. The dashboard does not: `PgPagedStore` reads only the desk's verdicts and
history (the rules of a verdict, a note, an undo and a contested claim need them, and they
grow with the reviewing, not with the desk), and those only when asked (`read_verdicts`,
which the dashboard calls once its first rows are painted), and asks the server for
everything else:

- pages of claims (keyset, filtered and searched by the server: store/pg_pages.py), each
  pane on its own connection (`page(lane=...)`);
- counts (the server's aggregates, with the same filters as the page; bounded by `cap`
  when asked, as a search typed is; a count no longer wanted is cancelled:
  `drop_unwanted_count`);
- the Sources pane (the articles' sources, and the claims per speaker grouped by the server);
- the articles of the rows shown, a few at a time.

A verdict, note or undo is the same one transaction as PgStore's (its `_write_action`); the
claims it touches are made from their verdicts for that action only and let go after it.
Whole-desk reads (`claims()`, `articles()`) refuse: a caller that needs them opens a PgStore.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Collection, Iterator
from typing import Any

from claimdesk.store.claimstore import DeskChanges
from claimdesk.store.errors import StoreError
from claimdesk.store.ids import ID_LEN
from claimdesk.store.pg_conn import connect, server_error
from claimdesk.store.pg_heads import meta_tables
from claimdesk.store.pg_pages import (
    ClaimPage,
    PageFilter,
    claim_page,
    count_claims,
    kind_status_counts,
    status_counts,
)
from claimdesk.store.pg_rows import CLAIM_COLUMNS, claim_from_row
from claimdesk.store.pg_store import (
    HISTORY_COLUMNS,
    VERDICT_COLUMNS,
    PgStore,
    _entry,
    _verdict,
)
from claimdesk.store.records import Article, Claim, HistoryEntry, ReviewState, SourceRow
from claimdesk.store.review_state import next_state, replay
from claimdesk.store.source_rows import source_rows
from claimdesk.store.stamps import default_reviewer


def _verdict_rows(conn: Any) -> tuple[list[Any], list[Any]]:
    """Every verdict and history entry of the desk (in the caller's transaction)."""
    verdicts = conn.execute(f"SELECT {VERDICT_COLUMNS} FROM verdicts").fetchall()
    history = conn.execute(f"SELECT {HISTORY_COLUMNS} FROM history ORDER BY seq").fetchall()
    return verdicts, history


def _placeholder(cid: str) -> Claim:
    """A claim as one verdict action needs it: its id (its state comes from its verdict)."""
    return Claim.stand_in(cid)


class PgPagedStore(PgStore):
    """A PgStore that keeps only verdicts and history in memory (see the module's doc)."""

    paged = True

    def __init__(self, dsn: str, *, readonly: bool = False) -> None:
        self._count_lock = threading.Lock()
        self._count_conn: Any = None
        # the count under way and what says it is still wanted (`drop_unwanted_count`)
        self._running_lock = threading.Lock()
        self._running: tuple[Any, Callable[[], bool]] | None = None
        # a connection per pane for its pages (`page(lane=...)`): Quotes and Numbers never
        # take turns, and a page waits only behind its own pane's
        self._lanes_lock = threading.Lock()
        self._lanes: dict[str, tuple[threading.Lock, list[Any]]] = {}
        # the verdicts and history are read after the first rows (`read_verdicts`): the
        # pages carry their own verdicts, joined by the server; a write, an undo, the
        # history of a claim or a catch-up reads them first when they are not in yet
        self._opening = True
        self._verdicts_read = False
        super().__init__(dsn, readonly=readonly)
        self._opening = False

    def close(self) -> None:
        super().close()
        with self._lanes_lock:
            lanes, self._lanes = self._lanes, {}
        for lock, held in lanes.values():
            with lock:
                for conn in held:
                    with contextlib.suppress(Exception):
                        conn.close()
                held.clear()
        with self._count_lock:
            if self._count_conn is not None:
                with contextlib.suppress(Exception):
                    self._count_conn.close()
                self._count_conn = None

    # ---------------------------------------------------------------- reading
    def _load(self) -> None:
        """The desk's meta, verdicts and history (no article, no claim), in one snapshot;
        the articles added since the last read are `_new_articles` (by their ord)."""
        from psycopg.pq import TransactionStatus

        seen_ord = getattr(self, "_article_ord", None)
        verdicts: list[Any] = []
        history: list[Any] = []
        with self._talking("cannot read the desk") as conn:
            idle = conn.info.transaction_status == TransactionStatus.IDLE
            with conn.transaction():
                if idle:
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                meta = dict(conn.execute("SELECT key, value FROM desk_meta").fetchall())
                if not self._opening:  # (on open: after the first rows, read_verdicts)
                    verdicts, history = _verdict_rows(conn)
                top = conn.execute("SELECT coalesce(max(ord), -1) FROM articles").fetchone()[0]
                new = []
                if seen_ord is not None and top > seen_ord:
                    new = [
                        r[0]
                        for r in conn.execute(
                            "SELECT id FROM articles WHERE ord > %s ORDER BY ord", (seen_ord,)
                        )
                    ]
        self._reset_memory()
        self._stale = False
        self._rev = meta.get("articles_rev")
        self._article_ord = top
        self._new_articles += new
        self._load_data(meta_tables(meta))
        self._verdicts_read = not self._opening
        for row in verdicts:
            self._verdicts[row[0]] = _verdict(row)
        for row in history:
            self._log.record(_entry(row))

    @property
    def verdicts_read(self) -> bool:
        """Whether the desk's verdicts and history are in memory (`read_verdicts`)."""
        return self._verdicts_read

    def read_verdicts(self) -> None:
        """The desk's verdicts and history, once: read on the counting connection (a page
        never waits behind them), then kept under the store's lock unless another thread
        kept its own read first. What needs them calls this first; the dashboard calls it
        once its first rows are painted."""
        if self._verdicts_read:
            return
        with self._counting() as conn, conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            verdicts, history = _verdict_rows(conn)
        with self._mutex:
            if self._verdicts_read:
                return
            for row in verdicts:
                self._verdicts[row[0]] = _verdict(row)
            for row in history:
                self._log.record(_entry(row))
            self._verdicts_read = True

    def held_claims(self) -> int:
        """How many claims this store holds in memory (none between two actions)."""
        return len(self._claims)

    def page(  # type: ignore[override]
        self,
        *,
        after: int | None = None,
        limit: int = 100,
        status: str | None = None,
        kind: str | None = None,
        search: str | None = None,
        more: PageFilter | None = None,
        offset: int = 0,
        lane: str | None = None,
        wanted: Callable[[], bool] | None = None,
    ) -> ClaimPage | None:
        """One page (store/pg_pages.py). With `lane` (a pane's name), read on that pane's
        own connection; None when `wanted()` says no more once that connection is free
        (the pane's filters or search changed again: a query typed over is never sent)."""
        args = dict(
            after=after,
            limit=limit,
            status=status,
            kind=kind,
            search=search,
            more=more,
            offset=offset,
        )
        if lane is None:
            with self._mutex, self._talking("cannot read the desk") as conn:
                return claim_page(conn, **args)  # type: ignore[arg-type]
        with self._lane(lane) as conn:
            if wanted is not None and not wanted():
                return None
            return claim_page(conn, **args)  # type: ignore[arg-type]

    @contextlib.contextmanager
    def _lane(self, name: str) -> Iterator[Any]:
        """A pane's connection (made at its first page), one page at a time; a server
        error is a one-line StoreError and the next page connects again."""
        import psycopg

        with self._lanes_lock:
            if self._closed:
                raise StoreError(f"store is closed: {self.label}")
            lock, held = self._lanes.setdefault(name, (threading.Lock(), []))
        with lock:
            try:
                if not held or held[0].closed or held[0].broken:
                    held[:] = [connect(self.dsn)]
                yield held[0]
            except psycopg.Error as exc:
                with contextlib.suppress(Exception):
                    held[0].close()
                held.clear()
                raise server_error(exc, self.dsn, "cannot read the desk") from None

    @contextlib.contextmanager
    def _counting(self) -> Iterator[Any]:
        """A second connection for counts and groups, which read many rows: a page never
        waits behind one (a server error is a one-line StoreError, as `_talking`'s)."""
        import psycopg

        with self._count_lock:
            try:
                if self._count_conn is None or self._count_conn.closed:
                    if self._closed:
                        raise StoreError(f"store is closed: {self.label}")
                    self._count_conn = connect(self.dsn)
                    self._count_conn.autocommit = True
                yield self._count_conn
            except psycopg.Error as exc:
                with contextlib.suppress(Exception):
                    self._count_conn.close()  # type: ignore[union-attr]
                self._count_conn = None
                raise server_error(exc, self.dsn, "cannot count the desk") from None

    def count(
        self,
        *,
        status: str | None = None,
        search: str | None = None,
        more: PageFilter | None = None,
        wanted: Callable[[], bool] | None = None,
        cap: int | None = None,
    ) -> int | None:
        """How many claims a page's filters let through (counted by the server; with
        `cap`, no further than cap + 1: `count_claims`); None when `wanted()` says no more
        once the counting connection is free (the filters changed again while an earlier
        count ran: a count typed over is never run), or when it stopped wanting it while
        the server counted (`drop_unwanted_count`)."""
        from psycopg.errors import QueryCanceled

        with self._counting() as conn:
            for _ in range(3):  # (a cancel meant for the count before: counted again)
                if wanted is not None and not wanted():
                    return None
                with self._running_lock:
                    self._running = (conn, wanted) if wanted is not None else None
                try:
                    return count_claims(conn, status=status, search=search, more=more, cap=cap)
                except QueryCanceled:
                    continue
                finally:
                    with self._running_lock:
                        self._running = None
            return None

    def drop_unwanted_count(self) -> None:
        """Stop the server's count under way when its pane's filters changed since (a
        search typed on: each count of a common word reads most of a million rows, and
        the keys typed after it would wait for the server behind it)."""
        with self._running_lock:
            running = self._running
            if running is None or running[1]():
                return
            with contextlib.suppress(Exception):
                running[0].cancel_safe(timeout=1.0)

    def counts(self) -> dict[str, int]:
        """The claims by status and the contested ones (server aggregates)."""
        return self.counts_by_kind()[0]

    def counts_by_kind(self) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
        """The header's counts (by status, contested, total) and the claims by (kind,
        status), from one aggregate of the server: a pane's count under a status filter
        alone is a sum of the second (tui/paged_model.py), never a count of the desk."""
        with self._counting() as conn:
            by_kind = kind_status_counts(conn)
            out = status_counts(conn, by_kind)
        out["total"] = sum(by_kind.values())
        return out, by_kind

    def articles_by_id(
        self, ids: Collection[str], *, lane: str | None = None
    ) -> dict[str, Article]:
        """The articles of the rows shown (their bodies too: the full article, the detail);
        with `lane`, read on that pane's connection (see `page`)."""
        from claimdesk.store.documents import article_from_doc

        if not ids:
            return {}
        sql, args = "SELECT doc::text FROM articles WHERE id = ANY(%s)", (list(ids),)
        if lane is None:
            with self._mutex, self._talking("cannot read the desk") as conn:
                rows = conn.execute(sql, args).fetchall()
        else:
            with self._lane(lane) as conn:
                rows = conn.execute(sql, args).fetchall()
        arts = [article_from_doc(json.loads(r[0])) for r in rows]
        return {a.id: a for a in arts}

    def source_outlets(self) -> tuple[list[SourceRow], dict[str, Article]]:
        """The Sources pane's rows (from each article's sources, as PgStore's) and the
        articles that name one, without their bodies (their outlets and titles)."""
        from claimdesk.store.documents import article_from_doc

        with self._counting() as conn:
            rows = conn.execute(
                "SELECT id, doc->'sources', doc->>'publisher', doc->>'aggregator',"
                " doc->>'path', doc->>'title' FROM articles ORDER BY ord"
            ).fetchall()
        docs: dict[str, dict[str, Any]] = {}
        arts: dict[str, Article] = {}
        for aid, sources, publisher, aggregator, path, title in rows:
            if not sources:
                continue
            docs[aid] = {"sources": sources}
            arts[aid] = article_from_doc(
                {
                    "id": aid,
                    "publisher": publisher,
                    "aggregator": aggregator,
                    "path": path,
                    "title": title,
                }
            )
        return source_rows(docs), arts

    def speaker_counts(
        self, anonymous: Collection[str]
    ) -> tuple[list[tuple[str, str, int]], list[tuple[str, str, str, int]]]:
        """Claims per (speaker, status), grouped by the server; and per (article, speaker,
        status) for the anonymous voices' names (lowercased), each its article's own."""
        with self._counting() as conn:
            named = conn.execute(
                "SELECT speaker, status, count(*) FROM claims WHERE speaker IS NOT NULL"
                " GROUP BY speaker, status"
            ).fetchall()
            anon = []
            if anonymous:
                anon = conn.execute(
                    "SELECT article_id, speaker, status, count(*) FROM claims"
                    " WHERE lower(speaker) = ANY(%s) GROUP BY article_id, speaker, status",
                    (list(anonymous),),
                ).fetchall()
        return [tuple(r) for r in named], [tuple(r) for r in anon]  # type: ignore[misc]

    def claim(self, claim_id: str) -> Claim:
        """One claim from the server, with its verdict."""
        self.read_verdicts()
        cid = self.resolve_id(claim_id)
        with self._mutex, self._talking("cannot read the desk") as conn:
            row = conn.execute(
                f"SELECT {CLAIM_COLUMNS} FROM claims WHERE id = %s", (cid,)
            ).fetchone()
        c = claim_from_row(row) if row is not None else self._claim_or_orphan(cid)
        state = self._verdicts.get(cid)
        if state is not None:
            state.onto(c)
        self._claims.pop(cid, None)
        return c

    def history(self, claim_id: str | None = None) -> list[HistoryEntry]:
        """The desk's history; one claim's as this store holds it (none before the
        verdicts are read: the Detail pane is shown again once they are)."""
        if claim_id is None:
            self.read_verdicts()
            return list(self._log.entries)
        return list(self._log.by_claim.get(claim_id, ()))

    def resolve_id(self, prefix: str) -> str:
        """A full claim id from an id or a unique prefix, asked of the server."""
        self.read_verdicts()
        prefix = prefix.strip().lower()
        if len(prefix) < 4:
            raise StoreError(f"claim id prefix too short (need 4+ characters): {prefix!r}")
        if len(prefix) == ID_LEN and (prefix in self._claims or prefix in self._verdicts):
            return prefix
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self._talking("cannot read the desk") as conn:
            hits = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM claims WHERE id LIKE %s ORDER BY id LIMIT 2", (like,)
                )
            ]
        hits += [cid for cid in self._verdicts if cid.startswith(prefix) and cid not in hits]
        if not hits:
            raise StoreError(f"no claim {prefix!r} in {self.label}")
        if len(hits) > 1:
            raise StoreError(f"claim id {prefix!r} is ambiguous ({len(hits)} claims match)")
        return hits[0]

    def claims(self, **filters: Any) -> list[Claim]:
        raise StoreError("this desk is read in pages: whole-desk reads go through PgStore")

    def articles(self) -> list[Article]:
        raise StoreError("this desk is read in pages: whole-desk reads go through PgStore")

    def sources(self) -> list[SourceRow]:
        return self.source_outlets()[0]

    # ---------------------------------------------------------------- verdicts
    def _claim_or_orphan(self, cid: str) -> Claim:
        """The claim of one action: made from its verdict, dropped after the action."""
        c = self._claims.get(cid)
        if c is None:
            c = self._claims[cid] = _placeholder(cid)
            state = self._verdicts.get(cid)
            if state is not None:
                state.onto(c)
        return c

    def _apply_entry(self, e: HistoryEntry) -> None:
        """DeskMemory's, without making a claim for every entry read (others' too)."""
        self._log.record(e)
        if e.undo_of is not None:
            state = replay(self._log.by_claim[e.claim_id], e.undo_of)
            state.status, state.note = e.to_status, e.to_note
        else:
            state = next_state(self._verdicts.get(e.claim_id) or ReviewState(), e)
        self._verdicts[e.claim_id] = state
        c = self._claims.get(e.claim_id)
        if c is not None:
            state.onto(c)

    def _write_action(self, build: Callable[[], list[HistoryEntry]]) -> list[HistoryEntry]:
        self.read_verdicts()
        try:
            return super()._write_action(build)
        finally:
            self._claims.clear()

    def undo(
        self, *, reviewer: str | None = None, actions: Collection[int] | None = None
    ) -> list[HistoryEntry]:
        """PgStore's undo, with the claims of the action it would take back made first
        (its rule reads each claim's state now)."""
        self.read_verdicts()
        with self._mutex:
            target = self._log.undo_target(actions, reviewer=default_reviewer(reviewer))
            if target is not None:
                for e in self._log.action_entries(target):
                    self._claim_or_orphan(e.claim_id)
            try:
                return super().undo(reviewer=reviewer, actions=actions)
            finally:
                self._claims.clear()

    def verdict_of(self, claim_id: str) -> ReviewState | None:
        """The verdict in force on a claim, as this store last read it."""
        return self._verdicts.get(claim_id)

    def contested_ids(self) -> set[str]:
        self.read_verdicts()
        with self._mutex:
            return {cid for cid, s in self._verdicts.items() if s.contested_with is not None}

    def reviewers(self) -> list[str]:
        """Everyone whose verdict or note is on a claim of the desk, by name."""
        self.read_verdicts()
        with self._mutex:
            names = {n for s in self._verdicts.values() for n in (s.reviewer, s.note_by) if n}
        return sorted(names, key=str.casefold)

    def refresh(self) -> DeskChanges:
        """PgStore's, from the verdicts read (they are read first when not yet)."""
        if not self._closed:
            self.read_verdicts()
        return super().refresh()

    def ingest_extraction(self, *args: Any, **kwargs: Any) -> Any:
        raise StoreError("the dashboard does not ingest into a server desk: use claimdesk ingest")

    def reload(self) -> None:
        with self._mutex:
            self._load()
        self.articles_revision += 1


def open_paged(dsn: str, *, readonly: bool = False) -> PgPagedStore:
    """The dashboard's server desk (StoreError with one line when it cannot be opened)."""
    return PgPagedStore(dsn, readonly=readonly)
