"""ClaimStore: one desk on disk, shared by any number of processes at once.

Persistence only: reading files and URLs and running extraction is store/ingest.py's job,
which hands this class Extractions (see docs/store.md). Files, for a store at PATH (a
TinyDB database file, readable by stock TinyDB):

- PATH              tables _meta, verdicts, history, index, texts, articles, claims;
                    always replaced whole and atomically, by a compaction or a merge.
- PATH.segments/    one immutable file per ingest: the articles it added or changed and
                    their claims (store/segments.py); published by one rename.
- PATH.journal      the verdict journal: one fsync'd JSON line per action (mark, note,
                    undo), appended by whoever writes. A verdict never rewrites the claims.
- PATH.lock         the short write lock: held for one journal append (milliseconds) or
                    the rename that publishes a long writer's work.
- PATH.ingest.lock  the long writers' lock: ingests take turns; verdicts never wait on it.

Nobody holds a lock between writes. Each process keeps the desk in memory (DeskMemory,
store/desk_memory.py) and, before every write and whenever `refresh()` is called, reads
what others wrote since its last look: the journal's new lines from its last offset, the
segments published since, or the whole store file after a compaction or merge. A write
takes the short lock, reads the journal's tail, numbers its entries after the last one
there, appends and fsyncs: so entries are totally ordered, the last acknowledged verdict
on a claim stands, and none is ever lost. A reader takes a consistent snapshot without
any lock: it reads the journal, then the segments' names, the store file and those
segments, and skips journal entries the store file already holds.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimdesk.extract.gc_pause import gc_paused
from claimdesk.extract.record import Extraction
from claimdesk.store.context import figure_phrase
from claimdesk.store.desk_memory import _synchronized
from claimdesk.store.documents import undated_count
from claimdesk.store.errors import StoreError, StoreNotWritable
from claimdesk.store.from_extraction import article_text, prepare
from claimdesk.store.journal import (
    JournalCursor,
    append_line,
    cut_torn_tail,
    lines_after,
    read_tail,
    start_journal,
)
from claimdesk.store.lock import StoreLock
from claimdesk.store.paths import (
    check_output,
    features_path,
    ingest_lock_path,
    journal_path,
    lock_path,
    segments_path,
)
from claimdesk.store.records import Claim, HistoryEntry, IngestResult
from claimdesk.store.segments import (
    SegmentFile,
    dump_with_head,
    list_segments,
    read_head,
    read_segment,
    remove_segments,
    segment_file,
    sweep_segments,
)
from claimdesk.store.stamps import now_iso
from claimdesk.store.storage import (
    FORMAT,
    SCHEMA_VERSION,
    FileIdent,
    fsync_dir,
    read_store_file,
    replace_temp,
    sweep_temp_files,
    write_temp,
)
from claimdesk.store.verdict_writes import VerdictWrites

COMPACT_AFTER = 2000  # journal actions folded into the store file at open/close beyond this
SHORT_WAIT = 10.0  # seconds a write waits for the short lock (held for milliseconds)
RETRIES = 5  # a write re-reads the desk this often if a long writer publishes meanwhile
MERGE_AFTER = 32  # segments folded into the base file (one whole write) beyond this


@dataclass(slots=True)
class DeskChanges:
    """What `refresh()` found that others wrote since the last look."""

    entries: list[HistoryEntry] = field(default_factory=list)  # verdicts, notes, undos
    reloaded: bool = False  # a new store file (articles added): every Claim object is new
    new_articles: list[str] = field(default_factory=list)  # ids, when reloaded

    def __bool__(self) -> bool:
        return bool(self.entries) or self.reloaded


class ClaimStore(VerdictWrites):
    """The claim store (see docs/store.md). Use as a context manager.

    `readonly`: a snapshot that never writes (`refresh()` still follows the desk).
    `exclusive`: hold the ingest lock from open to close (ingest and import do; waits up
    to `wait` seconds for another long writer). Any other writer holds no lock between
    writes: open as many as you like on one desk.
    `lite`: read only the files' heads (every claim id, verdict and history entry, no
    claim text): for a writer that marks, notes, undoes or adds articles and reads
    nothing else (the shell verbs). Reads return only what this object ingested.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        readonly: bool = False,
        wait: float = 0.0,
        exclusive: bool = False,
        lite: bool = False,
    ) -> None:
        super().__init__()
        self.path = Path(path)
        self.readonly = readonly
        self.wait = wait
        self._write_lock = StoreLock(lock_path(self.path), self.path, "store locked")
        self._ingest_lock = StoreLock(ingest_lock_path(self.path), self.path, "store being written")
        self._cursor = JournalCursor()
        self._store_ident: FileIdent | None = None
        self._foreign: list[HistoryEntry] = []  # others' entries not yet handed out
        self._new_articles: list[str] = []  # ... and the articles they added
        self._temporary_ingest_lock = False
        self._exclusive = False
        self._batch = 0
        self._dirty = False
        self._pending: dict[str, None] = {}  # articles added or changed, not yet written
        self._whole = False  # the next write must be the whole store (an orphan adopted)
        self._closed = False
        self.created = False  # this writer created the store file (see discard_if_empty)
        self.articles_revision = 0  # articles added or changed by this object (see ingest)
        with gc_paused():
            if readonly:
                self._load_snapshot(lite)
            else:
                self._open_writer(exclusive, lite)

    # ---------------------------------------------------------------- opening
    def _load_snapshot(self, lite: bool = False) -> None:
        """Journal first, then the segments' names, the base file and the segments:
        together always a consistent state (a segment merged away meanwhile: again)."""
        cursor = JournalCursor()
        journal = read_tail(journal_path(self.path), cursor)
        self._cursor = cursor
        for _ in range(RETRIES):
            self._reset_memory()
            try:
                if not self._read_desk(lite):
                    if journal.actions:
                        raise StoreError(f"verdict journal found but no store file: {self.path}")
                    self.meta = {"format": FORMAT, "schema": SCHEMA_VERSION, "store_id": None}
                    self._store_ident = None
                    return
                break
            except FileNotFoundError:
                continue  # a merge removed a segment between listing and reading it
        else:
            raise StoreError(f"the store kept changing while it was read; try again: {self.path}")
        self._check_journal_header(journal.header)
        for action in journal.actions:
            self._apply_action(action)

    def _read_desk(self, lite: bool) -> bool:
        """The base file and its segments into memory (only their heads when `lite` and
        the files have them); False when there is no store file."""
        segments = list_segments(self.path)
        ident = FileIdent.at(self.path)
        head = None
        if lite and ident is not None:
            head = read_head(self.path)
            if head is not None and FileIdent.at(self.path) != ident:
                raise FileNotFoundError  # replaced while we read it: again
        if head is not None:
            self._store_ident = ident
            self._load_head(*head)
        else:
            seen: list[FileIdent] = []
            data = read_store_file(self.path, seen)
            if data is None:
                if segments:
                    raise StoreError(f"segments found but no store file: {self.path}")
                return False
            self._store_ident = seen[0]
            self._load_data(data)
            del data
        for seg in segments:
            if seg.seq > self._segment_seq:
                self._take_segment(seg)
        self._finish_load()
        return True

    def _take_segment(self, seg: SegmentFile) -> list[str]:
        """One segment into memory (its head only, on a lite desk). FileNotFoundError
        when a merge removed it since it was listed."""
        if self._lite:
            head = read_head(seg.path)
            if head is None:
                raise StoreError(f"segment file has no head (damaged?): {seg.path}")
            return self._load_segment_head(*head, seg.seq)
        return self._load_segment_data(read_segment(seg), seg.seq)

    def _open_writer(self, exclusive: bool, lite: bool = False) -> None:
        self._make_directory()
        self._check_writable()
        lock_existed = self._ingest_lock.path.exists()
        try:
            if exclusive:
                self._ingest_lock.acquire(self.wait)
                self._exclusive = True
            self._load_snapshot(lite)
            if self._store_ident is None:
                self._create()
                self._lite = lite  # (an empty desk: nothing to leave unread)
            self._tidy()
            if self._cursor.actions > COMPACT_AFTER:
                self._maybe_compact()
        except BaseException:
            if not lock_existed and self._ingest_lock.held:  # refused (not a store, say)
                with contextlib.suppress(OSError):  # leave no lock file of ours behind
                    self._ingest_lock.path.unlink()
            self._release()
            raise

    def _tidy(self) -> None:
        """What a crashed writer left: temporary files and a torn journal line. Swept only
        by whoever holds the lock their writers hold (never another's file in progress),
        and skipped when those locks are busy: the next writer sweeps."""
        got_ingest = self._ingest_lock.held or self._ingest_lock.try_acquire()
        try:
            if got_ingest:
                for path in (self.path, features_path(self.path)):
                    sweep_temp_files(path)
                sweep_segments(self.path, int(self.meta.get("segments_through") or 0))
            if self._write_lock.try_acquire():
                try:
                    jpath = journal_path(self.path)
                    sweep_temp_files(jpath)
                    self._catch_up()
                    if self._torn:
                        cut_torn_tail(jpath, self._cursor)
                        self._torn = False
                finally:
                    self._write_lock.release()
        finally:
            if got_ingest and not (self._exclusive or self._temporary_ingest_lock):
                self._ingest_lock.release()

    def _make_directory(self) -> None:
        try:
            if not self.path.parent.is_dir():
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fsync_dir(self.path.parent.parent)  # the new directory survives power loss
        except OSError as exc:
            raise StoreError(
                f"cannot create store directory ({exc.strerror}): {self.path}"
            ) from None

    def _check_writable(self) -> None:
        """A desk whose files this user may not write opens read-only (the dashboard says
        why); the files a write needs are the folder (temporary files, locks) and the two
        the desk is made of."""
        folder = self.path.parent
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StoreNotWritable(f"you may not write in the store's folder: {folder}")
        for p in (self.path, journal_path(self.path), lock_path(self.path)):
            if p.exists() and not os.access(p, os.W_OK):
                raise StoreNotWritable(f"you may not write {p}")

    def _create(self) -> None:
        """A new, empty store: under the ingest lock, unless another writer made it first."""
        self._begin_long_write()
        try:
            if self._store_ident is not None:
                return
            self.meta = {
                "format": FORMAT,
                "schema": SCHEMA_VERSION,
                "store_id": uuid.uuid4().hex,
                "created": now_iso(),
                "journal_seq": 0,
            }
            self._publish()
            self.created = True
        finally:
            self._end_long_write()

    # ---------------------------------------------------------------- following the desk
    def _catch_up(self) -> bool:
        """Read what others wrote since the last look (no lock needed): a new store file
        whole, else the journal's new lines. Returns whether the store file was re-read."""
        if FileIdent.at(self.path) != self._store_ident:
            self._reload()
            return True
        read_segments = self._follow_segments()
        if read_segments is None:
            self._reload()  # a merge folded segments we had not read into a new base
            return True
        tail = read_tail(journal_path(self.path), self._cursor)
        if tail.header is not None:  # a new journal (a compaction since)
            self._check_journal_header(tail.header)
            if self._cursor.base > self._log.seq:  # it folded entries we never read
                self._reload()
                return True
        for action in tail.actions:
            self._foreign += self._apply_action(action)
        self._torn = tail.torn
        return read_segments

    def _follow_segments(self) -> bool | None:
        """Read only the segments published since the last look (whether there were any);
        None when one was merged away before it could be read."""
        fresh = [s for s in list_segments(self.path) if s.seq > self._segment_seq]
        if not fresh:
            return False
        if self._dirty:
            raise StoreError(
                f"another process added articles while this ingest ran; nothing of this "
                f"ingest was written, run it again: {self.path}"
            )
        for seg in fresh:
            try:
                self._new_articles += self._take_segment(seg)
            except FileNotFoundError:
                return None
        self._claim_list = None
        self._sources = None
        self.articles_revision += 1
        return True

    def _reload(self) -> None:
        """Take in a store file another process published (articles added, a compaction)."""
        if self._dirty:
            raise StoreError(
                f"another process replaced the store while this ingest ran; nothing of this "
                f"ingest was written, run it again: {self.path}"
            )
        fresh = ClaimStore(self.path, readonly=True, lite=self._lite)
        self._adopt_fresh(fresh)

    def _go_full(self) -> None:
        """A lite desk reads everything (an article updated, a merge): what it has not
        written yet goes out first, as a segment."""
        if not self._lite:
            return
        if len(self._articles) == len(self._article_docs):  # it holds every article now
            return
        if self._dirty:
            self._publish_segment()
        with gc_paused():
            fresh = ClaimStore(self.path, readonly=True)
        self._adopt_fresh(fresh)

    def _adopt_fresh(self, fresh: ClaimStore) -> None:
        self._new_articles += [aid for aid in fresh._article_docs if aid not in self._article_docs]
        self._adopt(fresh)
        self._cursor = fresh._cursor
        self._store_ident = fresh._store_ident
        self._foreign = []
        self.articles_revision += 1

    def refresh(self) -> DeskChanges:
        """What others wrote since the last look, now in memory: their verdicts, notes and
        undos as history entries, or `reloaded` when a new store file (new articles) was
        read. The slow part (parsing a new store file) holds no lock the readers need."""
        if self._closed:
            return DeskChanges()
        if FileIdent.at(self.path) != self._store_ident and not self._dirty:
            try:
                with gc_paused():
                    fresh = ClaimStore(self.path, readonly=True, lite=self._lite)
            except StoreError:
                return DeskChanges()  # caught mid-publish or damaged: keep what we have
            with self._mutex:
                self._adopt_fresh(fresh)
                new, self._new_articles = self._new_articles, []
            return DeskChanges(reloaded=True, new_articles=new)
        with self._mutex:
            reloaded = self._catch_up()
            entries, self._foreign = self._foreign, []
            new, self._new_articles = self._new_articles, []
            return DeskChanges(entries=entries, reloaded=reloaded, new_articles=new)

    # ---------------------------------------------------------------- lifecycle
    @_synchronized
    def close(self) -> None:
        if self._closed:
            return
        try:
            if not self.readonly:
                if self._dirty:
                    self._write_store()
                elif self._cursor.actions > COMPACT_AFTER or self._segment_count > MERGE_AFTER:
                    self._maybe_compact()
        finally:
            self._closed = True
            self._release()

    @_synchronized
    def discard_if_empty(self) -> bool:
        """Close, and remove the store's files if this writer created it and nothing was put
        in it (no article, claim or history): a failed first command leaves no empty store
        behind for a mistyped path. Returns whether the files were removed."""
        if self.readonly or self._closed or not self.created or not self._ingest_lock.held:
            self.close()
            return False
        if (
            self._article_docs
            or self._claims
            or self._log.entries
            or self._verdicts
            or self._dirty
            or self._segment_count
        ):
            self.close()
            return False
        self._closed = True
        for victim in (self.path, journal_path(self.path), lock_path(self.path)):
            with contextlib.suppress(FileNotFoundError):
                victim.unlink()
        with contextlib.suppress(OSError):
            segments_path(self.path).rmdir()  # (empty: nothing was ever written)
        # The ingest lock file goes last, while still held: a waiting writer notices that
        # the file it locked was unlinked and starts over (StoreLock.acquire).
        with contextlib.suppress(FileNotFoundError):
            self._ingest_lock.path.unlink()
        self._ingest_lock.release()
        with contextlib.suppress(OSError):
            fsync_dir(self.path.parent)
        return True

    def _release(self) -> None:
        self._write_lock.release()
        self._ingest_lock.release()
        self._temporary_ingest_lock = False

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

    # ---------------------------------------------------------------- short writes
    @contextlib.contextmanager
    def write_lock(self) -> Iterator[None]:
        """The short write lock, for a companion file's append (merge decisions)."""
        self._require_writer()
        with self._write_lock.holding(max(self.wait, SHORT_WAIT)):
            yield

    def _write_action(self, build: Callable[[], list[HistoryEntry]]) -> list[HistoryEntry]:
        """One action, durable on return: catch up, then under the short lock read the
        journal's tail, build the entries against the state now, append, fsync."""
        self._require_writer()
        self._materialize()  # (a verdict reads and changes Claim objects)
        for _ in range(RETRIES):
            self._catch_up()  # a new store file is read here, outside the lock
            with self._write_lock.holding(max(self.wait, SHORT_WAIT)):
                if FileIdent.at(self.path) != self._store_ident:
                    continue  # a long writer published meanwhile: read it, then again
                self._catch_up()
                jpath = journal_path(self.path)
                if self._cursor.ident is None:  # no journal yet (a store copied without)
                    start_journal(jpath, self.meta["store_id"], self._log.seq)
                    read_tail(jpath, self._cursor)
                    self._torn = False
                entries = build()
                if not entries:
                    return []
                append_line(jpath, self._cursor, self._action_doc(entries), self._torn)
                self._torn = False
                for e in entries:
                    self._apply_entry(e)
                return entries
        raise StoreError(f"the store kept changing under this write; try again: {self.path}")

    _torn = False

    # ---------------------------------------------------------------- long writes
    def _begin_long_write(self) -> None:
        """Before changing articles or claims: the ingest lock, and the desk as it is now."""
        if not self._ingest_lock.held:
            self._ingest_lock.acquire(self.wait)
            self._temporary_ingest_lock = True
            self._catch_up()

    def _end_long_write(self) -> None:
        if self._temporary_ingest_lock and self._batch == 0 and not self._dirty:
            self._ingest_lock.release()
            self._temporary_ingest_lock = False

    def _publish(self) -> None:
        """Replace the store file with the whole state (folding every segment into it),
        then start the journal afresh with only what the new file lacks, and remove the
        segments folded in. The slow part (writing and fsyncing the new file) holds only
        the ingest lock: verdicts go on meanwhile; the rename is what they wait for."""
        self._go_full()
        self._catch_up()
        seq = self._log.seq
        through = self._segment_seq
        try:  # a document at a time: never the whole file as one str and its bytes
            tmp, ident = write_temp(self.path, dump_with_head(*self._snapshot_data()))
        except OSError as exc:
            raise StoreError(f"cannot write store ({exc.strerror}): {self.path}") from None
        jpath = journal_path(self.path)
        with self._write_lock.holding(max(self.wait, SHORT_WAIT)):
            try:
                replace_temp(tmp, self.path)
            except OSError as exc:
                raise StoreError(f"cannot write store ({exc.strerror}): {self.path}") from None
            self._store_ident = ident
            start_journal(jpath, self.meta["store_id"], seq, lines_after(jpath, seq))
            self._cursor = JournalCursor()
            for action in read_tail(jpath, self._cursor).actions:
                self._foreign += self._apply_action(action)
            self._torn = False
        self._journal_seq = seq
        self.meta["journal_seq"] = seq
        self.meta["schema"] = SCHEMA_VERSION
        self.meta["segments_through"] = through
        self._dirty = False
        self._pending.clear()
        self._whole = False
        folded = [s for s in list_segments(self.path) if s.seq <= through]
        if folded:  # (a crash here leaves them: stale by number, skipped, swept later)
            remove_segments(folded)
            fsync_dir(segments_path(self.path))
        self._segment_count = 0

    def _publish_segment(self) -> None:
        """Write only the articles added or changed since the last write (and their
        claims) as a new segment: one fsynced file, published by one rename. Costs what
        was added, whatever the desk holds; verdicts and the journal are untouched."""
        self._catch_up()
        aids = [aid for aid in self._pending if aid in self._articles]
        if not aids:
            self._dirty = False
            return
        seq = max([self._segment_seq, *(s.seq for s in list_segments(self.path))]) + 1
        target = segment_file(self.path, seq)
        try:
            if not target.parent.is_dir():
                target.parent.mkdir(exist_ok=True)
                fsync_dir(self.path.parent)
            tmp, _ident = write_temp(target, dump_with_head(*self._segment_data(aids, seq)))
            with self._write_lock.holding(max(self.wait, SHORT_WAIT)):
                replace_temp(tmp, target)
        except OSError as exc:
            raise StoreError(f"cannot write store ({exc.strerror}): {target}") from None
        self._segment_seq = seq
        self._segment_count += 1
        self._pending.clear()
        self._dirty = False

    def _write_store(self, whole: bool = False) -> None:
        """What ingest added, as a segment; the whole store when asked (compaction), when
        the store file is of an older schema (upgraded on this first write), after an
        orphan was adopted, when the desk is no bigger than what was added, or when
        segments have piled up (a merge)."""
        self._begin_long_write()
        try:
            old_schema = int(self.meta.get("schema") or 1) < SCHEMA_VERSION
            # a desk in memory and no bigger than what was added is written whole: that
            # costs no more than twice a segment, and a small desk stays one file
            small = len(self._articles) == len(self._article_docs) <= 2 * len(self._pending)
            if whole or self._whole or old_schema or small or not self._pending:
                self._publish()
            else:
                self._publish_segment()
                if self._segment_count > MERGE_AFTER and not self._batch:
                    self._publish()
        finally:
            self._end_long_write()

    @_synchronized
    def release_written(self) -> None:
        """On a lite desk, forget the text of articles already written (their ids and
        hashes stay): a long ingest holds one checkpoint's articles, not all of them."""
        if not self._lite or self._dirty:
            return
        for aid in list(self._articles):
            art = self._articles.pop(aid)
            doc = self._article_docs[aid]
            ids_ = self._by_article.get(aid, [])
            orphaned = [] if aid in self._columns else [c for c in ids_ if self._claims[c].orphaned]
            self._article_docs[aid] = {
                "body_hash": doc.get("body_hash"),
                "origin": doc.get("origin"),
                "fingerprint": doc.get("fingerprint"),
                "undated": undated_count(art),
            }
            for cid in ids_:
                self._ids[cid] = aid
                if cid not in self._verdicts:
                    self._claims.pop(cid, None)
            self._lite_orphans.update(orphaned)
        self._columns.clear()
        self._id_text = None
        self._claim_list = None
        self._sources = None

    def _maybe_compact(self) -> None:
        """Fold a long journal into the store file, if no long writer is at work now."""
        if not self._ingest_lock.held:
            if not self._ingest_lock.try_acquire():
                return
            self._temporary_ingest_lock = True
        try:
            self._catch_up()
            self._publish()  # (a lite desk reads everything first)
        finally:
            self._end_long_write()

    @_synchronized
    def compact(self) -> None:
        """Fold the journal into the store file (atomic replace), then start a new journal."""
        self._require_writer()
        self._write_store(whole=True)

    @_synchronized
    def flush(self) -> None:
        """Write pending ingest work now (durable when this returns)."""
        self._require_writer()
        if self._dirty:
            self._write_store()

    @property
    def lite(self) -> bool:
        """This desk read only the files' heads: reads return what it ingested itself."""
        return self._lite

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
                if self._batch == 0:
                    if self._dirty:
                        self._write_store()
                    else:
                        self._end_long_write()

    @_synchronized
    def adopt_orphan(self, claim: Claim) -> None:
        """Keep a claim that no longer appears in its article (import of an orphan)."""
        self._require_writer()
        self._begin_long_write()
        self._materialize()
        if claim.id in self._claims:
            self._end_long_write()
            return
        self._go_full()
        claim.orphaned = True
        self._claims[claim.id] = claim
        self._by_article.setdefault(claim.article_id, []).append(claim.id)
        self._claim_list = None
        self._dirty = True
        self._whole = True
        if self._batch == 0:
            self._write_store()

    @_synchronized
    def ingest_extraction(
        self, ext: Extraction, *, origin: str | None = None, consume: bool = False
    ) -> IngestResult:
        """Store one Extraction (see extract.record). Same article again: "unchanged".
        With `consume` its records are taken off `ext` as they are stored (from_extraction
        .prepare): for a caller that drops it after, as ingest does.

        The article id is a hash of its body; a new body from the same origin (file path
        or URL) updates that article under its first id, so verdicts carry over. Claims
        that disappear keep their verdicts as orphans; claims without one are dropped.
        Reading inputs and keeping comparison features is store/ingest.py's part.
        """
        self._require_writer()
        text = article_text(ext, origin)
        if not text.has_text:
            return IngestResult(text.path, None, "failed", error="no article text")
        self._begin_long_write()
        aid = self._article_id_for(text)
        prepared = prepare(ext, text, aid, consume=consume)
        n = len(prepared.claims)
        known = self._article_docs.get(aid)
        if known is not None and known.get("fingerprint") == prepared.fingerprint:
            self._end_long_write()
            return IngestResult(text.path, aid, "unchanged", n, self._orphan_count(aid))
        if known is not None and aid not in self._articles:
            self._go_full()  # an update on a lite desk: its old claims and verdicts, read
        old = self._articles.get(aid)
        self._put_article(aid, old, text, prepared)
        self._pending[aid] = None
        kept = self._put_claims(aid, prepared.claims)
        self._claim_list = None
        self._sources = None
        self._dirty = True
        self.articles_revision += 1
        if self._batch == 0:
            self._write_store()
        return IngestResult(text.path, aid, "updated" if old else "added", n, kept)

    # ---------------------------------------------------------------- reads
    @_synchronized
    def claim_phrases(self, claim_ids: Collection[str]) -> dict[str, str]:
        """Each known claim's words as `undo` prints them (context.figure_phrase); a lite
        desk reads them from the files' heads, never the claims and article bodies."""
        out: dict[str, str] = {}
        wanted: list[str] = []
        self._materialize()
        for cid in dict.fromkeys(claim_ids):
            c = self._claims.get(cid)
            unread = c is None or c.article_id not in self._articles
            if self._lite and unread and self._owner(cid) is not None:
                wanted.append(cid)
            elif c is not None:
                art = self._articles.get(c.article_id)
                out[cid] = figure_phrase(c, art.body if art else None)
        if wanted:
            through = int(self.meta.get("segments_through") or 0)
            files = [self.path, *(s.path for s in list_segments(self.path) if s.seq > through)]
            found: dict[str, str] = {}
            for path in files:
                with contextlib.suppress(OSError, StoreError, AttributeError, TypeError):
                    head = read_head(path, texts=True)
                    if head is not None:
                        found.update(head[1]["texts"]["1"]["claims"])
            out.update((cid, found[cid]) for cid in wanted if cid in found)
        return out

    @_synchronized
    def reload(self) -> None:
        """Re-read the desk now (refresh() reads only what changed)."""
        with gc_paused():
            fresh = ClaimStore(self.path, readonly=True)
        self._adopt_fresh(fresh)

    def check_output(self, target: str | os.PathLike[str]) -> None:
        """StoreError if a report written to `target` would replace this store's own files
        (or another claimdesk store): call before writing an export to a file."""
        check_output(target, self.path)
