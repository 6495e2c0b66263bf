"""A desk in memory: what ClaimStore has read, indexed by its own ids, and every read.

ClaimStore (store/claimstore.py) owns the files, the locks and the writes; this base class
owns the state they produce: articles, claims, each reviewed claim's ReviewState, the
history. Everything is loaded at open (one json parse, no TinyDB queries) and kept current
by applying history entries as they are read from the journal (store/review_state.py).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from itertools import chain, islice
from pathlib import Path
from typing import Any, TypeVar

from claimdesk.extract.gc_pause import gc_paused
from claimdesk.extract.record import Source
from claimdesk.store.claim_columns import ClaimChain, ClaimColumns
from claimdesk.store.context import figure_phrase
from claimdesk.store.documents import (
    INDEX_COLUMNS,
    article_doc,
    article_from_doc,
    claim_batches,
    claims_from_doc,
    entry_doc,
    entry_from_doc,
    index_table,
    undated_count,
    verdict_doc,
    verdict_from_doc,
)
from claimdesk.store.errors import StoreError
from claimdesk.store.from_extraction import ArticleText, PreparedArticle
from claimdesk.store.heap import give_back
from claimdesk.store.history import History
from claimdesk.store.ids import ID_LEN
from claimdesk.store.paths import journal_path
from claimdesk.store.records import (
    KINDS,
    STATUSES,
    Article,
    Claim,
    HistoryEntry,
    ReviewState,
    SourceRow,
)
from claimdesk.store.review_state import next_state, replay
from claimdesk.store.segments import list_segments
from claimdesk.store.source_rows import ANONYMOUS, source_rows
from claimdesk.store.stamps import default_reviewer, now_iso
from claimdesk.store.storage import FORMAT, META_TABLE, SCHEMA_VERSION, dumps

F = TypeVar("F", bound=Callable[..., Any])
Tables = dict[str, dict[str, Any]]
FileTables = tuple[
    dict[str, Any], Tables, Tables, Callable[[], Iterator[bytes]]
]  # meta, head, body, texts
_TEXT_RUN = 512  # phrases encoded at a time (the texts table)
# the fields that make up the state in memory: a reload swaps them all at once (_adopt)
MEMORY_FIELDS = (
    "meta",
    "_articles",
    "_article_docs",
    "_by_body",
    "_by_origin",
    "_claims",
    "_columns",
    "_claim_list",
    "_by_article",
    "_verdicts",
    "_log",
    "_journal_seq",
    "_sources",
    "_lite",
    "_ids",
    "_id_text",
    "_lite_orphans",
    "_segment_seq",
    "_segment_count",
    "_replaced",
)


def _synchronized(method: F) -> F:
    """One thread at a time inside the store (the TUI reads and writes from workers)."""

    @functools.wraps(method)
    def wrapper(self: DeskMemory, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _unknown_status(status: str) -> StoreError:
    return StoreError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")


class DeskMemory:
    """The state of a desk as one process has read it; thread-safe (one re-entrant lock,
    cheap next to an fsync: the dashboard reads and writes from workers)."""

    path: Path

    def __init__(self) -> None:
        self._mutex = threading.RLock()
        self._reset_memory()

    def _reset_memory(self) -> None:
        self.meta: dict[str, Any] = {}
        self._articles: dict[str, Article] = {}
        self._article_docs: dict[str, dict[str, Any]] = {}  # id -> extra (sources, origin...)
        self._by_body: dict[str, str] = {}
        self._by_origin: dict[str, str] = {}
        self._claims: dict[str, Claim] = {}
        # a lite desk's newest article's claims by column until written and read for the
        # comparison features, not yet in _claims (see _materialize, store/claim_columns.py)
        self._columns: dict[str, ClaimColumns] = {}
        self._claim_list: list[Claim] | None = None
        self._by_article: dict[str, list[str]] = {}
        self._verdicts: dict[str, ReviewState] = {}  # every claim ever reviewed
        self._log = History()
        self._journal_seq = 0
        self._sources: list[SourceRow] | None = None
        # a "lite" desk read only the files' heads (store/segments.py): every claim id and
        # verdict, but Claim and Article objects only for what this process ingested
        self._lite = False
        self._ids: dict[str, str] = {}  # lite: claim id -> article id, as far as looked up
        self._id_text: str | None = None  # lite: every indexed claim id, one a line
        self._lite_orphans: set[str] = set()
        self._segment_seq = 0  # the last segment in memory (or folded into the base)
        self._segment_count = 0  # live segments beside the base
        self._replaced = 0  # articles a later file replaced (their claims moved last)

    def _adopt(self, other: DeskMemory) -> None:
        """Take over the state another (fresh) reading of the desk holds."""
        for name in MEMORY_FIELDS:
            setattr(self, name, getattr(other, name))

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
        self._log.action = max(self._log.action, int(self.meta.get("last_action") or 0))
        self._segment_seq = int(self.meta.get("segments_through") or 0)

    def _finish_load(self) -> None:
        """After the base and its segments: each verdict onto its claim."""
        if self._lite:
            self._owners(set(self._verdicts))
        for cid, state in self._verdicts.items():
            state.onto(self._claim_or_orphan(cid))

    def _load_segment_data(self, data: dict[str, Any], seq: int) -> list[str]:
        """Take in one segment: its articles replace any earlier version (and that
        version's claims; the segment holds the ones kept as orphans). Returns the ids
        of articles new to this desk."""
        self._check_segment(data.get(META_TABLE) or {}, seq)
        self._materialize()
        new: list[str] = []
        try:
            docs = list((data.get("articles") or {}).values())
            for doc in docs:
                aid = doc["id"]
                if aid in self._article_docs:
                    self._drop_article(aid)
                else:
                    new.append(aid)
                self._add_article_doc(doc)
            added: list[Claim] = []
            for doc in (data.get("claims") or {}).values():
                added += claims_from_doc(doc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StoreError(
                f"segment {seq} is damaged ({type(exc).__name__}: {exc}): {self.path}"
            ) from None
        self._add_claims(added)
        for c in added:
            state = self._verdicts.get(c.id)
            if state is not None:
                state.onto(c)
        self._claim_list = None
        self._sources = None
        self._segment_seq = max(self._segment_seq, seq)
        self._segment_count += 1
        return new

    def _check_segment(self, table: dict[str, Any], seq: int) -> None:
        meta = next(iter(table.values()), {}) if isinstance(table, dict) else {}
        if meta.get("store_id") != self.meta.get("store_id"):
            raise StoreError(f"segment {seq} belongs to another store; not reading it: {self.path}")

    def _drop_article(self, aid: str) -> None:
        """An article's claims and hashes, before a newer version of it is taken in."""
        self._materialize()
        self._replaced += 1
        for cid in self._by_article.pop(aid, []):
            self._claims.pop(cid, None)
            self._ids.pop(cid, None)
            self._lite_orphans.discard(cid)
        self._id_text = None
        prev = self._article_docs.get(aid) or {}
        if prev.get("body_hash") and self._by_body.get(prev["body_hash"]) == aid:
            del self._by_body[prev["body_hash"]]

    def _load_head(self, meta: dict[str, Any], head: dict[str, Any]) -> None:
        """A lite desk from the base file's head: verdicts, history, the claim-id index."""
        self._lite = True
        tables = {k: v for k, v in head.items() if k != "index"}
        self._load_data({META_TABLE: {"1": meta}, **tables})
        self._load_index(head.get("index") or {})

    def _load_segment_head(self, meta: dict[str, Any], head: dict[str, Any], seq: int) -> list[str]:
        self._check_segment({"1": meta}, seq)
        new = self._load_index(head.get("index") or {})
        self._segment_seq = max(self._segment_seq, seq)
        self._segment_count += 1
        return new

    def _owners(self, cids: set[str]) -> None:
        """Look up the articles of these claim ids in a lite desk's index (one pass, each
        article's list tested at C speed) into `_ids`."""
        wanted = cids - self._ids.keys()
        if not wanted or not self._lite:
            return
        for aid, ids_ in self._by_article.items():
            if not wanted.isdisjoint(ids_):
                for cid in wanted.intersection(ids_):
                    self._ids[cid] = aid
                wanted.difference_update(ids_)
                if not wanted:
                    return

    def _owner(self, cid: str) -> str | None:
        """The article of an indexed claim id on a lite desk (None: not indexed)."""
        if not self._lite:
            return None
        if cid not in self._ids:
            self._owners({cid})
        return self._ids.get(cid)

    def _indexed_with_prefix(self, prefix: str) -> list[str]:
        """A lite desk's indexed claim ids that start with `prefix` (a regular expression
        over one string of them all, built once: no set or map of 100,000 ids)."""
        if self._id_text is None:
            self._id_text = "\n".join(chain.from_iterable(self._by_article.values()))
        pattern = re.compile(rf"^{re.escape(prefix)}[^\n]*$", re.MULTILINE)
        return pattern.findall(self._id_text)

    def _load_index(self, table: dict[str, Any]) -> list[str]:
        new: list[str] = []
        docs = self._article_docs
        by_body, by_origin, by_article = self._by_body, self._by_origin, self._by_article
        self._id_text = None
        try:
            for doc in table.values():
                cols = doc["columns"]
                columns = [cols[name] for name in INDEX_COLUMNS]
                for aid, body_hash, origin, fingerprint, claims, undated in zip(
                    *columns, strict=True
                ):
                    if aid in docs:
                        self._drop_article(aid)
                    else:
                        new.append(aid)
                    docs[aid] = {
                        "body_hash": body_hash,
                        "origin": origin,
                        "fingerprint": fingerprint,
                        "undated": undated,
                    }
                    if body_hash:
                        by_body[body_hash] = aid
                    if origin:
                        by_origin[origin] = aid
                    by_article[aid] = claims.split()  # (no map of every id: looked up)
                self._lite_orphans.update(doc.get("orphaned") or ())
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StoreError(f"store index is damaged ({exc}): {self.path}") from None
        return new

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

    # ---------------------------------------------------------------- persistence
    def _snapshot_data(self) -> FileTables:
        """The whole desk as a base file: (meta, head tables, body tables)."""
        if len(self._articles) != len(self._article_docs):  # (a lite desk reads it all first)
            raise StoreError(f"internal: a lite desk cannot write the whole store: {self.path}")
        meta = dict(self.meta)
        meta["schema"] = SCHEMA_VERSION
        meta["format"] = FORMAT
        meta["journal_seq"] = self._log.seq
        meta["last_action"] = self._log.action
        meta["segments_through"] = self._segment_seq
        articles = {
            str(i): article_doc(art, self._article_docs.get(art.id, {}))
            for i, art in enumerate(self._articles.values(), 1)
        }
        verdicts = {
            str(i): verdict_doc(cid, state)
            for i, (cid, state) in enumerate(self._verdicts.items(), 1)
        }
        history = {str(i): entry_doc(e) for i, e in enumerate(self._log.entries, 1)}
        # (claims by column belong to the last article put: they come last)
        claims = ClaimChain([list(self._claims.values()), *self._columns.values()])
        head = {"verdicts": verdicts, "history": history, "index": self._index(self._articles)}
        body = {"articles": articles, "claims": claim_batches(claims)}
        return meta, head, body, self._texts(self._articles)

    def _segment_data(self, aids: list[str], seq: int) -> FileTables:
        """These articles (added or changed since the last write) as a segment file."""
        meta = {
            "format": FORMAT,
            "schema": SCHEMA_VERSION,
            "store_id": self.meta.get("store_id"),
            "segment": seq,
        }
        articles = {
            str(i): article_doc(self._articles[aid], self._article_docs.get(aid, {}))
            for i, aid in enumerate(aids, 1)
        }
        claims = ClaimChain([self._claims_of(aid) for aid in aids])
        head = {"index": self._index(aids)}
        body = {"articles": articles, "claims": claim_batches(claims)}
        return meta, head, body, self._texts(aids)

    def _index(self, aids: Any) -> dict[str, Any]:
        rows = []
        orphaned: list[str] = []
        for aid in aids:
            ids_ = self._by_article.get(aid, [])
            if aid not in self._columns:  # (claims by column are new: never orphans)
                orphaned += [cid for cid in ids_ if self._claims[cid].orphaned]
            extra = self._article_docs.get(aid, {})
            rows.append((aid, extra, ids_, undated_count(self._articles[aid])))
        return index_table(rows, orphaned)

    def _texts(self, aids: Any) -> Callable[[], Iterator[bytes]]:
        """Each claim's words as `undo` prints them (figure_phrase): a lite desk reads
        them from the head instead of parsing every claim and article body. What
        segments.dump_with_head calls (twice) for the pieces of that table."""
        return functools.partial(self._text_pieces, aids)

    def _text_pieces(self, aids: Any) -> Iterator[bytes]:
        """`,"texts":{"1":{"claims":{cid: phrase, ...}}}` as `dump_tables` writes that
        table (byte for byte: the members of a dict's JSON are each member's own), a run
        of phrases at a time instead of a dict of them all."""
        yield b',"texts":{"1":{"claims":{'
        run: dict[str, str] = {}
        first = True
        for aid in aids:
            body = self._articles[aid].body
            for c in self._claims_of(aid):
                run[c.id] = figure_phrase(c, body)
                if len(run) == _TEXT_RUN:
                    yield (b"" if first else b",") + dumps(run)[1:-1]
                    first, run = False, {}
        if run:
            yield (b"" if first else b",") + dumps(run)[1:-1]
        yield b"}}}"

    def _claims_of(self, aid: str) -> Sequence[Claim]:
        """An article's claims (orphans included), in the order the desk indexes them;
        those kept by column built as they are read."""
        cols = self._columns.get(aid)
        if cols is not None:
            return cols
        return [self._claims[cid] for cid in self._by_article.get(aid, [])]

    def _materialize(self) -> None:
        """Claims kept by column become Claim objects in `_claims`: before anything but
        writing them and reading their comparison features looks at the desk's claims.
        They belong to the last article put, so they still come last."""
        if not self._columns:
            return
        columns, self._columns = self._columns, {}
        for aid, cols in columns.items():
            for c in cols:
                self._claims[c.id] = c
            self._by_article[aid] = cols.ids
        self._claim_list = None

    @_synchronized
    def claims_apart(self) -> tuple[list[Claim], dict[str, Sequence[Claim]]]:
        """(every claim but those kept by column, in ingest order; those by article): what
        the comparison features read after an ingest, without a Claim object per claim
        of a huge article alive at once (issue 12, finding 9)."""
        return list(self._claims.values()), dict(self._columns)

    def undated(self, article_id: str) -> int | None:
        """Dates of a stored article left unresolved (None: no such article)."""
        art = self._articles.get(article_id)
        if art is not None:
            return undated_count(art)
        doc = self._article_docs.get(article_id)
        return None if doc is None else int(doc.get("undated") or 0)

    def _claim_or_orphan(self, cid: str) -> Claim:
        """The live claim; a verdict whose claim is gone gets a placeholder (never lost)."""
        self._materialize()
        c = self._claims.get(cid)
        if c is None:
            aid = self._owner(cid)  # a lite desk's claim: its id is all we read
            c = Claim.stand_in(
                cid,
                aid or "",
                "(claim no longer in the store)" if aid is None else "(not read)",
                orphaned=aid is None or cid in self._lite_orphans,
            )
            self._claims[cid] = c
            self._claim_list = None
        return c

    def _apply_entry(self, e: HistoryEntry) -> None:
        self._log.record(e)
        if e.undo_of is not None:  # back to the claim's own state before what it undoes
            before = replay(self._log.by_claim[e.claim_id], e.undo_of)
            before.status, before.note = e.to_status, e.to_note
            state = before
        else:
            state = next_state(self._verdicts.get(e.claim_id) or ReviewState(), e)
        self._verdicts[e.claim_id] = state
        state.onto(self._claim_or_orphan(e.claim_id))

    def _apply_action(self, action: dict[str, Any]) -> list[HistoryEntry]:
        """Apply a journal line's entries that this memory does not hold yet; returns them."""
        try:
            entries = [entry_from_doc(d) for d in action["entries"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(
                f"journal entry is damaged ({exc}): {journal_path(self.path)}"
            ) from None
        fresh = [e for e in entries if e.seq > self._log.seq]
        for e in fresh:
            self._apply_entry(e)
        return fresh

    @staticmethod
    def _action_doc(entries: list[HistoryEntry]) -> dict[str, Any]:
        return {"action": entries[0].action, "entries": [entry_doc(e) for e in entries]}

    def _changes(
        self, states: Iterator[tuple[str, str, str | None]], reviewer: str | None
    ) -> list[HistoryEntry]:
        """One action's entries: for each (claim id, status, note or None: keep it) that
        changes something (or settles a contested claim), once per claim."""
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
            c = self._claim_or_orphan(cid)
            to_note = c.note if note is None else note
            if c.status == status and c.note == to_note and not c.contested:
                continue  # (marking a contested claim again with its verdict settles it)
            if c.status == status and c.note != to_note and c.contested:
                # its verdict again, with a new note: the confirmation first (an entry that
                # changes nothing: review_state.is_decision), then the note
                seq += 1
                entries.append(
                    HistoryEntry(seq, cid, status, status, c.note, c.note, who, at, None, action)
                )
            seq += 1
            entries.append(
                HistoryEntry(seq, cid, c.status, status, c.note, to_note, who, at, None, action)
            )
        return entries

    # ---------------------------------------------------------------- ids and ingest

    @_synchronized
    def resolve_id(self, prefix: str) -> str:
        """A full claim id from an id or a unique prefix (like git)."""
        prefix = prefix.strip().lower()
        self._materialize()
        if prefix in self._claims or (len(prefix) == ID_LEN and self._owner(prefix)):
            return prefix
        if len(prefix) < 4:
            raise StoreError(f"claim id prefix too short (need 4+ characters): {prefix!r}")
        hits = [cid for cid in self._claims if cid.startswith(prefix)]
        if self._lite:  # (and the ids only indexed: the claims it has not read)
            hits = list(dict.fromkeys(hits + self._indexed_with_prefix(prefix)))
        if not hits:
            raise StoreError(f"no claim {prefix!r} in {self.path}")
        if len(hits) > 1:
            raise StoreError(f"claim id {prefix!r} is ambiguous ({len(hits)} claims match)")
        return hits[0]

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

    def _put_claims(self, aid: str, claims: Sequence[Claim]) -> int:
        """An article's new claims in place of its old ones; an old claim with a verdict is
        kept as an orphan. Returns how many were kept so. A lite desk keeps a new
        article's claims by column (ClaimColumns) as they come, unless one has a verdict:
        it reads nothing else of them before they are written (see _materialize)."""
        self._materialize()  # (an earlier article's first: claims stay in ingest order)
        olds = self._by_article.get(aid, [])
        if isinstance(claims, ClaimColumns):
            if self._lite and not olds and self._verdicts.keys().isdisjoint(claims.ids):
                self._columns[aid] = claims
                self._by_article[aid] = claims.ids
                return 0
            claims = list(claims)
        new_ids = {c.id for c in claims} if olds else set()  # (a new article: no set of all)
        kept: list[Claim] = []
        for cid in olds:
            old = self._claims.pop(cid, None)
            if cid not in new_ids and cid in self._verdicts and old is not None:
                old.orphaned = True
                kept.append(old)
        # (in the order a reader of this article's segment sees them: new claims, orphans)
        for c in claims:
            state = self._verdicts.get(c.id)
            if state is not None:
                state.onto(c)
            self._claims[c.id] = c
        for c in kept:
            self._claims[c.id] = c
        self._by_article[aid] = [c.id for c in claims] + [c.id for c in kept]
        return len(kept)

    def _orphan_count(self, aid: str) -> int:
        if aid in self._columns:
            return 0
        if self._lite and aid not in self._articles:
            return sum(1 for cid in self._by_article.get(aid, []) if cid in self._lite_orphans)
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
        self._materialize()
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
        self._materialize()
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
            with gc_paused():  # a row per voice: at 1M claims, collections cost 3x the build
                self._sources = source_rows(self._article_docs)
        return list(self._sources)

    @_synchronized
    def article_sources(self) -> dict[str, list[Source]]:
        """Each article's own sources, as its extraction gave them: the comparison reads
        what one outlet said (not the merged row, which carries every outlet's aliases)."""
        out: dict[str, list[Source]] = {}
        for aid, doc in self._article_docs.items():
            out[aid] = [
                Source(
                    s["name"],
                    s.get("kind") or "person",
                    s.get("role"),
                    list(s.get("aliases") or []),
                )
                for s in doc.get("sources") or []
                if s.get("name")
            ]
        return out

    @_synchronized
    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        orphaned = contested = 0
        for c in self._all_claims():
            out[c.status] = out.get(c.status, 0) + 1
            orphaned += c.orphaned
            contested += c.contested_with is not None
        out["total"] = len(self._claims)
        out["orphaned"] = orphaned
        out["contested"] = contested
        return out

    @_synchronized
    def stats(self) -> dict[str, Any]:
        by_kind = dict.fromkeys(KINDS, 0)
        for c in self._all_claims():
            by_kind[c.kind] = by_kind.get(c.kind, 0) + 1
        counts = self.counts()
        size = 0
        files = [self.path, journal_path(self.path)]
        with contextlib.suppress(OSError, StoreError):
            files += [seg.path for seg in list_segments(self.path)]
        for p in files:
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
            "contested": counts["contested"],
            "history": len(self._log.entries),
        }

    @_synchronized
    def outline(self, first: int | None = None) -> tuple[str, int]:
        """(digest, articles) of the desk's articles in ingest order, each as its id, its
        fingerprint and its claim ids: the same for a full and a lite read of the same
        files, so a kept first page can tell "only verdicts changed" or "articles were
        only added" from a lite read (store/page_catchup.py). `first`: the first N only."""
        h = hashlib.blake2b(digest_size=16)
        n = 0
        for aid in islice(self._article_docs, first):
            fingerprint = self._article_docs[aid].get("fingerprint")
            ids_ = " ".join(self._by_article.get(aid, ()))
            h.update(f"{aid}\t{fingerprint}\t{ids_}\n".encode())
            n += 1
        return h.hexdigest(), n

    @_synchronized
    def claim_order(self) -> tuple[list[str], bool]:
        """(every indexed claim id in the order the desk lists them, whether a later file
        replaced an article): from the heads alone, so a lite desk has it. Unreplaced,
        that order is the files' claims one after another (store/desk_front.py)."""
        return list(chain.from_iterable(self._by_article.values())), self._replaced > 0

    @_synchronized
    def article_ids(self, start: int = 0) -> list[str]:
        """The articles' ids in ingest order, from the `start`-th on (a lite desk too)."""
        return list(islice(self._article_docs, start, None))

    @property
    def segment_seq(self) -> int:
        """The last segment read (or folded into the base file)."""
        return self._segment_seq

    @_synchronized
    def review_summary(self) -> tuple[dict[str, ReviewState], int]:
        """(every reviewed claim's state, the rows of the desk) from verdicts and the
        claim-id index alone (a lite desk has both): a row per indexed claim and per
        verdict whose claim is gone (the placeholder it keeps)."""
        indexed = sum(len(ids_) for ids_ in self._by_article.values())
        gone = sum(1 for cid in self._verdicts if not self._claim_or_orphan(cid).article_id)
        return dict(self._verdicts), indexed + gone

    @_synchronized
    def let_go(self) -> None:
        """Forget every table this read-only snapshot holds: a one-shot reader done with the
        desk (`claimdesk compare` once its inputs are built) then joins without a second
        copy of it in memory. The snapshot reads as empty afterwards."""
        if not getattr(self, "readonly", False):
            raise StoreError("only a read-only snapshot can let go of the desk")
        self._reset_memory()
        give_back()  # (the freed bodies and texts, to the system: see store/heap.py)

    @_synchronized
    def history(self, claim_id: str | None = None) -> list[HistoryEntry]:
        if claim_id is None:
            return list(self._log.entries)
        cid = self.resolve_id(claim_id)
        return [e for e in self._log.entries if e.claim_id == cid]
