"""PgStore: a desk kept on a PostgreSQL server, shared by a team (see docs/store.md).

The same desk in memory as the file store (DeskMemory: the reads, the rules of verdicts,
notes, undo and contested claims), with the server as its persistence instead of the
TinyDB file and its journal:

- a verdict, note or undo is one transaction: under an advisory lock, read the history
  others appended since our last look, build the entries against the state now (the same
  code as the file store), append them to `history`, upsert `verdicts`, NOTIFY;
- an ingest holds the long writers' advisory lock from its first article to its write,
  then writes its articles and claims in one transaction (claims through COPY) and bumps
  `articles_rev`, so every other open desk reloads;
- `refresh()` reads only the history after the last seq seen (or everything when the
  articles changed). A lost connection is a StoreError; the next call reconnects.

Opened `heads_only` (what `ingest` and `watch` open), it reads only the articles' heads,
the verdicts and the history, and an article's claims when that article is ingested
again (store/pg_heads.py): never every claim of a big desk.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from claimdesk.extract.gc_pause import gc_paused
from claimdesk.extract.record import Extraction
from claimdesk.store import pg_features
from claimdesk.store.claimstore import DeskChanges
from claimdesk.store.desk_memory import _synchronized
from claimdesk.store.documents import article_doc
from claimdesk.store.errors import StoreError, StoreLocked
from claimdesk.store.from_extraction import article_text, prepare
from claimdesk.store.pg_apart import ApartWrites, FeaturesApart
from claimdesk.store.pg_conn import (
    CHANNEL,
    INGEST_LOCK,
    VERDICT_LOCK,
    connect,
    migrate,
    redacted,
    server_error,
    writer_session,
)
from claimdesk.store.pg_heads import HEAD_KEYS, head_of, meta_tables, read_article, read_heads
from claimdesk.store.pg_rows import CLAIM_COLUMNS, claim_from_row, claim_row, copy_rows
from claimdesk.store.pg_stream import CopyStream
from claimdesk.store.records import Claim, HistoryEntry, IngestResult, ReviewState
from claimdesk.store.stamps import now_iso
from claimdesk.store.verdict_writes import VerdictWrites

# new articles sent to the batch's writer thread at a time (store/pg_stream.py)
STREAM_ARTICLES = 200

HISTORY_COLUMNS = (
    "seq, action, claim_id, from_status, to_status, from_note, to_note, reviewer, at, undo_of"
)
VERDICT_COLUMNS = (
    "claim_id, status, note, reviewer, at, note_by, note_at, contested_reviewer, contested_status"
)


def cache_folder(dsn: str) -> Path:
    """Where derived data of a server desk (the comparison cache) is kept on this machine:
    a folder named by a hash of the redacted DSN (never the password)."""
    from platformdirs import user_cache_dir

    digest = hashlib.blake2s(redacted(dsn).encode(), digest_size=8).hexdigest()
    return Path(user_cache_dir("claimdesk", appauthor=False)) / f"server-{digest}"


# rows of one JSON column parsed at a time when a desk is read (store/pg_store.py _load)
LOAD_ROWS = 2000


def _json_rows(conn: Any, sql: str) -> list[Any]:
    """One JSON column of every row, LOAD_ROWS rows at a time from a server-side cursor
    (inside the caller's transaction), each batch parsed in one json.loads (one parse per
    row costs 3x as much): the rows' text is never all in memory beside its parse."""
    out: list[Any] = []
    with conn.cursor(name="claimdesk_load") as cur:
        cur.execute(sql)
        while rows := cur.fetchmany(LOAD_ROWS):
            out += json.loads("[" + ",".join(r[0] for r in rows) + "]")
    return out


def _claim_rows(conn: Any) -> list[Claim]:
    """Every claim in order, built from LOAD_ROWS x 10 rows at a time (a server-side
    cursor, as _json_rows): never a million rows beside a million claims."""
    out: list[Claim] = []
    with conn.cursor(name="claimdesk_claims") as cur:
        cur.execute(f"SELECT {CLAIM_COLUMNS} FROM claims ORDER BY ord")
        while rows := cur.fetchmany(LOAD_ROWS * 10):
            out += map(claim_from_row, rows)
    return out


def _entry(row: tuple[Any, ...]) -> HistoryEntry:
    seq, action, cid, fs, ts, fn, tn, who, at, undo_of = row
    return HistoryEntry(seq, cid, fs, ts, fn, tn, who, at, undo_of, action)


def _entry_row(e: HistoryEntry) -> tuple[Any, ...]:
    return (
        e.seq,
        e.action,
        e.claim_id,
        e.from_status,
        e.to_status,
        e.from_note,
        e.to_note,
        e.reviewer,
        e.at,
        e.undo_of,
    )


def _verdict_row(cid: str, s: ReviewState) -> tuple[Any, ...]:
    cw = s.contested_with or (None, None)
    return (cid, s.status, s.note, s.reviewer, s.at, s.note_by, s.note_at, cw[0], cw[1])


def _verdict(row: tuple[Any, ...]) -> ReviewState:
    _cid, status, note, who, at, note_by, note_at, cr, cs = row
    return ReviewState(
        status, note or "", who, at, note_by, note_at, (cr, cs) if cr is not None else None
    )


class PgStore(ApartWrites, VerdictWrites):
    """A desk on a PostgreSQL server; the same methods as ClaimStore (store/backend.py)."""

    def __init__(
        self,
        dsn: str,
        *,
        readonly: bool = False,
        wait: float = 0.0,
        exclusive: bool = False,
        heads_only: bool = False,
    ) -> None:
        super().__init__()
        self.dsn = dsn
        # an ingest's desk: only the articles' heads (id, hashes, fingerprint), verdicts
        # and history are read on open; an article ingested again is read when it comes
        self._heads_only = heads_only
        self.readonly = readonly
        self.wait = wait
        self.path = cache_folder(dsn) / "desk.json"  # only derived caches live there
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.created = False
        self.articles_revision = 0
        self._rev: str | None = None  # the server's articles_rev we last read
        self._dirty: set[str] = set()  # articles changed in memory, not yet written
        self._orphans: set[str] = set()  # claims adopted as orphans, not yet written
        self._batch = 0
        self._closed = False
        self._long_lock = False  # holding the long writers' advisory lock
        self._exclusive = exclusive  # ... from open to close (else for one ingest batch)
        self._stale = False  # memory may hold a write the server never took: read it again
        self._server_claims: set[str] = set()
        self._server_articles: set[str] = set()
        self._foreign: list[HistoryEntry] = []
        self._new_articles: list[str] = []
        self._conn: Any = None
        # a batch's write overlapping its ingest (store/pg_stream.py): the new articles
        # waiting to be sent, those sent, and whether this batch may still stream
        self._stream: CopyStream | None = None
        self._to_send: list[str] = []
        self._sent: set[str] = set()
        self._streamable = True
        self._kept = pg_features.KeptPrints()  # the kept features' fingerprints, one ingest
        self._apart = FeaturesApart()  # a checkpoint's features child (store/pg_apart.py)
        try:
            conn = self._connection()
            migrate(conn, self.label, readonly=readonly)
            if not readonly:
                self._ensure_meta(conn)
            if exclusive:
                self._take_long_lock()
            with gc_paused():
                self._load()
        except BaseException:
            self._drop_connection()
            raise

    @property
    def label(self) -> str:
        return redacted(self.dsn)

    # ---------------------------------------------------------------- the connection
    def _connection(self) -> Any:
        """The open connection, reconnecting when the last one was lost."""
        if self._closed:
            raise StoreError(f"store is closed: {self.label}")
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._drop_connection()
            self._conn = connect(self.dsn)
            self._long_lock = False
            if not self.readonly:
                writer_session(self._conn)
        return self._conn

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None

    @contextlib.contextmanager
    def _talking(self, doing: str) -> Iterator[Any]:
        """The connection for one step; a server error becomes a one-line StoreError."""
        import psycopg

        try:
            yield self._connection()
        except psycopg.Error as exc:
            if self._conn is not None and (self._conn.closed or self._conn.broken):
                self._drop_connection()
            raise server_error(exc, self.dsn, doing) from None

    def _ensure_meta(self, conn: Any) -> None:
        """The desk's id and counters, made by its first writer (a reviewer role, which may
        not write desk_meta, finds them there)."""
        row = conn.execute("SELECT count(*) FROM desk_meta").fetchone()
        if row[0] >= 3:
            return
        with conn.transaction():
            conn.execute(
                "INSERT INTO desk_meta (key, value) VALUES "
                "('store_id', %s), ('created', %s), ('articles_rev', '0') "
                "ON CONFLICT (key) DO NOTHING",
                (uuid.uuid4().hex, now_iso()),
            )

    # ---------------------------------------------------------------- reading the desk
    def _load(self) -> None:
        """The whole desk from the server, in one repeatable-read snapshot (or in the
        write transaction under way)."""
        from psycopg.pq import TransactionStatus

        if self._heads_only:
            self._load_heads()
            return
        with self._talking("cannot read the desk") as conn:
            idle = conn.info.transaction_status == TransactionStatus.IDLE
            with conn.transaction():
                if idle:
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                meta = dict(conn.execute("SELECT key, value FROM desk_meta").fetchall())
                arts = _json_rows(conn, "SELECT doc::text FROM articles ORDER BY ord")
                claims = _claim_rows(conn)
                verdicts = conn.execute(f"SELECT {VERDICT_COLUMNS} FROM verdicts").fetchall()
                history = conn.execute(
                    f"SELECT {HISTORY_COLUMNS} FROM history ORDER BY seq"
                ).fetchall()
        self._reset_memory()  # (only once everything was read: a failed read keeps the desk)
        self._stale = False
        self._rev = meta.get("articles_rev")
        data = {
            **meta_tables(meta),
            "articles": {str(i): doc for i, doc in enumerate(arts, 1)},
            "claims": {},
        }
        self._load_data(data)
        self._add_claims(claims)
        self._server_claims = set(self._claims)  # rows the server has (new ones are COPY'd)
        self._server_articles = set(self._articles)
        for row in verdicts:
            self._verdicts[row[0]] = _verdict(row)
        for row in history:
            self._log.record(_entry(row))
        for cid, state in self._verdicts.items():
            state.onto(self._claim_or_orphan(cid))

    def _load_heads(self) -> None:
        """What an ingest needs of the desk, in one snapshot (store/pg_heads.py): each
        article's head, every verdict and history entry; no article text, no claim."""
        from psycopg.pq import TransactionStatus

        with self._talking("cannot read the desk") as conn:
            idle = conn.info.transaction_status == TransactionStatus.IDLE
            with conn.transaction():
                if idle:
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                got = read_heads(conn, VERDICT_COLUMNS, HISTORY_COLUMNS)
        self._reset_memory()
        self._stale = False
        self._rev = got.meta.get("articles_rev")
        self._load_data(meta_tables(got.meta))
        for aid, *values in got.heads:
            head = self._article_docs[aid] = dict(zip(HEAD_KEYS, values, strict=True))
            if head["body_hash"]:
                self._by_body[head["body_hash"]] = aid
            if head["origin"]:
                self._by_origin[head["origin"]] = aid
        self._server_claims = set()  # (those of the articles read again, as they are)
        self._server_articles = set(self._article_docs)
        for row in got.verdicts:
            self._verdicts[row[0]] = _verdict(row)
        for row in got.history:
            self._log.record(_entry(row))

    def _read_article(self, aid: str) -> None:
        """One stored article and its claims (orphans too, with their verdicts), read on a
        heads-only desk when it is ingested again: what the full path holds of it, so
        that its update keeps every verdict exactly as the full path does."""
        with self._talking("cannot read the desk") as conn, conn.transaction():
            doc, rows = read_article(conn, aid)
        if doc is None:
            return
        self._add_article_doc(json.loads(doc))
        claims = [claim_from_row(r) for r in rows]
        self._add_claims(claims)
        for c in claims:
            state = self._verdicts.get(c.id)
            if state is not None:
                state.onto(c)
        self._server_claims.update(c.id for c in claims)
        self._claim_list = None
        self._sources = None

    @_synchronized
    def article_urls(self) -> set[str]:
        """Every URL an article was read from or names as its own (what `watch` does not
        fetch again), from the heads too: a heads-only desk holds few articles."""
        urls = {u for a in self._articles.values() for u in (a.url, a.path) if u}
        urls.update(
            u for d in self._article_docs.values() for u in (d.get("url"), d.get("path")) if u
        )
        return urls

    def held_claims(self) -> int:
        """How many claims this desk holds in memory (a heads-only desk: only those of
        the articles it ingested since its last checkpoint)."""
        return len(self._claims)

    def _server_rev(self, conn: Any) -> str | None:
        row = conn.execute("SELECT value FROM desk_meta WHERE key = 'articles_rev'").fetchone()
        return row[0] if row else None

    def _catch_up(self, conn: Any) -> bool:
        """What others wrote since the last look: a reload when their articles changed,
        else the history after our last seq. Returns whether the desk was reloaded."""
        if self._stale or self._server_rev(conn) != self._rev:
            if self._dirty or self._orphans:
                raise StoreError(
                    f"another process ingested while this ingest ran; nothing of this "
                    f"ingest was written, run it again: {self.label}"
                )
            before = set(self._articles)
            self._load()
            self._new_articles += [a for a in self._articles if a not in before]
            self.articles_revision += 1
            return True
        rows = conn.execute(
            f"SELECT {HISTORY_COLUMNS} FROM history WHERE seq > %s ORDER BY seq",
            (self._log.seq,),
        ).fetchall()
        for row in rows:
            e = _entry(row)
            self._apply_entry(e)
            self._foreign.append(e)
        return False

    def refresh(self) -> DeskChanges:
        """What others wrote since the last look, now in memory (see ClaimStore.refresh).
        StoreError when the server cannot be reached (the caller tries again later)."""
        if self._closed:
            return DeskChanges()
        with self._mutex, self._talking("cannot read the desk") as conn:
            reloaded = self._catch_up(conn)
            entries, self._foreign = self._foreign, []
            new, self._new_articles = self._new_articles, []
            if reloaded:
                entries = []
            return DeskChanges(entries=entries, reloaded=reloaded, new_articles=new)

    @_synchronized
    def reload(self) -> None:
        with gc_paused():
            self._load()
        self.articles_revision += 1

    # ---------------------------------------------------------------- verdicts
    def _require_writer(self) -> None:
        if self.readonly:
            raise StoreError(f"store opened read-only: {self.label}")
        if self._closed:
            raise StoreError(f"store is closed: {self.label}")

    def _write_action(self, build: Callable[[], list[HistoryEntry]]) -> list[HistoryEntry]:
        """One action in one transaction: catch up under the verdict lock, build the entries
        against the state now, append them, upsert the claims' verdicts, notify."""
        self._require_writer()
        with self._talking("verdict not saved") as conn:
            try:
                with conn.transaction():
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (VERDICT_LOCK,))
                    self._catch_up(conn)
                    entries = build()
                    if not entries:
                        return []
                    for e in entries:
                        self._apply_entry(e)
                    with conn.cursor() as cur:
                        cur.executemany(
                            f"INSERT INTO history ({HISTORY_COLUMNS}) "
                            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                            [_entry_row(e) for e in entries],
                        )
                        touched = dict.fromkeys(e.claim_id for e in entries)
                        cur.executemany(
                            f"INSERT INTO verdicts ({VERDICT_COLUMNS}) "
                            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
                            "ON CONFLICT (claim_id) DO UPDATE SET status = EXCLUDED.status, "
                            "note = EXCLUDED.note, reviewer = EXCLUDED.reviewer, "
                            "at = EXCLUDED.at, note_by = EXCLUDED.note_by, "
                            "note_at = EXCLUDED.note_at, "
                            "contested_reviewer = EXCLUDED.contested_reviewer, "
                            "contested_status = EXCLUDED.contested_status",
                            [_verdict_row(c, self._verdicts[c]) for c in touched],
                        )
                        cur.executemany(
                            "UPDATE claims SET status = %s, note = %s WHERE id = %s",
                            [(self._verdicts[c].status, self._verdicts[c].note, c)
                             for c in touched],
                        )  # fmt: skip
                    conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, "verdict"))
            except BaseException:
                # memory may hold entries the server never took: read the desk again
                # (now, or at the next look when the server is away)
                self._stale = True
                with contextlib.suppress(Exception):
                    self._load()
                raise
            return entries

    @contextlib.contextmanager
    def write_lock(self) -> Iterator[None]:
        """Nothing to hold: each write to the server is its own transaction."""
        self._require_writer()
        yield

    # ---------------------------------------------------------------- merges, features
    def merge_docs(self) -> list[dict[str, Any]]:
        """Every merge decision, oldest first (as the .merges file's lines)."""
        with self._mutex, self._talking("cannot read merge decisions") as conn:
            return [r[0] for r in conn.execute("SELECT doc FROM merges ORDER BY id").fetchall()]

    def append_merge_docs(self, docs: list[dict[str, Any]]) -> int:
        self._require_writer()
        with (
            self._mutex,
            self._talking("merge decision not saved") as conn,
            conn.transaction(),
            conn.cursor() as cur,
        ):
            cur.executemany(
                "INSERT INTO merges (doc) VALUES (%s)", [(json.dumps(d),) for d in docs]
            )
            cur.execute("SELECT pg_notify(%s, %s)", (CHANNEL, "merges"))
        return len(docs)

    def merges_stamp(self) -> str:
        """Changes whenever a merge decision is added (for the comparison's cache key)."""
        with self._mutex, self._talking("cannot read merge decisions") as conn:
            row = conn.execute("SELECT count(*), coalesce(max(id), 0) FROM merges").fetchone()
        return f"{row[0]}:{row[1]}"

    def read_features(self, version: int) -> dict[str, list[Any]]:
        with self._mutex, self._talking("cannot read comparison features") as conn:
            self._settle_apart()
            rows = conn.execute(
                "SELECT article_id, raw FROM features WHERE version = %s", (version,)
            ).fetchall()
        return {aid: raw for aid, raw in rows}

    def write_features(self, version: int, articles: dict[str, list[Any]]) -> bool:
        if self.readonly:
            return False
        with self._mutex:
            self._settle_apart()
            self._kept.drop()  # (until this commits)
            with self._talking("comparison features not kept") as conn, conn.transaction():
                pg_features.write_all(conn, version, articles)
            if self._long_lock:  # (kept for an ingest's run only)
                self._kept.wrote_all(version, articles)
        return True

    def kept_fingerprints(self, version: int) -> dict[str, str]:
        """Each kept entry's fingerprint (its first item), read on the server once per
        ingest (store/pg_features.py `KeptPrints`): what a checkpoint compares, without
        bringing every entry over."""
        with self._mutex:
            self._settle_apart()  # (then the child's writes are known)
            held = self._kept.get(version)
            if held is not None:
                return held
            with self._talking("cannot read comparison features") as conn:
                prints = pg_features.read_kept_prints(conn, version)
            if self._long_lock:  # (kept for this ingest's run only)
                self._kept.hold(version, prints)
        return prints

    def put_features(self, version: int, fresh: dict[str, list[Any]], gone: list[str]) -> bool:
        """Replace the entries of `fresh`'s articles and drop those of `gone`, in one
        transaction; the other entries stay as they are (an ingest's checkpoint writes
        what it read, not the whole table again)."""
        if self.readonly:
            return False
        with self._mutex:
            self._settle_apart()
            try:
                with self._talking("comparison features not kept") as conn, conn.transaction():
                    pg_features.put_some(conn, version, fresh, gone)
            except BaseException:
                self._kept.drop()
                raise
            self._kept.wrote_some(version, fresh, gone)
        return True

    # ---------------------------------------------------------------- ingest
    def _take_long_lock(self) -> None:
        """The long writers' lock (ingest, import, copy), waiting up to `wait` seconds."""
        if self._long_lock:
            return
        deadline = time.monotonic() + self.wait
        with self._talking("cannot lock the desk") as conn:
            while True:
                row = conn.execute("SELECT pg_try_advisory_lock(%s)", (INGEST_LOCK,)).fetchone()
                if row[0]:
                    self._long_lock = True
                    return
                if time.monotonic() >= deadline:
                    raise StoreLocked(f"store being written: {self.label}")
                time.sleep(0.1)

    def _drop_long_lock(self) -> None:
        self._settle_apart()  # (its features are this ingest's)
        if self._long_lock and self._conn is not None and not self._conn.broken:
            with contextlib.suppress(Exception):
                self._conn.execute("SELECT pg_advisory_unlock(%s)", (INGEST_LOCK,))
        self._long_lock = False
        self._kept.drop()

    def _begin_long_write(self) -> None:
        if not self._long_lock:
            self._take_long_lock()
            with self._talking("cannot read the desk") as conn:
                self._catch_up(conn)

    @_synchronized
    def ingest_extraction(self, ext: Extraction, *, origin: str | None = None) -> IngestResult:
        """As ClaimStore.ingest_extraction (the same rules), written to the server."""
        self._require_writer()
        text = article_text(ext, origin)
        if not text.has_text:
            return IngestResult(text.path, None, "failed", error="no article text")
        self._begin_long_write()
        aid = self._article_id_for(text)
        if self._heads_only and aid in self._article_docs and aid not in self._articles:
            self._read_article(aid)
        old = self._articles.get(aid)
        prepared = prepare(ext, text, aid)
        n = len(prepared.claims)
        if old is not None and self._article_docs[aid].get("fingerprint") == prepared.fingerprint:
            self._end_long_write()
            return IngestResult(text.path, aid, "unchanged", n, self._orphan_count(aid))
        self._put_article(aid, old, text, prepared)
        kept = self._put_claims(aid, prepared.claims)
        self._claim_list = None
        self._sources = None
        self._dirty.add(aid)
        self.articles_revision += 1
        if self._batch == 0:
            self._write_articles()
        else:
            self._stream_article(aid, new=old is None)
        return IngestResult(text.path, aid, "updated" if old else "added", n, kept)

    @_synchronized
    def adopt_orphan(self, claim: Claim) -> None:
        self._require_writer()
        self._begin_long_write()
        if claim.id in self._claims:
            self._end_long_write()
            return
        claim.orphaned = True
        self._claims[claim.id] = claim
        self._by_article.setdefault(claim.article_id, []).append(claim.id)
        self._claim_list = None
        self._orphans.add(claim.id)
        self._streamable = False  # (the rest of this batch is written at its end)
        if self._batch == 0:
            self._write_articles()

    def _end_long_write(self) -> None:
        """Let other ingests go on, unless this desk was opened `exclusive` or a batch or
        unwritten work is under way."""
        if not self._exclusive and self._batch == 0 and not self.pending:
            self._drop_long_lock()

    def _write_articles(self) -> None:
        """The changed articles and their claims in one transaction, claims through COPY."""
        try:
            self._write_articles_now()
        finally:
            self._end_long_write()

    def _check_rev(self, conn: Any) -> None:
        if self._server_rev(conn) != self._rev:
            raise StoreError(
                f"another process ingested while this ingest ran; nothing of this "
                f"ingest was written, run it again: {self.label}"
            )

    def _stream_article(self, aid: str, *, new: bool) -> None:
        """In a batch: hand new articles' rows to the writer thread, STREAM_ARTICLES at a
        time; an article ingested again ends the streaming (written at the end, as all
        was before)."""
        if not new:
            self._streamable = False
        if not self._streamable or aid in self._server_articles:
            return
        self._to_send.append(aid)
        if len(self._to_send) < STREAM_ARTICLES:
            return
        if self._stream is None:
            self._stream = CopyStream(self._connection(), self._check_rev)
        arts = [
            (aid, json.dumps(article_doc(self._articles[aid], self._article_docs[aid])))
            for aid in self._to_send
        ]
        claims = [
            claim_row(self._claims[cid])
            for aid in self._to_send
            for cid in self._by_article.get(aid, [])
        ]
        self._stream.put(arts, claims)
        self._sent.update(self._to_send)
        self._to_send.clear()

    def _write_articles_now(self) -> None:
        stream, sent = self._stream, self._sent
        self._stream, self._sent, self._to_send = None, set(), []
        self._streamable = True
        if not self._dirty and not self._orphans:
            if stream is not None:
                stream.abort()
            return
        rev: list[str] = []

        def final(conn: Any) -> None:
            if stream is None:
                self._check_rev(conn)
            self._put_on_server(conn, sorted(self._dirty - sent), sorted(self._orphans))
            row = conn.execute(
                "UPDATE desk_meta SET value = (value::bigint + 1)::text "
                "WHERE key = 'articles_rev' RETURNING value"
            ).fetchone()
            conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, "articles"))
            rev.append(row[0])

        with self._talking("ingest not saved") as conn:
            if stream is not None:
                stream.finish(final)  # (in the writer's transaction, on its thread)
            else:
                with conn.transaction():
                    final(conn)
        self._rev = rev[0]
        self._server_articles.update(sent)
        self._server_claims.update(cid for aid in sent for cid in self._by_article.get(aid, []))
        self._dirty.clear()
        self._orphans.clear()

    def _put_on_server(self, conn: Any, article_ids: list[str], orphan_ids: list[str]) -> None:
        """Articles and claims the server lacks go in through COPY; those it has are
        replaced (an article ingested again) through a temporary table and one upsert."""
        order = {aid: i for i, aid in enumerate(self._article_docs)}  # (heads too)
        claim_order = {cid: i for i, cid in enumerate(self._claims)}
        base = conn.execute("SELECT coalesce(max(ord), 0) FROM claims").fetchone()[0] + 1
        known_articles = [aid for aid in article_ids if aid in self._server_articles]
        if known_articles:
            conn.execute("CREATE TEMP TABLE incoming_articles (LIKE articles) ON COMMIT DROP")
        copy_rows(
            conn,
            "articles",
            "ord, id, doc",
            [aid for aid in article_ids if aid not in self._server_articles],
            known_articles,
            lambda aid: (
                order[aid],
                aid,
                json.dumps(article_doc(self._articles[aid], self._article_docs[aid])),
            ),
        )
        if known_articles:
            conn.execute(
                "INSERT INTO articles SELECT * FROM incoming_articles "
                "ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc"
            )
        ids = [cid for aid in article_ids for cid in self._by_article.get(aid, [])]
        listed = set(ids)
        ids += [cid for cid in orphan_ids if cid not in listed]
        if known_articles:
            conn.execute(
                "DELETE FROM claims WHERE article_id = ANY(%s) AND NOT id = ANY(%s)",
                (known_articles, ids),
            )
        known = [cid for cid in ids if cid in self._server_claims]
        if known:
            conn.execute("CREATE TEMP TABLE incoming_claims (LIKE claims) ON COMMIT DROP")

        claims = self._claims
        copy_rows(
            conn,
            "claims",
            f"ord, {CLAIM_COLUMNS}",
            [cid for cid in ids if cid not in self._server_claims],
            known,
            lambda cid: (base + claim_order[cid], *claim_row(claims[cid])),
        )
        if known:
            updates = ", ".join(
                f"{col} = EXCLUDED.{col}" for col in CLAIM_COLUMNS.split(", ") if col != "id"
            )
            conn.execute(
                "INSERT INTO claims SELECT * FROM incoming_claims "
                f"ON CONFLICT (id) DO UPDATE SET {updates}"
            )
        self._server_articles.update(article_ids)
        self._server_claims.update(ids)

    @contextlib.contextmanager
    def batch(self) -> Iterator[PgStore]:
        """Group many ingests into one server write at the end."""
        self._require_writer()
        self._batch += 1
        try:
            yield self
        finally:
            with self._mutex:
                self._batch -= 1
                if self._batch == 0:
                    self._write_articles()

    @_synchronized
    def flush(self) -> None:
        self._require_writer()
        self._write_articles()

    @property
    def pending(self) -> bool:
        return bool(self._dirty or self._orphans)

    @_synchronized
    def release_written(self) -> None:
        """Between an ingest's checkpoints, a heads-only desk lets go of the articles and
        claims it has written (their heads stay: an article met again is found and read
        again); a desk read whole keeps everything."""
        if not self._heads_only or self.pending:
            return
        for aid, art in list(self._articles.items()):
            self._article_docs[aid] = head_of(self._article_docs[aid], art)
            for cid in self._by_article.pop(aid, []):
                self._server_claims.discard(cid)
        self._articles.clear()
        self._claims.clear()  # (stand-ins of verdicts applied meanwhile: made again)
        self._claim_list = None
        self._sources = None

    @property
    def in_batch(self) -> bool:
        return self._batch > 0

    def compact(self) -> None:
        """Nothing to fold: the server keeps its own tables."""

    # ---------------------------------------------------------------- copy support
    def put_history(self, entries: list[HistoryEntry], states: dict[str, ReviewState]) -> None:
        """History and verdicts as another desk holds them (claimdesk copy), appended
        after what this desk has: one transaction."""
        self._require_writer()
        with self._mutex, self._talking("copy not saved") as conn:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (VERDICT_LOCK,))
                with conn.cursor() as cur:
                    with cur.copy(f"COPY history ({HISTORY_COLUMNS}) FROM STDIN") as copy:
                        for e in entries:
                            copy.write_row(_entry_row(e))
                    conn.execute("DELETE FROM verdicts WHERE claim_id = ANY(%s)", (list(states),))
                    with cur.copy(f"COPY verdicts ({VERDICT_COLUMNS}) FROM STDIN") as copy:
                        for cid, s in states.items():
                            copy.write_row(_verdict_row(cid, s))
                    conn.execute(
                        "UPDATE claims c SET status = v.status, note = v.note FROM verdicts v "
                        "WHERE v.claim_id = c.id AND c.id = ANY(%s)",
                        (list(states),),
                    )
                conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, "verdict"))
            self._load()

    # ---------------------------------------------------------------- server-side pages
    def page(
        self,
        *,
        after: int | None = None,
        limit: int = 100,
        status: str | None = None,
        kind: str | None = None,
        search: str | None = None,
    ) -> Any:
        """A page of claims read by the server (store/pg_pages.py): for a desk too big to
        hold, the rows after key `after`, filtered and searched on the server's indexes."""
        from claimdesk.store.pg_pages import claim_page

        with self._mutex, self._talking("cannot read the desk") as conn:
            return claim_page(
                conn, after=after, limit=limit, status=status, kind=kind, search=search
            )

    # ---------------------------------------------------------------- lifecycle
    def listen_dsn(self) -> str:
        """The DSN a follower opens its own LISTEN connection with."""
        return self.dsn

    @_synchronized
    def close(self) -> None:
        if self._closed:
            return
        try:
            if not self.readonly and (self._dirty or self._orphans):
                self._write_articles()
        finally:
            self._drop_long_lock()
            self._closed = True
            self._drop_connection()

    def discard_if_empty(self) -> bool:
        """A server desk is never removed (it was made on purpose): close it."""
        self.close()
        return False

    def __enter__(self) -> PgStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_output(self, target: str | os.PathLike[str]) -> None:
        from claimdesk.store.paths import check_output

        check_output(target, None)

    def resolve_id(self, prefix: str) -> str:
        try:
            return super().resolve_id(prefix)
        except StoreError as exc:
            raise StoreError(str(exc).replace(str(self.path), self.label)) from None

    def article(self, article_id: str) -> Any:
        try:
            return super().article(article_id)
        except StoreError as exc:
            raise StoreError(str(exc).replace(str(self.path), self.label)) from None

    def stats(self) -> dict[str, Any]:
        out = super().stats()
        out["path"] = self.label
        return out
