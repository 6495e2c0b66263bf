"""Cross-outlet comparison kept by the store.

extract/compare.py does the comparing (a pure function); this module feeds it the
store's articles, claims and sources (with each claim's sentence cut from the body),
caches the result, and keeps the reviewer's merge decisions.

Merge decisions ("these two names are one person" / "they are not") live in
PATH.merges, one fsync'd JSON line per decision, appended like the verdict journal.
They are keyed by entity keys built from names ("person:pat ryder"), never by article
or claim ids, so they survive re-ingesting the articles. The latest decision about a
pair wins. A group verdict is one ClaimStore.mark() over the group's claims, so it
shows in the history and one undo reverts it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
import threading
from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from claimdesk.extract.compare import (
    CompareArticle,
    CompareClaim,
    CompareDate,
    Comparison,
    Group,
    MergeDecision,
    SpeakerSpans,
    article_features,
    compare,
    context_at,
    context_bounds,
    entity_key,
    sentence_starts,
    speaker_at,
    timeline,
)
from claimdesk.extract.gc_pause import gc_paused
from claimdesk.extract.record import Source
from claimdesk.store import features
from claimdesk.store.errors import StoreError
from claimdesk.store.storage import atomic_write, fsync_dir

MERGES_SUFFIX = ".merges"
CACHE_SUFFIX = ".compare.json"
CACHE_VERSION = 4  # 3: stricter figure groups, anonymous origins per article; 4: one link per merge
SYNC_LIMIT = 20_000  # related() computes on demand up to this many claims; above, a worker


@dataclass(slots=True, frozen=True)
class Related:
    """One claim elsewhere related to the selected one (for the Detail pane)."""

    relation: str  # "same origin" | "corroborated" | "consistent" | "conflict"
    claim: Any  # store.Claim
    note: str = ""
    group_id: str = ""
    outlet: str = ""


def merges_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + MERGES_SUFFIX)


def cache_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + CACHE_SUFFIX)


# ------------------------------------------------------------------ merge decisions


def read_decisions(store_path: Path) -> list[dict[str, Any]]:
    """Every decision line, oldest first; a torn last line (a crash mid-append) is skipped."""
    path = merges_path(store_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(f"cannot read merge decisions ({exc.strerror}): {path}") from None
    out = []
    lines = raw.split(b"\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not {"a", "b"} <= obj.keys():
                raise ValueError
        except (ValueError, RecursionError):
            if i >= len(lines) - 2:  # the last line, cut short: never acknowledged
                continue
            raise StoreError(f"merge decisions line {i + 1} is damaged: {path}") from None
        out.append(obj)
    return out


def decision_docs(store: Any) -> list[dict[str, Any]]:
    """Every decision, oldest first: a server desk's table, else the .merges file."""
    reader = getattr(store, "merge_docs", None)
    return reader() if reader is not None else read_decisions(store.path)


def decisions(store: Any) -> list[MergeDecision]:
    """The standing decisions: the latest per pair; a 'cleared' pair has none."""
    latest: dict[frozenset[str], bool | None] = {}
    for d in decision_docs(store):
        latest[frozenset((str(d["a"]), str(d["b"])))] = d.get("same")
    out = []
    for pair, same in latest.items():
        if same is None or len(pair) != 2:
            continue
        a, b = sorted(pair)
        out.append(MergeDecision(a, b, bool(same)))
    return out


def record_decisions(
    store: Any, pairs: list[tuple[str, str]], same: bool | None, *, reviewer: str | None = None
) -> int:
    """Append decisions durably (one write, one fsync); the store must be the writer."""
    if getattr(store, "readonly", False):
        raise StoreError(f"store opened read-only: {store.path}")
    from claimdesk.store.stamps import default_reviewer, now_iso

    who = default_reviewer(reviewer)
    at = now_iso()
    lines = [
        json.dumps({"a": a, "b": b, "same": same, "reviewer": who, "at": at}) + "\n"
        for a, b in pairs
        if a != b
    ]
    return _append_lines(store, lines)


def _append_lines(store: Any, lines: list[str]) -> int:
    """Append decision lines in one write and one fsync (a torn tail is cut off first)."""
    if not lines:
        return 0
    append = getattr(store, "append_merge_docs", None)
    if append is not None:  # a server desk: one transaction
        return append([json.loads(line) for line in lines])
    # several writers on one desk: appends take the store's short write lock in turn
    held = store.write_lock() if hasattr(store, "write_lock") else contextlib.nullcontext()
    with held:
        return _append_locked(store, lines)


def _append_locked(store: Any, lines: list[str]) -> int:
    path = merges_path(store.path)
    created = not path.exists()
    data = "".join(lines).encode()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        # a torn tail from an earlier crash (never acknowledged) is cut off first
        size = os.fstat(fd).st_size
        if size:
            with open(path, "rb") as fh:
                raw = fh.read()
            if not raw.endswith(b"\n"):
                os.ftruncate(fd, raw.rfind(b"\n") + 1)
                os.fsync(fd)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        fsync_dir(path.parent)
    return len(lines)


def append_decision_docs(store: Any, docs: list[dict[str, Any]]) -> int:
    """Append decisions as another desk keeps them (claimdesk copy), one write."""
    return _append_lines(store, [json.dumps(d) + "\n" for d in docs])


def standing_decisions(store: Any) -> dict[frozenset[str], bool | None]:
    """The latest decision per pair, a cleared one (None) included: what an undo restores."""
    latest: dict[frozenset[str], bool | None] = {}
    for d in decision_docs(store):
        pair = frozenset((str(d["a"]), str(d["b"])))
        if len(pair) == 2:
            latest[pair] = d.get("same")
    return latest


def restore_decisions(
    store: Any, previous: dict[frozenset[str], bool | None], *, reviewer: str | None = None
) -> int:
    """Undo a merge or split: append, for each pair, the decision that stood before it
    (None: no decision). Nothing written is removed, so the undo survives a restart and
    the log still shows what was decided and taken back."""
    if getattr(store, "readonly", False):
        raise StoreError(f"store opened read-only: {store.path}")
    from claimdesk.store.stamps import default_reviewer, now_iso

    who = default_reviewer(reviewer)
    at = now_iso()
    lines = []
    for pair, same in previous.items():
        a, b = sorted(pair)
        doc = {"a": a, "b": b, "same": same, "reviewer": who, "at": at, "undo": True}
        lines.append(json.dumps(doc) + "\n")
    return _append_lines(store, lines)


def _keys_of(group: Group, source_name: str | None) -> tuple[str | None, list[str]]:
    """The selected source's entity key in the group (if named) and the group's other keys."""
    mine = None
    if source_name is not None:
        for kind in ("person", "organization"):
            key = entity_key(source_name, kind)
            if key in group.keys:
                mine = key
                break
    return mine, [k for k in group.keys if k != mine]


def confirm_merge(
    store: Any, group: Group, *, source_name: str | None = None, reviewer: str | None = None
) -> int:
    """Confirm a suggested same-entity group: every name in it is one entity."""
    keys = list(group.keys)
    if len(keys) < 2:
        return 0
    mine, _ = _keys_of(group, source_name)
    anchor = mine or keys[0]
    return record_decisions(
        store, [(anchor, k) for k in keys if k != anchor], True, reviewer=reviewer
    )


def split_merge(
    store: Any, group: Group, *, source_name: str | None = None, reviewer: str | None = None
) -> int:
    """Split the selected source out of its group (or, with no source, split them all)."""
    keys = list(group.keys)
    mine, others = _keys_of(group, source_name)
    if mine is not None:
        pairs = [(mine, k) for k in others]
    else:
        pairs = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :]]
    return record_decisions(store, pairs, False, reviewer=reviewer)


# --------------------------------------------------------------------- the inputs


def build_inputs(
    store: Any, *, keep_features: bool | None = None, dated: bool = True
) -> list[CompareArticle]:
    """One CompareArticle per stored article: sources, claims, dates and the article's
    features (store/features.py). Articles whose features are missing or stale are read
    in full and their features worked out; with `keep_features` (default: the store is
    writable) those are then kept in PATH.features for the next comparison. `dated=False`:
    the kept dates without the sentence around them (only the timeline shows it)."""
    with gc_paused():  # 100k small objects beside a loaded store: collections cost seconds
        out, to_keep = _build_inputs(store, dated=dated)
    if keep_features is None:
        keep_features = not getattr(store, "readonly", False)
    if to_keep is not None and keep_features:
        features.write_kept(store, to_keep)
    return out


def refresh_features(store: Any) -> int:
    """Work out the features of every article that has none or stale ones, and keep them:
    the store calls this after ingest, so that a comparison of the desk only joins.
    Returns how many articles were read."""
    if getattr(store, "lite", False):  # a shell ingest into a big desk: append, never read
        return _append_features(store)
    if hasattr(store, "put_features"):  # a server desk: only what changed travels
        return _put_stale_features(store)
    kept = features.read_kept(store)
    prints = store.fingerprints()
    stale = {
        aid
        for aid, fp in prints.items()
        if fp is not None and features.fingerprint_of(kept.get(aid, [])) != fp
    }
    if not stale and kept.keys() <= prints.keys():
        return 0
    with gc_paused():
        _, to_keep = _build_inputs(store, only=stale, kept=kept, prints=prints, collect=False)
    # (nothing read again: only entries of articles no longer in the store to drop)
    features.write_kept(store, to_keep or {a: r for a, r in kept.items() if a in prints})
    return len(stale)


def _append_features(store: Any) -> int:
    """The features of the articles a lite desk holds (the ones it ingested since its
    last checkpoint), appended to the file; the whole file when it has none yet."""
    only = {a.id for a in store.articles()}
    if not only:
        return 0
    prints = store.fingerprints()
    with gc_paused():
        _, fresh = _build_inputs(store, only=only, kept={}, prints=prints, collect=False)
    if fresh and not features.append_raw(store.path, fresh):
        kept = features.read_raw(store.path)
        kept.update(fresh)
        features.write_raw(store.path, {a: r for a, r in kept.items() if a in prints})
    return len(only)


def _put_stale_features(store: Any) -> int:
    """A server desk's refresh: the kept fingerprints compared with the desk's, and only
    the stale articles' entries read and replaced (and the gone ones dropped)."""
    try:
        kept = store.kept_fingerprints(features.FEATURES_VERSION)
    except StoreError:
        return 0  # derived data: the next comparison works them out
    prints = store.fingerprints()
    stale = {aid for aid, fp in prints.items() if fp is not None and kept.get(aid) != fp}
    gone = [aid for aid in kept if aid not in prints]
    if not stale and not gone:
        return 0
    fresh: dict[str, list[Any]] | None = None
    if stale:
        with gc_paused():
            _, fresh = _build_inputs(store, only=stale, kept={}, prints=prints, collect=False)
    with contextlib.suppress(StoreError):
        store.put_features(features.FEATURES_VERSION, fresh or {}, gone)
    return len(stale)


def _build_inputs(
    store: Any,
    *,
    only: set[str] | None = None,
    kept: dict[str, list[Any]] | None = None,
    prints: dict[str, str | None] | None = None,
    collect: bool = True,
    dated: bool = True,
) -> tuple[list[CompareArticle], dict[str, list[Any]] | None]:
    """(inputs, the features file's new contents when some article had to be read in
    full, else None); `kept`/`prints`: the file's entries and the store's fingerprints when
    the caller has them; `only`: just these articles; `collect=False`: features only, no
    inputs held (refresh_features after a 10,000-article ingest)."""
    if prints is None:
        prints = store.fingerprints()
    # the file's entries decoded one at a time (never its whole JSON beside the desk)
    entries = features.read_entries(store, prints) if kept is None else None
    if kept is None and entries is None:
        kept = features.read_kept(store)
    # each article's own sources: a row merged by name across articles would lend one
    # outlet's aliases ("GUR") to another that never wrote them
    by_article: dict[str, list[Source]] = store.article_sources()
    claims_by_article: dict[str, Any] = defaultdict(list)
    # (a lite desk's newest article's claims by column, built as they are read: a Claim
    # object per claim of a huge article is more than its records; issue 12, finding 9)
    apart = getattr(store, "claims_apart", None) if getattr(store, "lite", False) else None
    claims, by_column = apart() if apart is not None else (store.claims(), {})
    for c in claims:
        if not c.orphaned:
            claims_by_article[c.article_id].append(c)
    del claims
    claims_by_article.update(by_column)  # (never orphans: the claims of a new article)
    out = []
    fresh: dict[str, list[Any]] = {}
    for art in store.articles():
        if only is not None and art.id not in only:
            continue
        fp = prints.get(art.id)
        entry = None
        if entries is not None:
            entry = entries.pop(art.id, None)
        elif (raw := kept.get(art.id)) is not None and fp is not None:  # type: ignore[union-attr]
            entry = features.decode(raw) if features.fingerprint_of(raw) == fp else None
        claims = claims_by_article.get(art.id, [])
        sources = by_article.get(art.id, [])
        if entry is not None and len(entry.dates) == len(art.dates or ()):
            compare_art = _known_article(art, sources, claims, entry, dated)
        else:  # ingested before features were kept, or changed since: read it all
            compare_art, dates = _read_article(art, sources, claims, figures_only=not collect)
            compare_art.features = article_features(compare_art)
            if fp is not None:
                new = features.Entry(fp, dates, compare_art.features)
                fresh[art.id] = features.encode(new)
        if collect:
            out.append(compare_art)
    if not fresh:
        return out, None
    if kept is None:  # some article read in full: the file is written again, all of it
        kept = features.read_kept(store)
    to_keep = {aid: raw for aid, raw in kept.items() if aid in prints}  # gone: dropped
    to_keep.update(fresh)
    return out, to_keep


def _known_article(
    art: Any, sources: list[Source], claims: list[Any], entry: features.Entry, dated: bool
) -> CompareArticle:
    """An article whose features are kept: its figures need no sentence, its dates' context
    (when `dated`) and speaker are where the features say."""
    body = art.body or ""
    known = entry.features.figures
    out = [
        CompareClaim(
            c.id, c.kind, c.text, c.speaker, c.value, c.unit, c.qualifier, c.noun,
            "", bool(c.hypothetical), c.start, c.end,
        )
        for c in claims
    ]  # fmt: skip
    lacking = [cc for cc in out if cc.kind == "number" and cc.id not in known]
    if lacking:  # a figure without its sentence (not expected: the fingerprint)
        starts = sentence_starts(body)
        for cc in lacking:
            cc.context = context_at(body, starts, cc.start, cc.end)
    dates = [
        CompareDate(
            str(d.get("text") or ""), d.get("resolved"), d.get("precision"),
            body[lo:hi].strip() if dated else "", who, int(d.get("start", -1)), f"{art.id}:d{i}",
        )
        for i, (d, (lo, hi, who)) in enumerate(zip(art.dates or (), entry.dates, strict=True))
    ]  # fmt: skip
    # compare() reads a body only for what the features lack (a source's aliases): without
    # it, the comparison of a desk let go of holds no article text (80 MB at 100k claims)
    aliases = entry.features.aliases
    if all(s.name in aliases for s in sources):
        body = ""
    return CompareArticle(
        art.id, art.publisher, art.published, sources, out, dates, art.title, body, entry.features
    )


def _read_article(
    art: Any, sources: list[Source], claims: list[Any], *, figures_only: bool = False
) -> tuple[CompareArticle, list[features.DateSpan]]:
    """An article read in full: each figure with its sentence, each date with its context
    and speaker. Also returns where each date's context is and who said it.
    `figures_only`: its claims are only the figures (all its features read of a body;
    a huge article's quotes and statements as CompareClaims were 2x its size)."""
    body = art.body or ""
    starts = array("q", sentence_starts(body))  # (an int object each: 0.4x a long body)
    out = []
    said_in: list[str | None] = [None] * len(starts)  # each sentence's first speaker cited
    for c in claims:
        if c.speaker and c.start >= 0:
            i = bisect_right(starts, c.start) - 1
            if said_in[i] is None:
                said_in[i] = c.speaker
        if c.kind != "number" and figures_only and body:
            continue
        out.append(
            CompareClaim(
                c.id, c.kind, c.text, c.speaker, value=c.value, unit=c.unit,
                qualifier=c.qualifier, noun=c.noun,
                # quotes and statements compare by their own words: only figures
                # need the sentence around them (100k contexts are tens of MB)
                context=context_at(body, starts, c.start, c.end) if c.kind == "number" else "",
                hypothetical=bool(c.hypothetical), start=c.start, end=c.end,
            )
        )  # fmt: skip
    # (the quotes' and statements' spans indexed as they come: a list of them all first,
    # then the index, were 2x a huge article's size at once; issue 12, finding 9)
    spans = ((c.start, c.end, c.speaker) for c in claims if c.kind != "number")
    holders = SpeakerSpans(spans)
    dates, where = _dates_of(art, body, starts, holders, said_in, where_only=figures_only)
    compare_art = CompareArticle(
        article_id=art.id,
        publisher=art.publisher,
        published=art.published,
        sources=sources,
        claims=out,
        dates=dates,
        title=art.title,
        body=body,
    )
    return compare_art, where


def _dates_of(
    art: Any,
    body: str,
    starts: Sequence[int],
    holders: SpeakerSpans,
    said_in: list[str | None],
    where_only: bool = False,
) -> tuple[list[CompareDate], list[features.DateSpan]]:
    """The article's dates and where each one's context is and who said it; `where_only`:
    no dates (what the features keep needs only where). `holders`: its quotes and
    statements, built once (a scan of every span per date is quadratic); `said_in`:
    each sentence's first speaker (by its index in `starts`)."""
    dates = []
    where: list[features.DateSpan] = []
    for i, d in enumerate(art.dates or []):
        start, end = int(d.get("start", -1)), int(d.get("end", -1))
        who = speaker_at(holders, start, end) or _sentence_speaker(said_in, starts, start)
        lo, hi = context_bounds(body, starts, start, end)
        where.append((lo, hi, who))
        if where_only:
            continue
        dates.append(
            CompareDate(
                str(d.get("text") or ""), d.get("resolved"), d.get("precision"),
                context=body[lo:hi].strip(), speaker=who, start=start, id=f"{art.id}:d{i}",
            )
        )  # fmt: skip
    return dates, where


def timeline_events(store: Any) -> list[Any]:
    """The timeline alone: every article's resolved dates with their sentence and speaker,
    without running the comparison (a cached comparison's timeline when there is one).
    At 100k claims this reads dates, not figures: seconds instead of minutes."""
    found = cached(store)
    if found is not None:
        return found.timeline
    spans_of: dict[str, list[tuple[int, int, str | None]]] = defaultdict(list)
    speakers_of: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in store.claims():
        if c.orphaned or c.start < 0:
            continue
        if c.speaker:
            speakers_of[c.article_id].append((c.start, c.speaker))
        if c.kind != "number":
            spans_of[c.article_id].append((c.start, c.end, c.speaker))
    arts = []
    for art in store.articles():
        if not art.dates:
            continue
        body = art.body or ""
        starts = sentence_starts(body)
        said_in: list[str | None] = [None] * len(starts)
        for start, speaker in speakers_of.get(art.id, ()):
            i = bisect_right(starts, start) - 1
            if said_in[i] is None:
                said_in[i] = speaker
        holders = SpeakerSpans(spans_of.get(art.id, []))
        dates, _ = _dates_of(art, body, starts, holders, said_in)
        arts.append(
            CompareArticle(
                article_id=art.id, publisher=art.publisher, published=art.published,
                dates=dates, title=art.title,
            )
        )  # fmt: skip
    return timeline(arts)


def _sentence_speaker(said_in: list[str | None], starts: Sequence[int], start: int) -> str | None:
    if start < 0:
        return None
    return said_in[bisect_right(starts, start) - 1]


# -------------------------------------------------------------------------- cache


def fingerprint(store: Any) -> str:
    """Changes whenever the articles, their claims or the merge decisions change.

    Cheap (no pass over the claims), since the Detail pane asks on every move.
    """
    h = hashlib.blake2s(digest_size=12)
    docs = getattr(store, "_article_docs", {})
    for art in store.articles():
        extra = docs.get(art.id) or {}
        h.update(f"{art.id}|{art.ingested_at}|{extra.get('updated_at')}\n".encode())
    h.update(f"claims={len(store.claims())}\n".encode())
    stamp = getattr(store, "merges_stamp", None)
    if stamp is not None:
        h.update(f"merges={stamp()}\n".encode())
    path = merges_path(store.path)
    with contextlib.suppress(OSError):
        st = path.stat()
        h.update(f"merges={st.st_size}:{st.st_mtime_ns}\n".encode())
    h.update(f"v{CACHE_VERSION}".encode())
    return h.hexdigest()


class StoreComparison:
    """The comparison of one open store as its owner (the dashboard) keeps it: the result
    for the store as it is now, the child processes computing it, and the lock over both.

    One per open store, owned by whoever opened it, so that nothing outlives the store
    or leaks from one store (or one test) to the next. The module's functions below make
    a fresh one per call: they share only what is on disk (PATH.compare.json).
    """

    def __init__(self, store: Any) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._kept: tuple[str, Comparison] | None = None  # (fingerprint, result)
        self._children: set[subprocess.Popen[str]] = set()
        self._stopped = False  # stop_children() was called: no child starts after it

    def _keep(self, fp: str, result: Comparison) -> None:
        with self._lock:
            self._kept = (fp, result)

    def cached(self) -> Comparison | None:
        """The comparison if it is already known for the store as it is now (no computing)."""
        return self._cached(fingerprint(self.store))

    def _cached(self, fp: str) -> Comparison | None:
        """The comparison known for the store in state `fp`: kept in memory, else on disk."""
        with self._lock:
            kept = self._kept
        if kept and kept[0] == fp:
            return kept[1]
        disk = _read_cache(self.store.path, fp)
        if disk is not None:
            self._keep(fp, disk)
        return disk

    def comparison(
        self, *, compute: bool = True, let_go: bool = False, groups_only: bool = False
    ) -> Comparison | None:
        """The comparison over every article in the store, computed once per state.
        `let_go`: a one-shot process's read-only snapshot forgets the desk once the inputs
        are built, and a big desk's figures run in a forked child (compare(processes=2));
        `groups_only`: no timeline (`claimdesk compare` printing groups), never kept."""
        store = self.store
        fp = fingerprint(store)
        found = self._cached(fp)
        if found is not None or not compute:
            return found
        inputs, decided = build_inputs(store, dated=not groups_only), decisions(store)
        forget = getattr(store, "let_go", None)
        if let_go and forget is not None and getattr(store, "readonly", False):
            forget()
        two = 2 if let_go else 1  # (the verb: no other thread to fork)
        result = compare(inputs, decisions=decided, groups_only=groups_only, processes=two)
        if groups_only:
            return result
        self._keep(fp, result)
        if not getattr(store, "readonly", False):
            write_cache_file(store.path, fp, result)
        return result

    def in_child(
        self, *, starting: Callable[[], None] | None = None, timeout: float = 1800
    ) -> Comparison:
        """comparison(), computed in a child process (store/compare_child.py): for big
        desks, so that the dashboard's process keeps its memory and its keys stay quick.
        The child also writes the on-disk cache (for a writable store) and hands the result
        over as a pickle in a private temporary directory: objects, with no JSON document
        in between. `starting` is called when a child is needed (no cached result). Raises
        StoreError with the child's one-line message when it fails."""
        store = self.store
        fp = fingerprint(store)
        found = self._cached(fp)
        if found is not None:
            return found
        if starting is not None:
            starting()
        writable = not getattr(store, "readonly", False)
        with tempfile.TemporaryDirectory(prefix="claimdesk-compare-") as tmp:
            out = Path(tmp) / "comparison.pickle"
            # a server desk's URL goes by the environment (never argv: `ps` shows argv)
            dsn = getattr(store, "dsn", None)
            where = "-" if dsn else str(store.path)
            cmd = [sys.executable, "-m", "claimdesk.store.compare_child", where, str(out)]
            env = {**os.environ, "CLAIMDESK_DB": dsn} if dsn else None
            proc = self._start([*cmd, "--write-cache"] if writable else cmd, env)
            try:
                _, err = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired as exc:
                proc.kill()
                proc.communicate()
                raise StoreError(f"comparison failed: {exc}") from exc
            finally:
                with self._lock:
                    self._children.discard(proc)
            if proc.returncode != 0 or not out.exists():
                lines = (err or "").strip().splitlines()
                if proc.returncode < 0:  # stopped: the dashboard is closing (stop_children)
                    raise StoreError("comparison stopped")
                raise StoreError(
                    lines[-1] if lines else f"comparison failed (exit {proc.returncode})"
                )
            with out.open("rb") as fh:
                child_fp, result = pickle.load(fh)  # our own child's file, in our own temp dir
        if child_fp == fp:  # else the desk changed meanwhile: show it, don't keep it
            self._keep(fp, result)
        return result

    def _start(self, cmd: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        """Start a child and hold it in `_children` (a stopped comparison starts none)."""
        with self._lock:
            if self._stopped:
                raise StoreError("comparison stopped")
            try:
                proc = subprocess.Popen(
                    cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
                )
            except OSError as exc:
                raise StoreError(f"comparison failed: {exc}") from exc
            self._children.add(proc)
        return proc

    def stop_children(self) -> None:
        """Stop comparisons still running in child processes (the dashboard is closing): a
        child left running would keep the terminal blank until it ends and write the
        store's companion files after the writer lock is released. What it had written is
        whole (atomic writes); what it had not is worked out next time. The children
        stopped here are forgotten here, and none starts after this."""
        with self._lock:
            self._stopped = True
            children = list(self._children)
            self._children.clear()
        for proc in children:
            with contextlib.suppress(OSError):
                proc.terminate()
        for proc in children:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()

    @property
    def running(self) -> int:
        """How many child processes are computing the comparison now."""
        with self._lock:
            return len(self._children)


def cached(store: Any) -> Comparison | None:
    """The comparison kept on disk for the store as it is now, if any (no computing)."""
    return StoreComparison(store).cached()


def comparison(store: Any, *, compute: bool = True, **how: bool) -> Comparison | None:
    """The comparison over every article in the store: the one on disk for its state, or
    (with `compute`) computed now and, for a writer, kept there. `let_go`, `groups_only`:
    see StoreComparison.comparison (a read-only store is empty afterwards)."""
    return StoreComparison(store).comparison(compute=compute, **how)


def _read_cache(store_path: Path, fp: str) -> Comparison | None:
    path = cache_path(store_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("fingerprint") != fp or data.get("version") != CACHE_VERSION:
            return None
        return Comparison.from_dict(data["comparison"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a cache only: recompute


def write_cache_file(store_path: Path, fp: str, result: Comparison) -> None:
    """Keep `result` as the comparison of the store in state `fp` (best effort)."""
    payload = {"version": CACHE_VERSION, "fingerprint": fp, "comparison": result.to_dict()}
    with contextlib.suppress(OSError):
        atomic_write(cache_path(store_path), json.dumps(payload).encode())


# ------------------------------------------------------------------------ queries


def _outlet(store: Any, article_id: str) -> str:
    try:
        art = store.article(article_id)
    except Exception:
        return article_id
    return art.publisher or art.title or art.path or article_id


def related(store: Any, claim_id: str, *, compute: bool | None = None) -> list[Related]:
    """Claims in other articles that report the same thing or the same measure.

    With compute=None the comparison is computed on demand for stores up to SYNC_LIMIT
    claims; above that only a cached result is used (the dashboard computes it in a worker).
    """
    if compute is None:
        compute = len(store.claims()) <= SYNC_LIMIT
    result = comparison(store, compute=compute)
    if result is None:
        return []
    try:
        me = store.claim(claim_id)
    except Exception:
        return []
    out: list[Related] = []
    seen: set[str] = set()
    for g in result.for_member(claim_id):
        if g.kind == "same-claim":
            for cid in g.members:
                other = _claim_or_none(store, cid)
                if other is None or other.article_id == me.article_id or cid in seen:
                    continue
                seen.add(cid)
                rel = "same origin" if len(g.origins) == 1 else "corroborated"
                note = (
                    f"{len(g.origins)} origin, {len(g.outlets)} outlets"
                    if len(g.origins) == 1
                    else f"{len(g.origins)} origins: {', '.join(g.origins)}"
                )
                out.append(Related(rel, other, note, g.id, _outlet(store, other.article_id)))
        elif g.kind == "figures":
            for cid in g.members:
                other = _claim_or_none(store, cid)
                if other is None or other.article_id == me.article_id or cid in seen:
                    continue
                seen.add(cid)
                ok = _pair_consistent(me, other)
                note = f"{_figure_text(other)} vs {_figure_text(me)}"
                rel = "consistent" if ok else "conflict"
                out.append(Related(rel, other, note, g.id, _outlet(store, other.article_id)))
    return out


def _claim_or_none(store: Any, cid: str) -> Any:
    try:
        return store.claim(cid)
    except Exception:
        return None


def _figure_text(c: Any) -> str:
    from claimdesk.extract.compare import _fmt

    q = f"{c.qualifier} " if c.qualifier else ""
    return f"{q}{_fmt(c.value)}"


def _pair_consistent(a: Any, b: Any) -> bool:
    from claimdesk.extract.compare import interval

    if a.value is None or b.value is None:
        return True
    la, ha = interval(a.value, a.qualifier)
    lb, hb = interval(b.value, b.qualifier)
    return max(la, lb) <= min(ha, hb)


def _same_claim_as(me: Any, other: Any) -> bool:
    """Whether `other` says what `me` says: a quote or statement is the same words (one
    of the group's quotes or statements), a figure the same value in the same unit. A
    same-claim group also links a statement to the figures inside it, and through them
    to the other figures its other outlets' statements give: those are not the figure."""
    if me.kind != "number":
        return other.kind != "number"
    return other.kind == "number" and other.value == me.value and other.unit == me.unit


def verdict_peers(result: Comparison, claim: Any, claim_of: Callable[[str], Any]) -> list[Any]:
    """The claims a group verdict on `claim` reaches: its same-claim groups' members that
    are the same claim (`_same_claim_as`), in the groups' order. `claim_of(id)` is the
    store's claim, or None for a member no longer in the store."""
    out: list[Any] = []
    seen = {claim.id}
    for g in result.for_member(claim.id, "same-claim"):
        for cid in g.members:
            if cid in seen:
                continue
            seen.add(cid)
            other = claim_of(cid)
            if other is not None and _same_claim_as(claim, other):
                out.append(other)
    return out


def claim_group(store: Any, claim_id: str, kind: str = "same-claim") -> Group | None:
    result = comparison(store, compute=False) or comparison(store)
    if result is None:
        return None
    found = result.for_member(claim_id, kind)
    return found[0] if found else None


def group_verdict(
    store: Any,
    claim_id: str,
    status: str | None = None,
    *,
    note: str | None = None,
    reviewer: str | None = None,
) -> list[Any]:
    """Give the selected claim and every report of the same claim its verdict (one action):
    the same quote or statement, or the same figure, elsewhere (`verdict_peers`).

    `status` defaults to the selected claim's own status; returns the history entries.
    """
    group = claim_group(store, claim_id)
    if group is None:
        raise StoreError(f"claim {claim_id[:12]} is not reported elsewhere: no group")
    me = store.claim(claim_id)
    status = status or me.status
    result = comparison(store, compute=False) or comparison(store)
    peers = verdict_peers(result, me, partial(_claim_or_none, store)) if result else []
    ids = [me.id, *(c.id for c in peers)]
    return store.mark(ids, status, note=note, reviewer=reviewer)
