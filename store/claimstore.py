"""ClaimStore: articles and claims (bulk, immutable after ingest) plus verdicts (small, hot).

Persistence only: reading files and URLs and running extraction is store/ingest.py's job,
which hands this class Extractions (see docs/store.md). Files, for a store at PATH (a
TinyDB database file, readable by stock TinyDB):

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
import functools
import os
import threading
import uuid
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any, TypeVar

from claimdesk.extract.gc_pause import gc_paused
from claimdesk.extract.record import Extraction
from claimdesk.store.documents import (
    article_doc,
    article_from_doc,
    claim_batches,
    claims_from_doc,
    entry_doc,
    entry_from_doc,
    verdict_doc,
    verdict_from_doc,
)
from claimdesk.store.errors import StoreError
from claimdesk.store.from_extraction import ArticleText, PreparedArticle, article_text, prepare
from claimdesk.store.history import History
from claimdesk.store.journal import JournalWriter, read_journal
from claimdesk.store.lock import StoreLock
from claimdesk.store.paths import check_output, features_path, journal_path, lock_path
from claimdesk.store.records import (
    KINDS,
    STATUSES,
    Article,
    Claim,
    HistoryEntry,
    IngestResult,
    SourceRow,
)
from claimdesk.store.sanitize import clean_note
from claimdesk.store.source_rows import ANONYMOUS, source_rows
from claimdesk.store.stamps import default_reviewer, now_iso
from claimdesk.store.storage import (
    FORMAT,
    META_TABLE,
    SCHEMA_VERSION,
    DurableStorage,
    fsync_dir,
    read_store_file,
    sweep_temp_files,
)

F = TypeVar("F", bound=Callable[..., Any])
COMPACT_AFTER = 2000  # journal actions folded into the store file at open/close beyond this
Verdict = tuple[str, str, str | None, str | None]  # status, note, reviewer, at


def _synchronized(method: F) -> F:
    """One thread at a time inside the store (the TUI reads and writes from workers)."""

    @functools.wraps(method)
    def wrapper(self: ClaimStore, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _unknown_status(status: str) -> StoreError:
    return StoreError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")


class ClaimStore:
    """The claim store (see docs/store.md). Use as a context manager.

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
        self._closed = False
        self.created = False  # this writer created the store file (see discard_if_empty)
        self.articles_revision = 0  # articles added or changed by this object (see ingest)
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
        self._verdicts: dict[str, Verdict] = {}
        self._log = History()
        self._journal_seq = 0
        self._sources: list[SourceRow] | None = None

    def _load_snapshot(self) -> None:
        """Journal first, then the store file: together always a consistent state."""
        journal = read_journal(journal_path(self.path))
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
        self._make_directory()
        lock_existed = lock_path(self.path).exists()
        self._lock = StoreLock(lock_path(self.path), self.path)
        self._lock.acquire(wait)
        try:
            self._open_files()
            if self._journal is not None and self._journal.count > COMPACT_AFTER:
                self.compact()
        except BaseException:
            if not lock_existed:  # refused (not a store, say): leave no lock file of ours
                with contextlib.suppress(OSError):  # (unlinked while held, as discard does)
                    lock_path(self.path).unlink()
            self._release()
            raise

    def _make_directory(self) -> None:
        try:
            if not self.path.parent.is_dir():
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fsync_dir(self.path.parent.parent)  # the new directory survives power loss
        except OSError as exc:
            raise StoreError(
                f"cannot create store directory ({exc.strerror}): {self.path}"
            ) from None

    def _open_files(self) -> None:
        """Under the lock: sweep temp files, load (or create) the store, open the journal."""
        jpath = journal_path(self.path)
        for path in (self.path, jpath, features_path(self.path)):
            sweep_temp_files(path)
        journal = read_journal(jpath)
        data = read_store_file(self.path)
        if data is None:
            if journal.actions:
                raise StoreError(f"verdict journal found but no store file: {self.path}")
            self._create()
        else:
            self._load_data(data)
            self._check_journal_header(journal.header)
            for action in journal.actions:
                self._apply_action(action)
        self._journal = JournalWriter(jpath, self.meta["store_id"], self._journal_seq)
        if data is None or journal.header is None:
            self._journal.reset(self._log.seq)  # (an empty journal left by a deleted store)
        else:
            self._journal.open_existing(journal.valid_bytes, journal.torn, len(journal.actions))

    def _create(self) -> None:
        self.meta = {
            "format": FORMAT,
            "schema": SCHEMA_VERSION,
            "store_id": uuid.uuid4().hex,
            "created": now_iso(),
            "journal_seq": 0,
        }
        self._write_store()
        self.created = True

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
                self._add_claims(claims_from_doc(doc))
            for doc in (data.get("verdicts") or {}).values():
                self._verdicts[doc["claim"]] = verdict_from_doc(doc)
            for doc in (data.get("history") or {}).values():
                self._log.record(entry_from_doc(doc))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StoreError(
                f"store file is damaged ({type(exc).__name__}: {exc}): {self.path}"
            ) from None
        self._log.seq = max(self._log.seq, self._journal_seq)
        for cid, (status, note, reviewer, at) in self._verdicts.items():
            self._set_claim_state(cid, status, note, reviewer, at)

    def _add_claims(self, built: list[Claim]) -> None:
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
        art = article_from_doc(doc)
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
        if self._articles or self._claims or self._log.entries or self._verdicts or self._dirty:
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
        meta["journal_seq"] = self._log.seq
        meta["last_action"] = self._log.action
        articles = {
            str(i): article_doc(art, self._article_docs.get(art.id, {}))
            for i, art in enumerate(self._articles.values(), 1)
        }
        verdicts = {
            str(i): verdict_doc(cid, state)
            for i, (cid, state) in enumerate(self._verdicts.items(), 1)
        }
        history = {str(i): entry_doc(e) for i, e in enumerate(self._log.entries, 1)}
        return {
            META_TABLE: {"1": meta},
            "articles": articles,
            "claims": claim_batches(list(self._claims.values())),
            "verdicts": verdicts,
            "history": history,
        }

    def _write_store(self) -> None:
        """Replace the store file atomically with the whole state, then empty the journal."""
        try:
            DurableStorage(self.path).write(self._snapshot_data())
        except OSError as exc:
            raise StoreError(f"cannot write store ({exc.strerror}): {self.path}") from None
        self._journal_seq = self._log.seq
        self.meta["journal_seq"] = self._log.seq
        self._dirty = False
        if self._journal is not None and self._journal.count:
            self._journal.reset(self._log.seq)

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

    @property
    def pending(self) -> bool:
        """Ingest work held in memory that the store file does not have yet (see flush)."""
        return self._dirty

    @property
    def in_batch(self) -> bool:
        """Inside batch(): ingests are written when the outermost batch ends."""
        return self._batch > 0

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

    def _apply_entry(self, e: HistoryEntry) -> None:
        self._log.record(e)
        self._verdicts[e.claim_id] = (e.to_status, e.to_note, e.reviewer, e.at)
        self._set_claim_state(e.claim_id, e.to_status, e.to_note, e.reviewer, e.at)

    def _apply_action(self, action: dict[str, Any]) -> None:
        try:
            entries = [entry_from_doc(d) for d in action["entries"]]
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
            {"action": entries[0].action, "entries": [entry_doc(e) for e in entries]}
        )
        for e in entries:
            self._apply_entry(e)
        return entries

    def _changes(
        self, states: Iterator[tuple[str, str, str | None]], reviewer: str | None
    ) -> list[HistoryEntry]:
        """One action's entries: for each (claim id, status, note or None: keep it) that
        changes something, once per claim."""
        who = default_reviewer(reviewer)
        at = now_iso()
        action = self._log.action + 1
        seq = self._log.seq
        entries: list[HistoryEntry] = []
        seen: set[str] = set()
        for cid, status, note in states:
            if cid in seen:
                continue
            seen.add(cid)
            c = self._claims[cid]
            to_note = c.note if note is None else note
            if c.status == status and c.note == to_note:
                continue
            seq += 1
            entries.append(
                HistoryEntry(seq, cid, c.status, status, c.note, to_note, who, at, None, action)
            )
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
            raise _unknown_status(status)
        if isinstance(claim_ids, str):
            claim_ids = [claim_ids]
        resolved = [self.resolve_id(cid) for cid in claim_ids]
        new_note = None if note is None else clean_note(note)
        return self._commit(self._changes(((c, status, new_note) for c in resolved), reviewer))

    @_synchronized
    def apply_states(
        self, states: list[tuple[str, str, str]], *, reviewer: str | None = None
    ) -> list[HistoryEntry]:
        """Set (claim id, status, note) for many claims as one action (import, bulk tools)."""
        self._require_writer()
        for _cid, status, _note in states:
            if status not in STATUSES:
                raise _unknown_status(status)
        known = ((cid, s, clean_note(n)) for cid, s, n in states if cid in self._claims)
        return self._commit(self._changes(known, reviewer))

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
            self._log.seq + 1,
            cid,
            c.status,
            c.status,
            c.note,
            clean_note(note),
            default_reviewer(reviewer),
            now_iso(),
            None,
            self._log.action + 1,
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
        target = self._log.undo_target(actions)
        if target is None:
            return []
        who = default_reviewer(reviewer)
        at = now_iso()
        action = self._log.action + 1
        seq = self._log.seq
        entries = []
        for old in reversed(self._log.action_entries(target)):
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
    def ingest_extraction(self, ext: Extraction, *, origin: str | None = None) -> IngestResult:
        """Store one Extraction (see extract.record). Same article again: "unchanged".

        The article id is a hash of its body; a new body from the same origin (file path
        or URL) updates that article under its first id, so verdicts carry over. Claims
        that disappear keep their verdicts as orphans; claims without one are dropped.
        Reading inputs and keeping comparison features is store/ingest.py's part.
        """
        self._require_writer()
        text = article_text(ext, origin)
        if not text.has_text:
            return IngestResult(text.path, None, "failed", error="no article text")
        aid = self._article_id_for(text)
        old = self._articles.get(aid)
        prepared = prepare(ext, text, aid)
        n = len(prepared.claims)
        if old is not None and self._article_docs[aid].get("fingerprint") == prepared.fingerprint:
            return IngestResult(text.path, aid, "unchanged", n, self._orphan_count(aid))
        self._put_article(aid, old, text, prepared)
        kept = self._put_claims(aid, prepared.claims)
        self._claim_list = None
        self._sources = None
        self._dirty = True
        self.articles_revision += 1
        if self._batch == 0:
            self._write_store()
        return IngestResult(text.path, aid, "updated" if old else "added", n, kept)

    def _article_id_for(self, text: ArticleText) -> str:
        """The stored article with this body or from this origin, else a new id."""
        found = self._by_body.get(text.body_hash)
        if not found and text.origin:
            found = self._by_origin.get(text.origin)
        return found or text.body_hash

    def _put_article(
        self, aid: str, old: Article | None, text: ArticleText, prepared: PreparedArticle
    ) -> None:
        stamp = now_iso()
        art = Article(
            id=aid,
            path=text.path,
            body=text.body,
            ingested_at=old.ingested_at if old else stamp,
            **prepared.fields,
        )
        if old is not None:
            prev = self._article_docs[aid]
            if prev.get("body_hash") and self._by_body.get(prev["body_hash"]) == aid:
                del self._by_body[prev["body_hash"]]
        self._articles[aid] = art
        self._article_docs[aid] = {
            "sources": prepared.sources,
            "origin": text.origin,
            "body_hash": text.body_hash,
            "fingerprint": prepared.fingerprint,
            "updated_at": stamp if old else None,
        }
        self._by_body[text.body_hash] = aid
        if text.origin:
            self._by_origin[text.origin] = aid

    def _put_claims(self, aid: str, claims: list[Claim]) -> int:
        """An article's new claims in place of its old ones; an old claim with a verdict is
        kept as an orphan. Returns how many were kept so."""
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
        return len(kept)

    def _orphan_count(self, aid: str) -> int:
        return sum(1 for cid in self._by_article.get(aid, []) if self._claims[cid].orphaned)

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
            raise _unknown_status(status)
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
            self._sources = source_rows(self._article_docs)
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
            "history": len(self._log.entries),
        }

    @_synchronized
    def history(self, claim_id: str | None = None) -> list[HistoryEntry]:
        if claim_id is None:
            return list(self._log.entries)
        cid = self.resolve_id(claim_id)
        return [e for e in self._log.entries if e.claim_id == cid]

    @_synchronized
    def reload(self) -> None:
        """Re-read a read-only snapshot (a writer's memory is already current)."""
        if self.readonly:
            self._reset_memory()
            with gc_paused():
                self._load_snapshot()

    def check_output(self, target: str | os.PathLike[str]) -> None:
        """StoreError if a report written to `target` would replace this store's own files
        (or another claimdesk store): call before writing an export to a file."""
        check_output(target, self.path)
