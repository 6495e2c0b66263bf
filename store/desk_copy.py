"""A whole desk from one store into another, file <-> server (`claimdesk copy`).

Lossless: every article (as stored: sources, origin, hashes, fingerprint, times), every
claim (orphans too), every verdict as it stands (reviewer, note and who wrote it,
contested), the whole history with its own numbers and times, the merge decisions and the
kept comparison features. Into an empty desk the history keeps its seq and action
numbers; with `merge` into a desk that has some, what is copied is numbered after what is
there, and the source's verdict stands on the claims it reviewed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from claimdesk.store.comparison import append_decision_docs, decision_docs
from claimdesk.store.errors import StoreError
from claimdesk.store.features import read_kept, write_kept
from claimdesk.store.records import HistoryEntry, ReviewState

Step = Callable[[str, int, int], None]  # (what, done, total): the progress bar's tick


@dataclass(slots=True)
class CopyReport:
    articles: int = 0
    claims: int = 0
    verdicts: int = 0
    history: int = 0
    merges: int = 0
    features: int = 0


def is_empty(store: Any) -> bool:
    return not (store.articles() or store.claims() or store.history())


def copy_desk(src: Any, dst: Any, *, merge: bool = False, step: Step | None = None) -> CopyReport:
    """Copy `src` (open read-only) into `dst` (open as the long writer). StoreError when
    `dst` is not empty and `merge` is not given (nothing is written then)."""
    tick = step or (lambda _what, _done, _total: None)
    if not merge and not is_empty(dst):
        raise StoreError(
            f"the destination desk is not empty ({len(dst.articles())} articles): "
            f"copy into an empty one, or add --merge"
        )
    report = CopyReport()
    arts = src.articles()
    docs = src._article_docs  # sources, origin, body hash, fingerprint, update time
    with dst.batch():
        for i, art in enumerate(arts, 1):
            claims = [replace(c) for c in src.claims(article=art.id) if c.article_id == art.id]
            _put_article(dst, art, dict(docs.get(art.id) or {}), claims)
            report.articles += 1
            report.claims += len(claims)
            tick("articles", i, len(arts))
        # claims whose article is gone (a verdict kept as an orphan with no article)
        loose = [replace(c) for c in src.claims() if c.article_id not in src._articles]
        for c in loose:
            dst.adopt_orphan(c)
            report.claims += 1
    entries, states = _history_for(src, dst, merge)
    tick("history", 0, len(entries))
    _put_history(dst, entries, states)
    report.history, report.verdicts = len(entries), len(states)
    tick("history", len(entries), len(entries))
    merges = decision_docs(src)
    report.merges = append_decision_docs(dst, merges)
    tick("merge decisions", report.merges, len(merges))
    kept = read_kept(src)
    if kept:
        mine = read_kept(dst) if merge else {}
        mine.update(kept)
        if write_kept(dst, mine):
            report.features = len(kept)
    tick("features", report.features, len(kept))
    return report


def _put_article(dst: Any, art: Any, extra: dict[str, Any], claims: list[Any]) -> None:
    """An article and its claims into `dst` as they are (no extraction), to be written
    at the end of the batch: the same in-memory state an ingest leaves."""
    dst._begin_long_write()
    aid = art.id
    old = dst._articles.get(aid)
    if old is not None:
        prev = dst._article_docs.get(aid) or {}
        if prev.get("body_hash") and dst._by_body.get(prev["body_hash"]) == aid:
            del dst._by_body[prev["body_hash"]]
    dst._articles[aid] = art
    dst._article_docs[aid] = extra
    if extra.get("body_hash"):
        dst._by_body[extra["body_hash"]] = aid
    if extra.get("origin"):
        dst._by_origin[extra["origin"]] = aid
    for c in claims:
        state = dst._verdicts.get(c.id)
        if state is not None:
            state.onto(c)
        dst._claims[c.id] = c
    before = [cid for cid in dst._by_article.get(aid, []) if cid not in {c.id for c in claims}]
    dst._by_article[aid] = [c.id for c in claims] + before
    dst._claim_list = None
    dst._sources = None
    dst.articles_revision += 1
    dirty = dst._dirty
    if isinstance(dirty, set):
        dirty.add(aid)
    else:
        dst._dirty = True


def _history_for(
    src: Any, dst: Any, merge: bool
) -> tuple[list[HistoryEntry], dict[str, ReviewState]]:
    """The source's history, numbered after the destination's when merging; and the
    source's verdicts as they stand."""
    entries = src.history()
    states = {cid: replace(st) for cid, st in src._verdicts.items()}
    if not merge or not dst.history():
        return entries, states
    seq0, action0 = dst._log.seq, dst._log.action
    renumbered = [
        replace(
            e,
            seq=e.seq + seq0,
            action=e.action + action0,
            undo_of=None if e.undo_of is None else e.undo_of + seq0,
        )
        for e in entries
    ]
    return renumbered, states


def _put_history(dst: Any, entries: list[HistoryEntry], states: dict[str, ReviewState]) -> None:
    putter = getattr(dst, "put_history", None)
    if putter is not None:  # a server desk: one transaction
        putter(entries, states)
        return
    # the file store: into its memory, then one publish of the whole file
    dst._begin_long_write()
    for e in entries:
        dst._log.record(e)
    for cid, st in states.items():
        dst._verdicts[cid] = st
        st.onto(dst._claim_or_orphan(cid))
    dst._dirty = True
    dst.flush()
