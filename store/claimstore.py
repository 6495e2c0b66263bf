"""ClaimStore: articles and claims (bulk, immutable after ingest) plus verdicts (small, hot).

Files, for a store at PATH (a TinyDB database file, readable by stock TinyDB):

- PATH          tables _meta, articles, claims, verdicts, history; always replaced whole
                and atomically (DurableStorage), at ingest and at compaction.
- PATH.journal  the verdict journal: one fsync'd JSON line per action (mark, note, undo).
                A verdict write appends here and never rewrites the claims.
- PATH.lock     the writer lock (flock + PID).

Everything is loaded into memory at open (one json parse, no TinyDB queries), indexed by
our own ids. The writer holds the lock for its lifetime, so its memory is the truth; a
reader takes a consistent snapshot: it reads the journal before the store file, and skips
journal actions the store file already holds (`journal_seq`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import getpass
import hashlib
import os
import threading
import time
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar

from claimdesk.extract.gc_pause import gc_paused
from claimdesk.store import ids
from claimdesk.store.errors import StoreError
from claimdesk.store.journal import JournalWriter, read_journal
from claimdesk.store.lock import StoreLock
from claimdesk.store.paths import features_path, journal_path, lock_path
from claimdesk.store.records import (
    KINDS,
    STATUSES,
    Article,
    Claim,
    HistoryEntry,
    IngestResult,
    SourceRow,
)
from claimdesk.store.sanitize import clean_any, clean_number, clean_opt, clean_str
from claimdesk.store.storage import (
    FORMAT,
    META_TABLE,
    SCHEMA_VERSION,
    DurableStorage,
    dumps,
    fsync_dir,
    read_store_file,
    sweep_temp_files,
)

F = TypeVar("F", bound=Callable[..., Any])
COMPACT_AFTER = 2000  # journal actions folded into the store file at open/close beyond this
_LOCAL_PATHS = {"-", "<text>", "<stdin>", ""}
ANONYMOUS = "anonymous"  # the source kind of "officials", "a senior official": one per article


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def default_reviewer(reviewer: str | None = None) -> str:
    """--reviewer, else $CLAIMDESK_REVIEWER, else the login name, else "unknown"."""
    if reviewer:
        return reviewer
    env = os.environ.get("CLAIMDESK_REVIEWER")
    if env:
        return env
    try:
        return getpass.getuser() or "unknown"
    except Exception:
        return "unknown"


_CLAIM_FIELDS = (
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


def _claim_doc(c: Claim) -> dict[str, Any]:
    d = {f: getattr(c, f) for f in _CLAIM_FIELDS}
    if c.orphaned:
        d["orphaned"] = True
    return d


CLAIM_BATCH = 10_000
_COLUMN_GETTERS = [(f, attrgetter(f)) for f in (*_CLAIM_FIELDS, "orphaned")]


def _claim_batches(claims: list[Claim]) -> dict[str, dict[str, Any]]:
    """The claims table: one document per CLAIM_BATCH claims, stored by column.

    Why columns: parsing 100k small JSON objects and calling Claim(**doc) for each was
    the bulk of the open time; columns parse about 4x faster and build Claims by map().
    """
    table: dict[str, dict[str, Any]] = {}
    for n, i in enumerate(range(0, len(claims), CLAIM_BATCH), 1):
        part = claims[i : i + CLAIM_BATCH]
        cols = {f: list(map(get, part)) for f, get in _COLUMN_GETTERS}
        if not any(cols["orphaned"]):
            del cols["orphaned"]
        table[str(n)] = {"columns": cols}
    return table


def _entry_doc(e: HistoryEntry) -> dict[str, Any]:
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


def _entry_from_doc(d: dict[str, Any]) -> HistoryEntry:
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


def _synchronized(method: F) -> F:
    """One thread at a time inside the store (the TUI reads and writes from workers)."""

    @functools.wraps(method)
    def wrapper(self: ClaimStore, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


class ClaimStore:
    """The claim store (see notes/STORE_API.md). Use as a context manager.

    Thread-safe: public methods hold one re-entrant lock (cheap next to an fsync).
    """

    def __init__(
        self, path: str | os.PathLike[str], *, readonly: bool = False, wait: float = 0.0
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._mutex = threading.RLock()
        self._lock: StoreLock | None = None
        self._journal: JournalWriter | None = None
        self._batch = 0
        self._dirty = False
        self._ingested = False  # articles changed since the last store write (features)
        self._closed = False
        self.created = False  # this writer created the store file (see discard_if_empty)
        self._reset_memory()
        with gc_paused():
            if readonly:
                self._load_snapshot()
            else:
                self._open_writer(wait)

    # ---------------------------------------------------------------- opening
    def _reset_memory(self) -> None:
        self.meta: dict[str, Any] = {}
        self._articles: dict[str, Article] = {}
        self._article_docs: dict[str, dict[str, Any]] = {}  # id -> extra (sources, origin...)
        self._by_body: dict[str, str] = {}
        self._by_origin: dict[str, str] = {}
        self._claims: dict[str, Claim] = {}
        self._claim_list: list[Claim] | None = None
        self._by_article: dict[str, list[str]] = {}
        self._verdicts: dict[str, tuple[str, str, str | None, str | None]] = {}
        self._history: list[HistoryEntry] = []
        self._seq = 0
        self._action = 0
        self._journal_seq = 0
        self._actions: dict[int, list[HistoryEntry]] = {}
        self._undone: set[int] = set()
        self._undo_stack: list[int] = []
        self._sources: list[SourceRow] | None = None

    def _load_snapshot(self) -> None:
        """Journal first, then the store file: together always a consistent state."""
        jpath = journal_path(self.path)
        journal = read_journal(jpath)
        data = read_store_file(self.path)
        if data is None:
            if journal.actions:
                raise StoreError(f"verdict journal found but no store file: {self.path}")
            self.meta = {"format": FORMAT, "schema": SCHEMA_VERSION, "store_id": None}
            return
        self._load_data(data)
        self._check_journal_header(journal.header)
        for action in journal.actions:
            self._apply_action(action)

    def _open_writer(self, wait: float) -> None:
        try:
            if not self.path.parent.is_dir():
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fsync_dir(self.path.parent.parent)  # the new directory survives power loss
        except OSError as exc:
            raise StoreError(
                f"cannot create store directory ({exc.strerror}): {self.path}"
            ) from None
        lock_existed = lock_path(self.path).exists()
        self._lock = StoreLock(lock_path(self.path), self.path)
        self._lock.acquire(wait)
        try:
            sweep_temp_files(self.path)
            jpath = journal_path(self.path)
            sweep_temp_files(jpath)
            sweep_temp_files(features_path(self.path))
            journal = read_journal(jpath)
            data = read_store_file(self.path)
            if data is None:
                if journal.actions:
                    raise StoreError(f"verdict journal found but no store file: {self.path}")
                self.meta = {
                    "format": FORMAT,
                    "schema": SCHEMA_VERSION,
                    "store_id": uuid.uuid4().hex,
                    "created": now_iso(),
                    "journal_seq": 0,
                }
                self._write_store()
                self.created = True
            else:
                self._load_data(data)
                self._check_journal_header(journal.header)
                for action in journal.actions:
                    self._apply_action(action)
            self._journal = JournalWriter(jpath, self.meta["store_id"], self._journal_seq)
            if data is None or journal.header is None:
                self._journal.reset(self._seq)  # (an empty journal left by a deleted store)
            else:
                self._journal.open_existing(journal.valid_bytes, journal.torn, len(journal.actions))
            if self._journal.count > COMPACT_AFTER:
                self.compact()
        except BaseException:
            if not lock_existed:  # refused (not a store, say): leave no lock file of ours
                with contextlib.suppress(OSError):  # (unlinked while held, as discard does)
                    lock_path(self.path).unlink()
            self._release()
            raise

    def _check_journal_header(self, header: dict[str, Any] | None) -> None:
        if header is not None and header.get("store_id") != self.meta.get("store_id"):
            raise StoreError(
                f"verdict journal belongs to another store; not touching it: "
                f"{journal_path(self.path)}"
            )

    def _load_data(self, data: dict[str, Any]) -> None:
        meta_table = data.get(META_TABLE) or {}
        self.meta = dict(next(iter(meta_table.values())))
        self._journal_seq = int(self.meta.get("journal_seq") or 0)
        try:
            for doc in (data.get("articles") or {}).values():
                self._add_article_doc(doc)
            for doc in (data.get("claims") or {}).values():
                self._add_claim_doc(doc)
            for doc in (data.get("verdicts") or {}).values():
                self._verdicts[doc["claim"]] = (
                    doc["status"],
                    doc.get("note") or "",
                    doc.get("reviewer"),
                    doc.get("at"),
                )
            for doc in (data.get("history") or {}).values():
                self._record_entry(_entry_from_doc(doc))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StoreError(
                f"store file is damaged ({type(exc).__name__}: {exc}): {self.path}"
            ) from None
        self._seq = max(self._seq, self._journal_seq)
        for cid, (status, note, reviewer, at) in self._verdicts.items():
            self._set_claim_state(cid, status, note, reviewer, at)

    def _add_claim_doc(self, doc: dict[str, Any]) -> None:
        """A claims-table document: a column batch (see _claim_batches) or one claim."""
        cols = doc.get("columns")
        if cols is None:
            built = [Claim(**doc)]
        else:
            columns = [cols[f] for f in _CLAIM_FIELDS]
            n = len(columns[0])
            if any(len(col) != n for col in columns):
                raise ValueError("claim columns differ in length")
            built = list(map(Claim, *columns))
            orphaned = cols.get("orphaned")
            if orphaned:
                for c, o in zip(built, orphaned, strict=True):
                    if o:
                        c.orphaned = True
        claims = self._claims
        by_article = self._by_article
        for c in built:
            claims[c.id] = c
            ids_ = by_article.get(c.article_id)
            if ids_ is None:
                by_article[c.article_id] = [c.id]
            else:
                ids_.append(c.id)

    def _add_article_doc(self, doc: dict[str, Any]) -> None:
        art = Article(
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
        self._articles[art.id] = art
        self._article_docs[art.id] = doc  # sources, origin, body_hash, fingerprint, ...
        body_hash = doc.get("body_hash")
        if body_hash:
            self._by_body[body_hash] = art.id
        origin = doc.get("origin")
        if origin:
            self._by_origin[origin] = art.id

    # ---------------------------------------------------------------- lifecycle
    @_synchronized
    def close(self) -> None:
        if self._closed:
            return
        try:
            if not self.readonly:
                if self._dirty:
                    self._write_store()
                elif self._journal is not None and self._journal.count > COMPACT_AFTER:
                    self.compact()
        finally:
            self._closed = True
            self._release()

    @_synchronized
    def discard_if_empty(self) -> bool:
        """Close, and remove the store's files if this writer created it and nothing was put
        in it (no article, claim or history): a failed first command leaves no empty store
        behind for a mistyped path. Returns whether the files were removed."""
        if self.readonly or self._closed or not self.created or self._lock is None:
            self.close()
            return False
        if self._articles or self._claims or self._history or self._verdicts or self._dirty:
            self.close()
            return False
        self._closed = True
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        for victim in (self.path, journal_path(self.path)):
            with contextlib.suppress(FileNotFoundError):
                victim.unlink()
        # The lock file goes last, while still held: a waiting writer notices that the
        # file it locked was unlinked and starts over (StoreLock.acquire).
        with contextlib.suppress(FileNotFoundError):
            lock_path(self.path).unlink()
        self._lock.release()
        self._lock = None
        with contextlib.suppress(OSError):
            fsync_dir(self.path.parent)
        return True

    def _release(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self._release()

    def _require_writer(self) -> None:
        if self.readonly:
            raise StoreError(f"store opened read-only: {self.path}")
        if self._closed:
            raise StoreError(f"store is closed: {self.path}")

    # ---------------------------------------------------------------- persistence
    def _snapshot_data(self) -> dict[str, Any]:
        meta = dict(self.meta)
        meta["schema"] = SCHEMA_VERSION
        meta["format"] = FORMAT
        meta["journal_seq"] = self._seq
        meta["last_action"] = self._action
        articles = {}
        for i, art in enumerate(self._articles.values(), 1):
            extra = self._article_docs.get(art.id, {})
            articles[str(i)] = {
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
        claims = _claim_batches(list(self._claims.values()))
        verdicts = {
            str(i): {"claim": cid, "status": s, "note": n, "reviewer": r, "at": a}
            for i, (cid, (s, n, r, a)) in enumerate(self._verdicts.items(), 1)
        }
        history = {str(i): _entry_doc(e) for i, e in enumerate(self._history, 1)}
        return {
            META_TABLE: {"1": meta},
            "articles": articles,
            "claims": claims,
            "verdicts": verdicts,
            "history": history,
        }

    def _write_store(self) -> None:
        """Replace the store file atomically with the whole state, then empty the journal."""
        try:
            DurableStorage(self.path).write(self._snapshot_data())
        except OSError as exc:
            raise StoreError(f"cannot write store ({exc.strerror}): {self.path}") from None
        self._journal_seq = self._seq
        self.meta["journal_seq"] = self._seq
        self._dirty = False
        if self._journal is not None and self._journal.count:
            self._journal.reset(self._seq)
        if self._ingested:
            self._ingested = False
            self._refresh_features()

    def _refresh_features(self) -> None:
        """Read the newly ingested articles for the comparison once, now (store/features.py),
        so that comparing the desk later only joins. Derived data: a failure here costs
        the next comparison time, never anything stored."""
        from claimdesk.store.comparison import refresh_features

        with contextlib.suppress(OSError, StoreError):
            refresh_features(self)

    @_synchronized
    def compact(self) -> None:
        """Fold the journal into the store file (atomic replace), then start a new journal."""
        self._require_writer()
        self._write_store()

    @_synchronized
    def flush(self) -> None:
        """Write pending ingest work now (durable when this returns)."""
        self._require_writer()
        if self._dirty:
            self._write_store()

    @contextlib.contextmanager
    def batch(self) -> Iterator[ClaimStore]:
        """Group many ingests into one store write at the end (call flush() to checkpoint)."""
        self._require_writer()
        self._batch += 1
        try:
            yield self
        finally:
            with self._mutex:
                self._batch -= 1
                if self._batch == 0 and self._dirty:
                    self._write_store()

    # ---------------------------------------------------------------- verdict state
    def _set_claim_state(
        self, cid: str, status: str, note: str, reviewer: str | None, at: str | None
    ) -> None:
        c = self._claims.get(cid)
        if c is None:
            c = Claim(
                id=cid,
                kind="statement",
                article_id="",
                text="(claim no longer in the store)",
                speaker=None,
                partial=None,
                value=None,
                unit=None,
                qualifier=None,
                noun=None,
                hypothetical=None,
                start=0,
                end=0,
                orphaned=True,
            )
            self._claims[cid] = c
            self._claim_list = None
        c.status = status
        c.note = note
        c.reviewer = reviewer
        c.reviewed_at = at

    def _record_entry(self, e: HistoryEntry) -> None:
        self._history.append(e)
        self._seq = max(self._seq, e.seq)
        if e.action > self._action:
            self._action = e.action
        group = self._actions.get(e.action)
        if group is None:
            self._actions[e.action] = [e]
            if e.undo_of is None:
                self._undo_stack.append(e.action)
        else:
            group.append(e)
        if e.undo_of is not None:
            target = self._entry_action(e.undo_of)
            if target is not None:
                self._undone.add(target)

    def _entry_action(self, seq: int) -> int | None:
        # entries are stored in seq order; binary search the history list
        lo, hi = 0, len(self._history) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self._history[mid].seq
            if s == seq:
                return self._history[mid].action
            if s < seq:
                lo = mid + 1
            else:
                hi = mid - 1
        return None

    def _apply_entry(self, e: HistoryEntry) -> None:
        self._record_entry(e)
        self._verdicts[e.claim_id] = (e.to_status, e.to_note, e.reviewer, e.at)
        self._set_claim_state(e.claim_id, e.to_status, e.to_note, e.reviewer, e.at)

    def _apply_action(self, action: dict[str, Any]) -> None:
        try:
            entries = [_entry_from_doc(d) for d in action["entries"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(
                f"journal entry is damaged ({exc}): {journal_path(self.path)}"
            ) from None
        for e in entries:
            if e.seq > self._journal_seq:
                self._apply_entry(e)

    def _commit(self, entries: list[HistoryEntry]) -> list[HistoryEntry]:
        """Append one action to the journal (fsync), then apply it in memory."""
        if not entries:
            return []
        assert self._journal is not None
        self._journal.append(
            {"action": entries[0].action, "entries": [_entry_doc(e) for e in entries]}
        )
        for e in entries:
            self._apply_entry(e)
        return entries

    # ---------------------------------------------------------------- writes
    @_synchronized
    def resolve_id(self, prefix: str) -> str:
        """A full claim id from an id or a unique prefix (like git)."""
        prefix = prefix.strip().lower()
        if prefix in self._claims:
            return prefix
        if len(prefix) < 4:
            raise StoreError(f"claim id prefix too short (need 4+ characters): {prefix!r}")
        hits = [cid for cid in self._claims if cid.startswith(prefix)]
        if not hits:
            raise StoreError(f"no claim {prefix!r} in {self.path}")
        if len(hits) > 1:
            raise StoreError(f"claim id {prefix!r} is ambiguous ({len(hits)} claims match)")
        return hits[0]

    @_synchronized
    def mark(
        self,
        claim_ids: list[str],
        status: str,
        *,
        note: str | None = None,
        reviewer: str | None = None,
    ) -> list[HistoryEntry]:
        """Set the status (and the note, when given) of claims: one action, durable on return."""
        self._require_writer()
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")
        if isinstance(claim_ids, str):
            claim_ids = [claim_ids]
        resolved = [self.resolve_id(cid) for cid in claim_ids]
        who = default_reviewer(reviewer)
        at = now_iso()
        action = self._action + 1
        seq = self._seq
        entries: list[HistoryEntry] = []
        seen: set[str] = set()
        new_note = None if note is None else clean_str(note)
        for cid in resolved:
            if cid in seen:
                continue
            seen.add(cid)
            c = self._claims[cid]
            to_note = c.note if new_note is None else new_note
            if c.status == status and c.note == to_note:
                continue
            seq += 1
            entries.append(
                HistoryEntry(seq, cid, c.status, status, c.note, to_note, who, at, None, action)
            )
        return self._commit(entries)

    @_synchronized
    def apply_states(
        self, states: list[tuple[str, str, str]], *, reviewer: str | None = None
    ) -> list[HistoryEntry]:
        """Set (claim id, status, note) for many claims as one action (import, bulk tools)."""
        self._require_writer()
        who = default_reviewer(reviewer)
        at = now_iso()
        action = self._action + 1
        seq = self._seq
        entries: list[HistoryEntry] = []
        seen: set[str] = set()
        for cid, status, note in states:
            if status not in STATUSES:
                raise StoreError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")
            c = self._claims.get(cid)
            if c is None or cid in seen:
                continue
            seen.add(cid)
            note = clean_str(note)
            if c.status == status and c.note == note:
                continue
            seq += 1
            entries.append(
                HistoryEntry(seq, cid, c.status, status, c.note, note, who, at, None, action)
            )
        return self._commit(entries)

    @_synchronized
    def adopt_orphan(self, claim: Claim) -> None:
        """Keep a claim that no longer appears in its article (import of an orphan)."""
        self._require_writer()
        if claim.id in self._claims:
            return
        claim.orphaned = True
        self._claims[claim.id] = claim
        self._by_article.setdefault(claim.article_id, []).append(claim.id)
        self._claim_list = None
        self._dirty = True
        if self._batch == 0:
            self._write_store()

    @_synchronized
    def set_note(self, claim_id: str, note: str, *, reviewer: str | None = None) -> HistoryEntry:
        """Replace a claim's note (status unchanged): durable on return."""
        self._require_writer()
        cid = self.resolve_id(claim_id)
        c = self._claims[cid]
        e = HistoryEntry(
            self._seq + 1,
            cid,
            c.status,
            c.status,
            c.note,
            clean_str(note),
            default_reviewer(reviewer),
            now_iso(),
            None,
            self._action + 1,
        )
        return self._commit([e])[0]

    @_synchronized
    def undo(
        self, *, reviewer: str | None = None, actions: Collection[int] | None = None
    ) -> list[HistoryEntry]:
        """Record the inverse of the last action not yet undone (a bulk mark is one action).

        `actions` limits undo to those actions (HistoryEntry.action of what one session
        did), so a dashboard's `z` never reverts a verdict someone else recorded earlier.
        History is never rewritten: the inverse is a new action whose entries point at
        the entries they undo (`undo_of`). Returns [] when there is nothing to undo.
        """
        self._require_writer()
        while self._undo_stack and self._undo_stack[-1] in self._undone:
            self._undo_stack.pop()
        if actions is None:
            target = self._undo_stack[-1] if self._undo_stack else None
        else:
            wanted = set(actions)
            target = next(
                (a for a in reversed(self._undo_stack) if a in wanted and a not in self._undone),
                None,
            )
        if target is None:
            return []
        who = default_reviewer(reviewer)
        at = now_iso()
        action = self._action + 1
        seq = self._seq
        entries = []
        for old in reversed(self._actions[target]):
            c = self._claims.get(old.claim_id)
            cur_status = c.status if c else old.to_status
            cur_note = c.note if c else old.to_note
            seq += 1
            entries.append(
                HistoryEntry(
                    seq,
                    old.claim_id,
                    cur_status,
                    old.from_status,
                    cur_note,
                    old.from_note,
                    who,
                    at,
                    old.seq,
                    action,
                )
            )
        return self._commit(entries)

    # ---------------------------------------------------------------- ingest
    @_synchronized
    def ingest_extraction(self, ext: Any, *, origin: str | None = None) -> IngestResult:
        """Store one Extraction (see extract.record). Same article again: "unchanged".

        The article id is a hash of its body; a new body from the same origin (file path
        or URL) updates that article under its first id, so verdicts carry over. Claims
        that disappear keep their verdicts as orphans; claims without one are dropped.
        """
        self._require_writer()
        path = clean_str(str(getattr(ext, "path", "") or ""))
        body = clean_str(ext.body or "")
        if not body.strip():
            return IngestResult(path, None, "failed", error="no article text")
        body_hash = ids.article_id(body)
        url = clean_opt(ext.url)
        if origin is None:
            origin = url or (None if path in _LOCAL_PATHS else path)
        aid = self._by_body.get(body_hash) or (self._by_origin.get(origin) if origin else None)
        aid = aid or body_hash
        old = self._articles.get(aid)

        claims = self._claims_from(ext, aid, body)
        art_fields = {
            "title": clean_opt(ext.title),
            "publisher": clean_opt(ext.publisher),
            "aggregator": clean_opt(getattr(ext, "aggregator", None)),
            "published": clean_opt(ext.published),
            "url": url,
            "author": clean_opt(getattr(ext, "author", None)),
            "words": int(getattr(ext, "words", 0) or 0),
            "dates": clean_any(_as_dicts(getattr(ext, "dates", []))),
            "hedges": clean_any(_as_dicts(getattr(ext, "hedges", []))),
        }
        sources = clean_any(_as_dicts(getattr(ext, "sources", [])))
        fingerprint = hashlib.sha256(
            dumps([art_fields, sources, body, [_claim_doc(c) for c in claims]])
        ).hexdigest()[:32]
        if old is not None and self._article_docs[aid].get("fingerprint") == fingerprint:
            return IngestResult(path, aid, "unchanged", len(claims), self._orphan_count(aid))

        stamp = now_iso()
        art = Article(
            id=aid,
            path=path,
            body=body,
            ingested_at=old.ingested_at if old else stamp,
            **art_fields,
        )
        if old is not None:
            prev = self._article_docs[aid]
            if prev.get("body_hash") and self._by_body.get(prev["body_hash"]) == aid:
                del self._by_body[prev["body_hash"]]
        self._articles[aid] = art
        self._article_docs[aid] = {
            "sources": sources,
            "origin": origin,
            "body_hash": body_hash,
            "fingerprint": fingerprint,
            "updated_at": stamp if old else None,
        }
        self._by_body[body_hash] = aid
        if origin:
            self._by_origin[origin] = aid

        new_ids = {c.id for c in claims}
        kept: list[str] = []
        for cid in self._by_article.get(aid, []):
            if cid in new_ids:
                continue
            if cid in self._verdicts:
                self._claims[cid].orphaned = True
                kept.append(cid)
            else:
                self._claims.pop(cid, None)
        for c in claims:
            state = self._verdicts.get(c.id)
            if state is not None:
                c.status, c.note, c.reviewer, c.reviewed_at = state
            self._claims[c.id] = c
        self._by_article[aid] = [c.id for c in claims] + kept
        self._claim_list = None
        self._sources = None
        self._dirty = True
        self._ingested = True
        if self._batch == 0:
            self._write_store()
        return IngestResult(path, aid, "updated" if old else "added", len(claims), len(kept))

    def _claims_from(self, ext: Any, aid: str, body: str) -> list[Claim]:
        out: list[Claim] = []
        seen: dict[tuple[str, str], int] = {}

        def add(kind: str, item: Any) -> None:
            text = clean_str(str(getattr(item, "text", "") or ""))
            value = clean_number(getattr(item, "value", None)) if kind == "number" else None
            unit = clean_opt(getattr(item, "unit", None))
            key = ids.claim_key(kind, text, value, unit)
            n = seen.get((kind, key), 0)
            seen[(kind, key)] = n + 1
            start = int(getattr(item, "start", 0) or 0)
            end = int(getattr(item, "end", 0) or 0)
            out.append(
                Claim(
                    id=ids.claim_id(aid, kind, key, n),
                    kind=kind,
                    article_id=aid,
                    text=text,
                    speaker=clean_opt(getattr(item, "speaker", None)),
                    partial=bool(item.partial) if kind == "quote" else None,
                    value=value,
                    unit=unit if kind == "number" else None,
                    qualifier=clean_opt(getattr(item, "qualifier", None)),
                    noun=clean_opt(getattr(item, "noun", None)),
                    hypothetical=bool(item.hypothetical) if kind == "number" else None,
                    start=max(0, min(start, len(body))),
                    end=max(0, min(end, len(body))),
                )
            )

        for kind, items in (
            ("quote", getattr(ext, "quotes", [])),
            ("statement", getattr(ext, "statements", [])),
            ("number", getattr(ext, "numbers", [])),
        ):
            for item in sorted(items, key=lambda x: getattr(x, "start", 0) or 0):
                add(kind, item)
        return out

    def _orphan_count(self, aid: str) -> int:
        return sum(1 for cid in self._by_article.get(aid, []) if self._claims[cid].orphaned)

    def ingest_path(
        self,
        path: str,
        *,
        published: str | None = None,
        publisher: str | None = None,
        max_bytes: int | None = None,
    ) -> IngestResult:
        """Read, extract and store one file, "-" or URL; bad input gives a "failed" result."""
        from claimdesk.store.ingest import load_extraction

        self._require_writer()
        try:
            ext, origin = load_extraction(
                path, published=published, publisher=publisher, max_bytes=max_bytes
            )
        except StoreError:
            raise
        except Exception as exc:  # one bad file never stops a batch
            return IngestResult(path, None, "failed", error=_one_line(exc))
        try:
            return self.ingest_extraction(ext, origin=origin)
        except StoreError:
            raise
        except Exception as exc:
            return IngestResult(path, None, "failed", error=_one_line(exc))

    def ingest_paths(
        self,
        paths: Iterable[str],
        *,
        published: str | None = None,
        publisher: str | None = None,
        max_bytes: int | None = None,
        checkpoint_seconds: float = 10.0,
    ) -> Iterator[IngestResult]:
        """Ingest many inputs with one store write per checkpoint (not per article)."""
        with self.batch():
            last = time.monotonic()
            for p in paths:
                yield self.ingest_path(
                    p, published=published, publisher=publisher, max_bytes=max_bytes
                )
                if self._dirty and time.monotonic() - last > checkpoint_seconds:
                    with self._mutex:
                        self._write_store()
                    last = time.monotonic()

    # ---------------------------------------------------------------- reads
    @_synchronized
    def articles(self) -> list[Article]:
        return list(self._articles.values())

    @_synchronized
    def fingerprints(self) -> dict[str, str | None]:
        """Article id -> the fingerprint of its stored text, sources and claims (it changes
        whenever any of them does): what derived data about an article is keyed by."""
        return {aid: doc.get("fingerprint") for aid, doc in self._article_docs.items()}

    @_synchronized
    def article(self, article_id: str) -> Article:
        art = self._articles.get(article_id)
        if art is not None:
            return art
        hits = [a for a in self._articles if a.startswith(article_id)] if article_id else []
        if len(hits) == 1:
            return self._articles[hits[0]]
        if len(hits) > 1:
            raise StoreError(f"article id {article_id!r} is ambiguous ({len(hits)} match)")
        raise StoreError(f"no article {article_id!r} in {self.path}")

    def _all_claims(self) -> list[Claim]:
        if self._claim_list is None:
            self._claim_list = list(self._claims.values())
        return self._claim_list

    @_synchronized
    def claims(
        self,
        *,
        kind: str | None = None,
        status: str | None = None,
        source: str | None = None,
        article: str | None = None,
        search: str | None = None,
        include_orphaned: bool = True,
    ) -> list[Claim]:
        """Claims in ingest order, filtered; the live objects (see Claim)."""
        if kind is not None and kind not in KINDS:
            raise StoreError(f"unknown kind {kind!r} (one of: {', '.join(KINDS)})")
        if status is not None and status not in STATUSES:
            raise StoreError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")
        if source is not None and article is None:
            article = self._source_article(source)
        if article is not None:
            aid = self.article(article).id
            rows = [self._claims[cid] for cid in self._by_article.get(aid, [])]
        else:
            rows = self._all_claims()
        if kind is None and status is None and source is None and search is None:
            if include_orphaned:
                return list(rows)
            return [c for c in rows if not c.orphaned]
        names = self._source_names(source) if source is not None else None
        needle = search.casefold() if search else None
        out = []
        for c in rows:
            if kind is not None and c.kind != kind:
                continue
            if status is not None and c.status != status:
                continue
            if not include_orphaned and c.orphaned:
                continue
            if names is not None and (c.speaker is None or c.speaker.casefold() not in names):
                continue
            if needle is not None and not any(
                needle in f.casefold() for f in (c.text, c.speaker, c.noun, c.note) if f
            ):
                continue
            out.append(c)
        return out

    def _source_names(self, source: str) -> set[str]:
        wanted = source.casefold()
        names = {wanted}
        for row in self.sources():
            group = {row.name.casefold(), *(a.casefold() for a in row.aliases)}
            if row.id == source or (wanted in group and row.kind != ANONYMOUS):
                names |= group
        return names

    def _source_article(self, source: str) -> str | None:
        """The article an anonymous source's row id stands for ("officials" of one
        article are not the "officials" of another); None for any other source."""
        for row in self.sources():
            if row.id == source and row.kind == ANONYMOUS and row.article_ids:
                return row.article_ids[0]
        return None

    @_synchronized
    def claim(self, claim_id: str) -> Claim:
        return self._claims[self.resolve_id(claim_id)]

    @_synchronized
    def sources(self) -> list[SourceRow]:
        if self._sources is None:
            rows: dict[str, dict[str, Any]] = {}
            for aid, extra in self._article_docs.items():
                for s in extra.get("sources") or []:
                    name = s.get("name")
                    if not name:
                        continue
                    kind = s.get("kind") or "person"
                    # an anonymous voice ("officials") is its article's own, never one
                    # person across articles: one row per article
                    sid = ids.source_id(f"{aid}#{name}" if kind == ANONYMOUS else name)
                    row = rows.get(sid)
                    if row is None:
                        row = rows[sid] = {
                            "id": sid,
                            "name": name,
                            "kind": kind,
                            "role": s.get("role"),
                            "aliases": [],
                            "article_ids": [],
                        }
                    if not row["role"] and s.get("role"):
                        row["role"] = s.get("role")
                    for alias in s.get("aliases") or []:
                        if alias not in row["aliases"] and alias != row["name"]:
                            row["aliases"].append(alias)
                    if aid not in row["article_ids"]:
                        row["article_ids"].append(aid)
            self._sources = [SourceRow(**r) for r in rows.values()]
        return list(self._sources)

    @_synchronized
    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        orphaned = 0
        for c in self._all_claims():
            out[c.status] = out.get(c.status, 0) + 1
            orphaned += c.orphaned
        out["total"] = len(self._claims)
        out["orphaned"] = orphaned
        return out

    @_synchronized
    def stats(self) -> dict[str, Any]:
        by_kind = dict.fromkeys(KINDS, 0)
        for c in self._all_claims():
            by_kind[c.kind] = by_kind.get(c.kind, 0) + 1
        counts = self.counts()
        size = 0
        for p in (self.path, journal_path(self.path)):
            with contextlib.suppress(OSError):
                size += p.stat().st_size
        return {
            "path": str(self.path),
            "size": size,
            "schema": self.meta.get("schema", SCHEMA_VERSION),
            "articles": len(self._articles),
            "sources": len(self.sources()),
            "claims": counts["total"],
            "by_kind": by_kind,
            "by_status": {s: counts[s] for s in STATUSES},
            "orphaned": counts["orphaned"],
            "history": len(self._history),
        }

    @_synchronized
    def history(self, claim_id: str | None = None) -> list[HistoryEntry]:
        if claim_id is None:
            return list(self._history)
        cid = self.resolve_id(claim_id)
        return [e for e in self._history if e.claim_id == cid]

    @_synchronized
    def reload(self) -> None:
        """Re-read a read-only snapshot (a writer's memory is already current)."""
        if self.readonly:
            self._reset_memory()
            with gc_paused():
                self._load_snapshot()

    # ---------------------------------------------------------------- comparison
    # Cross-outlet comparison lives in store/comparison.py (owned there); these delegate.
    def related(self, claim_id: str) -> list[Any]:
        """Claims in other articles reporting the same thing or figure (Related objects)."""
        from claimdesk.store.comparison import related

        return related(self, claim_id)

    def comparison(self, *, compute: bool = True) -> Any:
        """The extract.compare.Comparison over every article (cached per store state)."""
        from claimdesk.store.comparison import comparison

        return comparison(self, compute=compute)

    # ---------------------------------------------------------------- export
    def export(self, fmt: str, *, status: str | None = None, org: str | None = None) -> str:
        from claimdesk.store.export import export

        return export(self, fmt, status=status, org=org)

    def check_output(self, target: str | os.PathLike[str]) -> None:
        """StoreError if a report written to `target` would replace this store's own files
        (or another claimdesk store): call before writing an export to a file."""
        from claimdesk.store.paths import check_output

        check_output(target, self.path)


def _as_dicts(items: Iterable[Any]) -> list[dict[str, Any]]:
    from dataclasses import asdict, is_dataclass

    out = []
    for it in items or []:
        if is_dataclass(it) and not isinstance(it, type):
            out.append(asdict(it))
        elif isinstance(it, dict):
            out.append(dict(it))
        elif hasattr(it, "__dict__"):  # duck-typed records (SimpleNamespace and the like)
            out.append(dict(vars(it)))
    return out


def _one_line(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__
